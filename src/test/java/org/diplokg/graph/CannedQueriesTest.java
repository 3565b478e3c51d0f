package org.diplokg.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.diplokg.model.Actor;
import org.diplokg.model.ActorType;
import org.diplokg.model.Article;
import org.diplokg.model.Event;
import org.diplokg.model.EventType;
import org.diplokg.model.Evidence;
import org.diplokg.model.Extraction;
import org.diplokg.model.Role;
import org.diplokg.model.Tenure;
import org.diplokg.model.TimeValue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Each query of queries/ over the seed fixture, loaded as the store loads a dataset: named graphs in TDB2 (the
 * article graph, the gazetteer, the ontology and the code lists), queried through the union default graph, with
 * parameters bound by Jena's parameterized query substitution.
 */
class CannedQueriesTest {
    private static final String BLINKEN = Iris.actor("antony-blinken");
    private static final String SISI = Iris.actor("abdel-fattah-el-sisi");

    private Dataset dataset;
    private String seedArticle;

    @BeforeEach
    void load() {
        dataset = TDB2Factory.createDataset();
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
        Dataset fixture = SeedExtraction.fixture();
        seedArticle = Iris.article(SeedExtraction.build().article().id());
        Txn.executeWrite(dataset, () -> {
            fixture.listNames().forEachRemaining(name -> dataset.addNamedModel(name, fixture.getNamedModel(name)));
            Ontology.datasetGraphs(Iris.defaults()).forEach(dataset::addNamedModel);
        });
    }

    @Test
    void meetingsOfBlinken() {
        List<QuerySolution> rows = run("meetings-of-actor", Map.of("actor", iri(BLINKEN)));
        Set<String> with = rows.stream().map(r -> r.getResource("with").getURI()).collect(Collectors.toSet());
        assertEquals(Set.of(SISI, Iris.actor("abbas-kamel")), with);
        QuerySolution sisi = rows.stream().filter(r -> r.getResource("with").getURI().equals(SISI))
                .filter(r -> r.getLiteral("sentence").getInt() == 1).findFirst().orElseThrow();
        assertEquals("Abdel Fattah el-Sisi", sisi.getLiteral("withName").getString());
        assertEquals("participant", sisi.getLiteral("withRole").getString());
        assertEquals(Iris.place("cairo"), sisi.getResource("place").getURI());
        assertEquals("Cairo", sisi.getLiteral("placeName").getString());
        assertEquals(date("2024-06-10"), sisi.getLiteral("date"));
        assertEquals(seedArticle, sisi.getResource("article").getURI());
        assertTrue(sisi.getLiteral("quote").getString().startsWith("جاء ذلك خلال لقائهما بالقاهرة"));
        assertEquals("Antony Blinken", sisi.getLiteral("whoName").getString());
    }

    @Test
    void aMeetingReportedTwiceListsBothArticlesAndAMeetingWithoutPlaceHasNone() {
        Txn.executeWrite(dataset, () -> dataset.addNamedModel(Iris.articleGraph("3333333333333333"), ArticleGraph.map(laterArticle())));
        List<QuerySolution> rows = run("meetings-of-actor", Map.of("actor", iri(BLINKEN)));
        Set<String> juneSources = rows.stream().filter(r -> r.getLiteral("date").getLexicalForm().equals("2024-06-10"))
                .map(r -> r.getResource("article").getURI()).collect(Collectors.toSet());
        assertEquals(Set.of(seedArticle, Iris.article("3333333333333333")), juneSources);
        List<QuerySolution> july = rows.stream().filter(r -> r.getLiteral("date").getLexicalForm().equals("2024-07-01")).toList();
        assertEquals(1, july.size());
        assertNull(july.get(0).get("place"));
        assertNull(july.get(0).get("placeName"));
    }

    @Test
    void namesComeInTheRequestedLanguage() {
        List<QuerySolution> rows = run("meetings-of-actor", Map.of("actor", iri(BLINKEN), "lang", plain("ar")));
        assertTrue(rows.stream().anyMatch(r -> r.getLiteral("withName").getString().equals("عبد الفتاح السيسي")));
        assertTrue(rows.stream().allMatch(r -> r.getLiteral("placeName").getString().equals("القاهرة")));
    }

