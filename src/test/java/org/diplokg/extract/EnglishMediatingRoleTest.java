package org.diplokg.extract;

import static org.diplokg.extract.ShortArticles.english;
import static org.diplokg.extract.ShortArticles.events;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.diplokg.model.EventType;
import org.junit.jupiter.api.Test;

/** "Qatar's mediating role" names the part a state plays, not talks it mediates. */
class EnglishMediatingRoleTest {
    @Test
    void aMediatingRoleIsNoNegotiation() {
        var x = english(LocalDate.of(2024, 1, 29), "A recording leaked to Israel's Channel 12 showed Netanyahu describing "
                + "Qatar's mediating role as \"problematic\".");
        assertTrue(events(x, EventType.Negotiation).isEmpty(), () -> "negotiations " + events(x, EventType.Negotiation));
    }
}
