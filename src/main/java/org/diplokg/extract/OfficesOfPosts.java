package org.diplokg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.diplokg.lexicon.Gazetteer;
import org.diplokg.model.Actor;
import org.diplokg.model.ActorType;
import org.diplokg.text.MatchKeys;
import org.diplokg.text.Sentence;

/**
 * "Israeli Prime Minister Benjamin Netanyahu's office said": the office of a post holder named with the post is
 * the gazetteer's body for that post of that state ("Israeli Prime Minister's Office"), not the person.
 */
final class OfficesOfPosts {
    private static final String OFFICE = "office";
    private static final String POSSESSIVE_OFFICE = "'s " + OFFICE;
    /** The preposition of "the office of" a post holder. */
    private static final String OF = "of";

    private final Gazetteer gazetteer;

    OfficesOfPosts(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** The phrases with each "TITLE NAME's office" replaced by the office's body, where the gazetteer has one. */
    List<ActorPhrase> apply(Sentence sentence, List<ActorPhrase> phrases) {
        var out = new ArrayList<ActorPhrase>(phrases.size());
        for (ActorPhrase p : phrases) out.add(officeOf(sentence, p).orElse(p));
        return out;
    }

    private Optional<ActorPhrase> officeOf(Sentence sentence, ActorPhrase p) {
        var tokens = sentence.tokens();
        if (!p.isPerson() || p.title() == null || p.state() == null) return Optional.empty();
        int first;
        int last;
        if (officeNamedBefore(sentence, p)) {
            first = p.first() - 2;
            last = p.last();
        } else if (p.last() + 1 < tokens.size() && tokens.get(p.last()).surface().replace('\u2019', '\'').endsWith("'s")
                && isOffice(tokens.get(p.last() + 1).surface())) {
            first = p.first();
            last = p.last() + 1;
        } else {
            return Optional.empty();
        }
        return officeBody(p.title(), p.state())
                .map(body -> new ActorPhrase(first, last, body.slug(), body.type(), p.state(), null, "office-of-post"));
    }

    /** "The office of Israeli Prime Minister Benjamin Netanyahu said": the office the post holder is named after. */
    private static boolean officeNamedBefore(Sentence sentence, ActorPhrase p) {
        var tokens = sentence.tokens();
        return p.first() >= 2 && MatchKeys.key(tokens.get(p.first() - 1).surface(), "en").equals(OF)
                && isOffice(tokens.get(p.first() - 2).surface());
    }

    /** Whether the word is the noun "office". */
    static boolean isOffice(String word) {
        return MatchKeys.key(word, "en").equals(OFFICE);
    }

    /**
     * The office of a person: that of the post the phrase names ("Israeli Prime Minister Benjamin Netanyahu"), else of
     * the latest post the gazetteer lists for them ("Netanyahu").
     */
    Optional<Actor> officeOfPerson(ActorPhrase person) {
        return postOf(person).flatMap(post -> officeBody(post.title(), post.state()));
    }

    /**
     * "French Foreign Minister Jean-Noel Barrot will visit Beirut, his ministry said": the possessed common name is the
     * body of the person's state that it names, alone ("his foreign ministry") or after the portfolio of the person's
     * post ("Foreign Minister" → "foreign ministry"); empty when the gazetteer lists no such body.
     */
    Optional<String> bodyOfPost(ActorPhrase person, String commonName) {
        return postOf(person).flatMap(post -> gazetteer.bodyOf(post.state(), commonName)
                .or(() -> gazetteer.bodyOf(post.state(), portfolio(post.title()) + " " + commonName)));
    }

    /** The words of a title before its head: "foreign" of "Foreign Minister". */
    private static String portfolio(String title) {
        int head = title.lastIndexOf(' ');
        return head < 0 ? "" : title.substring(0, head).toLowerCase(Locale.ROOT);
    }

    /** A post and the state it is held in. */
    private record Post(String title, String state) {}

    /** The post the phrase names ("Israeli Prime Minister Benjamin Netanyahu"), else the latest the gazetteer lists for the person. */
    private Optional<Post> postOf(ActorPhrase person) {
        if (person.title() != null && person.state() != null) return Optional.of(new Post(person.title(), person.state()));
        var posts = gazetteer.posts(person.slug());
        if (posts.isEmpty()) return Optional.empty();
        var post = posts.getLast();
        return gazetteer.actor(post.organization()).map(a -> a.type() == ActorType.State ? a.slug() : a.country())
                .map(state -> new Post(post.titleEn(), state));
    }

    private Optional<Actor> officeBody(String title, String state) {
        String label = title.toLowerCase(Locale.ROOT) + POSSESSIVE_OFFICE;
        return gazetteer.actors().stream()
                .filter(a -> a.type() == ActorType.GovernmentBody && state.equals(a.country()) && hasEnglishLabelEnding(a, label))
                .findFirst();
    }

    private static boolean hasEnglishLabelEnding(Actor body, String ending) {
        String en = body.labels().get("en");
        return en != null && en.replace('\u2019', '\'').toLowerCase(Locale.ROOT).endsWith(ending);
    }
}
