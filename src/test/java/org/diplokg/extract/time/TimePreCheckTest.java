package org.diplokg.extract.time;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.diplokg.model.Article;
import org.diplokg.source.SourceResult;
import org.diplokg.source.Sources;
import org.diplokg.text.Sentence;
import org.diplokg.text.TextAnalyzer;
import org.junit.jupiter.api.Test;

/**
 * {@link TimeLexicon#mayHoldATime} lets the resolver skip sentences without reading them: it must never turn away a
 * sentence in which the full parse finds a time expression.
 */
class TimePreCheckTest {
    private static final TimeLexicon LEXICON = TimeLexicon.load(Path.of("data/time"));
    private static final LocalDate PUBLISHED = LocalDate.of(2024, 6, 10);

    @Test
    void noSentenceOfTheCorporaWithATimeIsTurnedAway() {
        List<String> missed = new ArrayList<>();
        int timed = 0;
        for (Article article : articles()) {
            for (Sentence s : new TextAnalyzer().analyze(article).sentences()) {
                if (parsedWithoutPreCheck(s.text(), article.language()).isEmpty()) continue;
                timed++;
                if (!LEXICON.mayHoldATime(s.text())) missed.add(s.text());
            }
        }
        assertTrue(timed > 500, "too few sentences with a time to mean anything: " + timed);
        assertTrue(missed.isEmpty(), () -> "turned away though they hold a time: " + missed);
    }

    @Test
    void aSentenceWithNoTimeWordIsTurnedAway() {
        assertFalse(LEXICON.mayHoldATime("وبحث الوزيران العلاقات الثنائية بين البلدين"));
        assertFalse(LEXICON.mayHoldATime("Ministers discussed relations between their countries."));
        assertTrue(LEXICON.mayHoldATime("والتقى الوزير نظيره يوم الاثنين"));
        assertTrue(LEXICON.mayHoldATime("They met on 10 June."));
        // A phrase counts by its last word: "the" opens "the next day", yet alone it is no sign of a time.
        assertFalse(LEXICON.mayHoldATime("The minister met the envoy in the capital."));
        assertTrue(LEXICON.mayHoldATime("The envoy left the next day."));
    }

    private static List<TimeMention> parsedWithoutPreCheck(String text, String language) {
        List<Tok> tokens = Tokenizer.tokenize(text);
        return new TimeParser(LEXICON, tokens, LEXICON.readAll(tokens), language, PUBLISHED, null, TimeResolver.NO_MARK).parse();
    }

    private static List<Article> articles() {
        try (var read = Sources.read(List.of(Path.of("data/articles"), Path.of("data/heldout")))) {
            return read.filter(SourceResult::ok).map(SourceResult::article).toList();
        }
    }
}
