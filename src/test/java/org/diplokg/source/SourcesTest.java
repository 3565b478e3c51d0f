package org.diplokg.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.diplokg.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourcesTest {
    @Test
    void directoriesAreWalkedInNameOrderSkippingHiddenGoldNotesAndUnknownTypes(@TempDir Path dir) throws IOException {
        write(dir.resolve("b.txt"), "Title B\nBody of b.");
        write(dir.resolve("a/z.txt"), "Title Z\nBody of z.");
        write(dir.resolve("a/y/x.htm"), "<html><body><p>Body of x.</p></body></html>");
        write(dir.resolve("c.TXT"), "Title C\nBody of c.");
        write(dir.resolve(".hidden.txt"), "Title\nhidden");
        write(dir.resolve(".git/objects.txt"), "Title\nhidden directory");
        write(dir.resolve("b.gold.json"), "{\"published\": \"2024-06-10\"}");
        write(dir.resolve("README.md"), "# notes");
        write(dir.resolve("photo.png"), "not an article");

        List<SourceResult> results = Read.all(dir);

        assertEquals(List.of(dir.resolve("a/y/x.htm"), dir.resolve("a/z.txt"), dir.resolve("b.txt"), dir.resolve("c.TXT")),
                results.stream().map(result -> Path.of(result.origin())).toList());
        assertTrue(results.stream().allMatch(SourceResult::ok));
        assertEquals(results, Read.all(dir), "a second run reads the same articles in the same order");
    }

    @Test
    void oneBrokenFileNeverStopsTheOthers(@TempDir Path dir) throws IOException {
        write(dir.resolve("1-good.txt"), "First\nA good article.");
        Files.write(dir.resolve("2-latin1.txt"), new byte[] {'T', '\n', 'c', 'a', 'f', (byte) 0xE9, '\n'});
        write(dir.resolve("3-broken.xml"), "<rss><channel><item><title>x</title>");
        write(dir.resolve("4-empty.html"), "");
        write(dir.resolve("5-good.jsonl"), "{\"title\": \"Last\", \"text\": \"A good line.\"}\n");
        Path missing = dir.resolve("no-such-dir");

        List<SourceResult> results = Read.all(dir, missing);

        assertEquals(List.of(true, false, false, false, true, false), results.stream().map(SourceResult::ok).toList());
        for (SourceResult failed : results.stream().filter(result -> !result.ok()).toList()) {
            assertTrue(failed.error().startsWith(failed.origin() + ": "), failed.error());
            assertFalse(failed.error().contains("\n"), "one line: " + failed.error());
        }
        assertTrue(results.get(1).error().contains("not UTF-8"), results.get(1).error());
        assertEquals(missing + ": no such file or directory", results.get(5).error());
    }

    @Test
    void filesAreOpenedOnlyWhenTheStreamReachesThem(@TempDir Path dir) throws IOException {
        write(dir.resolve("a.txt"), "A\nFirst article.");
        write(dir.resolve("b.txt"), "B\nSecond article.");
        try (Stream<SourceResult> results = Sources.read(List.of(dir))) {
            Iterator<SourceResult> iterator = results.iterator();
            assertTrue(iterator.next().ok());
            Files.writeString(dir.resolve("b.txt"), "B\nRewritten after the stream started.");
            assertEquals("Rewritten after the stream started.", iterator.next().article().body());
            assertFalse(iterator.hasNext());
        }
    }

    @Test
    void theSameUrlGivesTheSameIdWhateverTheFormat(@TempDir Path dir) throws IOException {
        write(dir.resolve("a.txt"), "url: https://news.example.org/story?id=7\ntitle: One\n\nFirst wording of the story.");
        write(dir.resolve("b.jsonl"), "{\"url\": \"HTTPS://News.Example.org/story?id=7#comments\", \"text\": \"Second wording.\"}");
        write(dir.resolve("c.jsonl"), "{\"url\": \"https://news.example.org/story?id=8\", \"text\": \"First wording of the story.\"}");

        List<Article> articles = Read.all(dir).stream().map(SourceResult::article).toList();

        assertEquals(articles.get(0).id(), articles.get(1).id(), "scheme and host case and the fragment do not count");
        assertNotEquals(articles.get(0).id(), articles.get(2).id(), "another URL is another article");
        assertNotEquals(articles.get(0).contentHash(), articles.get(1).contentHash());
    }

    @Test
    void withoutUrlTheNormalizedTextIsTheIdentity(@TempDir Path dir) throws IOException {
        write(dir.resolve("a.txt"), "Title\nSame   words,\nnew layout.");
        write(dir.resolve("b.txt"), "Other title\nSame words, new layout.\n\n");
        write(dir.resolve("c.txt"), "Title\nDifferent words.");

        List<Article> articles = Read.all(dir).stream().map(SourceResult::article).toList();

        assertEquals(articles.get(0).id(), articles.get(1).id());
        assertNotEquals(articles.get(0).id(), articles.get(2).id());
        assertNotEquals(articles.get(0).contentHash(), articles.get(1).contentHash(), "the hash covers the title");
    }

    @Test
    void theTestCorpusReadsInFull() {
        List<SourceResult> results = Read.all(Read.RESOURCES);

        assertEquals(16, results.size());
        assertEquals(12, results.stream().filter(SourceResult::ok).count());
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
