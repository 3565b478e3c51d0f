package org.diplokg.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.diplokg.config.Home;
import org.diplokg.model.Actor;
import org.diplokg.model.ActorType;
import org.diplokg.text.MatchKeys;
import org.junit.jupiter.api.Test;

class GazetteerContentTest {
    private final Gazetteer gazetteer = TestGazetteer.get();

    private Stream<Actor> actorsOf(ActorType type) {
        return gazetteer.actors().stream().filter(a -> a.type() == type);
    }

    @Test
    void everyUnMemberStateAndPalestineWithArabicAndEnglishLabels() {
        List<Actor> states = actorsOf(ActorType.State).toList();
        assertTrue(states.size() >= 194, "UN members + Palestine: " + states.size());
        for (Actor state : states) {
            assertFalse(state.labels().getOrDefault("en", "").isBlank(), state.slug());
            assertTrue(MatchKeys.isArabic(state.labels().getOrDefault("ar", "")), state.slug());
            assertTrue(state.qid() != null, state.slug());
        }
        assertEquals("مصر", gazetteer.actor("egypt").orElseThrow().label("ar"));
        assertEquals("فلسطين", gazetteer.actor("palestine").orElseThrow().label("ar"));
    }

    @Test
    void atLeast150PeopleWithPostsInBothLanguages() {
        List<Actor> people = actorsOf(ActorType.Person).filter(p -> !gazetteer.posts(p.slug()).isEmpty()).toList();
        assertTrue(people.size() >= 150, "people with posts: " + people.size());
        for (Actor person : people) {
            for (Post post : gazetteer.posts(person.slug())) {
                assertFalse(post.titleEn() == null || post.titleAr() == null, person.slug() + " " + post);
                assertTrue(gazetteer.actor(post.organization()).isPresent(), person.slug() + " " + post);
                assertTrue(post.from() == null || post.to() == null || post.from() <= post.to(), person.slug() + " " + post);
            }
        }
    }

    @Test
    void postsCarryTitleOrganizationAndYears() {
        Post post = gazetteer.posts("antony-blinken").getFirst();
        assertEquals(Post.of("Secretary of State", "وزير الخارجية", "united-states", "2021-01", "2025-01-20"), post);
        assertTrue(post.heldIn(2024));
        assertFalse(post.heldIn(2026));
        assertEquals(List.of(2017, 2025), gazetteer.posts("donald-trump").stream().map(Post::from).toList());
    }

    @Test
    void holdersOfAPostInAYear() {
        assertEquals(List.of("abdel-fattah-el-sisi"), gazetteer.holders("President", "egypt", 2024));
        assertEquals(List.of("antony-blinken"), gazetteer.holders("Secretary of State", "united-states", 2024));
        assertEquals(List.of("abbas-kamel", "hassan-rashad"), gazetteer.holders("Director of General Intelligence", "egypt", 2024));
        assertEquals(List.of("michael-kurilla"), gazetteer.holders("Commander", "united-states", 2023));
    }

    @Test
    void holdersOfAPostOnADayOfAHandoverYear() {
        assertEquals(List.of("najib-mikati"), gazetteer.holders("Prime Minister", "lebanon", LocalDate.of(2025, 1, 20)));
        assertEquals(List.of("nawaf-salam"), gazetteer.holders("Prime Minister", "lebanon", LocalDate.of(2025, 3, 10)));
        assertEquals(List.of("joe-biden"), gazetteer.holders("President", "united-states", LocalDate.of(2025, 1, 10)));
        assertEquals(List.of("donald-trump"), gazetteer.holders("President", "united-states", LocalDate.of(2025, 2, 1)));
        assertEquals(List.of("sameh-shoukry"), gazetteer.holders("Foreign Minister", "egypt", LocalDate.of(2024, 5, 1)));
        assertEquals(List.of("badr-abdelatty"), gazetteer.holders("Foreign Minister", "egypt", LocalDate.of(2024, 8, 1)));
        assertEquals(List.of("hassan-nasrallah"), gazetteer.holders("Secretary-General", "hezbollah", LocalDate.of(2024, 9, 1)));
        assertEquals(List.of(), gazetteer.holders("Secretary-General", "hezbollah", LocalDate.of(2024, 10, 10)));
    }

    @Test
    void aPostDatedToTheMonthMayBeHeldAnyDayOfIt() {
        Post post = Post.of("Defense Minister", "وزير الدفاع", "israel", "2022", "2024-11");
        assertTrue(post.heldOn(LocalDate.of(2024, 11, 30)));
        assertFalse(post.heldOn(LocalDate.of(2024, 12, 1)));
        assertTrue(post.heldOn(LocalDate.of(2022, 1, 1)));
        assertTrue(post.heldIn(2024));
    }

    @Test
    void everyCountryIsAStateAndEverySlugIsWellFormed() {
        Set<String> states = Set.copyOf(actorsOf(ActorType.State).map(Actor::slug).toList());
        for (Actor actor : gazetteer.actors()) {
            assertTrue(actor.slug().matches(GazetteerVocabulary.SLUG_PATTERN), actor.slug());
            assertTrue(actor.country() == null || states.contains(actor.country()), actor.slug() + " → " + actor.country());
        }
        for (var place : gazetteer.places()) {
            assertTrue(place.slug().matches(GazetteerVocabulary.SLUG_PATTERN), place.slug());
            assertTrue(place.country() == null || states.contains(place.country()), place.slug() + " → " + place.country());
        }
        assertEquals("egypt", gazetteer.place("cairo").orElseThrow().country());
        assertEquals(ActorType.GovernmentBody, gazetteer.actor("united-states-department-of-state").orElseThrow().type());
    }

    /**
     * Every name of every entry, read as text, finds that entry and nothing else. The exceptions are the
     * documented ones: a name with a comma, one-word names that are common words, a capital spelled like its
     * state, and a name two states share. A building is named through the body it houses, never on its own.
     */
    @Test
    void everyNameFindsItsOwnEntry() {
        var reader = new GazetteerReader(Home.data("gazetteer"));
        var misses = new ArrayList<String>();
        reader.names.forEach((slug, names) -> {
            if (reader.buildings.contains(slug)) return;
            for (String name : Stream.of(names.labels(), names.aliases(), names.demonyms()).flatMap(List::stream).toList()) {
                var hits = gazetteer.match(TestGazetteer.tokens(MatchKeys.isArabic(name) ? "ar" : "en", name));
                if (hits.size() != 1 || !hits.getFirst().slug().equals(slug)) misses.add(slug + ": " + name);
            }
        });
        assertEquals(Set.of("united-kingdom-foreign-office: Foreign, Commonwealth and Development Office",
                "mali: مالي", "benin: بنين", "liz-truss: تراس", "amman: عمان",
                "dr-congo: Congo", "republic-of-the-congo: Congo"), Set.copyOf(misses));
    }
}
