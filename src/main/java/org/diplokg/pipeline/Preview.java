package org.diplokg.pipeline;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.diplokg.extract.Extractor;
import org.diplokg.graph.ArticleGraph;
import org.diplokg.graph.Iris;
import org.diplokg.model.Extraction;
import org.diplokg.source.SourceResult;
import org.diplokg.source.Sources;
import org.diplokg.store.Outcome;

/** The graphs ingest would store, built in memory for inspection: nothing is written. */
public final class Preview {
    private Preview() {}

    /** The standard stages over files: one named graph per article; failures go to {@code failures}. */
    public static DatasetGraph of(List<Path> paths, Extractor extractor, Consumer<ArticleReport> failures) {
        return of(Sources.read(paths), extractor, ArticleGraph::map, failures);
    }

    public static DatasetGraph of(Stream<SourceResult> sources, Extractor extractor,
                                  Function<Extraction, Model> mapper, Consumer<ArticleReport> failures) {
        DatasetGraph result = DatasetGraphFactory.createGeneral();
        try (sources) {
            sources.forEach(source -> {
                if (!source.ok()) {
                    failures.accept(new ArticleReport(source.origin(), null, Outcome.FAILED, 0, source.error()));
                    return;
                }
                String id = source.article().id();
                try {
                    Model graph = mapper.apply(extractor.extract(source.article()));
                    result.addGraph(NodeFactory.createURI(Iris.articleGraph(id)), graph.getGraph());
                    graph.getNsPrefixMap().forEach(result.prefixes()::add);
                } catch (RuntimeException | StackOverflowError e) {
                    failures.accept(new ArticleReport(source.origin(), Iris.article(id), Outcome.FAILED, 0,
                            Ingest.oneLine(e)));
                }
            });
        }
        return result;
    }
}
