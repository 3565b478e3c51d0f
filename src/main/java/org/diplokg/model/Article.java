package org.diplokg.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One news article as read from a source, before any analysis.
 *
 * @param id          16 hex digits of SHA-256 over the URL, or over the normalized body when there is no URL (DESIGN 3)
 * @param url         the article's URL, or null
 * @param title       the headline, or null
 * @param published   the publication date, or null when unknown (relative dates then stay unresolved)
 * @param language    BCP 47 primary tag: "ar" or "en"
 * @param publisher   the agency or outlet, or null
 * @param dateline    the place named in the dateline ("القاهرة- معا-"), or null
 * @param body        the text the evidence offsets point into
 * @param contentHash SHA-256 hex of title and body: an unchanged article is skipped on re-ingest
 * @param origin      where it was read from (file path, file#line), for error messages
 */
public record Article(String id, String url, String title, LocalDate published, String language,
                      String publisher, String dateline, String body, String contentHash, String origin) {
    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(contentHash, "contentHash");
    }
}
