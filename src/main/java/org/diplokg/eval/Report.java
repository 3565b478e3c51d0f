package org.diplokg.eval;

import java.util.List;
import java.util.function.Function;

/**
 * The evaluation of a corpus: every article's result, and the micro-averaged counts (tuples summed over
 * articles before scoring) per kind and per language.
 *
 * @param extractorVersion the version of the extractor evaluated
 * @param articles         the articles with gold, in path order
 */
public record Report(String extractorVersion, List<ArticleResult> articles) {
    /** The language name that stands for every language. */
    public static final String ALL = "all";

    public Report {
        articles = List.copyOf(articles);
    }

    /** The languages of the articles, sorted. */
    public List<String> languages() {
        return articles.stream().map(ArticleResult::language).distinct().sorted().toList();
    }

    /** The number of articles in {@code language} ({@link #ALL} for all). */
    public long articleCount(String language) {
        return articles.stream().filter(a -> in(a, language)).count();
    }

    /** The counts of one kind over the articles in {@code language} ({@link #ALL} for all). */
    public Counts counts(String language, Kind kind) {
        return sum(language, article -> article.counts(kind));
    }

    /** The counts of every kind together over the articles in {@code language} ({@link #ALL} for all). */
    public Counts overall(String language) {
        return sum(language, ArticleResult::overall);
    }

    private Counts sum(String language, Function<ArticleResult, Counts> counts) {
        return articles.stream().filter(a -> in(a, language)).map(counts).reduce(Counts.ZERO, Counts::plus);
    }

    private static boolean in(ArticleResult article, String language) {
        return language.equals(ALL) || article.language().equals(language);
    }
}
