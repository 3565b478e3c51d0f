package org.diplokg.extract;

import static org.diplokg.extract.ShortArticles.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.diplokg.model.Event;
import org.diplokg.model.EventType;
import org.diplokg.model.Extraction;
import org.diplokg.model.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** English lists of states behind people who stand for them, gatherings said to be held, and a city's country. */
class EnglishListsTest {
    private static Set<String> participants(String sentence) {
        return Set.copyOf(only(ShortArticles.english(sentence), EventType.Meeting).actors(Role.participant));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Negotiators from Egypt, Qatar and the United States met in Doha on Sunday.|egypt,qatar,united-states",
            "Officials from Israel, Egypt and Jordan held talks in Amman on Tuesday.|israel,egypt,jordan",
            "Delegations from Armenia and Azerbaijan met in Washington on Thursday.|armenia,azerbaijan",
            "Envoys from France, Germany and Britain met Iranian officials in Geneva on Friday.|france,germany,united-kingdom,iran",
            "Iranian officials met envoys from France, Germany and Britain in Istanbul on Monday.|iran,france,germany,united-kingdom"})
    void peopleFromListedStatesStandForEveryOneOfThem(String sentence, String states) {
        assertEquals(Set.of(states.split(",")), participants(sentence));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The next round of talks will be held in Geneva on June 30, a diplomatic source said.|Negotiation|2024-06-30|geneva",
            "A donor conference for Sudan is to be held in Paris on April 15.|Meeting|2024-04-15|paris",
            "A political dialogue forum would be held in Tunisia in early July, the U.N. mission said.|Meeting|2024-07|tunisia",
            "The negotiations are expected to take place in Cairo on June 20.|Negotiation|2024-06-20|cairo",
            "The conference was held in London on June 4, with more than 40 countries attending.|Meeting|2024-06-04|london"})
    void aGatheringSaidToBeHeldIsAnEventWithoutNamedParticipants(String sentence, EventType type, String date, String place) {
        Event gathering = only(ShortArticles.english(sentence), type);
        assertEquals(date, gathering.date().iso());
        assertEquals(List.of(place), gathering.places());
        assertTrue(gathering.roles().values().stream().allMatch(List::isEmpty), () -> "roles " + gathering.roles());
    }

    @Test
    void aGatheringThatWillNotTakePlaceIsNoEvent() {
        Extraction x = ShortArticles.english("The meeting will not take place on June 13 as planned, officials said.");
        assertTrue(x.events().stream().noneMatch(e -> e.type() == EventType.Meeting), () -> "events " + x.events());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Egyptian and U.S. negotiators met in Doha, Qatar, on June 2.|Meeting|participant|egypt,united-states|doha",
            "Sudan and South Sudan signed an agreement in Juba, South Sudan, on June 4.|Agreement|party|sudan,south-sudan|juba",
            "The grain deal was signed in Istanbul, Turkey, in July 2022 by Russia and Ukraine.|Agreement|party|russia,ukraine|istanbul"})
    void aStateAfterACityIsTheCitysCountryNotAnActor(String sentence, EventType type, Role role, String actors, String place) {
        Event event = only(ShortArticles.english(sentence), type);
        assertEquals(Set.of(actors.split(",")), Set.copyOf(event.actors(role)));
        assertEquals(List.of(place), event.places());
    }
}
