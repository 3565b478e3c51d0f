package org.diplokg.query;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.diplokg.graph.DIP;
import org.diplokg.graph.Iris;
import org.diplokg.model.ActorType;
import org.diplokg.model.EventType;

/**
 * Counts over the article graphs: articles per language and per publisher, and the distinct actors
 * and events of each type the articles report (the gazetteer's own entries are not counted).
 *
 * @param articlesPerLanguage  language tag → articles
 * @param articlesPerPublisher publisher name → articles ("(unknown)" when the article names none)
 * @param actorsPerType        actor class name → actors
 * @param eventsPerType        event class name → events
 */
public record Stats(Map<String, Long> articlesPerLanguage, Map<String, Long> articlesPerPublisher,
                    Map<String, Long> actorsPerType, Map<String, Long> eventsPerType) {
    private static final String SCHEMA = "http://schema.org/";
    private static final String ARTICLE_GRAPHS = "FILTER(STRSTARTS(STR(?g), \"" + Iris.articleGraph("") + "\"))";

    public static Stats of(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> new Stats(
                counts(dsg, """
                        SELECT ?key (COUNT(DISTINCT ?a) AS ?n) {
                          GRAPH ?g { ?a a <%1$sNewsArticle> OPTIONAL { ?a <%1$sinLanguage> ?lang } }
                          BIND(COALESCE(STR(?lang), "(unknown)") AS ?key)
                        } GROUP BY ?key ORDER BY DESC(?n) ?key""".formatted(SCHEMA)),
                counts(dsg, """
                        SELECT ?key (COUNT(DISTINCT ?a) AS ?n) {
                          GRAPH ?g {
                            ?a a <%1$sNewsArticle>
                            OPTIONAL { ?a <%1$spublisher> ?p OPTIONAL { ?p <%1$sname> ?name } }
                          }
                          BIND(COALESCE(STR(?name), STR(?p), "(unknown)") AS ?key)
                        } GROUP BY ?key ORDER BY DESC(?n) ?key""".formatted(SCHEMA)),
                perType(dsg, Arrays.stream(ActorType.values()).map(Enum::name).toList()),
                perType(dsg, Arrays.stream(EventType.values()).map(Enum::name).toList())));
    }

    private static Map<String, Long> perType(DatasetGraph dsg, List<String> classNames) {
        String values = classNames.stream().map(n -> "<" + DIP.NS + n + ">").collect(Collectors.joining(" "));
        return counts(dsg, """
                SELECT ?key (COUNT(DISTINCT ?x) AS ?n) {
                  VALUES ?type { %s }
                  GRAPH ?g { ?x a ?type } %s
                  BIND(STRAFTER(STR(?type), "%s") AS ?key)
                } GROUP BY ?key ORDER BY DESC(?n) ?key""".formatted(values, ARTICLE_GRAPHS, DIP.NS));
    }

    private static Map<String, Long> counts(DatasetGraph dsg, String query) {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (QueryExec exec = QueryExec.dataset(dsg).query(QueryFactory.create(query)).build()) {
            exec.select().forEachRemaining(row -> counts.put(row.get("key").getLiteralLexicalForm(),
                    ((Number) row.get("n").getLiteralValue()).longValue()));
        }
        return counts;
    }
}
