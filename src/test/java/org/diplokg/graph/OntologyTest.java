package org.diplokg.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.OA;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.diplokg.graph.Vocab.PROV;
import org.diplokg.graph.Vocab.SEM;
import org.diplokg.model.ActorType;
import org.diplokg.model.EventType;
import org.diplokg.model.Role;
import org.junit.jupiter.api.Test;

class OntologyTest {
    private static final List<Resource> TERM_KINDS =
            List.of(OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty);

    private final Model ontology = Ontology.ontology();

    @Test
    void vocabularyClassAndOntologyDeclareTheSameTerms() throws IllegalAccessException {
        Set<String> inJava = new TreeSet<>();
        for (Field field : DIP.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && Resource.class.isAssignableFrom(field.getType())) {
                Resource term = (Resource) field.get(null);
                assertEquals(DIP.NS + field.getName(), term.getURI(), "constant named as its local name");
                inJava.add(term.getURI());
            }
        }
        assertEquals(inJava, declaredDipTerms());
    }

    @Test
    void everyTermHasLabelAndCommentInEnglishAndArabic() {
        List<String> missing = new ArrayList<>();
        for (String term : declaredDipTerms()) {
            Resource resource = ontology.getResource(term);
            for (var property : List.of(RDFS.label, RDFS.comment)) {
                for (String language : List.of("en", "ar")) {
                    boolean present = resource.listProperties(property).toList().stream()
                            .anyMatch(s -> s.getObject().isLiteral() && s.getLiteral().getLanguage().equals(language)
                                    && !s.getString().isBlank());
                    if (!present) missing.add(term + " " + property.getLocalName() + "@" + language);
                }
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void eachModelTypeAndRoleHasItsTerm() {
        Set<String> declared = declaredDipTerms();
        for (EventType type : EventType.values()) {
            assertTrue(ontology.contains(DIP.eventClass(type), RDFS.subClassOf, DIP.Event), type.name());
        }
        for (ActorType type : ActorType.values()) assertTrue(declared.contains(DIP.actorClass(type).getURI()), type.name());
        for (Role role : Role.values()) {
            assertTrue(ontology.contains(DIP.role(role), RDFS.subPropertyOf, SEM.hasActor), role.name());
        }
    }

    @Test
    void alignsWithSemProvOrgAndWebAnnotation() {
        assertTrue(ontology.contains(DIP.Event, RDFS.subClassOf, SEM.Event));
        assertTrue(ontology.contains(DIP.Actor, RDFS.subClassOf, SEM.Actor));
        assertTrue(ontology.contains(DIP.Actor, RDFS.subClassOf, PROV.Agent));
        assertTrue(ontology.contains(DIP.Place, RDFS.subClassOf, SEM.Place));
        assertTrue(ontology.contains(DIP.Tenure, RDFS.subClassOf, ORG.Membership));
        assertTrue(ontology.contains(DIP.Mention, RDFS.subClassOf, OA.SpecificResource));
        assertTrue(ontology.contains(DIP.ExtractionRun, RDFS.subClassOf, PROV.Activity));
    }

    @Test
    void everyEventTypeHasADefaultCameoCodeFromTheCodeLists() {
        Model codes = Ontology.codes();
        for (EventType type : EventType.values()) {
            List<Resource> defaults = Ontology.defaultEventCodes(type);
            assertTrue(defaults.get(0).getURI().startsWith("https://w3id.org/diplokg/code/cameo/"), type + " CAMEO first");
            for (Resource code : defaults) {
                assertTrue(codes.contains(code, RDF.type, SKOS.Concept), code + " is a concept");
                assertTrue(codes.contains(code, SKOS.inScheme), code + " is in a scheme");
                assertFalse(codes.listObjectsOfProperty(code, SKOS.prefLabel).filterKeep(RDFNode::isLiteral)
                        .filterKeep(l -> l.asLiteral().getLanguage().equals("ar")).toList().isEmpty(), code + " has an Arabic label");
            }
        }
        assertEquals("https://w3id.org/diplokg/code/cameo/040", Ontology.defaultEventCodes(EventType.Meeting).get(0).getURI());
    }

    @Test
    void datasetGraphsAreNamedUnderTheBase() {
        var graphs = Ontology.datasetGraphs(Iris.under("https://example.org/kg"));
        assertEquals(Set.of("https://example.org/kg/reference/ontology", "https://example.org/kg/reference/codes"), graphs.keySet());
        assertEquals("https://w3id.org/diplokg/id/reference/gazetteer", Iris.gazetteerGraph());
        assertTrue(graphs.get("https://example.org/kg/reference/ontology").contains(DIP.Meeting, RDF.type, OWL.Class));
    }

    private Set<String> declaredDipTerms() {
        Set<String> terms = new TreeSet<>();
        for (Resource kind : TERM_KINDS) {
            ontology.listSubjectsWithProperty(RDF.type, kind)
                    .filterKeep(s -> s.isURIResource() && s.getURI().startsWith(DIP.NS))
                    .forEach(s -> terms.add(s.getURI()));
        }
        return terms;
    }
}
