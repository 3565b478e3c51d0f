package org.diplokg.text;

/**
 * One word, number or punctuation mark, with its place in the article body.
 *
 * @param index   position in the sentence, from 0
 * @param start   char offset in the body (Java chars; {@link Document#codePointOffset} converts)
 * @param end     char offset just past the token
 * @param surface the text as written
 * @param key     match key: folded letters, clitics and case peeled (see {@link MatchKeys})
 * @param kind    word, number or punctuation
 * @param number  the value when {@code kind} is NUMBER (Arabic-Indic digits read too), else null
 */
public record Token(int index, int start, int end, String surface, String key, Kind kind, Long number) {
    public enum Kind { WORD, NUMBER, PUNCT }

    public boolean isWord() { return kind == Kind.WORD; }

    public boolean isPunct() { return kind == Kind.PUNCT; }
}
