package org.diplokg.extract.time;

/**
 * A way to read the tokens at one position as a lexicon entry.
 *
 * @param entry       the entry
 * @param length      how many tokens it covers
 * @param article     the first word carried the article
 * @param conjunction the first word had a glued و or ف
 */
record Reading(Entry entry, int length, boolean article, boolean conjunction) {
    Category category() {
        return entry.category();
    }

    int value() {
        return entry.value();
    }

    String code() {
        return entry.code();
    }
}
