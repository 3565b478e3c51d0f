package org.diplokg.extract;

import static org.diplokg.extract.ShortArticles.english;
import static org.diplokg.extract.ShortArticles.events;
import static org.diplokg.extract.ShortArticles.only;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.diplokg.model.EventType;
import org.diplokg.model.Extraction;
import org.junit.jupiter.api.Test;

/** English agreements, truces and swaps that a sentence reports or only seems to: dates, sides and denials. */
class EnglishDealArgumentsTest {
    /**
     * "expired on Saturday without agreement on the next stage": an agreement that comes "without" did not happen;
     * the truce that expired still did.
     */
    @Test
    void anAgreementWithoutWhichAPhaseEndedIsNone() {
        Extraction x = english(LocalDate.of(2025, 3, 4), "The first phase expired on Saturday without agreement on the next stage.");
        assertEquals(List.of(), events(x, EventType.Agreement));
        Extraction talks = english(LocalDate.of(2025, 3, 4), "The talks in Cairo ended on Monday without reaching an agreement.");
        assertEquals(List.of(), events(talks, EventType.Agreement));
        Extraction truce = english(LocalDate.of(2025, 3, 4), "The truce expired on Saturday without agreement on the next stage.");
        assertEquals("2025-03-01", only(truce, EventType.Ceasefire).end().iso());
    }
}
