package org.diplokg.graph;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Iterator;

import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.lib.ShLib;
import org.apache.jena.vocabulary.OA;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;

class ShapesTest {
    private final Dataset fixture = SeedExtraction.fixture();

    @Test
    void everyGraphOfTheFixtureConforms() {
        Iterator<String> names = fixture.listNames();
        int graphs = 0;
        while (names.hasNext()) {
            String name = names.next();
            assertConforms(fixture.getNamedModel(name));
            graphs++;
        }
        assertTrue(graphs == 2, "article graph and gazetteer graph");
    }

    @Test
    void aStatementWithoutSpeakerFails() {
        Model broken = copyOfArticleGraph();
        Resource statement = broken.listSubjectsWithProperty(RDF.type, DIP.Statement).next();
        broken.removeAll(statement, DIP.speaker, null);
        assertViolates(broken, statement);
    }

    @Test
    void aMeetingWithASpeakerFails() {
        Model broken = copyOfArticleGraph();
        Resource meeting = broken.listSubjectsWithProperty(RDF.type, DIP.Meeting).next();
        meeting.addProperty(DIP.speaker, broken.createResource(Iris.actor("egypt")));
        assertViolates(broken, meeting);
    }

    @Test
    void aMeetingNamedOnlyByItsHostConforms() {
        Model graph = copyOfArticleGraph();
        Resource meeting = graph.listSubjectsWithProperty(RDF.type, DIP.Meeting).next();
        Resource side = meeting.getPropertyResourceValue(DIP.participant);
        graph.removeAll(meeting, DIP.participant, null);
        graph.removeAll(meeting, Vocab.SEM.hasTimeStamp, null);
        meeting.addProperty(DIP.host, side);
        assertConforms(graph);
    }

    @Test
    void aMeetingWithNeitherParticipantNorHostNorDateFails() {
        Model broken = copyOfArticleGraph();
        Resource meeting = broken.listSubjectsWithProperty(RDF.type, DIP.Meeting).next();
        broken.removeAll(meeting, DIP.participant, null);
        broken.removeAll(meeting, DIP.host, null);
        broken.removeAll(meeting, Vocab.SEM.hasTimeStamp, null);
        assertViolates(broken, meeting);
    }

    @Test
    void aConfidenceAboveOneFails() {
        Model broken = copyOfArticleGraph();
        Resource mention = broken.listSubjectsWithProperty(RDF.type, DIP.Mention).next();
        broken.removeAll(mention, DIP.confidence, null);
        mention.addLiteral(DIP.confidence, broken.createTypedLiteral("1.5", org.apache.jena.datatypes.xsd.XSDDatatype.XSDdecimal));
        assertViolates(broken, mention);
    }

    @Test
    void aQuoteThatIsNotTheBodyBetweenItsOffsetsFails() {
        Model broken = copyOfArticleGraph();
        Statement start = broken.listStatements(null, OA.start, (org.apache.jena.rdf.model.RDFNode) null).next();
        Resource position = start.getSubject();
        int shifted = start.getInt() + 1;
        broken.remove(start);
        position.addLiteral(OA.start, broken.createTypedLiteral(Integer.toString(shifted),
                org.apache.jena.datatypes.xsd.XSDDatatype.XSDnonNegativeInteger));
        Resource mention = broken.listSubjectsWithProperty(OA.hasSelector, position).next();
        assertViolates(broken, mention);
    }

    @Test
    void aTimeStampOfTheWrongDatatypeFails() {
        Model broken = copyOfArticleGraph();
        Resource meeting = broken.listSubjectsWithProperty(RDF.type, DIP.Meeting).next();
        broken.removeAll(meeting, Vocab.SEM.hasTimeStamp, null);
        meeting.addProperty(Vocab.SEM.hasTimeStamp, "10/06/2024");
        assertViolates(broken, meeting);
    }

    static void assertConforms(Model graph) {
        ValidationReport report = Ontology.validate(graph.getGraph());
        if (!report.conforms()) ShLib.printReport(report);
        assertTrue(report.conforms(), "graph conforms to ontology/shapes.ttl");
    }

    private static void assertViolates(Model graph, Resource focus) {
        ValidationReport report = Ontology.validate(graph.getGraph());
        assertFalse(report.conforms());
        assertTrue(report.getEntries().stream().anyMatch(e -> e.focusNode().equals(focus.asNode())),
                "a violation on " + focus);
    }

    private Model copyOfArticleGraph() {
        return ModelFactory.createDefaultModel().add(SeedExtraction.articleGraph(fixture));
    }
}
