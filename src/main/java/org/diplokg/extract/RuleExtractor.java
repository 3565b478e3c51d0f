package org.diplokg.extract;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.diplokg.config.Home;
import org.diplokg.extract.SentenceFacts.TimedSpan;
import org.diplokg.extract.time.TimeMention;
import org.diplokg.extract.time.TimeResolver;
import org.diplokg.lexicon.BodyHeads;
import org.diplokg.lexicon.Cue;
import org.diplokg.lexicon.EventLexicon;
import org.diplokg.lexicon.Gazetteer;
import org.diplokg.lexicon.KnownConflicts;
import org.diplokg.lexicon.NameLexicon;
import org.diplokg.lexicon.PhraseIndex.Hit;
import org.diplokg.lexicon.Preposition;
import org.diplokg.lexicon.TitleLexicon;
import org.diplokg.lexicon.Trigger;
import org.diplokg.model.Actor;
import org.diplokg.model.ActorType;
import org.diplokg.model.Article;
import org.diplokg.model.EventType;
import org.diplokg.model.Extraction;
import org.diplokg.model.Place;
import org.diplokg.model.TimeValue;
import org.diplokg.text.Document;
import org.diplokg.text.MatchKeys;
import org.diplokg.text.Sentence;
import org.diplokg.text.TextAnalyzer;
import org.diplokg.text.Token;

/**
 * The rule-based extractor: text analysis, then per sentence the lexicon hits (triggers, cues, prepositions,
 * dates), the actor phrases and the events, with the discourse carried from sentence to sentence; then the
 * article's events are assembled and mapped to records. Language data comes from {@code data/}; one instance
 * serves any number of threads.
 */
public final class RuleExtractor implements Extractor {
    /** Words from a verb flagged described-as to its "as": "dismissed the council's focus on aid mechanisms as". */
    private static final int DESCRIBED_AS_REACH = 10;
    /** "as": after a verb of quoting it names the speaker's words; after a verb flagged described-as, what it calls a thing. */
    private static final String AS_CUE = "quoted-as";
    /** Words from a round noun to the talks it is a round of: its adjectives and "of" ("جولة ثانية غير مباشرة من"). */
    private static final int ROUND_REACH = 4;
    /** How far after a meeting verb a manner noun may stand, past the verb's subject ("وتباحث بوتين وأردوغان هاتفيا"). */
    private static final int MANNER_REACH = 4;
    /** How far before a supporting verb its event noun may stand ("the deal was struck", "the agreement they struck"). */
    private static final int PASSIVE_REACH = 3;
    /** Words a place adjunct may have after its preposition: an article, two modifiers and a noun ("at his official residence"). */
    private static final int PLACE_ADJUNCT_WORDS = 4;
    /** How far after an attack verb its target may be named ("struck a school in Gaza City", "struck Hezbollah targets"). */
    private static final int TARGET_REACH = 6;
    /** How far after a killing its "by" may stand, past the one killed ("the killing of Hamas leader Yahya Sinwar by"). */
    private static final int KILLER_REACH = 7;
    /** Words outside time expressions between a verb of firing and what it fires: subject, a count ("أطلقت إيران نحو 180 صاروخا"). */
    private static final int MUNITION_REACH = 6;
    /** Cues for things that change hands and are not captives: letters and messages are documents too. */
    private static final Set<String> EXCHANGED_THINGS = Set.of("exchanged-thing", "document");
    private static final Set<String> RELAYED_THINGS = Set.of("exchanged-thing");
    /** How far after an exchange verb or noun the thing exchanged may stand: past a subject ("تبادل الجانبان وجهات النظر"). */
    private static final int EXCHANGED_THING_REACH = 4;
    /** "hosts around 3 million Syrian refugees": a count and a nationality may stand between the verb and its object. */
    private static final int SHELTERED_REACH = 6;
    /** Modifiers between the article of a received object and its head ("received a new ceasefire proposal"). */
    private static final int RECEIPT_REACH = 2;
    static final String VISITOR_CUE = "visitor";
    private static final Set<String> SINGLE_QUOTES = Set.of("'", "\u2018");
    /** How many words the object of a naming verb may take before the quotation that names it ("called the Paris talks"). */
    private static final int NAMED_OBJECT_REACH = 5;
    private static final String DOCUMENT_CUE = "document";
    private static final String HONORIFIC_PRONOUN_CUE = "honorific-pronoun";
    private static final String DURING_CUE = "during";
    /**
     * Cues on words that may begin a name: counted words, "نظيره", the title of the counterpart it marks, the
     * adjectives of another round ("New Delhi", "الجديدة") or of an earlier one, which also say a post is no longer
     * held ("نائبة رئيس جنوب أفريقيا السابقة") and nouns for one person that are titles too ("Hamas official Ghazi
     * Hamad"), the ordinals and superlatives a "since" may measure, which also rank a body or a post ("الرئاسة
     * الثانية", "First Deputy Prime Minister"). Not a cue of leading: "بقيادة" keys like the title "القيادي" but names
     * the post of no one.
     */
    private static final Set<String> COUNTING_CUES = Set.of("count-of", "quantity", "counted-sides", "counterpart",
            "another-round", "previous", "title-noun", "yardstick");
    static final Set<String> DASHES = Set.of("-", "\u2013", "\u2014");
    /**
     * What ends a dateline before the first clause: a dash ("الرياض (واس) -"), the slash after the agency ("الدوحة في
     * 20 أغسطس /قنا/", "أبوظبي / وام /") or a colon ("الدوحة - قنا:"); a colon also opens a quoted clause.
     */
    private static final Set<String> CLAUSE_OPENERS = Set.of("-", "\u2013", "\u2014", "/", ":");
    /** Cues that open a fronted adjunct the main clause follows after a comma ("وخلال زيارته إلى الدوحة،", "وعلى هامش القمة،"). */
    private static final Set<String> FRONTED_ADJUNCT_CUES = Set.of("adjunct", "during", "setting");
    /** The agency a dateline credits: "(Reuters) -", "(رويترز) -", "/قنا/"; opening mark to closing mark. */
    private static final Map<String, String> CREDIT_BRACKETS = Map.of("(", ")", "/", "/");
    /** How many words an agency's name in a credit may have ("(Agence France-Presse)"). */
    private static final int CREDIT_WORDS = 4;
    /** How far into the first sentence a dateline's date may start ("WASHINGTON/LONDON, Jan 12 (Reuters)"). */
    static final int DATELINE_REACH = 10;
    /** At most as many tokens as "Wednesday, 30 July 2024" has: a longer line is no date line. */
    private static final int DATE_LINE_TOKENS = 8;
    /** What closes a sentence; a line that ends otherwise is a heading ("READOUT", "Secretary Blinken's Call with …"). */
    private static final Set<String> SENTENCE_STOPS = Set.of(".", "!", "?", ":", "\u061f", "\"", "\u201d", "\u00bb");
    /** Nouns that, with a demonym, stand for its state ("القوات الإسرائيلية", "Qatari mediators"). */
    private static final Set<String> PROXY_CUES = Set.of("proxy-noun", "mediator-noun");
    /** Cues whose words name people or a thing, so that a trigger word inside them reports no event: "war crimes", "طرفا النزاع". */
    private static final Set<String> NAMING_CUES = Set.of("compound", "dual", Gatherings.CONVENED_BY);
    private static final String BODY_NOUN_CUE = "body-noun";
    /** A plural head noun and the singular that opens each name after it ("حركتا فتح وحماس": حركة فتح، حركة حماس). */
    private static final String PLURAL_HEAD_CUE = "plural-head";
    /** A word for what one refuses to say: "التعليق", "comment", "confirm". */
    private static final Set<String> WITHHELD = Set.of("withheld");
    /** How far after a verb of refusing its object may stand: past an Arabic subject ("رفض المتحدث باسم الوزارة التعليق"). */
    private static final int WORDS_BEFORE_WHAT_IS_WITHHELD = 8;
    private static final String PRONOUN_CUE = "pronoun";
    /** Cues that may open the object of a verb: "called it", "called the talks", "called their meeting". */
    private static final Set<String> OBJECT_OPENERS = Set.of("determiner", "possessive", PRONOUN_CUE, "object-pronoun");
    /** The cue of a counted quantity ("13 votes in favour", "23 abstentions") and the values that count a vote. */
    private static final String QUANTITY_CUE = "quantity";
    private static final Set<String> VOTE_COUNTS = Set.of("votesFor", "votesAgainst", "abstentions");
    private static final String DESCRIPTOR_CUE = "descriptor";
    private static final String PERSON = "person";
    private static final String DUAL_CUE = "dual";
    private static final Set<EventType> DEALS = Set.of(EventType.Agreement, EventType.Ceasefire);
    private static final String PLACE_ROLE = "place";
    private static final String MEDIATOR_ROLE = "mediator";
    /** A verb of praising or welcoming whose object follows ب ("أشاد بالوساطة"). */
    private static final String PRAISED_CUE = "praised";

    private final TextAnalyzer analyzer = new TextAnalyzer();
    private final Gazetteer gazetteer;
    private final KnownConflicts conflicts;
    private final OfficesOfPosts offices;
    private final PossessedBodies possessedBodies;
    private final Capitals capitals;
    private final TimeResolver times;
    private final NameLexicon names;
    private final Map<String, Language> languages = new LinkedHashMap<>();
    private final String version;

