package org.diplokg.export;

import java.util.List;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.VOID;
import org.diplokg.graph.DIP;
import org.diplokg.store.KnowledgeStore;

/**
 * A VoID description of the dataset: its size (triples, entities, classes, properties, distinct
 * subjects and objects), the vocabularies it uses, and one subset per named graph with its triple count.
 * Counts are over the named graphs, the store's bookkeeping graph aside; a triple stated in two graphs
 * counts once for the dataset and once in each subset.
 */
public final class VoidDescription {
    /** The dataset's IRI in the description. */
    public static final String DATASET_IRI = DIP.ID + "dataset";
    private static final String SD = "http://www.w3.org/ns/sparql-service-description#";
    private static final String CONTENT = "GRAPH ?g { ?s ?p ?o } FILTER(?g != <" + KnowledgeStore.META_GRAPH + ">)";

    private VoidDescription() {}

    public static Model of(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> describe(dsg));
    }

    private static Model describe(DatasetGraph dsg) {
        Model model = ModelFactory.createDefaultModel();
        model.setNsPrefix("void", VOID.NS).setNsPrefix("dcterms", DCTerms.NS).setNsPrefix("sd", SD)
                .setNsPrefix("id", DIP.ID);
        Resource dataset = model.createResource(DATASET_IRI, VOID.Dataset)
                .addProperty(DCTerms.title, "diplokg: diplomacy news as a knowledge graph")
                .addProperty(VOID.uriSpace, DIP.ID)
                .addLiteral(VOID.triples, count(dsg, "SELECT (COUNT(*) AS ?n) { SELECT DISTINCT ?s ?p ?o { " + CONTENT + " } }"))
                .addLiteral(VOID.entities, count(dsg, "SELECT (COUNT(DISTINCT ?s) AS ?n) { " + CONTENT
                        + " FILTER(isIRI(?s) && STRSTARTS(STR(?s), \"" + DIP.ID + "\")) }"))
                .addLiteral(VOID.classes, count(dsg, "SELECT (COUNT(DISTINCT ?o) AS ?n) { " + CONTENT
                        + " FILTER(?p = <" + RDF.type.getURI() + ">) }"))
                .addLiteral(VOID.distinctSubjects, count(dsg, "SELECT (COUNT(DISTINCT ?s) AS ?n) { " + CONTENT + " }"))
                .addLiteral(VOID.distinctObjects, count(dsg, "SELECT (COUNT(DISTINCT ?o) AS ?n) { " + CONTENT + " }"));
        List<Node> properties = column(dsg, "SELECT DISTINCT ?p { " + CONTENT + " }", "p");
        dataset.addLiteral(VOID.properties, (long) properties.size());
        vocabularies(properties).forEach(ns -> dataset.addProperty(VOID.vocabulary, model.createResource(ns)));
        for (Binding row : rows(dsg, "SELECT ?g (COUNT(*) AS ?n) { " + CONTENT + " } GROUP BY ?g ORDER BY ?g")) {
            Resource subset = model.createResource(VOID.Dataset)
                    .addProperty(ResourceFactory.createProperty(SD, "name"),
                            model.createResource(row.get("g").getURI()))
                    .addLiteral(VOID.triples, ((Number) row.get("n").getLiteralValue()).longValue());
            dataset.addProperty(VOID.subset, subset);
        }
        return model;
    }

    /** The namespaces of the properties: the IRI up to its last '#' or '/'. */
    private static TreeSet<String> vocabularies(List<Node> properties) {
        TreeSet<String> namespaces = new TreeSet<>();
        for (Node property : properties) {
            String iri = property.getURI();
            int end = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/')) + 1;
            if (end > 0) namespaces.add(iri.substring(0, end));
        }
        return namespaces;
    }

    private static long count(DatasetGraph dsg, String query) {
        return ((Number) rows(dsg, query).getFirst().get("n").getLiteralValue()).longValue();
    }

    private static List<Node> column(DatasetGraph dsg, String query, String variable) {
        return rows(dsg, query).stream().map(row -> row.get(variable)).toList();
    }

    private static List<Binding> rows(DatasetGraph dsg, String queryString) {
        Query query = QueryFactory.create(queryString);
        try (QueryExec exec = QueryExec.dataset(dsg).query(query).build()) {
            return exec.select().stream().toList();
        }
    }
}
