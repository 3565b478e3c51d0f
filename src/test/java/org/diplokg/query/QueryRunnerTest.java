package org.diplokg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.diplokg.graph.DIP;
import org.diplokg.pipeline.Ingest;
import org.diplokg.store.Fixtures;
import org.diplokg.store.KnowledgeStore;
import org.diplokg.store.ReferenceGraph;
import org.diplokg.store.TdbSink;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QueryRunnerTest {
    @TempDir Path temp;
    private KnowledgeStore store;
    private CannedQueries canned;

    @BeforeEach
    void ingest() {
        Path home = Fixtures.home(temp);
        canned = new CannedQueries(home.resolve("queries"));
        store = KnowledgeStore.open(temp.resolve("db"), ReferenceGraph.standard(home));
        try (TdbSink sink = new TdbSink(store)) {
            new Ingest(Fixtures.EXTRACTOR, Fixtures::map, sink, report -> {}).run(Fixtures.sources(
                    Fixtures.ok(Fixtures.article("https://example.org/cairo", "Blinken in Cairo",
                            "meeting 2024-06-10 antony-blinken abdel-fattah-el-sisi")),
                    Fixtures.ok(Fixtures.article("https://example.org/doha", "Talks in Doha",
                            "meeting 2024-06-12 antony-blinken qatar-emir"))));
        }
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aCannedQueryRunsByNameWithAPrefixedNameParameter() {
        List<String> others = column(canned.find("meetings").orElseThrow(),
                Map.of("actor", "id:actor/antony-blinken"), "other");
        assertEquals(List.of(DIP.ID + "actor/abdel-fattah-el-sisi", DIP.ID + "actor/qatar-emir"), others);
    }

    @Test
    void theListShowsTitlesAndParameters() {
        CannedQuery meetings = canned.list().stream().filter(q -> q.name().equals("meetings")).findFirst().orElseThrow();
        assertEquals("Meetings of an actor", meetings.title());
        assertEquals("actor", meetings.params().getFirst().name());
        assertEquals(List.of("articles", "meetings", "titles"), canned.list().stream().map(CannedQuery::name).toList());
    }

    @Test
    void aValueThatLooksLikeSparqlIsOnlyALiteral() {
        String hostile = "x> } ; DROP ALL ; INSERT DATA { <a> <b> <c> } #";
        long quads = quadCount();
        CannedQuery echo = CannedQuery.parse("echo", "SELECT ?title WHERE {}");

        List<Node> values = Txn.calculateRead(store.dataset(), () -> {
            try (QueryExec exec = QueryRunner.prepare(store.datasetGraph(), echo, Map.of("title", hostile)).build()) {
                return Iter.toList(Iter.map(exec.select(), row -> row.get("title")));
            }
        });

        assertEquals(List.of(NodeFactory.createLiteralString(hostile)), values);
        assertEquals(List.of(), column(canned.find("titles").orElseThrow(), Map.of("title", hostile), "article"));
        assertEquals(quads, quadCount());
        assertThrows(IllegalArgumentException.class, () -> QueryRunner.prepare(store.datasetGraph(),
                canned.find("meetings").orElseThrow(), Map.of("actor", "<http://x> } ; DROP ALL ; <y>")));
    }

    @Test
    void aStringParameterMatchesExactly() {
        assertEquals(1, column(canned.find("titles").orElseThrow(), Map.of("title", "Blinken in Cairo"), "article").size());
    }

    @Test
    void parametersAreCheckedAgainstTheQuery() {
        CannedQuery meetings = canned.find("meetings").orElseThrow();
        var missing = assertThrows(IllegalArgumentException.class,
                () -> QueryRunner.prepare(store.datasetGraph(), meetings, Map.of()));
        assertTrue(missing.getMessage().contains("--param actor"), missing.getMessage());
        assertThrows(IllegalArgumentException.class, () -> QueryRunner.prepare(store.datasetGraph(), meetings,
                Map.of("actor", "id:actor/egypt", "nosuchvariable", "1")));
        // An optional parameter may be left out.
        assertEquals(2, column(canned.find("articles").orElseThrow(), Map.of(), "article").size());
    }

    @Test
    void parameterValuesBecomeTypedTerms() {
        PrefixMapping prefixes = PrefixMapping.Factory.create().setNsPrefix("id", DIP.ID);
        assertEquals(NodeFactory.createURI("https://example.org/x"), ParamValue.parse("<https://example.org/x>", prefixes));
        assertEquals(NodeFactory.createURI(DIP.ID + "actor/egypt"), ParamValue.parse("id:actor/egypt", prefixes));
        assertEquals(NodeFactory.createLiteralDT("2024-06-10", XSDDatatype.XSDdate), ParamValue.parse("2024-06-10", prefixes));
        assertEquals(NodeFactory.createLiteralDT("42", XSDDatatype.XSDinteger), ParamValue.parse("42", prefixes));
        assertEquals(NodeFactory.createLiteralLang("مصر", "ar"), ParamValue.parse("\"مصر\"@ar", prefixes));
        assertEquals(NodeFactory.createLiteralString("2024-06-10"), ParamValue.parse("\"2024-06-10\"", prefixes));
        assertEquals(NodeFactory.createLiteralString("Cairo talks"), ParamValue.parse("Cairo talks", prefixes));
        assertThrows(IllegalArgumentException.class, () -> ParamValue.parse("nope:x", prefixes));
        assertThrows(IllegalArgumentException.class, () -> ParamValue.parse("<not absolute>", prefixes));
    }

    @Test
    void resultsPrintInEachFormat() {
        CannedQuery articles = canned.find("articles").orElseThrow();
        String csv = run(articles, OutputFormat.CSV);
        assertEquals("article,title,lang", csv.lines().findFirst().orElseThrow());
        assertEquals(3, csv.lines().count());
        assertEquals("?article\t?title\t?lang", run(articles, OutputFormat.TSV).lines().findFirst().orElseThrow());
        assertTrue(run(articles, OutputFormat.JSON).contains("\"bindings\""));
        assertTrue(run(articles, OutputFormat.XML).contains("<sparql"));
        assertTrue(run(articles, OutputFormat.TABLE).contains("\"Talks in Doha\""));
        assertEquals("yes", run(CannedQuery.parse("ask", "ASK { ?s a dip:Meeting }"), null).strip());
    }

    @Test
    void graphQueriesPrintRdf() {
        CannedQuery construct = CannedQuery.parse("c", "CONSTRUCT { ?m dip:participant ?a } WHERE { ?m dip:participant ?a }");
        Model turtle = parse(run(construct, null), Lang.TURTLE);
        Model jsonld = parse(run(construct, OutputFormat.JSONLD), Lang.JSONLD);
        assertEquals(4, turtle.size());
        assertTrue(turtle.isIsomorphicWith(jsonld));
        assertThrows(IllegalArgumentException.class, () -> run(construct, OutputFormat.CSV));
    }

    private String run(CannedQuery query, OutputFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        QueryRunner.run(store.datasetGraph(), query, Map.of(), format, null, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static Model parse(String text, Lang lang) {
        return RDFParser.source(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))).lang(lang).toModel();
    }

    private List<String> column(CannedQuery query, Map<String, String> params, String variable) {
        return Txn.calculateRead(store.dataset(), () -> {
            try (QueryExec exec = QueryRunner.prepare(store.datasetGraph(), query, params).build()) {
                return Iter.toList(Iter.map(exec.select(), row -> row.get(variable).toString()));
            }
        });
    }

    private long quadCount() {
        return Txn.calculateRead(store.dataset(), () -> Iter.count(store.datasetGraph().find()));
    }
}
