package org.diplokg.source;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * RSS 2.0, RSS 1.0 and Atom feeds, one article per item or entry, read item by item with StAX.
 * A feed is untrusted XML: a document type declaration is refused outright, so no entity, external
 * or internal, is ever expanded (no XXE, no "billion laughs").
 */
final class FeedReader implements SourceReader {
    private static final String ATOM = "http://www.w3.org/2005/Atom";
    /**
     * The vocabularies item fields are read from: RSS 2.0 (no namespace), RSS 1.0, Atom, the
     * content module and Dublin Core. Others, such as Media RSS's media:title and media:content,
     * would otherwise pass for the item's own title and content.
     */
    private static final Set<String> ITEM_VOCABULARIES = Set.of("", "http://purl.org/rss/1.0/", ATOM,
            "http://purl.org/rss/1.0/modules/content/", "http://purl.org/dc/elements/1.1/", "http://purl.org/dc/terms/");
    private static final Set<String> ROOTS = Set.of("rss", "feed", "RDF");
    private static final Set<String> FEED_LEVEL = Set.of("channel", "feed");

    private final SourceLexicon lexicon;

    FeedReader(SourceLexicon lexicon) {
        this.lexicon = lexicon;
    }

    @Override
    public Stream<SourceResult> read(Path file, String origin) throws IOException {
        InputStream in = Files.newInputStream(file);
        Items items = new Items(in, origin);
        return StreamSupport.stream(items, false).onClose(items::close);
    }

