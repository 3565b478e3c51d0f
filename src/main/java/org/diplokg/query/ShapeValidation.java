package org.diplokg.query;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Prologue;
import org.apache.jena.sparql.graph.GraphUnionRead;
import org.apache.jena.sparql.util.FmtUtils;
import org.apache.jena.system.Txn;
import org.diplokg.store.KnowledgeStore;
import org.diplokg.store.ReferenceGraph;

/** Checks the knowledge graph against the SHACL shapes (ontology/shapes.ttl). */
public final class ShapeValidation {
    private static final Node META = NodeFactory.createURI(KnowledgeStore.META_GRAPH);
    private static final Node ONTOLOGY = NodeFactory.createURI(ReferenceGraph.ONTOLOGY);

    private ShapeValidation() {}

    public static Shapes readShapes(Path file) {
        return Shapes.parse(RDFParser.source(file).toGraph());
    }

    /**
     * Validates the union of all named graphs, or one graph when {@code graphIri} is not null. One graph
     * is read together with the ontology graph, so that shapes aimed at a class reach its subclasses.
     */
    public static ValidationReport validate(DatasetGraph dsg, Shapes shapes, String graphIri) {
        return Txn.calculateRead(dsg, () -> ShaclValidator.get().validate(shapes, dataGraph(dsg, graphIri)));
    }

    private static Graph dataGraph(DatasetGraph dsg, String graphIri) {
        if (graphIri == null)
            return new GraphUnionRead(dsg, Iter.toList(Iter.filter(dsg.listGraphNodes(), g -> !g.equals(META))));
        Node graph = NodeFactory.createURI(graphIri);
        if (!dsg.contains(graph, Node.ANY, Node.ANY, Node.ANY))
            throw new IllegalArgumentException("no graph <" + graphIri + "> in the dataset");
        return new GraphUnionRead(dsg, List.of(graph, ONTOLOGY));
    }

    /** One line per result: severity, focus node, path, message; then a count. */
    public static void print(ValidationReport report, PrefixMapping prefixes, OutputStream out) {
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        for (ReportEntry entry : report.getEntries()) {
            print.printf("%s  %s  %s  %s%n", entry.severity().level().getLocalName(),
                    FmtUtils.stringForNode(entry.focusNode(), prefixes),
                    entry.resultPath() == null ? "-" : entry.resultPath().toString(new Prologue(prefixes)),
                    entry.message());
        }
        print.println(report.conforms() ? "conforms" : "does not conform: " + report.getEntries().size() + " result(s)");
    }
}
