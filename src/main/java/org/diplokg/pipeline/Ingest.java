package org.diplokg.pipeline;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Model;
import org.diplokg.extract.Extractor;
import org.diplokg.graph.ArticleGraph;
import org.diplokg.graph.Iris;
import org.diplokg.model.Article;
import org.diplokg.model.Extraction;
import org.diplokg.source.SourceResult;
import org.diplokg.source.Sources;
import org.diplokg.store.ArticleEntry;
import org.diplokg.store.ArticleKey;
import org.diplokg.store.GraphSink;
import org.diplokg.store.Outcome;
import org.diplokg.store.StoreResult;

/**
 * The ingest pipeline: articles from the sources are extracted, mapped to their graphs and handed to a
 * sink, one at a time, so memory stays flat however many come. An article that cannot be read,
 * extracted, mapped or stored is reported and skipped; nothing of it is written, and the run goes on.
 * An article whose stored graph has the same content hash and extractor version is skipped before
 * extraction.
 */
public final class Ingest {
    private final Extractor extractor;
    private final Function<Extraction, Model> mapper;
    private final GraphSink sink;
    private final Consumer<ArticleReport> listener;
    private long read, added, replaced, skipped, failed, quads;

    /**
     * @param extractor the extraction stage
     * @param mapper    the graph mapping stage: an extraction to the content of the article's named graph
     * @param sink      where the graphs go
     * @param listener  told about every article as soon as its outcome is known (progress)
     */
    public Ingest(Extractor extractor, Function<Extraction, Model> mapper, GraphSink sink,
                  Consumer<ArticleReport> listener) {
        this.extractor = Objects.requireNonNull(extractor);
        this.mapper = Objects.requireNonNull(mapper);
        this.sink = Objects.requireNonNull(sink);
        this.listener = Objects.requireNonNull(listener);
    }

    /** The standard pipeline: the source readers and the ontology mapping, into {@code sink}. */
    public static IngestSummary run(List<Path> paths, Extractor extractor, GraphSink sink,
                                    Consumer<ArticleReport> listener) {
        return new Ingest(extractor, ArticleGraph::map, sink, listener).run(Sources.read(paths));
    }

    /** Consumes the sources (and closes the stream); returns the counts once everything is written. */
    public IngestSummary run(Stream<SourceResult> sources) {
        try (sources) {
            sources.forEach(this::ingest);
        }
        sink.flush().forEach(this::stored);
        return new IngestSummary(read, added, replaced, skipped, failed, quads);
    }

    private void ingest(SourceResult source) {
        read++;
        if (!source.ok()) {
            report(new ArticleReport(source.origin(), null, Outcome.FAILED, 0, source.error()));
            return;
        }
        Article article = source.article();
        ArticleKey key = keyOf(article);
        try {
            if (sink.isCurrent(key)) {
                report(new ArticleReport(source.origin(), key.articleIri(), Outcome.SKIPPED, 0, null));
                return;
            }
            Model graph = mapper.apply(extractor.extract(article));
            sink.put(new ArticleEntry(source.origin(), key, graph.getGraph())).forEach(this::stored);
        } catch (RuntimeException | StackOverflowError e) {
            // A pathological article (even one that blows a regex's stack) costs that article only.
            report(new ArticleReport(source.origin(), key.articleIri(), Outcome.FAILED, 0, oneLine(e)));
        }
    }

    private ArticleKey keyOf(Article article) {
        return new ArticleKey(Iris.article(article.id()), Iris.articleGraph(article.id()),
                article.contentHash(), extractor.version());
    }

    private void stored(StoreResult result) {
        ArticleEntry entry = result.entry();
        report(new ArticleReport(entry.origin(), entry.key().articleIri(), result.outcome(), result.quads(),
                result.error()));
    }

    private void report(ArticleReport report) {
        switch (report.outcome()) {
            case ADDED -> added++;
            case REPLACED -> replaced++;
            case SKIPPED -> skipped++;
            case FAILED -> failed++;
        }
        quads += report.quads();
        listener.accept(report);
    }

    static String oneLine(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.lines().findFirst().orElse(message).strip();
    }
}
