package org.diplokg.extract;

import static org.diplokg.extract.ShortArticles.english;
import static org.diplokg.extract.ShortArticles.events;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.diplokg.model.Event;
import org.diplokg.model.EventType;
import org.diplokg.model.Role;
import org.junit.jupiter.api.Test;

/** "respectively" pairs the actors of a coordinated subject with the dates or places listed before it. */
class EnglishRespectivelyTest {
    @Test
    void eachVisitorVisitsOnTheDayListedInTheSameOrder() {
        List<Event> visits = events(english(LocalDate.of(2025, 2, 28), "Macron and Starmer had both visited the White House this week, "
                + "on Monday and Thursday respectively, in an effort to persuade Trump not to abandon Kyiv."), EventType.Visit);
        Map<String, String> dayOf = visits.stream().collect(Collectors.toMap(v -> String.join(",", v.actors(Role.participant)), v -> v.date().iso()));
        assertEquals(Map.of("emmanuel-macron", "2025-02-24", "keir-starmer", "2025-02-27"), dayOf, () -> "visits " + visits);
    }

    @Test
    void eachVisitorGoesToThePlaceListedInTheSameOrder() {
        List<Event> visits = events(english("Egyptian President Abdel Fattah al-Sisi and King Abdullah visited Doha and Riyadh "
                + "respectively on Monday."), EventType.Visit);
        Map<String, List<String>> placeOf = visits.stream().collect(Collectors.toMap(v -> String.join(",", v.actors(Role.participant)), Event::places));
        assertEquals(Map.of("abdel-fattah-el-sisi", List.of("doha"), "abdullah-ii", List.of("riyadh")), placeOf, () -> "visits " + visits);
    }
}
