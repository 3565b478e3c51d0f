package org.diplokg.lexicon;

import java.nio.file.Path;
import java.util.List;
import org.diplokg.text.LineData;

/**
 * Tells whether a normalized Arabic word carries the definite article, behind any one-letter proclitics
 * (بالقاهرة، وللرئاسة). The article forms are language data (data/gazetteer/arabic-article.tsv), the proclitic
 * letters are the text stage's (data/text/arabic-proclitics.tsv).
 */
final class ArabicArticle {
    private static final int MAX_PROCLITICS = 2;
    private static final int MIN_STEM = 2;

    private final List<String> articles;
    private final String procliticLetters;

    ArabicArticle(Path articleFile, Path procliticsFile) {
        this.articles = LineData.words(articleFile);
        var letters = new StringBuilder();
        for (String proclitic : LineData.words(procliticsFile)) if (proclitic.length() == 1) letters.append(proclitic);
        this.procliticLetters = letters.toString();
    }

    boolean hasArticle(String normalized) {
        for (int skip = 0; skip <= MAX_PROCLITICS && skip < normalized.length(); skip++) {
            if (skip > 0 && procliticLetters.indexOf(normalized.charAt(skip - 1)) < 0) return false;
            for (String article : articles) {
                if (normalized.startsWith(article, skip) && normalized.length() - skip - article.length() >= MIN_STEM) return true;
            }
        }
        return false;
    }
}
