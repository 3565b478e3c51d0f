package org.diplokg.store;

import org.diplokg.graph.DIP;
import org.diplokg.graph.Iris;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A named graph whose content comes from files of the repository (the ontology, the code lists, the
 * gazetteer) rather than from articles; the store reloads it when the files change.
 *
 * @param iri   the graph's name
 * @param files the Turtle files it is loaded from, in a stable order
 */
public record ReferenceGraph(String iri, List<Path> files) {
    /** The dataset-level graphs are named by the graph stage ({@link Iris}), so every stage agrees on them. */
    public static final String GRAPH_BASE = DIP.ID + "reference/";
    public static final String ONTOLOGY = Iris.ontologyGraph();
    public static final String CODES = Iris.codesGraph();
    public static final String GAZETTEER = Iris.gazetteerGraph();

    public ReferenceGraph {
        files = List.copyOf(files);
    }

    /**
     * The reference graphs of a diplokg checkout at {@code home}: ontology/diplokg.ttl, ontology/codes.ttl and
     * every data/gazetteer/*.ttl. Missing files are left out, so a graph whose files are all missing stays empty.
     */
    public static List<ReferenceGraph> standard(Path home) {
        return List.of(
                new ReferenceGraph(ONTOLOGY, existing(List.of(home.resolve("ontology/diplokg.ttl")))),
                new ReferenceGraph(CODES, existing(List.of(home.resolve("ontology/codes.ttl")))),
                new ReferenceGraph(GAZETTEER, turtleFiles(home.resolve("data/gazetteer"))));
    }

    private static List<Path> existing(List<Path> paths) {
        return paths.stream().filter(Files::isRegularFile).toList();
    }

    private static List<Path> turtleFiles(Path directory) {
        if (!Files.isDirectory(directory)) return List.of();
        try (Stream<Path> walk = Files.walk(directory)) {
            List<Path> files = new ArrayList<>(walk.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().endsWith(".ttl")).toList());
            files.sort(null);
            return files;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot list " + directory, e);
        }
    }
}
