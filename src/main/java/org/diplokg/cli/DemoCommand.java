package org.diplokg.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.diplokg.pipeline.IngestSummary;
import org.diplokg.query.CannedQueries;
import org.diplokg.query.CannedQuery;
import org.diplokg.query.QueryRunner;
import org.diplokg.store.KnowledgeStore;
import org.diplokg.store.TdbSink;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Ingest the sample articles of data/articles/ into the database, then print the answers of "
                + "two canned queries: the meetings of Antony Blinken, and the timeline of 2024.")
final class DemoCommand implements Callable<Integer> {
    /** The canned queries shown, with the parameters they are given (a query takes those it declares). */
    private static final List<Map.Entry<String, Map<String, String>>> SHOWN = List.of(
            Map.entry("meetings-of-actor", Map.of("actor", "<https://w3id.org/diplokg/id/actor/antony-blinken>", "lang", "en")),
            Map.entry("timeline", Map.of("from", "2024-01-01", "to", "2024-12-31", "lang", "en")));

    @ParentCommand Main main;

    @Override
    public Integer call() {
        Path articles = main.home("data/articles");
        if (!Files.isDirectory(articles)) throw new IllegalArgumentException("no sample articles in " + articles);
        CannedQueries canned = new CannedQueries(main.home("queries"));
        try (KnowledgeStore store = main.openStore()) {
            IngestSummary summary;
            try (TdbSink sink = new TdbSink(store)) {
                summary = IngestCommand.ingest(main, List.of(articles), sink);
            }
            System.out.println("Ingested " + articles + " into " + main.db + ": " + summary);
            for (var shown : SHOWN) {
                System.out.println();
                CannedQuery query = canned.find(shown.getKey()).orElse(null);
                if (query == null) {
                    System.out.println("(no canned query '" + shown.getKey() + "' in queries/)");
                    continue;
                }
                System.out.println("== " + query.title() + " (diplokg query " + shown.getKey() + paramsShown(query, shown.getValue()) + ")");
                QueryRunner.run(store.datasetGraph(), query, declared(query, shown.getValue()), null, null, System.out);
            }
        }
        System.out.flush();
        return 0;
    }

    private static Map<String, String> declared(CannedQuery query, Map<String, String> offered) {
        Map<String, String> params = new LinkedHashMap<>();
        for (CannedQuery.Param param : query.params())
            if (offered.containsKey(param.name())) params.put(param.name(), offered.get(param.name()));
        return params;
    }

    private static String paramsShown(CannedQuery query, Map<String, String> offered) {
        StringBuilder shown = new StringBuilder();
        declared(query, offered).forEach((name, value) -> shown.append(" -p ").append(name).append('=').append(value));
        return shown.toString();
    }
}
