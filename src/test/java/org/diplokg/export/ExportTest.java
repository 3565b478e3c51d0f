package org.diplokg.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.VOID;
import org.diplokg.pipeline.Ingest;
import org.diplokg.store.ArticleEntry;
import org.diplokg.store.ArticleKey;
import org.diplokg.store.Fixtures;
import org.diplokg.store.KnowledgeStore;
import org.diplokg.store.ReferenceGraph;
import org.diplokg.store.TdbSink;
import org.eclipse.rdf4j.rio.RDFHandler;
import org.eclipse.rdf4j.rio.Rio;
import org.eclipse.rdf4j.rio.helpers.AbstractRDFHandler;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ExportTest {
    private static final String EVIDENCE_GRAPH = "https://w3id.org/diplokg/id/graph/evidence";
    @TempDir Path temp;
    private KnowledgeStore store;

    @BeforeEach
    void fill() {
        store = KnowledgeStore.open(temp.resolve("db"), ReferenceGraph.standard(Fixtures.home(temp)));
        try (TdbSink sink = new TdbSink(store)) {
            new Ingest(Fixtures.EXTRACTOR, Fixtures::map, sink, report -> {}).run(Fixtures.sources(
                    Fixtures.ok(Fixtures.article("https://example.org/cairo", "بلينكن في القاهرة",
                            "meeting 2024-06-10 antony-blinken abdel-fattah-el-sisi"))));
            Graph evidence = RDFParser.source("src/test/resources/store/evidence.ttl").toGraph();
            sink.put(new ArticleEntry("evidence.ttl",
                    new ArticleKey(Fixtures.SCHEMA + "x", EVIDENCE_GRAPH, "h", "v"), evidence));
            sink.flush();
        }
    }

    @AfterEach
    void close() {
        store.close();
    }

    @ParameterizedTest
    @EnumSource(RdfFormat.class)
    void everyFormatReadsBackWithRioAsTheSameGraphs(RdfFormat format) throws IOException {
        Path file = temp.resolve("kg." + format.extension());
        Exporter.write(store.datasetGraph(), null, format, file);

        DatasetGraph readBack = readWithRio(file, format);

        if (format.quads()) assertSameGraphs(expectedGraphs(), readBack);
        else assertIsomorphic(expectedUnion(), readBack.getDefaultGraph(), format.name());
    }

    @ParameterizedTest
    @EnumSource(value = RdfFormat.class, names = {"TRIG", "NQUADS", "TURTLE", "NTRIPLES", "JSONLD", "RDFXML"})
    void jenaReadsBackWhatItWrote(RdfFormat format) throws IOException {
        Path file = temp.resolve("kg." + format.extension());
        Exporter.write(store.datasetGraph(), null, format, file);
        DatasetGraph readBack = RDFParser.source(file).lang(format.jena().getLang()).toDatasetGraph();
        if (format.quads()) assertSameGraphs(expectedGraphs(), readBack);
        else assertIsomorphic(expectedUnion(), readBack.getDefaultGraph(), format.name());
    }

    @Test
    void oneGraphAloneAndGzipWhenTheNameSaysSo() throws IOException {
        Path trig = temp.resolve("one.trig.gz");
        Exporter.write(store.datasetGraph(), EVIDENCE_GRAPH, RdfFormat.forFileName(trig.toString()), trig);
        DatasetGraph readBack;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(trig))) {
            readBack = RDFParser.source(in).lang(org.apache.jena.riot.Lang.TRIG).toDatasetGraph();
        }
        assertEquals(List.of(NodeFactory.createURI(EVIDENCE_GRAPH)), Iter.toList(readBack.listGraphNodes()));
        assertIsomorphic(stored(EVIDENCE_GRAPH), readBack.getGraph(NodeFactory.createURI(EVIDENCE_GRAPH)), "trig.gz");

        Path turtle = temp.resolve("one.ttl");
        Exporter.write(store.datasetGraph(), EVIDENCE_GRAPH, RdfFormat.TURTLE, turtle);
        assertIsomorphic(stored(EVIDENCE_GRAPH), RDFParser.source(turtle).toGraph(), "ttl");

        assertThrows(IllegalArgumentException.class,
                () -> Exporter.write(store.datasetGraph(), "https://example.org/none", RdfFormat.TRIG, turtle));
    }

    @Test
    void formatsAreKnownByNameAndExtension() {
        assertEquals(RdfFormat.NQUADS, RdfFormat.forFileName("dump.nq.gz"));
        assertEquals(RdfFormat.RDF4J_BINARY, RdfFormat.forFileName("dump.brf"));
        assertEquals(RdfFormat.JSONLD, RdfFormat.named("jsonld"));
        assertEquals(null, RdfFormat.forFileName("dump.txt"));
        assertThrows(IllegalArgumentException.class, () -> RdfFormat.named("csv"));
    }

    @Test
    void voidDescribesSizeAndOneSubsetPerGraph() {
        Model description = VoidDescription.of(store.datasetGraph());
        Resource dataset = description.getResource(VoidDescription.DATASET_IRI);
        assertEquals(expectedUnion().size(), dataset.getProperty(VOID.triples).getLong());
        Set<Node> graphs = expectedGraphs().keySet();
        assertEquals(graphs.size(), description.listObjectsOfProperty(dataset, VOID.subset).toList().size());
        long subsetTriples = description.listObjectsOfProperty(dataset, VOID.subset).toList().stream()
                .mapToLong(s -> s.asResource().getProperty(VOID.triples).getLong()).sum();
        assertEquals(expectedGraphs().values().stream().mapToLong(Graph::size).sum(), subsetTriples);
        assertTrue(dataset.getProperty(VOID.classes).getLong() >= 4);
        assertTrue(dataset.hasProperty(VOID.vocabulary, description.createResource("http://www.w3.org/ns/oa#")));
    }

    /** Rio parses the file; the mapper turns its statements into Jena quads. */
    private static DatasetGraph readWithRio(Path file, RdfFormat format) throws IOException {
        DatasetGraph result = DatasetGraphFactory.create();
        RDFHandler collect = new AbstractRDFHandler() {
            @Override
            public void handleStatement(org.eclipse.rdf4j.model.Statement statement) {
                Quad quad = Rdf4jMapper.toJena(statement);
                result.add(quad);
            }
        };
        try (InputStream in = Files.newInputStream(file)) {
            var parser = Rio.createParser(format.rio());
            parser.setRDFHandler(collect);
            parser.parse(in, "");
        }
        return result;
    }

    private java.util.Map<Node, Graph> expectedGraphs() {
        return Txn.calculateRead(store.dataset(), () -> {
            java.util.Map<Node, Graph> graphs = new java.util.HashMap<>();
            store.datasetGraph().listGraphNodes().forEachRemaining(g -> {
                if (!g.getURI().equals(KnowledgeStore.META_GRAPH)) graphs.put(g, stored(g.getURI()));
            });
            return graphs;
        });
    }

    private Graph expectedUnion() {
        Graph union = GraphFactory.createDefaultGraph();
        expectedGraphs().values().forEach(g -> g.find().forEachRemaining(union::add));
        return union;
    }

    private Graph stored(String graphIri) {
        return Txn.calculateRead(store.dataset(), () -> {
            Graph copy = GraphFactory.createDefaultGraph();
            store.datasetGraph().getGraph(NodeFactory.createURI(graphIri)).find().forEachRemaining(copy::add);
            return copy;
        });
    }

    private static void assertSameGraphs(java.util.Map<Node, Graph> expected, DatasetGraph actual) {
        assertEquals(expected.keySet(), Set.copyOf(Iter.toList(actual.listGraphNodes())));
        expected.forEach((name, graph) -> assertIsomorphic(graph, actual.getGraph(name), name.getURI()));
        assertTrue(actual.getDefaultGraph().isEmpty());
    }

    private static void assertIsomorphic(Graph expected, Graph actual, String what) {
        assertEquals(expected.size(), actual.size(), what);
        assertTrue(expected.isIsomorphicWith(actual), what + " is not isomorphic");
    }
}
