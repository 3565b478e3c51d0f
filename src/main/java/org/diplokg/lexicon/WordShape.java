package org.diplokg.lexicon;

import org.diplokg.text.MatchKeys;
import org.diplokg.text.Token;

/**
 * What a match key forgets about a word but a name still needs. Arabic keys are stems: الأمريكي and الأمريكية,
 * بوتين and بوتان share one. So an Arabic word of the text fits a word of a name only when it is that word with
 * nothing but clitics before it (بالقاهرة, وللرئاسة), and it must carry the article when the name does (الخليل is
 * Hebron, the given name خليل is not). English keys are lower case; the shape keeps the case a name is written
 * in, so "US" does not match "us" nor "Burns" the verb.
 *
 * @param normalized the word with its letters folded ({@link MatchKeys#normalize}), Arabic only
 * @param core       as a name's word: {@code normalized} without a leading article; null for a word of the text
 * @param article    as a text word: whether it carries the article behind its proclitics
 */
record WordShape(boolean arabic, String normalized, String core, boolean article, Casing casing) {
    enum Casing { ANY, CAPITALIZED, UPPER }

    static WordShape of(String surface, ArabicArticle articles) {
        if (MatchKeys.isArabic(surface)) {
            String normalized = MatchKeys.normalize(surface);
            String core = articles.withoutArticle(normalized);
            return new WordShape(true, normalized, core, articles.hasArticle(normalized), Casing.ANY);
        }
        return new WordShape(false, null, null, false, casing(surface));
    }

    /**
     * The shape of a word of the text, whose folded letters come with the token. Only a name's word is read without
     * its article ({@link #fits}), so a text word's {@code core} is null: this runs at every word a name may start at.
     */
    static WordShape of(Token t, ArabicArticle articles) {
        if (MatchKeys.isArabic(t.surface())) return new WordShape(true, t.normalized(), null, articles.hasArticle(t.normalized()), Casing.ANY);
        return new WordShape(false, null, null, false, casing(t.surface()));
    }

    /** Whether the text word {@code text}, which has this name word's key, is this word. */
    boolean fits(WordShape text, ArabicArticle articles) {
        if (arabic) {
            boolean nameHasArticle = core.length() < normalized.length();
            if (nameHasArticle && !text.article) return false;
            String written = text.normalized;
            return written.endsWith(core) && articles.isCliticPrefix(written, written.length() - core.length());
        }
        return switch (casing) {
            case ANY -> true;
            case CAPITALIZED -> text.casing != Casing.ANY;
            case UPPER -> text.casing == Casing.UPPER;
        };
    }

    /** The case the word is written in, its possessive ending aside: "NATO's" is written in capitals as "NATO" is. */
    private static Casing casing(String written) {
        String word = MatchKeys.withoutPossessive(written);
        int letters = 0;
        boolean lower = false;
        int first = -1;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (!Character.isLetter(c)) continue;
            if (first < 0) first = i;
            letters++;
            lower |= Character.isLowerCase(c);
        }
        if (letters >= 2 && !lower) return Casing.UPPER;
        return first >= 0 && Character.isUpperCase(word.charAt(first)) ? Casing.CAPITALIZED : Casing.ANY;
    }
}
