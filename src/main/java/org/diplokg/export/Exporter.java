package org.diplokg.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphUnionRead;
import org.apache.jena.system.Txn;
import org.diplokg.store.KnowledgeStore;
import org.eclipse.rdf4j.rio.RDFWriter;
import org.eclipse.rdf4j.rio.Rio;

/**
 * Writes the knowledge graph as linked data: every named graph (the store's own bookkeeping graph
 * aside) or one graph. Quad formats keep the graph names; a triple format gets the one graph asked
 * for, or the union of all graphs.
 */
public final class Exporter {
    private static final Node META = NodeFactory.createURI(KnowledgeStore.META_GRAPH);

    private Exporter() {}

    /** Writes to a file, gzip-compressed when its name ends in ".gz". */
    public static void write(DatasetGraph dsg, String graphIri, RdfFormat format, Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) Files.createDirectories(parent);
            try (OutputStream out = open(file)) {
                write(dsg, graphIri, format, out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** Opens a file for writing, gzip-compressed when its name ends in ".gz". */
    public static OutputStream open(Path file) throws IOException {
        OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
        return file.getFileName().toString().endsWith(".gz") ? new GZIPOutputStream(out, 1 << 16) : out;
    }

    /**
     * Writes the dataset's named graphs, or only {@code graphIri} when it is not null, in {@code format}.
     * Does not close {@code out}.
     */
    public static void write(DatasetGraph dsg, String graphIri, RdfFormat format, OutputStream out) {
        Txn.executeRead(dsg, () -> {
            List<Node> graphs = selectGraphs(dsg, graphIri);
            DatasetGraph view = DatasetGraphFactory.createGeneral();
            graphs.forEach(g -> view.addGraph(g, dsg.getGraph(g)));
            view.prefixes().putAll(dsg.prefixes());
            if (format == RdfFormat.RDF4J_BINARY) writeWithRio(view, format, out);
            else if (format.quads()) RDFDataMgr.write(out, view, format.jena());
            else RDFDataMgr.write(out, tripleContent(dsg, graphs), format.jena());
        });
    }

    private static List<Node> selectGraphs(DatasetGraph dsg, String graphIri) {
        if (graphIri == null) return Iter.toList(Iter.filter(dsg.listGraphNodes(), g -> !g.equals(META)));
        Node graph = NodeFactory.createURI(graphIri);
        if (!dsg.contains(graph, Node.ANY, Node.ANY, Node.ANY))
            throw new IllegalArgumentException("no graph <" + graphIri + "> in the dataset");
        return List.of(graph);
    }

    /** The union of the graphs, read-only, with prefixes of its own (a stored graph's are persistent). */
    private static Graph tripleContent(DatasetGraph dsg, List<Node> graphs) {
        Graph content = new GraphUnionRead(dsg, graphs);
        content.getPrefixMapping().setNsPrefixes(dsg.prefixes().getMapping());
        return content;
    }

    private static void writeWithRio(DatasetGraph view, RdfFormat format, OutputStream out) {
        RDFWriter writer = Rio.createWriter(format.rio(), out);
        writer.startRDF();
        view.prefixes().forEach(writer::handleNamespace);
        view.find().forEachRemaining(quad -> writer.handleStatement(Rdf4jMapper.toRdf4j(quad)));
        writer.endRDF();
    }
}
