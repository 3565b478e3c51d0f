package org.diplokg.lexicon;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.diplokg.text.MatchKeys;
import org.diplokg.text.TextAnalyzer;
import org.diplokg.text.Token;

/**
 * Finds listed phrases in a token sequence by their match keys, longest first. A phrase is written as plain
 * text in the data files and keyed with the same {@link MatchKeys} as the article, so every clitic and spelling
 * variant the keys fold is matched without being listed. The first word is also tried through
 * {@link MatchKeys#variants} (بغزة, لقائهما).
 */
public final class PhraseIndex<T> {
    /** A phrase found at tokens {@code first..last} (inclusive). */
    public record Hit<T>(int first, int last, T value) {}

    private final Map<String, List<Entry<T>>> byFirstKey = new HashMap<>();
    /** The keys of {@link #byFirstKey}, asked first: most tokens start no phrase of this index. */
    private final FirstKeyFilter firstKeys = new FirstKeyFilter(FirstKeyFilter.PHRASE_LEXICON_BITS);
    private int longest = 1;

    /** @param spelling the first word as listed, letters folded: it breaks ties between phrases of one key */
    private record Entry<T>(String[] keys, T value, String spelling) {
        /** The token (letters folded) ends with this phrase's first word as spelled (والاتفاقية with اتفاقية, not اتفاق). */
        boolean spelledAs(String folded) {
            return folded.endsWith(spelling);
        }
    }

    /** Adds a phrase; its words are split and keyed like article text in that language. */
    public void add(String phrase, String language, T value) {
        String[] keys = keysOf(phrase, language);
        if (keys.length == 0) return;
        String spelling = MatchKeys.normalize(phrase.strip().split("\\s+")[0]);
        byFirstKey.computeIfAbsent(keys[0], k -> new ArrayList<>()).add(new Entry<>(keys, value, spelling));
        firstKeys.add(keys[0]);
        longest = Math.max(longest, keys.length);
    }

    /** Left-to-right, longest non-overlapping matches. */
    public List<Hit<T>> find(List<Token> tokens) {
        return leftToRight(tokens.size(), i -> longestAt(tokens, i), Hit::last);
    }

    /**
     * Longest non-overlapping matches, left to right: at each position the match {@code at} finds there (null for
     * none), then on after its last token. Shared by every matcher over tokens.
     */
    static <H> List<H> leftToRight(int size, java.util.function.IntFunction<H> at, java.util.function.ToIntFunction<H> last) {
        var hits = new ArrayList<H>();
        for (int i = 0; i < size; ) {
            H hit = at.apply(i);
            if (hit == null) {
                i++;
            } else {
                hits.add(hit);
                i = last.applyAsInt(hit) + 1;
            }
        }
        return hits;
    }

    /**
     * The longest phrase starting at token {@code i} under any of the first word's keys, or null; of phrases as long,
     * the first listed, unless a later one is spelled as the token is.
     */
    public Hit<T> longestAt(List<Token> tokens, int i) {
        Token first = tokens.get(i);
        if (first.isPunct()) return null;
        Entry<T> best = null;
        String folded = null;
        // Indexed loops, not iterators: this runs for every token of every sentence, once per lexicon.
        List<String> keys = first.lookupKeys();
        for (int k = 0; k < keys.size(); k++) {
            if (!firstKeys.mayContain(keys.get(k))) continue;
            List<Entry<T>> entries = byFirstKey.get(keys.get(k));
            if (entries == null) continue;
            for (int n = 0; n < entries.size(); n++) {
                Entry<T> e = entries.get(n);
                if (!matchesRest(tokens, i, e.keys())) continue;
                if (best == null || e.keys().length > best.keys().length) {
                    best = e;
                } else if (e.keys().length == best.keys().length) {
                    if (folded == null) folded = MatchKeys.normalize(first.surface());
                    // "الأمير" is the honorific entry spelled with the article, not the post "أمير" that it also ends with.
                    if (e.spelledAs(folded) && (!best.spelledAs(folded) || e.spelling().length() > best.spelling().length())) best = e;
                }
            }
        }
        return best == null ? null : new Hit<>(i, i + best.keys().length - 1, best.value());
    }

    public boolean isEmpty() { return byFirstKey.isEmpty(); }

    /**
     * The token is, letter for letter, the first word of a listed phrase: "وزير" is the title itself, though the
     * light stemmer keys it like "زير" as if its first letter were the conjunction.
     */
    public boolean spellsFirstWord(Token t) {
        String folded = MatchKeys.normalize(t.surface());
        return byFirstKey.getOrDefault(t.key(), List.of()).stream().anyMatch(e -> e.spelling().equals(folded));
    }

    private static boolean matchesRest(List<Token> tokens, int i, String[] keys) {
        if (i + keys.length > tokens.size()) return false;
        for (int k = 1; k < keys.length; k++) {
            if (!tokens.get(i + k).key().equals(keys[k])) return false;
        }
        return true;
    }

    static String[] keysOf(String phrase, String language) {
        var article = new org.diplokg.model.Article("phrase", null, null, null, language, null, null, phrase, "", "lexicon");
        return new TextAnalyzer().analyze(article).sentences().stream()
                .flatMap(s -> s.tokens().stream())
                .map(Token::key)
                .toArray(String[]::new);
    }
}
