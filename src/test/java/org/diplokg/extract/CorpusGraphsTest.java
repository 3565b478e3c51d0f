package org.diplokg.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.lib.ShLib;
import org.diplokg.config.Home;
import org.diplokg.graph.ArticleGraph;
import org.diplokg.graph.Ontology;
import org.diplokg.model.Extraction;
import org.diplokg.source.SourceResult;
import org.diplokg.source.Sources;
import org.junit.jupiter.api.Test;

/** Every article of the development corpus goes through extraction and mapping to a graph that meets the shapes. */
class CorpusGraphsTest {
    @Test
    void everyCorpusArticleYieldsAValidGraph() {
        RuleExtractor extractor = RuleExtractor.standard();
        List<SourceResult> read = Sources.read(List.of(Home.data("articles"))).toList();
        assertTrue(read.size() >= 40, "corpus articles: " + read.size());
        int events = 0;
        for (SourceResult r : read) {
            assertTrue(r.ok(), () -> r.origin() + ": " + r.error());
            Extraction x = extractor.extract(r.article());
            events += x.events().size();
            Model graph = ArticleGraph.map(x);
            ValidationReport report = Ontology.validate(graph.getGraph());
            if (!report.conforms()) ShLib.printReport(report);
            assertTrue(report.conforms(), () -> r.origin() + " breaks the shapes");
        }
        assertTrue(events > 100, "events found in the corpus: " + events);
    }
}
