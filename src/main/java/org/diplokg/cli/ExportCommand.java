package org.diplokg.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.diplokg.export.Exporter;
import org.diplokg.export.RdfFormat;
import org.diplokg.export.VoidDescription;
import org.diplokg.store.KnowledgeStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Write the knowledge graph as linked data: every graph, or one with --graph.",
                "Quad formats (trig, nq, jsonld, brf) keep the graph names; triple formats (ttl, nt, rdfxml) hold "
                + "the one graph asked for, or all graphs merged. brf is RDF4J binary, written by RDF4J Rio.",
                "A file name ending in .gz is gzip-compressed."})
final class ExportCommand implements Callable<Integer> {
    @ParentCommand Main main;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "The file to write (default: standard output).")
    Path output;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT",
            description = "trig, nq, ttl, nt, jsonld, rdfxml or brf (default: from the file's extension, else trig; "
                    + "ttl with --void).")
    String format;

    @Option(names = {"-g", "--graph"}, paramLabel = "IRI", description = "Export only this named graph.")
    String graph;

    @Option(names = "--void", description = "Write a VoID description of the dataset (sizes, vocabularies, "
            + "one subset per graph) instead of the data.")
    boolean voidDescription;

    @Override
    public Integer call() throws IOException {
        RdfFormat chosen = chooseFormat();
        try (KnowledgeStore store = main.openStore()) {
            if (output == null) {
                write(store, chosen, System.out);
                System.out.flush();
            } else {
                try (OutputStream out = Exporter.open(output)) {
                    write(store, chosen, out);
                }
                System.err.println("wrote " + output);
            }
        }
        return 0;
    }

    private void write(KnowledgeStore store, RdfFormat chosen, OutputStream out) {
        if (voidDescription) Exporter.write(VoidDescription.of(store.datasetGraph()).getGraph(), chosen, out);
        else Exporter.write(store.datasetGraph(), graph, chosen, out);
    }

    private RdfFormat chooseFormat() {
        if (format != null) return RdfFormat.named(format);
        RdfFormat byName = output == null ? null : RdfFormat.forFileName(output.getFileName().toString());
        if (byName != null) return byName;
        return voidDescription ? RdfFormat.TURTLE : RdfFormat.TRIG;
    }
}