    @Test
    void timelineBetweenTwoDates() {
        List<QuerySolution> rows = run("timeline", Map.of("from", date("2024-05-01"), "to", date("2024-06-10")));
        List<String> types = rows.stream().map(r -> r.getLiteral("type").getString()).toList();
        assertEquals(List.of("Proposal", "MilitaryOperation", "MilitaryOperation"), types.subList(0, 3), "oldest first");
        assertEquals(Set.of("Proposal", "MilitaryOperation", "Meeting", "Agreement", "Statement", "Visit", "Tour"), new HashSet<>(types));
        assertEquals(10, rows.size(), "undated events and those of 2023 are left out");
        QuerySolution proposal = rows.get(0);
        assertEquals("2024-05", proposal.getLiteral("date").getString());
        assertEquals("late", proposal.getLiteral("timeQualifier").getString());
        assertEquals("Joe Biden", proposal.getLiteral("actors").getString());
        QuerySolution raid = rows.get(1);
        assertEquals("2024-05-06", raid.getLiteral("date").getString());
        assertEquals("Rafah", raid.getLiteral("places").getString());
    }

    @Test
    void timelineWithOpenEnds() {
        List<QuerySolution> rows = run("timeline", Map.of("to", date("2023-12-31")));
        assertEquals(List.of("Conflict", "Ceasefire", "Exchange"), rows.stream().map(r -> r.getLiteral("type").getString()).toList());
        assertEquals(13, run("timeline", Map.of()).size(), "every dated event");
    }

    @Test
    void proposalsWithPhasesAndProposers() {
        List<QuerySolution> rows = run("proposals", Map.of());
        assertEquals(1, rows.size());
        QuerySolution proposal = rows.get(0);
        assertEquals(Iris.actor("joe-biden"), proposal.getResource("proposer").getURI());
        assertEquals("Joe Biden", proposal.getLiteral("proposerName").getString());
        assertEquals(3, proposal.getLiteral("phaseCount").getInt());
        assertEquals("2024-05", proposal.getLiteral("date").getLexicalForm());
        assertEquals("late", proposal.getLiteral("timeQualifier").getString());
        assertEquals(0, run("proposals", Map.of("actor", iri(BLINKEN))).size());
        assertEquals(1, run("proposals", Map.of("actor", iri(Iris.actor("joe-biden")))).size());
    }

    @Test
    void proposalPhasesTheTextDescribes() {
        Txn.executeWrite(dataset, () -> dataset.addNamedModel(Iris.articleGraph("0123456789abcdef"),
                ArticleGraph.map(ArticleGraphTest.englishExtraction())));
        List<QuerySolution> rows = run("proposals", Map.of("actor", iri(Iris.actor("egypt"))));
        assertEquals(1, rows.size());
        assertEquals(1, rows.get(0).getLiteral("phaseOrdinal").getInt());
        assertEquals("a six-week truce", rows.get(0).getLiteral("phaseDescription").getString());
        assertEquals("P42D", rows.get(0).getLiteral("phaseDuration").getLexicalForm());
    }

    @Test
    void mediatorsAndPartiesOfNegotiations() {
        List<QuerySolution> rows = run("negotiations", Map.of());
        Set<String> roles = rows.stream().map(r -> r.getLiteral("role").getString() + " " + r.getLiteral("memberName").getString())
                .collect(Collectors.toSet());
        assertEquals(Set.of("party Hamas", "party Israel", "mediator Qatar", "mediator Egypt", "mediator United States"), roles);
        assertTrue(rows.stream().allMatch(r -> r.getLiteral("status").getString().equals("stalled")));
        assertEquals(5, run("negotiations", Map.of("actor", iri(Iris.actor("qatar")))).size());
        assertEquals(0, run("negotiations", Map.of("actor", iri(BLINKEN))).size());
    }

    @Test
    void postsPerTheLatestArticle() {
        assertEquals(4, run("posts", Map.of()).size());
        List<QuerySolution> blinken = run("posts", Map.of("actor", iri(BLINKEN)));
        assertEquals(1, blinken.size());
        assertEquals("وزير الخارجية", blinken.get(0).getLiteral("title").getString());
        assertEquals("United States", blinken.get(0).getLiteral("organizationName").getString());
        assertEquals(date("2024-06-10"), blinken.get(0).getLiteral("asOf"));

        Txn.executeWrite(dataset, () -> dataset.addNamedModel(Iris.articleGraph("3333333333333333"), ArticleGraph.map(laterArticle())));
        List<QuerySolution> later = run("posts", Map.of("actor", iri(BLINKEN)));
        assertEquals(1, later.size(), "only the latest article's claim");
        assertEquals("Secretary of State", later.get(0).getLiteral("title").getString());
        assertEquals(date("2024-07-01"), later.get(0).getLiteral("asOf"));
        assertEquals(Iris.article("3333333333333333"), later.get(0).getResource("article").getURI());
    }

