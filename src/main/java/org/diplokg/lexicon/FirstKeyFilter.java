package org.diplokg.lexicon;

/**
 * A Bloom-like set of the keys a lexicon's phrases start with: one bit per key's hash in a small fixed array. Most
 * tokens begin no phrase of a given lexicon, and every lexicon asks at every token; a bit test here answers almost all
 * of them without the look-up in the lexicon's large map (whose buckets are seldom in cache). It never says no to a key
 * that was added, so a lexicon that asks it first finds exactly what it found before. Written while the lexicon is
 * loaded, read-only afterwards.
 */
final class FirstKeyFilter {
    /** 2^15 bits (4 KB): a tenth or fewer false positives for the few thousand first keys of the largest lexicon. */
    private static final int BITS = 1 << 15;

    private final long[] bits = new long[BITS / Long.SIZE];

    void add(String key) {
        int bit = bitOf(key);
        bits[bit >>> 6] |= 1L << bit;
    }

    /** False when no added key is {@code key}; true when one may be. */
    boolean mayContain(String key) {
        int bit = bitOf(key);
        return (bits[bit >>> 6] & 1L << bit) != 0;
    }

    /** The hash spread as {@link java.util.HashMap} spreads it, so that keys differing in high bits differ here too. */
    private static int bitOf(String key) {
        int h = key.hashCode();
        return (h ^ h >>> 16) & (BITS - 1);
    }
}
