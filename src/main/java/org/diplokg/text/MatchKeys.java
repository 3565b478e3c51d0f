package org.diplokg.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ar.ArabicNormalizationFilter;
import org.apache.lucene.analysis.ar.ArabicStemFilter;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.diplokg.config.Home;

/**
 * Match keys for words: two spellings of one word get one key. Arabic goes through Lucene's Arabic
 * normalizer (alef/hamza forms, ى→ي, ة→ه, diacritics, tatweel) and light stemmer (ال، وال، بال، و and
 * plural/feminine suffixes), then through the spelling folds of {@code data/text}; English is case-folded
 * with possessives and abbreviation dots removed. Thread-safe.
 */
public final class MatchKeys {
    private static final int CACHE_LIMIT = 500_000;
    private static final int MIN_STEM = 3;
    /** What a conjunction may leave of a short word: two letters (وشن → شن). */
    private static final int MIN_SHORT_STEM = 2;

    private static final Analyzer STEMMING = arabicAnalyzer(true);
    private static final Analyzer NORMALIZING = arabicAnalyzer(false);
    private static final List<String> PROCLITICS = LineData.words(Home.data("text", "arabic-proclitics.tsv"));
    private static final List<String> CONJUNCTIONS = LineData.words(Home.data("text", "arabic-conjunctions.tsv"));
    private static final List<String> SUFFIXES = LineData.words(Home.data("text", "arabic-suffixes.tsv"));
    private static final List<String> INDEFINITE_ENDINGS = LineData.words(Home.data("text", "arabic-indefinite-endings.tsv"));
    private static final List<String> NISBA_ENDINGS = LineData.words(Home.data("text", "arabic-nisba-endings.tsv")).stream()
            .map(e -> analyze(NORMALIZING, e)).toList();
    private static final List<String> NOUN_ENDINGS = LineData.words(Home.data("text", "arabic-noun-endings.tsv"));
    private static final List<String> WEAK_LETTERS = LineData.words(Home.data("text", "arabic-weak-letters.tsv"));
    /** The bare Arabic article, the first form data/gazetteer/arabic-article.tsv lists. */
    private static final String DEFINITE_ARTICLE = LineData.words(Home.data("gazetteer", "arabic-article.tsv")).getFirst();
    private static final Map<String, String> FOLDS = LineData.rows(Home.data("text", "arabic-key-folds.tsv")).stream()
            .collect(Collectors.toUnmodifiableMap(r -> r[0], r -> r[1]));
    private static final Map<String, String> FINAL_FOLDS = LineData.rows(Home.data("text", "arabic-final-folds.tsv")).stream()
            .collect(Collectors.toUnmodifiableMap(r -> r[0], r -> r[1]));
    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();
    private static final Map<String, WordForms> FORMS = new ConcurrentHashMap<>();
    private static final Map<String, String> NORMALIZED = new ConcurrentHashMap<>();

    private MatchKeys() {}

    /** The key of one word in the given language ("ar" or anything else for Latin-script rules). */
    public static String key(String word, String language) {
        if (!isArabic(word)) return latinKey(word);
        String cached = CACHE.get(word);
        if (cached != null) return cached;
        String key = fold(analyze(STEMMING, word));
        if (CACHE.size() > CACHE_LIMIT) CACHE.clear();
        CACHE.put(word, key);
        return key;
    }

    /**
     * Extra keys to try when {@link #key} finds nothing: the word without a bare one-letter proclitic that the
     * light stemmer keeps (بغزة → غزة) or a conjunction on a three-letter word (وشن → شن), without pronoun suffixes (لقائهما → لقاء، موافقتها → موافقة) and, on a noun without the
     * article, without the alef of the indefinite accusative (اجتماعا → اجتماع). The key itself comes first.
     */
    public static List<String> variants(String word, String language) {
        return forms(word).keys();
    }

    /**
     * A word's letters folded ({@link #normalize}) and its keys ({@link #variants}), worked out together: the text
     * analyzer asks both of every token, so one cache look-up serves a token for the whole extraction.
     */
    public record WordForms(String normalized, List<String> keys) {}

    public static WordForms forms(String word) {
        if (!isArabic(word)) {
            String key = latinKey(word);
            return new WordForms(key, List.of(key));
        }
        WordForms cached = FORMS.get(word);
        if (cached != null) return cached;
        WordForms computed = new WordForms(normalize(word), computeVariants(word));
        if (FORMS.size() > CACHE_LIMIT) FORMS.clear();
        FORMS.put(word, computed);
        return computed;
    }

