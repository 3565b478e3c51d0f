package org.diplokg.extract;

import java.util.List;
import org.diplokg.text.Token;

/**
 * The English genitive mark: written on the owner ("Sisi's", "Egypt’s") or split off by the tokenizer as a token of
 * its own, an apostrophe with or without the s ("the Emirates' capital"). It is orthography, like punctuation, so it
 * lives here rather than in a word list.
 */
final class Genitives {
    private Genitives() {}

    /** Whether the token is the mark on its own: an apostrophe, with or without the s. */
    static boolean isMark(String surface) {
        // Asked of tokens around every phrase: char tests, where a regex would build a matcher each time.
        int length = surface.length();
        if (length == 0 || length > 2 || !isApostrophe(surface.charAt(0))) return false;
        return length == 1 || surface.charAt(1) == 's';
    }

    /** Whether the word ends with the mark and has at least one character before it ("Iran's"). */
    private static boolean onTheWord(String surface) {
        int length = surface.length();
        if (length < 3 || surface.charAt(length - 1) != 's' || !isApostrophe(surface.charAt(length - 2))) return false;
        for (int k = 0; k < length - 2; k++) if (isLineTerminator(surface.charAt(k))) return false;
        return true;
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019';
    }

    /** The characters a regex "." does not match. */
    private static boolean isLineTerminator(char c) {
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    /** Whether the token at {@code index} closes a genitive: the mark alone, or a word with the mark on it ("Iran's"). */
    static boolean closesAt(List<Token> tokens, int index) {
        if (index < 0) return false;
        String surface = tokens.get(index).surface();
        return isMark(surface) || onTheWord(surface);
    }

    /** The last token of an owner's genitive: the mark split off after the word at {@code last}, else that word. */
    static int end(List<Token> tokens, int last) {
        return last + 1 < tokens.size() && isMark(tokens.get(last + 1).surface()) ? last + 1 : last;
    }

    /** Whether the word ending at {@code last} owns the noun after it ("Sisi's remarks", "Israel's offensive"). */
    static boolean owns(List<Token> tokens, int last) {
        return onTheWord(tokens.get(last).surface())
                || last + 1 < tokens.size() && isMark(tokens.get(last + 1).surface());
    }
}
