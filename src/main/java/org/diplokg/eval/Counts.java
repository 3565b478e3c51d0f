package org.diplokg.eval;

/**
 * Matched, spurious and missing tuples, and the scores they give. With nothing output precision is 1 (nothing
 * false was claimed); with nothing to find recall is 1; so an article with neither scores 1, and one with only
 * gold or only output scores F1 0.
 *
 * @param tp output tuples that match a gold tuple
 * @param fp output tuples that match none (spurious)
 * @param fn gold tuples that no output tuple matches (missing)
 */
public record Counts(long tp, long fp, long fn) {
    public static final Counts ZERO = new Counts(0, 0, 0);

    public Counts plus(Counts other) {
        return new Counts(tp + other.tp, fp + other.fp, fn + other.fn);
    }

    public double precision() {
        return tp + fp == 0 ? 1.0 : (double) tp / (tp + fp);
    }

    public double recall() {
        return tp + fn == 0 ? 1.0 : (double) tp / (tp + fn);
    }

    public double f1() {
        double p = precision(), r = recall();
        return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }
}
