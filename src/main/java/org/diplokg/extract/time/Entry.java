package org.diplokg.extract.time;

import java.util.Set;

/**
 * One word or phrase of the time lexicon.
 *
 * @param category     what it is
 * @param rest         match keys of the phrase's words after the first
 * @param needsArticle written with the article: matches only a word that has it ("الأحد", not "أحد")
 * @param value        month, ISO weekday, number, day offset or, for a unit, its count when alone
 *                     (1 singular, 2 dual, 0 plural)
 * @param code         unit designator, direction, qualifier, connective role or language
 * @param flags        the flags column of its file
 */
record Entry(Category category, String[] rest, boolean needsArticle, int value, String code, Set<String> flags) {
    boolean has(String flag) {
        return flags.contains(flag);
    }
}
