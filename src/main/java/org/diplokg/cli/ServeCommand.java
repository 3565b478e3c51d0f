package org.diplokg.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.diplokg.serve.KgServer;
import org.diplokg.serve.ServeOptions;
import org.diplokg.store.KnowledgeStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the knowledge graph with an embedded Fuseki: SPARQL queries and Graph Store reads at "
                + "/kg, the Fuseki web UI at /. Read-only unless --allow-update is given with credentials.",
                "Runs until Ctrl-C."})
final class ServeCommand implements Callable<Integer> {
    @ParentCommand Main main;

    @Option(names = "--port", defaultValue = "" + ServeOptions.DEFAULT_PORT, description = "Port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--host", defaultValue = ServeOptions.DEFAULT_HOST,
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 for all).")
    String host;

    @Option(names = "--allow-update",
            description = "Offer SPARQL Update at /kg/update and Graph Store writes at /kg/data to the authenticated user.")
    boolean allowUpdate;

    @Option(names = "--user", description = "The user allowed to update and to use the admin area from other machines.")
    String user;

    @Option(names = "--password-file", paramLabel = "FILE", description = "A file whose first line is the user's password.")
    Path passwordFile;

    @Option(names = "--timeout", defaultValue = "30", paramLabel = "SECONDS",
            description = "Cancel a query after this many seconds (default: ${DEFAULT-VALUE}).")
    long timeoutSeconds;

    @Override
    public Integer call() {
        ServeOptions options = new ServeOptions(host, port, allowUpdate, Options.credentials(user, passwordFile),
                Duration.ofSeconds(timeoutSeconds));
        KnowledgeStore store = main.openStore();
        KgServer server;
        try {
            server = KgServer.start(store.datasetGraph(), options);
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            store.close();
        }));
        System.out.println("diplokg serves " + server.datasetUrl() + " (SPARQL at " + server.datasetUrl() + "/query"
                + (allowUpdate ? ", updates at " + server.datasetUrl() + "/update" : ", read-only")
                + "); web UI at " + server.url() + " — Ctrl-C to stop");
        server.join();
        return 0;
    }
}
