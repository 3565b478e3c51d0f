package org.diplokg.lexicon;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loading the event lexicon from data/lexicon. */
class EventLexiconTest {
    private static final Path LEXICON = Path.of("data", "lexicon");

    @Test
    void aCuePhraseListedWithTwoReadingsIsRefusedRatherThanHalfIgnored(@TempDir Path dir) throws IOException {
        copyLexicon(dir);
        Files.writeString(dir.resolve("cues-en.tsv"), "for\toblique\t0\n", StandardOpenOption.APPEND);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> EventLexicon.load(dir, "en"));
        assertTrue(e.getMessage().contains("listed twice: for"));
    }

    @Test
    void aPrepositionRowWithAMistypedScopeIsRefusedRatherThanReadForAllTriggers(@TempDir Path dir) throws IOException {
        copyLexicon(dir);
        Files.writeString(dir.resolve("prepositions-en.tsv"), "guided by\tmediator\tNegotiation\tnegotiatd\n", StandardOpenOption.APPEND);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> EventLexicon.load(dir, "en"));
        assertTrue(e.getMessage().contains("negotiatd"));
    }

    private static void copyLexicon(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(LEXICON)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) Files.copy(f, dir.resolve(f.getFileName()));
        }
    }
}