    /** The words of one language. */
    record Language(EventLexicon events, TitleLexicon titles, BodyHeads bodyHeads) {}

    private RuleExtractor(Path dataDir) {
        Path lexiconDir = dataDir.resolve("lexicon");
        this.gazetteer = Gazetteer.load(dataDir.resolve("gazetteer"));
        this.conflicts = KnownConflicts.load(dataDir.resolve("gazetteer").resolve("conflicts.tsv"));
        this.offices = new OfficesOfPosts(gazetteer);
        this.possessedBodies = new PossessedBodies(gazetteer, offices);
        this.capitals = new Capitals(gazetteer);
        this.times = TimeResolver.load(dataDir.resolve("time"));
        this.names = NameLexicon.load(lexiconDir);
        for (String lang : List.of("ar", "en")) {
            languages.put(lang, new Language(EventLexicon.load(lexiconDir, lang), TitleLexicon.load(lexiconDir, lang, names),
                    BodyHeads.load(lexiconDir, lang)));
        }
        this.version = Fingerprint.of(dataDir);
    }

    /** The extractor over the installation's own {@code data/}. */
    public static RuleExtractor standard() {
        return load(Home.dir().resolve("data"));
    }

    public static RuleExtractor load(Path dataDir) {
        return new RuleExtractor(dataDir);
    }

    @Override
    public String version() {
        return version;
    }

    @Override
    public Extraction extract(Article article) {
        Language lang = languages.getOrDefault(article.language(), languages.get("en"));
        Document doc = analyzer.analyze(article);
        var discourse = new Discourse(article.published());
        var people = new PeopleRegistry(gazetteer, lang.events().language());
        String datelinePlace = datelinePlace(article);
        stateOf(datelinePlace).ifPresent(state -> discourse.statesInContext(List.of(state)));
        var actorFinder = new ActorFinder(gazetteer, lang.titles(), names, people,
                new BodyFinder(lang.bodyHeads(), names, gazetteer, people, lang.events(), stateOfItsCapital(datelinePlace)), lang.events());
        var surnames = new SurnameMentions(people, names);
        var eventFinder = new EventFinder(lang.events(), names, capitals, people);
        var collector = new ArticleCollector(doc, people, lang.events(), discourse, datelinePlace);
        Map<Integer, TimeValue> dispatches = dispatchDates(doc);
        for (Sentence sentence : doc.sentences()) {
            if (dispatches.containsKey(sentence.index())) discourse.datedDispatch(dispatches.get(sentence.index()));
            SentenceFacts facts = facts(sentence, lang, actorFinder, surnames, discourse, article);
            collector.sentence(facts, eventFinder.find(doc, facts, discourse));
        }
        return collector.extraction(new EventAssembler(lang.events(), people, conflicts), version);
    }

    /** "الطيران الحربي" (warplanes): a one-word noun trigger read off its relational adjective reports no event. */
    private static boolean isAdjectiveOfANounTrigger(List<Token> tokens, Hit<Trigger> t) {
        return !t.value().verb() && t.first() == t.last() && MatchKeys.isNisbaOf(tokens.get(t.first()).surface(), t.value().phrase());
    }

    /**
     * "إضافة إلى" (in addition to) is no أضاف (he added), "المشير" (the field marshal) no مشيرا (indicating): a noun
     * keyed like a verb trigger, by an ending only nouns take, by the article no verb takes or by a preposition right
     * before it, which governs nouns only ("التوصل إلى توافق", reaching a consensus, is no توافق "agrees"), reports no event.
     */
    private boolean isNounOfAVerbTrigger(List<Token> tokens, EventLexicon lex, Hit<Trigger> t) {
        if (!t.value().verb()) return false;
        String word = tokens.get(t.first()).surface();
        String listed = t.value().firstWord();
        return MatchKeys.isNounOfVerb(word, listed) || names.hasArticle(word) && !names.hasArticle(listed)
                || t.first() > 0 && lex.isPreposition(tokens.get(t.first() - 1).surface());
    }

    /**
     * "وزار فيصل بن فرحان طهران، والتقى خلال الزيارة الرئيس رئيسي": an event noun with the article right after "during"
     * is the event of its type the sentence has reported already, the setting of the next; it reports no second one.
     */
    private boolean pointsBackDuring(List<Token> tokens, CuesByKind cues, List<Hit<Trigger>> triggers, Hit<Trigger> t) {
        return !t.value().verb() && names.hasArticle(tokens.get(t.first()))
                && cues.any(DURING_CUE, c -> c.last() == t.first() - 1)
                && triggers.stream().anyMatch(o -> o.last() < t.first() && o.value().type() == t.value().type());
    }

    /**
     * "بحضور وزير الخارجية الأمير فيصل بن فرحان": a given name that keys like a verb trigger only once a conjunction is
     * peeled off it (ف + يصل, "and arrives") is the name; the lexicon lists the verb itself, not such a spelling.
     */
    private boolean isGivenNameKeyedAsAVerb(List<Token> tokens, Hit<Trigger> t) {
        Token word = tokens.get(t.first());
        return t.value().verb() && t.first() == t.last() && names.isGivenName(word)
                && !MatchKeys.normalize(word.surface()).equals(MatchKeys.normalize(t.value().phrase()));
    }

    /**
     * "الفريق عاصم منير": a given name the stemmer keys like a cue word ("عاصم", "عاصمة" the capital) stays free to
     * be read as a name; the cue's own words bear the article or differ from any listed given name.
     */
    private boolean isGivenNameKeyedAsACue(List<Token> tokens, Hit<Cue> cue) {
        Token word = tokens.get(cue.first());
        return cue.first() == cue.last() && names.isGivenName(word) && !names.hasArticle(word);
    }

    /**
     * "وأعرب سمو الأمير عن" (His Highness the Emir expressed): the cue of an honorific pronoun ("سموه") keys the bare
     * honorific too, which opens a title phrase and stays free for it.
     */
    private static boolean isBareHonorific(List<Token> tokens, EventLexicon lex, Hit<Cue> cue) {
        return cue.value().kind().equals(HONORIFIC_PRONOUN_CUE) && !lex.hasPronounSuffix(tokens.get(cue.first()).surface());
    }

    /**
     * "الرئيس" (the president) is keyed like "الرئيسان" (the two presidents), a "dual" cue: the singular opens a title
     * phrase and stays free for it.
     */
    private static boolean isSingularOfADual(List<Token> tokens, EventLexicon lex, Hit<Cue> cue) {
        return cue.value().kind().equals(DUAL_CUE) && !lex.isDual(tokens, cue);
    }

    /** "ردت حماس بالرفض" (answered with the rejection): a verb flagged verbal-noun, read as a noun, is that noun. */
    private Hit<Trigger> verbalNounOf(List<Token> tokens, EventLexicon lex, Hit<Trigger> t) {
        boolean noun = t.value().flags().contains("verbal-noun") && isNounOfAVerbTrigger(tokens, lex, t);
        return noun ? new Hit<>(t.first(), t.last(), t.value().asVerbalNoun()) : t;
    }

    /**
     * "بحث الوزير مع نظيره" (the minister discussed with his counterpart) opens the sentence; inside it the same word is
     * the verbal noun ("وجرى خلال اللقاء بحث العلاقات", "لبحث التفاصيل"): a trigger flagged sentence-initial is a verb
     * only as the sentence's first word or right after the dateline, as the first word of the main clause after a
     * fronted adjunct, or where it governs its partner (below).
     */
    private static boolean verbalNounInsideTheSentence(List<Token> tokens, EventLexicon lex, List<Hit<Cue>> cues,
                                                       List<Hit<List<Preposition>>> prepositions, Hit<Trigger> t) {
        return t.value().flags().contains("sentence-initial") && !opensAClause(tokens, t.first())
                && !opensTheMainClause(tokens, cues, t.first()) && !verbBeforeItsPartner(tokens, lex, cues, prepositions, t);
    }

    /**
     * "وخلال زيارته إلى الدوحة، بحث بلينكن مع أمير قطر" (during his visit to Doha, Blinken discussed with the Emir): the
     * word right after the comma that closes an adjunct opening the sentence is where the main clause, verb first, begins.
     */
    private static boolean opensTheMainClause(List<Token> tokens, List<Hit<Cue>> cues, int word) {
        if (word == 0 || !Groups.isComma(tokens.get(word - 1).surface())) return false;
        return cues.stream().anyMatch(c -> FRONTED_ADJUNCT_CUES.contains(c.value().kind()) && opensAClause(tokens, c.first())
                && c.last() < word - 1 && tokens.subList(c.last() + 1, word - 1).stream().noneMatch(Token::isPunct));
    }