    @Test
    void eventsTheSeedArticleReports() {
        List<QuerySolution> rows = run("article-events", Map.of("article", iri(seedArticle)));
        assertEquals(16, rows.stream().map(r -> r.getResource("event").getURI()).distinct().count());
        assertEquals(19, rows.size(), "three events cite two sentences");
        QuerySolution first = rows.get(0);
        assertEquals(0, first.getLiteral("start").getInt(), "text order");
        assertEquals(0, first.getLiteral("sentence").getInt());
        Set<Integer> meetingSentences = rows.stream().filter(r -> r.getLiteral("type").getString().equals("Meeting"))
                .map(r -> r.getLiteral("sentence").getInt()).collect(Collectors.toSet());
        assertEquals(Set.of(0, 1), meetingSentences);
        assertTrue(rows.stream().allMatch(r -> r.getLiteral("method").getString().equals("gold")));
    }

    @Test
    void actorsMostOftenMetCountEachMeetingOnce() {
        Txn.executeWrite(dataset, () -> {
            dataset.addNamedModel(Iris.articleGraph("3333333333333333"), ArticleGraph.map(laterArticle()));
        });
        List<QuerySolution> rows = run("most-met", Map.of("actor", iri(BLINKEN)));
        assertEquals(SISI, rows.get(0).getResource("other").getURI());
        assertEquals(2, rows.get(0).getLiteral("meetings").getInt(), "the seed's meeting, reported twice, and a later one");
        assertEquals("Abdel Fattah el-Sisi", rows.get(0).getLiteral("otherName").getString());
        assertEquals(Iris.actor("abbas-kamel"), rows.get(1).getResource("other").getURI());
        assertEquals(1, rows.get(1).getLiteral("meetings").getInt());
    }

    /**
     * A later English article: it reports the seed's meeting again (same day, same principals, no place), a
     * second meeting a month later, and Blinken's post in English.
     */
    private static Extraction laterArticle() {
        String body = "Blinken met Sisi on 10 June. Secretary of State Antony Blinken met Sisi again on 1 July.";
        Article article = new Article("3333333333333333", "https://news.example.org/blinken-sisi", "Blinken and Sisi",
                LocalDate.parse("2024-07-01"), "en", "Example News", null, body, "c".repeat(64), "test");
        List<Actor> actors = List.of(
                new Actor("antony-blinken", ActorType.Person, Map.of("en", "Antony Blinken"), List.of(), null, "united-states"),
                new Actor("abdel-fattah-el-sisi", ActorType.Person, Map.of("en", "Abdel Fattah el-Sisi"), List.of(), null, "egypt"),
                new Actor("united-states", ActorType.State, Map.of("en", "United States"), List.of(), "Q30", null));
        Evidence first = new Evidence(0, 0, 28, body.substring(0, 28), 0.8, "trigger:meet");
        Evidence second = new Evidence(1, 29, body.length(), body.substring(29), 0.8, "trigger:meet");
        Map<Role, List<String>> sides = Map.of(Role.participant, List.of("antony-blinken", "abdel-fattah-el-sisi"));
        List<Event> events = List.of(
                new Event(EventType.Meeting, sides, List.of(), TimeValue.of("2024-06-10"), null, null, null, null, List.of(),
                        null, null, Map.of(), -1, List.of(first)),
                new Event(EventType.Meeting, sides, List.of(), TimeValue.of("2024-07-01"), null, null, null, null, List.of(),
                        null, null, Map.of(), -1, List.of(second)));
        Tenure post = new Tenure("antony-blinken", "united-states", "Secretary of State", "en",
                new Evidence(1, 29, 61, body.substring(29, 61), 0.9, "title-pattern"));
        return new Extraction(article, actors, List.of(), List.of(), List.of(post), events, "rules-7");
    }

    private List<QuerySolution> run(String name, Map<String, RDFNode> parameters) {
        ParameterizedSparqlString query = new ParameterizedSparqlString(read("/queries/" + name + ".rq"));
        parameters.forEach(query::setParam);
        return Txn.calculateRead(dataset, () -> {
            try (QueryExecution execution = QueryExecution.create(query.asQuery(), dataset)) {
                List<QuerySolution> rows = new ArrayList<>();
                execution.execSelect().forEachRemaining(rows::add);
                return rows;
            }
        });
    }

    private static String read(String resource) {
        try (InputStream in = CannedQueriesTest.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static RDFNode iri(String iri) {
        return org.apache.jena.rdf.model.ResourceFactory.createResource(iri);
    }

    private static Literal date(String iso) {
        return org.apache.jena.rdf.model.ResourceFactory.createTypedLiteral(iso, XSDDatatype.XSDdate);
    }

    private static Literal plain(String text) {
        return org.apache.jena.rdf.model.ResourceFactory.createPlainLiteral(text);
    }
}
