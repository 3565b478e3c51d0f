package org.diplokg.extract;

import static org.diplokg.extract.ShortArticles.english;
import static org.diplokg.extract.ShortArticles.only;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Set;
import org.diplokg.model.Event;
import org.diplokg.model.EventType;
import org.diplokg.model.Role;
import org.junit.jupiter.api.Test;

/** Talks measured in hours were one sitting: news of the story's day, dated as a meeting is. */
class EnglishTalksOfHoursTest {
    @Test
    void talksLastingAnHourTakeTheStorysDay() {
        Event talks = only(english(LocalDate.of(2025, 6, 2), "ISTANBUL, June 2 (Reuters) - Russia and Ukraine agreed on "
                + "Monday to exchange more prisoners of war, but a second round of direct peace talks in Istanbul, lasting "
                + "little more than an hour, brought no breakthrough on ending the war."), EventType.Negotiation);
        assertEquals("2025-06-02", talks.date().iso());
        assertEquals(Set.of("russia", "ukraine"), Set.copyOf(talks.actors(Role.party)));
    }
}
