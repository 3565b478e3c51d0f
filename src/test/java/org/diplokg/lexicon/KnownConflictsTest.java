package org.diplokg.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.diplokg.config.Home;
import org.junit.jupiter.api.Test;

class KnownConflictsTest {
    private final KnownConflicts conflicts = KnownConflicts.load(Home.data("gazetteer", "conflicts.tsv"));

    @Test
    void aWarIsFoundByItsPlaceOrOneSideWithinItsDates() {
        assertEquals(List.of("israel", "hamas"), conflicts.match(Set.of("gaza-strip"), Set.of(), "2024-06").orElseThrow().sides());
        assertEquals(List.of("russia", "ukraine"), conflicts.match(Set.of(), Set.of("russia"), "2022-02-24").orElseThrow().sides());
        assertTrue(conflicts.match(Set.of("gaza-strip"), Set.of(), "2019").isEmpty(), "before the war began");
        assertEquals("Iran–Israel war", conflicts.match(Set.of(), Set.of("israel"), "2025-06-13").orElseThrow().name(),
                "of two wars Israel fought that day, the one begun on it");
        assertTrue(conflicts.match(Set.of(), Set.of("israel"), "2025-06").isEmpty(), "a month does not tell them apart");
    }

    @Test
    void withoutPlaceOrSideOnlyTheStartMonthLinksAndTwoCandidatesLinkNone() {
        assertEquals("Sudan war", conflicts.match(Set.of(), Set.of(), "2023-04").orElseThrow().name());
        assertTrue(conflicts.match(Set.of(), Set.of(), null).isEmpty());
        assertTrue(conflicts.match(Set.of(), Set.of(), "2023-10").isEmpty(), "two wars began in October 2023");
        assertEquals("Gaza war", conflicts.match(Set.of(), Set.of(), "2023-10-07").orElseThrow().name(), "the day tells them apart");
        assertEquals("Israel–Hezbollah war", conflicts.match(Set.of(), Set.of(), "2023-10-08").orElseThrow().name());
        assertTrue(conflicts.match(Set.of("lebanon"), Set.of(), null).isEmpty(), "two wars in Lebanon");
    }
}
