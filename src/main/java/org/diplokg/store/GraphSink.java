package org.diplokg.store;

import java.util.List;

/**
 * Where article graphs go: the local TDB2 dataset or a remote Graph Store. Writes may be buffered;
 * each call returns the results of the articles actually written by it, so a caller sees every
 * article's result exactly once, at the latest from {@link #flush()}.
 */
public interface GraphSink extends AutoCloseable {
    /** Whether the stored graph already holds this version of the article (same content hash and extractor). */
    boolean isCurrent(ArticleKey key);

    /** Queues the article's graph to replace its named graph as a whole. */
    List<StoreResult> put(ArticleEntry entry);

    /** Writes everything queued. */
    List<StoreResult> flush();

    /** Flushes nothing: call {@link #flush()} first; releases resources. */
    @Override
    void close();
}
