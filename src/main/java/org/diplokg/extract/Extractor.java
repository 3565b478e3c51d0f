package org.diplokg.extract;

import org.diplokg.model.Article;
import org.diplokg.model.Extraction;

/** The extraction stage: one article in, its actors, tenures and events out. Thread-safe. */
public interface Extractor {
    Extraction extract(Article article);

    /** Changes whenever the rules or the language data change, so that re-ingest re-extracts. */
    String version();
}
