package org.diplokg.extract.time;

/**
 * A word, a number or one sign of a sentence, with its match key.
 *
 * @param start        char offset in the text
 * @param end          char offset just past it
 * @param fold         match key: Arabic letter variants folded, marks dropped, lower case
 * @param type         what it is
 * @param number       the value of a NUMBER (ASCII, Arabic-Indic or Persian digits), else -1
 * @param glued        no space between it and the token before
 * @param capitalized  its first letter is upper case
 */
record Tok(int start, int end, String fold, Type type, long number, boolean glued, boolean capitalized) {
    enum Type { WORD, NUMBER, SIGN }

    int digits() {
        return end - start;
    }
}