    private static XMLInputFactory safeFactory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        return factory;
    }

    /** The feed's items in document order; an XML error ends the feed with an error result. */
    private final class Items extends Spliterators.AbstractSpliterator<SourceResult> {
        private final InputStream in;
        private final String origin;
        private final Deque<String> open = new ArrayDeque<>();
        private XMLStreamReader xml;
        private String feedTitle;
        private String feedLanguage;
        private int itemNumber;
        private boolean done;

        Items(InputStream in, String origin) {
            super(Long.MAX_VALUE, ORDERED | NONNULL);
            this.in = in;
            this.origin = origin;
        }

        @Override
        public boolean tryAdvance(Consumer<? super SourceResult> action) {
            if (done) {
                return false;
            }
            try {
                SourceResult next = nextItem();
                if (next == null) {
                    done = true;
                    return false;
                }
                action.accept(next);
                return true;
            } catch (XMLStreamException e) {
                done = true;
                action.accept(Results.error(origin, "invalid XML: " + e.getMessage()));
                return true;
            } catch (FeedException e) {
                done = true;
                action.accept(Results.error(origin, e.getMessage()));
                return true;
            }
        }

        private SourceResult nextItem() throws XMLStreamException, FeedException {
            if (xml == null) {
                xml = safeFactory().createXMLStreamReader(in);
            }
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.DTD) {
                    throw new FeedException("refused: a document type declaration (DOCTYPE) at line "
                            + xml.getLocation().getLineNumber() + "; feeds may not declare entities");
                }
                if (event == XMLStreamConstants.END_ELEMENT) {
                    open.pop();
                } else if (event == XMLStreamConstants.START_ELEMENT) {
                    SourceResult item = startElement();
                    if (item != null) {
                        return item;
                    }
                }
            }
            return null;
        }

        /** Handles an element outside items; returns the item when the element is one. */
        private SourceResult startElement() throws XMLStreamException, FeedException {
            String name = xml.getLocalName();
            if (open.isEmpty() && !ROOTS.contains(name)) {
                throw new FeedException("not an RSS or Atom feed: the root element is <" + name + ">");
            }
            String parent = open.peek();
            boolean feedLevel = parent != null && FEED_LEVEL.contains(parent);
            if (name.equals("item") || (name.equals("entry") && ATOM.equals(xml.getNamespaceURI()))) {
                itemNumber++;
                return readItem(origin + "#" + itemNumber);
            }
            if (feedLevel && name.equals("title")) {
                feedTitle = HtmlText.inline(readMarkup());
                return null;
            }
            if (feedLevel && name.equals("language")) {
                feedLanguage = readMarkup();
                return null;
            }
            if (feedLanguage == null && (parent == null || FEED_LEVEL.contains(name))) {
                feedLanguage = xml.getAttributeValue(XMLConstants.XML_NS_URI, "lang");
            }
            open.push(name);
            return null;
        }

        /** Reads an item or entry up to its end tag. */
        private SourceResult readItem(String itemOrigin) throws XMLStreamException {
            Draft draft = new Draft(itemOrigin).language(xml.getAttributeValue(XMLConstants.XML_NS_URI, "lang"));
            String content = null;
            String summary = null;
            while (xml.next() != XMLStreamConstants.END_ELEMENT) {
                if (!xml.isStartElement()) {
                    continue;
                }
                String name = xml.getLocalName();
                String namespace = xml.getNamespaceURI() == null ? "" : xml.getNamespaceURI();
                if (!ITEM_VOCABULARIES.contains(namespace)) {
                    readMarkup();
                    continue;
                }
                boolean atom = ATOM.equals(namespace);
                String rel = xml.getAttributeValue(null, "rel");
                String href = xml.getAttributeValue(null, "href");
                String type = xml.getAttributeValue(null, "type");
                boolean permalink = !"false".equals(xml.getAttributeValue(null, "isPermaLink"));
                String value = readMarkup();
                switch (name) {
                    case "title" -> draft.title(HtmlText.inline(value));
                    case "link" -> draft.url(link(href, rel, value));
                    case "guid" -> draft.url(permalink && value.strip().startsWith("http") ? value : null);
                    case "pubDate", "published", "date", "issued" -> draft.published(lexicon.dates().find(value));
                    case "updated", "modified" -> draft.updated(lexicon.dates().find(value));
                    case "encoded", "content" -> content = firstNonBlank(content, text(value, atom, type));
                    case "description", "summary" -> summary = firstNonBlank(summary, text(value, atom, type));
                    case "language" -> draft.language(value);
                    case "source" -> draft.publisher(atom ? null : value);
                    default -> { }
                }
            }
            return draft.language(feedLanguage)
                    .publisher(feedTitle)
                    .body(firstNonBlank(content, summary))
                    .toResult(lexicon);
        }

        /**
         * The element's content up to its end tag: its text, and child elements rebuilt as plain
         * tags so that Atom's inline XHTML reaches the HTML stripper like escaped HTML does.
         */
        private String readMarkup() throws XMLStreamException {
            StringBuilder out = new StringBuilder();
            int depth = 1;
            while (depth > 0) {
                switch (xml.next()) {
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                            out.append(depth == 1 ? xml.getText() : escape(xml.getText()));
                    case XMLStreamConstants.START_ELEMENT -> {
                        depth++;
                        out.append('<').append(xml.getLocalName()).append('>');
                    }
                    case XMLStreamConstants.END_ELEMENT -> {
                        depth--;
                        if (depth > 0) {
                            out.append("</").append(xml.getLocalName()).append('>');
                        }
                    }
                    default -> { }
                }
            }
            return out.toString();
        }

        /** Closes the file; the StAX reader holds nothing else (its close leaves the stream open). */
        void close() {
            try {
                in.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * Plain text from an item's content. Atom says whether it is text, html or xhtml (text when
     * unsaid); RSS descriptions are HTML.
     */
    private static String text(String value, boolean atom, String type) {
        boolean markup = !atom || "html".equals(type) || "xhtml".equals(type);
        return markup ? HtmlText.ofFragment(value) : PlainText.lines(value);
    }

    /** RSS gives the link as text; Atom as href, where rel="alternate" (the default) is the article. */
    private static String link(String href, String rel, String text) {
        if (href == null) {
            return text;
        }
        return rel == null || rel.equals("alternate") ? href : null;
    }

    /** An Atom content given by reference (src="…") is empty: the summary then stands in. */
    private static String firstNonBlank(String current, String candidate) {
        return current != null && !current.isBlank() ? current : candidate;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** A feed that is well-formed XML but must not be read. */
    private static final class FeedException extends Exception {
        FeedException(String message) {
            super(message);
        }
    }
}
