package org.diplokg.source;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * One article per HTML page. Metadata from Open Graph, article:* and JSON-LD (schema.org) tags,
 * which news sites publish for crawlers; the text from the page's {@code <article>}, else from
 * the element holding the most paragraph text, with navigation and other page furniture removed.
 */
final class HtmlReader implements SourceReader {
    /** Page furniture that is never article text. */
    private static final String FURNITURE = "nav, header, footer, aside, script, style, noscript, template, "
            + "form, button, iframe, svg, figure, figcaption, [role=navigation], [role=banner], [role=contentinfo]";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final SourceLexicon lexicon;

    HtmlReader(SourceLexicon lexicon) {
        this.lexicon = lexicon;
    }

    @Override
    public Stream<SourceResult> read(Path file, String origin) throws IOException {
        long size = Files.size(file);
        if (size > TextFiles.MAX_BYTES) {
            throw new IOException("file too large for one article (" + size + " bytes)");
        }
        // A null charset lets jsoup take it from the byte-order mark or <meta charset>, else UTF-8.
        return Stream.of(parse(Jsoup.parse(file, null, ""), origin));
    }

    SourceResult parse(Document page, String origin) {
        JsonNode linkedData = linkedData(page);
        Draft draft = new Draft(origin)
                .title(meta(page, "og:title"))
                .title(page.title())
                .title(firstText(page, "h1"))
                .url(absolute(attribute(page, "link[rel=canonical]", "href")))
                .url(absolute(meta(page, "og:url")))
                .published(lexicon.dates().find(meta(page, "article:published_time")))
                .published(lexicon.dates().find(linkedData.path("datePublished").asText(null)))
                .published(lexicon.dates().find(attribute(page, "[itemprop=datePublished]", "content")))
                .updated(lexicon.dates().find(meta(page, "article:modified_time")))
                .updated(lexicon.dates().find(linkedData.path("dateModified").asText(null)))
                .language(attribute(page, "html", "lang"))
                .language(meta(page, "og:locale"))
                .publisher(meta(page, "og:site_name"))
                .publisher(linkedData.path("publisher").path("name").asText(null));
        return draft.body(mainText(page)).toResult(lexicon);
    }

    private static String mainText(Document page) {
        Element body = page.body();
        body.select(FURNITURE).remove();
        Element main = body.select("article").stream()
                .max(Comparator.comparingInt(article -> article.text().length()))
                .orElseGet(() -> densestParagraphBlock(body));
        return HtmlText.ofElement(main);
    }

    /** The element whose own paragraphs hold the most text: the article body on most news pages. */
    private static Element densestParagraphBlock(Element body) {
        Map<Element, Integer> paragraphText = new HashMap<>();
        for (Element paragraph : body.select("p")) {
            Element parent = paragraph.parent();
            if (parent != null) {
                paragraphText.merge(parent, paragraph.text().length(), Integer::sum);
            }
        }
        return paragraphText.entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey)
                .orElse(body);
    }

    /**
     * The schema.org object that carries the article's dates: the first JSON-LD node with a
     * datePublished, looked for through arrays and {@code @graph}. A broken block is skipped:
     * it is page decoration, not the article.
     */
    private static JsonNode linkedData(Document page) {
        for (Element script : page.select("script[type=application/ld+json]")) {
            try {
                JsonNode found = withDatePublished(JSON.readTree(script.data()));
                if (found != null) {
                    return found;
                }
            } catch (JsonProcessingException e) {
                // not the article's metadata; the other sources of it still apply
            }
        }
        return JSON.missingNode();
    }

    private static JsonNode withDatePublished(JsonNode node) {
        if (node == null) {
            return null;
        }
        if (node.isObject() && node.hasNonNull("datePublished")) {
            return node;
        }
        for (JsonNode child : node) {
            JsonNode found = withDatePublished(child);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static String meta(Document page, String property) {
        Element tag = page.selectFirst("meta[property=\"" + property + "\"], meta[name=\"" + property + "\"]");
        return tag == null ? null : tag.attr("content");
    }

    private static String attribute(Document page, String selector, String attribute) {
        Element element = page.selectFirst(selector);
        return element == null ? null : element.attr(attribute);
    }

    private static String firstText(Document page, String selector) {
        Element element = page.selectFirst(selector);
        return element == null ? null : element.text();
    }

    /** Only an absolute http(s) URL identifies the article; a relative one has no base on disk. */
    private static String absolute(String url) {
        if (url == null) {
            return null;
        }
        String trimmed = url.strip();
        return trimmed.startsWith("http://") || trimmed.startsWith("https://") ? trimmed : null;
    }
}
