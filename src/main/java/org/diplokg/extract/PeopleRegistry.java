package org.diplokg.extract;

import com.ibm.icu.text.Transliterator;
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
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.diplokg.lexicon.Gazetteer;
import org.diplokg.lexicon.NameLexicon;
import org.diplokg.lexicon.Post;
import org.diplokg.model.Actor;
import org.diplokg.model.ActorType;
import org.diplokg.text.MatchKeys;

/**
 * People and bodies an article names that the gazetteer does not know, and post look-ups in the gazetteer. An
 * unknown actor's slug comes from the ASCII transliteration of the normalized name, so the same name in two
 * articles is one node (DESIGN 3).
 */
final class PeopleRegistry {
    private static final ThreadLocal<Transliterator> TO_ASCII =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Any-Latin; Latin-ASCII; Lower"));
    private static final Pattern NON_SLUG_CHARS = Pattern.compile("[^a-z0-9]+");
    private static final Pattern EDGE_HYPHENS = Pattern.compile("(^-+|-+$)");
    /** Compiled once: String.split compiles a pattern of more than one char at every call. */
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    /**
     * Slugs of names already transliterated, shared by all articles and threads: the same leaders, bodies and
     * gazetteer names come back article after article, and transliterating them anew took 3% of extraction.
     * Emptied when it grows past {@link #SLUG_CACHE_LIMIT}, as the match-key caches are.
     */
    private static final Map<String, String> SLUGS = new ConcurrentHashMap<>();
    private static final int SLUG_CACHE_LIMIT = 200_000;

    private final Gazetteer gazetteer;
    private final String language;
    private final Map<String, Actor> found = new LinkedHashMap<>();
    /** Gazetteer people the article has named, whom a later surname may point back to. */
    private final Map<String, Actor> named = new LinkedHashMap<>();
    /** The people of {@link #found} and {@link #named} whose names {@link #personsBySurname} has read, by count. */
    private int foundRead;
    private int namedRead;
    /** The first person keyed by each last or first name, and the names a second person shares. */
    private final Map<String, String> byLast = new HashMap<>();
    private final Map<String, String> byFirst = new HashMap<>();
    private final Set<String> sharedLast = new HashSet<>();
    private final Set<String> sharedFirst = new HashSet<>();
    private final Map<String, String> bySurname = new HashMap<>();
    private final Map<String, String> bySurnameView = Collections.unmodifiableMap(bySurname);

    PeopleRegistry(Gazetteer gazetteer, String language) {
        this.gazetteer = gazetteer;
        this.language = language;
    }

    /** The slug for a person named {@code name} (as written), remembered for this article. */
    String register(String name, String country) {
        String slug = "person-" + slugOf(name);
        found.computeIfAbsent(slug, s -> new Actor(s, ActorType.Person, Map.of(language, name), List.of(), null,
                country != null && gazetteer.actor(country).map(a -> a.type() == ActorType.State).orElse(false) ? country : null));
        return slug;
    }

    /** A gazetteer person the article named in full ("محمد آل جابر"): later "آل جابر" alone is them. */
    void named(String slug) {
        if (!named.containsKey(slug)) gazetteer.actor(slug).ifPresent(a -> named.put(slug, a));
    }

    /** The slug for a body named {@code name} that the gazetteer does not list, remembered for this article. */
    String registerBody(String name, ActorType type, String country) {
        String slug = "body-" + slugOf(name);
        found.computeIfAbsent(slug, s -> new Actor(s, type, Map.of(language, name), List.of(), null, country));
        return slug;
    }

    String language() { return language; }

