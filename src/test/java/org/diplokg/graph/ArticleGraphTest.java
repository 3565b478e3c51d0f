package org.diplokg.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OA;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.diplokg.graph.Vocab.PROV;
import org.diplokg.graph.Vocab.SCHEMA;
import org.diplokg.graph.Vocab.SEM;
import org.diplokg.graph.Vocab.TIME;
import org.diplokg.model.Actor;
import org.diplokg.model.ActorType;
import org.diplokg.model.Article;
import org.diplokg.model.Event;
import org.diplokg.model.EventType;
import org.diplokg.model.Evidence;
import org.diplokg.model.Extraction;
import org.diplokg.model.Mention;
import org.diplokg.model.Phase;
import org.diplokg.model.Role;
import org.diplokg.model.Tenure;
import org.diplokg.model.TimeValue;
import org.junit.jupiter.api.Test;

class ArticleGraphTest {
    /** An English article: a ceasefire proposal in phases, its rejection, an exchange, a resolution vote. */
    private static final String BODY = "Egypt proposed a three-phase truce plan in late May 2024. "
            + "Hamas rejected the plan on 2 June 2024. "
            + "The UN Security Council adopted the resolution with 14 votes in favour and one abstention. "
            + "Foreign Minister Sameh Shoukry welcomed the vote.";

    @Test
    void theSeedGoldMapsExactlyToTheFixture() {
        Model expected = SeedExtraction.articleGraph(SeedExtraction.fixture());
        Model actual = ArticleGraph.map(SeedExtraction.build());
        assertEquals("", difference(expected, actual) + difference(actual, expected),
                "triples only in the fixture, then only in the mapping");
        assertTrue(actual.isIsomorphicWith(expected));
    }

    @Test
    void theSeedMappingConformsToTheShapes() {
        ShapesTest.assertConforms(ArticleGraph.map(SeedExtraction.build()));
    }

    @Test
    void articleMetadataAndProvenance() {
        Extraction extraction = englishExtraction();
        Model graph = ArticleGraph.map(extraction);
        Resource article = graph.getResource(Iris.article("0123456789abcdef"));
        assertTrue(graph.contains(article, RDF.type, SCHEMA.NewsArticle));
        assertTrue(graph.contains(article, SCHEMA.url, graph.getResource("https://news.example.org/truce%20plan")),
                "a space in a URL is percent-encoded");
        assertTrue(graph.contains(article, SCHEMA.headline, graph.createLiteral("Plan rejected", "en")));
        assertTrue(graph.contains(article, SCHEMA.inLanguage, "en"));
        assertTrue(graph.contains(article, SCHEMA.datePublished, graph.createTypedLiteral("2024-06-03", XSDDatatype.XSDdate)));
        assertTrue(graph.contains(article, SCHEMA.publisher, "Example News"));
        assertTrue(graph.contains(article, DIP.body, graph.createLiteral(BODY, "en")));
        assertTrue(graph.contains(article, DIP.contentHash, "a".repeat(64)));
        assertTrue(graph.contains(article, DIP.extractorVersion, "rules-7"));
        Resource run = article.getPropertyResourceValue(PROV.wasGeneratedBy);
        assertTrue(graph.contains(run, RDF.type, DIP.ExtractionRun));
        assertTrue(graph.contains(run, DIP.extractorVersion, "rules-7"));
    }

    @Test
    void actorsTenuresAndMentions() {
        Model graph = ArticleGraph.map(englishExtraction());
        Resource egypt = graph.getResource(Iris.actor("egypt"));
        assertTrue(graph.contains(egypt, RDF.type, DIP.State));
        assertTrue(graph.contains(egypt, RDFS.label, graph.createLiteral("مصر", "ar")));
        assertTrue(graph.contains(egypt, SKOS.altLabel, graph.createLiteral("جمهورية مصر العربية", "ar")), "alias tagged by its script");
        assertTrue(graph.contains(egypt, SKOS.altLabel, graph.createLiteral("Arab Republic of Egypt", "en")));
        assertTrue(graph.contains(egypt, SCHEMA.sameAs, graph.getResource("http://www.wikidata.org/entity/Q79")));
        assertTrue(graph.contains(graph.getResource(Iris.article("0123456789abcdef")), DIP.mentions, egypt));
        Resource mention = egypt.getPropertyResourceValue(DIP.evidence);
        assertEquals("Egypt", quote(mention));

        Resource tenure = graph.listSubjectsWithProperty(RDF.type, DIP.Tenure).next();
        assertTrue(graph.contains(tenure, ORG.member, graph.getResource(Iris.actor("sameh-shoukry"))));
        assertFalse(graph.contains(tenure, ORG.organization), "the text names no organization");
        assertTrue(graph.contains(tenure, DIP.title, graph.createLiteral("Foreign Minister", "en")));
        assertTrue(graph.contains(tenure, DIP.asOf, graph.createTypedLiteral("2024-06-03", XSDDatatype.XSDdate)));
    }

