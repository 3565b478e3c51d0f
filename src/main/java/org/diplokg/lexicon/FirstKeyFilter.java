package org.diplokg.lexicon;

/**
 * A Bloom-like set of the keys a lexicon's phrases start with: one bit per key's hash in a small fixed array. Most
 * tokens begin no phrase of a given lexicon, and every lexicon asks at every token; a bit test here answers almost all
 * of them without the look-up in the lexicon's large map (whose buckets are seldom in cache). It never says no to a key
 * that was added, so a lexicon that asks it first finds exactly what it found before. Written while the lexicon is
 * loaded, read-only afterwards.
 */
final class FirstKeyFilter {
    /** 2^15 bits (4 KB): a tenth or fewer false positives for the few thousand first keys of a phrase lexicon. */
    static final int PHRASE_LEXICON_BITS = 1 << 15;

    private final long[] bits;
    private final int mask;

    /** @param size how many bits, a power of two: about twenty per key keeps false positives near one in twenty */
    FirstKeyFilter(int size) {
        if (Integer.bitCount(size) != 1 || size < Long.SIZE) throw new IllegalArgumentException("not a power of two ≥ 64: " + size);
        this.bits = new long[size / Long.SIZE];
        this.mask = size - 1;
    }

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
    private int bitOf(String key) {
        int h = key.hashCode();
        return (h ^ h >>> 16) & mask;
    }
}
