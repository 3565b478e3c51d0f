package org.diplokg.store;

/**
 * The result of storing one article's graph.
 *
 * @param entry   the article
 * @param outcome added, replaced or failed
 * @param quads   the number of quads written
 * @param error   one-line reason when it failed, else null
 */
public record StoreResult(ArticleEntry entry, Outcome outcome, long quads, String error) {
    public static StoreResult failed(ArticleEntry entry, String error) {
        return new StoreResult(entry, Outcome.FAILED, 0, error);
    }
}
