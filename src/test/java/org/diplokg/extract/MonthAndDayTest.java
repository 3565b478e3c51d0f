package org.diplokg.extract;

import static org.diplokg.extract.ShortArticles.english;
import static org.diplokg.extract.ShortArticles.only;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.diplokg.model.Event;
import org.diplokg.model.EventType;
import org.diplokg.model.Role;
import org.junit.jupiter.api.Test;

/** A meeting told once by its month and once by its day is one meeting, on that day. */
class MonthAndDayTest {
    @Test
    void theSummitInNovemberIsTheirMeetingOnNovemberFifteenth() {
        Event meeting = only(english(LocalDate.of(2024, 4, 2), "U.S. President Joe Biden and Chinese President Xi Jinping"
                + " spoke by phone on Tuesday for the first time since their summit in California in November. Biden and Xi"
                + " last met at the Filoli estate in Woodside, south of San Francisco, on Nov. 15."), EventType.Meeting);
        assertEquals("2023-11-15", meeting.time().iso());
        assertEquals(List.of("joe-biden", "xi-jinping"), meeting.actors(Role.participant));
    }
}