    /**
     * "ووصل عباس إلى عمان، وبحث مع الملك عبد الله" (and discussed with), "وبحث خلالها مع" (during it discussed with):
     * a verbal noun is followed by the matter it names, never by "with" right away, so the bare word or the word
     * with a written-on conjunction before the "with" of a named participant is the verb. "لبحث مع" (in order to
     * discuss with) stays the purpose of another verb, and "وبحث معه" (discussed with him) goes on with a meeting
     * the sentence has already reported.
     */
    private static boolean verbBeforeItsPartner(List<Token> tokens, EventLexicon lex, List<Hit<Cue>> cues,
                                                List<Hit<List<Preposition>>> prepositions, Hit<Trigger> t) {
        String word = MatchKeys.normalize(tokens.get(t.first()).surface());
        String verb = MatchKeys.normalize(t.value().phrase());
        if (t.first() != t.last() || !word.equals(verb) && lex.conjunctionPrefixes().stream().noneMatch(c -> word.equals(c + verb))) return false;
        int next = t.last() + 1;
        for (Hit<Cue> c : cues) if (c.first() == next && c.last() == next && c.value().kind().equals(DURING_CUE)) next = c.last() + 1;
        int partner = next;
        if (partner >= tokens.size() || lex.hasPronounSuffix(tokens.get(partner).surface())) return false;
        return prepositions.stream().anyMatch(p -> p.first() == partner
                && p.value().stream().anyMatch(r -> r.givesParticipant(t.value().type())));
    }

    /** The word opens the sentence, or the clause after its dateline or a colon. */
    private static boolean opensAClause(List<Token> tokens, int word) {
        return word == 0 || CLAUSE_OPENERS.contains(tokens.get(word - 1).surface());
    }

    /**
     * "ما وصفته بالعدوان", "what it called aggression": a naming verb after a free relative (its subject pronoun
     * between, in English) names, it reports nothing.
     */
    private static boolean namesAfterAFreeRelative(CuesByKind cues, Hit<Trigger> t) {
        if (!t.value().flags().contains("naming")) return false;
        int relative = cues.any(PRONOUN_CUE, c -> c.last() == t.first() - 1) ? t.first() - 2 : t.first() - 1;
        return cues.any("free-relative", c -> c.last() == relative);
    }

    /**
     * "رفض المتحدث باسم الخارجية التعليق على التقرير", "The White House refused to comment", "refused to confirm the
     * report": a refusal whose object is saying something (a "withheld" cue in its clause, past its subject, with no
     * event noun between, which would be what is refused) withholds an answer; it rejects nothing.
     */
    private static boolean refusalToSay(List<Token> tokens, List<Hit<Trigger>> hits, List<Hit<Cue>> cues, Hit<Trigger> t) {
        if (t.value().type() != EventType.Rejection || !t.value().verb()) return false;
        return cuesInTheClauseAfter(tokens, cues, WITHHELD, t.last(), WORDS_BEFORE_WHAT_IS_WITHHELD)
                .anyMatch(c -> hits.stream().noneMatch(h -> !h.value().verb() && h.first() > t.last() && h.first() < c.first()));
    }

    /**
     * "أجرى الوزير اتصالات مع نظرائه" (made calls with his counterparts): a noun flagged "light-verb-object" reports
     * its event only as the object of a light verb before it in its sentence, with no other event word between; bare,
     * it names something else ("وزارة الاتصالات" the ministry of telecommunications, "مواصلة الاتصالات" keeping in touch).
     */
    private static boolean objectOfALightVerb(CuesByKind cues, List<Hit<Trigger>> triggers, Hit<Trigger> t) {
        return cues.any("light-verb", c -> c.last() < t.first()
                && triggers.stream().noneMatch(o -> o.first() > c.last() && o.last() < t.first()));
    }

    /**
     * "اتصلت ميلوني هاتفيا بالرئيس" (called by phone): a noun flagged "manner" after a verb of its own event in its
     * clause says how that verb's event was done; read as an event of its own, it would take the verb's object.
     */
    private static boolean mannerOfItsVerb(List<Token> tokens, List<Hit<Trigger>> triggers, Hit<Trigger> t) {
        return triggers.stream().anyMatch(v -> v.value().verb() && v.value().type() == t.value().type() && v.last() < t.first()
                && tokens.subList(v.last() + 1, t.first()).stream().noneMatch(Token::isPunct));
    }

    /**
     * "وتباحث بوتين وأردوغان هاتفيا", "وبحث الرئيس هاتفيا مع نظيره": a manner noun in a meeting verb's clause, after its
     * subject, says the talks were held that way: the verb tells an event of the manner's type, a call.
     */
    private static Optional<Hit<Trigger>> mannerAfter(List<Token> tokens, List<Hit<Trigger>> triggers, Hit<Trigger> v) {
        if (!v.value().verb() || v.value().type() != EventType.Meeting) return Optional.empty();
        return triggers.stream().filter(m -> m.value().flags().contains("manner") && m.first() > v.last() && m.first() - v.last() <= MANNER_REACH
                && tokens.subList(v.last() + 1, m.first()).stream().noneMatch(Token::isPunct)).findFirst();
    }

    /** Cues of these kinds at most {@code reach} tokens after token {@code last}, with no punctuation between: in its clause. */
    private static Stream<Hit<Cue>> cuesInTheClauseAfter(List<Token> tokens, List<Hit<Cue>> cues, Set<String> kinds, int last, int reach) {
        return cues.stream().filter(c -> kinds.contains(c.value().kind()) && c.first() > last && c.first() - last <= reach
                && tokens.subList(last + 1, c.first()).stream().noneMatch(Token::isPunct));
    }

    /**
     * "prisoners of war", "war crimes", "مجلس الحرب" (the war cabinet): a trigger word inside a compound that names
     * people or a thing, inside a counted noun, or inside "طرفا النزاع" (the two parties of the conflict), which points
     * back to the parties, modifies it and reports no event.
     */
    private static boolean insideANameOfAThing(List<Hit<Cue>> cues, Hit<Trigger> t) {
        for (int i = 0; i < cues.size(); i++) {
            Hit<Cue> c = cues.get(i);
            if (c.first() <= t.first() && t.last() <= c.last()
                    && (NAMING_CUES.contains(c.value().kind()) || c.value().kind().startsWith("quantity"))) return true;
        }
        return false;
    }

    /**
     * "التقى أردوغان بايدن على هامش قمة مجموعة العشرين" (on the sidelines of the G20 summit): the gathering a "setting"
     * cue reaches is where the sentence's event took place, not a second event the sentence reports. A trip is both
     * ("على هامش زيارته إلى الدوحة", on the sidelines of his visit to Doha): the visit took place as well.
     */
    private static boolean settingOfAnotherEvent(CuesByKind cues, Hit<Trigger> t) {
        return !t.value().verb() && !SharedArguments.TRIPS.contains(t.value().type()) && cues.any("setting", c -> c.value().reaches(c.last(), t.first()));
    }

    /**
     * The prepositions of the sentence, where a participle that opens one ("talks hosted by Oman") is a passive verb
     * when a clause auxiliary comes right before it and no event noun before that ("Blinken was hosted by the crown
     * prince", not "the talks were hosted by Oman"): the verb then reports the event, and its "by" alone names the agent.
     */
    private static List<Hit<List<Preposition>>> passiveVerbsFreed(List<Token> tokens, EventLexicon lex, List<Hit<Trigger>> hits) {
        var prepositions = new ArrayList<>(lex.prepositions().find(tokens));
        for (int n = 0; n < prepositions.size(); n++) {
            Hit<List<Preposition>> p = prepositions.get(n);
            if (p.last() > p.first() && lex.auxiliaryBefore(tokens, p.first()) && opensAPassiveVerb(hits, p.first())) {
                Hit<List<Preposition>> agent = lex.prepositions().longestAt(tokens, p.last());
                if (agent != null && agent.last() == p.last()) prepositions.set(n, agent);
            }
        }
        return prepositions;
    }

    /** A verb trigger starts at the token, and no event noun ends two tokens before it. */
    private static boolean opensAPassiveVerb(List<Hit<Trigger>> hits, int token) {
        boolean verbStarts = false;
        for (Hit<Trigger> t : hits) {
            if (t.last() == token - 2 && !t.value().verb()) return false;
            if (t.first() == token && t.value().verb()) verbStarts = true;
        }
        return verbStarts;
    }

    /**
     * "أشاد الوزير بالوساطة القطرية بين…": after a verb of praising, whose object follows ب, a mediation written with
     * that ب is what is praised, the talks' own noun, not a preposition naming a mediator of another event.
     */
    private static List<Hit<List<Preposition>>> praisedMediationsFreed(CuesByKind cues, List<Hit<List<Preposition>>> prepositions) {
        if (cues.of(PRAISED_CUE).isEmpty()) return prepositions;
        return prepositions.stream().filter(p -> !(p.first() == p.last() && p.value().stream().allMatch(r -> r.role().equals(MEDIATOR_ROLE))
                && cues.any(PRAISED_CUE, c -> c.value().reaches(c.last(), p.first())))).toList();
    }

    /**
     * "Under the deal, Israel will withdraw its troops", "under the agreement, the crossings are to reopen": the deal
     * noun a "provision" cue reaches is the deal the story already told, whose terms the sentence spells out, no new
     * deal. A term that is itself an event ("under the agreement, Hamas is to release 20 hostages") keeps the noun,
     * which hands that event the deal's sides.
     */
    private static boolean termsOfAToldDeal(CuesByKind cues, List<Hit<Trigger>> hits, Hit<Trigger> t) {
        if (t.value().verb() || !DEALS.contains(t.value().type()) || !cues.any("provision", c -> c.value().reaches(c.last(), t.first()))) return false;
        return hits.stream().noneMatch(h -> h != t && !DEALS.contains(h.value().type()) && h.value().type() != EventType.Statement);
    }

