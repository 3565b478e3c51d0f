package org.diplokg.extract;

import static org.diplokg.extract.ShortArticles.english;
import static org.diplokg.extract.ShortArticles.events;
import static org.diplokg.extract.ShortArticles.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Set;
import org.diplokg.model.Event;
import org.diplokg.model.EventType;
import org.diplokg.model.Role;
import org.junit.jupiter.api.Test;

/** Sides that "met …, their first talks …": a negotiation between them, its host their mediator; leaders keep a meeting. */
class EnglishTalksInAppositionTest {
    @Test
    void factionsThatMetInTalksHostedByAThirdNegotiatedThroughIt() {
        var x = english(LocalDate.of(2024, 7, 23), "Hamas and Fatah officials had already met in Beijing in April, "
                + "their first such talks hosted by China.");
        Event talks = only(x, EventType.Negotiation);
        assertEquals(Set.of("hamas", "fatah"), Set.copyOf(talks.actors(Role.party)), () -> "talks " + talks);
        assertEquals(Set.of("china"), Set.copyOf(talks.actors(Role.mediator)), () -> "talks " + talks);
        assertEquals("2024-04", talks.date().iso());
        assertTrue(events(x, EventType.Meeting).isEmpty(), () -> "meetings " + events(x, EventType.Meeting));
    }

    @Test
    void negotiatorsOfTwoStatesThatMetHeldTalksBetweenTheStates() {
        Event talks = only(english(LocalDate.of(2025, 6, 2), "Russian and Ukrainian negotiators last met face to face on "
                + "May 16 at Istanbul's Dolmabahce Palace, their first direct talks since the early weeks of the conflict."),
                EventType.Negotiation);
        assertEquals(Set.of("russia", "ukraine"), Set.copyOf(talks.actors(Role.party)), () -> "talks " + talks);
        assertEquals("2025-05-16", talks.date().iso());
    }

    @Test
    void leadersThatMetHoldASummit() {
        var x = english(LocalDate.of(2023, 11, 15), "Biden and Xi met in Woodside on Wednesday, their first talks in a year.");
        assertTrue(events(x, EventType.Negotiation).isEmpty(), () -> "negotiations " + events(x, EventType.Negotiation));
        only(x, EventType.Meeting);
    }
}
