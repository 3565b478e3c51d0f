package org.diplokg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.diplokg.model.ActorType;
import org.diplokg.model.Article;
import org.diplokg.model.Event;
import org.diplokg.model.EventType;
import org.diplokg.model.Extraction;
import org.diplokg.model.Role;

/** Short test articles run through the standard extractor, which is loaded once for all the tests that use it. */
final class ShortArticles {
    /** The publication date of a test article that does not give its own: Monday 10 June 2024, the seed's day. */
    static final LocalDate PUBLISHED = LocalDate.of(2024, 6, 10);

    private static final RuleExtractor EXTRACTOR = RuleExtractor.standard();

    private ShortArticles() {}

    static Extraction arabic(String body) {
        return extract("ar", body);
    }

    static Extraction english(String body) {
        return extract("en", body);
    }

    static Extraction english(LocalDate published, String body) {
        return extract("en", published, body);
    }

    static Extraction extract(String language, String body) {
        return extract(language, PUBLISHED, body);
    }

    static Extraction extract(String language, LocalDate published, String body) {
        return EXTRACTOR.extract(new Article("t", null, null, published, language, null, null, body, "h", "test"));
    }

    /** An article whose dateline names the place ("AMMAN", "الرياض"), as the source reader finds it. */
    static Extraction datelined(String language, String dateline, String body) {
        return EXTRACTOR.extract(new Article("t", null, null, PUBLISHED, language, null, dateline, body, "h", "test"));
    }

    static List<Event> events(Extraction x, EventType type) {
        return x.events().stream().filter(e -> e.type() == type).toList();
    }

    /** The one event of the type the extraction has; fails, listing what it found, when it has none or several. */
    /** The first event of the type in which the actor plays the role; fails when there is none. */
    static Event eventWith(Extraction x, EventType type, Role role, String actor) {
        return events(x, type).stream().filter(e -> e.actors(role).contains(actor)).findFirst().orElseThrow(() -> new AssertionError(
                "no " + type + " with " + role + " " + actor + " in " + x.events()));
    }

    static Event only(Extraction x, EventType type) {
        List<Event> found = events(x, type);
        assertEquals(1, found.size(), () -> type + " events in " + x.events());
        return found.getFirst();
    }

    /** The type the extraction gave the actor with this slug; fails when it found no such actor. */
    static ActorType typeOf(Extraction x, String slug) {
        return x.actors().stream().filter(a -> a.slug().equals(slug)).findFirst().orElseThrow().type();
    }

    /** Whether the extraction found that the holder held the title in the organization. */
    static boolean holds(Extraction x, String holder, String title, String organization) {
        return x.tenures().stream().anyMatch(t -> t.holder().equals(holder) && t.title().equals(title)
                && organization.equals(t.organization()));
    }
}
