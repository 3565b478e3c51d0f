package org.diplokg.extract.time;

/**
 * Match keys for words: the Arabic letter variants that spelling leaves free are folded (hamza
 * forms of alef to bare alef, alef maqsura to yaa, taa marbuta to haa, Persian yaa and kaf to
 * Arabic ones), diacritics, tatweel and zero-width joiners are dropped, and case is lowered.
 * The same folding as Lucene's Arabic normalizer, done in place so that one sentence costs no
 * token stream.
 */
final class Folding {
    private static final char ALEF = '\u0627';
    private static final char YAA = '\u064A';
    private static final char HAA = '\u0647';
    private static final char KAF = '\u0643';

    private static final char TATWEEL = '\u0640';
    private static final char ASCII_END = '\u0080';

    private Folding() {}

    /** The letters from hamza to yaa (and tatweel among them): no case, no mark, no format char. */
    private static boolean isArabicLetter(char c) {
        return c >= '\u0621' && c <= '\u064A';
    }

    static String fold(CharSequence s) {
        char[] out = new char[s.length()];
        return new String(out, 0, fold(s, 0, s.length(), out, 0));
    }

    /** Folds chars {@code from} to {@code to} of {@code s} into {@code out} from {@code at}; the index past the last written. */
    static int fold(CharSequence s, int from, int to, char[] out, int at) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (isDropped(c)) continue;
            out[at++] = folded(c);
        }
        return at;
    }

    static boolean isDropped(char c) {
        if (c < ASCII_END || isArabicLetter(c)) return c == TATWEEL; // neither a mark nor a format char
        return (c >= '\u064B' && c <= '\u065F')   // harakat, tanween, shadda, sukun
                || c == '\u0670'                  // superscript alef
                || c == TATWEEL                    // tatweel
                || Character.getType(c) == Character.FORMAT; // ZWNJ, ZWJ, directional marks
    }

    static char folded(char c) {
        if (c < ASCII_END) return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        return switch (c) {
            case '\u0622', '\u0623', '\u0625', '\u0671' -> ALEF; // alef with madda, hamza above/below, wasla
            case '\u0649', '\u06CC' -> YAA;                      // alef maqsura, Farsi yeh
            case '\u0629' -> HAA;                                // taa marbuta
            case '\u06A9' -> KAF;                                // keheh
            default -> Character.toLowerCase(c);
        };
    }
}
