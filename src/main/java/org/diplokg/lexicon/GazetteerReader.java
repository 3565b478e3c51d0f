package org.diplokg.lexicon;

import static org.diplokg.lexicon.GazetteerVocabulary.*;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.RDF;
import org.diplokg.model.Actor;
import org.diplokg.model.ActorType;
import org.diplokg.model.Place;

/** Reads the gazetteer's Turtle files (Jena RIOT) into actor, place and post records. */
final class GazetteerReader {
    /** Marks a state the table gives two capitals: "its capital" names no one city. */
    private static final String AMBIGUOUS = "";
    /** The place kinds of areas within a state rather than its cities. */
    private static final Set<String> AREA_KINDS = Set.of("region", "territory");

    /** An entry's names by kind: labels and aliases for identity, demonyms for matching only. */
    record Names(List<String> labels, List<String> aliases, List<String> demonyms) {}

    final Map<String, Actor> actors = new LinkedHashMap<>();
    final Map<String, Place> places = new LinkedHashMap<>();
    final Map<String, Names> names = new HashMap<>();
    final Map<String, List<Post>> posts = new HashMap<>();
    /** The capital of each state that has exactly one in places.ttl (placeKind "capital"). */
    final Map<String, String> capitals = new HashMap<>();
    /** The places of placeKind "building": seats of the bodies that share their names. */
    final Set<String> buildings = new HashSet<>();
    /** Regions and territories: areas within a state, not seats of its government. */
    final Set<String> areas = new HashSet<>();
    /** The organizations of organizationKind "news-agency". */
    final Set<String> newsAgencies = new HashSet<>();
    private final Model model = ModelFactory.createDefaultModel();

    GazetteerReader(Path dir) {
        turtleFiles(dir).forEach(file -> RDFDataMgr.read(model, file.toString()));
        readActors();
        readPlaces();
        readPosts();
    }

    static List<Path> turtleFiles(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".ttl")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list gazetteer " + dir, e);
        }
    }

    private void readActors() {
        for (ActorType type : ActorType.values()) {
            model.listSubjectsWithProperty(RDF.type, model.createResource(DIP + type.name())).forEach(subject -> {
                String slug = slug(subject, ACTOR);
                Names n = names(subject);
                actors.put(slug, new Actor(slug, type, labels(subject), n.aliases(), qid(subject), reference(subject, COUNTRY)));
                names.put(slug, n);
                if (subject.hasLiteral(property(ORGANIZATION_KIND), NEWS_AGENCY)) newsAgencies.add(slug);
            });
        }
    }

    private void readPlaces() {
        model.listSubjectsWithProperty(RDF.type, model.createResource(PLACE_CLASS)).forEach(subject -> {
            String slug = slug(subject, PLACE);
            Names n = names(subject);
            String country = reference(subject, COUNTRY);
            places.put(slug, new Place(slug, labels(subject), n.aliases(), qid(subject), country));
            names.put(slug, n);
            if (subject.hasLiteral(property(PLACE_KIND), "building")) buildings.add(slug);
            if (AREA_KINDS.stream().anyMatch(kind -> subject.hasLiteral(property(PLACE_KIND), kind))) areas.add(slug);
            if (country != null && subject.hasLiteral(property(PLACE_KIND), "capital")) capitals.merge(country, slug, (a, b) -> AMBIGUOUS);
        });
        capitals.values().removeIf(AMBIGUOUS::equals);
    }

    private void readPosts() {
        model.listSubjectsWithProperty(RDF.type, model.createResource(TENURE)).forEach(tenure -> {
            String person = reference(tenure, MEMBER);
            Map<String, String> titles = new HashMap<>();
            tenure.listProperties(property(TITLE)).forEach(s -> titles.put(s.getLiteral().getLanguage(), s.getString()));
            posts.computeIfAbsent(person, p -> new ArrayList<>()).add(Post.of(titles.get("en"), titles.get("ar"),
                    reference(tenure, ORGANIZATION), calendar(tenure, HELD_FROM), calendar(tenure, HELD_UNTIL)));
        });
        var byYears = Comparator.comparing(Post::firstDay, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(Post::lastDay, Comparator.nullsLast(Comparator.naturalOrder()));
        posts.replaceAll((person, list) -> list.stream().sorted(byYears).toList());
    }

    private Names names(Resource subject) {
        return new Names(strings(subject, LABEL), strings(subject, ALT_LABEL), strings(subject, DEMONYM));
    }

    private Map<String, String> labels(Resource subject) {
        var labels = new LinkedHashMap<String, String>();
        subject.listProperties(property(LABEL)).forEach(s -> labels.putIfAbsent(s.getLiteral().getLanguage(), s.getString()));
        return labels;
    }

    private List<String> strings(Resource subject, String predicate) {
        return subject.listProperties(property(predicate)).mapWith(Statement::getObject)
                .filterKeep(RDFNode::isLiteral).mapWith(n -> n.asLiteral().getLexicalForm()).toList()
                .stream().sorted().toList();
    }

    private String qid(Resource subject) {
        return subject.listProperties(property(SAME_AS)).mapWith(Statement::getObject)
                .filterKeep(n -> n.isURIResource() && n.asResource().getURI().startsWith(WIKIDATA))
                .mapWith(n -> n.asResource().getURI().substring(WIKIDATA.length()))
                .nextOptional().orElse(null);
    }

    private String reference(Resource subject, String predicate) {
        return Optional.ofNullable(subject.getPropertyResourceValue(property(predicate)))
                .map(r -> slug(r, ACTOR)).orElse(null);
    }

    /** The ISO year, month or day of a gYear, gYearMonth or date literal, or null when absent. */
    private String calendar(Resource subject, String predicate) {
        Statement s = subject.getProperty(property(predicate));
        return s == null ? null : s.getLiteral().getLexicalForm();
    }

    private Property property(String iri) {
        return model.createProperty(iri);
    }

    private static String slug(Resource resource, String namespace) {
        String iri = resource.getURI();
        if (iri == null || !iri.startsWith(namespace)) {
            throw new IllegalArgumentException("gazetteer entry outside " + namespace + ": " + resource);
        }
        return iri.substring(namespace.length());
    }
}