    @Test
    void eventsWithTimePhasesQuantitiesAndResponses() {
        Extraction extraction = englishExtraction();
        Model graph = ArticleGraph.map(extraction);
        List<String> eventIris = ArticleGraph.eventIris(extraction, Iris.defaults());
        Resource proposal = graph.getResource(eventIris.get(0));
        Resource rejection = graph.getResource(eventIris.get(1));
        Resource resolution = graph.getResource(eventIris.get(2));

        assertTrue(graph.contains(proposal, RDF.type, DIP.Proposal));
        assertTrue(graph.contains(proposal, DIP.identityKey, "Proposal|2024-05|egypt"));
        assertEquals(Iris.DEFAULT_BASE + "event/" + EventIdentity.hash("Proposal|2024-05|egypt"), proposal.getURI());
        assertTrue(graph.contains(proposal, DIP.eventCode, graph.getResource("https://w3id.org/diplokg/code/cameo/036")));
        assertTrue(graph.contains(proposal, DIP.eventCode, graph.getResource("https://w3id.org/diplokg/code/plover/AGREE")));
        assertTrue(graph.contains(proposal, DIP.proposer, graph.getResource(Iris.actor("egypt"))));
        assertTrue(graph.contains(proposal, SEM.hasTimeStamp, graph.createTypedLiteral("2024-05", XSDDatatype.XSDgYearMonth)));
        assertTrue(graph.contains(proposal, DIP.timeQualifier, "late"));
        assertTrue(graph.contains(proposal, DIP.phaseCount, graph.createTypedLiteral("3", XSDDatatype.XSDpositiveInteger)));
        assertTrue(graph.contains(proposal, DIP.status, "planned"));
        Resource phase = graph.getResource(proposal.getURI() + "/phase/1");
        assertTrue(graph.contains(proposal, DIP.hasPhase, phase));
        assertTrue(graph.contains(phase, RDF.type, DIP.Phase));
        assertTrue(graph.contains(phase, DIP.ordinal, graph.createTypedLiteral("1", XSDDatatype.XSDpositiveInteger)));
        assertTrue(graph.contains(phase, DCTerms.description, graph.createLiteral("a six-week truce", "en")));
        assertTrue(graph.contains(phase, TIME.hasXSDDuration, graph.createTypedLiteral("P42D", XSDDatatype.XSDduration)));

        assertTrue(graph.contains(rejection, DIP.agent, graph.getResource(Iris.actor("hamas"))));
        assertTrue(graph.contains(rejection, SEM.hasTimeStamp, graph.createTypedLiteral("2024-06-02", XSDDatatype.XSDdate)));
        assertTrue(graph.contains(rejection, DIP.respondsTo, proposal));

        assertEquals(Iris.DEFAULT_BASE + "event/0123456789abcdef-3", resolution.getURI(), "undated: article-local");
        assertFalse(graph.contains(resolution, DIP.identityKey));
        assertFalse(graph.contains(resolution, SEM.hasTimeStamp));
        assertTrue(graph.contains(resolution, DIP.votesFor, graph.createTypedLiteral("14", XSDDatatype.XSDnonNegativeInteger)));
        assertTrue(graph.contains(resolution, DIP.abstentions, graph.createTypedLiteral("1", XSDDatatype.XSDnonNegativeInteger)));

        Resource evidence = rejection.getPropertyResourceValue(DIP.evidence);
        assertTrue(graph.contains(evidence, RDF.type, DIP.Mention));
        assertTrue(graph.contains(evidence, OA.hasSource, graph.getResource(Iris.article("0123456789abcdef"))));
        assertEquals("Hamas rejected the plan on 2 June 2024.", quote(evidence));
        assertEquals(1, evidence.getProperty(DIP.sentenceIndex).getInt());
        Literal confidence = evidence.getProperty(DIP.confidence).getLiteral();
        assertEquals(XSDDatatype.XSDdecimal.getURI(), confidence.getDatatypeURI());
        assertEquals("0.85", confidence.getLexicalForm());
        assertEquals("trigger:reject", evidence.getProperty(DIP.method).getString());
    }

    @Test
    void theHandBuiltExtractionConformsToTheShapes() {
        ShapesTest.assertConforms(ArticleGraph.map(englishExtraction()));
    }

    @Test
    void aDeploymentCanMintUnderItsOwnBase() {
        Model graph = ArticleGraph.map(englishExtraction(), Iris.under("https://kg.example.org/"));
        assertTrue(graph.contains(graph.getResource("https://kg.example.org/article/0123456789abcdef"), RDF.type, SCHEMA.NewsArticle));
        assertTrue(graph.contains(graph.getResource("https://kg.example.org/actor/egypt"), RDF.type, DIP.State));
        graph.listSubjects().forEach(s -> assertTrue(s.getURI().startsWith("https://kg.example.org/"), s.getURI()));
    }

