package org.diplokg.lexicon;

import java.util.ArrayList;
import java.util.Arrays;
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
 * {@link MatchKeys#variants} (بغزة, لقائهما). A phrase may hold one {@value #GAP}, which stands for up to
 * {@value #GAP_WORDS} words or quotation marks: Arabic puts a noun's adjectives between it and its complement
 * ("وقف … لإطلاق النار" is وقف فوري ودائم لإطلاق النار, وقفا "كاملا وشاملا" لإطلاق النار), too many to list each.
 */
public final class PhraseIndex<T> {
    /** A phrase found at tokens {@code first..last} (inclusive). */
    public record Hit<T>(int first, int last, T value) {}

    private final Map<String, List<Entry<T>>> byFirstKey = new HashMap<>();
    /** Whether a token matches a phrase only when it is written with the phrase's first word (see {@link #spelledOut}). */
    private final boolean spelledOut;
    /** The keys of {@link #byFirstKey}, asked first: most tokens start no phrase of this index. */
    private final FirstKeyFilter firstKeys = new FirstKeyFilter(FirstKeyFilter.PHRASE_LEXICON_BITS);
    static final String GAP = "…";
    private static final int GAP_WORDS = 4;

    /**
     * @param gap      how many of the keys come before the phrase's gap, or -1 for a phrase without one
     * @param spelling the first word as listed, letters folded: it breaks ties between phrases of one key
     */
    private record Entry<T>(String[] keys, int gap, T value, String spelling) {
        /** The token (letters folded) ends with this phrase's first word as spelled (والاتفاقية with اتفاقية, not اتفاق). */
        boolean spelledAs(String folded) {
            return folded.endsWith(spelling);
        }
    }

    public PhraseIndex() { this(false); }

    private PhraseIndex(boolean spelledOut) { this.spelledOut = spelledOut; }

    /**
     * An index whose phrases match only tokens written with their first word, clitics aside: a preposition that
     * carries its own clitic (بالوساطة "through the mediation", برعاية "under the auspices") is keyed like the bare
     * noun (الوساطة، رعاية), which is no preposition but may be an event's own noun (قادت قطر الوساطة بين…).
     */
    public static <T> PhraseIndex<T> spelledOut() { return new PhraseIndex<>(true); }

    /** Adds a phrase; its words are split and keyed like article text in that language. */
    public void add(String phrase, String language, T value) {
        int gapAt = phrase.indexOf(GAP);
        String[] before = keysOf(gapAt < 0 ? phrase : phrase.substring(0, gapAt), language);
        if (before.length == 0) return;
        String[] keys = gapAt < 0 ? before : concat(before, keysOf(phrase.substring(gapAt + GAP.length()), language));
        String spelling = MatchKeys.normalize(phrase.strip().split("\\s+")[0]);
        byFirstKey.computeIfAbsent(keys[0], k -> new ArrayList<>()).add(new Entry<>(keys, gapAt < 0 ? -1 : before.length, value, spelling));
        firstKeys.add(keys[0]);
    }

    private static String[] concat(String[] a, String[] b) {
        String[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
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
        int bestLast = -1;
        String folded = first.normalized();
        // Indexed loops, not iterators: this runs for every token of every sentence, once per lexicon.
        List<String> keys = first.lookupKeys();
        for (int k = 0; k < keys.size(); k++) {
            if (!firstKeys.mayContain(keys.get(k))) continue;
            List<Entry<T>> entries = byFirstKey.get(keys.get(k));
            if (entries == null) continue;
            for (int n = 0; n < entries.size(); n++) {
                Entry<T> e = entries.get(n);
                int last = lastMatched(tokens, i, e);
                if (last < 0) continue;
                if (spelledOut && !folded.contains(e.spelling())) continue;
                if (best == null || last > bestLast) {
                    best = e;
                    bestLast = last;
                } else if (last == bestLast) {
                    // "الأمير" is the honorific entry spelled with the article, not the post "أمير" that it also ends with.
                    if (e.spelledAs(folded) && (!best.spelledAs(folded) || e.spelling().length() > best.spelling().length())) best = e;
                }
            }
        }
        return best == null ? null : new Hit<>(i, bestLast, best.value());
    }

    public boolean isEmpty() { return byFirstKey.isEmpty(); }

    /**
     * The token is, letter for letter, the first word of a listed phrase: "وزير" is the title itself, though the
     * light stemmer keys it like "زير" as if its first letter were the conjunction.
     */
    public boolean spellsFirstWord(Token t) {
        // A loop, not a stream: this runs at many tokens of every sentence.
        for (Entry<T> e : byFirstKey.getOrDefault(t.key(), List.of())) {
            if (e.spelling().equals(t.normalized())) return true;
        }
        return false;
    }

    /** The last token of the entry's match at token {@code i} (whose first key matched), or -1. */
    private static int lastMatched(List<Token> tokens, int i, Entry<?> e) {
        String[] keys = e.keys();
        if (e.gap() < 0) return matches(tokens, i, keys, 1, keys.length) ? i + keys.length - 1 : -1;
        if (!matches(tokens, i, keys, 1, e.gap())) return -1;
        int gapStart = i + e.gap();
        for (int filled = 1; filled <= GAP_WORDS && gapStart + filled <= tokens.size(); filled++) {
            Token filler = tokens.get(gapStart + filled - 1);
            if (filler.isPunct() && !filler.isQuotationMark()) return -1;
            int after = gapStart + filled - e.gap();
            if (matches(tokens, after, keys, e.gap(), keys.length)) return after + keys.length - 1;
        }
        return -1;
    }

    /** Whether keys {@code from..to-1} match the tokens from {@code i + from} on. */
    private static boolean matches(List<Token> tokens, int i, String[] keys, int from, int to) {
        if (i + to > tokens.size()) return false;
        for (int k = from; k < to; k++) {
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
