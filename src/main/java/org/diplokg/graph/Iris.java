package org.diplokg.graph;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.diplokg.model.Event;
import org.diplokg.model.Evidence;
import org.diplokg.model.Tenure;

/**
 * IRI minting (DESIGN 3). The static methods mint under the default base {@link DIP#ID}; {@link #under(String)}
 * gives the same minting under another base, for a deployment that publishes its own resources.
 */
public final class Iris {
    public static final String DEFAULT_BASE = DIP.ID;
    private static final Scheme DEFAULT = new Scheme(DEFAULT_BASE);

    private Iris() {}

    /** Minting under {@code base}; a missing trailing slash is added. */
    public static Scheme under(String base) {
        return new Scheme(base.endsWith("/") ? base : base + "/");
    }

    /** Minting under {@link #DEFAULT_BASE}. */
    public static Scheme defaults() { return DEFAULT; }

    public static String article(String articleId) { return DEFAULT.article(articleId); }

    public static String articleGraph(String articleId) { return DEFAULT.articleGraph(articleId); }

    public static String actor(String slug) { return DEFAULT.actor(slug); }

    public static String place(String slug) { return DEFAULT.place(slug); }

    public static String ontologyGraph() { return DEFAULT.ontologyGraph(); }

    public static String codesGraph() { return DEFAULT.codesGraph(); }

    public static String gazetteerGraph() { return DEFAULT.gazetteerGraph(); }

    /**
     * The IRIs of one deployment, all under {@code base} (ends with "/").
     */
    public record Scheme(String base) {
        public String article(String articleId) { return base + "article/" + segment(articleId); }

        /** The named graph holding everything one article yields. */
        public String articleGraph(String articleId) { return base + "graph/" + segment(articleId); }

        public String actor(String slug) { return base + "actor/" + segment(slug); }

        public String place(String slug) { return base + "place/" + segment(slug); }

        /** Reference graphs sit beside the article graphs ({@code graph/{h}}), never under the same prefix. */
        private static final String REFERENCE = "reference/";

        /** Named graph of the OWL ontology (ontology/diplokg.ttl). */
        public String ontologyGraph() { return base + REFERENCE + "ontology"; }

        /** Named graph of the CAMEO/PLOVER code lists (ontology/codes.ttl). */
        public String codesGraph() { return base + REFERENCE + "codes"; }

        /** Named graph of the gazetteer: actors, places, demonyms, posts known before any article. */
        public String gazetteerGraph() { return base + REFERENCE + "gazetteer"; }

        /**
         * The event's IRI: {@code event/{hash}} from its {@link EventIdentity#key identity key}, shared by every
         * article that reports it, or {@code event/{articleId}-{position}} when it has no key.
         *
         * @param position the event's 1-based position in the article's extraction
         */
        public String event(Event event, String articleId, int position) {
            return EventIdentity.key(event)
                    .map(key -> base + "event/" + EventIdentity.hash(key))
                    .orElseGet(() -> base + "event/" + segment(articleId) + "-" + position);
        }

        /** A phase of an event, by its ordinal. */
        public String phase(String eventIri, int ordinal) { return eventIri + "/phase/" + ordinal; }

        /**
         * A post as one article states it: each article's claim is its own node, dated by {@code dip:asOf},
         * so that "who holds which post" can prefer the latest article.
         */
        public String tenure(String articleId, Tenure tenure) {
            return base + "tenure/" + segment(articleId) + "-" + hash16(String.join("|", tenure.holder(),
                    String.valueOf(tenure.organization()), tenure.title(), tenure.language()));
        }

        /** A span of an article cited as evidence; equal evidence yields the same node. */
        public String mention(String articleId, Evidence evidence) {
            return base + "mention/" + segment(articleId) + "-" + hash16(String.join("|",
                    String.valueOf(evidence.start()), String.valueOf(evidence.end()),
                    String.valueOf(evidence.sentence()), evidence.method(), String.valueOf(evidence.confidence())));
        }

        /** One run of one extractor version over one version of an article. */
        public String extractionRun(String articleId, String contentHash, String extractorVersion) {
            return base + "run/" + hash16(String.join("|", articleId, contentHash, extractorVersion));
        }
    }

    /** First 16 hex digits of SHA-256 over the UTF-8 text. */
    static String hash16(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** Percent-encodes all but RFC 3986 unreserved characters, so any slug or id makes a valid path segment. */
    static String segment(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (isUnreserved(c)) out.append(c);
            else out.append('%').append(HexFormat.of().withUpperCase().toHexDigits(b));
        }
        return out.toString();
    }

    private static boolean isUnreserved(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || c == '-' || c == '.' || c == '_' || c == '~';
    }

    /**
     * A web address as an IRI: characters that no IRI may contain (space, quotes, angle brackets, braces,
     * controls) are percent-encoded, the rest is kept, so ordinary URLs come out unchanged.
     */
    static String webIri(String url) {
        StringBuilder out = new StringBuilder(url.length());
        url.codePoints().forEach(cp -> {
            if (cp <= 0x20 || "<>\"{}|\\^`".indexOf(cp) >= 0 || cp == 0x7f) {
                for (byte b : new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8)) {
                    out.append('%').append(HexFormat.of().withUpperCase().toHexDigits(b));
                }
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }
}
