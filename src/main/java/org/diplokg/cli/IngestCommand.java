package org.diplokg.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.diplokg.pipeline.Ingest;
import org.diplokg.pipeline.IngestSummary;
import org.diplokg.store.Credentials;
import org.diplokg.store.GraphSink;
import org.diplokg.store.KnowledgeStore;
import org.diplokg.store.RemoteSink;
import org.diplokg.store.TdbSink;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Read articles (text, HTML, JSON Lines, RSS/Atom; directories recursively), extract their "
                + "events and store one named graph per article.",
                "An unchanged article (same content hash and extractor version) is skipped; a changed one has its "
                + "graph replaced as a whole. A broken article is reported and skipped."})
final class IngestCommand implements Callable<Integer> {
    @ParentCommand Main main;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or directories to read.")
    List<Path> paths;

    @Option(names = "--to", paramLabel = "URL",
            description = "Push the graphs to this Graph Store Protocol endpoint (e.g. http://host:3030/kg/data) "
                    + "instead of the local database.")
    String graphStore;

    @Option(names = "--sparql", paramLabel = "URL",
            description = "With --to: the server's SPARQL query endpoint (e.g. http://host:3030/kg/query), "
                    + "used to skip unchanged articles.")
    String queryEndpoint;

    @Option(names = "--user", description = "With --to: the user for basic authentication.")
    String user;

    @Option(names = "--password-file", paramLabel = "FILE",
            description = "With --to: a file whose first line is the password.")
    Path passwordFile;

    @Option(names = "--batch", defaultValue = "" + TdbSink.DEFAULT_BATCH, paramLabel = "N",
            description = "Articles per write transaction (default: ${DEFAULT-VALUE}).")
    int batch;

    @Option(names = "--strict", description = "Exit with code 3 when any article failed.")
    boolean strict;

    @Override
    public Integer call() {
        IngestSummary summary = graphStore != null ? pushRemote() : ingestLocal();
        System.out.println(summary);
        return strict && summary.failed() > 0 ? Main.PROBLEMS_FOUND : 0;
    }

    private IngestSummary ingestLocal() {
        try (KnowledgeStore store = main.openStore(); TdbSink sink = new TdbSink(store, batch)) {
            return ingest(main, paths, sink);
        }
    }

    private IngestSummary pushRemote() {
        Credentials credentials = Options.credentials(user, passwordFile);
        try (RemoteSink sink = new RemoteSink(graphStore, queryEndpoint, credentials)) {
            return ingest(main, paths, sink);
        }
    }

    /** Runs the pipeline with a progress line on stderr. */
    static IngestSummary ingest(Main main, List<Path> paths, GraphSink sink) {
        ProgressLine progress = new ProgressLine(System.err, ProgressLine.onTerminal());
        try {
            return Ingest.run(paths, main.extractor(), sink, progress);
        } finally {
            progress.clear();
        }
    }
}