    /**
     * "on Monday, the third anniversary of Russia's invasion", "to mark the anniversary of the war": the event
     * noun a "landmark" cue reaches is a past event the sentence measures time by, not one it reports on its date.
     */
    private static boolean landmarkOfTime(CuesByKind cues, Hit<Trigger> t) {
        return !t.value().verb() && cues.any("landmark", c -> c.value().reaches(c.last(), t.first()));
    }

    /**
     * "held their first talks since the invasion on Monday", "the highest-level meeting since the war": the event noun
     * a "since" measures a superlative against (a yardstick cue before the "since") is a landmark long past, no event
     * the sentence reports; a weekday or "today" after it dates the talks, not the landmark. A landmark the text
     * dates itself in its clause ("since the 2006 war", "since the war began in February 2022", "since their
     * summit in California in November", "since the war began with Hamas' Oct. 7 attack") stays an event of its own
     * date; a genitive mark on the way is no punctuation that ends the clause.
     */
    private static boolean yardstickLandmark(List<Token> tokens, CuesByKind cues, List<TimedSpan> timed, Hit<Trigger> t) {
        if (t.value().verb()) return false;
        Hit<Cue> since = cues.of("anterior").stream().filter(c -> c.last() < t.first() && c.value().reaches(c.last(), t.first()))
                .reduce((a, b) -> b).orElse(null);
        if (since == null || cues.all().stream().noneMatch(c -> DateOwners.measuresFrom(c, since))) return false;
        return timed.stream().noneMatch(span -> span.first() > since.last() && span.first() < t.first()
                || span.first() > t.last() && !DateOwners.dayOfTheStory(span)
                        && tokens.subList(t.last() + 1, span.first()).stream().noneMatch(tok -> tok.isPunct() && !Genitives.isMark(tok.surface())));
    }

    /**
     * "Xi received Blinken, the first time the Chinese leader has met a U.S. secretary of state since 2018": a verb
     * between a yardstick cue and the "since" it measures from tells the record the sentence's event sets, not an
     * event of its own (nor one of the "since" date).
     */
    private static boolean recordOfAYardstick(CuesByKind cues, Hit<Trigger> t) {
        return t.value().verb() && cues.any("anterior", since -> since.first() > t.last()
                && cues.all().stream().anyMatch(c -> c.last() < t.first() && DateOwners.measuresFrom(c, since)));
    }

    /**
     * "laying the groundwork for Wednesday's summit", "to lay the groundwork for a meeting of their leaders": the event
     * noun a "groundwork" cue reaches is a later event the sentence's act prepares, not one the sentence reports.
     */
    private static boolean preparedFor(List<Hit<Cue>> cues, Hit<Trigger> t) {
        return !t.value().verb() && PrepositionalArguments.preparedFor(cues, t.first());
    }

    /**
     * "The war began when Hamas-led militants attacked southern Israel on Oct. 7": the attack an "onset" cue reaches is
     * how the war began, which its date and sides tell, not a second event the sentence reports.
     */
    private static boolean onsetOfAnotherEvent(CuesByKind cues, Hit<Trigger> t) {
        return t.value().type() == EventType.MilitaryOperation && cues.any("onset", c -> c.value().reaches(c.last(), t.first()));
    }

    /**
     * "Hamas's October 7, 2023 attack on Israel", "the Oct. 7 attacks": a noun flagged dated is an event only when a
     * calendar date premodifies it, a few words before it with no punctuation between; "a verbal attack on the court"
     * tells none.
     */
    private static boolean datedRightBefore(List<Token> tokens, List<TimedSpan> timed, Hit<Trigger> t) {
        return timed.stream().anyMatch(span -> span.calendar() && span.last() < t.first()
                && t.first() - span.last() <= SentenceFacts.MODIFIERS_BEFORE_NOUN
                && tokens.subList(span.last() + 1, t.first()).stream().noneMatch(Token::isPunct));
    }

    /**
     * "Erdan dismissed the council's focus on aid mechanisms as detached from reality": a verb flagged described-as,
     * with "as" after its object in its clause, says what its subject calls the thing, a statement; without it
     * ("Israel dismissed the declaration within hours") it rejects the thing.
     */
    private static boolean describedAs(List<Token> tokens, List<Hit<Cue>> cues, Hit<Trigger> t) {
        for (int k = t.last() + 2; k < tokens.size() && k - t.last() <= DESCRIBED_AS_REACH; k++) {
            if (tokens.get(k).isPunct()) return false;
            int word = k;
            if (cues.stream().anyMatch(c -> c.first() == word && c.value().kind().equals(AS_CUE))) return true;
        }
        return false;
    }

    /**
     * "said it was ready to accept the U.S. proposal", "expressed readiness to accept": a bare verb flagged
     * after-readiness reports its event only right after a cue of readiness, which makes accepting an offer of it;
     * elsewhere the bare form is what someone is asked, refuses or has yet to do ("urged Hamas to accept", "refused to accept").
     */
    private static boolean readinessRightBefore(CuesByKind cues, Hit<Trigger> t) {
        return cues.any("irrealis", c -> c.last() == t.first() - 1 && "readiness".equals(c.value().value()));
    }

    /**
     * "spoke with Egyptian Foreign Minister Badr Abdelatty" is a call, "spoke with reporters" none: a trigger flagged
     * actor-object reports an event only when an actor is named right after it, articles and possessives aside.
     */
    private static boolean actorRightAfter(List<Token> tokens, EventLexicon lex, List<Hit<Cue>> cues, List<ActorPhrase> phrases, int last) {
        int object = objectStart(tokens, lex, cues, last);
        return phrases.stream().anyMatch(p -> p.first() == object && !p.isPlace());
    }

    /**
     * "Iran called Netanyahu a war criminal", "called Hamas \"terrorists\"", "called Israel's strikes a crime", "called
     * Israeli strikes": a naming verb whose actor object is a bare demonym, owns what follows or is followed by a noun
     * phrase of its own (an indefinite article, a quotation, a determiner that opens no time) names; "called Netanyahu on
     * Sunday" calls him.
     */
    private static boolean namedNotAddressed(List<Token> tokens, EventLexicon lex, List<Hit<Cue>> cues, List<ActorPhrase> phrases,
            BitSet timeTokens, int last) {
        int object = objectStart(tokens, lex, cues, last);
        ActorPhrase named = phrases.stream().filter(p -> p.first() == object).findFirst().orElse(null);
        if (named == null) return false;
        if (named.isBareDemonym() || Genitives.owns(tokens, named.last())) return true;
        int next = named.last() + 1;
        if (next >= tokens.size() || timeTokens.get(next)) return false;
        String word = tokens.get(next).surface();
        return lex.isIndefiniteArticle(word) || lex.isDeterminer(word) || tokens.get(next).isQuotationMark();
    }

    /**
     * "called Netanyahu a war criminal", "called the Paris talks \"constructive\"", "called it \"a reflection of …\"":
     * a naming verb names when its actor object is named rather than reached, or when a quotation follows a short
     * object (an article may open the quotation); it then says what its subject calls the object. A preposition or
     * another cue on the word after the verb opens no object: "called for restraint and \"avoiding escalation\"" names nothing.
     */
    private static boolean names(List<Token> tokens, EventLexicon lex, List<Hit<Cue>> cues, List<Hit<List<Preposition>>> prepositions,
                                 List<ActorPhrase> phrases, BitSet timeTokens, int last) {
        if (namedNotAddressed(tokens, lex, cues, phrases, timeTokens, last)) return true;
        int next = last + 1;
        boolean opensAnObject = cues.stream().filter(c -> c.first() <= next && c.last() >= next).allMatch(c -> OBJECT_OPENERS.contains(c.value().kind()))
                && prepositions.stream().noneMatch(p -> p.first() == next);
        if (!opensAnObject) return false;
        for (int k = last + 2; k < tokens.size() && k - last <= NAMED_OBJECT_REACH + 1; k++) {
            if (tokens.get(k).isQuotationMark()) return true;
            if (!tokens.get(k).isWord()) return false;
        }
        return false;
    }

    /**
     * "Secretary Rubio spoke today with Foreign Minister Fidan", "Biden spoke on Thursday with Netanyahu": a readout's
     * call told by the bare verb, a time (and the word that opens it) or an adverb between it and its "with". A verb
     * flagged with-actor reports the event only when a participant preposition of its type follows past them and an
     * actor is named right after that ("spoke today to reporters", "spoke on Monday at a news conference" name none).
     * A place its preposition governs may stand between too ("a joint news conference in Cairo with Tebboune").
     */
    private static boolean actorAfterItsWith(List<Token> tokens, EventLexicon lex, List<Hit<Cue>> cues,
            List<Hit<List<Preposition>>> prepositions, BitSet timeTokens, List<ActorPhrase> phrases, Hit<Trigger> verb) {
        int next = pastTimesAndAdverbs(tokens, cues, timeTokens, verb.last() + 1);
        int placeEnd = placeGovernedAt(prepositions, phrases, next);
        if (placeEnd < 0) placeEnd = placeAdjunctEnd(tokens, prepositions, phrases, next);
        if (placeEnd >= 0) next = pastTimesAndAdverbs(tokens, cues, timeTokens, placeEnd + 1);
        int with = next;
        // "at a joint news conference at his official residence, flanked by Hun Manet": a participle phrase set off by a comma
        int setOff = next < tokens.size() && Groups.isComma(tokens.get(next).surface()) ? next + 1 : -1;
        return prepositions.stream().filter(p -> (p.first() == with || p.first() == setOff && p.last() > p.first())
                        && p.value().stream().anyMatch(r -> r.givesParticipant(verb.value().type())))
                .anyMatch(p -> actorRightAfter(tokens, lex, cues, phrases, p.last()));
    }

