package org.diplokg.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.vocabulary.RDF;
import org.diplokg.model.Actor;
import org.diplokg.model.ActorType;
import org.diplokg.model.Article;
import org.diplokg.model.Event;
import org.diplokg.model.EventType;
import org.diplokg.model.Evidence;
import org.diplokg.model.Extraction;
import org.diplokg.model.Place;
import org.diplokg.model.Role;
import org.diplokg.model.TimeValue;
import org.junit.jupiter.api.Test;

class EventIdentityTest {
    private static final String SISI = "abdel-fattah-el-sisi";
    private static final String BLINKEN = "antony-blinken";

    @Test
    void theKeyIsTypeDateAndSortedPrincipalActors() {
        Event meeting = meeting("2024-06-10", Map.of(Role.participant, List.of(BLINKEN, SISI), Role.attendee, List.of("abbas-kamel")),
                List.of("cairo"));
        assertEquals(Optional.of("Meeting|2024-06-10|abdel-fattah-el-sisi,antony-blinken"), EventIdentity.key(meeting));
    }

    @Test
    void placeAttendeesAndRoleOrderDoNotChangeTheKey() {
        Event one = meeting("2024-06-10", Map.of(Role.participant, List.of(SISI, BLINKEN)), List.of("cairo"));
        Event other = meeting("2024-06-10", Map.of(Role.participant, List.of(BLINKEN), Role.host, List.of("x"),
                Role.attendee, List.of("abbas-kamel"), Role.party, List.of(SISI)), List.of());
        assertEquals(EventIdentity.key(one), EventIdentity.key(other));
    }

    @Test
    void theDateIsTheStampElseTheBeginElseTheEnd() {
        Event tour = new Event(EventType.Tour, Map.of(Role.participant, List.of(BLINKEN)), List.of(), null,
                TimeValue.of("2024-06-10"), TimeValue.of("2024-06-12"), null, null, List.of(), 8, null, Map.of(), -1, List.of());
        assertEquals(Optional.of("Tour|2024-06-10|antony-blinken"), EventIdentity.key(tour));
        Event truce = new Event(EventType.Ceasefire, Map.of(Role.party, List.of("israel", "hamas")), List.of(), null, null,
                new TimeValue("2023-12", "early"), "P7D", null, List.of(), null, null, Map.of(), -1, List.of());
        assertEquals(Optional.of("Ceasefire|2023-12|hamas,israel"), EventIdentity.key(truce));
    }

    @Test
    void anUndatedEventOrOneWithoutPrincipalActorHasNoKey() {
        assertEquals(Optional.empty(), EventIdentity.key(meeting(null, Map.of(Role.participant, List.of(SISI)), List.of())));
        assertEquals(Optional.empty(), EventIdentity.key(meeting("2024-06-10", Map.of(Role.attendee, List.of(SISI),
                Role.mediator, List.of("qatar")), List.of())));
    }

    @Test
    void theSameMeetingFromTwoArticlesIsOneNode() {
        Extraction arabic = article("1111111111111111", "ar",
                meeting("2024-06-10", Map.of(Role.participant, List.of(SISI, BLINKEN), Role.attendee, List.of("abbas-kamel")), List.of("cairo")));
        Extraction english = article("2222222222222222", "en",
                meeting("2024-06-10", Map.of(Role.participant, List.of(BLINKEN, SISI)), List.of()));
        String iri = ArticleGraph.eventIris(arabic, Iris.defaults()).get(0);
        assertEquals(iri, ArticleGraph.eventIris(english, Iris.defaults()).get(0));
        Model first = ArticleGraph.map(arabic);
        Model second = ArticleGraph.map(english);
        assertTrue(first.contains(first.getResource(iri), RDF.type, DIP.Meeting));
        assertTrue(second.contains(second.getResource(iri), RDF.type, DIP.Meeting));
        assertTrue(iri.matches("https://w3id.org/diplokg/id/event/[0-9a-f]{16}"), iri);
    }

    @Test
    void anotherDayIsAnotherMeeting() {
        Extraction first = article("1111111111111111", "ar", meeting("2024-06-10", Map.of(Role.participant, List.of(SISI, BLINKEN)), List.of()));
        Extraction next = article("2222222222222222", "ar", meeting("2024-06-11", Map.of(Role.participant, List.of(SISI, BLINKEN)), List.of()));
        assertNotEquals(ArticleGraph.eventIris(first, Iris.defaults()), ArticleGraph.eventIris(next, Iris.defaults()));
    }

    @Test
    void undatedEventsStayInTheirArticle() {
        Event undated = meeting(null, Map.of(Role.participant, List.of(SISI, BLINKEN)), List.of());
        assertEquals(List.of("https://w3id.org/diplokg/id/event/1111111111111111-1"),
                ArticleGraph.eventIris(article("1111111111111111", "ar", undated), Iris.defaults()));
        assertEquals(List.of("https://w3id.org/diplokg/id/event/2222222222222222-1"),
                ArticleGraph.eventIris(article("2222222222222222", "ar", undated), Iris.defaults()));
    }

    @Test
    void irisAreValidWhateverTheSlugAndUnderAnyBase() {
        assertEquals("https://w3id.org/diplokg/id/actor/al%20sisi", Iris.actor("al sisi"));
        assertEquals("https://w3id.org/diplokg/id/place/%D8%B1%D9%81%D8%AD", Iris.place("رفح"));
        assertEquals("https://kg.example.org/graph/0123456789abcdef", Iris.under("https://kg.example.org").articleGraph("0123456789abcdef"));
        assertEquals("https://w3id.org/diplokg/id/reference/ontology", Iris.ontologyGraph());
        assertEquals("https://w3id.org/diplokg/id/reference/codes", Iris.codesGraph());
        assertEquals(16, EventIdentity.hash("Meeting|2024-06-10|a,b").length());
    }

    private static Event meeting(String date, Map<Role, List<String>> roles, List<String> places) {
        return new Event(EventType.Meeting, roles, places, date == null ? null : TimeValue.of(date), null, null, null, null,
                List.of(), null, null, Map.of(), -1, List.of(new Evidence(0, 0, 7, "Meeting", 0.9, "trigger:meet")));
    }

    private static Extraction article(String id, String language, Event event) {
        Article article = new Article(id, null, null, LocalDate.parse("2024-06-10"), language, null, null,
                "Meeting in Cairo.", "b".repeat(64), "test");
        List<Actor> actors = List.of(
                new Actor(SISI, ActorType.Person, Map.of("en", "Abdel Fattah el-Sisi"), List.of(), null, "egypt"),
                new Actor(BLINKEN, ActorType.Person, Map.of("en", "Antony Blinken"), List.of(), null, "united-states"),
                new Actor("abbas-kamel", ActorType.Person, Map.of("en", "Abbas Kamel"), List.of(), null, "egypt"));
        return new Extraction(article, actors, List.of(new Place("cairo", Map.of("en", "Cairo"), List.of(), "Q85", "egypt")),
                List.of(), List.of(), List.of(event), "rules-7");
    }
}
