package org.diplokg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.config.Configurator;
import org.diplokg.config.Home;
import org.diplokg.extract.Extractor;
import org.diplokg.extract.RuleExtractor;
import org.diplokg.store.KnowledgeStore;
import org.diplokg.store.ReferenceGraph;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The {@code diplokg} command: global options and the subcommands. */
@Command(name = "diplokg", mixinStandardHelpOptions = true, version = "diplokg 0.1.0",
        description = "Diplomacy news (Arabic and English) as an RDF knowledge graph: ingest articles, "
                + "query, export, validate and serve the graph.",
        subcommands = {IngestCommand.class, ExtractCommand.class, QueryCommand.class, ExportCommand.class,
                ServeCommand.class, ValidateCommand.class, StatsCommand.class, DemoCommand.class, EvaluateCommand.class, BenchmarkCommand.class,
                CommandLine.HelpCommand.class})
public final class Main {
    /** Exit code of a command that ran but found problems (a graph that does not conform, failed articles with --strict). */
    public static final int PROBLEMS_FOUND = 3;

    @Option(names = "--db", scope = ScopeType.INHERIT, defaultValue = "diplokg-db", paramLabel = "DIR",
            description = "The TDB2 database directory, created on first use (default: ${DEFAULT-VALUE}).")
    Path db;

    @Option(names = "--home", scope = ScopeType.INHERIT, paramLabel = "DIR",
            description = "The diplokg checkout whose ontology/, queries/ and sample articles the command uses (default: "
                    + "$DIPLOKG_HOME, else the checkout the jar was built in). The language data always comes from "
                    + "$DIPLOKG_HOME or that checkout.")
    Path home;

    @Option(names = {"-v", "--verbose"}, scope = ScopeType.INHERIT,
            description = "Log more, and show the stack trace of an error.")
    boolean verbose;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line: errors become one line on stderr and exit code 1. */
    public static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new Main());
        commandLine.setExecutionStrategy(parsed -> {
            Main main = parsed.asCommandLineList().getFirst().getCommand();
            if (main.verbose) Configurator.setRootLevel(Level.INFO);
            return new CommandLine.RunLast().execute(parsed);
        });
        commandLine.setExecutionExceptionHandler((error, failed, parsed) -> {
            Main main = parsed.asCommandLineList().getFirst().getCommand();
            PrintWriter err = failed.getErr();
            if (main.verbose) error.printStackTrace(err);
            err.println("diplokg: " + oneLine(error));
            err.flush();
            return 1;
        });
        return commandLine;
    }

    private static String oneLine(Throwable error) {
        Throwable shown = error;
        while (shown.getMessage() == null && shown.getCause() != null) shown = shown.getCause();
        String message = shown.getMessage() == null ? shown.getClass().getSimpleName() : shown.getMessage();
        return message.lines().findFirst().orElse(message).strip();
    }

    /** The store at {@code --db}, with its reference graphs in step with the checkout's files. */
    KnowledgeStore openStore() {
        return KnowledgeStore.open(db, ReferenceGraph.standard(home()));
    }

    Path home(String relative) {
        return home().resolve(relative);
    }

    /** The same checkout the language data comes from, unless --home names another. */
    private Path home() {
        return home != null ? home : Home.dir();
    }

    /** The extraction stage every command uses. */
    Extractor extractor() {
        return RuleExtractor.standard();
    }
}
