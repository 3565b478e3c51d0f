package org.diplokg.extract;

import static org.diplokg.extract.ShortArticles.arabic;
import static org.diplokg.extract.ShortArticles.english;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.diplokg.model.Actor;
import org.diplokg.model.Event;
import org.diplokg.model.Extraction;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A news agency reports events and takes no part in them, while it stays an actor the article mentions. */
class NewsAgenciesTest {
    private static final Set<String> AGENCIES = Set.of("reuters", "afp", "associated-press", "tass", "xinhua", "wafa",
            "anadolu-agency", "qatar-news-agency");

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "The talks in Nairobi are due to focus on a durable ceasefire, Reuters reported.",
        "\"We are ready to consider any proposal,\" the Kenyan foreign minister told AFP on Monday.",
        "Kenya and Ethiopia have agreed to a truce, the Kenyan foreign minister said, according to the TASS news agency.",
        "Chinese Foreign Minister Wang Yi met his Kenyan counterpart in Beijing on Monday, Xinhua reported.",
        "The Palestinian Authority welcomed the truce between Israel and Hamas, the WAFA news agency reported."})
    void anEnglishAgencyTakesNoRole(String sentence) {
        assertNoAgencyInARole(english(sentence));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "وقال وزير الخارجية الكيني لوكالة رويترز إن بلاده مستعدة للتفاوض على وقف إطلاق النار.",
        "وذكرت وكالة الأناضول أن وفدي كينيا وإثيوبيا اتفقا على هدنة في نيروبي يوم الاثنين.",
        "وأفادت وكالة الأنباء القطرية بأن أمير قطر التقى الرئيس الكيني في الدوحة يوم الأحد."})
    void anArabicAgencyTakesNoRole(String sentence) {
        assertNoAgencyInARole(arabic(sentence));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Chinese Foreign Minister Wang Yi met his Kenyan counterpart in Beijing on Monday, Xinhua reported.|xinhua",
        "وذكرت وكالة الأناضول أن وفدي كينيا وإثيوبيا اتفقا على هدنة في نيروبي يوم الاثنين.|anadolu-agency"})
    void theAgencyStaysAMentionedActor(String sentence, String agency) {
        Extraction x = sentence.chars().anyMatch(c -> c >= 0x600 && c <= 0x6ff) ? arabic(sentence) : english(sentence);
        assertTrue(x.actors().stream().map(Actor::slug).anyMatch(agency::equals), () -> "actors " + x.actors());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "رام الله- وفا- التقى الرئيس الكيني نظيره الإثيوبي في نيروبي يوم الاثنين.|wafa",
        "غزة/ الأناضول/ التقى الرئيس الكيني نظيره الإثيوبي في نيروبي يوم الاثنين.|anadolu-agency",
        "NAIROBI (Reuters) - Kenya's president met Ethiopia's prime minister in Nairobi on Monday.|reuters"})
    void theAgencyADatelineCreditsIsNoActor(String sentence, String agency) {
        Extraction x = sentence.chars().anyMatch(c -> c >= 0x600 && c <= 0x6ff) ? arabic(sentence) : english(sentence);
        assertFalse(x.actors().stream().map(Actor::slug).anyMatch(agency::equals), () -> "actors " + x.actors());
    }

    private static void assertNoAgencyInARole(Extraction x) {
        for (Event e : x.events()) {
            e.roles().values().forEach(slugs -> assertFalse(slugs.stream().anyMatch(AGENCIES::contains), () -> "roles of " + e));
        }
    }
}
