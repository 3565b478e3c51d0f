package org.diplokg.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ar.ArabicNormalizationFilter;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.diplokg.config.Home;
import org.diplokg.text.LineData;

/**
 * The comparison key of a name (DESIGN 6): two spellings of one name get one key when they differ only in case,
 * diacritics, Arabic letter variants (أ/إ/آ → ا, ى → ي, ة → ه), tatweel, a leading definite article on any of
 * its words ({@code data/eval/name-articles.tsv}), punctuation, hyphens or spacing. Deliberately no stemming and
 * nothing of the extractor's own matching, so that the scorer's notion of "the same name" stays fixed while the
 * extractor changes. Thread-safe.
 */
public final class NameKey {
    private static final Analyzer ARABIC_LETTERS = arabicNormalizer();
    private static final List<String> JOINED_ARTICLES = new ArrayList<>();
    private static final List<String> SEPARATE_ARTICLES = new ArrayList<>();

    static {
        for (String[] row : LineData.rows(Home.data("eval", "name-articles.tsv"))) {
            String article = letters(row[0]);
            switch (row.length > 1 ? row[1] : "") {
                case "joined" -> JOINED_ARTICLES.add(article);
                case "separate" -> SEPARATE_ARTICLES.add(article);
                default -> throw new IllegalStateException(
                        "data/eval/name-articles.tsv: '" + row[0] + "' needs a second column, joined or separate");
            }
        }
    }

    private NameKey() {}

    /** The key of {@code name}; empty when the name has no letter or digit. */
    public static String of(String name) {
        List<String> words = words(letters(name));
        StringBuilder key = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            boolean followed = i + 1 < words.size();
            if (followed && SEPARATE_ARTICLES.contains(word)) continue;
            key.append(withoutJoinedArticle(word));
        }
        return key.toString();
    }

    /** Lower case, no combining marks (Latin accents, Arabic harakat, the hamza and madda of alef), Arabic letters folded. */
    private static String letters(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        StringBuilder out = new StringBuilder(decomposed.length());
        decomposed.codePoints()
                .filter(cp -> Character.getType(cp) != Character.NON_SPACING_MARK)
                .forEach(out::appendCodePoint);
        String folded = out.toString().toLowerCase(Locale.ROOT);
        return hasArabic(folded) ? arabicLetters(folded) : folded;
    }

    /** The runs of letters and digits; everything else (spaces, hyphens, punctuation) only separates words. */
    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        text.codePoints().forEach(cp -> {
            if (Character.isLetterOrDigit(cp)) {
                word.appendCodePoint(cp);
            } else if (!word.isEmpty()) {
                words.add(word.toString());
                word.setLength(0);
            }
        });
        if (!word.isEmpty()) words.add(word.toString());
        return words;
    }

    /** A word without a joined article, when at least two letters remain (so a short word is never emptied). */
    private static String withoutJoinedArticle(String word) {
        for (String article : JOINED_ARTICLES) {
            if (word.startsWith(article) && word.codePointCount(0, word.length()) - article.codePointCount(0, article.length()) >= 2) {
                return word.substring(article.length());
            }
        }
        return word;
    }

    private static boolean hasArabic(String text) {
        return text.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.ARABIC);
    }

    /** Lucene's Arabic normalization: alef forms, ى → ي, ة → ه, tatweel and harakat. */
    private static String arabicLetters(String text) {
        try (TokenStream stream = ARABIC_LETTERS.tokenStream("", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            String out = stream.incrementToken() ? term.toString() : text;
            stream.end();
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Analyzer arabicNormalizer() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = new KeywordTokenizer();
                return new TokenStreamComponents(source, new ArabicNormalizationFilter(source));
            }
        };
    }
}
