package org.diplokg.lexicon;

import static org.diplokg.lexicon.TestGazetteer.tokens;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.diplokg.config.Home;
import org.diplokg.lexicon.NameLexicon.Kind;
import org.diplokg.lexicon.TitleLexicon.TitleHit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TitleAndNameLexiconTest {
    private static TitleLexicon titles;
    private static NameLexicon names;

    @BeforeAll
    static void load() {
        titles = TitleLexicon.load(Home.data("lexicon", "titles.tsv"));
        names = NameLexicon.load(Home.data("lexicon", "given-names.tsv"));
    }

    /** Titles as "canonical title[first-last]". */
    private static List<String> titlesIn(String language, String text) {
        return titles.match(tokens(language, text)).stream()
                .map(h -> h.title().titleEn() + "[" + h.first() + "-" + h.last() + "]").toList();
    }

    @Test
    void arabicPostsRanksAndAffiliations() {
        TitleHit minister = titles.at(tokens("ar", "وزير الخارجية الأمريكي أنتوني بلينكن"), 0).orElseThrow();
        assertEquals(1, minister.last());
        assertEquals("foreign-ministry", minister.title().body());
        assertEquals(TitleLexicon.Kind.post, minister.title().kind());
        assertEquals(List.of("Intelligence Chief[0-1]", "Maj. Gen.[3-3]"), titlesIn("ar", "رئيس المخابرات المصرية اللواء عباس كامل"));
        assertEquals(List.of("Senior Official[0-1]"), titlesIn("ar", "القيادي في حماس غازي حمد"));
    }

    @Test
    void cliticsOnTitlesFold() {
        assertEquals(List.of("Foreign Minister[0-1]"), titlesIn("ar", "ووزير الخارجية"));
        assertEquals(List.of("President[1-1]"), titlesIn("ar", "وقال الرئيس"));
    }

    @Test
    void englishTitlesIgnoreCapitalsButNotAcronyms() {
        assertEquals(List.of("Secretary of State[1-3]"), titlesIn("en", "U.S. Secretary of State Antony Blinken"));
        assertEquals(List.of("President[1-1]"), titlesIn("en", "the president said"));
        assertEquals(List.of("Lt. Gen.[0-1]"), titlesIn("en", "Lt. Gen. Abdel Fattah al-Burhan"));
        assertEquals(List.of(), titlesIn("en", "at 5 pm local time"));
    }

    @Test
    void givenNamesAndParticlesMarkWhereANameRuns() {
        var rank = tokens("ar", "اللواء عباس كامل");
        assertEquals(Optional.empty(), names.part(rank, 0));
        assertEquals(Kind.given, names.part(rank, 1).orElseThrow().kind());
        var qatari = tokens("ar", "ومحمد بن عبد الرحمن آل ثاني");
        assertEquals(Kind.given, names.part(qatari, 0).orElseThrow().kind());
        assertEquals(Kind.particle, names.part(qatari, 1).orElseThrow().kind());
        assertEquals("next", names.part(qatari, 2).orElseThrow().joins());
        assertEquals(Kind.particle, names.part(qatari, 4).orElseThrow().kind());
    }

    @Test
    void englishTransliterationsKeepTheirCase() {
        var english = tokens("en", "Mohammed bin Abdulrahman said");
        assertTrue(names.part(english, 0).orElseThrow().transliterations().contains("Mohammed"));
        assertEquals(Kind.particle, names.part(english, 1).orElseThrow().kind());
        assertEquals(Optional.empty(), names.part(english, 3));
    }
}