    private static List<String> computeVariants(String word) {
        var keys = new LinkedHashSet<String>();
        keys.add(key(word, "ar"));
        String normalized = normalize(word);
        for (String stripped : peel(normalized, PROCLITICS, true)) keys.add(fold(analyze(STEMMING, stripped)));
        if (normalized.length() == MIN_STEM) {
            for (String stripped : peel(normalized, CONJUNCTIONS, true, MIN_SHORT_STEM)) keys.add(fold(analyze(STEMMING, stripped)));
        }
        for (String stripped : peel(normalized, SUFFIXES, false)) {
            keys.add(fold(analyze(STEMMING, foldLastLetter(stripped))));
            keys.add(fold(analyze(STEMMING, stripped)));
        }
        if (!normalized.startsWith(DEFINITE_ARTICLE)) {
            for (String stripped : peel(normalized, INDEFINITE_ENDINGS, false)) keys.add(fold(analyze(STEMMING, stripped)));
        }
        return List.copyOf(keys);
    }


    /**
     * Whether {@code word} is a relational adjective of the noun {@code listed} that shares its key ("الحربي",
     * "الحربية" of "الحرب"): it ends in a nisba ending the listed word does not have.
     */
    public static boolean isNisbaOf(String word, String listed) {
        if (!isArabic(word)) return false;
        String surface = normalize(word), noun = normalize(listed);
        return endsInAnEndingTheOtherLacks(surface, noun);
    }

    /**
     * Whether {@code word} ends in a nisba ending that {@code other} does not end in. The word helpers here run at
     * many tokens of every sentence: plain loops, as a stream over a handful of endings costs more than the comparisons.
     */
    private static boolean endsInAnEndingTheOtherLacks(String word, String other) {
        for (String e : NISBA_ENDINGS) {
            if (word.endsWith(e) && !other.endsWith(e)) return true;
        }
        return false;
    }

    private static boolean endsWithAny(String word, List<String> endings) {
        for (String e : endings) {
            if (word.endsWith(e)) return true;
        }
        return false;
    }

    /**
     * "رسالة خطية" (a written letter), "دعوة رسمية": a noun written with the taa marbuta and a feminine relational
     * adjective agreeing with it, a noun phrase rather than a name.
     */
    public static boolean nounWithItsFeminineAdjective(String noun, String adjective) {
        if (!isArabic(noun) || !isArabic(adjective)) return false;
        String adjectiveNormalized = normalize(adjective);
        return endsInANounEnding(noun) && endsInANounEnding(adjective) && endsWithAny(adjectiveNormalized, NISBA_ENDINGS);
    }

    private static boolean endsInANounEnding(String word) {
        return endsWithAny(withoutDiacritics(word), NOUN_ENDINGS);
    }

    /**
     * Whether {@code word} is a noun that keys like the verb {@code listed} ("إضافة" addition, "أضاف" added): it ends
     * in a letter only nouns and adjectives end in, which the listed verb form does not. Read off the written letters,
     * as normalization folds the taa marbuta into the suffix ه.
     */
    public static boolean isNounOfVerb(String word, String listed) {
        if (!isArabic(word)) return false;
        String written = withoutDiacritics(word);
        for (String e : NOUN_ENDINGS) {
            if (written.endsWith(e) && !listed.endsWith(e)) return true;
        }
        return isNisbaOfVerb(word, listed);
    }

    /**
     * "اجتماعا وزاريا" (a ministerial meeting): a relational adjective keyed like the verb "زار" (visited). A verb that
     * ends in a strong letter takes no nisba ending, with or without the indefinite accusative ending after it.
     */
    private static boolean isNisbaOfVerb(String word, String listed) {
        if (endsWithAny(listed, WEAK_LETTERS)) return false;
        String surface = normalize(word);
        return endsInAnEndingTheOtherLacks(withoutIndefiniteEnding(surface), normalize(listed));
    }

    /**
     * The written letters without short-vowel marks and tatweel. Asked of trigger words of every sentence, which
     * seldom carry any: a scan that returns the word itself then, where a regular expression would copy it.
     */
    private static String withoutDiacritics(String word) {
        int first = 0;
        while (first < word.length() && !isDiacriticOrTatweel(word.charAt(first))) first++;
        if (first == word.length()) return word;
        var letters = new StringBuilder(word.length()).append(word, 0, first);
        for (int i = first + 1; i < word.length(); i++) {
            if (!isDiacriticOrTatweel(word.charAt(i))) letters.append(word.charAt(i));
        }
        return letters.toString();
    }

