package org.diplokg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KnowledgeStoreTest {
    @TempDir Path temp;

    @Test
    void createdOnFirstUseWithTheReferenceGraphs() {
        Path home = Fixtures.home(temp);
        try (KnowledgeStore store = KnowledgeStore.open(temp.resolve("db"), ReferenceGraph.standard(home))) {
            Txn.executeRead(store.dataset(), () -> {
                assertTrue(size(store, ReferenceGraph.ONTOLOGY) > 0);
                assertTrue(size(store, ReferenceGraph.CODES) > 0);
                assertTrue(size(store, ReferenceGraph.GAZETTEER) > 0);
                // The default graph is the union: a query without GRAPH sees the gazetteer.
                String ask = "ASK { <https://w3id.org/diplokg/id/actor/egypt> a <https://w3id.org/diplokg/ontology#State> }";
                try (var exec = QueryExecutionFactory.create(ask, store.dataset())) {
                    assertTrue(exec.execAsk());
                }
                assertEquals("https://w3id.org/diplokg/ontology#", store.datasetGraph().prefixes().get("dip"));
            });
        }
        assertTrue(Files.isDirectory(temp.resolve("db")));
    }

    @Test
    void reloadsOnlyTheReferenceGraphsWhoseFilesChanged() throws Exception {
        Path home = Fixtures.home(temp);
        Path db = temp.resolve("db");
        try (KnowledgeStore store = KnowledgeStore.open(db)) {
            assertEquals(List.of(ReferenceGraph.ONTOLOGY, ReferenceGraph.CODES, ReferenceGraph.GAZETTEER),
                    store.syncReference(ReferenceGraph.standard(home)));
            assertEquals(List.of(), store.syncReference(ReferenceGraph.standard(home)));
        }
        Files.writeString(home.resolve("data/gazetteer/more.ttl"), """
                <https://w3id.org/diplokg/id/actor/qatar> a <https://w3id.org/diplokg/ontology#State> .
                """);
        try (KnowledgeStore store = KnowledgeStore.open(db)) {
            long before = Txn.calculateRead(store.dataset(), () -> size(store, ReferenceGraph.GAZETTEER));
            assertEquals(List.of(ReferenceGraph.GAZETTEER), store.syncReference(ReferenceGraph.standard(home)));
            assertEquals(before + 1, Txn.calculateRead(store.dataset(), () -> size(store, ReferenceGraph.GAZETTEER)));
        }
    }

    @Test
    void aBrokenReferenceFileNamesItselfAndChangesNothing() throws Exception {
        Path home = Fixtures.home(temp);
        try (KnowledgeStore store = KnowledgeStore.open(temp.resolve("db"))) {
            store.syncReference(ReferenceGraph.standard(home));
            long ontology = Txn.calculateRead(store.dataset(), () -> size(store, ReferenceGraph.ONTOLOGY));
            Files.writeString(home.resolve("ontology/diplokg.ttl"), "this is not turtle");
            Files.writeString(home.resolve("ontology/codes.ttl"), "");
            var failure = assertThrows(IllegalStateException.class,
                    () -> store.syncReference(ReferenceGraph.standard(home)));
            assertTrue(failure.getMessage().contains("diplokg.ttl"), failure.getMessage());
            assertEquals(ontology, Txn.calculateRead(store.dataset(), () -> size(store, ReferenceGraph.ONTOLOGY)));
            assertTrue(Txn.calculateRead(store.dataset(), () -> size(store, ReferenceGraph.CODES)) > 0);
        }
    }

    private static long size(KnowledgeStore store, String graph) {
        Node name = NodeFactory.createURI(graph);
        return org.apache.jena.atlas.iterator.Iter.count(store.datasetGraph().find(name, Node.ANY, Node.ANY, Node.ANY));
    }
}
