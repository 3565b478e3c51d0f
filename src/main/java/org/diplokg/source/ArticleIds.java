package org.diplokg.source;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;

/** Article identity (DESIGN 3): stable ids and content hashes. */
public final class ArticleIds {
    private static final int ID_HEX_DIGITS = 16;

    private ArticleIds() {}

    /**
     * The first 16 hex digits of SHA-256 over the normalized URL, or over the normalized body when
     * there is no URL. The URL is normalized only where two spellings are surely one resource:
     * case of scheme and host, and the #fragment, which never reaches the server.
     */
    public static String id(String url, String body) {
        String key = url != null && !url.isBlank() ? normalizeUrl(url) : normalizeText(body);
        return sha256(key).substring(0, ID_HEX_DIGITS);
    }

    /** SHA-256 hex of title and body, so an unchanged article is recognised on re-ingest. */
    public static String contentHash(String title, String body) {
        return sha256((title == null ? "" : title) + "\n" + body);
    }

    /** Whether the text already is an article id (a source re-read from a diplokg export keeps its ids). */
    public static boolean isId(String text) {
        return text != null && text.matches("[0-9a-f]{" + ID_HEX_DIGITS + "}");
    }

    static String normalizeUrl(String url) {
        String trimmed = url.strip();
        try {
            URI uri = new URI(trimmed);
            if (uri.getScheme() == null || uri.getRawAuthority() == null) {
                return trimmed;
            }
            String path = uri.getRawPath() == null ? "" : uri.getRawPath();
            String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
            return uri.getScheme().toLowerCase(Locale.ROOT) + "://" + uri.getRawAuthority().toLowerCase(Locale.ROOT)
                    + path + query;
        } catch (URISyntaxException e) {
            return trimmed;
        }
    }

    /** NFKC, every run of white space as one space, trimmed: layout changes keep the id. */
    static String normalizeText(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("\\s+", " ").strip();
    }

    private static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
    }
}
