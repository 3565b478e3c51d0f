package org.diplokg.text;

import java.util.List;
import java.util.Set;

/**
 * One word, number or punctuation mark, with its place in the article body.
 *
 * @param index      position in the sentence, from 0
 * @param start      char offset in the body (Java chars; {@link Document#codePointOffset} converts)
 * @param end        char offset just past the token
 * @param surface    the text as written
 * @param key        match key: folded letters, clitics and case peeled (see {@link MatchKeys})
 * @param kind       word, number or punctuation
 * @param number     the value when {@code kind} is NUMBER (Arabic-Indic digits read too), else null
 * @param lookupKeys the keys a phrase may start with here: {@code key} first, then, for an Arabic word, the
 *                   clitic-peeled {@link MatchKeys#variants}. Every lexicon looks each token up several times, so
 *                   they are worked out once, with the token.
 * @param normalized the surface with its letters folded ({@link MatchKeys#normalize}): lexicons ask it of the same
 *                   token again and again, so it too is worked out once
 */
public record Token(int index, int start, int end, String surface, String key, Kind kind, Long number, List<String> lookupKeys,
                    String normalized) {
    public enum Kind { WORD, NUMBER, PUNCT }

    private static final Set<String> QUOTATION_MARKS = Set.of("\"", "«", "»", "\u201C", "\u201D");

    public Token {
        lookupKeys = List.copyOf(lookupKeys);
    }

    /** A token whose folded letters follow from its surface. */
    public Token(int index, int start, int end, String surface, String key, Kind kind, Long number, List<String> lookupKeys) {
        this(index, start, end, surface, key, kind, number, lookupKeys, MatchKeys.normalize(surface));
    }

    /** A token whose lookup keys and folded letters follow from its surface and key. */
    public Token(int index, int start, int end, String surface, String key, Kind kind, Long number) {
        this(index, start, end, surface, key, kind, number, lookupKeysOf(surface, key, kind));
    }

    public boolean isWord() { return kind == Kind.WORD; }

    public boolean isPunct() { return kind == Kind.PUNCT; }

    public boolean isQuotationMark() { return isPunct() && QUOTATION_MARKS.contains(surface); }

    /** A Latin word, a number or a mark has no variants beyond its key. */
    private static List<String> lookupKeysOf(String surface, String key, Kind kind) {
        return kind == Kind.WORD && MatchKeys.isArabic(surface) ? MatchKeys.variants(surface, "") : List.of(key);
    }
}
