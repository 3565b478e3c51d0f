package org.diplokg.extract;

import org.diplokg.model.Article;
import org.diplokg.model.Extraction;

/** Finds nothing: the article's graph then holds its metadata only. Lets ingest run before extraction exists. */
public final class NoopExtractor implements Extractor {
    public static final String VERSION = "noop";

    @Override
    public Extraction extract(Article article) {
        return Extraction.empty(article, VERSION);
    }

    @Override
    public String version() {
        return VERSION;
    }
}
