package org.diplokg.model;

/**
 * Where in the article a fact is stated.
 *
 * @param sentence   index of the sentence in the article body, from 0
 * @param start      code-point offset of the first character of the quoted span in the body
 * @param end        code-point offset just past the quoted span
 * @param quote      the quoted span, exactly as in the body
 * @param confidence in [0,1]: how the fact was found (gazetteer hit, pattern, discourse link), not a constant
 * @param method     short name of the rule that found it ("gazetteer", "title-pattern", "trigger:meet", …)
 */
public record Evidence(int sentence, int start, int end, String quote, double confidence, String method) {
    public Evidence {
        if (start < 0 || end < start) throw new IllegalArgumentException("bad span " + start + ".." + end);
        if (confidence < 0 || confidence > 1) throw new IllegalArgumentException("confidence " + confidence);
    }
}
