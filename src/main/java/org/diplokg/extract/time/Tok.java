package org.diplokg.extract.time;

import java.util.Arrays;

/**
 * A word, a number or one sign of a sentence, with its match key. The keys of a sentence's tokens lie back to back in
 * one array, read in place: most words are looked up once and never need a string of their own.
 */
final class Tok {
    enum Type { WORD, NUMBER, SIGN }

    private final int start;
    private final int end;
    private final Type type;
    private final long number;
    private final boolean glued;
    private final boolean capitalized;
    private final char[] keys;
    private final int keyFrom;
    private final int keyTo;
    private String fold;

    /**
     * @param start        char offset in the text
     * @param end          char offset just past it
     * @param keys         holds the match key (Arabic letter variants folded, marks dropped, lower case) from
     *                     {@code keyFrom} to {@code keyTo}
     * @param type         what it is
     * @param number       the value of a NUMBER (ASCII, Arabic-Indic or Persian digits), else -1
     * @param glued        no space between it and the token before
     * @param capitalized  its first letter is upper case
     */
    Tok(int start, int end, char[] keys, int keyFrom, int keyTo, Type type, long number, boolean glued, boolean capitalized) {
        this.start = start;
        this.end = end;
        this.keys = keys;
        this.keyFrom = keyFrom;
        this.keyTo = keyTo;
        this.type = type;
        this.number = number;
        this.glued = glued;
        this.capitalized = capitalized;
    }

    int start() {
        return start;
    }

    int end() {
        return end;
    }

    Type type() {
        return type;
    }

    long number() {
        return number;
    }

    boolean glued() {
        return glued;
    }

    boolean capitalized() {
        return capitalized;
    }

    int digits() {
        return end - start;
    }

    /** The match key. */
    String fold() {
        String f = fold;
        if (f == null) fold = f = new String(keys, keyFrom, keyTo - keyFrom);
        return f;
    }

    int foldLength() {
        return keyTo - keyFrom;
    }

    char foldCharAt(int k) {
        return keys[keyFrom + k];
    }

    /** The match key's {@link String#hashCode}. */
    int foldHash() {
        int h = 0;
        for (int k = keyFrom; k < keyTo; k++) h = 31 * h + keys[k];
        return h;
    }

    boolean foldEquals(String s) {
        return s.length() == keyTo - keyFrom && foldStartsWith(s, 0);
    }

    boolean foldEquals(char[] s) {
        return Arrays.equals(keys, keyFrom, keyTo, s, 0, s.length);
    }

    /** As {@code fold().startsWith(prefix, from)}. */
    boolean foldStartsWith(String prefix, int from) {
        if (from < 0 || prefix.length() > keyTo - keyFrom - from) return false;
        int at = keyFrom + from;
        for (int k = 0; k < prefix.length(); k++) {
            if (keys[at + k] != prefix.charAt(k)) return false;
        }
        return true;
    }

    boolean foldEndsWith(String suffix) {
        return foldStartsWith(suffix, keyTo - keyFrom - suffix.length());
    }
}
