package org.diplokg.extract;

import static org.diplokg.extract.ShortArticles.english;
import static org.diplokg.extract.ShortArticles.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.LocalDate;
import org.diplokg.model.Event;
import org.diplokg.model.EventType;
import org.junit.jupiter.api.Test;

/** A date in a relative clause about a person ("who fled … in September 2022") is that person's, not the event's. */
class EnglishRelativeClauseDateTest {
    private static final LocalDate DAY = LocalDate.of(2023, 12, 20);

    @Test
    void aDateInARelativeClauseAboutAPersonDatesNoEventBeforeIt() {
        Event swap = only(english(DAY, "Venezuela released 10 Americans in exchange for Alex Saab, a businessman who "
                + "fled house arrest in San Diego in September 2022."), EventType.Exchange);
        assertNotEquals("2022-09", swap.date() == null ? null : swap.date().iso());
    }

    @Test
    void aDateInARelativeClauseAboutTheEventStillDatesIt() {
        Event talks = only(english(DAY, "Iran and the United States held talks, which took place in Muscat on Monday."), EventType.Meeting);
        assertEquals("2023-12-18", talks.date().iso());
    }
}
