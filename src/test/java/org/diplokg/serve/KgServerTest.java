package org.diplokg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.exec.http.QueryExecHTTPBuilder;
import org.apache.jena.system.Txn;
import org.diplokg.graph.DIP;
import org.diplokg.pipeline.Ingest;
import org.diplokg.pipeline.IngestSummary;
import org.diplokg.query.CannedQueries;
import org.diplokg.store.Credentials;
import org.diplokg.store.Fixtures;
import org.diplokg.store.KnowledgeStore;
import org.diplokg.store.ReferenceGraph;
import org.diplokg.store.RemoteSink;
import org.diplokg.store.TdbSink;
import org.diplokg.model.Article;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KgServerTest {
    private static final Credentials EDITOR = new Credentials("editor", "s3cret-pass");
    private static final String INSERT = "INSERT DATA { GRAPH <https://example.org/g> { <https://example.org/s> <https://example.org/p> 1 } }";

    @TempDir Path temp;
    private Path home;
    private KnowledgeStore store;
    private KgServer server;
    private final Article cairo = Fixtures.article("https://example.org/cairo", "Blinken in Cairo",
            "meeting 2024-06-10 antony-blinken abdel-fattah-el-sisi");

    @BeforeEach
    void open() {
        home = Fixtures.home(temp);
        store = KnowledgeStore.open(temp.resolve("db"), ReferenceGraph.standard(home));
        try (TdbSink sink = new TdbSink(store)) {
            new Ingest(Fixtures.EXTRACTOR, Fixtures::map, sink, r -> {}).run(Fixtures.sources(Fixtures.ok(cairo)));
        }
    }

    @AfterEach
    void close() {
        if (server != null) server.close();
        store.close();
    }

    private void serve(boolean allowUpdate, Credentials credentials, Duration timeout) {
        server = KgServer.start(store.datasetGraph(), new ServeOptions("127.0.0.1", 0, allowUpdate, credentials, timeout));
    }

    @Test
    void answersACannedQueryOverHttp() {
        serve(false, null, ServeOptions.DEFAULT_TIMEOUT);
        String meetings = new CannedQueries(home.resolve("queries")).find("meetings").orElseThrow().text();
        List<Node> others;
        try (var exec = QueryExecHTTPBuilder.service(server.datasetUrl()).query(meetings)
                .substitution("actor", NodeFactory.createURI(DIP.ID + "actor/antony-blinken")).build()) {
            others = Iter.toList(Iter.map(exec.select(), row -> row.get("other")));
        }
        assertEquals(List.of(NodeFactory.createURI(DIP.ID + "actor/abdel-fattah-el-sisi")), others);
        assertEquals(200, get(server.datasetUrl() + "/query?query=" + encode("ASK {}"), null).statusCode());
    }

    @Test
    void readOnlyByDefault() throws Exception {
        serve(false, null, ServeOptions.DEFAULT_TIMEOUT);
        long quads = quadCount();
        assertTrue(postUpdate(server.datasetUrl(), null).statusCode() >= 400);
        assertTrue(postUpdate(server.datasetUrl() + "/update", null).statusCode() >= 400);
        HttpResponse<String> put = send(HttpRequest.newBuilder(URI.create(server.datasetUrl() + "?graph=" + encode("https://example.org/g")))
                .header("Content-Type", "text/turtle")
                .PUT(HttpRequest.BodyPublishers.ofString("<https://example.org/s> <https://example.org/p> 1 .")), null);
        assertTrue(put.statusCode() >= 400, "PUT answered " + put.statusCode());
        assertEquals(quads, quadCount());
    }

    @Test
    void updatesNeedTheCredentials() throws Exception {
        serve(true, EDITOR, ServeOptions.DEFAULT_TIMEOUT);
        long quads = quadCount();
        assertEquals(401, postUpdate(server.datasetUrl() + "/update", null).statusCode());
        assertEquals(401, postUpdate(server.datasetUrl() + "/update", new Credentials("editor", "wrong")).statusCode());
        assertEquals(quads, quadCount());
        int accepted = postUpdate(server.datasetUrl() + "/update", EDITOR).statusCode();
        assertTrue(accepted == 200 || accepted == 204, "update answered " + accepted);
        assertEquals(quads + 1, quadCount());
        // Queries stay open to all.
        assertEquals(200, get(server.datasetUrl() + "?query=" + encode("ASK {}"), null).statusCode());
    }

    @Test
    void ingestPushesArticleGraphsToTheServer() {
        serve(true, EDITOR, ServeOptions.DEFAULT_TIMEOUT);
        Article doha = Fixtures.article("https://example.org/doha", "Talks in Doha", "meeting 2024-06-12 antony-blinken qatar-emir");
        RemoteSink sink = new RemoteSink(server.datasetUrl() + "/data", server.datasetUrl() + "/query", EDITOR);
        Ingest ingest = new Ingest(Fixtures.EXTRACTOR, Fixtures::map, sink, r -> {});

        IngestSummary first = ingest.run(Fixtures.sources(Fixtures.ok(cairo), Fixtures.ok(doha)));
        assertEquals(1, first.skipped(), "cairo is already stored in this version");
        assertEquals(1, first.added());
        assertTrue(Txn.calculateRead(store.dataset(), () -> store.datasetGraph()
                .contains(NodeFactory.createURI(Fixtures.graphOf(doha)), Node.ANY, Node.ANY, Node.ANY)));

        Article dohaEdited = Fixtures.article(doha.url(), doha.title(), "meeting 2024-06-13 antony-blinken qatar-emir");
        IngestSummary second = new Ingest(Fixtures.EXTRACTOR, Fixtures::map, sink, r -> {})
                .run(Fixtures.sources(Fixtures.ok(dohaEdited)));
        assertEquals(1, second.replaced());

        RemoteSink stranger = new RemoteSink(server.datasetUrl() + "/data", null, null);
        IngestSummary refused = new Ingest(Fixtures.EXTRACTOR, Fixtures::map, stranger, r -> {})
                .run(Fixtures.sources(Fixtures.ok(Fixtures.article("https://example.org/x", "x", "meeting 2024-01-01 a b"))));
        assertEquals(1, refused.failed());
    }

    @Test
    void theAdminAreaIsReadOnlyAndBehindTheCredentials() throws Exception {
        serve(false, null, ServeOptions.DEFAULT_TIMEOUT);
        assertEquals(200, get(server.url() + "$/ping", null).statusCode());
        assertEquals(200, get(server.url() + "$/datasets", null).statusCode());
        HttpResponse<String> create = send(HttpRequest.newBuilder(URI.create(server.url() + "$/datasets?dbName=x&dbType=mem"))
                .POST(HttpRequest.BodyPublishers.noBody()), null);
        assertEquals(405, create.statusCode());
        HttpResponse<String> delete = send(HttpRequest.newBuilder(URI.create(server.url() + "$/datasets/kg")).DELETE(), null);
        assertEquals(405, delete.statusCode());
        assertEquals(200, get(server.datasetUrl() + "?query=" + encode("ASK {}"), null).statusCode());
        server.close();

        serve(false, EDITOR, ServeOptions.DEFAULT_TIMEOUT);
        assertEquals(401, get(server.url() + "$/server", null).statusCode());
        assertEquals(200, get(server.url() + "$/server", EDITOR).statusCode());
    }

    @Test
    void aLongQueryIsCancelledAtTheTimeout() {
        serve(false, null, Duration.ofMillis(200));
        String cross = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }";
        HttpResponse<String> response = get(server.datasetUrl() + "?query=" + encode(cross), null);
        assertEquals(503, response.statusCode());
    }

    private HttpResponse<String> postUpdate(String url, Credentials credentials) {
        return send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString(INSERT)), credentials);
    }

    private HttpResponse<String> get(String url, Credentials credentials) {
        return send(HttpRequest.newBuilder(URI.create(url)).GET(), credentials);
    }

    private HttpResponse<String> send(HttpRequest.Builder request, Credentials credentials) {
        if (credentials != null) request.header("Authorization", credentials.basicAuthorization());
        // A client of its own per request: Jetty may close a connection after refusing a request whose body it did not
        // read, and a pooled connection reused in that moment fails with "received no bytes" instead of an answer.
        try (HttpClient http = HttpClient.newHttpClient()) {
            return http.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private long quadCount() {
        return Txn.calculateRead(store.dataset(), () -> Iter.count(store.datasetGraph().find()));
    }

}
