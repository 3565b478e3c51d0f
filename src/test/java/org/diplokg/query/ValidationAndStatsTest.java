package org.diplokg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.diplokg.model.Article;
import org.diplokg.pipeline.Ingest;
import org.diplokg.store.Fixtures;
import org.diplokg.store.KnowledgeStore;
import org.diplokg.store.ReferenceGraph;
import org.diplokg.store.TdbSink;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidationAndStatsTest {
    @TempDir Path temp;
    private KnowledgeStore store;
    private Shapes shapes;
    private final Article cairo = Fixtures.article("https://example.org/cairo", "Blinken in Cairo",
            "meeting 2024-06-10 antony-blinken abdel-fattah-el-sisi");
    private final Article lonely = Fixtures.article("https://example.org/lonely", "A meeting of one",
            "meeting 2024-06-11 antony-blinken");

    @BeforeEach
    void open() {
        Path home = Fixtures.home(temp);
        shapes = ShapeValidation.readShapes(home.resolve("ontology/shapes.ttl"));
        store = KnowledgeStore.open(temp.resolve("db"), ReferenceGraph.standard(home));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private void ingest(Article... articles) {
        try (TdbSink sink = new TdbSink(store)) {
            new Ingest(Fixtures.EXTRACTOR, Fixtures::map, sink, report -> {})
                    .run(java.util.Arrays.stream(articles).map(Fixtures::ok));
        }
    }

    @Test
    void aWellFormedGraphConforms() {
        ingest(cairo);
        assertTrue(ShapeValidation.validate(store.datasetGraph(), shapes, null).conforms());
        assertTrue(ShapeValidation.validate(store.datasetGraph(), shapes, Fixtures.graphOf(cairo)).conforms());
    }

    @Test
    void aMeetingWithOneParticipantBreaksItsShape() {
        ingest(cairo, lonely);
        ValidationReport union = ShapeValidation.validate(store.datasetGraph(), shapes, null);
        assertFalse(union.conforms());
        assertEquals(1, union.getEntries().size());
        assertFalse(ShapeValidation.validate(store.datasetGraph(), shapes, Fixtures.graphOf(lonely)).conforms());
        assertTrue(ShapeValidation.validate(store.datasetGraph(), shapes, Fixtures.graphOf(cairo)).conforms());
    }

    @Test
    void statsCountArticlesActorsAndEventsOfTheArticleGraphs() {
        ingest(cairo, lonely);
        Stats stats = Stats.of(store.datasetGraph());
        assertEquals(Map.of("en", 2L), stats.articlesPerLanguage());
        assertEquals(Map.of("Test Agency", 2L), stats.articlesPerPublisher());
        assertEquals(Map.of("Person", 2L), stats.actorsPerType(), "the gazetteer's own entries are not counted");
        assertEquals(Map.of("Meeting", 2L), stats.eventsPerType());
    }
}
