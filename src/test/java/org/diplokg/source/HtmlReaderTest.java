package org.diplokg.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.diplokg.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlReaderTest {
    @Test
    void articleElementGivesTheTextAndMetaTagsTheRest() {
        Article article = Read.only("html/article.html").article();

        assertEquals("Jordan hosts Gaza aid conference", article.title(), "og:title before <title>");
        assertEquals("https://news.example.org/2024/06/11/jordan-gaza-aid-conference", article.url());
        assertEquals(LocalDate.of(2024, 6, 11), article.published());
        assertEquals("en", article.language(), "from <html lang=\"en-GB\">");
        assertEquals("Example News", article.publisher(), "og:site_name");
        assertEquals("AMMAN", article.dateline());
        assertEquals("""
                AMMAN — Jordan hosted an international conference on humanitarian aid for Gaza on Tuesday.
                Antony Blinken announced new U.S. aid at the conference, held at the Dead Sea.
                The meeting was co-hosted by Egypt and the United Nations.""", article.body());
    }

    @Test
    void withoutArticleElementTheDensestParagraphBlockAndJsonLdAreUsed() {
        Article article = Read.only("html/densest-block.html").article();

        assertEquals("السيسي يستقبل بلينكن في القاهرة", article.title(), "<title> when there is no og:title");
        assertEquals(LocalDate.of(2024, 6, 10), article.published(), "JSON-LD datePublished inside @graph");
        assertEquals("ar", article.language());
        assertEquals("موقع مثال", article.publisher(), "JSON-LD publisher name");
        assertEquals("القاهرة", article.dateline());
        assertEquals("""
                القاهرة- معا- استقبل الرئيس المصري عبد الفتاح السيسي وزير الخارجية الأمريكي أنتوني بلينكن.
                وبحث الجانبان جهود التوصل إلى وقف لإطلاق النار في قطاع غزة.""", article.body());
        assertFalse(article.body().contains("شارك"), "the share bar is not the article");
    }

    @Test
    void aPageWithoutTextIsAnErrorResult(@TempDir Path dir) throws IOException {
        Path page = dir.resolve("empty.html");
        Files.writeString(page, "<html><head><title>Nothing here</title></head><body><nav>menu</nav></body></html>");
        SourceResult result = Read.all(page).get(0);

        assertFalse(result.ok());
        assertTrue(result.error().startsWith(page + ": "), result.error());
    }
}
