package org.diplokg.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.diplokg.model.Article;
import org.junit.jupiter.api.Test;

class JsonLinesReaderTest {
    private final List<SourceResult> results = Read.resource("jsonl/mixed.jsonl");
    private final String file = Read.RESOURCES.resolve("jsonl/mixed.jsonl").toString();

    @Test
    void everyNonBlankLineIsOneResultInFileOrder() {
        assertEquals(List.of(file + "#1", file + "#2", file + "#4", file + "#5", file + "#6", file + "#7"),
                results.stream().map(SourceResult::origin).toList());
        assertEquals(List.of(true, false, true, false, false, true),
                results.stream().map(SourceResult::ok).toList());
    }

    @Test
    void aGoodLineKeepsItsFields() {
        Article article = results.get(0).article();

        assertEquals("https://news.example.org/a1", article.url());
        assertEquals(ArticleIds.id("https://news.example.org/a1", ""), article.id());
        assertEquals("Qatar and Egypt renew mediation", article.title());
        assertEquals(LocalDate.of(2024, 6, 12), article.published());
        assertEquals("en", article.language());
        assertEquals("Example Wire", article.publisher(), "the line's publisher wins over the dateline agency");
        assertEquals("DOHA", article.dateline());
        assertEquals(file + "#1", article.origin());
    }

    @Test
    void badLinesAreErrorsThatNameTheLine() {
        assertTrue(results.get(1).error().startsWith(file + "#2: invalid JSON"), results.get(1).error());
        assertTrue(results.get(3).error().startsWith(file + "#5: not a JSON object"), results.get(3).error());
        assertTrue(results.get(4).error().startsWith(file + "#6: no article text"), results.get(4).error());
        assertNull(results.get(1).article());
    }

    @Test
    void arabicLineWithoutLanguageOrUrl() {
        Article article = results.get(2).article();

        assertEquals("ar", article.language(), "detected from the script");
        assertEquals(LocalDate.of(2024, 6, 12), article.published(), "12/06/2024 is day-first");
        assertNull(article.url());
        assertEquals(ArticleIds.id(null, article.body()), article.id(), "no URL: the text is the identity");
        assertEquals("غزة", article.dateline());
        assertEquals("WAFA", article.publisher());
    }

    @Test
    void aSourceIdIsKeptOnlyWhenItIsAlreadyAnArticleId() {
        assertEquals("0123456789abcdef", results.get(5).article().id());
        assertFalse(results.get(0).article().id().equals("a1"));
    }
}
