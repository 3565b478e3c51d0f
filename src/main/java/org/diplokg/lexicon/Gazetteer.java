package org.diplokg.lexicon;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.diplokg.config.Home;
import org.diplokg.model.Actor;
import org.diplokg.model.ActorType;
import org.diplokg.model.Place;
import org.diplokg.text.Token;

/**
 * The gazetteer (data/gazetteer/*.ttl): states, organizations, people with their posts, places, and a matcher
 * that finds their names, aliases and demonyms in tokenized text. Immutable once loaded; thread-safe.
 *
 * <p>Matching looks names up by token match keys, so clitics and spelling variants fold as in article text, then
 * keeps the names whose every word the text writes with nothing but clitics added ({@link WordShape}): الأمريكي
 * is the demonym, not the State Department's "الخارجية الأمريكية". Where several entries remain, a label or
 * demonym wins over an alias, then a state over a place (عمان is Oman, الكويت the state, not its capital); entries
 * still tied are left unmatched rather than guessed (data/gazetteer/README.md).
 */
public final class Gazetteer {
    private enum Origin { LABEL, ALIAS, DEMONYM }

    /** One name of one entry, as indexed. */
    private record Form(String slug, boolean place, boolean state, Origin origin, List<WordShape> shapes) {}

    /** A label or demonym outranks an alias, a state a place (DESIGN: a State may stand as a place). */
    private static int rank(Form form) {
        return (form.origin() != Origin.ALIAS ? 2 : 0) + (form.state() ? 1 : 0);
    }

    private final Map<String, Actor> actors;
    private final Map<String, Place> places;
    private final Map<String, List<Post>> posts;
    private final NameForms nameForms;
    private final PhraseIndex<Form> index = new PhraseIndex<>();

    private Gazetteer(GazetteerReader reader, NameForms nameForms) {
        this.actors = Map.copyOf(reader.actors);
        this.places = Map.copyOf(reader.places);
        this.posts = Map.copyOf(reader.posts);
        this.nameForms = nameForms;
        reader.actors.values().forEach(a -> indexNames(a.slug(), false, a.type() == ActorType.State, reader.names.get(a.slug())));
        reader.places.values().forEach(p -> indexNames(p.slug(), true, false, reader.names.get(p.slug())));
    }

    /**
     * Reads every {@code *.ttl} in {@code gazetteerDir} and builds the matcher. The Arabic article and common-word
     * lists are read from that directory; proclitics and name particles from the installation's data
     * ({@link Home}).
     */
    public static Gazetteer load(Path gazetteerDir) {
        Path proclitics = Home.data("text", "arabic-proclitics.tsv");
        var articles = new ArabicArticle(gazetteerDir.resolve("arabic-article.tsv"), proclitics);
        var nameForms = new NameForms(articles, proclitics, Home.data("lexicon", "given-names.tsv"),
                gazetteerDir.resolve("common-words.tsv"));
        return new Gazetteer(new GazetteerReader(gazetteerDir), nameForms);
    }

    public Optional<Actor> actor(String slug) { return Optional.ofNullable(actors.get(slug)); }

    public Optional<Place> place(String slug) { return Optional.ofNullable(places.get(slug)); }

    /** The person's posts, earliest first; empty for anyone else. */
    public List<Post> posts(String personSlug) { return posts.getOrDefault(personSlug, List.of()); }

    public Collection<Actor> actors() { return actors.values(); }

    public Collection<Place> places() { return places.values(); }

    /** Number of distinct indexed key sequences (names × spellings), for diagnostics. */
    public int indexedPhrases() { return index.size(); }

    /** All longest non-overlapping matches, left to right. */
    public List<GazetteerHit> match(List<Token> tokens) {
        var hits = new ArrayList<GazetteerHit>();
        int i = 0;
        while (i < tokens.size()) {
            GazetteerHit hit = longestAt(tokens, i);
            if (hit == null) {
                i++;
            } else {
                hits.add(hit);
                i = hit.last() + 1;
            }
        }
        return hits;
    }

    private GazetteerHit longestAt(List<Token> tokens, int start) {
        for (var match : index.matchesAt(tokens, start)) {
            GazetteerHit hit = resolve(match, tokens);
            if (hit != null) return hit;
        }
        return null;
    }

    private GazetteerHit resolve(PhraseIndex.Match<Form> match, List<Token> tokens) {
        List<WordShape> text = match.words().stream().map(i -> nameForms.shape(tokens.get(i).surface())).toList();
        List<Form> fitting = match.entries().stream().filter(form -> fits(form.shapes(), text)).toList();
        int best = fitting.stream().mapToInt(Gazetteer::rank).max().orElse(-1);
        List<String> winners = fitting.stream().filter(f -> rank(f) == best).map(Form::slug).distinct().toList();
        if (winners.size() != 1) return null;
        String slug = winners.getFirst();
        List<Form> own = fitting.stream().filter(f -> f.slug().equals(slug)).toList();
        return new GazetteerHit(match.first(), match.last(), slug, own.getFirst().place(), isDemonym(own));
    }

    private boolean fits(List<WordShape> name, List<WordShape> text) {
        for (int k = 0; k < name.size(); k++) if (!name.get(k).fits(text.get(k), nameForms.articles())) return false;
        return true;
    }

    /** The words are a demonym when they are one of the state's demonyms and none of its names ("U.S." is both: a name). */
    private static boolean isDemonym(List<Form> forms) {
        return forms.stream().allMatch(f -> f.origin() == Origin.DEMONYM);
    }

    private void indexNames(String slug, boolean place, boolean state, GazetteerReader.Names names) {
        names.labels().forEach(n -> indexName(n, new FormKind(slug, place, state, Origin.LABEL)));
        names.aliases().forEach(n -> indexName(n, new FormKind(slug, place, state, Origin.ALIAS)));
        names.demonyms().forEach(n -> indexName(n, new FormKind(slug, place, state, Origin.DEMONYM)));
    }

    private record FormKind(String slug, boolean place, boolean state, Origin origin) {}

    private void indexName(String name, FormKind kind) {
        for (NameForms.Phrase phrase : nameForms.phrases(name)) {
            index.add(phrase.keys(), new Form(kind.slug(), kind.place(), kind.state(), kind.origin(), phrase.shapes()));
        }
    }
}
