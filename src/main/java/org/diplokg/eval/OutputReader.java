package org.diplokg.eval;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.system.Txn;
import org.diplokg.eval.Field.Date;
import org.diplokg.eval.Field.Exact;
import org.diplokg.eval.Field.Name;
import org.diplokg.graph.DIP;
import org.diplokg.graph.Vocab;
import org.diplokg.model.ActorType;
import org.diplokg.model.EventType;
import org.diplokg.model.Role;
import org.diplokg.store.ReferenceGraph;

/**
 * Reads an article's output back from a dataset with SPARQL, as a user of the store would see it, and turns it
 * into the tuples of DESIGN 6. The facts (types, tenures, events, roles, places, times, phases) come from the
 * article's named graph; the names of the actors and places it refers to come from that graph and from the
 * gazetteer graph, since a user sees both.
 */
public final class OutputReader {
    private static final String PREFIXES = Vocab.PREFIXES.entrySet().stream()
            .sorted(Map.Entry.comparingByKey())
            .map(e -> "PREFIX " + e.getKey() + ": <" + e.getValue() + ">\n")
            .collect(Collectors.joining());

    private static final Query ACTORS = parse("""
            SELECT ?actor ?class WHERE {
              GRAPH ?article { ?actor a ?class }
              VALUES ?class { %s }
            }""".formatted(dipTerms(Arrays.stream(ActorType.values()).map(Enum::name))));

    private static final Query NAMES = parse("""
            SELECT DISTINCT ?node ?label WHERE {
              GRAPH ?article { { ?node ?p ?o } UNION { ?s ?p ?node } }
              GRAPH ?names { ?node rdfs:label|skos:altLabel ?label }
              FILTER (isIRI(?node) && ?names IN (?article, ?gazetteer))
            }""");

    private static final Query TENURES = parse("""
            SELECT ?tenure ?holder ?organization WHERE {
              GRAPH ?article {
                ?tenure org:member ?holder
                OPTIONAL { ?tenure org:organization ?organization }
              }
            }""");

    private static final Query EVENTS = parse("""
            SELECT ?event ?class WHERE {
              GRAPH ?article { ?event a ?class }
              VALUES ?class { %s }
            }""".formatted(dipTerms(Arrays.stream(EventType.values()).map(Enum::name))));

    private static final Query TIMES = parse("""
            SELECT ?event ?bound ?time WHERE {
              GRAPH ?article { ?event ?bound ?time }
              VALUES ?bound { sem:hasTimeStamp sem:hasBeginTimeStamp sem:hasEndTimeStamp }
            }""");

    private static final Query ROLES = parse("""
            SELECT ?event ?role ?actor WHERE {
              GRAPH ?article { ?event ?role ?actor }
              VALUES ?role { %s }
            }""".formatted(dipTerms(Arrays.stream(Role.values()).map(Enum::name))));

    private static final Query PLACES = parse("""
            SELECT ?event ?place WHERE {
              GRAPH ?article { ?event sem:hasPlace ?place }
            }""");

    private static final Query PHASE_COUNTS = parse("""
            SELECT ?event ?count WHERE {
              GRAPH ?article { ?event dip:phaseCount ?count }
            }""");

    private static final Query PHASE_NODES = parse("""
            SELECT ?event (COUNT(DISTINCT ?phase) AS ?count) WHERE {
              GRAPH ?article { ?event dip:hasPhase ?phase }
            } GROUP BY ?event""");

    /** The leading ISO calendar part of a time literal: "2024-06-10" of an xsd:date, "2024-05" of a gYearMonth. */
    private static final Pattern ISO_PREFIX = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

    /** The time bounds in the order DESIGN 6 takes an event's date from. */
    private static final List<String> DATE_ORDER = List.of("hasTimeStamp", "hasBeginTimeStamp", "hasEndTimeStamp");

    /** Whole numbers in numeric order (shorter digit strings first), anything else after them. */
    private static final Comparator<String> NUMERIC = Comparator.comparing((String n) -> !n.matches("\\d+"))
            .thenComparingInt(String::length).thenComparing(Comparator.naturalOrder());

    private OutputReader() {}

    /** The output tuples of every kind for the article whose named graph is {@code articleGraph}. */
    public static Map<Kind, List<Tuple>> read(Dataset dataset, String articleGraph) {
        return Txn.calculateRead(dataset, () -> new Reading(dataset, articleGraph).tuples());
    }

    /** One read of one article graph. */
    private static final class Reading {
        private final Dataset dataset;
        private final String articleGraph;
        private final Map<String, Name> names = new HashMap<>();
        private final Map<Kind, List<Tuple>> tuples = new EnumMap<>(Kind.class);

        Reading(Dataset dataset, String articleGraph) {
            this.dataset = dataset;
            this.articleGraph = articleGraph;
            for (Kind kind : Kind.values()) tuples.put(kind, new ArrayList<>());
        }

        Map<Kind, List<Tuple>> tuples() {
            readNames();
            select(ACTORS, row -> add(Kind.actors, name(row, "actor"), new Exact(localName(row, "class"))));
            select(TENURES, row -> add(Kind.tenures, name(row, "holder"),
                    row.contains("organization") ? name(row, "organization") : Name.NONE));
            readEvents();
            return tuples;
        }

        private void readNames() {
            Map<String, List<LabelOf>> labels = new HashMap<>();
            select(NAMES, row -> labels.computeIfAbsent(row.getResource("node").getURI(), k -> new ArrayList<>())
                    .add(new LabelOf(row.getLiteral("label").getLexicalForm(), row.getLiteral("label").getLanguage())));
            labels.forEach((node, list) -> names.put(node, nameOf(list)));
        }

