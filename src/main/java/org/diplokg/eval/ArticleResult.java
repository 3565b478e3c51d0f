package org.diplokg.eval;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * How one article's output compares with its gold.
 *
 * @param article    the article file, relative to the evaluated directory
 * @param gold       its gold file, likewise
 * @param language   the article's language
 * @param error      why extraction failed (its output then counts as empty), or null
 * @param alignments the pairing of gold and output tuples, per kind
 */
public record ArticleResult(String article, String gold, String language, String error,
                            Map<Kind, Alignment> alignments) {
    public ArticleResult {
        alignments = Collections.unmodifiableMap(new EnumMap<>(alignments));
    }

    public Counts counts(Kind kind) {
        Alignment alignment = alignments.get(kind);
        return alignment == null ? Counts.ZERO : alignment.counts();
    }

    /** The counts of every kind together. */
    public Counts overall() {
        Counts sum = Counts.ZERO;
        for (Kind kind : Kind.values()) sum = sum.plus(counts(kind));
        return sum;
    }
}
