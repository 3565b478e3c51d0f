package org.diplokg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.diplokg.export.Exporter;
import org.diplokg.export.RdfFormat;
import org.diplokg.model.Article;
import org.diplokg.store.Fixtures;
import org.junit.jupiter.api.Test;

class PreviewTest {
    @Test
    void buildsOneGraphPerArticleAndReportsTheBrokenOnes() {
        Article cairo = Fixtures.article("https://example.org/cairo", "Blinken in Cairo",
                "meeting 2024-06-10 antony-blinken abdel-fattah-el-sisi");
        Article broken = Fixtures.article("https://example.org/bad", "Bad", "explode");
        List<ArticleReport> failures = new ArrayList<>();

        DatasetGraph graphs = Preview.of(Fixtures.sources(Fixtures.ok(cairo), Fixtures.unreadable("x.html"),
                Fixtures.ok(broken)), Fixtures.EXTRACTOR, Fixtures::map, failures::add);

        assertEquals(2, failures.size());
        ByteArrayOutputStream trig = new ByteArrayOutputStream();
        Exporter.write(graphs, null, RdfFormat.TRIG, trig);
        DatasetGraph readBack = RDFParser.source(new ByteArrayInputStream(trig.toByteArray())).lang(Lang.TRIG)
                .toDatasetGraph();
        var graph = readBack.getGraph(NodeFactory.createURI(Fixtures.graphOf(cairo)));
        assertTrue(Fixtures.map(Fixtures.EXTRACTOR.extract(cairo)).getGraph().isIsomorphicWith(graph));
        assertEquals(1, readBack.size());
    }
}
