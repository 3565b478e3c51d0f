package org.diplokg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.rdf.model.ModelFactory;
import org.diplokg.cli.EvaluateCommand;
import org.diplokg.extract.Extractor;
import org.diplokg.model.Actor;
import org.diplokg.model.ActorType;
import org.diplokg.model.Article;
import org.diplokg.model.Event;
import org.diplokg.model.EventType;
import org.diplokg.model.Extraction;
import org.diplokg.model.Role;
import org.diplokg.model.TimeValue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The whole evaluation over a small corpus on disk, with a fake extractor: reading, mapping, scoring, reporting. */
class EvaluationTest {
    private static final String GOLD = """
            {"published": "2024-06-10",
             "actors": [{"name": "Antony Blinken", "type": "Person"}, {"name": "Egypt", "type": "State"}],
             "tenures": [],
             "events": [{"type": "Meeting", "date": "2024-06-10", "participant": ["Antony Blinken", "Egypt"]},
                        {"type": "Statement", "date": "2024-06-10", "speaker": ["Egypt"]}]}""";

    @TempDir
    Path corpus;

    @BeforeEach
    void writeCorpus() throws IOException {
        Files.createDirectories(corpus.resolve("en"));
        Files.createDirectories(corpus.resolve("ar"));
        Files.writeString(corpus.resolve("en/blinken.txt"), """
                url: https://example.org/en/blinken
                published: 2024-06-10
                language: en

                Blinken in Cairo

                CAIRO - Antony Blinken met Egyptian officials on Monday.
                """);
        Files.writeString(corpus.resolve("en/blinken.gold.json"), GOLD);
        Files.writeString(corpus.resolve("ar/fails.txt"), """
                url: https://example.org/ar/fails
                published: 2024-06-10
                language: ar

                عنوان

                القاهرة - التقى بلينكن مسؤولين مصريين.
                """);
        Files.writeString(corpus.resolve("ar/fails.gold.json"), GOLD);
        Files.writeString(corpus.resolve("en/no-gold.txt"), "An article without gold is not evaluated.\n");
    }

    @Test
    void scoresEveryArticlePerLanguageAndOverall() {
        Report report = new Evaluation(new FakeExtractor(), ModelFactory.createDefaultModel()).run(corpus);

        assertEquals(List.of("ar/fails.txt", "en/blinken.txt"), report.articles().stream().map(ArticleResult::article).toList());
        assertEquals(List.of("ar", "en"), report.languages());
        assertEquals(new Counts(1, 0, 1), report.counts("en", Kind.events));
        assertEquals(new Counts(2, 1, 0), report.counts("en", Kind.actors));
        assertEquals(new Counts(2, 1, 1), report.counts("en", Kind.arguments));
        assertEquals(new Counts(0, 0, 2), report.counts("ar", Kind.events));
        assertEquals(new Counts(1, 0, 3), report.counts(Report.ALL, Kind.events));
        assertEquals(report.counts("en", Kind.actors).plus(report.counts("ar", Kind.actors)), report.counts(Report.ALL, Kind.actors));

        ArticleResult failed = report.articles().getFirst();
        assertNotNull(failed.error());
        assertNull(report.articles().get(1).error());
    }

    @Test
    void theCommandPrintsTheTableAndWritesMissesAsJson() throws IOException {
        Path json = corpus.resolve("out/report.json");
        StringWriter out = new StringWriter();
        CommandLine command = new CommandLine(new EvaluateCommand(FakeExtractor::new)).setOut(new PrintWriter(out));
        int exit = command.execute("--gold", corpus.toString(), "--json", json.toString(), "--misses");

        assertEquals(0, exit, out.toString());
        assertTrue(out.toString().contains("language en (1 articles)"), out.toString());
        JsonObject root = JSON.read(json.toString());
        assertEquals(1, root.getObj("scores").getObj("en").getObj("events").getNumber("tp").intValue());
        JsonObject english = root.get("articles").getAsArray().get(1).getAsObject();
        assertEquals("en/blinken.txt", english.getString("article"));
        JsonArray missingEvents = english.getObj("missing").get("events").getAsArray();
        assertEquals(List.of("Statement", "2024-06-10"),
                missingEvents.get(0).getAsArray().stream().map(v -> v.getAsString().value()).toList());
        JsonArray spuriousArguments = english.getObj("spurious").get("arguments").getAsArray();
        assertEquals("Cairo Governorate", spuriousArguments.get(0).getAsArray().get(3).getAsString().value());
    }

    @Test
    void aBrokenGoldFileStopsTheEvaluationNamingFileAndKey() throws IOException {
        Path broken = corpus.resolve("en/blinken.gold.json");
        Files.writeString(broken, GOLD.replace("\"published\": \"2024-06-10\",", ""));
        GoldFormatException e = assertThrows(GoldFormatException.class,
                () -> new Evaluation(new FakeExtractor(), ModelFactory.createDefaultModel()).run(corpus));
        assertEquals(broken, e.file());
        assertEquals("published", e.key());

        StringWriter err = new StringWriter();
        int exit = new CommandLine(new EvaluateCommand(FakeExtractor::new)).setErr(new PrintWriter(err))
                .execute("--gold", corpus.toString());
        assertEquals(1, exit);
        assertTrue(err.toString().contains(broken + ": published: "), err.toString());
    }

    @Test
    void aGoldFileWithoutItsArticleIsAnError() throws IOException {
        Files.delete(corpus.resolve("en/blinken.txt"));
        assertThrows(EvaluationException.class,
                () -> new Evaluation(new FakeExtractor(), ModelFactory.createDefaultModel()).run(corpus));
    }

    /**
     * Finds, in an English article, a meeting of Blinken and Egypt dated by the publication, with a participant
     * the gold does not have; fails on any other article.
     */
    private static final class FakeExtractor implements Extractor {
        @Override
        public Extraction extract(Article article) {
            if (!article.language().equals("en")) throw new IllegalStateException("no rules for " + article.language());
            List<Actor> actors = List.of(
                    new Actor("antony-blinken", ActorType.Person, Map.of("en", "Antony Blinken"), List.of(), null, null),
                    new Actor("egypt", ActorType.State, Map.of("en", "Egypt", "ar", "مصر"), List.of(), null, null),
                    new Actor("cairo-governorate", ActorType.GovernmentBody, Map.of("en", "Cairo Governorate"), List.of(), null, null));
            Event meeting = new Event(EventType.Meeting,
                    Map.of(Role.participant, List.of("antony-blinken", "egypt", "cairo-governorate")), List.of(),
                    TimeValue.of(article.published().toString()), null, null, null, null, List.of(), null, null,
                    Map.of(), -1, List.of());
            return new Extraction(article, actors, List.of(), List.of(), List.of(), List.of(meeting), version());
        }

        @Override
        public String version() {
            return "fake";
        }
    }
}
