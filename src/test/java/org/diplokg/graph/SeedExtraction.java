package org.diplokg.graph;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDF;
import org.diplokg.graph.Vocab.SCHEMA;
import org.diplokg.model.Actor;
import org.diplokg.model.ActorType;
import org.diplokg.model.Article;
import org.diplokg.model.Event;
import org.diplokg.model.EventType;
import org.diplokg.model.Evidence;
import org.diplokg.model.Extraction;
import org.diplokg.model.Mention;
import org.diplokg.model.Place;
import org.diplokg.model.Role;
import org.diplokg.model.Tenure;
import org.diplokg.model.TimeValue;

/**
 * The seed article's gold (/work/shared/seed/*.gold.json and its notes) as the extraction the extractor should
 * produce, built over the body stored in the fixture. Offsets are found here by searching the body, independently
 * of the script that wrote the fixture, so a test can check that mapping this reproduces the fixture exactly.
 */
final class SeedExtraction {
    static final String FIXTURE = "/fixtures/seed.trig";
    static final String METHOD = "gold";
    static final double CONFIDENCE = 1.0;

    private SeedExtraction() {}

    static Dataset fixture() {
        Dataset dataset = DatasetFactory.create();
        RDFParser.source(SeedExtraction.class.getResourceAsStream(FIXTURE)).lang(Lang.TRIG).parse(dataset);
        return dataset;
    }

    /** The fixture's only article graph. */
    static Model articleGraph(Dataset fixture) {
        String gazetteer = Iris.gazetteerGraph();
        List<String> names = new ArrayList<>();
        fixture.listNames().forEachRemaining(name -> { if (!name.equals(gazetteer)) names.add(name); });
        if (names.size() != 1) throw new IllegalStateException("expected one article graph, found " + names);
        return fixture.getNamedModel(names.get(0));
    }

    static Extraction build() {
        Model graph = articleGraph(fixture());
        Resource article = graph.listSubjectsWithProperty(RDF.type, SCHEMA.NewsArticle).next();
        String title = article.getProperty(SCHEMA.headline).getString();
        String body = article.getProperty(DIP.body).getString();
        return build(title, body);
    }

