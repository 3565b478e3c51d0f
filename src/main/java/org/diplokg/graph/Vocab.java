package org.diplokg.graph;

import java.util.Map;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The terms of the external vocabularies diplokg aligns with that Jena does not ship (or ships under
 * another namespace: Jena's SchemaDO uses https://schema.org/, DESIGN 2 uses http://schema.org/).
 * Web Annotation, W3C ORG, SKOS and Dublin Core come from {@code org.apache.jena.vocabulary}.
 */
public final class Vocab {
    private Vocab() {}

    /** Simple Event Model. */
    public static final class SEM {
        public static final String NS = "http://semanticweb.cs.vu.nl/2009/11/sem/";
        public static final Resource Event = ResourceFactory.createResource(NS + "Event");
        public static final Resource Actor = ResourceFactory.createResource(NS + "Actor");
        public static final Resource Place = ResourceFactory.createResource(NS + "Place");
        public static final Property hasActor = ResourceFactory.createProperty(NS + "hasActor");
        public static final Property hasPlace = ResourceFactory.createProperty(NS + "hasPlace");
        public static final Property hasTimeStamp = ResourceFactory.createProperty(NS + "hasTimeStamp");
        public static final Property hasBeginTimeStamp = ResourceFactory.createProperty(NS + "hasBeginTimeStamp");
        public static final Property hasEndTimeStamp = ResourceFactory.createProperty(NS + "hasEndTimeStamp");
        public static final Property subEventOf = ResourceFactory.createProperty(NS + "subEventOf");

        private SEM() {}
    }

    /** PROV-O. */
    public static final class PROV {
        public static final String NS = "http://www.w3.org/ns/prov#";
        public static final Resource Agent = ResourceFactory.createResource(NS + "Agent");
        public static final Resource Activity = ResourceFactory.createResource(NS + "Activity");
        public static final Property wasGeneratedBy = ResourceFactory.createProperty(NS + "wasGeneratedBy");

        private PROV() {}
    }

    /** OWL-Time. */
    public static final class TIME {
        public static final String NS = "http://www.w3.org/2006/time#";
        public static final Property hasXSDDuration = ResourceFactory.createProperty(NS + "hasXSDDuration");

        private TIME() {}
    }

    /** schema.org, in the http namespace of DESIGN 2. */
    public static final class SCHEMA {
        public static final String NS = "http://schema.org/";
        public static final Resource NewsArticle = ResourceFactory.createResource(NS + "NewsArticle");
        public static final Property url = ResourceFactory.createProperty(NS + "url");
        public static final Property headline = ResourceFactory.createProperty(NS + "headline");
        public static final Property inLanguage = ResourceFactory.createProperty(NS + "inLanguage");
        public static final Property datePublished = ResourceFactory.createProperty(NS + "datePublished");
        public static final Property publisher = ResourceFactory.createProperty(NS + "publisher");
        public static final Property sameAs = ResourceFactory.createProperty(NS + "sameAs");

        private SCHEMA() {}
    }

    /** The prefixes diplokg graphs are written with. */
    public static final Map<String, String> PREFIXES = Map.ofEntries(
            Map.entry("dip", DIP.NS),
            Map.entry("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"),
            Map.entry("rdfs", "http://www.w3.org/2000/01/rdf-schema#"),
            Map.entry("xsd", "http://www.w3.org/2001/XMLSchema#"),
            Map.entry("owl", "http://www.w3.org/2002/07/owl#"),
            Map.entry("skos", "http://www.w3.org/2004/02/skos/core#"),
            Map.entry("dcterms", "http://purl.org/dc/terms/"),
            Map.entry("sem", SEM.NS),
            Map.entry("prov", PROV.NS),
            Map.entry("org", "http://www.w3.org/ns/org#"),
            Map.entry("time", TIME.NS),
            Map.entry("schema", SCHEMA.NS),
            Map.entry("oa", "http://www.w3.org/ns/oa#"),
            Map.entry("cameo", "https://w3id.org/diplokg/code/cameo/"),
            Map.entry("plover", "https://w3id.org/diplokg/code/plover/"),
            Map.entry("wd", "http://www.wikidata.org/entity/"));

    /** Wikidata entities, the target of {@code schema:sameAs}. */
    public static final String WIKIDATA_ENTITY = "http://www.wikidata.org/entity/";
}
