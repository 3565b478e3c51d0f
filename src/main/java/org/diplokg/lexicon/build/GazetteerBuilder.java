package org.diplokg.lexicon.build;

import static org.diplokg.lexicon.GazetteerVocabulary.*;
import static org.diplokg.lexicon.build.TurtleWriter.literal;
import static org.diplokg.lexicon.build.TurtleWriter.plain;
import static org.diplokg.lexicon.build.TurtleWriter.typed;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.diplokg.lexicon.Tsv;
import org.diplokg.text.MatchKeys;

/**
 * Generates the gazetteer's Turtle files from the reviewable tables beside them (data/gazetteer/README.md):
 * states.ttl from CLDR names (ICU4J) merged with state-extras.tsv, and places.ttl, organizations.ttl,
 * people.ttl from their TSV sources. Wikidata QIDs come only from the checked lists wikidata-states.tsv and
 * wikidata-other.tsv. Every slug a row refers to must exist, so a typo fails the build of the files.
 *
 * <p>Run after editing a table: {@code java -cp target/classes:<deps> org.diplokg.lexicon.build.GazetteerBuilder [dir]}.
 */
public final class GazetteerBuilder {
    private static final Map<String, String> PREFIXES = prefixes();
    private static final Set<String> ORGANIZATION_TYPES =
            Set.of("InternationalOrganization", "ArmedGroup", "Organization", "GovernmentBody");
    private static final Set<String> PLACE_KINDS = Set.of("capital", "city", "region", "territory", "crossing", "building");
    private static final Set<String> ORGANIZATION_KINDS = Set.of("news-agency");

    private final Path dir;
    private final Wikidata wikidata;
    private final Set<String> states = new HashSet<>();
    private final Set<String> actors = new HashSet<>();

    private GazetteerBuilder(Path dir) {
        this.dir = dir;
        var stateIsos = Tsv.read(dir.resolve("state-extras.tsv")).stream().map(r -> r.get("iso")).collect(Collectors.toSet());
        this.wikidata = new Wikidata(dir.resolve("wikidata-states.tsv"), dir.resolve("wikidata-other.tsv"), stateIsos);
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "data/gazetteer");
        for (var file : render(dir).entrySet()) {
            Files.writeString(dir.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
            System.out.println("wrote " + dir.resolve(file.getKey()));
        }
    }

    /** The generated files, name → Turtle text, in a fixed order (a test compares them with the committed ones). */
    public static Map<String, String> render(Path dir) {
        var builder = new GazetteerBuilder(dir);
        var files = new LinkedHashMap<String, String>();
        files.put("states.ttl", builder.states());
        files.put("organizations.ttl", builder.organizations());
        files.put("places.ttl", builder.places());
        files.put("people.ttl", builder.people());
        return files;
    }

    private String states() {
        var names = new CldrNames();
        var out = writer("States: every UN member state, Palestine, the Vatican, Kosovo and Taiwan.\n"
                + "Names from CLDR (ICU4J " + com.ibm.icu.util.VersionInfo.ICU_VERSION + "), demonyms and extra aliases from state-extras.tsv.");
        var nisbaForms = Tsv.read(dir.resolve("arabic-nisba-forms.tsv")).stream().map(r -> r.get("pattern")).toList();
        Set<String> placeNames = arabicPlaceNames();
        for (var row : Tsv.read(dir.resolve("state-extras.tsv"))) {
            String iso = row.get("iso");
            String slug = slug(row.get("slug"));
            states.add(slug);
            actors.add(slug);
            boolean shortLabel = "cldr-short".equals(row.get("label"));
            var block = new TurtleWriter.Block("actor:" + slug).add("a", "dip:State");
            var labels = new LinkedHashMap<String, String>();
            var aliases = new ArrayList<String>();
            for (String language : List.of("en", "ar")) {
                var cldr = names.of(iso, language);
                String label = shortLabel ? cldr.shortName() : cldr.label();
                labels.put(language, label);
                block.add("rdfs:label", literal(label, language));
                aliases.addAll(cldr.all());
            }
            wikidata.stateName(iso).ifPresent(aliases::add);
            aliases.addAll(Tsv.values(row.get("en_aliases")));
            aliases.addAll(Tsv.values(row.get("ar_aliases")));
            aliases.removeAll(labels.values());
            block.addAll("skos:altLabel", aliases.stream().map(a -> literal(a, language(a))).toList());
            block.addAll("dip:demonym", demonyms(row, nisbaForms, placeNames));
            block.add("schema:sameAs", wikidata.state(iso).map(q -> "wd:" + q).orElseThrow(
                    () -> new IllegalStateException("no checked QID for " + iso)));
            out.write(block).blankLine();
        }
        return out.text();
    }

