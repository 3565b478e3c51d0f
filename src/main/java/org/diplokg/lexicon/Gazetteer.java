package org.diplokg.lexicon;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.diplokg.model.Actor;
import org.diplokg.model.ActorType;
import org.diplokg.model.Place;
import org.diplokg.text.LineData;
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

    /** One kind of name of one entry: its label, an alias or a demonym. */
    private record Form(String slug, boolean place, boolean state, Origin origin) {}

    /** A post and the person who held it. */
    private record Holding(String person, Post post) {}

    /** A label or demonym outranks an alias, a state a place (DESIGN: a State may stand as a place). */
    private static int rank(Form form) {
        return (form.origin() != Origin.ALIAS ? 2 : 0) + (form.state() ? 1 : 0);
    }

    private static final String GENITIVE = "'s ";

    private final Map<String, Actor> actors;
    private final Map<String, Place> places;
    private final Map<String, List<Post>> posts;
    /** Who held each title, by the title in lower case: a post is looked up, not searched for among all posts. */
    private final Map<String, List<Holding>> holdingsByTitle = new HashMap<>();
    private final Map<String, String> capitals;
    /** The building each body sits in, by the body's slug ("united-states-white-house" → "white-house"). */
    private final Map<String, String> seats;
    private final Set<String> newsAgencies;
    private final Set<String> areas;
    /** Body slug by its state and its common name in lower case ("saudi-arabia" → "foreign ministry" → …). */
    private final Map<String, Map<String, String>> bodiesByState = new HashMap<>();
    /** A common name by the variant that names the same body ("ministry of foreign affairs" → "foreign ministry"). */
    private final Map<String, String> commonNames;
    /** The state's own titles of a post copy names by a generic title, by "generic title|state" in lower case. */
    private final Map<String, List<String>> ownTitles;
    private final PhraseMatcher<Form> matcher;

    private Gazetteer(GazetteerReader reader, NameForms nameForms, Map<String, String> commonNames, Map<String, List<String>> ownTitles) {
        this.commonNames = Map.copyOf(commonNames);
        this.ownTitles = Map.copyOf(ownTitles);
        // HashMaps, not Map.copyOf: an immutable map of thousands of slugs probes clustered slots with equals, and
        // actor() is asked at every name. Never written after this constructor.
        this.actors = new HashMap<>(reader.actors);
        this.places = new HashMap<>(reader.places);
        this.posts = new HashMap<>(reader.posts);
        posts.forEach((person, list) -> list.forEach(post -> holdingsByTitle
                .computeIfAbsent(post.titleEn().toLowerCase(Locale.ROOT), t -> new ArrayList<>()).add(new Holding(person, post))));
        this.capitals = Map.copyOf(reader.capitals);
        this.newsAgencies = Set.copyOf(reader.newsAgencies);
        this.areas = Set.copyOf(reader.areas);
        this.matcher = new PhraseMatcher<>(nameForms);
        reader.actors.values().forEach(a -> indexNames(a.slug(), false, a.type() == ActorType.State, reader.names.get(a.slug())));
        reader.places.values().stream().filter(p -> !reader.buildings.contains(p.slug()))
                .forEach(p -> indexNames(p.slug(), true, false, reader.names.get(p.slug())));
        this.seats = Map.copyOf(seats(reader));
        reader.actors.values().forEach(this::indexCommonNames);
    }

    /** The gazetteer spells a body's common name in its genitive aliases ("Saudi Arabia's Foreign Ministry"). */
    private void indexCommonNames(Actor body) {
        if (body.country() == null || body.type() == ActorType.Person || body.type() == ActorType.State) return;
        for (String alias : body.aliases()) {
            int genitive = alias.indexOf(GENITIVE);
            if (genitive < 0) continue;
            String common = commonName(alias.substring(genitive + GENITIVE.length()));
            bodiesByState.computeIfAbsent(body.country(), c -> new HashMap<>()).putIfAbsent(common, body.slug());
        }
    }

    /**
     * The state's body of that common name, in any case ("foreign ministry" of Jordan): Reuters and AP write it in
     * lower case after the state ("Jordan's foreign ministry", "the Jordanian foreign ministry").
     */
    public Optional<String> bodyOf(String state, String commonName) {
        return Optional.ofNullable(bodiesByState.getOrDefault(state, Map.of()).get(commonName(commonName)));
    }

    /** The common name in lower case, a variant folded to the name the genitive aliases use. */
    private String commonName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return commonNames.getOrDefault(lower, lower);
    }

    /**
     * A building's names are those of the body it houses, so they are never matched on their own: the body that
     * shares a name with it ("Pentagon") sits in it.
     */
    private static Map<String, String> seats(GazetteerReader reader) {
        var buildingNames = new LinkedHashMap<String, Set<String>>();
        reader.buildings.forEach(building -> buildingNames.put(building, lowerCase(reader.names.get(building))));
        var seats = new HashMap<String, String>();
        for (Actor body : reader.actors.values()) {
            if (body.type() == ActorType.State || body.type() == ActorType.Person) continue;
            // Each body's names are folded once, not once per building.
            Set<String> names = lowerCase(reader.names.get(body.slug()));
            buildingNames.forEach((building, housed) -> {
                if (names.stream().anyMatch(housed::contains)) seats.put(body.slug(), building);
            });
        }
        return seats;
    }

    private static Set<String> lowerCase(GazetteerReader.Names names) {
        var all = new HashSet<String>();
        names.labels().forEach(n -> all.add(n.toLowerCase(Locale.ROOT)));
        names.aliases().forEach(n -> all.add(n.toLowerCase(Locale.ROOT)));
        return all;
    }

    /** A news agency ("Reuters", "وكالة الأناضول") reports events and takes no part in them. */
    public boolean isNewsAgency(String slug) { return newsAgencies.contains(slug); }

    /** A region or territory ("Somaliland", "Crimea"): it lies in a state but does not speak for it as a city does. */
    public boolean isArea(String placeSlug) { return areas.contains(placeSlug); }

    /** The building a body sits in, where the text may name the body for the place ("talks at the White House"). */
    public Optional<String> seatOf(String bodySlug) { return Optional.ofNullable(seats.get(bodySlug)); }

    /**
     * Reads every {@code *.ttl} in {@code gazetteerDir} and builds the matcher. The Arabic article and common-word
     * lists are read from that directory; proclitics and name particles from the installation's data
     * ({@code org.diplokg.config.Home}).
     */
    public static Gazetteer load(Path gazetteerDir) {
        var commonNames = new HashMap<String, String>();
        for (String[] row : LineData.rows(gazetteerDir.resolve("body-common-names.tsv"))) commonNames.put(row[0], row[1]);
        var ownTitles = new HashMap<String, List<String>>();
        for (String[] row : LineData.rows(gazetteerDir.resolve("same-offices.tsv"))) {
            ownTitles.computeIfAbsent(officeKey(row[0], row[1]), k -> new ArrayList<>()).add(row[2]);
        }
        return new Gazetteer(new GazetteerReader(gazetteerDir), NameForms.standard(gazetteerDir), commonNames, ownTitles);
    }

    public Optional<Actor> actor(String slug) { return Optional.ofNullable(actors.get(slug)); }

    public Optional<Place> place(String slug) { return Optional.ofNullable(places.get(slug)); }

    /** The capital city of a state ("the Qatari capital" is Doha), if the gazetteer knows exactly one. */
    public Optional<String> capitalOf(String stateSlug) { return Optional.ofNullable(capitals.get(stateSlug)); }

    /** The person's posts, earliest first; empty for anyone else. */
    public List<Post> posts(String personSlug) { return posts.getOrDefault(personSlug, List.of()); }

    public Collection<Actor> actors() { return Collections.unmodifiableCollection(actors.values()); }

    public Collection<Place> places() { return Collections.unmodifiableCollection(places.values()); }

    /**
     * The people who held {@code title} (English, as in posts.tsv) in {@code organization} — a state, or a body of
     * that state — during {@code year}: "the Egyptian president" in a 2024 article is Sisi. Sorted by slug.
     */
    public List<String> holders(String title, String organization, int year) {
        return holdersThere(title, organization, post -> post.heldIn(year));
    }

    /**
     * The people who may have held {@code title} in {@code organization} on {@code day}, as precisely as the gazetteer
     * dates their posts: "Lebanon's prime minister" on 2025-03-10 is Nawaf Salam, not Najib Mikati, whose post ended
     * in February. Sorted by slug.
     */
    public List<String> holders(String title, String organization, LocalDate day) {
        return holdersThere(title, organization, post -> post.heldOn(day));
    }

    /** The people who held {@code title} in any state or body during {@code year}, sorted by slug. */
    public List<String> holders(String title, int year) {
        return holdersOf(title, post -> post.heldIn(year));
    }

    /**
     * The holders of the post {@code title} in {@code organization} when {@code held}; with none of that title, the
     * holders of the post the state calls by its own title (same-offices.tsv): "the U.S. foreign minister" is the
     * Secretary of State.
     */
    private List<String> holdersThere(String title, String organization, Predicate<Post> held) {
        Predicate<Post> there = post -> held.test(post) && within(post.organization(), organization);
        List<String> holders = holdersOf(title, there);
        if (!holders.isEmpty()) return holders;
        return ownTitles.getOrDefault(officeKey(title, organization), List.of()).stream()
                .map(own -> holdersOf(own, there)).filter(h -> !h.isEmpty()).findFirst().orElse(List.of());
    }

    private static String officeKey(String title, String organization) {
        return title.toLowerCase(Locale.ROOT) + "|" + organization;
    }

    private List<String> holdersOf(String title, Predicate<Post> which) {
        var out = new TreeSet<String>();
        for (Holding h : holdingsByTitle.getOrDefault(title.toLowerCase(Locale.ROOT), List.of())) {
            if (which.test(h.post())) out.add(h.person());
        }
        return List.copyOf(out);
    }

    private boolean within(String postOrganization, String organization) {
        if (postOrganization.equals(organization)) return true;
        Actor body = actors.get(postOrganization);
        return body != null && organization.equals(body.country());
    }

    /** Number of distinct indexed key sequences (names × spellings), for diagnostics. */
    public int indexedPhrases() { return matcher.size(); }

    /**
     * All longest non-overlapping matches, left to right. A name that ends inside a name at least as long, which goes on
     * past it, gives way to that name ("the Tripoli-based Government of National Accord" is the GNA, not the alias
     * "Tripoli-based government" followed by "of National Accord"); the words before the longer name are matched anew.
     */
    public List<GazetteerHit> match(List<Token> tokens) {
        return within(new NamesAt(tokens), 0, tokens.size());
    }

    /**
     * The names the matcher finds at each token of one token list, worked out once per token: the words inside a hit are
     * asked again for a longer or fuller name starting there, and again for the words before that name. Only tokens
     * where a name starts are remembered, in an array made at the first.
     */
    private final class NamesAt {
        private final List<Token> tokens;
        private List<PhraseMatcher.Found<Form>>[] founds;

        NamesAt(List<Token> tokens) {
            this.tokens = tokens;
        }

        @SuppressWarnings("unchecked")
        List<PhraseMatcher.Found<Form>> at(int start) {
            if (founds != null && founds[start] != null) return founds[start];
            List<PhraseMatcher.Found<Form>> found = matcher.at(tokens, start);
            if (found.isEmpty()) return found;
            if (founds == null) founds = (List<PhraseMatcher.Found<Form>>[]) new List<?>[tokens.size()];
            founds[start] = found;
            return found;
        }
    }

    /** The matches that begin at or after {@code from} and end before {@code to}. */
    private List<GazetteerHit> within(NamesAt names, int from, int to) {
        var hits = new ArrayList<GazetteerHit>();
        for (int i = from; i < to; ) {
            GazetteerHit hit = longestAt(names, i, to);
            if (hit == null) {
                i++;
                continue;
            }
            for (GazetteerHit longer = longerNameOverlapping(names, hit, to); longer != null;
                 longer = longerNameOverlapping(names, hit, to)) {
                hits.addAll(within(names, i, longer.first()));
                i = longer.first();
                hit = longer;
            }
            hit = fullerNameOfTheSamePerson(names, hit, to);
            hits.add(hit);
            i = hit.last() + 1;
        }
        return hits;
    }

    /**
     * A name starting inside {@code hit}, after its first token, that ends past it and is at least as long; or null. A
     * person's name keeps its words: the longer name is then the person's own ("Benjamin Netanyahu's office").
     */
    private GazetteerHit longerNameOverlapping(NamesAt names, GazetteerHit hit, int to) {
        if (actor(hit.slug()).map(a -> a.type() == ActorType.Person).orElse(false)) return null;
        return overlapping(names, hit, to, other -> other.last() - other.first() >= hit.last() - hit.first());
    }

    /**
     * "الشيخ تميم بن حمد آل ثاني": a short name of a person ("الشيخ تميم") whose full name starts inside it and runs on is
     * one mention of that person, covering both; else the rest of the name would stand between a verb and its object.
     */
    private GazetteerHit fullerNameOfTheSamePerson(NamesAt names, GazetteerHit hit, int to) {
        GazetteerHit fuller = overlapping(names, hit, to, other -> other.slug().equals(hit.slug()));
        return fuller == null ? hit : new GazetteerHit(hit.first(), fuller.last(), hit.slug(), hit.place(), hit.demonym(), hit.homograph());
    }

    /** The first name starting inside {@code hit}, after its first token, that ends past it and passes {@code test}. */
    private GazetteerHit overlapping(NamesAt names, GazetteerHit hit, int to, java.util.function.Predicate<GazetteerHit> test) {
        for (int k = hit.first() + 1; k <= hit.last(); k++) {
            GazetteerHit other = longestAt(names, k, to);
            if (other != null && other.last() > hit.last() && test.test(other)) return other;
        }
        return null;
    }

    /** The longest name starting at {@code start} and ending before {@code to}. */
    private GazetteerHit longestAt(NamesAt names, int start, int to) {
        // Indexed, not iterated: this runs at every token of every sentence.
        List<PhraseMatcher.Found<Form>> founds = names.at(start);
        for (int f = 0; f < founds.size(); f++) {
            PhraseMatcher.Found<Form> found = founds.get(f);
            if (found.last() >= to) continue;
            GazetteerHit hit = resolve(found);
            if (hit != null) return hit;
        }
        return null;
    }

    /**
     * The hit of the sole best-ranked actor. The words are a demonym when they are one of the state's demonyms and
     * none of its names ("U.S." is both: a name).
     */
    private GazetteerHit resolve(PhraseMatcher.Found<Form> found) {
        List<Form> forms = found.values();
        String slug = soleBestRanked(forms);
        if (slug == null) return null;
        Form first = null;
        boolean demonym = true;
        for (int f = 0; f < forms.size(); f++) {
            Form form = forms.get(f);
            if (!form.slug().equals(slug)) continue;
            if (first == null) first = form;
            demonym &= form.origin() == Origin.DEMONYM;
        }
        String homograph = first.state() && !demonym ? homographOf(forms) : null;
        return new GazetteerHit(found.first(), found.last(), slug, first.place(), demonym, homograph);
    }

    /** The place the words also name by a label or demonym, or null. */
    private static String homographOf(List<Form> forms) {
        for (Form f : forms) {
            if (f.place() && f.origin() != Origin.ALIAS) return f.slug();
        }
        return null;
    }

    /** The slug of the forms of the highest rank, or null when they name several actors (or there are none). */
    private static String soleBestRanked(List<Form> forms) {
        int best = -1;
        for (Form form : forms) best = Math.max(best, rank(form));
        String slug = null;
        for (Form form : forms) {
            if (rank(form) != best || form.slug().equals(slug)) continue;
            if (slug != null) return null;
            slug = form.slug();
        }
        return slug;
    }

    private void indexNames(String slug, boolean place, boolean state, GazetteerReader.Names names) {
        names.labels().forEach(n -> matcher.add(n, new Form(slug, place, state, Origin.LABEL)));
        names.aliases().forEach(n -> matcher.add(n, new Form(slug, place, state, Origin.ALIAS)));
        names.demonyms().forEach(n -> matcher.add(n, new Form(slug, place, state, Origin.DEMONYM)));
    }
}
