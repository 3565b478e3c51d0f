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
}
