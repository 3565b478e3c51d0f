package org.diplokg.extract;

import static org.diplokg.extract.ShortArticles.english;
import static org.diplokg.extract.ShortArticles.events;
import static org.diplokg.extract.ShortArticles.holds;
import static org.diplokg.extract.ShortArticles.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.diplokg.model.Event;
import org.diplokg.model.EventType;
import org.diplokg.model.Extraction;
import org.diplokg.model.Role;
import org.junit.jupiter.api.Test;

/** English responses to proposals (rejections, acceptances) and the statements around them: who makes them. */
class EnglishResponsesTest {

    @Test
    void rulingACourseOutRejectsItAndHeIsTheSentencesOpeningActor() {
        Event rejection = only(english("Netanyahu has come under pressure from the families of captives to secure their release, "
                + "but he has repeatedly ruled out ending the war before Hamas is destroyed."), EventType.Rejection);
        assertEquals(List.of("benjamin-netanyahu"), rejection.actors(Role.agent));
        assertNull(rejection.date(), "a standing refusal has no day");
    }

    @Test
    void theBritishPrimeMinistersOfficeSpeaksForHim() {
        Extraction x = english("British Prime Minister Keir Starmer spoke to both Trump and Zelenskyy after the meeting, his office said.");
        assertEquals(List.of("united-kingdom-downing-street"), only(x, EventType.Statement).actors(Role.speaker));
    }

    @Test
    void theOfficeOfAPostHolderSpeaksAndTheDateAfterTheQuotationDatesTheNaming() {
        Event statement = only(english(LocalDate.of(2024, 1, 29), "Netanyahu met Burns in Paris on Sunday. The office of Israeli Prime "
                + "Minister Benjamin Netanyahu called the Paris talks \"constructive\" on Sunday but said \"significant gaps\" remained."),
                EventType.Statement);
        assertEquals(List.of("israel-prime-ministers-office"), statement.actors(Role.speaker));
        assertEquals("2024-01-28", statement.date().iso());
    }

    @Test
    void aPostHolderNamedThroughHisOfficeKeepsHisPost() {
        Extraction x = english("The office of Israeli Prime Minister Benjamin Netanyahu said \"significant gaps\" remained.");
        assertEquals(List.of("israel-prime-ministers-office"), only(x, EventType.Statement).actors(Role.speaker));
        assertTrue(holds(x, "benjamin-netanyahu", "Prime Minister", "israel"), () -> "tenures " + x.tenures());
    }

    @Test
    void aMinistryPlacedInACapitalIsThatStatesAndAnArmyOfAStateSpeaksForItself() {
        Extraction x = english("Iran's army said on Saturday that four soldiers had been killed in the raids. "
                + "The foreign ministry in Tehran said the same day that Iran was \"entitled and obligated to defend itself\".");
        List<List<String>> speakers = events(x, EventType.Statement).stream().map(e -> e.actors(Role.speaker)).toList();
        assertTrue(speakers.contains(List.of("iran-army")), () -> "speakers " + speakers);
        assertTrue(speakers.contains(List.of("iran-ministry-of-foreign-affairs")), () -> "speakers " + speakers);
    }

    @Test
    void readinessToAcceptAnOfferAcceptsItButBeingAskedOrRefusingDoesNot() {
        Event acceptance = only(english("Ukraine said on Tuesday it was ready to accept a U.S. proposal for an immediate 30-day ceasefire."),
                EventType.Acceptance);
        assertEquals(List.of("ukraine"), acceptance.actors(Role.agent));
        assertEquals(List.of(), events(english("Biden urged Hamas to accept the proposal."), EventType.Acceptance));
        assertEquals(List.of(), events(english("Israel refused to accept the proposal."), EventType.Acceptance));
    }

    @Test
    void anAcceptanceTheOfferIsSubjectToIsAConditionNotAnEvent() {
        Extraction x = english("Ukraine said it was ready to accept the U.S. proposal for a 30-day ceasefire, which is subject to "
                + "acceptance and concurrent implementation by the Russian Federation.");
        for (Event acceptance : events(x, EventType.Acceptance)) {
            assertTrue(!acceptance.actors(Role.agent).contains("russia"), () -> "Russia has accepted nothing: " + acceptance);
        }
    }

    @Test
    void dismissingSomethingAsWhatItIsNotSaysSoButDismissingAnOfferRejectsIt() {
        Extraction described = english("Israel's UN ambassador Gilad Erdan dismissed the council's focus on aid mechanisms as detached from reality.");
        assertEquals(List.of("gilad-erdan"), only(described, EventType.Statement).actors(Role.speaker));
        assertEquals(List.of(), events(described, EventType.Rejection));
        assertEquals(List.of("israel"), only(english("Israel dismissed the declaration within hours."), EventType.Rejection).actors(Role.agent));
    }
}
