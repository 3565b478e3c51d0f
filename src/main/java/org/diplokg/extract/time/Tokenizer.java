package org.diplokg.extract.time;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into words, digit runs and single signs, and folds words to match keys. Letters and
 * digits glued together ("و12", "42-day", "10th") become separate tokens, so a conjunction glued to
 * a number or a suffix glued to a day can be read on its own.
 */
final class Tokenizer {
    private static final int MAX_DIGITS = 9;

    private Tokenizer() {}

    static List<Tok> tokenize(String text) {
        List<Tok> tokens = new ArrayList<>();
        int n = text.length();
        char[] keys = new char[n];
        int key = 0;
        int i = 0;
        boolean space = true;
        while (i < n) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                space = true;
                i++;
                continue;
            }
            int start = i;
            int keyFrom = key;
            if (Character.isDigit(c)) {
                while (i < n && Character.isDigit(text.charAt(i))) i++;
                key = copy(text, start, i, keys, key);
                tokens.add(new Tok(start, i, keys, keyFrom, key, Tok.Type.NUMBER, value(text, start, i), !space, false));
            } else if (isWordStart(c)) {
                while (i < n && isWordPart(text.charAt(i))) i++;
                key = Folding.fold(text, start, i, keys, key);
                tokens.add(new Tok(start, i, keys, keyFrom, key, Tok.Type.WORD, -1, !space, Character.isUpperCase(c)));
            } else {
                i++;
                keys[key++] = c;
                tokens.add(new Tok(start, i, keys, keyFrom, key, Tok.Type.SIGN, -1, !space, false));
            }
            space = false;
        }
        return tokens;
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static int copy(String text, int from, int to, char[] out, int at) {
        text.getChars(from, to, out, at);
        return at + to - from;
    }

    static boolean isWordStart(char c) {
        return Character.isLetter(c);
    }

    /** Letters, and the marks and joiners that sit inside Arabic words (diacritics, tatweel, ZWNJ). */
    static boolean isWordPart(char c) {
        if (Character.isLetter(c)) return true;
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK || type == Character.FORMAT;
    }

    private static long value(String text, int start, int end) {
        if (end - start > MAX_DIGITS) return -1;
        long v = 0;
        for (int i = start; i < end; i++) v = v * 10 + Character.digit(text.charAt(i), 10);
        return v;
    }
}
