package org.diplokg.store;

import java.util.Objects;

/**
 * Identifies an article's named graph and the version of what it holds: an article whose stored
 * content hash and extractor version equal these is unchanged and need not be extracted again.
 *
 * @param articleIri       the article's IRI, subject of its dip:contentHash and dip:extractorVersion
 * @param graphIri         the name of the article's graph
 * @param contentHash      the hash of the article's title and body
 * @param extractorVersion the version of the extractor that produced (or would produce) the graph
 */
public record ArticleKey(String articleIri, String graphIri, String contentHash, String extractorVersion) {
    public ArticleKey {
        Objects.requireNonNull(articleIri, "articleIri");
        Objects.requireNonNull(graphIri, "graphIri");
        Objects.requireNonNull(contentHash, "contentHash");
        Objects.requireNonNull(extractorVersion, "extractorVersion");
    }
}
