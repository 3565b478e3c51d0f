package org.diplokg.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.diplokg.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextReaderTest {
    private static final Path SEED = Path.of("/work/shared/seed/maan-2024-06-10-sisi-blinken.txt");

    @Test
    void seedArticleTitleDateAndDatelineComeFromItsOwnLayout() throws IOException {
        assumeTrue(Files.isRegularFile(SEED), "the seed article is not on this machine");
        List<SourceResult> results = Read.all(SEED);
        assertEquals(1, results.size());
        Article article = results.get(0).article();

        assertEquals("الرئيس المصري وبلينكن يتفقان على تعزيز جهود التوصل لهدنة بغزة", article.title());
        assertEquals(LocalDate.of(2024, 6, 10), article.published());
        assertEquals("ar", article.language());
        assertEquals("القاهرة", article.dateline());
        assertEquals("Ma'an News Agency", article.publisher());
        assertNull(article.url());
        assertEquals(SEED.toString(), article.origin());

        List<String> lines = Files.readAllLines(SEED, StandardCharsets.UTF_8);
        String expectedBody = String.join("\n", lines.subList(2, lines.size())).strip();
        assertEquals(expectedBody, article.body(), "the body is everything after the date line, dateline kept");
        assertTrue(article.body().startsWith("القاهرة- معا- اتفق الرئيس المصري"));
        assertEquals(ArticleIds.id(null, expectedBody), article.id());
        assertTrue(article.id().matches("[0-9a-f]{16}"));
        assertTrue(article.contentHash().matches("[0-9a-f]{64}"));
    }

    @Test
    void headerBlockGivesMetadataAndTheBodyStartsAfterTheBlankLine() {
        Article article = Read.only("text/reuters-header.txt").article();

        assertEquals("https://www.example.com/world/middle-east/blinken-cairo-2024-06-10/", article.url());
        assertEquals(LocalDate.of(2024, 6, 10), article.published(), "RFC 1123 date in the header");
        assertEquals("Blinken meets Sisi in Cairo on ceasefire push", article.title());
        assertEquals("en", article.language());
        assertEquals("CAIRO", article.dateline());
        assertEquals("Reuters", article.publisher());
        assertTrue(article.body().startsWith("CAIRO, June 10 (Reuters) - U.S. Secretary of State"));
        assertTrue(article.body().endsWith("the Egyptian presidency said in a statement."));
        assertEquals(ArticleIds.id(article.url(), ""), article.id(), "an article with a URL is known by it");
    }

    @Test
    void arabicIndicDigitsAndParenthesizedAgency() {
        Article article = Read.only("text/anadolu-arabic.txt").article();

        assertEquals("قطر تستضيف جولة جديدة من المفاوضات غير المباشرة", article.title());
        assertEquals(LocalDate.of(2024, 6, 11), article.published(), "١١/٠٦/٢٠٢٤ is day-first");
        assertEquals("الدوحة", article.dateline());
        assertEquals("Anadolu Agency", article.publisher());
        assertEquals("ar", article.language(), "detected: no header names the language");
        assertTrue(article.body().startsWith("الدوحة (الأناضول) - أعلنت"));
    }

    @Test
    void firstLineIsTheTitleWhenThereIsNoHeader() {
        Article article = Read.only("text/ap-no-header.txt").article();

        assertEquals("Blinken urges Hamas to accept cease-fire plan", article.title());
        assertNull(article.published());
        assertEquals("en", article.language());
        assertEquals("WASHINGTON", article.dateline());
        assertEquals("Associated Press", article.publisher());
        assertTrue(article.body().startsWith("WASHINGTON (AP) — Secretary of State"));
        assertTrue(article.body().endsWith("He spoke after talks in Jerusalem."));
    }

    @Test
    void headerPublisherWinsOverTheDatelineAgency(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("a.txt");
        Files.writeString(file, "publisher: Example Daily\nالعنوان: عنوان تجريبي\nنشر بتاريخ: 2024-06-12\n\n"
                + "رام الله - وفا - قال الرئيس الفلسطيني محمود عباس إن الجهود مستمرة.\n");
        Article article = Read.all(file).get(0).article();

        assertEquals("Example Daily", article.publisher());
        assertEquals("عنوان تجريبي", article.title());
        assertEquals(LocalDate.of(2024, 6, 12), article.published());
        assertEquals("رام الله", article.dateline());
        assertTrue(article.body().startsWith("رام الله - وفا - قال"));
    }

    @Test
    void aFileWithoutAPublicationDateIsDatedByTheDateInItsName(@TempDir Path dir) throws IOException {
        Path named = dir.resolve("reuters-2024-06-10-blinken-cairo.txt");
        Files.writeString(named, "Blinken in Cairo\n\nCAIRO, June 10 (Reuters) - Blinken met Sisi on Monday.\n");
        Path headed = dir.resolve("ap-2024-06-10-blinken.txt");
        Files.writeString(headed, "published: 2024-06-11\n\nBlinken met Sisi on Monday.\n");
        Path updated = dir.resolve("ap-2024-06-10-sisi.txt");
        Files.writeString(updated, "updated: 2024-06-12\n\nBlinken met Sisi on Monday.\n");

        assertEquals(LocalDate.of(2024, 6, 10), Read.all(named).get(0).article().published());
        assertEquals(LocalDate.of(2024, 6, 11), Read.all(headed).get(0).article().published(), "the header wins");
        assertEquals(LocalDate.of(2024, 6, 12), Read.all(updated).get(0).article().published(),
                "an update date in the header wins too");
    }

    @Test
    void aSingleLineIsBodyNotTitle(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("one-line.txt");
        Files.writeString(file, "\uFEFFQatar said talks would resume next week.\r\n");
        Article article = Read.all(file).get(0).article();

        assertNull(article.title());
        assertEquals("Qatar said talks would resume next week.", article.body());
    }
}
