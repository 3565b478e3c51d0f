package org.diplokg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FingerprintTest {
    @TempDir
    Path data;

    private void write(String file, String text) throws IOException {
        Path path = data.resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, text);
    }

    @Test
    void anEditedWordListChangesTheDataHash() throws IOException {
        write("lexicon/triggers-ar.tsv", "التقى\tMeeting\n");
        String before = Fingerprint.ofData(data);
        write("lexicon/triggers-ar.tsv", "التقى\tMeeting\nاجتمع\tMeeting\n");
        assertNotEquals(before, Fingerprint.ofData(data));
    }

    @Test
    void articlesTheirGoldAndEvaluationSettingsAreNoLanguageData() throws IOException {
        write("lexicon/triggers-en.tsv", "met\tMeeting\n");
        String before = Fingerprint.ofData(data);
        write("articles/en/new.txt", "Blinken met Sisi in Cairo.");
        write("heldout/en/new.gold.json", "{}");
        write("eval/floors.tsv", "arguments\tall\t0.78\n");
        assertEquals(before, Fingerprint.ofData(data));
    }

    @Test
    void theVersionJoinsTheCodeHashAndTheDataHash() throws IOException {
        write("lexicon/triggers-en.tsv", "met\tMeeting\n");
        String version = Fingerprint.of(data);
        assertTrue(version.matches("[0-9a-f]{12}-[0-9a-f]{12}"), version);
        assertEquals(Fingerprint.ofCode() + "-" + Fingerprint.ofData(data), version);
    }
}
