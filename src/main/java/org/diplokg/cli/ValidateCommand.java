package org.diplokg.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.system.Txn;
import org.diplokg.query.ShapeValidation;
import org.diplokg.store.KnowledgeStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Check the knowledge graph (all graphs, or one) against the SHACL shapes.",
                "Exit code 0 when it conforms, 3 when it does not."})
final class ValidateCommand implements Callable<Integer> {
    @ParentCommand Main main;

    @Option(names = {"-g", "--graph"}, paramLabel = "IRI", description = "Validate only this named graph.")
    String graph;

    @Option(names = "--shapes", paramLabel = "FILE", description = "The shapes (default: ontology/shapes.ttl).")
    Path shapes;

    @Option(names = "--ttl", description = "Print the SHACL validation report as Turtle.")
    boolean turtle;

    @Override
    public Integer call() {
        Path shapesFile = shapes != null ? shapes : main.home("ontology/shapes.ttl");
        try (KnowledgeStore store = main.openStore()) {
            ValidationReport report = ShapeValidation.validate(store.datasetGraph(),
                    ShapeValidation.readShapes(shapesFile), graph);
            if (turtle) RDFDataMgr.write(System.out, report.getModel(), Lang.TURTLE);
            else ShapeValidation.print(report, prefixes(store), System.out);
            return report.conforms() ? 0 : Main.PROBLEMS_FOUND;
        }
    }

    private static PrefixMapping prefixes(KnowledgeStore store) {
        return Txn.calculateRead(store.dataset(), () ->
                PrefixMapping.Factory.create().setNsPrefixes(store.datasetGraph().prefixes().getMapping()));
    }
}
