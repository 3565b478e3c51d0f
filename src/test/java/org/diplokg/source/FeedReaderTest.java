package org.diplokg.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.diplokg.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedReaderTest {
    @Test
    void rssItemsWithContentEncodedAndEscapedDescriptions() {
        String file = Read.RESOURCES.resolve("feeds/world.rss").toString();
        List<SourceResult> results = Read.resource("feeds/world.rss");
        assertEquals(List.of(file + "#1", file + "#2", file + "#3"), results.stream().map(SourceResult::origin).toList());

        Article first = results.get(0).article();
        assertEquals("Blinken arrives in Israel on eighth regional tour", first.title());
        assertEquals("https://wire.example.net/world/blinken-israel", first.url());
        assertEquals(LocalDate.of(2024, 6, 11), first.published());
        assertEquals("en", first.language(), "the channel's <language>");
        assertEquals("Example Wire – World", first.publisher(), "the channel title, not the logo's");
        assertEquals("TEL AVIV", first.dateline());
        assertEquals("""
                TEL AVIV (AFP) - U.S. Secretary of State Antony Blinken arrived in Israel on Tuesday.
                He will meet Prime Minister Benjamin Netanyahu & opposition leaders.
                Talks focus on the ceasefire.""", first.body(), "content:encoded wins over the description");

        Article second = results.get(1).article();
        assertEquals("UN Security Council backs ceasefire resolution", second.title());
        assertEquals("https://wire.example.net/world/un-resolution", second.url(), "a permalink guid");
        assertEquals(LocalDate.of(2024, 6, 10), second.published());
        assertTrue(second.body().startsWith("The Security Council adopted"));
        assertFalse(second.body().contains("<p>"));

        assertFalse(results.get(2).ok());
        assertTrue(results.get(2).error().startsWith(file + "#3: no article text"));
    }

    @Test
    void atomEntriesWithXhtmlContentAndPlainSummary() {
        List<SourceResult> results = Read.resource("feeds/arabic.atom");
        assertEquals(2, results.size());

        Article first = results.get(0).article();
        assertEquals("الأردن يستضيف مؤتمرا للاستجابة الإنسانية في غزة", first.title());
        assertEquals("https://ar.example.org/news/2024/06/11/jordan-conference", first.url(), "the alternate link");
        assertEquals(LocalDate.of(2024, 6, 11), first.published());
        assertEquals("ar", first.language(), "the feed's xml:lang");
        assertEquals("وكالة مثال - أخبار", first.publisher());
        assertEquals("عمان", first.dateline());
        assertEquals("""
                عمان - بترا - افتتح العاهل الأردني مؤتمر الاستجابة الإنسانية الطارئة في غزة.
                وشارك في المؤتمر وزير الخارجية الأمريكي أنتوني بلينكن & الأمين العام للأمم المتحدة.""", first.body());

        Article second = results.get(1).article();
        assertEquals("https://ar.example.org/en/truce-talks", second.url(), "a link without rel is the alternate");
        assertEquals(LocalDate.of(2024, 6, 12), second.published(), "an entry with only <updated> is dated by it");
        assertEquals("en", second.language(), "the entry's own xml:lang wins over the feed's");
        assertEquals("Negotiators resumed talks in Doha.\nMediators said progress was slow.", second.body());
    }

    @Test
    void externalEntityIsRefusedAndNeverResolved(@TempDir Path dir) throws IOException {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "XXE-MARKER-7f3a");
        Path feed = dir.resolve("evil.rss");
        Files.writeString(feed, """
                <?xml version="1.0"?>
                <!DOCTYPE rss [ <!ENTITY xxe SYSTEM "%s"> ]>
                <rss version="2.0"><channel><title>t</title>
                  <item><title>leak</title><description>&xxe;</description></item>
                </channel></rss>
                """.formatted(secret.toUri()));

        List<SourceResult> results = Read.all(feed);

        assertEquals(1, results.size());
        SourceResult result = results.get(0);
        assertFalse(result.ok());
        assertNull(result.article());
        assertTrue(result.error().startsWith(feed + ": refused: a document type declaration"), result.error());
        assertFalse(result.error().contains("XXE-MARKER"));
    }

    @Test
    void internalEntityExpansionIsRefusedToo(@TempDir Path dir) throws IOException {
        Path feed = dir.resolve("laughs.atom");
        Files.writeString(feed, """
                <?xml version="1.0"?>
                <!DOCTYPE feed [ <!ENTITY lol "lol"> <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"> ]>
                <feed xmlns="http://www.w3.org/2005/Atom"><entry><title>&lol2;</title><summary>x</summary></entry></feed>
                """);
        SourceResult result = Read.all(feed).get(0);

        assertFalse(result.ok());
        assertTrue(result.error().contains("refused"), result.error());
    }

    @Test
    void xmlThatIsNoFeedAndTruncatedFeedsAreErrors(@TempDir Path dir) throws IOException {
        Path page = dir.resolve("page.xml");
        Files.writeString(page, "<html><body><p>Not a feed</p></body></html>");
        Path truncated = dir.resolve("truncated.rss");
        Files.writeString(truncated, "<rss><channel><item><title>a</title><description>Full text.</description></item>"
                + "<item><title>cut");

        List<SourceResult> results = Read.all(page, truncated);

        assertEquals(page + ": not an RSS or Atom feed: the root element is <html>", results.get(0).error());
        assertTrue(results.get(1).ok(), "the item before the damage is still read");
        assertTrue(results.get(2).error().startsWith(truncated + ": invalid XML"), results.get(2).error());
        assertEquals(3, results.size());
    }
}
