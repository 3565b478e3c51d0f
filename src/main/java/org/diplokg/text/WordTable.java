package org.diplokg.text;

import java.util.List;

/**
 * The tokens' surfaces the analyzer has met, by their characters in the body: a word met again takes the surface
 * string, keys and folded letters it got before, without copying its letters out of the body, hashing a new string
 * and asking {@link MatchKeys} again. Every word of every article goes through here. One slot per hash, a newer
 * surface taking the slot of an older one; a slot holds an immutable entry, so threads share the table without locks.
 */
final class WordTable {
    private static final int SLOTS = 1 << 17;

    /** What a token with this surface carries besides its place, whatever its kind. */
    record Entry(String surface, String key, List<String> lookupKeys, String normalized, Token.Kind kind, int hash) {}

    private static final Entry[] TABLE = new Entry[SLOTS];

    private WordTable() {}

    /** The entry of the token of kind {@code kind} written at {@code body[start, end)}. */
    static Entry of(String body, int start, int end, Token.Kind kind) {
        int hash = 0;
        for (int i = start; i < end; i++) hash = 31 * hash + body.charAt(i);
        int slot = (hash ^ hash >>> 16) & (SLOTS - 1);
        Entry e = TABLE[slot];
        int length = end - start;
        if (e != null && e.hash == hash && e.kind == kind && e.surface.length() == length && body.startsWith(e.surface, start)) return e;
        e = entry(body.substring(start, end), kind, hash);
        TABLE[slot] = e;
        return e;
    }

    private static Entry entry(String surface, Token.Kind kind, int hash) {
        if (kind == Token.Kind.WORD) {
            MatchKeys.WordForms forms = MatchKeys.forms(surface);
            return new Entry(surface, forms.keys().getFirst(), forms.keys(), forms.normalized(), kind, hash);
        }
        return new Entry(surface, surface, List.of(surface), MatchKeys.normalize(surface), kind, hash);
    }
}
