package org.diplokg.extract;

import java.util.List;
import java.util.regex.Pattern;
import org.diplokg.text.Token;

/**
 * The English genitive mark: written on the owner ("Sisi's", "Egypt’s") or split off by the tokenizer as a token of
 * its own, an apostrophe with or without the s ("the Emirates' capital"). It is orthography, like punctuation, so it
 * lives here rather than in a word list.
 */
final class Genitives {
    private static final Pattern MARK = Pattern.compile("['\u2019]s?");
    private static final Pattern ON_THE_WORD = Pattern.compile(".+['\u2019]s");

    private Genitives() {}

    /** Whether the token is the mark on its own. */
    static boolean isMark(String surface) {
        return MARK.matcher(surface).matches();
    }

    /** Whether the token at {@code index} closes a genitive: the mark alone, or a word with the mark on it ("Iran's"). */
    static boolean closesAt(List<Token> tokens, int index) {
        if (index < 0) return false;
        String surface = tokens.get(index).surface();
        return isMark(surface) || ON_THE_WORD.matcher(surface).matches();
    }

    /** The last token of an owner's genitive: the mark split off after the word at {@code last}, else that word. */
    static int end(List<Token> tokens, int last) {
        return last + 1 < tokens.size() && isMark(tokens.get(last + 1).surface()) ? last + 1 : last;
    }

    /** Whether the word ending at {@code last} owns the noun after it ("Sisi's remarks", "Israel's offensive"). */
    static boolean owns(List<Token> tokens, int last) {
        return ON_THE_WORD.matcher(tokens.get(last).surface()).matches()
                || last + 1 < tokens.size() && isMark(tokens.get(last + 1).surface());
    }
}
