package org.diplokg.cli;

import java.util.Map;
import java.util.concurrent.Callable;
import org.diplokg.query.Stats;
import org.diplokg.store.KnowledgeStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

@Command(name = "stats", mixinStandardHelpOptions = true,
        description = "Count articles per language and publisher, and the actors and events of each type.")
final class StatsCommand implements Callable<Integer> {
    @ParentCommand Main main;

    @Override
    public Integer call() {
        Stats stats;
        try (KnowledgeStore store = main.openStore()) {
            stats = Stats.of(store.datasetGraph());
        }
        print("Articles per language", stats.articlesPerLanguage());
        print("Articles per publisher", stats.articlesPerPublisher());
        print("Actors per type", stats.actorsPerType());
        print("Events per type", stats.eventsPerType());
        return 0;
    }

    private static void print(String heading, Map<String, Long> counts) {
        System.out.println(heading);
        if (counts.isEmpty()) System.out.println("  (none)");
        counts.forEach((key, count) -> System.out.printf("  %-32s %8d%n", key, count));
    }
}