    /** The Arabic names of places.tsv: an expanded nisba form spelled like one (برازيليا, Brasília) stays the place's. */
    private Set<String> arabicPlaceNames() {
        var out = new HashSet<String>();
        for (var row : Tsv.read(dir.resolve("places.tsv"))) {
            out.add(row.get("ar"));
            out.addAll(Tsv.values(row.get("ar_aliases")));
        }
        return out;
    }

    private static List<String> demonyms(Map<String, String> row, List<String> nisbaForms, Set<String> placeNames) {
        var out = new ArrayList<String>();
        for (String english : Tsv.values(row.get("en_demonyms"))) {
            out.add(literal(english, "en"));
            if (takesPluralS(english)) out.add(literal(english + "s", "en"));
        }
        for (String nisba : Tsv.values(row.get("ar_nisba"))) {
            nisbaForms.stream().map(pattern -> pattern.replace("{}", nisba)).filter(form -> !placeNames.contains(form))
                    .forEach(form -> out.add(literal(form, "ar")));
        }
        for (String form : Tsv.values(row.get("ar_demonyms"))) out.add(literal(form, "ar"));
        return out;
    }

    /** Egyptian → Egyptians, Iraqi → Iraqis; not Swiss, British, French, Chinese, U.S. */
    private static boolean takesPluralS(String demonym) {
        String lower = demonym.toLowerCase(Locale.ROOT);
        return !demonym.equals(demonym.toUpperCase(Locale.ROOT)) && !demonym.contains(".")
                && !(lower.endsWith("s") || lower.endsWith("sh") || lower.endsWith("ch") || lower.endsWith("ese")
                || lower.endsWith("z") || lower.endsWith("x"));
    }

    private String organizations() {
        var rows = Tsv.read(dir.resolve("organizations.tsv"));
        rows.forEach(r -> actors.add(slug(r.get("slug"))));
        var out = writer("International organizations, armed and political groups, government bodies (organizations.tsv).");
        for (var row : rows) {
            String type = row.get("type");
            if (!ORGANIZATION_TYPES.contains(type)) throw new IllegalArgumentException("unknown type " + type + " in " + row);
            var block = named("actor:" + row.get("slug"), "dip:" + type, row);
            block.add("dip:country", stateRef(row.get("country")));
            block.add("org:subOrganizationOf", actorRef(row.get("parent")));
            block.add("dip:organizationKind", organizationKind(row));
            out.write(sameAs(block, row)).blankLine();
        }
        return out.text();
    }

    private static String organizationKind(Map<String, String> row) {
        String kind = row.get("kind");
        if (kind.isEmpty()) return null;
        if (!ORGANIZATION_KINDS.contains(kind)) throw new IllegalArgumentException("unknown organization kind " + kind + " in " + row);
        return plain(kind);
    }

    private String places() {
        var out = writer("Capitals, cities, regions, territories, crossings and buildings (places.tsv).");
        for (var row : Tsv.read(dir.resolve("places.tsv"))) {
            String kind = row.get("kind");
            if (!PLACE_KINDS.contains(kind)) throw new IllegalArgumentException("unknown place kind " + kind + " in " + row);
            var block = named("place:" + slug(row.get("slug")), "dip:Place", row);
            block.add("dip:placeKind", plain(kind));
            block.add("dip:country", stateRef(row.get("country")));
            out.write(sameAs(block, row)).blankLine();
        }
        return out.text();
    }

