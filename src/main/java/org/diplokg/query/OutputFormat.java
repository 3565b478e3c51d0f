package org.diplokg.query;

import java.util.Locale;

/** How query answers are printed: result tables for SELECT and ASK, RDF for CONSTRUCT and DESCRIBE. */
public enum OutputFormat {
    TABLE(false), CSV(false), TSV(false), JSON(false), XML(false), TURTLE(true), JSONLD(true);

    private final boolean rdf;

    OutputFormat(boolean rdf) {
        this.rdf = rdf;
    }

    /** Whether this format is for graphs (CONSTRUCT, DESCRIBE) rather than result tables. */
    public boolean rdf() { return rdf; }

    public static OutputFormat named(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "table", "text" -> TABLE;
            case "csv" -> CSV;
            case "tsv" -> TSV;
            case "json" -> JSON;
            case "xml" -> XML;
            case "ttl", "turtle" -> TURTLE;
            case "jsonld", "json-ld" -> JSONLD;
            default -> throw new IllegalArgumentException(
                    "unknown output format '" + name + "' (use table, csv, tsv, json, xml, ttl or jsonld)");
        };
    }
}
