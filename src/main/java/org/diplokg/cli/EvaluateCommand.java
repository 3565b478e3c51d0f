package org.diplokg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.diplokg.config.Home;
import org.diplokg.eval.Evaluation;
import org.diplokg.eval.EvaluationException;
import org.diplokg.eval.Report;
import org.diplokg.eval.ReportWriter;
import org.diplokg.extract.Extractor;
import org.diplokg.extract.RuleExtractor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code diplokg evaluate}: extraction quality against the gold annotations (DESIGN 6). */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = {"Runs the extractor on every article X.* that has X.gold.json beside it, reads the result back "
                + "from the article's graph with SPARQL and prints precision, recall and F1 per kind of tuple, "
                + "per language and overall."})
public final class EvaluateCommand implements Callable<Integer> {
    @Option(names = "--gold", paramLabel = "DIR", description = "Directory of articles with gold (default: ${DEFAULT-VALUE}).")
    private Path gold = Home.data("articles");

    @Option(names = "--json", paramLabel = "FILE", description = "Also write the scores and each article's missing and spurious tuples as JSON.")
    private Path json;

    @Option(names = "--misses", description = "Print each article's missing and spurious tuples (the global --verbose does too).")
    private boolean misses;

    @picocli.CommandLine.ParentCommand
    private Main main;

    @Spec
    private CommandSpec spec;

    private final Supplier<Extractor> extractors;

    public EvaluateCommand() {
        this(RuleExtractor::standard);
    }

    /** @param extractors makes the extractor to evaluate, once options are parsed */
    public EvaluateCommand(Supplier<Extractor> extractors) {
        this.extractors = extractors;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Report report;
        try {
            report = Evaluation.withReferenceData(extractors.get(), Home.dir()).run(gold);
        } catch (EvaluationException e) {
            err.println("evaluate: " + e.getMessage());
            return 1;
        }
        if (report.articles().isEmpty()) {
            err.println("evaluate: no article with an X" + Evaluation.GOLD_SUFFIX + " beside it under " + gold);
            return 1;
        }
        if (misses || main != null && main.verbose) out.println(ReportWriter.details(report));
        out.print(ReportWriter.table(report));
        if (json != null) {
            ReportWriter.writeJson(report, json);
            out.println("\nJSON written to " + json);
        }
        out.flush();
        return 0;
    }
}
