package org.diplokg.extract;

import static org.diplokg.extract.ShortArticles.english;
import static org.diplokg.extract.ShortArticles.events;
import static org.diplokg.extract.ShortArticles.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.diplokg.model.Event;
import org.diplokg.model.EventType;
import org.diplokg.model.Extraction;
import org.diplokg.model.Role;
import org.junit.jupiter.api.Test;

/** Being at war with a side, a campaign fought near a known war, and whom "they" means after a "where" clause. */
class EnglishAtWarTest {
    private static final LocalDate DAY = LocalDate.of(2024, 1, 12);
    private static final String CAMPAIGN = "The Houthis have attacked ships in the Red Sea since November in support for "
            + "Palestinians in Gaza, where Israel is at war with Hamas.";

    @Test
    void beingAtWarWithASideIsTheWarBetweenThem() {
        List<Event> wars = events(english(DAY, CAMPAIGN), EventType.Conflict);
        assertTrue(wars.stream().anyMatch(w -> Set.copyOf(w.actors(Role.party)).equals(Set.of("israel", "hamas"))), wars::toString);
    }

    @Test
    void aCampaignWhoseSideFightsInNoKnownWarNearItTakesNoSidesOfThatWar() {
        List<Event> wars = events(english(DAY, CAMPAIGN), EventType.Conflict);
        Event campaign = wars.stream().filter(w -> w.actors(Role.party).contains("houthis")).findFirst().orElseThrow();
        assertEquals(List.of("houthis"), campaign.actors(Role.party));
    }

    @Test
    void aPronounAfterAWhereClauseMeansTheMainClausesSubject() {
        Extraction x = english(DAY, CAMPAIGN + " They seized the Galaxy Leader cargo ship on Nov. 19.");
        assertEquals(List.of("houthis"), only(x, EventType.MilitaryOperation).actors(Role.agent));
    }
}
