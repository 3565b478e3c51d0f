package org.diplokg.lexicon;

import java.nio.file.Path;
import java.util.List;
import org.diplokg.text.LineData;

/**
 * The Arabic definite article and the one-letter proclitics that may stand before it (بالقاهرة، وللرئاسة). The
 * article forms are language data (data/gazetteer/arabic-article.tsv), the proclitic letters the text stage's
 * (data/text/arabic-proclitics.tsv). All strings here are normalized ({@code MatchKeys.normalize}).
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

    /** Whether a word of running text carries the article, behind up to two proclitic letters. */
    boolean hasArticle(String word) {
        for (int skip = 0; skip <= MAX_PROCLITICS && skip < word.length(); skip++) {
            if (skip > 0 && procliticLetters.indexOf(word.charAt(skip - 1)) < 0) return false;
            if (articleAt(word, skip) != null) return true;
        }
        return false;
    }

    /**
     * Whether a word carries the article behind a proclitic letter (بالقاهرة) or fused with one (للصحفيين, the
     * second form of arabic-article.tsv): never part of a person's name. The file's first form is the bare article.
     */
    boolean hasCliticBeforeArticle(String word) {
        return hasArticle(word) && !word.startsWith(articles.getFirst());
    }

    /** A name's word without its leading article (القاهرة → قاهرة); a name's own first letters are never clitics. */
    String withoutArticle(String nameWord) {
        String article = articleAt(nameWord, 0);
        return article == null ? nameWord : nameWord.substring(article.length());
    }

    /**
     * A name's word as written behind a proclitic: joined (بالقاهرة), or, where the proclitic fuses with the article
     * (ل + ال → لل), in the fused form, whose lam then also stands for a noun's own first lam (اللجنة → للجنة).
     */
    String withProclitic(String proclitic, String nameWord) {
        String bare = articles.getFirst();
        String fused = proclitic + bare.substring(1);
        if (!nameWord.startsWith(bare) || !articles.contains(fused)) return proclitic + nameWord;
        String stem = nameWord.substring(bare.length());
        return stem.startsWith(fused.substring(fused.length() - 1)) ? proclitic + stem : fused + stem;
    }

    /** Whether {@code prefix} is only clitics: up to two proclitic letters, then optionally the article. */
    boolean isCliticPrefix(String prefix) {
        for (int skip = 0; skip <= MAX_PROCLITICS && skip <= prefix.length(); skip++) {
            if (skip > 0 && procliticLetters.indexOf(prefix.charAt(skip - 1)) < 0) return false;
            String rest = prefix.substring(skip);
            if (rest.isEmpty() || articles.contains(rest)) return true;
        }
        return false;
    }

    private String articleAt(String word, int offset) {
        for (String article : articles) {
            if (word.startsWith(article, offset) && word.length() - offset - article.length() >= MIN_STEM) return article;
        }
        return null;
    }
}
