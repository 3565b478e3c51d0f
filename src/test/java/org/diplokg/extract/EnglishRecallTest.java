package org.diplokg.extract;

import static org.diplokg.extract.ShortArticles.english;
import static org.diplokg.extract.ShortArticles.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.diplokg.model.Event;
import org.diplokg.model.EventType;
import org.diplokg.model.Extraction;
import org.diplokg.model.Role;
import org.junit.jupiter.api.Test;

/** English events agency copy reports that the extractor used to miss, each on a short sentence in the wire's style. */
class EnglishRecallTest {
    @Test
    void aDemonymBeforeAnAttackNamesItsAgent() {
        Event strikes = only(english("Israeli strikes in Gaza killed dozens of people on Monday."), EventType.MilitaryOperation);
        assertEquals(List.of("israel"), strikes.actors(Role.agent));
        assertEquals("2024-06-10", strikes.date().iso());
        Event us = only(english("The U.S. strikes on three Iranian nuclear sites on June 8 drew condemnation."), EventType.MilitaryOperation);
        assertEquals(List.of("united-states"), us.actors(Role.agent));
    }

    @Test
    void aGenitiveBeforeAnAttackNamesTheStandingCampaignNotAStrike() {
        Extraction x = english("Israel's offensive has since killed more than 46,000 Palestinians, according to Gaza's Health Ministry.");
        assertTrue(ShortArticles.events(x, EventType.MilitaryOperation).isEmpty(), () -> "operations " + x.events());
    }

    @Test
    void beingDueOrExpectedInAPlaceIsAPlannedVisit() {
        Extraction x = english("Iranian Foreign Minister Abbas Araqchi is expected in Muscat on Saturday for talks with U.S. envoy Steve Witkoff.");
        Event visit = only(x, EventType.Visit);
        assertEquals(List.of("abbas-araghchi"), visit.actors(Role.participant));
        assertEquals(List.of("muscat"), visit.places());
        assertEquals("2024-06-15", visit.date().iso());
        assertEquals(List.of("muscat"), only(x, EventType.Meeting).places());
        assertEquals(List.of("riyadh"), only(english("Blinken is due in Riyadh on Thursday."), EventType.Visit).places());
        assertTrue(english("A decision on the aid package is due in July.").events().isEmpty());
    }

    @Test
    void flyingFromOnePlaceToAnotherIsATripToTheSecond() {
        Extraction x = english("Egyptian Foreign Minister Sameh Shoukry flew from Cairo to Washington on Sunday for talks with Secretary of State Antony Blinken.");
        Event visit = only(x, EventType.Visit);
        assertEquals(List.of("sameh-shoukry"), visit.actors(Role.participant));
        assertEquals(List.of("washington"), visit.places());
        assertEquals("2024-06-09", visit.date().iso());
        assertEquals(List.of("washington"), only(x, EventType.Meeting).places());
    }

    @Test
    void anAttackVerbWithItsTargetIsAnOperationButAStruckDealIsNot() {
        Event strike = only(english("Israel struck targets in Rafah on Tuesday, killing at least 21 people."), EventType.MilitaryOperation);
        assertEquals(List.of("israel"), strike.actors(Role.agent));
        assertEquals(List.of("rafah"), strike.places());
        assertEquals(List.of("russia"), only(english("Russia fired missiles at Kyiv on Sunday."), EventType.MilitaryOperation).actors(Role.agent));
        for (String body : List.of("Egypt and Qatar struck a deal with Hamas on Monday.", "The deal was struck in Doha on Wednesday.",
                "Madrid struck when it mattered.")) {
            Extraction x = english(body);
            assertTrue(ShortArticles.events(x, EventType.MilitaryOperation).isEmpty(), () -> body + " " + x.events());
        }
    }

    @Test
    void anAttackWithoutAnAgentElsewhereIsAnotherAttack() {
        Extraction x = english("Russia fired missiles at Kyiv on Sunday. Drones hit a commercial ship in the Red Sea on Sunday.");
        assertEquals(2, ShortArticles.events(x, EventType.MilitaryOperation).size(), () -> "operations " + x.events());
    }

    @Test
    void aGenitiveBeforeAWarFoughtElsewhereIsItsSideNotAnotherWarsPlace() {
        Extraction x = english("War broke out in Khartoum in April 2023 between the army and the Rapid Support Forces. "
                + "Russia's war in Ukraine has drawn attention away from Sudan, diplomats said.");
        Event war = only(x, EventType.Conflict);
        assertEquals(List.of("khartoum"), war.places());
        assertEquals("2023-04", war.date().iso());
    }
}