        /** The display name: the English label, else the first label in a stable order; the keys: every label. */
        private static Name nameOf(List<LabelOf> labels) {
            List<LabelOf> sorted = labels.stream()
                    .sorted(Comparator.comparing((LabelOf l) -> !l.language.equals("en")).thenComparing(LabelOf::text))
                    .toList();
            Set<String> keys = new LinkedHashSet<>();
            for (LabelOf label : sorted) {
                String key = NameKey.of(label.text);
                if (!key.isEmpty()) keys.add(key);
            }
            return new Name(sorted.getFirst().text, keys);
        }

        private void readEvents() {
            Map<String, Set<String>> types = new TreeMap<>();
            select(EVENTS, row -> types.computeIfAbsent(uri(row, "event"), k -> new TreeSet<>()).add(localName(row, "class")));
            Map<String, Date> dates = dates();
            Map<String, String> phases = phaseCounts();
            Map<String, List<RoleOf>> roles = new HashMap<>();
            select(ROLES, row -> roles.computeIfAbsent(uri(row, "event"), k -> new ArrayList<>())
                    .add(new RoleOf(new Exact(localName(row, "role")), name(row, "actor"))));
            Map<String, List<Name>> places = new HashMap<>();
            select(PLACES, row -> places.computeIfAbsent(uri(row, "event"), k -> new ArrayList<>()).add(name(row, "place")));

            types.forEach((event, classes) -> {
                Date date = dates.getOrDefault(event, Date.UNDATED);
                for (String typeName : classes) {
                    Exact type = new Exact(typeName);
                    add(Kind.events, type, date);
                    for (RoleOf role : roles.getOrDefault(event, List.of())) add(Kind.arguments, type, date, role.role, role.actor);
                    for (Name place : places.getOrDefault(event, List.of())) add(Kind.places, type, date, place);
                    if (phases.containsKey(event)) add(Kind.phases, type, date, new Exact(phases.get(event)));
                }
            });
        }

        /** Each event's date: its time stamp, else its begin, else its end; the earliest when a bound has several. */
        private Map<String, Date> dates() {
            Map<String, Map<String, TreeSet<String>>> bounds = new HashMap<>();
            select(TIMES, row -> {
                if (!row.get("time").isLiteral()) return;
                Matcher iso = ISO_PREFIX.matcher(row.getLiteral("time").getLexicalForm());
                if (!iso.lookingAt()) return;
                bounds.computeIfAbsent(uri(row, "event"), k -> new HashMap<>())
                        .computeIfAbsent(localName(row, "bound"), k -> new TreeSet<>()).add(iso.group());
            });
            Map<String, Date> dates = new HashMap<>();
            bounds.forEach((event, byBound) -> DATE_ORDER.stream()
                    .filter(byBound::containsKey).findFirst()
                    .ifPresent(bound -> dates.put(event, new Date(byBound.get(bound).first()))));
            return dates;
        }

        /** Each event's number of phases: {@code dip:phaseCount} (the smallest if several), else its phase nodes. */
        private Map<String, String> phaseCounts() {
            Map<String, String> counts = new HashMap<>();
            select(PHASE_NODES, row -> counts.put(uri(row, "event"), number(row.get("count"))));
            Map<String, TreeSet<String>> given = new HashMap<>();
            select(PHASE_COUNTS, row -> given.computeIfAbsent(uri(row, "event"), k -> new TreeSet<>(NUMERIC))
                    .add(number(row.get("count"))));
            given.forEach((event, values) -> counts.put(event, values.first()));
            return counts;
        }

        /** A count as plain decimal digits when it is a whole number ("+03" → "3"), else as written. */
        private static String number(RDFNode node) {
            String lexical = node.isLiteral() ? node.asLiteral().getLexicalForm().strip() : node.toString();
            return lexical.matches("\\+?\\d+") ? new BigInteger(lexical.replace("+", "")).toString() : lexical;
        }

        /** The name of a referenced node: its labels, or its IRI alone when the store names it nowhere. */
        private Name name(QuerySolution row, String variable) {
            RDFNode node = row.get(variable);
            if (!node.isURIResource()) return new Name(node.toString(), Set.of());
            return names.getOrDefault(node.asResource().getURI(), new Name(node.asResource().getURI(), Set.of()));
        }

        private void add(Kind kind, Field... fields) {
            tuples.get(kind).add(Tuple.of(kind, fields));
        }

        private void select(Query query, Consumer<QuerySolution> row) {
            try (QueryExecution execution = QueryExecution.dataset(dataset).query(query)
                    .substitution("article", ResourceFactory.createResource(articleGraph))
                    .substitution("gazetteer", ResourceFactory.createResource(ReferenceGraph.GAZETTEER))
                    .build()) {
                ResultSet results = execution.execSelect();
                results.forEachRemaining(row);
            }
        }
    }

    private record LabelOf(String text, String language) {}

    private record RoleOf(Exact role, Name actor) {}

    /** A node's identity in maps: its IRI, or its blank node label. */
    private static String uri(QuerySolution row, String variable) {
        return row.getResource(variable).toString();
    }

    private static String localName(QuerySolution row, String variable) {
        return row.getResource(variable).getLocalName();
    }

    private static Query parse(String body) {
        return QueryFactory.create(PREFIXES + body);
    }

    private static String dipTerms(Stream<String> localNames) {
        return localNames.map(name -> "dip:" + name).collect(Collectors.joining(" "));
    }
}
