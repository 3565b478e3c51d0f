package org.diplokg.lexicon;

/**
 * A word that changes how a nearby trigger is read (data/lexicon/cues-*.tsv).
 *
 * @param kind   negation, irrealis, anterior, contrast, in-it, during, end, dual, anaphor, status, phase-unit
 * @param value  the status for kind "status", else null
 * @param window how many tokens after the cue it reaches; {@link #REST} for the rest of the sentence
 */
public record Cue(String kind, String value, int window) {
    public static final int REST = Integer.MAX_VALUE;

    public boolean reaches(int cueLast, int tokenIndex) {
        return tokenIndex > cueLast && (window == REST || tokenIndex - cueLast <= window);
    }
}