    /**
     * "at his official residence", "in the presidential palace": a place preposition at the token and the few words of
     * a place no gazetteer names after it, up to a comma or another preposition: the adjunct's last token; else -1.
     */
    private static int placeAdjunctEnd(List<Token> tokens, List<Hit<List<Preposition>>> prepositions, List<ActorPhrase> phrases, int token) {
        Hit<List<Preposition>> place = prepositions.stream().filter(p -> p.first() == token
                && p.value().stream().anyMatch(r -> r.role().equals(PLACE_ROLE))).findFirst().orElse(null);
        if (place == null) return -1;
        int k = place.last() + 1;
        while (k < tokens.size() && k - place.last() <= PLACE_ADJUNCT_WORDS && tokens.get(k).isWord()
) {
            int at = k;
            if (phrases.stream().anyMatch(a -> !a.isPlace() && a.first() <= at && at <= a.last())) return -1;
            if (prepositions.stream().anyMatch(p -> p.first() == at)) break;
            k++;
        }
        return k > place.last() + 1 ? k - 1 : -1;
    }

    /** The first token from {@code from} on that is no part of a time (or the word opening one) and no adverb. */
    private static int pastTimesAndAdverbs(List<Token> tokens, List<Hit<Cue>> cues, BitSet timeTokens, int from) {
        int next = from;
        while (next < tokens.size() && (timeTokens.get(next) || timeTokens.get(next + 1) || adverbAt(cues, next))) next++;
        return next;
    }

    /** "in Cairo", "in Washington": where a preposition at the token governs a place right after it, the place's last token; else -1. */
    private static int placeGovernedAt(List<Hit<List<Preposition>>> prepositions, List<ActorPhrase> phrases, int token) {
        return prepositions.stream().filter(p -> p.first() == token).flatMap(p -> phrases.stream()
                .filter(a -> a.first() == p.last() + 1 && a.canBePlace())).mapToInt(ActorPhrase::last).findFirst().orElse(-1);
    }

    /**
     * "Israel struck targets in Rafah" is an attack, "Egypt struck a deal with Hamas" and "the deal was struck in Doha"
     * an agreement: a verb flagged light-before-event is only the light verb of an event noun that is its object
     * (articles and one modifier aside) or stands right before it with words but no actor between (a passive, a participle).
     */
    private static boolean eventNounAround(List<Token> tokens, EventLexicon lex, List<Hit<Trigger>> triggers, List<ActorPhrase> phrases,
            Hit<Trigger> verb) {
        int object = verb.last() + 1;
        while (object < tokens.size() && lex.isDeterminer(tokens.get(object).surface())) object++;
        int reach = object + 1;
        return triggers.stream().filter(t -> !t.value().verb()).anyMatch(t -> t.first() > verb.last() && t.first() <= reach
                || t.last() < verb.first() && verb.first() - t.last() <= PASSIVE_REACH
                        && tokens.subList(t.last() + 1, verb.first()).stream().allMatch(Token::isWord)
                        && phrases.stream().noneMatch(p -> p.first() > t.last() && p.last() < verb.first()));
    }

    /**
     * "the General Assembly demanded a ceasefire by 153 votes to 10": a verb that says what a body wants is a
     * resolution it passed only when the clause counts the votes after it; "the Assembly demanded answers" is not one.
     */
    private static boolean voteCountedAfter(List<Hit<Cue>> cues, int verb) {
        return cues.stream().anyMatch(c -> c.first() > verb && c.value().kind().equals(QUANTITY_CUE)
                && VOTE_COUNTS.contains(c.value().value()));
    }

    /**
     * "Israel struck Hezbollah targets in southern Lebanon" names what it hit; "Madrid struck when it mattered" does
     * not: a verb flagged target-object is an attack only with a place or an actor named soon after it, no comma between.
     */
    private static boolean targetNamedAfter(List<Token> tokens, List<ActorPhrase> phrases, int last) {
        int end = Math.min(tokens.size(), last + 1 + TARGET_REACH);
        int stop = last + 1;
        while (stop < end && !tokens.get(stop).isPunct()) stop++;
        int clauseEnd = stop;
        return phrases.stream().anyMatch(p -> p.first() > last && p.first() < clauseEnd);
    }

    /**
     * "the killing of Hamas leader Yahya Sinwar by Israeli forces", "Sinwar was killed by Israeli forces" is an attack of
     * those forces; "the war has killed thousands", "three people were killed" name no one who attacks: a verb or noun
     * flagged by-agent reports an event only with a "by" and an actor right after it later in its clause.
     */
    private static boolean agentNamedByAfter(List<Token> tokens, EventLexicon lex, List<Hit<Cue>> cues,
            List<Hit<List<Preposition>>> prepositions, List<ActorPhrase> phrases, int last) {
        return prepositions.stream().filter(p -> p.first() > last && p.first() - last <= KILLER_REACH
                        && tokens.subList(last + 1, p.first()).stream().allMatch(Token::isWord)
                        && p.value().stream().anyMatch(r -> r.role().equals("principal")))
                .anyMatch(p -> actorRightAfter(tokens, lex, cues, phrases, p.last()));
    }

    /**
     * "أطلقت إيران نحو 180 صاروخا على إسرائيل" is an attack; "أطلقت مصر مبادرة" and "أطلق الطرفان سراح" are not: a verb
     * flagged munition-object reports an attack only with something fired (a munition cue) after it in its clause, past
     * its subject, a count and a time ("في الأول من أكتوبر/ تشرين الأول", whose words and slash do not count).
     */
    private static boolean munitionFiredAfter(List<Token> tokens, List<Hit<Cue>> cues, BitSet timeTokens, int last) {
        return cuesInTheClausePastTimes(tokens, cues, Set.of("munition"), timeTokens, last, MUNITION_REACH).findAny().isPresent();
    }

    /** As {@link #cuesInTheClauseAfter}, a date or time between ("تبادل الجانبان يوم الأحد التهاني") aside. */
    private static Stream<Hit<Cue>> cuesInTheClausePastTimes(List<Token> tokens, List<Hit<Cue>> cues, Set<String> kinds,
            BitSet timeTokens, int last, int reach) {
        return cues.stream().filter(c -> kinds.contains(c.value().kind()) && c.first() > last
                && IntStream.range(last + 1, c.first()).filter(k -> !timeTokens.get(k)).count() <= reach
                && IntStream.range(last + 1, c.first()).noneMatch(k -> !timeTokens.get(k) && tokens.get(k).isPunct()));
    }

    /**
     * "تبادل الجانبان وجهات النظر", "تبادلت إسرائيل وحزب الله إطلاق النار", "the two sides exchanged accusations": an
     * exchange flagged thing-object whose clause names, right after it or past its subject, something other than
     * captives that changes hands (an exchanged-thing or document cue) is no swap of prisoners.
     */
    private static boolean thingExchangedAfter(List<Token> tokens, List<Hit<Cue>> cues, List<Hit<Trigger>> triggers,
            BitSet timeTokens, int last) {
        // "تبادل الأسرى ووقف إطلاق النار": fire that a ceasefire stops is part of that noun, not a thing exchanged.
        return cuesInTheClausePastTimes(tokens, cues, EXCHANGED_THINGS, timeTokens, last, EXCHANGED_THING_REACH)
                .anyMatch(c -> triggers.stream().noneMatch(t -> t.first() <= c.first() && c.last() <= t.last()));
    }

    /**
     * "نقل الوسطاء الرسائل بين حماس وإسرائيل", "ينقل المبعوث رسائل بين الطرفين": a verb flagged message-object mediates
     * only when what it carries, right after it or past its subject, is what two sides exchange (an exchanged-thing
     * cue); "نقلت رويترز عن مسؤول" (Reuters quoted) and "نقل الجرحى" (the wounded were moved) relay no messages.
     */
    private static boolean messagesRelayedAfter(List<Token> tokens, List<Hit<Cue>> cues, int last) {
        return cuesInTheClauseAfter(tokens, cues, RELAYED_THINGS, last, EXCHANGED_THING_REACH).findAny().isPresent();
    }

    /**
     * "Turkey, which hosts around 3 million Syrian refugees", "Jordan hosted thousands of migrants": a verb flagged
     * sheltering reports no meeting when people or forces a state takes in (a sheltered cue) head its object, with no
     * event noun between ("hosted talks on refugees" is still a meeting).
     */
    private static boolean peopleSheltered(List<Token> tokens, List<Hit<Cue>> cues, List<Hit<Trigger>> triggers, int last) {
        return cuesInTheClauseAfter(tokens, cues, Set.of("sheltered"), last, SHELTERED_REACH)
                .anyMatch(c -> triggers.stream().noneMatch(t -> t.first() > last && t.last() < c.first()));
    }

