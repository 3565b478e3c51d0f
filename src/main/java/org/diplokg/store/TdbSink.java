package org.diplokg.store;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.diplokg.graph.DIP;

/**
 * Writes article graphs into the TDB2 dataset, {@code batchSize} articles per write transaction so that
 * a large ingest neither holds everything in memory nor pays for one commit per article. Each article's
 * graph is deleted and rewritten inside the transaction, so readers see either the old or the new
 * graph, never a mix.
 */
public final class TdbSink implements GraphSink {
    public static final int DEFAULT_BATCH = 100;

    private final DatasetGraph dsg;
    private final int batchSize;
    private final List<ArticleEntry> pending = new ArrayList<>();

    public TdbSink(KnowledgeStore store) {
        this(store, DEFAULT_BATCH);
    }

    public TdbSink(KnowledgeStore store, int batchSize) {
        if (batchSize < 1) throw new IllegalArgumentException("batch size " + batchSize);
        this.dsg = store.datasetGraph();
        this.batchSize = batchSize;
    }

    @Override
    public boolean isCurrent(ArticleKey key) {
        Node graph = NodeFactory.createURI(key.graphIri());
        Node article = NodeFactory.createURI(key.articleIri());
        return Txn.calculateRead(dsg, () ->
                holds(graph, article, DIP.contentHash.asNode(), key.contentHash())
                        && holds(graph, article, DIP.extractorVersion.asNode(), key.extractorVersion()));
    }

    private boolean holds(Node graph, Node subject, Node property, String lexicalForm) {
        var found = dsg.find(graph, subject, property, Node.ANY);
        try {
            while (found.hasNext()) {
                Node value = found.next().getObject();
                if (value.isLiteral() && value.getLiteralLexicalForm().equals(lexicalForm)) return true;
            }
            return false;
        } finally {
            Iter.close(found);
        }
    }

    @Override
    public List<StoreResult> put(ArticleEntry entry) {
        pending.add(entry);
        return pending.size() >= batchSize ? flush() : List.of();
    }

    @Override
    public List<StoreResult> flush() {
        if (pending.isEmpty()) return List.of();
        List<ArticleEntry> batch = List.copyOf(pending);
        pending.clear();
        try {
            return Txn.calculateWrite(dsg, () -> batch.stream().map(this::replace).toList());
        } catch (RuntimeException batchFailure) {
            // One bad article must not sink the others of its batch: retry each alone.
            return batch.stream().map(this::writeAlone).toList();
        }
    }

    private StoreResult writeAlone(ArticleEntry entry) {
        try {
            return Txn.calculateWrite(dsg, () -> replace(entry));
        } catch (RuntimeException e) {
            return StoreResult.failed(entry, String.valueOf(e.getMessage()));
        }
    }

    /** Inside a write transaction: the article's graph becomes exactly {@code entry.graph()}. */
    private StoreResult replace(ArticleEntry entry) {
        Node graph = NodeFactory.createURI(entry.key().graphIri());
        boolean existed = dsg.contains(graph, Node.ANY, Node.ANY, Node.ANY);
        if (existed) dsg.deleteAny(graph, Node.ANY, Node.ANY, Node.ANY);
        long[] quads = {0};
        entry.graph().find().forEach(t -> {
            dsg.add(graph, t.getSubject(), t.getPredicate(), t.getObject());
            quads[0]++;
        });
        return new StoreResult(entry, existed ? Outcome.REPLACED : Outcome.ADDED, quads[0], null);
    }

    @Override
    public void close() {
        pending.clear();
    }
}