    private static boolean isDiacriticOrTatweel(char c) {
        return c >= '\u064B' && c <= '\u0652' || c == '\u0640';
    }

    /** The word without the first indefinite accusative ending it ends in, if any. */
    private static String withoutIndefiniteEnding(String word) {
        for (String e : INDEFINITE_ENDINGS) {
            if (word.endsWith(e)) return word.substring(0, word.length() - e.length());
        }
        return word;
    }

    /**
     * Letters folded (no stemming): a stable spelling for slugs and display comparisons. Rules ask it of the same
     * article words again and again, so Arabic words are remembered as their keys are.
     */
    public static String normalize(String word) {
        if (!isArabic(word)) return latinKey(word);
        String cached = NORMALIZED.get(word);
        if (cached != null) return cached;
        String normalized = analyze(NORMALIZING, word);
        if (NORMALIZED.size() > CACHE_LIMIT) NORMALIZED.clear();
        NORMALIZED.put(word, normalized);
        return normalized;
    }

    /**
     * An Arabic noun written with the alef of the indefinite accusative and without the article (اجتماعا، اتصالا): a
     * noun in the construct state never carries it, so such a noun governs no genitive.
     */
    public static boolean indefiniteAccusative(String word) {
        if (!isArabic(word)) return false;
        String normalized = normalize(word);
        if (normalized.startsWith(DEFINITE_ARTICLE)) return false;
        for (String e : INDEFINITE_ENDINGS) {
            if (normalized.endsWith(e) && normalized.length() - e.length() >= MIN_STEM) return true;
        }
        return false;
    }

    /** The bare Arabic article (ال), as a word of running text begins with it. */
    public static String definiteArticle() {
        return DEFINITE_ARTICLE;
    }

    public static boolean isArabic(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            // No Arabic letter lies below U+0600: Latin text skips the script lookup (a binary search per letter), and
            // so does a word that starts with one of the basic letters (hamza to yeh, tatweel aside), as most do.
            if (isBasicArabicLetter(c) || c >= '\u0600' && Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC) return true;
        }
        return false;
    }

    private static boolean isBasicArabicLetter(char c) {
        return c >= '\u0621' && c <= '\u064A' && c != '\u0640';
    }

    private static String latinKey(String word) {
        return withoutPossessive(word.toLowerCase(Locale.ROOT)).replace(".", "");
    }

    /** An English word without its possessive ending ("Egypt's", "allies'"), the typographic apostrophe read as the straight one. */
    public static String withoutPossessive(String word) {
        String straight = word.replace('\u2019', '\'');
        if (straight.endsWith("'s") || straight.endsWith("'S")) return straight.substring(0, straight.length() - 2);
        if (straight.endsWith("s'")) return straight.substring(0, straight.length() - 1);
        return straight;
    }

    private static List<String> peel(String word, List<String> affixes, boolean prefix) {
        return peel(word, affixes, prefix, MIN_STEM);
    }

    private static List<String> peel(String word, List<String> affixes, boolean prefix, int minStem) {
        var out = new ArrayList<String>();
        for (String affix : affixes) {
            boolean has = prefix ? word.startsWith(affix) : word.endsWith(affix);
            if (has && word.length() - affix.length() >= minStem) {
                out.add(prefix ? word.substring(affix.length()) : word.substring(0, word.length() - affix.length()));
            }
        }
        return out;
    }

    private static String foldLastLetter(String word) {
        String last = word.substring(word.length() - 1);
        String folded = FINAL_FOLDS.get(last);
        return folded == null ? word : word.substring(0, word.length() - 1) + folded;
    }

    private static String fold(String stem) {
        return FOLDS.getOrDefault(stem, stem);
    }

    private static String analyze(Analyzer analyzer, String word) {
        try (TokenStream stream = analyzer.tokenStream("", word)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            String out = stream.incrementToken() ? term.toString() : word;
            stream.end();
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Analyzer arabicAnalyzer(boolean stem) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = new KeywordTokenizer();
                TokenStream stream = new ArabicNormalizationFilter(source);
                if (stem) stream = new ArabicStemFilter(stream);
                return new TokenStreamComponents(source, stream);
            }
        };
    }
}