    /**
     * "received French President Emmanuel Macron" hosts a guest; "received the U.S. proposal", "had received a letter
     * from Zelenskiy" take delivery of a thing: a verb flagged receipt reports no meeting when an event noun or a
     * document noun heads its object, articles, possessives and up to two modifiers aside; or when a quotation opens
     * its object ("had received \"a proper slap down\"", "received 'assurances'"): words quoted are received, no guest.
     */
    private static boolean thingReceived(List<Token> tokens, EventLexicon lex, List<Hit<Cue>> cues, List<Hit<Trigger>> triggers,
            Hit<Trigger> verb) {
        if (quotationRightAfter(tokens, verb.last())) return true;
        int object = objectStart(tokens, lex, cues, verb.last());
        int end = Math.min(tokens.size(), object + RECEIPT_REACH + 1);
        for (int k = object; k < end && !tokens.get(k).isPunct(); k++) {
            int head = k;
            boolean document = cues.stream().anyMatch(c -> c.first() == head && c.value().kind().equals(DOCUMENT_CUE));
            if (document || triggers.stream().anyMatch(t -> t.first() == head && !t.value().verb())) return true;
        }
        return false;
    }

    /** A quotation mark, double or single ("received 'assurances'"), right after the token, opening its object. */
    private static boolean quotationRightAfter(List<Token> tokens, int last) {
        if (last + 1 >= tokens.size()) return false;
        Token next = tokens.get(last + 1);
        return next.isQuotationMark() || next.isPunct() && SINGLE_QUOTES.contains(next.surface());
    }

    /**
     * Where the object after a verb ending at {@code last} starts, articles, possessives and the "both" that opens a
     * pair ("spoke to both Biden and Zelenskiy") aside.
     */
    private static int objectStart(List<Token> tokens, EventLexicon lex, List<Hit<Cue>> cues, int last) {
        int word = last + 1;
        while (word < tokens.size() && (lex.isDeterminer(tokens.get(word).surface()) || possessiveAt(cues, word)
                || pairOpenerAt(cues, word) || visitorAt(cues, word))) word++;
        return word;
    }

    /** "visiting" before a name ("met visiting Prime Minister Rutte"): a modifier of the person, who is the object. */
    private static boolean visitorAt(List<Hit<Cue>> cues, int token) {
        return cues.stream().anyMatch(c -> c.first() == token && c.last() == token && c.value().kind().equals(VISITOR_CUE));
    }

    /** "both" on its own (a dual pronoun cue), not "both sides" or "both leaders", which name the pair themselves. */
    private static boolean pairOpenerAt(List<Hit<Cue>> cues, int token) {
        return cues.stream().anyMatch(c -> c.first() == token && c.last() == token
                && c.value().kind().equals(DUAL_CUE) && PRONOUN_CUE.equals(c.value().value()));
    }

    /**
     * "welcomed Emir Sheikh Tamim bin Hamad Al Thani to the White House" receives a guest; "welcomed the deal",
     * "welcomed Egypt's co-hosting", "welcomed Sisi's remarks" speak: a verb flagged guest-object hosts a meeting when a
     * person, no owner of what follows, is named right after it. So too "spoke to Putin by phone" calls him, where "spoke
     * to reporters", "spoke to Reuters" and "spoke to Putin's spokesman" name no leader spoken to (person-object).
     */
    private static boolean personRightAfter(List<Token> tokens, EventLexicon lex, List<Hit<Cue>> cues, List<ActorPhrase> phrases, int last) {
        int object = objectStart(tokens, lex, cues, last);
        return phrases.stream().anyMatch(p -> p.first() == object && p.isPerson() && !Genitives.owns(tokens, p.last()));
    }

    /**
     * "Macron was welcomed by Sisi at Cairo airport": the same verb in the passive, a person right before its auxiliary
     * (or an "and" that coordinates it with a verb of that person) and a person as its "by" agent, receives a guest; "the decision was welcomed by Hamas" is still a reaction.
     */
    private static boolean guestWelcomedByAPerson(List<Token> tokens, EventLexicon lex, List<Hit<Cue>> cues,
            List<Hit<List<Preposition>>> prepositions, List<ActorPhrase> phrases, Hit<Trigger> verb) {
        if (!lex.auxiliaryBefore(tokens, verb.first())) return false;
        // "Tebboune, who flew into Cairo … and was welcomed at the airport by Sisi": a coordinated verb shares that person
        boolean guestBefore = phrases.stream().anyMatch(p -> p.last() == verb.first() - 2 && p.isPerson())
                || verb.first() > 1 && lex.isCoordinator(tokens.get(verb.first() - 2).surface());
        Hit<List<Preposition>> by = PassiveAgents.agentAfter(tokens, prepositions, phrases, verb.last());
        return guestBefore && by != null && personRightAfter(tokens, lex, cues, phrases, by.last());
    }

    private static boolean possessiveAt(List<Hit<Cue>> cues, int token) {
        return cues.stream().anyMatch(c -> c.first() == token && c.value().kind().equals("possessive"));
    }

    /** "also", "later", "again": a word of an adverb cue, which stands inside a verb's frame without breaking it. */
    private static boolean adverbAt(List<Hit<Cue>> cues, int token) {
        return cues.stream().anyMatch(c -> c.first() <= token && token <= c.last() && c.value().kind().startsWith("adverb"));
    }

    /**
     * "عقد الوفدان جولة جديدة من المفاوضات", "الجولة الرابعة من مفاوضات السلام": a tour noun whose partitive "of" (a
     * count-of cue, its adjectives before it) opens talks names a round of those talks, not a trip: one trigger of the
     * talks, from the round noun on, so the round's subject and date are the talks'.
     */
    private static ArrayList<Hit<Trigger>> roundsOfTalks(List<Token> tokens, List<Hit<Cue>> cues, List<Hit<Trigger>> triggers) {
        var out = new ArrayList<Hit<Trigger>>(triggers.size());
        for (int n = 0; n < triggers.size(); n++) {
            Hit<Trigger> round = triggers.get(n);
            Hit<Trigger> talks = n + 1 < triggers.size() ? triggers.get(n + 1) : null;
            if (talks != null && roundOf(tokens, cues, round, talks)) {
                out.add(new Hit<>(round.first(), talks.last(), talks.value()));
                n++;
            } else {
                out.add(round);
            }
        }
        return out;
    }

    private static boolean roundOf(List<Token> tokens, List<Hit<Cue>> cues, Hit<Trigger> round, Hit<Trigger> talks) {
        Trigger r = round.value();
        Trigger t = talks.value();
        boolean talksNoun = !t.verb() && (t.type() == EventType.Negotiation || t.flags().contains("negotiation-when-mediated"));
        int gap = talks.first() - round.last() - 1;
        if (r.type() != EventType.Tour || r.verb() || !talksNoun || gap < 1 || gap > ROUND_REACH) return false;
        if (tokens.subList(round.last() + 1, talks.first()).stream().anyMatch(tok -> !tok.isWord())) return false;
        return cues.stream().anyMatch(c -> c.last() == talks.first() - 1 && c.value().kind().equals("count-of"));
    }

    /** "Egypt's co-hosting", "Iran-backed": a verb form hyphened to the word before it ends a compound, no verb of its own. */
    private static boolean endsACompound(List<Token> tokens, Hit<Trigger> t) {
        int hyphen = t.first() - 1;
        if (!t.value().verb() || hyphen < 1 || !tokens.get(hyphen).surface().equals("-")) return false;
        return tokens.get(hyphen - 1).end() == tokens.get(hyphen).start() && tokens.get(hyphen).end() == tokens.get(t.first()).start();
    }

