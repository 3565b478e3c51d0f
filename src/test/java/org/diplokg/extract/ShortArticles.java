package org.diplokg.extract;

import java.time.LocalDate;
import org.diplokg.model.Article;
import org.diplokg.model.Extraction;

/** Short test articles run through the standard extractor, which is loaded once for all the tests that use it. */
final class ShortArticles {
    /** The publication date of a test article that does not give its own: Monday 10 June 2024, the seed's day. */
    static final LocalDate PUBLISHED = LocalDate.of(2024, 6, 10);

    private static final RuleExtractor EXTRACTOR = RuleExtractor.standard();

    private ShortArticles() {}

    static Extraction extract(String language, String body) {
        return extract(language, PUBLISHED, body);
    }

    static Extraction extract(String language, LocalDate published, String body) {
        return EXTRACTOR.extract(new Article("t", null, null, published, language, null, null, body, "h", "test"));
    }
}