    /**
     * "Prime Minister and Foreign Minister Al Thani", "Foreign Minister Safadi": a name after a title that is the end of
     * a known person's full name (label or alias) is that person: one the article has named, the one of them who held
     * the post in {@code year} when several share the name; else the gazetteer's one holder of the post that year (in
     * {@code of} when the text names it) with that name.
     */
    Optional<String> fullerNameOf(String name, String title, String of, Integer year) {
        String end = "-" + slugOf(name);
        var named = new ArrayList<Actor>();
        for (Actor a : this.named.values()) {
            if (endsWith(a, end)) named.add(a);
        }
        if (named.size() == 1) return Optional.of(named.getFirst().slug());
        List<String> holding = named.stream().map(Actor::slug)
                .filter(slug -> title != null && year != null && holdsTitle(slug, title, year)).toList();
        if (holding.size() == 1) return Optional.of(holding.getFirst());
        if (!named.isEmpty() || title == null || year == null) return Optional.empty();
        List<String> holders = (of != null ? gazetteer.holders(title, of, year) : gazetteer.holders(title, year)).stream()
                .filter(slug -> gazetteer.actor(slug).filter(a -> endsWith(a, end)).isPresent()).toList();
        return holders.size() == 1 ? Optional.of(holders.getFirst()) : Optional.empty();
    }

    /**
     * "الأمير خالد" after "الأمير خالد بن سلمان", "Sheikh Mohammed" after "Sheikh Mohammed bin Abdulrahman Al Thani":
     * copy names a royal or sheikh again by honorific and given name; that is the one person the article has named in
     * full whose name begins with it. With two such people the given name names neither.
     */
    Optional<String> namedByGivenName(String givenName) {
        String start = slugOf(givenName) + "-";
        List<String> bearers = Stream.concat(found.values().stream(), named.values().stream())
                .filter(a -> a.type() == ActorType.Person && anyName(a, n -> n.startsWith(start)))
                .map(Actor::slug).distinct().toList();
        return bearers.size() == 1 ? Optional.of(bearers.getFirst()) : Optional.empty();
    }

    /**
     * Whether some name of the person, a label or an alias, passes the test as a slug. Loops, not a stream of names:
     * this runs for each person the article named, at every name after a title.
     */
    private static boolean anyName(Actor person, Predicate<String> test) {
        for (String label : person.labels().values()) {
            if (test.test(slugOf(label))) return true;
        }
        for (String alias : person.aliases()) {
            if (test.test(slugOf(alias))) return true;
        }
        return false;
    }

    private boolean endsWith(Actor person, String end) {
        return person.type() == ActorType.Person && anyName(person, n -> n.endsWith(end));
    }

    private boolean holdsTitle(String slug, String title, int year) {
        return gazetteer.posts(slug).stream().anyMatch(p -> p.titleEn().equalsIgnoreCase(title) && p.heldIn(year));
    }

    /**
     * The people this article has registered or named from the gazetteer, by the key of their last name without its
     * article ("al-Maqaleh" is "Maqaleh" again); else by their first word when it is no given name nor particle, as
     * copy names Chinese, Thai or Malay leaders by it ("Wang" for Wang Yi, "Phumtham", "Anwar"). A name two of them
     * share is left out. Brought up to date with the people new since the last call only, not worked out for every sentence.
     */
    Map<String, String> personsBySurname(NameLexicon names) {
        if (foundRead == found.size() && namedRead == named.size()) return bySurnameView;
        // Only the people registered or named since the last call are read: the rest are keyed already.
        var keys = new ArrayList<String>();
        readSurnames(found.values(), foundRead, names, keys);
        readSurnames(named.values(), namedRead, names, keys);
        foundRead = found.size();
        namedRead = named.size();
        for (String key : keys) {
            String slug = sharedLast.contains(key) ? null : byLast.containsKey(key) ? byLast.get(key)
                    : sharedFirst.contains(key) ? null : byFirst.get(key);
            if (slug == null) bySurname.remove(key);
            else bySurname.put(key, slug);
        }
        return bySurnameView;
    }

    /** Keys the names of the people past the first {@code read}, adding every key it touches to {@code keys}. */
    private void readSurnames(Collection<Actor> people, int read, NameLexicon names, List<String> keys) {
        int k = 0;
        for (Actor a : people) {
            if (k++ < read || a.type() != ActorType.Person || a.labels().get(language) == null) continue;
            String[] words = WHITESPACE.split(a.labels().get(language));
            if (words.length < 2) continue;
            String last = MatchKeys.key(names.withoutArticle(words[words.length - 1]), language);
            keep(byLast, last, a.slug(), sharedLast);
            keys.add(last);
            if (!names.isGivenName(words[0]) && !names.isParticle(words[0])) {
                String first = MatchKeys.key(words[0], language);
                keep(byFirst, first, a.slug(), sharedFirst);
                keys.add(first);
            }
        }
    }

