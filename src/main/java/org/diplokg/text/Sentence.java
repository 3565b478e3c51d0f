package org.diplokg.text;

import java.util.List;

/**
 * One sentence of the article body.
 *
 * @param index  position in the article, from 0
 * @param start  char offset of its first character in the body
 * @param end    char offset just past its last character
 * @param text   the sentence as written ({@code body.substring(start, end)})
 * @param tokens its tokens, offsets into the body
 */
public record Sentence(int index, int start, int end, String text, List<Token> tokens) {
    public Sentence {
        tokens = List.copyOf(tokens);
    }

    /** The body text from the start of token {@code from} to the end of token {@code to}, inclusive. */
    public String span(int from, int to) {
        return text.substring(tokens.get(from).start() - start, tokens.get(to).end() - start);
    }
}
