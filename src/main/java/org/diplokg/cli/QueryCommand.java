package org.diplokg.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.diplokg.query.CannedQueries;
import org.diplokg.query.CannedQuery;
import org.diplokg.query.OutputFormat;
import org.diplokg.query.QueryRunner;
import org.diplokg.store.KnowledgeStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "query", mixinStandardHelpOptions = true,
        description = {"Run a SPARQL query over the union of all graphs: the name of a canned query from queries/, "
                + "a .rq file, a SPARQL string, or - for standard input.",
                "Parameters are bound to the query's variables, never pasted into its text: <IRI> and prefix:name "
                + "give IRIs, yyyy-mm-dd an xsd:date, an integer an xsd:integer, \"text\" or \"text\"@ar a string, "
                + "anything else a plain string."})
final class QueryCommand implements Callable<Integer> {
    @ParentCommand Main main;

    @Parameters(arity = "0..1", paramLabel = "QUERY", description = "Canned query name, .rq file, SPARQL text or -.")
    String query;

    @Option(names = {"-p", "--param"}, paramLabel = "NAME=VALUE", description = "Bind ?NAME to VALUE (repeatable).")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT",
            description = "table, csv, tsv, json or xml for SELECT/ASK; ttl or jsonld for CONSTRUCT/DESCRIBE "
                    + "(default: table, or ttl).")
    String format;

    @Option(names = "--timeout", paramLabel = "SECONDS", description = "Cancel the query after this many seconds.")
    Integer timeoutSeconds;

    @Option(names = {"-l", "--list"}, description = "List the canned queries with their titles and parameters.")
    boolean list;

    @Override
    public Integer call() throws IOException {
        CannedQueries canned = new CannedQueries(main.home("queries"));
        if (list) {
            listQueries(canned);
            return 0;
        }
        if (query == null) throw new IllegalArgumentException("give a query (a canned name, a .rq file or SPARQL), or --list");
        CannedQuery chosen = resolve(canned);
        try (KnowledgeStore store = main.openStore()) {
            QueryRunner.run(store.datasetGraph(), chosen, params, format == null ? null : OutputFormat.named(format),
                    timeoutSeconds == null ? null : Duration.ofSeconds(timeoutSeconds), System.out);
        }
        System.out.flush();
        return 0;
    }

    /** "-" is standard input; an existing file is read; a bare name is a canned query; anything else is SPARQL. */
    private CannedQuery resolve(CannedQueries canned) throws IOException {
        if (query.equals("-")) return CannedQuery.parse("stdin", new String(System.in.readAllBytes(), StandardCharsets.UTF_8));
        boolean oneWord = query.chars().noneMatch(Character::isWhitespace);
        if (oneWord && Files.isRegularFile(Path.of(query))) return CannedQueries.readFile(Path.of(query));
        if (query.endsWith(".rq")) throw new IllegalArgumentException("no such query file: " + query);
        if (query.matches("[\\w.-]+")) {
            return canned.find(query).orElseThrow(() -> new IllegalArgumentException(
                    "no canned query '" + query + "' (see: diplokg query --list)"));
        }
        return CannedQuery.parse("query", query);
    }

    private static void listQueries(CannedQueries canned) {
        for (CannedQuery q : canned.list()) {
            System.out.printf("%-24s %s%n", q.name(), q.title());
            if (!q.description().isEmpty()) System.out.printf("%-24s   %s%n", "", q.description());
            for (CannedQuery.Param p : q.params())
                System.out.printf("%-24s   --param %s=…  %s%n", "", p.name(), p.description());
        }
    }
}
