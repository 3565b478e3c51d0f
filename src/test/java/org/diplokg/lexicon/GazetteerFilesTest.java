package org.diplokg.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.RDF;
import org.diplokg.config.Home;
import org.diplokg.lexicon.build.GazetteerBuilder;
import org.junit.jupiter.api.Test;

class GazetteerFilesTest {
    private static final Path DIR = Home.data("gazetteer");
    private static final List<String> FILES = List.of("states.ttl", "organizations.ttl", "places.ttl", "people.ttl");
    /** The project's shared, checked QID lists; the gazetteer keeps verbatim copies of them. */
    private static final Path SHARED = Path.of(System.getProperty("diplokg.shared", "/work/shared"));

    @Test
    void everyFileParsesAndHoldsEntries() {
        assertEquals(Set.copyOf(FILES), Set.copyOf(GazetteerReader.turtleFiles(DIR).stream().map(p -> p.getFileName().toString()).toList()));
        for (String file : FILES) {
            Model model = RDFDataMgr.loadModel(DIR.resolve(file).toString());
            assertTrue(model.listSubjectsWithProperty(RDF.type).toList().size() > 100, file);
        }
    }

    @Test
    void generatedFilesAreWhatTheGeneratorMakesOfTheTables() throws IOException {
        for (var file : GazetteerBuilder.render(DIR).entrySet()) {
            assertEquals(file.getValue(), Files.readString(DIR.resolve(file.getKey()), StandardCharsets.UTF_8),
                    file.getKey() + " is stale: run GazetteerBuilder (data/gazetteer/README.md)");
        }
    }

    @Test
    void everySameAsIsAQidOfTheCheckedLists() {
        Set<String> checked = qids(DIR);
        Set<String> linked = linkedQids();
        assertTrue(linked.size() > 200, "QIDs linked: " + linked.size());
        assertTrue(checked.containsAll(linked), () -> "unchecked QIDs: " + minus(linked, checked));
    }

    @Test
    void checkedListsAreVerbatimCopiesOfTheSharedOnes() throws IOException {
        assumeTrue(Files.isDirectory(SHARED), "no shared lists at " + SHARED);
        for (String list : List.of("wikidata-states.tsv", "wikidata-other.tsv")) {
            assertEquals(Files.readString(SHARED.resolve(list)), Files.readString(DIR.resolve(list)), list);
        }
        assertTrue(qids(SHARED).containsAll(linkedQids()));
    }

    private static Set<String> linkedQids() {
        var qids = new HashSet<String>();
        var sameAs = ModelFactory.createDefaultModel().createProperty(GazetteerVocabulary.SAME_AS);
        for (String file : FILES) {
            RDFDataMgr.loadModel(DIR.resolve(file).toString()).listObjectsOfProperty(sameAs).forEach(o -> {
                String iri = o.asResource().getURI();
                assertTrue(iri.startsWith(GazetteerVocabulary.WIKIDATA), iri);
                qids.add(iri.substring(GazetteerVocabulary.WIKIDATA.length()));
            });
        }
        return qids;
    }

    private static Set<String> qids(Path dir) {
        var qids = new HashSet<String>();
        Tsv.read(dir.resolve("wikidata-states.tsv")).forEach(r -> qids.add(r.get("qid")));
        Tsv.read(dir.resolve("wikidata-other.tsv")).forEach(r -> qids.add(r.get("qid")));
        return qids;
    }

    private static Set<String> minus(Set<String> a, Set<String> b) {
        var out = new HashSet<>(a);
        out.removeAll(b);
        return out;
    }
}