    private SentenceFacts facts(Sentence s, Language lang, ActorFinder actorFinder, SurnameMentions surnames, Discourse discourse,
                                Article article) {
        List<Token> tokens = s.tokens();
        EventLexicon lex = lang.events();
        var cues = lex.cues().find(tokens);
        var cuesByKind = new CuesByKind(cues);
        var hits = lex.triggers().find(tokens);
        var prepositions = praisedMediationsFreed(cuesByKind, passiveVerbsFreed(tokens, lex, hits));
        var timed = timedSpans(s, article, discourse, presentMainVerb(s, lex, hits));
        var prepositionTokens = new BitSet();
        prepositions.forEach(h -> prepositionTokens.set(h.first(), h.last() + 1));
        var reserved = (BitSet) prepositionTokens.clone();
        timed.forEach(t -> reserved.set(t.first(), t.last() + 1));
        var triggers = new ArrayList<Hit<Trigger>>();
        for (Hit<Trigger> hit : hits) {
            Hit<Trigger> t = verbalNounOf(tokens, lex, hit);
            if (!reserved.get(t.first()) && !isAdjectiveOfANounTrigger(tokens, t) && !isNounOfAVerbTrigger(tokens, lex, t)
                    && !isGivenNameKeyedAsAVerb(tokens, t)
                    && !endsACompound(tokens, t) && !namesAfterAFreeRelative(cuesByKind, t) && !insideANameOfAThing(cues, t)
                    && !refusalToSay(tokens, hits, cues, t)
                    && !settingOfAnotherEvent(cuesByKind, t) && !onsetOfAnotherEvent(cuesByKind, t) && !landmarkOfTime(cuesByKind, t)
                    && !preparedFor(cues, t)
                    && !termsOfAToldDeal(cuesByKind, hits, t)
                    && !yardstickLandmark(tokens, cuesByKind, timed, t) && !recordOfAYardstick(cuesByKind, t)
                    && !verbalNounInsideTheSentence(tokens, lex, cues, prepositions, t)) triggers.add(t);
        }
        triggers = roundsOfTalks(tokens, cues, triggers);
        List<Hit<Trigger>> reported = List.copyOf(triggers);
        triggers.removeIf(t -> pointsBackDuring(tokens, cuesByKind, reported, t));
        var withTriggers = (BitSet) reserved.clone();
        triggers.forEach(h -> withTriggers.set(h.first(), h.last() + 1));
        // Counted words and their "of" ("شؤون الأسرى", "Prisoners of War") and "نظيره" stay free to be part of names,
        // as do body nouns, heads of the names they point back to ("Egypt's foreign ministry").
        for (Hit<Cue> h : cues) {
            if (!COUNTING_CUES.contains(h.value().kind()) && !h.value().kind().equals(BODY_NOUN_CUE)
                    && !isBareHonorific(tokens, lex, h) && !isSingularOfADual(tokens, lex, h) && !isGivenNameKeyedAsACue(tokens, h)
                    && PointingBack.holdTheNamedPost(discourse.lastPair(), h, discourse)) withTriggers.set(h.first(), h.last() + 1);
        }
        var proxyNouns = new BitSet();
        cuesByKind.of(PROXY_CUES).forEach(c -> proxyNouns.set(c.first(), c.last() + 1));
        var determiners = new BitSet();
        for (int k = 0; k < tokens.size(); k++) if (lex.isDeterminer(tokens.get(k).surface())) determiners.set(k);
        var bodyNouns = new BitSet();
        for (Hit<Cue> c : cuesByKind.of(BODY_NOUN_CUE)) {
            if (c.first() == 0 || !lex.isIndefiniteArticle(tokens.get(c.first() - 1).surface())) bodyNouns.set(c.first());
        }
        var pronouns = new BitSet();
        cuesByKind.of(PRONOUN_CUE).forEach(c -> pronouns.set(c.first(), c.last() + 1));
        var personDescriptors = new BitSet();
        for (Hit<Cue> c : cuesByKind.of(DESCRIPTOR_CUE)) if (PERSON.equals(c.value().value())) personDescriptors.set(c.last());
        var pluralHeads = new HashMap<Integer, String>();
        cuesByKind.of(PLURAL_HEAD_CUE).forEach(c -> pluralHeads.put(c.last(), c.value().value()));
        var placePrepositions = new BitSet();
        for (Hit<List<Preposition>> h : prepositions) {
            if (h.value().stream().anyMatch(p -> p.role().equals(PLACE_ROLE))) placePrepositions.set(h.first(), h.last() + 1);
        }
        List<ActorPhrase> named = actorFinder.find(s, withTriggers, prepositionTokens,
                new ActorFinder.NounMarks(proxyNouns, determiners, bodyNouns, pronouns, placePrepositions, personDescriptors,
                        pluralHeads), discourse);
        List<ActorPhrase> phrases = new ArrayList<>(offices.apply(s, named));
        List<ActorPhrase> officeHolders = named.stream().filter(p -> p.isPerson() && !phrases.contains(p)).toList();
        phrases.removeIf(p -> isCreditLine(s, p));
        List<Hit<Trigger>> words = List.copyOf(triggers);
        phrases.replaceAll(p -> isDatelinePlace(tokens, words, p) ? p.asDateline() : p);
        var verbEnds = new BitSet();
        triggers.stream().filter(t -> t.value().verb()).forEach(t -> verbEnds.set(t.last()));
        phrases.addAll(surnames.find(s, phrases, withTriggers, verbEnds));
        phrases.addAll(possessedBodies.find(s, phrases, cues, prepositionTokens));
        phrases.sort(Comparator.comparingInt(ActorPhrase::first));
        triggers.removeIf(t -> overlapsAPhrase(phrases, t));
        var timeTokens = new BitSet();
        timed.forEach(t -> timeTokens.set(t.first(), t.last() + 1));
        triggers.replaceAll(t -> t.value().type() != EventType.Statement && t.value().flags().contains("naming")
                && names(tokens, lex, cues, prepositions, phrases, timeTokens, t.last()) ? new Hit<>(t.first(), t.last(), t.value().asNaming()) : t);
        triggers.replaceAll(t -> t.value().flags().contains("described-as") && describedAs(tokens, cues, t) ? new Hit<>(t.first(), t.last(), t.value().asNaming()) : t);
        dropFlagged(triggers, "actor-object", (found, t) -> !actorRightAfter(tokens, lex, cues, phrases, t.last()));
        dropFlagged(triggers, "person-object", (found, t) -> !personRightAfter(tokens, lex, cues, phrases, t.last()));
        dropFlagged(triggers, "medium-only", (found, t) -> cues.stream().noneMatch(c -> c.last() == t.last() && c.value().kind().equals("medium")));
        dropFlagged(triggers, "with-actor", (found, t) -> !actorAfterItsWith(tokens, lex, cues, prepositions, timeTokens, phrases, t));
        dropFlagged(triggers, "light-before-event", (found, t) -> eventNounAround(tokens, lex, found, phrases, t));
        dropFlagged(triggers, "target-object", (found, t) -> !targetNamedAfter(tokens, phrases, t.last()));
        dropFlagged(triggers, "dated", (found, t) -> !datedRightBefore(tokens, timed, t));
        dropFlagged(triggers, "after-readiness", (found, t) -> !readinessRightBefore(cuesByKind, t));
        dropFlagged(triggers, "by-agent", (found, t) -> !agentNamedByAfter(tokens, lex, cues, prepositions, phrases, t.last()));
        dropFlagged(triggers, "counted-vote", (found, t) -> !voteCountedAfter(cues, t.last()));
        dropFlagged(triggers, "attributive", (found, t) -> phrases.stream().anyMatch(p -> p.first() == t.last() + 1 && p.isPerson()));
        dropFlagged(triggers, "receipt", (found, t) -> thingReceived(tokens, lex, cues, found, t));
        dropFlagged(triggers, "sheltering", (found, t) -> peopleSheltered(tokens, cues, found, t.last()));
        dropFlagged(triggers, "munition-object", (found, t) -> !munitionFiredAfter(tokens, cues, timeTokens, t.last()));
        dropFlagged(triggers, "thing-object", (found, t) -> thingExchangedAfter(tokens, cues, found, timeTokens, t.last()));
        dropFlagged(triggers, "message-object", (found, t) -> !messagesRelayedAfter(tokens, cues, t.last()));
        dropFlagged(triggers, "light-verb-object", (found, t) -> !objectOfALightVerb(cuesByKind, found, t));
        List<Hit<Trigger>> beforeManner = List.copyOf(triggers);
        triggers.replaceAll(t -> mannerAfter(tokens, beforeManner, t).map(m -> new Hit<>(t.first(), t.last(), t.value().ofType(m.value().type()))).orElse(t));
        dropFlagged(triggers, "manner", (found, t) -> mannerOfItsVerb(tokens, found, t));
        List<Hit<Trigger>> read = List.copyOf(triggers);
        triggers.removeIf(t -> DecisionNouns.mereDecision(tokens, lex, cues, read, phrases, timeTokens, t));
        triggers.replaceAll(t -> t.value().flags().contains("guest-object") && (personRightAfter(tokens, lex, cues, phrases, t.last())
                || guestWelcomedByAPerson(tokens, lex, cues, prepositions, phrases, t)) ? new Hit<>(t.first(), t.last(), t.value().asHosting()) : t);
        List<Hit<Cue>> kept = withoutPronounsInNames(cues, phrases);
        return new SentenceFacts(s, triggers, kept, prepositions, phrases, timed, lex.ordinals().find(tokens), lex.numbers().find(tokens),
                capitals.find(tokens, phrases, cues, prepositions, lex), kept == cues ? cuesByKind : new CuesByKind(kept), officeHolders);
    }

    private static boolean overlapsAPhrase(List<ActorPhrase> phrases, Hit<Trigger> t) {
        for (ActorPhrase p : phrases) if (p.first() <= t.last() && t.first() <= p.last()) return true;
        return false;
    }

    /**
     * Drops the triggers with this flag that {@code drops} rejects, each judged against the triggers as they stood
     * before this step, so that the order of the triggers does not change which are dropped.
     */
    private static void dropFlagged(List<Hit<Trigger>> triggers, String flag, BiPredicate<List<Hit<Trigger>>, Hit<Trigger>> drops) {
        if (!anyFlagged(triggers, flag)) return;
        List<Hit<Trigger>> before = List.copyOf(triggers);
        triggers.removeIf(t -> t.value().flags().contains(flag) && drops.test(before, t));
    }

