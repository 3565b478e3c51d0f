package org.diplokg.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.diplokg.bench.ExtractionBenchmark;
import org.diplokg.extract.Extractor;
import org.diplokg.model.Article;
import org.diplokg.source.SourceResult;
import org.diplokg.source.Sources;
import org.diplokg.text.TextAnalyzer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "benchmark", mixinStandardHelpOptions = true,
        description = {"Measure extraction speed: the articles under PATH, per language, repeated to --articles, "
                + "on one thread and on every core, beside text analysis alone in the same run (the ratio of the two "
                + "is steadier than either rate on a busy machine). Nothing is stored."})
final class BenchmarkCommand implements Callable<Integer> {
    @ParentCommand Main main;

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "Articles to read (default: data/articles).")
    List<Path> paths;

    @Option(names = "--articles", defaultValue = "10000", description = "Articles per measurement (default: ${DEFAULT-VALUE}).")
    int articles;

    @Option(names = "--warmup", defaultValue = "2000", description = "Articles run before measuring (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Override
    public Integer call() {
        List<Path> inputs = paths == null || paths.isEmpty() ? List.of(main.home("data/articles")) : paths;
        List<Article> corpus;
        try (var results = Sources.read(inputs)) {
            corpus = results.filter(SourceResult::ok).map(SourceResult::article).toList();
        }
        Extractor extractor = main.extractor();
        TextAnalyzer analyzer = new TextAnalyzer();
        System.out.printf("%-4s %8s %12s %12s %12s %14s %8s%n", "lang", "articles", "1 thread/s", "all cores/s",
                "per core/s", "text only/s", "ratio");
        for (String language : List.of("ar", "en")) {
            List<Article> part = corpus.stream().filter(a -> a.language().equals(language)).toList();
            if (part.isEmpty()) continue;
            var text = ExtractionBenchmark.run(analyzer::analyze, part, articles, warmup);
            var full = ExtractionBenchmark.run(extractor::extract, part, articles, warmup);
            System.out.printf("%-4s %8d %12.0f %12.0f %12.0f %14.0f %8.1f%n", language, articles,
                    full.singleThreadPerSecond(), full.allCoresPerSecond(), full.perCorePerSecond(),
                    text.singleThreadPerSecond(), text.singleThreadPerSecond() / full.singleThreadPerSecond());
            System.out.printf("     one thread: %.0f articles per CPU second, %.0f KB allocated per article; "
                            + "heap in use after the run: %d MB (max %d MB)%n", full.singleThreadPerCpuSecond(),
                    full.allocatedKbPerArticle(), full.heapMb(), Runtime.getRuntime().maxMemory() / (1024 * 1024));
        }
        System.out.println("ratio = how many times slower extraction is than text analysis alone, on one thread.");
        return 0;
    }
}
