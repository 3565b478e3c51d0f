package org.diplokg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.diplokg.pipeline.Ingest;
import org.diplokg.store.Fixtures;
import org.diplokg.store.KnowledgeStore;
import org.diplokg.store.ReferenceGraph;
import org.diplokg.store.TdbSink;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CliTest {
    @TempDir Path temp;
    private Path home;
    private Path db;
    private final StringWriter errors = new StringWriter();

    @BeforeEach
    void setUp() {
        home = Fixtures.home(temp);
        db = temp.resolve("db");
    }

    private void ingest(String body) {
        try (KnowledgeStore store = KnowledgeStore.open(db, ReferenceGraph.standard(home)); TdbSink sink = new TdbSink(store)) {
            new Ingest(Fixtures.EXTRACTOR, Fixtures::map, sink, r -> {}).run(Fixtures.sources(
                    Fixtures.ok(Fixtures.article("https://example.org/" + body.hashCode(), "An article", body))));
        }
    }

    private int run(String... args) {
        CommandLine commandLine = Main.commandLine();
        commandLine.setErr(new PrintWriter(errors, true));
        String[] all = new String[args.length + 4];
        System.arraycopy(new String[] {"--db", db.toString(), "--home", home.toString()}, 0, all, 0, 4);
        System.arraycopy(args, 0, all, 4, args.length);
        return commandLine.execute(all);
    }

    @Test
    void validateExitsNonZeroOnAGraphThatBreaksAShape() {
        ingest("meeting 2024-06-10 antony-blinken abdel-fattah-el-sisi");
        assertEquals(0, run("validate"));
        ingest("meeting 2024-06-11 antony-blinken");
        assertEquals(Main.PROBLEMS_FOUND, run("validate"));
    }

    @Test
    void anErrorIsOneLineAndExitCodeOne() {
        assertEquals(1, run("query", "meetings"));
        String message = errors.toString().strip();
        assertEquals(1, message.lines().count(), message);
        assertTrue(message.startsWith("diplokg: query 'meetings' needs --param actor"), message);
        assertEquals(1, run("export", "--graph", "https://example.org/none"));
    }

    @Test
    void exportWritesTheFileTheNameAsksFor() throws Exception {
        ingest("meeting 2024-06-10 antony-blinken abdel-fattah-el-sisi");
        Path file = temp.resolve("out/kg.nq.gz");
        assertEquals(0, run("export", "-o", file.toString()));
        DatasetGraph readBack;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            readBack = RDFParser.source(in).lang(Lang.NQUADS).toDatasetGraph();
        }
        assertEquals(4, readBack.size(), "ontology, codes, gazetteer and the article's graph");
    }

    @Test
    void everyCommandHasHelp() {
        for (String command : new String[] {"ingest", "extract", "query", "export", "serve", "validate", "stats", "demo"})
            assertEquals(0, run(command, "--help"), command);
    }
}
