package org.diplokg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A gold file that breaks the format of DESIGN 6 is an error naming the file and the key. */
class GoldReaderTest {
    private static final String ACTORS = """
            "actors": [{"name": ["Egypt", "مصر"], "type": "State"}, {"name": "Antony Blinken", "type": "Person"}],
            "tenures": []""";

    @TempDir
    Path dir;

    @Test
    void aValidFileGivesItsTuples() throws IOException {
        Gold gold = GoldReader.read(write("""
                {"published": "2024-06-10", %s, "future": {"ignored": true},
                 "events": [{"type": "Meeting", "date": "2024-06", "participant": ["مصر", ["Blinken", "Antony Blinken"]],
                             "place": "Egypt", "phases": 2, "notes": "ignored"}]}""".formatted(ACTORS)));
        assertEquals(LocalDate.of(2024, 6, 10), gold.published());
        assertEquals(2, gold.tuples(Kind.actors).size());
        assertEquals(2, gold.tuples(Kind.arguments).size());
        assertEquals("(Meeting, 2024-06, participant, مصر)", gold.tuples(Kind.arguments).getFirst().toString());
        assertEquals("(Meeting, 2024-06, 2)", gold.tuples(Kind.phases).getFirst().toString());
    }

    @Test
    void aMissingPublicationDateIsAnError() throws IOException {
        assertBroken("published", "{%s, \"events\": []}".formatted(ACTORS));
    }

    @Test
    void anUnknownActorTypeIsAnError() throws IOException {
        assertBroken("actors[0].type", """
                {"published": "2024-06-10", "actors": [{"name": "Egypt", "type": "Country"}], "tenures": [], "events": []}""");
    }

    @Test
    void anUnknownEventTypeIsAnError() throws IOException {
        assertBroken("events[0].type", "{\"published\": null, %s, \"events\": [{\"type\": \"Summit\"}]}".formatted(ACTORS));
    }

    @Test
    void aRoleThatIsNotAListIsAnError() throws IOException {
        assertBroken("events[0].participant",
                "{\"published\": null, %s, \"events\": [{\"type\": \"Meeting\", \"participant\": \"Egypt\"}]}".formatted(ACTORS));
    }

    @Test
    void aNameInEventsThatIsNotAnActorIsAnError() throws IOException {
        assertBroken("events[1].host[0]", """
                {"published": null, %s, "events": [{"type": "Visit", "host": ["Egypt"]},
                                                   {"type": "Visit", "host": ["Jordan"]}]}""".formatted(ACTORS));
    }

    @Test
    void aNameInTenuresThatIsNotAnActorIsAnError() throws IOException {
        assertBroken("tenures[0].of", """
                {"published": null, "actors": [{"name": "Antony Blinken", "type": "Person"}],
                 "tenures": [{"holder": "Antony Blinken", "of": "United States"}], "events": []}""");
    }

    @Test
    void aBadDateIsAnError() throws IOException {
        assertBroken("events[0].date", "{\"published\": null, %s, \"events\": [{\"type\": \"Meeting\", \"date\": \"2024-13\"}]}".formatted(ACTORS));
    }

    @Test
    void aSpellingOfTwoActorsIsAnError() throws IOException {
        assertBroken("actors[1].name", """
                {"published": null, "actors": [{"name": "Egypt", "type": "State"}, {"name": ["EGYPT"], "type": "State"}],
                 "tenures": [], "events": []}""");
    }

    @Test
    void brokenJsonIsAnError() throws IOException {
        assertBroken("(syntax)", "{\"published\": ");
    }

    private void assertBroken(String key, String json) throws IOException {
        Path file = write(json);
        GoldFormatException e = assertThrows(GoldFormatException.class, () -> GoldReader.read(file));
        assertEquals(key, e.key());
        assertEquals(file, e.file());
        assertTrue(e.getMessage().startsWith(file + ": " + key + ": "), e.getMessage());
    }

    private Path write(String json) throws IOException {
        return Files.writeString(dir.resolve("x.gold.json"), json);
    }
}
