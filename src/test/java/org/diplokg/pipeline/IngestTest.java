package org.diplokg.pipeline;

import static org.diplokg.store.Fixtures.article;
import static org.diplokg.store.Fixtures.ok;
import static org.diplokg.store.Fixtures.sources;
import static org.diplokg.store.Fixtures.unreadable;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.diplokg.extract.Extractor;
import org.diplokg.model.Article;
import org.diplokg.model.Extraction;
import org.diplokg.source.SourceResult;
import org.diplokg.store.Fixtures;
import org.diplokg.store.KnowledgeStore;
import org.diplokg.store.Outcome;
import org.diplokg.store.ReferenceGraph;
import org.diplokg.store.TdbSink;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestTest {
    @TempDir Path temp;
    private KnowledgeStore store;
    private final List<ArticleReport> reports = new ArrayList<>();

    private final Article cairo = article("https://example.org/cairo", "Blinken in Cairo",
            "meeting 2024-06-10 antony-blinken abdel-fattah-el-sisi");
    private final Article doha = article("https://example.org/doha", "Talks in Doha",
            "meeting 2024-06-12 antony-blinken qatar-emir");
    private final Article amman = article("https://example.org/amman", "Amman conference", "no events here");

    @BeforeEach
    void open() {
        store = KnowledgeStore.open(temp.resolve("db"), ReferenceGraph.standard(Fixtures.home(temp)));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private IngestSummary ingest(Extractor extractor, int batch, Stream<SourceResult> sources) {
        reports.clear();
        try (TdbSink sink = new TdbSink(store, batch)) {
            return new Ingest(extractor, Fixtures::map, sink, reports::add).run(sources);
        }
    }

    private IngestSummary ingest(SourceResult... sources) {
        return ingest(Fixtures.EXTRACTOR, TdbSink.DEFAULT_BATCH, sources(sources));
    }

    @Test
    void aSecondRunSkipsEveryArticleAndLeavesTheQuadsAsTheyWere() {
        IngestSummary first = ingest(ok(cairo), ok(doha), ok(amman));
        assertEquals(new IngestSummary(3, 3, 0, 0, 0, first.quads()), first);
        Set<Quad> before = allQuads();

        IngestSummary second = ingest(ok(cairo), ok(doha), ok(amman));

        assertEquals(new IngestSummary(3, 0, 0, 3, 0, 0), second);
        assertEquals(before, allQuads());
    }

    @Test
    void aChangedArticleReplacesExactlyItsOwnGraph() {
        ingest(ok(cairo), ok(doha));
        Graph dohaBefore = copyOf(Fixtures.graphOf(doha));
        Article cairoEdited = article(cairo.url(), cairo.title(), "meeting 2024-06-11 antony-blinken egypt");

        IngestSummary summary = ingest(ok(cairoEdited), ok(doha));

        assertEquals(1, summary.replaced());
        assertEquals(1, summary.skipped());
        Graph expected = Fixtures.map(Fixtures.EXTRACTOR.extract(cairoEdited)).getGraph();
        assertTrue(expected.isIsomorphicWith(copyOf(Fixtures.graphOf(cairo))), "the new graph, and nothing of the old");
        assertTrue(dohaBefore.isIsomorphicWith(copyOf(Fixtures.graphOf(doha))), "the other graph untouched");
    }

    @Test
    void aNewExtractorVersionReExtractsEveryArticle() {
        ingest(ok(cairo), ok(doha));
        Extractor newer = new Extractor() {
            @Override public Extraction extract(Article article) {
                Extraction old = Fixtures.EXTRACTOR.extract(article);
                return new Extraction(article, old.actors(), old.places(), old.actorMentions(), old.tenures(),
                        old.events(), version());
            }
            @Override public String version() { return "test-2"; }
        };
        IngestSummary summary = ingest(newer, TdbSink.DEFAULT_BATCH, sources(ok(cairo), ok(doha)));
        assertEquals(2, summary.replaced());
    }

    @Test
    void brokenArticlesAreReportedAndTheOthersLand() {
        Article exploding = article("https://example.org/bad", "Bad", "meeting 2024-06-10 a b\nexplode");

        IngestSummary summary = ingest(ok(cairo), unreadable("feed.xml#3"), ok(exploding), ok(doha));

        assertEquals(new IngestSummary(4, 2, 0, 0, 2, summary.quads()), summary);
        assertTrue(hasGraph(Fixtures.graphOf(cairo)));
        assertTrue(hasGraph(Fixtures.graphOf(doha)));
        assertFalse(hasGraph(Fixtures.graphOf(exploding)), "nothing of a failed article is stored");
        List<ArticleReport> failures = reports.stream().filter(r -> r.outcome() == Outcome.FAILED).toList();
        assertEquals(Set.of("feed.xml#3", exploding.origin()),
                failures.stream().map(ArticleReport::origin).collect(Collectors.toSet()));
        failures.forEach(f -> assertNotNull(f.error()));
    }

    @Test
    void batchesReportEveryArticleOnce() {
        List<SourceResult> many = new ArrayList<>();
        for (int i = 0; i < 7; i++)
            many.add(ok(article("https://example.org/" + i, "Article " + i, "meeting 2024-06-0" + (i + 1) + " x y")));

        IngestSummary summary = ingest(Fixtures.EXTRACTOR, 3, many.stream());

        assertEquals(7, summary.added());
        assertEquals(7, reports.size());
        assertEquals(7, reports.stream().map(ArticleReport::article).distinct().count());
        assertEquals(summary.quads(), reports.stream().mapToLong(ArticleReport::quads).sum());
    }

    private Set<Quad> allQuads() {
        return Txn.calculateRead(store.dataset(), () -> {
            Set<Quad> quads = new java.util.HashSet<>();
            store.datasetGraph().find().forEachRemaining(quads::add);
            return quads;
        });
    }

    private Graph copyOf(String graphIri) {
        return Txn.calculateRead(store.dataset(), () -> {
            Graph copy = GraphFactory.createDefaultGraph();
            store.datasetGraph().getGraph(NodeFactory.createURI(graphIri)).find().forEachRemaining(copy::add);
            return copy;
        });
    }

    private boolean hasGraph(String graphIri) {
        return Txn.calculateRead(store.dataset(), () ->
                store.datasetGraph().contains(NodeFactory.createURI(graphIri), Node.ANY, Node.ANY, Node.ANY));
    }
}
