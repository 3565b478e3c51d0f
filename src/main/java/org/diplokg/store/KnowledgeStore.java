package org.diplokg.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * The knowledge graph on disk: a TDB2 dataset in a directory, created on first use. Every article has its
 * own named graph; the reference graphs (ontology, code lists, gazetteer) are named graphs too, and the
 * default graph that queries see is the union of all named graphs.
 */
public final class KnowledgeStore implements AutoCloseable {
    /** Bookkeeping of the store itself: the hash of the files each reference graph was loaded from. */
    public static final String META_GRAPH = ReferenceGraph.GRAPH_BASE + "meta";
    private static final Node META = NodeFactory.createURI(META_GRAPH);
    private static final Node SOURCE_HASH = NodeFactory.createURI(META_GRAPH + "#sourceHash");

    private final Path directory;
    private final Dataset dataset;

    private KnowledgeStore(Path directory, Dataset dataset) {
        this.directory = directory;
        this.dataset = dataset;
    }

    /** Opens the TDB2 dataset at {@code directory}, creating it when it does not exist yet. */
    public static KnowledgeStore open(Path directory) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the database directory " + directory, e);
        }
        Dataset dataset = TDB2Factory.connectDataset(directory.toString());
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
        return new KnowledgeStore(directory, dataset);
    }

    /** Opens the store and brings its reference graphs in step with their files. */
    public static KnowledgeStore open(Path directory, List<ReferenceGraph> referenceGraphs) {
        KnowledgeStore store = open(directory);
        try {
            store.syncReference(referenceGraphs);
            return store;
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    public Path directory() { return directory; }

    /** The dataset; its default graph is the union of the named graphs. */
    public Dataset dataset() { return dataset; }

    public DatasetGraph datasetGraph() { return dataset.asDatasetGraph(); }

    /**
     * Reloads each reference graph whose files changed since it was last loaded (or that was never
     * loaded), all in one write transaction: a broken file leaves every graph as it was.
     *
     * @return the IRIs of the graphs that were (re)loaded
     */
    public List<String> syncReference(List<ReferenceGraph> referenceGraphs) {
        List<String> reloaded = new ArrayList<>();
        DatasetGraph dsg = datasetGraph();
        Txn.executeWrite(dsg, () -> {
            for (ReferenceGraph reference : referenceGraphs) {
                Node graph = NodeFactory.createURI(reference.iri());
                Node hash = NodeFactory.createLiteralString(hashOf(reference.files()));
                if (dsg.contains(META, graph, SOURCE_HASH, hash)) continue;
                dsg.deleteAny(graph, Node.ANY, Node.ANY, Node.ANY);
                for (Path file : reference.files()) load(dsg, graph, file);
                dsg.deleteAny(META, graph, SOURCE_HASH, Node.ANY);
                dsg.add(META, graph, SOURCE_HASH, hash);
                reloaded.add(reference.iri());
            }
        });
        return reloaded;
    }

    private static void load(DatasetGraph dsg, Node graphName, Path file) {
        Graph parsed;
        try {
            parsed = RDFParser.source(file).errorHandler(ErrorHandlerFactory.errorHandlerNoLogging).toGraph();
        } catch (RiotException e) {
            throw new IllegalStateException(file + ": " + e.getMessage(), e);
        }
        parsed.find().forEach(t -> dsg.add(graphName, t.getSubject(), t.getPredicate(), t.getObject()));
        // The prefixes of the reference files make query results and exports readable.
        parsed.getPrefixMapping().getNsPrefixMap().forEach(dsg.prefixes()::add);
    }

    /** SHA-256 over the files' names and contents: moving the checkout does not force a reload, editing does. */
    private static String hashOf(List<Path> files) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Path file : files) {
                digest.update(file.getFileName().toString().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(Files.readAllBytes(file));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Releases the database so that another process can open it. */
    @Override
    public void close() {
        TDBInternal.expel(datasetGraph());
    }
}