    static Extraction build(String title, String body) {
        Text text = new Text(body);
        Article article = new Article(sha256(body).substring(0, 16), null, title, LocalDate.parse("2024-06-10"), "ar",
                "معا", "القاهرة", body, sha256(title + "\n" + body), "maan-2024-06-10-sisi-blinken.txt");

        List<Actor> actors = List.of(
                actor("abdel-fattah-el-sisi", ActorType.Person, "Abdel Fattah el-Sisi", "عبد الفتاح السيسي", List.of("Sisi", "السيسي"), null, "egypt"),
                actor("antony-blinken", ActorType.Person, "Antony Blinken", "أنتوني بلينكن", List.of("Blinken", "بلينكن"), null, "united-states"),
                actor("abbas-kamel", ActorType.Person, "Abbas Kamel", "عباس كامل", List.of(), null, "egypt"),
                actor("joe-biden", ActorType.Person, "Joe Biden", "جو بايدن", List.of("Biden", "بايدن"), "Q6279", "united-states"),
                actor("egypt", ActorType.State, "Egypt", "مصر", List.of("Arab Republic of Egypt", "جمهورية مصر العربية"), "Q79", null),
                actor("united-states", ActorType.State, "United States", "الولايات المتحدة",
                        List.of("United States of America", "الولايات المتحدة الأمريكية", "أمريكا"), "Q30", null),
                actor("israel", ActorType.State, "Israel", "إسرائيل", List.of(), "Q801", null),
                actor("qatar", ActorType.State, "Qatar", "قطر", List.of(), "Q846", null),
                actor("jordan", ActorType.State, "Jordan", "الأردن", List.of(), "Q810", null),
                actor("hamas", ActorType.ArmedGroup, "Hamas", "حماس", List.of("حركة حماس"), "Q38799", null),
                actor("egyptian-presidency", ActorType.GovernmentBody, "Egyptian Presidency", "الرئاسة المصرية", List.of(), null, "egypt"),
                actor("us-department-of-state", ActorType.GovernmentBody, "US Department of State", "وزارة الخارجية الأمريكية",
                        List.of("State Department", "الخارجية الأمريكية"), null, "united-states"));
        List<Place> places = List.of(
                place("cairo", "Cairo", "القاهرة", List.of(), "Q85", "egypt"),
                place("rafah", "Rafah", "رفح", List.of(), null, null),
                place("rafah-crossing", "Rafah Crossing", "معبر رفح", List.of(), null, null),
                place("gaza-strip", "Gaza Strip", "قطاع غزة", List.of("Gaza", "غزة"), "Q39760", null));

        // Where the article first names each actor and place ("المصري" names Egypt through its demonym).
        Map<String, String> firstNamed = new LinkedHashMap<>();
        firstNamed.put("abdel-fattah-el-sisi", "عبد الفتاح السيسي");
        firstNamed.put("antony-blinken", "أنتوني بلينكن");
        firstNamed.put("abbas-kamel", "عباس كامل");
        firstNamed.put("joe-biden", "جو بايدن");
        firstNamed.put("egypt", "المصري");
        firstNamed.put("united-states", "الأمريكي");
        firstNamed.put("israel", "إسرائيل");
        firstNamed.put("qatar", "قطر");
        firstNamed.put("jordan", "الأردن");
        firstNamed.put("hamas", "حماس");
        firstNamed.put("egyptian-presidency", "للرئاسة المصرية");
        firstNamed.put("us-department-of-state", "الخارجية الأمريكية");
        firstNamed.put("cairo", "القاهرة");
        firstNamed.put("rafah", "رفح");
        firstNamed.put("rafah-crossing", "معبر رفح");
        firstNamed.put("gaza-strip", "قطاع غزة");
        List<Mention> mentions = new ArrayList<>();
        firstNamed.forEach((slug, name) -> mentions.add(new Mention(slug, text.first(name))));

        List<Tenure> tenures = List.of(
                new Tenure("abdel-fattah-el-sisi", "egypt", "الرئيس", "ar", text.first("الرئيس المصري عبد الفتاح السيسي")),
                new Tenure("antony-blinken", "united-states", "وزير الخارجية", "ar", text.first("وزير الخارجية الأمريكي أنتوني بلينكن")),
                new Tenure("abbas-kamel", "egypt", "رئيس المخابرات", "ar", text.first("رئيس المخابرات المصرية اللواء عباس كامل")),
                new Tenure("joe-biden", "united-states", "الرئيس", "ar", text.first("الرئيس الأمريكي جو بايدن")));

        TimeValue monday = TimeValue.of("2024-06-10");
        String sisi = "abdel-fattah-el-sisi", blinken = "antony-blinken";
        List<Event> events = List.of(
                event(EventType.Meeting, Map.of(Role.participant, List.of(sisi, blinken), Role.attendee, List.of("abbas-kamel")),
                        List.of("cairo"), monday, null, null, text.sentences(1, 0)),
                event(EventType.Agreement, Map.of(Role.party, List.of(sisi, blinken)), List.of(), monday, null, null, text.sentences(0)),
                event(EventType.Statement, Map.of(Role.speaker, List.of("egyptian-presidency")), List.of(), monday, null, null, text.sentences(2, 1)),
                event(EventType.Statement, Map.of(Role.speaker, List.of(sisi)), List.of(), monday, null, null, text.sentences(4)),
                event(EventType.Statement, Map.of(Role.speaker, List.of(blinken)), List.of(), monday, null, null, text.sentences(5)),
                event(EventType.Visit, Map.of(Role.participant, List.of(blinken)), List.of("cairo"), monday, null, null, text.sentences(6)),
                new Event(EventType.Tour, Map.of(Role.participant, List.of(blinken)), List.of(), null, monday, TimeValue.of("2024-06-12"),
                        null, null, List.of(), 8, null, Map.of(), -1, text.sentences(7, 8)),
                event(EventType.Statement, Map.of(Role.speaker, List.of("us-department-of-state")), List.of(), null, null, null, text.sentences(8)),
                new Event(EventType.Proposal, Map.of(Role.proposer, List.of("joe-biden")), List.of(), new TimeValue("2024-05", "late"), null, null,
                        null, 3, List.of(), null, null, Map.of(), -1, text.sentences(9)),
                new Event(EventType.Negotiation, Map.of(Role.party, List.of("hamas", "israel"), Role.mediator, List.of("qatar", "egypt", "united-states")),
                        List.of(), null, null, null, null, null, List.of(), null, "stalled", Map.of(), -1, text.sentences(10)),
                event(EventType.Rejection, Map.of(Role.agent, List.of("israel")), List.of(), null, null, null, text.sentences(11)),
                event(EventType.MilitaryOperation, Map.of(Role.agent, List.of("israel")), List.of("rafah"), TimeValue.of("2024-05-06"), null, null, text.sentences(11)),
                event(EventType.MilitaryOperation, Map.of(Role.agent, List.of("israel")), List.of("rafah-crossing"), TimeValue.of("2024-05-07"), null, null, text.sentences(11)),
                new Event(EventType.Ceasefire, Map.of(), List.of(), null, null, new TimeValue("2023-12", "early"),
                        "P7D", null, List.of(), null, null, Map.of(), -1, text.sentences(12)),
                new Event(EventType.Exchange, Map.of(), List.of(), null, null, new TimeValue("2023-12", "early"),
                        null, null, List.of(), null, null, Map.of("released", 105), -1, text.sentences(12)),
                event(EventType.Conflict, Map.of(Role.party, List.of("israel")), List.of("gaza-strip"), null, TimeValue.of("2023-10-07"), null, text.sentences(7)));
        return new Extraction(article, actors, places, mentions, tenures, events, "gold");
    }

