package org.diplokg.extract;

import static org.diplokg.extract.ShortArticles.english;
import static org.diplokg.extract.ShortArticles.events;
import static org.diplokg.extract.ShortArticles.only;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.diplokg.model.Event;
import org.diplokg.model.EventType;
import org.diplokg.model.Role;
import org.junit.jupiter.api.Test;

/** An attack named by its date: the onset of the known war begun that day, else an attack of that day. */
class EnglishWarOnsetTest {
    private static final LocalDate LATER = LocalDate.of(2024, 10, 23);

    @Test
    void anAttackNamedByTheDayAKnownWarBeganIsThatWar() {
        var x = english(LATER, "The visit to Riyadh follows the Secretary's stop in Israel on Tuesday, the first leg of his "
                + "eleventh trip to the Middle East since Hamas's October 7, 2023 attack on Israel.");
        Event war = only(x, EventType.Conflict);
        assertEquals("2023-10-07", war.date().iso());
        assertEquals(Set.of("hamas", "israel"), Set.copyOf(war.actors(Role.party)));
        assertEquals(List.of(), events(x, EventType.MilitaryOperation));
    }

    @Test
    void anAttackNamedByAnotherDayStaysAnAttack() {
        Event attack = only(english(LATER, "Iran's October 1 missile attack on Israel killed one man."), EventType.MilitaryOperation);
        assertEquals(List.of("iran"), attack.actors(Role.agent));
        assertEquals("2024-10-01", attack.date().iso());
    }

    @Test
    void anAttackNamedByNoDateIsNoEvent() {
        assertEquals(List.of(), events(english(LATER, "Trump launched a verbal attack on the court on Monday."), EventType.MilitaryOperation));
    }
}
