package org.diplokg.source;

import java.time.LocalDate;
import org.diplokg.model.Article;

/**
 * What a reader found about one article, before the id, language, dateline and publisher are
 * settled the same way for every format. The first value given for a field wins, so a reader
 * sets fields from the most authoritative place first.
 */
final class Draft {
    private final String origin;
    private String sourceId;
    private String url;
    private String title;
    private LocalDate published;
    private LocalDate updated;
    private String language;
    private String publisher;
    private String dateline;
    private String body;

    Draft(String origin) {
        this.origin = origin;
    }

    /** Sets the field a metadata line names from the line's value ("نشر بتاريخ: 10/06/2024 …"). */
    Draft set(Field field, String value, SourceLexicon lexicon) {
        return switch (field) {
            case URL -> url(value);
            case TITLE -> title(value);
            case PUBLISHED -> published(lexicon.dates().find(value));
            case UPDATED -> updated(lexicon.dates().find(value));
            case LANGUAGE -> language(value);
            case PUBLISHER -> publisher(value);
            case DATELINE -> dateline(value);
        };
    }

    Draft sourceId(String value) {
        sourceId = first(sourceId, clean(value));
        return this;
    }

    Draft url(String value) {
        url = first(url, clean(value));
        return this;
    }

    Draft title(String value) {
        title = first(title, clean(value));
        return this;
    }

    Draft published(LocalDate value) {
        published = first(published, value);
        return this;
    }

    /** A publication date of last resort: no header's publication or update date is overridden. */
    Draft fallbackPublished(LocalDate value) {
        if (updated == null) {
            published(value);
        }
        return this;
    }

    Draft updated(LocalDate value) {
        updated = first(updated, value);
        return this;
    }

    Draft language(String value) {
        language = first(language, clean(value));
        return this;
    }

    Draft publisher(String value) {
        publisher = first(publisher, clean(value));
        return this;
    }

    Draft dateline(String value) {
        dateline = first(dateline, clean(value));
        return this;
    }

    Draft body(String value) {
        body = first(body, value == null || value.isBlank() ? null : value.strip());
        return this;
    }

    boolean hasTitle() {
        return title != null;
    }

    /**
     * The article, or an error when there is no text. The language is detected when no source
     * gave one; the dateline at the start of the body supplies the place and, when nothing
     * else named one, the publisher. An article known only by its update date is dated by it.
     */
    SourceResult toResult(SourceLexicon lexicon) {
        if (body == null) {
            return Results.error(origin, "no article text");
        }
        String lang = lexicon.language(language);
        if (lang == null) {
            lang = LanguageDetector.detect(title == null ? body : title + "\n" + body);
        }
        String place = dateline;
        String agency = publisher;
        if (place == null || agency == null) {
            DatelineFinder.Dateline found = lexicon.datelines().find(body);
            if (found != null) {
                place = first(place, found.place());
                agency = first(agency, found.publisher());
            }
        }
        String id = ArticleIds.isId(sourceId) ? sourceId : ArticleIds.id(url, body);
        Article article = new Article(id, url, title, first(published, updated), lang, agency, place, body,
                ArticleIds.contentHash(title, body), origin);
        return new SourceResult(origin, article, null);
    }

    private static String clean(String value) {
        if (value == null) {
            return null;
        }
        String collapsed = value.replaceAll("\\s+", " ").strip();
        return collapsed.isEmpty() ? null : collapsed;
    }

    private static <T> T first(T current, T candidate) {
        return current != null ? current : candidate;
    }
}
