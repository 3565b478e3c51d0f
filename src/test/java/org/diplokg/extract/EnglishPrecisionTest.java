package org.diplokg.extract;

import static org.diplokg.extract.ShortArticles.english;
import static org.diplokg.extract.ShortArticles.events;
import static org.diplokg.extract.ShortArticles.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.diplokg.model.Event;
import org.diplokg.model.EventType;
import org.diplokg.model.Extraction;
import org.diplokg.model.Role;
import org.junit.jupiter.api.Test;

/**
 * What a careful annotator leaves out of agency copy (hedged and future statements, goals, contents of proposals)
 * and the roles of everyday readout frames, each on a short sentence in the wire's own style.
 */
class EnglishPrecisionTest {
    @Test
    void welcomingAPersonIsHostingAMeetingWelcomingADecisionIsAStatement() {
        Event m = only(english("Biden welcomed Emir Sheikh Tamim bin Hamad Al Thani to the White House on Thursday."), EventType.Meeting);
        assertEquals(List.of("joe-biden"), m.actors(Role.host));
        assertEquals(Set.of("joe-biden", "tamim-bin-hamad-al-thani"), Set.copyOf(m.actors(Role.participant)));
        assertEquals("2024-06-06", m.date().iso());
        Extraction decision = english("Biden welcomed Netanyahu's decision to send negotiators.");
        assertTrue(events(decision, EventType.Meeting).isEmpty(), () -> "meetings " + events(decision, EventType.Meeting));
        assertEquals(List.of("joe-biden"), only(decision, EventType.Statement).actors(Role.speaker));
    }
}