    @Test
    void offsetsCountCodePointsAsTheShapesDo() {
        String body = "\uD83C\uDDEA\uD83C\uDDEC Egypt mediates.";  // a flag: two code points, four UTF-16 units
        Article article = new Article("00000000000000ff", null, null, null, "en", null, null, body, "d".repeat(64), "test");
        Actor egypt = new Actor("egypt", ActorType.State, Map.of("en", "Egypt"), List.of(), "Q79", null);
        Evidence named = new Evidence(0, 3, 8, "Egypt", 0.9, "gazetteer");
        Extraction extraction = new Extraction(article, List.of(egypt), List.of(), List.of(new Mention("egypt", named)),
                List.of(), List.of(), "rules-7");
        ShapesTest.assertConforms(ArticleGraph.map(extraction));
        Evidence utf16 = new Evidence(0, 5, 10, "Egypt", 0.9, "gazetteer");
        Extraction wrong = new Extraction(article, List.of(egypt), List.of(), List.of(new Mention("egypt", utf16)),
                List.of(), List.of(), "rules-7");
        assertFalse(Ontology.validate(ArticleGraph.map(wrong).getGraph()).conforms(), "UTF-16 offsets are caught");
    }

    @Test
    void anUnknownQuantityIsRefused() {
        Extraction extraction = englishExtraction();
        Event odd = new Event(EventType.Exchange, Map.of(), List.of(), null, null, null, null, null, List.of(), null, null,
                Map.of("hostages", 3), -1, List.of(span(0, "Egypt")));
        Extraction withOdd = new Extraction(extraction.article(), extraction.actors(), extraction.places(),
                extraction.actorMentions(), extraction.tenures(), List.of(odd), extraction.extractorVersion());
        assertThrows(IllegalArgumentException.class, () -> ArticleGraph.map(withOdd));
    }

    static Extraction englishExtraction() {
        Article article = new Article("0123456789abcdef", "https://news.example.org/truce plan", "Plan rejected",
                LocalDate.parse("2024-06-03"), "en", "Example News", null, BODY, "a".repeat(64), "test");
        List<Actor> actors = List.of(
                new Actor("egypt", ActorType.State, Map.of("en", "Egypt", "ar", "مصر"),
                        List.of("Arab Republic of Egypt", "جمهورية مصر العربية"), "Q79", null),
                new Actor("hamas", ActorType.ArmedGroup, Map.of("en", "Hamas"), List.of(), "Q38799", null),
                new Actor("sameh-shoukry", ActorType.Person, Map.of("en", "Sameh Shoukry"), List.of(), null, "egypt"),
                new Actor("unsc", ActorType.InternationalOrganization, Map.of("en", "UN Security Council"), List.of(), "Q37470", null));
        Event proposal = new Event(EventType.Proposal, Map.of(Role.proposer, List.of("egypt")), List.of(),
                new TimeValue("2024-05", "late"), null, null, null, 3,
                List.of(new Phase(1, "a six-week truce", "P42D")), null, "planned", Map.of(), -1,
                List.of(span(0, "Egypt proposed a three-phase truce plan in late May 2024.")));
        Event rejection = new Event(EventType.Rejection, Map.of(Role.agent, List.of("hamas")), List.of(),
                TimeValue.of("2024-06-02"), null, null, null, null, List.of(), null, null, Map.of(), 0,
                List.of(span(1, "Hamas rejected the plan on 2 June 2024.", 0.85, "trigger:reject")));
        Event resolution = new Event(EventType.Resolution, Map.of(Role.agent, List.of("unsc")), List.of(), null, null, null,
                null, null, List.of(), null, null, Map.of("votesFor", 14, "abstentions", 1), -1,
                List.of(span(2, "The UN Security Council adopted the resolution with 14 votes in favour and one abstention.")));
        return new Extraction(article, actors, List.of(), List.of(new Mention("egypt", span(0, "Egypt"))),
                List.of(new Tenure("sameh-shoukry", null, "Foreign Minister", "en", span(3, "Foreign Minister Sameh Shoukry"))),
                List.of(proposal, rejection, resolution), "rules-7");
    }

    private static Evidence span(int sentence, String quote) {
        return span(sentence, quote, 0.9, "gazetteer");
    }

    /** The body is ASCII, so UTF-16 indexes are code-point offsets. */
    private static Evidence span(int sentence, String quote, double confidence, String method) {
        int start = BODY.indexOf(quote);
        return new Evidence(sentence, start, start + quote.length(), quote, confidence, method);
    }

    private static String quote(Resource mention) {
        return mention.listProperties(OA.hasSelector).toList().stream()
                .map(Statement::getResource).filter(s -> s.hasProperty(RDF.type, OA.TextQuoteSelector))
                .map(s -> s.getProperty(OA.exact).getString()).findFirst().orElseThrow();
    }

    private static String difference(Model a, Model b) {
        StringBuilder out = new StringBuilder();
        a.listStatements().forEach(s -> { if (!b.contains(s)) out.append(s).append('\n'); });
        return out.toString();
    }
}
