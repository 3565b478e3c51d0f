package org.diplokg.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.diplokg.config.Home;
import org.diplokg.model.Article;
import org.diplokg.text.TextAnalyzer;
import org.diplokg.text.Token;

/** The real gazetteer, loaded once for all test classes of the JVM, and a tokenizer for test sentences. */
final class TestGazetteer {
    private static final TextAnalyzer ANALYZER = new TextAnalyzer();
    private static Gazetteer gazetteer;

    private TestGazetteer() {}

    static synchronized Gazetteer get() {
        if (gazetteer == null) gazetteer = Gazetteer.load(Home.data("gazetteer"));
        return gazetteer;
    }

    /** The tokens of a text that is one sentence. */
    static List<Token> tokens(String language, String text) {
        var article = new Article("0000000000000000", null, null, null, language, null, null, text, "h", "test");
        var sentences = ANALYZER.analyze(article).sentences();
        assertEquals(1, sentences.size(), "one sentence expected: " + text);
        return sentences.getFirst().tokens();
    }

    /** Hits as "slug[first-last]", marked "+demonym" or "+place", for assertions a reader can check at a glance. */
    static List<String> hits(String language, String text) {
        return get().match(tokens(language, text)).stream()
                .map(h -> h.slug() + "[" + h.first() + "-" + h.last() + "]" + (h.demonym() ? "+demonym" : "") + (h.place() ? "+place" : ""))
                .toList();
    }
}