    private String people() {
        var posts = new LinkedHashMap<String, List<Map<String, String>>>();
        for (var post : Tsv.read(dir.resolve("posts.tsv"))) {
            posts.computeIfAbsent(post.get("person"), p -> new ArrayList<>()).add(post);
        }
        var out = writer("People of 2020-2026 diplomacy (people.tsv) and the posts they held (posts.tsv).");
        var people = Tsv.read(dir.resolve("people.tsv"));
        people.forEach(r -> actors.add(slug(r.get("slug"))));
        for (var row : people) {
            String person = row.get("slug");
            var block = named("actor:" + person, "dip:Person", row);
            block.add("dip:country", stateRef(row.get("country")));
            out.write(sameAs(block, row));
            List<Map<String, String>> held = posts.getOrDefault(person, List.of());
            for (int n = 0; n < held.size(); n++) out.write(tenure(person, n + 1, held.get(n)));
            out.blankLine();
        }
        posts.keySet().stream().filter(p -> !actors.contains(p)).findFirst().ifPresent(p -> {
            throw new IllegalArgumentException("posts.tsv names an unknown person: " + p);
        });
        return out.text();
    }

    /** A post as a named node ({@code tenure:{person}-post-{n}}): every dip:Tenure has an IRI (ontology/shapes.ttl). */
    private TurtleWriter.Block tenure(String person, int n, Map<String, String> post) {
        var block = new TurtleWriter.Block("tenure:" + person + "-post-" + n).add("a", "dip:Tenure")
                .add("org:member", "actor:" + person)
                .add("org:organization", actorRef(post.get("organization")))
                .add("dip:title", literal(post.get("title_en"), "en"))
                .add("dip:title", literal(post.get("title_ar"), "ar"));
        if (!post.get("from").isEmpty()) block.add("dip:heldFrom", calendar(post.get("from")));
        if (!post.get("to").isEmpty()) block.add("dip:heldUntil", calendar(post.get("to")));
        return block;
    }

    private static TurtleWriter.Block named(String subject, String type, Map<String, String> row) {
        var block = new TurtleWriter.Block(subject).add("a", type)
                .add("rdfs:label", literal(row.get("en"), "en"))
                .add("rdfs:label", literal(row.get("ar"), "ar"));
        var labels = Set.of(row.get("en"), row.get("ar"));
        for (String column : List.of("en_aliases", "ar_aliases")) {
            for (String alias : Tsv.values(row.get(column))) {
                if (!labels.contains(alias)) block.add("skos:altLabel", literal(alias, language(alias)));
            }
        }
        return block;
    }

    private TurtleWriter.Block sameAs(TurtleWriter.Block block, Map<String, String> row) {
        var names = new ArrayList<String>();
        names.add(row.get("en"));
        names.addAll(Tsv.values(row.get("en_aliases")));
        return block.add("schema:sameAs", wikidata.other(names).map(q -> "wd:" + q).orElse(null));
    }

    private String stateRef(String slug) {
        if (slug == null || slug.isEmpty()) return null;
        if (!states.contains(slug)) throw new IllegalArgumentException("not a state slug: " + slug);
        return "actor:" + slug;
    }

    private String actorRef(String slug) {
        if (slug == null || slug.isEmpty()) return null;
        if (!actors.contains(slug)) throw new IllegalArgumentException("not an actor slug: " + slug);
        return "actor:" + slug;
    }

    private static String slug(String slug) {
        if (!slug.matches(SLUG_PATTERN)) throw new IllegalArgumentException("bad slug: '" + slug + "'");
        return slug;
    }

    /** A year, month or day of posts.tsv as the literal of its precision (a handover known to the day is 2025-01-20). */
    private static String calendar(String value) {
        String datatype = switch (value.length()) {
            case 4 -> "xsd:gYear";
            case 7 -> "xsd:gYearMonth";
            default -> "xsd:date";
        };
        if (!value.matches("\\d{4}(-\\d{2}(-\\d{2})?)?")) throw new IllegalArgumentException("bad year or date: " + value);
        return typed(value, datatype);
    }

    private static String language(String text) {
        return MatchKeys.isArabic(text) ? "ar" : "en";
    }

    private static TurtleWriter writer(String description) {
        return new TurtleWriter("GENERATED by org.diplokg.lexicon.build.GazetteerBuilder: edit the .tsv sources, not this file.\n"
                + description, PREFIXES);
    }

    private static Map<String, String> prefixes() {
        var p = new LinkedHashMap<String, String>();
        p.put("dip", DIP);
        p.put("actor", ACTOR);
        p.put("place", PLACE);
        p.put("tenure", TENURE_ID);
        p.put("rdfs", RDFS);
        p.put("skos", SKOS);
        p.put("schema", SCHEMA);
        p.put("org", ORG);
        p.put("xsd", XSD);
        p.put("wd", WIKIDATA);
        return p;
    }
}
