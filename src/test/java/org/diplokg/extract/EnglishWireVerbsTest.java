package org.diplokg.extract;

import static org.diplokg.extract.ShortArticles.english;
import static org.diplokg.extract.ShortArticles.only;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.diplokg.model.Event;
import org.diplokg.model.EventType;
import org.diplokg.model.Role;
import org.junit.jupiter.api.Test;

/** Wire-copy variants of the call, refusal, signing and offensive verbs, and a call named by its two ends. */
class EnglishWireVerbsTest {
    @Test
    void goingToAPlaceIsAVisit() {
        Event went = only(english("Egypt's intelligence chief Hassan Rashad went to Tripoli on June 6."), EventType.Visit);
        assertEquals(List.of("tripoli"), went.places());
        assertEquals("2024-06-06", went.date().iso());
        Event flew = only(english("French envoy Jean-Yves Le Drian flew into Beirut on June 5."), EventType.Visit);
        assertEquals(List.of("jean-yves-le-drian"), flew.actors(Role.participant));
        assertEquals(List.of("beirut"), flew.places());
    }

    @Test
    void goingToWarOrThePollsIsNoVisit() {
        assertEquals(List.of(), english("Israelis went to the polls on June 4.").events().stream()
                .filter(e -> e.type() == EventType.Visit).toList());
        assertEquals(List.of(), english("The two states went to war in 1998.").events().stream()
                .filter(e -> e.type() == EventType.Visit).toList());
    }

    @Test
    void dialledIsACallBetweenSubjectAndObject() {
        Event call = only(english("Qatar's emir dialled Egyptian President Abdel Fattah el-Sisi on Monday."), EventType.PhoneCall);
        assertEquals(Set.of("tamim-bin-hamad-al-thani", "abdel-fattah-el-sisi"), Set.copyOf(call.actors(Role.participant)));
    }

    @Test
    void aCallBetweenTwoLeadersIsTheirPhoneCall() {
        Event call = only(english("A call between Putin and Erdogan on Friday eased tensions."), EventType.PhoneCall);
        assertEquals(Set.of("vladimir-putin", "recep-tayyip-erdogan"), Set.copyOf(call.actors(Role.participant)));
    }

    @Test
    void spurningOrWalkingAwayIsARejectionByTheSubject() {
        assertEquals(List.of("iran"), only(english("Iran spurned the offer on Sunday."), EventType.Rejection).actors(Role.agent));
        assertEquals(List.of("hamas"), only(english("Hamas walked away from the talks last week."), EventType.Rejection)
                .actors(Role.agent));
    }

    @Test
    void inkingOrInitiallingAnAccordMakesItsSubjectsParties() {
        Event inked = only(english("Israel and Bahrain inked an aviation accord on Tuesday."), EventType.Agreement);
        assertEquals(Set.of("israel", "bahrain"), Set.copyOf(inked.actors(Role.party)));
        Event initialled = only(english("Serbia and Kosovo initialled the text of the agreement in Brussels."), EventType.Agreement);
        assertEquals(Set.of("serbia", "kosovo"), Set.copyOf(initialled.actors(Role.party)));
    }

    @Test
    void pressingAheadWithAnOffensiveIsTheSubjectsOperation() {
        Event offensive = only(english("Israel pressed ahead with its offensive in Rafah on Sunday."), EventType.MilitaryOperation);
        assertEquals(List.of("israel"), offensive.actors(Role.agent));
    }
}