    private static Event event(EventType type, Map<Role, List<String>> roles, List<String> places, TimeValue time, TimeValue begin,
                               TimeValue end, List<Evidence> evidence) {
        return new Event(type, roles, places, time, begin, end, null, null, List.of(), null, null, Map.of(), -1, evidence);
    }

    private static Actor actor(String slug, ActorType type, String en, String ar, List<String> aliases, String qid, String country) {
        return new Actor(slug, type, Map.of("en", en, "ar", ar), aliases, qid, country);
    }

    private static Place place(String slug, String en, String ar, List<String> aliases, String qid, String country) {
        return new Place(slug, Map.of("en", en, "ar", ar), aliases, qid, country);
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The body as code points, its sentences, and evidence over it. */
    static final class Text {
        private final int[] cps;
        private final String body;
        private final List<int[]> sentences = new ArrayList<>();

        Text(String body) {
            this.body = body;
            this.cps = body.codePoints().toArray();
            split();
        }

        /**
         * Sentences end at a line break or after . ! ? ؟ (with any closing quotes), except a point between digits;
         * spaces after the end are skipped. The same rule the fixture's script used.
         */
        private void split() {
            int start = 0;
            for (int i = 0; i < cps.length; i++) {
                int c = cps[i];
                if (c == '\n') {
                    add(start, i);
                    start = i + 1;
                } else if ((c == '.' || c == '!' || c == '?' || c == '؟') && !(i > 0 && i < cps.length - 1
                        && Character.isDigit(cps[i - 1]) && Character.isDigit(cps[i + 1]))) {
                    int end = i + 1;
                    while (end < cps.length && cps[end] == '"') end++;
                    add(start, end);
                    while (end < cps.length && cps[end] == ' ') end++;
                    start = end;
                    i = end - 1;
                }
            }
            add(start, cps.length);
        }

        private void add(int start, int end) {
            if (!text(start, end).isBlank()) sentences.add(new int[] {start, end});
        }

        String text(int start, int end) {
            return new String(cps, start, end - start);
        }

        int sentenceOf(int offset) {
            for (int k = 0; k < sentences.size(); k++) {
                if (sentences.get(k)[0] <= offset && offset < sentences.get(k)[1]) return k;
            }
            throw new IllegalArgumentException("offset " + offset + " in no sentence");
        }

        /** Evidence for the first occurrence of {@code quote}. */
        Evidence first(String quote) {
            int utf16 = body.indexOf(quote);
            if (utf16 < 0) throw new IllegalArgumentException("not in the body: " + quote);
            int start = body.codePointCount(0, utf16);
            int end = start + quote.codePointCount(0, quote.length());
            return new Evidence(sentenceOf(start), start, end, quote, CONFIDENCE, METHOD);
        }

        /** Evidence quoting whole sentences, the first one the principal. */
        List<Evidence> sentences(int... indices) {
            List<Evidence> list = new ArrayList<>();
            for (int k : indices) {
                int[] span = sentences.get(k);
                list.add(new Evidence(k, span[0], span[1], text(span[0], span[1]), CONFIDENCE, METHOD));
            }
            return list;
        }
    }
}
