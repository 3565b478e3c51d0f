package org.diplokg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ReadWrite;
import org.diplokg.config.Home;
import org.diplokg.extract.RuleExtractor;
import org.diplokg.store.KnowledgeStore;
import org.diplokg.store.ReferenceGraph;
import org.diplokg.store.TdbSink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Ma'an report (Arabic) and the State Department readout (English) of the Sisi–Blinken meeting become one
 * Meeting node in the union graph, with evidence from both articles.
 */
class SameMeetingAcrossLanguagesTest {
    @TempDir Path temp;

    @Test
    void oneMeetingNodeWithEvidenceFromBothArticles() {
        List<Path> articles = List.of(
                Home.data("articles", "ar", "maan-2024-06-10-sisi-blinken.txt"),
                Home.data("articles", "en", "state-2024-06-10-secretary-blinken-meeting-with-egyptian-president-sisi.txt"));
        try (KnowledgeStore store = KnowledgeStore.open(temp.resolve("db"), ReferenceGraph.standard(Home.dir()))) {
            try (TdbSink sink = new TdbSink(store)) {
                IngestSummary summary = Ingest.run(articles, RuleExtractor.standard(), sink, report -> {});
                assertEquals(2, summary.added());
            }
            List<QuerySolution> meetings = new ArrayList<>();
            store.dataset().begin(ReadWrite.READ);
            try (var exec = QueryExecutionFactory.create("""
                    PREFIX dip: <https://w3id.org/diplokg/ontology#>
                    PREFIX sem: <http://semanticweb.cs.vu.nl/2009/11/sem/>
                    PREFIX oa: <http://www.w3.org/ns/oa#>
                    PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
                    SELECT ?meeting (COUNT(DISTINCT ?article) AS ?sources) WHERE {
                      ?meeting a dip:Meeting ;
                               sem:hasTimeStamp "2024-06-10"^^xsd:date ;
                               dip:participant <https://w3id.org/diplokg/id/actor/antony-blinken> ,
                                               <https://w3id.org/diplokg/id/actor/abdel-fattah-el-sisi> ;
                               dip:evidence ?mention .
                      ?mention oa:hasSource ?article .
                    } GROUP BY ?meeting""", store.dataset())) {
                exec.execSelect().forEachRemaining(meetings::add);
            } finally {
                store.dataset().end();
            }
            assertEquals(1, meetings.size(), () -> "meeting nodes: " + meetings);
            assertEquals(2, meetings.getFirst().getLiteral("sources").getInt());
        }
    }
}
