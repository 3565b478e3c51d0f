package org.diplokg.store;

import java.util.Objects;
import org.apache.jena.graph.Graph;

/**
 * One article's graph, ready to be stored: it replaces whatever the named graph held before.
 *
 * @param origin     where the article was read from, for reports
 * @param key        which article and graph, and the version of its content
 * @param graph      the content of the article's named graph
 */
public record ArticleEntry(String origin, ArticleKey key, Graph graph) {
    public ArticleEntry {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(graph, "graph");
    }
}
