package org.diplokg.lexicon;

/**
 * The IRIs the gazetteer files use. They are the ontology's (DESIGN 2), spelled out here because the lexicon
 * sits below the graph stage and must not import it.
 */
public final class GazetteerVocabulary {
    public static final String DIP = "https://w3id.org/diplokg/ontology#";
    public static final String ID = "https://w3id.org/diplokg/id/";
    public static final String ACTOR = ID + "actor/";
    public static final String PLACE = ID + "place/";
    public static final String TENURE_ID = ID + "tenure/";
    public static final String RDFS = "http://www.w3.org/2000/01/rdf-schema#";
    public static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    public static final String SCHEMA = "http://schema.org/";
    public static final String ORG = "http://www.w3.org/ns/org#";
    public static final String XSD = "http://www.w3.org/2001/XMLSchema#";
    public static final String WIKIDATA = "http://www.wikidata.org/entity/";

    public static final String DEMONYM = DIP + "demonym";
    public static final String COUNTRY = DIP + "country";
    public static final String PLACE_KIND = DIP + "placeKind";
    public static final String ORGANIZATION_KIND = DIP + "organizationKind";
    /** The organization kind of a news agency, which reports events and takes no part in them. */
    public static final String NEWS_AGENCY = "news-agency";
    public static final String TITLE = DIP + "title";
    public static final String HELD_FROM = DIP + "heldFrom";
    public static final String HELD_UNTIL = DIP + "heldUntil";
    public static final String TENURE = DIP + "Tenure";
    public static final String PLACE_CLASS = DIP + "Place";
    public static final String LABEL = RDFS + "label";
    public static final String ALT_LABEL = SKOS + "altLabel";
    public static final String SAME_AS = SCHEMA + "sameAs";
    public static final String MEMBER = ORG + "member";
    public static final String ORGANIZATION = ORG + "organization";
    public static final String SUB_ORGANIZATION_OF = ORG + "subOrganizationOf";

    /** A slug: lowercase ASCII letters and digits in hyphen-separated runs (data/gazetteer/README.md). */
    public static final String SLUG_PATTERN = "[a-z0-9]+(-[a-z0-9]+)*";

    private GazetteerVocabulary() {}
}
