package org.diplokg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.Test;

/**
 * The scorer on hand-made cases: a gold file and the graph a store would hold (src/test/resources/eval/X.gold.json
 * and X.trig), read back with SPARQL and aligned.
 */
class ScorerTest {
    private static final String GRAPH = "https://w3id.org/diplokg/id/graph/test";

    @Test
    void identicalGoldAndOutputMatchEveryTuple() {
        Map<Kind, Alignment> result = score("exact", "exact");
        assertCounts(result, Kind.actors, 7, 0, 0);
        assertCounts(result, Kind.tenures, 2, 0, 0);
        assertCounts(result, Kind.events, 3, 0, 0);
        assertCounts(result, Kind.arguments, 5, 0, 0);
        assertCounts(result, Kind.places, 1, 0, 0);
        assertCounts(result, Kind.phases, 2, 0, 0);
        assertEquals(1.0, result.get(Kind.events).counts().f1());
    }

    @Test
    void aDateMatchesAtTheGoldsPrecisionButNotCoarser() {
        Map<Kind, Alignment> result = score("coarse-date", "coarse-date");
        assertCounts(result, Kind.events, 3, 1, 1);
        assertEquals(List.of(List.of("Meeting", "2024-06-10")), displays(result.get(Kind.events).missing()));
        assertEquals(List.of(List.of("Meeting", "2024-06")), displays(result.get(Kind.events).spurious()));
    }

    @Test
    void namesMatchThroughArabicAliasesLetterVariantsAndTheGazetteer() {
        Map<Kind, Alignment> result = score("arabic-alias", "arabic-alias");
        assertCounts(result, Kind.actors, 3, 0, 0);
        assertCounts(result, Kind.arguments, 2, 0, 0);
    }

    @Test
    void aSpuriousEventCostsPrecisionOnly() {
        Map<Kind, Alignment> result = score("spurious-event", "spurious-event");
        assertCounts(result, Kind.events, 1, 1, 0);
        assertEquals(0.5, result.get(Kind.events).counts().precision());
        assertEquals(1.0, result.get(Kind.events).counts().recall());
        assertEquals(List.of(List.of("Statement", "2024-06-10")), displays(result.get(Kind.events).spurious()));
        assertEquals(List.of(List.of("Statement", "2024-06-10", "speaker", "Antony Blinken")),
                displays(result.get(Kind.arguments).spurious()));
    }

    @Test
    void anEmptyArticleWithNothingExtractedIsPerfect() {
        Map<Kind, Alignment> result = score("empty", "empty");
        for (Kind kind : Kind.values()) assertCounts(result, kind, 0, 0, 0);
        assertEquals(1.0, overall(result).f1());
    }

    @Test
    void nothingExtractedForAnAnnotatedArticleHasNoRecall() {
        Counts overall = overall(score("exact", "empty"));
        assertEquals(new Counts(0, 0, 20), overall);
        assertEquals(0.0, overall.recall());
        assertEquals(0.0, overall.f1());
    }

    @Test
    void anUndatedGoldEventMatchesOnlyAnUndatedOutput() {
        Map<Kind, Alignment> result = score("undated", "undated");
        assertCounts(result, Kind.events, 1, 1, 1);
        assertEquals(Arrays.asList(Arrays.asList("Statement", null)), displays(result.get(Kind.events).missing()));
        assertEquals(List.of(List.of("Negotiation")), result.get(Kind.events).matched().stream()
                .map(t -> t.displays().subList(0, 1)).toList());
        assertCounts(result, Kind.arguments, 1, 1, 1);
    }

    @Test
    void matchingIsOneToOneAndMaximal() {
        Map<Kind, Alignment> result = score("multiset", "multiset");
        assertCounts(result, Kind.events, 3, 0, 1);
        assertEquals(List.of(List.of("Statement", "2024-06-10")), displays(result.get(Kind.events).missing()));
        assertEquals(List.of(List.of("Statement", "2024-06-10", "speaker", "Qatar")),
                displays(result.get(Kind.arguments).missing()));
        assertTrue(result.get(Kind.events).matched().stream().filter(t -> t.displays().getFirst().equals("Proposal")).count() == 2,
                "both proposals matched: the gold year takes the output year, the gold month the output day");
    }

    private static Map<Kind, Alignment> score(String goldName, String graphName) {
        Gold gold = GoldReader.read(resource(goldName + ".gold.json"));
        Dataset dataset = DatasetFactory.create();
        RDFDataMgr.read(dataset, resource(graphName + ".trig").toString());
        return Evaluation.score(gold, OutputReader.read(dataset, GRAPH));
    }

    private static Path resource(String name) {
        try {
            return Path.of(ScorerTest.class.getResource("/eval/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void assertCounts(Map<Kind, Alignment> result, Kind kind, long tp, long fp, long fn) {
        Alignment alignment = result.get(kind);
        assertEquals(new Counts(tp, fp, fn), alignment.counts(),
                kind + ": missing " + alignment.missing() + ", spurious " + alignment.spurious());
    }

    private static Counts overall(Map<Kind, Alignment> result) {
        return result.values().stream().map(Alignment::counts).reduce(Counts.ZERO, Counts::plus);
    }

    private static List<List<String>> displays(List<Tuple> tuples) {
        return tuples.stream().map(Tuple::displays).toList();
    }
}