    private static boolean anyFlagged(List<Hit<Trigger>> triggers, String flag) {
        for (Hit<Trigger> t : triggers) if (t.value().flags().contains(flag)) return true;
        return false;
    }

    /** "Vice Premier He Lifeng said": a pronoun that opens a name is no subject pronoun. The list itself when none does. */
    private static List<Hit<Cue>> withoutPronounsInNames(List<Hit<Cue>> cues, List<ActorPhrase> phrases) {
        List<Hit<Cue>> kept = new ArrayList<>(cues.size());
        for (Hit<Cue> c : cues) if (!c.value().kind().equals(PRONOUN_CUE) || !insideAPhrase(phrases, c)) kept.add(c);
        return kept.size() == cues.size() ? cues : kept;
    }

    private static boolean insideAPhrase(List<ActorPhrase> phrases, Hit<Cue> c) {
        for (ActorPhrase p : phrases) if (p.first() <= c.first() && c.last() <= p.last()) return true;
        return false;
    }

    /**
     * "CAIRO, June 10 (Reuters) -", "الدوحة (الأناضول) -", "رام الله- وفا-", "غزة/ الأناضول/": the agency a dateline
     * credits, in parentheses before the dash or between its separators, wrote the article; the text does not name it
     * as an actor.
     */
    private boolean isCreditLine(Sentence s, ActorPhrase p) {
        List<Token> tokens = s.tokens();
        if (s.index() != 0 || p.first() == 0 || p.last() + 1 >= tokens.size()) return false;
        String before = tokens.get(p.first() - 1).surface();
        String after = tokens.get(p.last() + 1).surface();
        boolean parenthesized = before.equals("(") && after.equals(")") && p.last() + 2 < tokens.size()
                && DASHES.contains(tokens.get(p.last() + 2).surface());
        boolean betweenSeparators = gazetteer.isNewsAgency(p.slug()) && isDatelineSeparator(before) && isDatelineSeparator(after);
        return parenthesized || betweenSeparators;
    }

    /**
     * "الرياض (واس) - ذكرت الخارجية", "الدوحة - وذكرت", "CAIRO, June 10 (Reuters) -": the city that opens a sentence
     * and the dateline's dash or slash after it, with no event word between, is where the story was filed; it may
     * still be the place of the events of its sentence, but it does not stand for its state as an actor.
     */
    private static boolean isDatelinePlace(List<Token> tokens, List<Hit<Trigger>> triggers, ActorPhrase p) {
        if (!p.isPlace() || p.first() != 0) return false;
        for (int k = p.last() + 1; k < tokens.size() && k <= p.last() + DATELINE_REACH; k++) {
            int at = k;
            if (triggers.stream().anyMatch(t -> t.first() == at)) return false;
            if (isDatelineSeparator(tokens.get(k).surface())) return true;
        }
        return false;
    }

    static boolean isDatelineSeparator(String mark) {
        return DASHES.contains(mark) || mark.equals("/");
    }

    /** The state a place lies in, or the state itself. */
    private Optional<String> stateOf(String placeOrState) {
        if (placeOrState == null) return Optional.empty();
        return gazetteer.place(placeOrState).map(Place::country).or(() -> gazetteer.actor(placeOrState)
                .filter(a -> a.type() == ActorType.State).map(Actor::slug));
    }

    /** The state whose capital the place is ("AMMAN" is Jordan's), or null for another city or no place. */
    private String stateOfItsCapital(String place) {
        if (place == null) return null;
        return gazetteer.place(place).map(Place::country).filter(state -> gazetteer.capitalOf(state).filter(place::equals).isPresent())
                .orElse(null);
    }

    /**
     * The place the dateline names ("القاهرة- معا-", "CAIRO, June 10 (Reuters)"), as a gazetteer place or state. A
     * dateline names the city a story was filed from, so a state's name that is also a city's is the city ("عمان": Amman).
     */
    private String datelinePlace(Article article) {
        if (article.dateline() == null || article.dateline().isBlank()) return null;
        var dateline = new Article(article.id(), null, null, null, article.language(), null, null, article.dateline(), "", "dateline");
        return analyzer.analyze(dateline).sentences().stream()
                .flatMap(s -> gazetteer.match(s.tokens()).stream())
                .filter(hit -> hit.place() || gazetteer.actor(hit.slug()).map(a -> a.type() == ActorType.State).orElse(false))
                .map(hit -> hit.homograph() != null ? hit.homograph() : hit.slug())
                .findFirst().orElse(null);
    }

    /**
     * "تستضيف مسقط الجولة المقبلة السبت", "يلتقي الوزير نظيره الأحد": a present-tense event verb that opens the sentence
     * (or follows the dateline) tells news still to come, so its weekday is the next one; the char offset of that
     * verb in the sentence, else {@link TimeResolver#NO_MARK}. Speech verbs are left out: "يقول … إنه التقى … الأحد"
     * reports a past. A present verb inside the sentence ("قال إن الوزير يلتقي عادة …") may be habitual or reported.
     */
    private static int presentMainVerb(Sentence s, EventLexicon lex, List<Hit<Trigger>> hits) {
        List<Token> tokens = s.tokens();
        for (Hit<Trigger> t : hits) {
            if (opensAClause(tokens, t.first()) && t.value().type() != EventType.Statement && lex.isPresentVerb(t.value())) {
                return tokens.get(t.first()).start() - s.start();
            }
        }
        return TimeResolver.NO_MARK;
    }

    /**
     * "CAIRO, March 3 (Reuters) - … said on Sunday", "القاهرة - 3 مارس (رويترز) -", "الدوحة في 20 أغسطس /قنا/": a date
     * inside a dateline, before the agency it credits, dates the story, not an event of the sentence. It still sets
     * the last date that relative dates count from.
     */
    private static boolean datesTheStory(List<Token> tokens, int first, int last) {
        if (first > DATELINE_REACH) return false;
        int open = last + 1;
        if (open >= tokens.size() || !CREDIT_BRACKETS.containsKey(tokens.get(open).surface())) return false;
        String close = CREDIT_BRACKETS.get(tokens.get(open).surface());
        for (int k = open + 1; k <= Math.min(open + CREDIT_WORDS + 1, tokens.size() - 1); k++) {
            if (!tokens.get(k).surface().equals(close)) continue;
            return k > open + 1 && (close.equals("/") || k + 1 < tokens.size() && CLAUSE_OPENERS.contains(tokens.get(k + 1).surface()));
        }
        return false;
    }

    /**
     * "Secretary Blinken's Call with … / READOUT / JULY 31, 2024": each date line of the text (a line that is one date
     * and nothing else) and the heading lines right before it (lines without a sentence's closing stop) open a dispatch
     * of that day; the sentence indexes where one opens, with its day.
     */
    private Map<Integer, TimeValue> dispatchDates(Document doc) {
        var out = new HashMap<Integer, TimeValue>();
        List<Sentence> sentences = doc.sentences();
        for (int k = 0; k < sentences.size(); k++) {
            Sentence line = sentences.get(k);
            if (line.tokens().size() > DATE_LINE_TOKENS) continue;
            List<TimeMention> mentions = times.find(line.text(), doc.article().language(), doc.article().published(), null);
            if (!isDateLine(line, mentions)) continue;
            int first = k;
            while (first > 0 && isHeading(sentences.get(first - 1))) first--;
            out.put(first, mentions.getFirst().value());
        }
        return out;
    }

    private static boolean isHeading(Sentence s) {
        String text = s.text().strip();
        return !text.isEmpty() && !SENTENCE_STOPS.contains(text.substring(text.length() - 1));
    }

    /** A sentence that is one day-precise date and nothing else: "JULY 30, 2024", "March 3, 2025." */
    private static boolean isDateLine(Sentence s, List<TimeMention> mentions) {
        if (mentions.size() != 1) return false;
        TimeMention m = mentions.getFirst();
        if (m.kind() != TimeMention.Kind.DATE || m.value() == null || m.value().precision() != TimeValue.Precision.DAY) return false;
        String text = s.text();
        return isPunctuation(text.substring(0, m.start())) && isPunctuation(text.substring(m.end()));
    }

    private static boolean isPunctuation(String text) {
        return text.codePoints().allMatch(c -> Character.isWhitespace(c) || !Character.isLetterOrDigit(c));
    }

    private List<TimedSpan> timedSpans(Sentence s, Article article, Discourse discourse, int futureMark) {
        var out = new ArrayList<TimedSpan>();
        for (TimeMention m : times.find(s.text(), article.language(), discourse.today(), discourse.lastDate(), futureMark)) {
            int first = -1;
            int last = -1;
            for (Token t : s.tokens()) {
                int start = t.start() - s.start();
                int end = t.end() - s.start();
                if (first < 0 && end > m.start()) first = t.index();
                if (start < m.end()) last = t.index();
            }
            if (first >= 0 && last >= first && !datesTheStory(s.tokens(), first, last)) {
                out.add(new TimedSpan(first, last, m, times.writesACalendarDate(s.text().substring(m.start(), m.end()))));
            }
            if (m.value() != null && m.kind() != TimeMention.Kind.DURATION) discourse.lastDate(m.until() != null ? m.until() : m.value());
        }
        return out;
    }
}
