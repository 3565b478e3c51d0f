package org.diplokg.export;

import java.util.List;
import java.util.Locale;
import org.apache.jena.riot.RDFFormat;

/**
 * The export formats: all written by Jena except RDF4J binary, which only RDF4J Rio writes.
 * Quad formats keep the named graphs; triple formats hold one graph (a chosen one, or the union).
 */
public enum RdfFormat {
    TRIG(RDFFormat.TRIG_BLOCKS, org.eclipse.rdf4j.rio.RDFFormat.TRIG, true, List.of("trig"), List.of("trig")),
    NQUADS(RDFFormat.NQUADS, org.eclipse.rdf4j.rio.RDFFormat.NQUADS, true, List.of("nq", "nquads", "n-quads"),
            List.of("nq")),
    TURTLE(RDFFormat.TURTLE_BLOCKS, org.eclipse.rdf4j.rio.RDFFormat.TURTLE, false, List.of("ttl", "turtle"),
            List.of("ttl")),
    NTRIPLES(RDFFormat.NTRIPLES, org.eclipse.rdf4j.rio.RDFFormat.NTRIPLES, false,
            List.of("nt", "ntriples", "n-triples"), List.of("nt")),
    JSONLD(RDFFormat.JSONLD, org.eclipse.rdf4j.rio.RDFFormat.JSONLD, true, List.of("jsonld", "json-ld"),
            List.of("jsonld")),
    RDFXML(RDFFormat.RDFXML_PLAIN, org.eclipse.rdf4j.rio.RDFFormat.RDFXML, false, List.of("rdfxml", "rdf/xml", "rdf", "xml"),
            List.of("rdf", "owl")),
    RDF4J_BINARY(null, org.eclipse.rdf4j.rio.RDFFormat.BINARY, true, List.of("brf", "binary", "rdf4j"), List.of("brf"));

    private final RDFFormat jena;
    private final org.eclipse.rdf4j.rio.RDFFormat rio;
    private final boolean quads;
    private final List<String> names;
    private final List<String> extensions;

    RdfFormat(RDFFormat jena, org.eclipse.rdf4j.rio.RDFFormat rio, boolean quads, List<String> names,
              List<String> extensions) {
        this.jena = jena;
        this.rio = rio;
        this.quads = quads;
        this.names = names;
        this.extensions = extensions;
    }

    /** Jena's writer for this format, or null when only Rio writes it. */
    public RDFFormat jena() { return jena; }

    /** The same format in RDF4J Rio, used to read exports back with a second implementation. */
    public org.eclipse.rdf4j.rio.RDFFormat rio() { return rio; }

    /** Whether it keeps named graphs. */
    public boolean quads() { return quads; }

    public String extension() { return extensions.getFirst(); }

    /** The format named on the command line ("trig", "nq", "ttl", "nt", "jsonld", "rdfxml", "brf"). */
    public static RdfFormat named(String name) {
        String wanted = name.toLowerCase(Locale.ROOT);
        for (RdfFormat format : values()) if (format.names.contains(wanted)) return format;
        throw new IllegalArgumentException("unknown format '" + name + "' (use " + choices() + ")");
    }

    /** The format a file name asks for by its extension, a trailing ".gz" aside; null when it does not say. */
    public static RdfFormat forFileName(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".gz")) name = name.substring(0, name.length() - 3);
        String extension = name.substring(name.lastIndexOf('.') + 1);
        for (RdfFormat format : values()) if (format.extensions.contains(extension)) return format;
        return null;
    }

    public static String choices() {
        return "trig, nq, ttl, nt, jsonld, rdfxml, brf";
    }
}
