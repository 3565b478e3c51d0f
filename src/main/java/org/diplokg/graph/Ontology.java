package org.diplokg.graph;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.diplokg.model.EventType;

/**
 * The ontology files of {@code ontology/} as the rest of the system uses them: the OWL ontology and the code
 * lists to load as dataset-level named graphs, the SHACL shapes to check article graphs with, and the default
 * event codes the mapping gives each event type. The files ship on the classpath under {@code /ontology/}.
 */
public final class Ontology {
    public static final String ONTOLOGY_RESOURCE = "/ontology/diplokg.ttl";
    public static final String CODES_RESOURCE = "/ontology/codes.ttl";
    public static final String SHAPES_RESOURCE = "/ontology/shapes.ttl";

    private Ontology() {}

    /** A fresh copy of the OWL ontology (ontology/diplokg.ttl). */
    public static Model ontology() { return read(ONTOLOGY_RESOURCE); }

    /** A fresh copy of the CAMEO/PLOVER code lists with each event class's default codes (ontology/codes.ttl). */
    public static Model codes() { return read(CODES_RESOURCE); }

    /** A fresh copy of the SHACL shapes graph (ontology/shapes.ttl). */
    public static Model shapesModel() { return read(SHAPES_RESOURCE); }

    /** The parsed shapes, shared: {@link Shapes} is immutable. */
    public static Shapes shapes() { return Loaded.SHAPES; }

    /**
     * The dataset-level graphs this package owns, by graph IRI under {@code iris}: the ontology and the code
     * lists (the gazetteer graph, {@link Iris.Scheme#gazetteerGraph()}, is filled by the gazetteer's loader).
     */
    public static Map<String, Model> datasetGraphs(Iris.Scheme iris) {
        Map<String, Model> graphs = new LinkedHashMap<>();
        graphs.put(iris.ontologyGraph(), ontology());
        graphs.put(iris.codesGraph(), codes());
        return graphs;
    }

    /** Checks a graph (an article's named graph, the gazetteer graph) against the shapes. */
    public static ValidationReport validate(Graph data) {
        return ShaclValidator.get().validate(shapes(), data);
    }

    /** The codes every event of this type gets: its CAMEO code, then its PLOVER type if it has one. */
    public static List<Resource> defaultEventCodes(EventType type) {
        return Loaded.DEFAULT_CODES.get(type);
    }

    private static Model read(String resource) {
        try (InputStream in = Ontology.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException(resource + " is not on the classpath");
            Model model = ModelFactory.createDefaultModel();
            RDFParser.source(in).lang(Lang.TURTLE).parse(model);
            return model;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parsed once, on first use. */
    private static final class Loaded {
        static final Shapes SHAPES = Shapes.parse(shapesModel().getGraph());
        static final Map<EventType, List<Resource>> DEFAULT_CODES = defaultCodes(codes());

        private static Map<EventType, List<Resource>> defaultCodes(Model codes) {
            Map<EventType, List<Resource>> byType = new EnumMap<>(EventType.class);
            for (EventType type : EventType.values()) {
                List<Resource> list = new ArrayList<>();
                codes.listObjectsOfProperty(DIP.eventClass(type), DIP.defaultEventCode)
                        .mapWith(RDFNode::asResource).forEach(list::add);
                if (list.isEmpty()) throw new IllegalStateException("no dip:defaultEventCode for " + type);
                list.sort(Comparator.comparing(Resource::getURI)); // code/cameo/… sorts before code/plover/…
                byType.put(type, Collections.unmodifiableList(list));
            }
            return byType;
        }
    }
}
