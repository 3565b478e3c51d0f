package org.diplokg.cli;

import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.sparql.core.DatasetGraph;
import org.diplokg.export.Exporter;
import org.diplokg.export.RdfFormat;
import org.diplokg.pipeline.Preview;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Print the graphs ingest would store for these articles, without storing anything.")
final class ExtractCommand implements Callable<Integer> {
    @ParentCommand Main main;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Article files or directories.")
    List<Path> paths;

    @Option(names = {"-f", "--format"}, defaultValue = "trig", paramLabel = "FORMAT",
            description = "trig, nq (one graph per article), ttl, nt (all articles merged) or jsonld "
                    + "(default: ${DEFAULT-VALUE}).")
    String format;

    @Override
    public Integer call() throws Exception {
        RdfFormat chosen = RdfFormat.named(format);
        DatasetGraph graphs = Preview.of(paths, main.extractor(),
                failure -> System.err.println("failed  " + failure.origin() + ": " + failure.error()));
        OutputStream out = System.out;
        Exporter.write(graphs, null, chosen, out);
        out.flush();
        return 0;
    }
}
