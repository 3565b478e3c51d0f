package org.diplokg.graph;

import org.apache.jena.rdf.model.Model;
import org.diplokg.model.Extraction;

/** Maps one article's extraction to the quads of its named graph (DESIGN 2–4). */
public final class ArticleGraph {
    private ArticleGraph() {}

    /** The content of the article's named graph: metadata, actors, tenures, events, evidence. */
    public static Model map(Extraction extraction) {
        throw new UnsupportedOperationException("graph mapping: owned by the graph stage, not written yet");
    }
}
