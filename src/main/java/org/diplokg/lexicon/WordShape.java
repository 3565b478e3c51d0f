package org.diplokg.lexicon;

import org.diplokg.text.MatchKeys;

/**
 * What a match key forgets about a word but a name still needs. Arabic keys are stems, so الأمريكي and الأمريكية
 * share one; the shape keeps the last letter (gender and number live there) and whether the word has the article
 * (الخليل is Hebron, خليل a given name). English keys are lower case; the shape keeps the case a name is written
 * in, so "US" does not match "us" nor "Burns" the verb.
 */
record WordShape(boolean arabic, char last, boolean article, Casing casing) {
    enum Casing { ANY, CAPITALIZED, UPPER }

    /** How well a word of the text fits a word of a name with the same key. */
    enum Fit { NONE, STEM, EXACT }

    static WordShape of(String surface, ArabicArticle articles) {
        if (MatchKeys.isArabic(surface)) {
            String normalized = MatchKeys.normalize(surface);
            return new WordShape(true, normalized.charAt(normalized.length() - 1), articles.hasArticle(normalized), Casing.ANY);
        }
        return new WordShape(false, ' ', false, casing(surface));
    }

    /** How the text word {@code text} fits this word of a name. */
    Fit fit(WordShape text) {
        if (arabic) {
            if (article && !text.article) return Fit.NONE;
            return last == text.last ? Fit.EXACT : Fit.STEM;
        }
        return switch (casing) {
            case ANY -> Fit.EXACT;
            case CAPITALIZED -> text.casing != Casing.ANY ? Fit.EXACT : Fit.NONE;
            case UPPER -> text.casing == Casing.UPPER ? Fit.EXACT : Fit.NONE;
        };
    }

    private static Casing casing(String word) {
        int letters = 0;
        boolean lower = false;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isLetter(c)) letters++;
            if (Character.isLowerCase(c)) lower = true;
        }
        if (letters >= 2 && !lower) return Casing.UPPER;
        int first = firstLetter(word);
        return first >= 0 && Character.isUpperCase(word.charAt(first)) ? Casing.CAPITALIZED : Casing.ANY;
    }

    private static int firstLetter(String word) {
        for (int i = 0; i < word.length(); i++) if (Character.isLetter(word.charAt(i))) return i;
        return -1;
    }
}
