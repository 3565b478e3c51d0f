package org.diplokg.source;

import org.diplokg.model.Article;

/**
 * One article read from a source, or the reason it could not be read.
 *
 * @param origin  file path, or path#line for JSON Lines, or path#item for feeds
 * @param article the article, or null when {@code error} is set
 * @param error   one-line reason, or null
 */
public record SourceResult(String origin, Article article, String error) {
    public boolean ok() { return article != null; }
}