    private static void keep(Map<String, String> bySlug, String key, String slug, Set<String> shared) {
        if (bySlug.putIfAbsent(key, slug) != null && !bySlug.get(key).equals(slug)) shared.add(key);
    }

    boolean isNewsAgency(String slug) {
        return gazetteer.isNewsAgency(slug);
    }

    Optional<Actor> actor(String slug) {
        return Optional.ofNullable(found.get(slug)).or(() -> gazetteer.actor(slug));
    }

    Optional<org.diplokg.model.Place> place(String slug) {
        return gazetteer.place(slug);
    }

    /** The person the gazetteer says held {@code title} in {@code of} (a state or body) on {@code day}. */
    Optional<String> holder(String title, String of, LocalDate day) {
        if (of == null || day == null) return Optional.empty();
        return gazetteer.holders(title, of, day).stream().findFirst();
    }

    /**
     * The state or body of a known person's post with this title, per the gazetteer: the post of that title; else,
     * as the text may shorten a title ("envoy" for "Special Envoy to the Middle East"), a post held in {@code year}
     * whose title contains it; else the one state or body all the posts held that year are in; else, for a person
     * the gazetteer knows no post of that year, the state the person serves.
     */
    Optional<String> postOrganization(String slug, String title, Integer year) {
        // Loops, not streams: this runs for every titled person named.
        List<Post> posts = gazetteer.posts(slug);
        for (Post p : posts) {
            if (p.titleEn().equalsIgnoreCase(title)) return Optional.of(p.organization());
        }
        String shortTitle = title.toLowerCase(Locale.ROOT);
        for (Post p : posts) {
            if ((year == null || p.heldIn(year)) && p.titleEn().toLowerCase(Locale.ROOT).contains(shortTitle)) return Optional.of(p.organization());
        }
        String heldIn = null;
        for (Post p : posts) {
            if (year != null && !p.heldIn(year)) continue;
            if (heldIn != null && !heldIn.equals(p.organization())) return Optional.empty();
            heldIn = p.organization();
        }
        return heldIn != null ? Optional.of(heldIn) : gazetteer.actor(slug).map(Actor::country);
    }

    /**
     * The title of a post the gazetteer says the person held in {@code of} (a state or body) in {@code year}:
     * {@code preferred} when it is one of them (a deputy prime minister who is also foreign minister), else the first.
     */
    Optional<String> titleHeld(String slug, String of, Integer year, String preferred) {
        if (of == null || year == null) return Optional.empty();
        List<String> titles = gazetteer.posts(slug).stream().filter(p -> p.organization().equals(of) && p.heldIn(year))
                .map(Post::titleEn).toList();
        return titles.stream().filter(t -> t.equalsIgnoreCase(preferred)).findFirst().or(() -> titles.stream().findFirst());
    }

    /**
     * Whether the gazetteer lists posts for the person, none of them of that state or body (nor of a body of that
     * state): a title of it after their name ("التقى بلينكن الرئيس المصري") is someone else's, not theirs.
     */
    boolean servesElsewhere(String slug, String organization) {
        List<Post> posts = gazetteer.posts(slug);
        return !posts.isEmpty() && posts.stream().map(Post::organization)
                .noneMatch(org -> org.equals(organization) || gazetteer.actor(org).map(Actor::country).filter(organization::equals).isPresent());
    }

    static String slugOf(String name) {
        String cached = SLUGS.get(name);
        if (cached != null) return cached;
        String slug = transliterated(name);
        if (SLUGS.size() > SLUG_CACHE_LIMIT) SLUGS.clear();
        SLUGS.put(name, slug);
        return slug;
    }

    private static String transliterated(String name) {
        String ascii = TO_ASCII.get().transliterate(MatchKeys.normalize(name));
        return EDGE_HYPHENS.matcher(NON_SLUG_CHARS.matcher(ascii).replaceAll("-")).replaceAll("");
    }
}
