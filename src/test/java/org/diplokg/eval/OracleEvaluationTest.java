package org.diplokg.eval;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.rdf.model.ModelFactory;
import org.diplokg.config.Home;
import org.diplokg.extract.Extractor;
import org.diplokg.graph.EventIdentity;
import org.diplokg.model.Actor;
import org.diplokg.model.ActorType;
import org.diplokg.model.Article;
import org.diplokg.model.Event;
import org.diplokg.model.EventType;
import org.diplokg.model.Evidence;
import org.diplokg.model.Extraction;
import org.diplokg.model.Place;
import org.diplokg.model.Role;
import org.diplokg.model.Tenure;
import org.diplokg.model.TimeValue;
import org.junit.jupiter.api.Test;

/**
 * The read-back path checked end to end on the real corpus: an extractor that outputs exactly what the gold says
 * goes through the graph mapping, the dataset and SPARQL. Nothing may come back that the gold does not say, and
 * nothing may be lost, except what the graph itself merges: events of one article with one identity key
 * (DESIGN 3: type, date, principal actors; not the place) are one node in the store, so a user sees one event
 * where the gold has two ("visited Cairo, then flew to Israel the same day").
 */
class OracleEvaluationTest {
    private static final Set<Kind> EVENT_KINDS = EnumSet.of(Kind.events, Kind.arguments, Kind.phases);

    @Test
    void anExtractorThatOutputsTheGoldLosesOnlyWhatEventIdentityMerges() {
        Path corpus = Home.data("articles");
        assumeTrue(Files.isDirectory(corpus), "no corpus at " + corpus);
        GoldExtractor oracle = new GoldExtractor();
        Report report = new Evaluation(oracle, ModelFactory.createDefaultModel()).run(corpus);
        assertFalse(report.articles().isEmpty(), "no article with gold under " + corpus);

        List<String> unexplained = new ArrayList<>();
        for (ArticleResult article : report.articles()) {
            Set<List<String>> merged = oracle.mergedTypeDates.getOrDefault(corpus.resolve(article.article()).toString(), Set.of());
            for (Kind kind : Kind.values()) {
                Alignment alignment = article.alignments().get(kind);
                alignment.spurious().forEach(t -> unexplained.add(article.article() + " spurious " + kind + " " + t));
                for (Tuple missing : alignment.missing()) {
                    boolean explained = EVENT_KINDS.contains(kind) && merged.contains(missing.displays().subList(0, 2));
                    if (!explained) unexplained.add(article.article() + " missing " + kind + " " + missing);
                }
            }
        }
        assertTrue(unexplained.isEmpty(), String.join("\n", unexplained));
    }

    /** Reads the gold beside the article and states it as an extraction. */
    private static final class GoldExtractor implements Extractor {
        private static final Evidence NOWHERE = new Evidence(0, 0, 0, "", 1.0, "gold");

        /** Per article origin, the (type, date) of events that share an identity key with another of the article. */
        final Map<String, Set<List<String>>> mergedTypeDates = new ConcurrentHashMap<>();

        @Override
        public Extraction extract(Article article) {
            String origin = article.origin();
            JsonObject gold = JSON.read(origin.substring(0, origin.lastIndexOf('.')) + Evaluation.GOLD_SUFFIX);
            List<Actor> actors = new ArrayList<>();
            Map<String, String> slugByKey = new LinkedHashMap<>();
            gold.getArray("actors").forEach(value -> {
                JsonObject entry = value.getAsObject();
                List<String> spellings = spellings(entry.get("name"));
                String slug = "actor-" + actors.size();
                actors.add(new Actor(slug, ActorType.valueOf(entry.getString("type")), Map.of("en", spellings.getFirst()),
                        spellings.subList(1, spellings.size()), null, null));
                spellings.forEach(s -> slugByKey.put(NameKey.of(s), slug));
            });
            List<Tenure> tenures = new ArrayList<>();
            gold.getArray("tenures").forEach(value -> {
                JsonObject tenure = value.getAsObject();
                String of = tenure.hasKey("of") ? slug(slugByKey, tenure.get("of")) : null;
                tenures.add(new Tenure(slug(slugByKey, tenure.get("holder")), of, "post", "en", NOWHERE));
            });
            List<Place> places = new ArrayList<>();
            List<Event> events = new ArrayList<>();
            gold.getArray("events").forEach(value -> {
                JsonObject event = value.getAsObject();
                Map<Role, List<String>> roles = new EnumMap<>(Role.class);
                for (Role role : Role.values()) {
                    if (event.hasKey(role.name())) {
                        roles.put(role, event.get(role.name()).getAsArray().stream().map(n -> slug(slugByKey, n)).toList());
                    }
                }
                List<String> eventPlaces = new ArrayList<>();
                if (event.hasKey("place") && !event.get("place").isNull()) {
                    List<String> spellings = spellings(event.get("place"));
                    String slug = "place-" + places.size();
                    places.add(new Place(slug, Map.of("en", spellings.getFirst()), spellings.subList(1, spellings.size()), null, null));
                    eventPlaces.add(slug);
                }
                TimeValue date = event.hasKey("date") && !event.get("date").isNull() ? TimeValue.of(event.getString("date")) : null;
                Integer phases = event.hasKey("phases") ? event.getNumber("phases").intValue() : null;
                events.add(new Event(EventType.valueOf(event.getString("type")), roles, eventPlaces, date, null, null, null,
                        phases, List.of(), null, null, Map.of(), -1, List.of(NOWHERE)));
            });
            Map<String, Long> keys = events.stream().flatMap(e -> EventIdentity.key(e).stream())
                    .collect(Collectors.groupingBy(k -> k, Collectors.counting()));
            mergedTypeDates.put(origin, events.stream()
                    .filter(e -> EventIdentity.key(e).map(k -> keys.get(k) > 1).orElse(false))
                    .map(e -> List.of(e.type().name(), e.date().iso())).collect(Collectors.toSet()));
            return new Extraction(article, actors, places, List.of(), tenures, events, version());
        }

        private static String slug(Map<String, String> slugByKey, JsonValue name) {
            return spellings(name).stream().map(s -> slugByKey.get(NameKey.of(s))).filter(s -> s != null).findFirst().orElseThrow();
        }

        private static List<String> spellings(JsonValue name) {
            return name.isString() ? List.of(name.getAsString().value())
                    : name.getAsArray().stream().map(v -> v.getAsString().value()).toList();
        }

        @Override
        public String version() {
            return "gold";
        }
    }
}
