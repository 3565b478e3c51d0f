package org.diplokg.extract;

import static org.diplokg.extract.ShortArticles.english;
import static org.diplokg.extract.ShortArticles.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.diplokg.model.Event;
import org.diplokg.model.EventType;
import org.diplokg.model.Role;
import org.junit.jupiter.api.Test;

/** Talks said to open on a day run from that day to the later day the article told them on. */
class EnglishGatheringOpeningTest {
    @Test
    void talksThatOpenedOnADayRunFromItToTheDayToldBefore() {
        Event talks = only(english(LocalDate.of(2024, 7, 23), "Hamas and Fatah signed a declaration in Beijing on Tuesday, "
                + "after three days of talks hosted by China. The talks opened on Sunday."), EventType.Meeting);
        assertEquals("2024-07-21", talks.begin().iso());
        assertEquals("2024-07-23", talks.end().iso());
        assertNull(talks.time());
        assertEquals(List.of("china"), talks.actors(Role.host));
    }
}
