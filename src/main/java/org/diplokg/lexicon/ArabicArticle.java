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

    /**
     * Whether the first {@code end} letters of {@code word} are only clitics: up to two proclitic letters, then
     * optionally the article. Read in place, as this runs for every word of a name the text may hold.
     */
    boolean isCliticPrefix(String word, int end) {
        for (int skip = 0; skip <= MAX_PROCLITICS && skip <= end; skip++) {
            if (skip > 0 && procliticLetters.indexOf(word.charAt(skip - 1)) < 0) return false;
            if (skip == end || isArticle(word, skip, end)) return true;
        }
        return false;
    }

    /** Whether letters {@code from..end-1} of the word are one of the article's forms. */
    private boolean isArticle(String word, int from, int end) {
        for (int a = 0; a < articles.size(); a++) {
            String article = articles.get(a);
            if (article.length() == end - from && word.startsWith(article, from)) return true;
        }
        return false;
    }

    private String articleAt(String word, int offset) {
        for (int a = 0; a < articles.size(); a++) {
            String article = articles.get(a);
            if (word.startsWith(article, offset) && word.length() - offset - article.length() >= MIN_STEM) return article;
        }
        return null;
    }
}
