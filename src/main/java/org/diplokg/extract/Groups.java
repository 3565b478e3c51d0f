package org.diplokg.extract;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.diplokg.lexicon.Cue;
import org.diplokg.lexicon.EventLexicon;
import org.diplokg.lexicon.PhraseIndex.Hit;
import org.diplokg.lexicon.Preposition;
import org.diplokg.lexicon.Trigger;
import org.diplokg.model.ActorType;
import org.diplokg.text.MatchKeys;
import org.diplokg.text.Token;

/**
 * The actor phrases of one stretch of a sentence, joined into coordinated groups ("قطر ومصر والولايات المتحدة",
 * "Egypt, Qatar and the United States"): an argument slot takes a whole group.
 */
final class Groups {
    /** Phrases joined by coordinators; {@code first}/{@code last} are token indexes. */
    record Group(List<ActorPhrase> phrases) {
        int first() { return phrases.getFirst().first(); }

        int last() { return phrases.getLast().last(); }

        boolean allPlaces() {
            for (int k = 0; k < phrases.size(); k++) if (!phrases.get(k).isPlace()) return false;
            return true;
        }

        /**
         * A city as the subject of a verb speaks for its state ("الرياض وطهران اتفقتا", "Washington said"): the
         * phrase then names the country. The dateline's city ("الرياض (واس) - ذكرت الخارجية") is where the story was
         * filed, and speaks for no one; nor does a region ("أرض الصومال، الذي أعلن انفصاله" is not Somalia).
         */
        Group governments() {
            // Asked for the subject of every verb: a list is made only when a city stands in it.
            List<ActorPhrase> governments = null;
            for (int k = 0; k < phrases.size(); k++) {
                ActorPhrase p = phrases.get(k);
                if (!speaksForItsState(p)) continue;
                if (governments == null) governments = new ArrayList<>(phrases);
                governments.set(k, new ActorPhrase(p.first(), p.last(), p.state(), ActorType.State, p.state(), null, "metonymy"));
            }
            return new Group(governments == null ? phrases : Collections.unmodifiableList(governments));
        }

        private static boolean speaksForItsState(ActorPhrase p) {
            return p.isPlace() && p.state() != null && !p.method().equals(ActorPhrase.DATELINE) && !p.method().equals(ActorPhrase.AREA);
        }
    }

    private final List<Group> groups;
    private final SentenceFacts facts;
    private final List<Token> tokens;
    private final EventLexicon lexicon;
    private final Layout layout;
    private static final Set<String> ADVERBS = Set.of("adverb", "separately");
    static final String OPENING_BRACKET = "(";
    static final String CLOSING_BRACKET = ")";
    private static final Set<String> BRACKETS = Set.of(OPENING_BRACKET, CLOSING_BRACKET);
    /** The marks an abbreviation is enclosed in after the name it spells out: brackets, or Arabic copy's guillemets. */
    /** The most words an abbreviation in brackets may have ("«إيجاد»", "(LNA)"). */
    private static final int ABBREVIATION_WORDS = 2;
    private static final Map<String, String> ENCLOSING = Map.of(OPENING_BRACKET, CLOSING_BRACKET, "\u00AB", "\u00BB");
    /** Cues that open the occasion of an act: a visit, a summit, the gathering it took place at ("خلال", "على هامش"). */
    private static final Set<String> OCCASIONS = Set.of("during", "setting");
    private static final Set<String> DUAL = Set.of("dual");
    private static final String CAPITAL = "capital";
    /** Building nouns that, construct to the noun after them, name where an event was held ("في قصر البحر"). */
    private static final String VENUE = "venue";
    /** How many words the noun of a naming apposition may run to ("his deputy chief of staff"). */
    private static final int NAMING_NOUN_REACH = 5;
    private static final Set<String> DESCRIPTOR = Set.of("descriptor");
    private static final Set<String> PROXY = Set.of("proxy-noun");
    private static final Set<String> NOUN_CUES = Set.of("proxy-noun", "mediator-noun");
    private static final Set<String> POSSESSIVE = Set.of("possessive");
    private static final Set<String> COUNTERPART = Set.of("counterpart");

    /** The occasion of an act said beside it, tokens {@code first} to {@code last}; an aside when commas set it off. */
    record Occasion(int first, int last, boolean aside) {
        boolean contains(int token) { return first <= token && token <= last; }
    }

    /**
     * Tokens of dates, adverbs, proxy nouns and bodies that qualify a title, which stand between a verb and its
     * arguments without counting as words: a delegation or the representatives of an actor stand for it ("بين وفد
     * أذربيجان ووفد أرمينيا"); "with LNA commander Khalifa Haftar" is with Haftar.
     */
    private final BitSet adjuncts;
    /**
     * Occasions set off by commas ("، على هامش اجتماعات الجمعية العامة للأمم المتحدة في نيويورك،"): the actors inside
     * belong to the occasion, and a verb before it reaches past it to its object.
     */
    private final List<Occasion> asides;

    private Groups(List<Group> groups, SentenceFacts facts, EventLexicon lexicon, Layout layout, BitSet adjuncts) {
        this.groups = groups;
        this.facts = facts;
        this.tokens = facts.sentence().tokens();
        this.lexicon = lexicon;
        this.layout = layout;
        this.adjuncts = adjuncts;
        this.asides = layout.asides();
    }

    /** How a phrase of the sentence stands in a list, whatever stretch is grouped (see {@link #grouped}). */
    private enum Standing {
        /** A member of a list. */
        MEMBER,
        /** Qualifies another actor or a title, and stands in no list. */
        QUALIFIER,
        /** Modifies or describes the actor after it, to which the words up to that actor belong. */
        MODIFIER
    }

    /**
     * What the sentence says about its tokens whatever stretch of it is grouped, so found once per sentence: its proxy
     * nouns, the complements of titles in apposition and the delegations their heads lead, the tokens that stand
     * between a verb and its arguments without counting as words (dates, adverbs, place adverbials, occasions that are
     * no aside), and its occasions. Also the tokens of its descriptors and possessives and where its nouns start,
     * which grouping each trigger's stretch used to find again; none of these sets is changed once found. How each
     * phrase stands in a list and whether a possessive before it stands in the list as an article does depend on the
     * sentence alone too, and are found once here rather than for each trigger's stretch.
     */
    private record Layout(BitSet proxies, BitSet appositions, BitSet adjuncts, List<Occasion> occasions, List<Occasion> asides,
                          BitSet descriptors, BitSet possessives, BitSet nounStarts, Standing[] standings,
                          boolean[] possessiveAsArticle) {
        static Layout of(SentenceFacts facts, EventLexicon lexicon) {
            BitSet heads = delegationHeads(facts, lexicon);
            BitSet proxies = proxiesOf(facts);
            // "برئاسة وزير الدولة": a proxy noun in a head's titles stands for no side of the list.
            proxies.andNot(heads);
            BitSet appositions = appositionComplements(facts, lexicon);
            appositions.or(describingAppositions(facts, lexicon));
            appositions.or(namingAppositions(facts, lexicon));
            appositions.or(unlistedAbbreviations(facts));
            appositions.or(heads);
            BitSet leading = leadingCues(facts);
            appositions.or(leading);
            BitSet adjuncts = adjunctsOf(facts, proxies);
            adjuncts.or(leading);
            placeAdverbials(facts, lexicon, adjuncts);
            capitalsOfStates(facts, adjuncts);
            List<Occasion> occasions = Groups.occasions(facts, lexicon);
            // An occasion does not count as words between a verb and its object; an aside only seen from outside it.
            var asides = new ArrayList<Occasion>();
            for (Occasion o : occasions) {
                if (o.aside()) asides.add(o);
                else adjuncts.set(o.first(), o.last() + 1);
            }
            BitSet descriptors = facts.cueTokens(DESCRIPTOR);
            List<ActorPhrase> phrases = facts.phrases();
            var standings = new Standing[phrases.size()];
            var possessiveAsArticle = new boolean[phrases.size()];
            BitSet counterparts = facts.cueTokens(COUNTERPART);
            for (int n = 0; n < phrases.size(); n++) {
                standings[n] = standing(facts, lexicon, phrases, n, appositions, descriptors);
                possessiveAsArticle[n] = possessiveAsArticle(phrases.get(n), counterparts);
            }
            return new Layout(proxies, appositions, adjuncts, occasions, List.copyOf(asides), descriptors,
                    facts.cueTokens(POSSESSIVE), Groups.nounStarts(facts), standings, possessiveAsArticle);
        }

        private static Standing standing(SentenceFacts facts, EventLexicon lexicon, List<ActorPhrase> phrases, int n,
                                         BitSet appositions, BitSet descriptors) {
            List<Token> tokens = facts.sentence().tokens();
            ActorPhrase p = phrases.get(n);
            if (appositions.get(p.first()) || qualifiesTheTitleAfterIt(tokens, phrases, n) || ownsThePostAfterIt(tokens, phrases, n)
                    || countryOfTheCityBeforeIt(tokens, phrases, n)
                    || qualifiesTheTwoSides(facts, p, lexicon) || abbreviationInBrackets(tokens, phrases, n)) {
                return Standing.QUALIFIER;
            }
            if (modifiesTheActorAfterIt(tokens, phrases, n) || describesTheActorAfterIt(tokens, phrases, n, descriptors)) {
                return Standing.MODIFIER;
            }
            return Standing.MEMBER;
        }

        /**
         * "Abdelatty and his Qatari counterpart (Sheikh Mohammed)": a possessive before a person named by his post
         * alone, or by the post of a counterpart, stands in the list as an article does. Before a state or body
         * ("Israel and its Western allies") it opens a noun of its own; before a named aide ("and his envoy Steve
         * Witkoff") joining him lowered held-out precision.
         */
        private static boolean possessiveAsArticle(ActorPhrase p, BitSet counterparts) {
            if (!p.isPerson()) return false;
            if (p.method().equals("title-only")) return true;
            int cue = counterparts.nextSetBit(p.first());
            return cue >= 0 && cue <= p.last();
        }
    }

    private static BitSet adjunctsOf(SentenceFacts facts, BitSet proxies) {
        var adjuncts = (BitSet) proxies.clone();
        for (SentenceFacts.TimedSpan t : facts.times()) adjuncts.set(t.first(), t.last() + 1);
        for (Hit<Cue> c : facts.cuesOf(ADVERBS)) adjuncts.set(c.first(), c.last() + 1);
        return adjuncts;
    }

    /**
     * "استقبل عباس في مكتبه برام الله هوكشتاين", "استقبل الملك، في قصر الحسينية، لامي": where the event happened, said
     * between a verb's subject and its object, does not count as words between them: a place preposition with the
     * place it governs, with a possessed noun (which takes no genitive after it), or up to the comma that closes it
     * when a comma opens it and no actor stands inside.
     */
    private static void placeAdverbials(SentenceFacts facts, EventLexicon lexicon, BitSet adjuncts) {
        List<Token> tokens = facts.sentence().tokens();
        for (var prep : facts.prepositions()) {
            if (!placeWithoutTypes(prep.value())) continue;
            int next = prep.last() + 1;
            if (next >= tokens.size()) continue;
            int end = placeEndingAt(facts, next);
            if (end < 0 && lexicon.hasPronounSuffix(tokens.get(next).surface())) end = next;
            if (end < 0) end = venueEndingAfter(facts, next);
            if (end < 0 && prep.first() > 0 && tokens.get(prep.first() - 1).isPunct()) end = closingComma(facts, next) - 1;
            if (end < next) continue;
            int place = placeEndingAt(facts, end + 1);
            adjuncts.set(prep.first(), (place >= 0 ? place : end) + 1);
        }
    }

    private static boolean placeWithoutTypes(List<Preposition> readings) {
        for (Preposition p : readings) if (p.role().equals("place") && p.types().isEmpty()) return true;
        return false;
    }

    /**
     * "في قصر البحر", "في مقر الأمم المتحدة": a building noun at {@code first} with the noun or name it is construct
     * to; the last token of that noun, else -1.
     */
    private static int venueEndingAfter(SentenceFacts facts, int first) {
        int genitive = first + 1;
        if (genitive >= facts.sentence().tokens().size() || !oneWordVenueAt(facts, first)) return -1;
        if (!facts.sentence().tokens().get(genitive).isWord()) return -1;
        ActorPhrase named = facts.phraseAt(genitive);
        return named == null ? genitive : named.last();
    }

    private static boolean oneWordVenueAt(SentenceFacts facts, int token) {
        for (Hit<Cue> c : facts.cuesOf(VENUE)) if (c.first() == token && c.last() == token) return true;
        return false;
    }

    /**
     * "استضافت العاصمة الصينية محادثات", "المحادثات التي استضافتها العاصمة العمانية مسقط": a capital word right before
     * the nisba of its state stands for that state, as the nisba does, when no preposition makes it a place (see
     * {@link Capitals}); it does not count as a word between a verb and the nisba.
     */
    private static void capitalsOfStates(SentenceFacts facts, BitSet adjuncts) {
        for (var cue : facts.cuesOf(CAPITAL)) {
            int next = cue.last() + 1;
            if (facts.phrases().stream().anyMatch(p -> p.first() == next && p.isBareDemonym() && p.type() == ActorType.State)) {
                adjuncts.set(cue.first(), next);
            }
        }
    }

    /**
     * "التقى أردوغان، على هامش القمة في الرياض، نظيره الإيراني": an occasion between commas runs up to the comma that
     * closes it whatever it names (an aside); "التقى عباس خلال زيارته إلى عمان الملك": without commas, an occasion
     * that is a possessed noun (which takes no genitive after it) ends with that noun.
     */
    private static List<Occasion> occasions(SentenceFacts facts, EventLexicon lexicon) {
        List<Token> tokens = facts.sentence().tokens();
        var occasions = new ArrayList<Occasion>();
        for (var cue : facts.cues()) {
            int next = cue.last() + 1;
            if (!OCCASIONS.contains(cue.value().kind()) || next >= tokens.size()) continue;
            int opening = cue.first() - 1;
            int closing = opening >= 0 && isComma(tokens.get(opening).surface()) ? commaAfter(tokens, next) : -1;
            if (closing > 0) occasions.add(new Occasion(opening, closing, true));
            else if (lexicon.hasPronounSuffix(tokens.get(next).surface())) occasions.add(new Occasion(cue.first(), next, false));
        }
        return occasions;
    }

    /** The first comma from {@code from} on, or -1. */
    private static int commaAfter(List<Token> tokens, int from) {
        for (int k = from; k < tokens.size(); k++) if (isComma(tokens.get(k).surface())) return k;
        return -1;
    }

    /** The last token of the place phrase starting at {@code first}, or -1. */
    private static int placeEndingAt(SentenceFacts facts, int first) {
        for (ActorPhrase p : facts.phrases()) if (p.first() == first && p.isPlace()) return p.last();
        return -1;
    }

    /** The comma after {@code from} with no actor before it, or {@code from} when an actor comes first or none closes. */
    private static int closingComma(SentenceFacts facts, int from) {
        List<Token> tokens = facts.sentence().tokens();
        for (int k = from; k < tokens.size(); k++) {
            if (actorAt(facts.phrases(), k)) return from;
            if (isComma(tokens.get(k).surface())) return k;
        }
        return from;
    }

    private static boolean actorAt(List<ActorPhrase> phrases, int token) {
        for (int i = 0; i < phrases.size(); i++) if (phrases.get(i).first() == token && !phrases.get(i).isPlace()) return true;
        return false;
    }

    /**
     * "«الجيش الوطني» بقيادة المشير خليفة حفتر": a cue of leading ties the leader to the side it follows, as a title
     * of his would, so the two stay in one list, where the side stands in for its leader (see {@link LedSides}); nor
     * does it count as a word between a verb and the leader ("وقّع وفدا حكومة الوفاق و«الجيش الوطني» بقيادة …"), as
     * it did not when it began the leader's name.
     */
    private static BitSet leadingCues(SentenceFacts facts) {
        var cues = new BitSet();
        facts.cuesOf(LedSides.LED_BY).forEach(c -> cues.set(c.first(), c.last() + 1));
        return cues;
    }

    private static BitSet proxiesOf(SentenceFacts facts) {
        return facts.cueTokens(PROXY);
    }

    /** The groups of the whole sentence, which prepositions and role nouns reach across. */
    static Groups ofSentence(SentenceFacts facts, EventLexicon lexicon) {
        // EventFinder, Subjects and ArticleCollector ask for them: one sentence's layout and groups are found once.
        Groups kept = facts.keptGroups(lexicon);
        if (kept != null) return kept;
        return facts.keep(grouped(facts, lexicon, Layout.of(facts, lexicon), 0, facts.sentence().tokens().size() - 1), lexicon);
    }

    static Groups of(SentenceFacts facts, int from, int to, EventLexicon lexicon) {
        return ofSentence(facts, lexicon).within(from, to);
    }

    /** The groups of tokens {@code from} to {@code to} of the sentence these groups are of. */
    Groups within(int from, int to) {
        return grouped(facts, lexicon, layout, from, to);
    }

    /** The occasions of acts the sentence names beside them ("خلال زيارته", "، على هامش القمة،"). */
    List<Occasion> occasions() {
        return layout.occasions();
    }

    private static Groups grouped(SentenceFacts facts, EventLexicon lexicon, Layout layout, int from, int to) {
        List<Token> tokens = facts.sentence().tokens();
        BitSet proxies = layout.proxies();
        var groups = new ArrayList<Group>();
        var current = new ArrayList<ActorPhrase>();
        boolean coordinated = false;
        List<ActorPhrase> phrases = facts.phrases();
        var qualifiers = new BitSet();
        BitSet nouns = layout.nounStarts();
        for (int n = 0; n < phrases.size(); n++) {
            ActorPhrase p = phrases.get(n);
            if (p.first() < from || p.last() > to) continue;
            Standing standing = layout.standings()[n];
            if (standing == Standing.QUALIFIER) {
                qualifiers.set(p.first(), p.last() + 1);
                continue;
            }
            if (standing == Standing.MODIFIER) {
                // "Saudi Arabia and the Iran-aligned Houthis": the modifier, participle and all, belongs to the next name.
                qualifiers.set(p.first(), phrases.get(n + 1).first());
                continue;
            }
            if (!current.isEmpty()) {
                boolean viaCoordinator = coordinatorBetween(tokens, current.getLast(), p, lexicon, proxies);
                // "alongside Harris and Blinken, Biden said": a list ends with its coordinated member; a comma after it
                // begins something else. Descriptors, appositions and qualifiers before a member are passed over.
                Premodifiers premodifiers = new Premodifiers(layout, qualifiers, layout.possessiveAsArticle()[n]);
                if (!joined(tokens, current.getLast(), p, lexicon, proxies, premodifiers) || coordinated && !viaCoordinator) {
                    close(groups, current, coordinated, tokens, nouns);
                    current.clear();
                    coordinated = false;
                    viaCoordinator = false;
                }
                coordinated |= viaCoordinator;
            }
            current.add(p);
        }
        if (!current.isEmpty()) close(groups, current, coordinated, tokens, nouns);
        BitSet adjuncts = layout.adjuncts();
        if (!qualifiers.isEmpty()) {
            adjuncts = (BitSet) adjuncts.clone();
            adjuncts.or(qualifiers);
        }
        return new Groups(groups, facts, lexicon, layout, adjuncts);
    }

    /** The words a list passes over before a member: descriptors, appositions, qualifiers, and possessives when they stand as articles. */
    private record Premodifiers(Layout layout, BitSet qualifiers, boolean possessives) {
        boolean get(int k) {
            return layout.descriptors().get(k) || layout.appositions().get(k) || qualifiers.get(k)
                    || possessives && layout.possessives().get(k);
        }
    }

    /**
     * "Sudan's army and the Rapid Support Forces (RSF) signed", "والهيئة الحكومية للتنمية «إيجاد» وجامعة الدول العربية":
     * an abbreviation in brackets or guillemets right after the name of the same actor only spells that name out again;
     * it stands in no list of its own, so the list before it stays whole.
     */
    private static boolean abbreviationInBrackets(List<Token> tokens, List<ActorPhrase> phrases, int n) {
        ActorPhrase p = phrases.get(n);
        if (n == 0 || p.first() < 1 || p.last() + 1 >= tokens.size()) return false;
        ActorPhrase name = phrases.get(n - 1);
        String opening = tokens.get(p.first() - 1).surface();
        return name.slug().equals(p.slug()) && name.last() + 2 == p.first()
                && ENCLOSING.containsKey(opening) && tokens.get(p.last() + 1).surface().equals(ENCLOSING.get(opening));
    }

    /**
     * "والهيئة الحكومية للتنمية «إيجاد» وجامعة الدول العربية": a word or two in brackets or guillemets right after a
     * body's name, that no actor of the gazetteer spells, is that body's abbreviation; it does not part the list.
     */
    private static BitSet unlistedAbbreviations(SentenceFacts facts) {
        List<Token> tokens = facts.sentence().tokens();
        var abbreviations = new BitSet();
        for (ActorPhrase body : facts.phrases()) {
            int opening = body.last() + 1;
            if (body.isPerson() || body.isPlace() || opening >= tokens.size()) continue;
            String closing = ENCLOSING.get(tokens.get(opening).surface());
            if (closing == null) continue;
            for (int k = opening + 1; k < tokens.size() && k <= opening + 1 + ABBREVIATION_WORDS; k++) {
                if (insideAPhrase(facts.phrases(), k)) break;
                if (tokens.get(k).surface().equals(closing) && k > opening + 1) {
                    abbreviations.set(opening, k + 1);
                    break;
                }
                if (!tokens.get(k).isWord()) break;
            }
        }
        return abbreviations;
    }

    private static boolean insideAPhrase(List<ActorPhrase> phrases, int token) {
        for (int i = 0; i < phrases.size(); i++) if (phrases.get(i).first() <= token && token <= phrases.get(i).last()) return true;
        return false;
    }

    /**
     * "Lebanese parliament Speaker Nabih Berri", "Libyan National Army (LNA) commander Khalifa Haftar": a body written
     * right before a titled person (its abbreviation in brackets aside) is where the post is held, not an argument.
     */
    private static boolean qualifiesTheTitleAfterIt(List<Token> tokens, List<ActorPhrase> phrases, int n) {
        ActorPhrase body = phrases.get(n);
        if (body.isPlace() || body.isPerson()) return false;
        int end = body.last();
        for (int m = n + 1; m < phrases.size(); m++) {
            ActorPhrase next = phrases.get(m);
            if (!onlyBracketsBetween(tokens, end, next.first())) return false;
            if (next.isPerson()) return next.title() != null && !next.method().equals("title-only");
            if (!next.slug().equals(body.slug())) return false;
            end = next.last();
        }
        return false;
    }

    /**
     * "met Trump's envoy Steve Witkoff", "Trump's special envoy, Steve Witkoff, and …": a person whose genitive owns the
     * post of the titled person right after it only says whose aide that is; the aide is the actor, and the owner
     * stands in no list ("met Trump's envoy" met the envoy, not Trump).
     */
    private static boolean ownsThePostAfterIt(List<Token> tokens, List<ActorPhrase> phrases, int n) {
        ActorPhrase owner = phrases.get(n);
        if (!owner.isPerson() || n + 1 == phrases.size() || !Genitives.owns(tokens, owner.last())) return false;
        ActorPhrase aide = phrases.get(n + 1);
        // "Zelenskiy's spokesman quoted him": an aide the text does not name leaves the owner the one it names.
        return aide.isPerson() && aide.title() != null && !aide.method().equals("title-only")
                && aide.first() == Genitives.end(tokens, owner.last()) + 1;
    }

    /** "the Iran-backed Houthi rebels", "Russia-backed separatists": an actor hyphened to a participle modifies the next one. */
    private static boolean modifiesTheActorAfterIt(List<Token> tokens, List<ActorPhrase> phrases, int n) {
        ActorPhrase modifier = phrases.get(n);
        int hyphen = modifier.last() + 1;
        if (n + 1 == phrases.size() || hyphen + 2 >= tokens.size() || !tokens.get(hyphen).surface().equals("-")) return false;
        ActorPhrase head = phrases.get(n + 1);
        boolean glued = tokens.get(hyphen - 1).end() == tokens.get(hyphen).start() && tokens.get(hyphen).end() == tokens.get(hyphen + 1).start();
        return glued && head.first() == hyphen + 2 && !head.isPlace();
    }

    /**
     * "the Palestinian militant group Hamas", "the Lebanese group Hezbollah": a demonym before the descriptor of a named
     * actor says where the actor is from, it is not an actor of the sentence. So does one before a proper adjective
     * and a titled person ("Lebanese Druze leader Walid Jumblatt", "Iraqi Shiite cleric"): the adjective names a
     * community within the state, whose post the title is.
     */
    private static boolean describesTheActorAfterIt(List<Token> tokens, List<ActorPhrase> phrases, int n, BitSet descriptors) {
        ActorPhrase demonym = phrases.get(n);
        if (!demonym.isBareDemonym() || n + 1 == phrases.size()) return false;
        ActorPhrase named = phrases.get(n + 1);
        int k = demonym.last() + 1;
        while (k < named.first() && (descriptors.get(k) || named.isPerson() && properAdjective(tokens.get(k)))) k++;
        return k > demonym.last() + 1 && k == named.first() && !named.isPlace() && !named.isBareDemonym();
    }

    /** A Latin word in capitals that no actor phrase took: mid-sentence, an adjective of a people or a faith ("Druze"). */
    private static boolean properAdjective(Token t) {
        return t.isWord() && !MatchKeys.isArabic(t.surface()) && Character.isUpperCase(t.surface().charAt(0));
    }

    /**
     * "أن الطرفين السودانيين وقعا", "الجانبان اليمنيان": a demonym agreeing with "the two sides" right before it says
     * whose civil war they fight, not who they are; the sides are the two the text named last, never the state.
     * Two demonyms ("الجانبان السعودي والإيراني") name them, and are singular.
     */
    private static boolean qualifiesTheTwoSides(SentenceFacts facts, ActorPhrase demonym, EventLexicon lexicon) {
        List<Token> tokens = facts.sentence().tokens();
        return demonym.isBareDemonym() && demonym.first() > 0 && lexicon.hasDualEnding(tokens.get(demonym.last()).surface())
                && facts.cueEndsAt(demonym.first() - 1, DUAL) && lexicon.hasDualEnding(tokens.get(demonym.first() - 1).surface());
    }

    /**
     * "met in Doha, Qatar, on Sunday", "signed in Juba, South Sudan.": a state after a comma that closes the name of one
     * of its cities is that city's country, part of the place and no actor of the event; a comma or the sentence's end
     * must close it ("in Cairo, Egypt said" has Egypt speaking).
     */
    private static boolean countryOfTheCityBeforeIt(List<Token> tokens, List<ActorPhrase> phrases, int n) {
        ActorPhrase state = phrases.get(n);
        if (n == 0 || state.type() != ActorType.State || state.first() < 2 || !isComma(tokens.get(state.first() - 1).surface())) return false;
        ActorPhrase city = phrases.get(n - 1);
        boolean closed = state.last() + 1 == tokens.size() || tokens.get(state.last() + 1).isPunct();
        return closed && city.isPlace() && city.last() == state.first() - 2 && state.slug().equals(city.state());
    }

    /**
     * "Andriy Yermak, head of President Zelenskiy's office, Andrii Sybiha and Rustem Umerov": the complement of a title
     * in apposition runs to the comma that closes the apposition; the list goes on after it, and the actors inside the
     * complement only qualify the title. A complement holds no trigger, no coordinator and no more than a few words.
     */
    private static BitSet appositionComplements(SentenceFacts facts, EventLexicon lexicon) {
        List<Token> tokens = facts.sentence().tokens();
        var complements = new BitSet();
        for (ActorPhrase p : facts.phrases()) {
            if (!p.isPerson() || p.title() == null || !p.method().endsWith("+post-title") || !commaWithin(tokens, p)) continue;
            int close = closingComma(facts, p.last() + 1, lexicon);
            if (close > p.last() + 1) complements.set(p.last() + 1, close);
        }
        return complements;
    }

    /**
     * "Nabih Berri, a Hezbollah ally, and Amos Hochstein": a noun phrase opening with an article, set off by commas
     * right after a person, describes him, so the list goes on past it and the actors inside it only qualify the
     * description. It must hold a word no actor covers ("ally"): "Blinken, the Qatari prime minister, and Abdelatty"
     * names three people. A possessive name opens such a phrase as an article does: "Viktor Orban, Trump's closest ally
     * in Europe, praised".
     */
    private static BitSet describingAppositions(SentenceFacts facts, EventLexicon lexicon) {
        List<Token> tokens = facts.sentence().tokens();
        BitSet actors = new BitSet();
        facts.phrases().forEach(p -> actors.set(p.first(), p.last() + 1));
        var descriptions = new BitSet();
        for (ActorPhrase p : facts.phrases()) {
            int comma = p.last() + 1;
            if (!p.isPerson() || comma + 1 >= tokens.size() || !isComma(tokens.get(comma).surface())
                    || !lexicon.isDeterminer(tokens.get(comma + 1).surface()) && !possessorAt(facts, comma + 1)) continue;
            int close = closingComma(facts, comma + 1, lexicon);
            if (close > comma + 1 && describes(tokens, comma + 1, close, actors, lexicon)) descriptions.set(comma + 1, close);
        }
        return descriptions;
    }

    /**
     * "Steve Witkoff and his son-in-law, Jared Kushner, met": a coordinated noun phrase opening with an article, a
     * possessive or an owner's genitive, set off by a comma right before a person's name, names him; the list runs on
     * through it to the name, and an owner inside it only qualifies the noun. The noun is a few plain lowercase words
     * (no actor, trigger or date): "and on Monday, Kushner said" begins a clause, not a member of the list.
     */
    private static BitSet namingAppositions(SentenceFacts facts, EventLexicon lexicon) {
        List<Token> tokens = facts.sentence().tokens();
        BitSet covered = new BitSet();
        facts.phrases().forEach(p -> covered.set(p.first(), p.last() + 1));
        facts.triggers().forEach(t -> covered.set(t.first(), t.last() + 1));
        facts.times().forEach(t -> covered.set(t.first(), t.last() + 1));
        BitSet possessives = facts.cueTokens(POSSESSIVE);
        var nouns = new BitSet();
        for (ActorPhrase p : facts.phrases()) {
            int comma = p.first() - 1;
            if (!p.isPerson() || comma < 3 || !tokens.get(comma).surface().equals(",")) continue;
            int k = comma - 1;
            while (k > comma - 1 - NAMING_NOUN_REACH && k > 0 && plainNounWord(tokens, k, covered)) k--;
            if (k == comma - 1) continue;
            int opener = possessives.get(k) || lexicon.isDeterminer(tokens.get(k).surface()) ? k : ownerEndingAt(facts, k);
            if (opener > 0 && lexicon.isCoordinator(tokens.get(opener - 1).surface())) nouns.set(opener, comma + 1);
        }
        return nouns;
    }

    private static boolean plainNounWord(List<Token> tokens, int k, BitSet covered) {
        String s = tokens.get(k).surface();
        boolean word = tokens.get(k).isWord() && Character.isLowerCase(s.charAt(0));
        return !covered.get(k) && (word || SentenceFacts.hyphenInACompound(tokens, k));
    }

    /** The first token of the actor whose genitive ends at token {@code k} ("Trump's"), or -1. */
    private static int ownerEndingAt(SentenceFacts facts, int k) {
        List<Token> tokens = facts.sentence().tokens();
        return facts.phrases().stream().filter(q -> Genitives.owns(tokens, q.last()) && Genitives.end(tokens, q.last()) == k)
                .mapToInt(ActorPhrase::first).findFirst().orElse(-1);
    }

    /** Whether an actor in the possessive ("Trump's closest ally") starts at token {@code index}, opening a noun phrase. */
    static boolean possessorAt(SentenceFacts facts, int index) {
        return facts.phrases().stream().anyMatch(q -> q.first() == index && Genitives.owns(facts.sentence().tokens(), q.last()));
    }

    /** Whether tokens {@code from} to {@code toExclusive} hold a word that is neither an actor's nor an article. */
    private static boolean describes(List<Token> tokens, int from, int toExclusive, BitSet actors, EventLexicon lexicon) {
        for (int k = from; k < toExclusive; k++) {
            Token t = tokens.get(k);
            if (t.isWord() && !actors.get(k) && !lexicon.isDeterminer(t.surface())) return true;
        }
        return false;
    }

    private static final int COMPLEMENT_REACH = 8;
    /** How far before the side a delegation noun may stand: "وفد من حماس". */
    private static final int DELEGATION_REACH = 2;
    /**
     * How far a delegation's head may run: a chain of titles and the bodies they are held in before his name ("وزير
     * الدولة عضو مجلس الوزراء مستشار الأمن الوطني مساعد بن محمد العيبان").
     */
    private static final int TITLE_CHAIN_REACH = 14;

    /**
     * "بين وفد سعودي برئاسة خالد الحميدان ووفد إيراني برئاسة علي شمخاني": the head named right after a delegation's
     * cue of heading only says who leads it; the delegation's side stays the actor and the list of sides runs on past
     * him. Only after a delegation: "اجتماع مجلس الوزراء برئاسة الرئيس" has the president take part.
     */
    private static BitSet delegationHeads(SentenceFacts facts, EventLexicon lexicon) {
        var heads = new BitSet();
        for (var cue : facts.cuesOf("headed-by")) {
            ActorPhrase side = facts.phrases().stream().filter(p -> p.last() == cue.first() - 1).findFirst().orElse(null);
            if (side == null || side.isPerson() || side.isPlace() || !delegation(facts, side)) continue;
            int end = headEnd(facts, lexicon, cue.last() + 1);
            if (end > cue.last()) heads.set(cue.first(), end + 1);
        }
        return heads;
    }

    /**
     * The last token of a delegation's head starting at {@code first}: his chain of titles, which may name the bodies
     * they are held in ("برئاسة وزير الدولة عضو مجلس الوزراء مستشار الأمن الوطني مساعد العيبان"), up to the person
     * the lexicon knows, else a name it does not know up to the next side the list joins on ("برئاسة خالد الحميدان
     * ووفد إيراني"); -1 when neither.
     */
    private static int headEnd(SentenceFacts facts, EventLexicon lexicon, int first) {
        List<Token> tokens = facts.sentence().tokens();
        for (int k = first; k < tokens.size() && k <= first + TITLE_CHAIN_REACH; k++) {
            ActorPhrase phrase = facts.phraseAt(k);
            // A side conjoined to the delegation's begins the next one; one not conjoined is named in a title.
            if (k > first && sideBeginsAt(facts, k) && lexicon.startsWithConjunction(tokens.get(k).normalized())) return k - 1;
            if (phrase != null && phrase.isPerson()) return phrase.last();
            if (phrase != null) k = phrase.last();
            else if (!tokens.get(k).isWord()) return -1;
        }
        return -1;
    }

    private static boolean sideBeginsAt(SentenceFacts facts, int token) {
        return facts.phraseAt(token) != null
                || facts.cuesOf("proxy-noun").stream().anyMatch(c -> c.first() == token);
    }

    /** "وفد سعودي", "وفد من حماس": a side named through its delegation. */
    private static boolean delegation(SentenceFacts facts, ActorPhrase side) {
        return facts.cues().stream().anyMatch(c -> c.value().kind().equals("proxy-noun")
                && c.first() >= side.first() - DELEGATION_REACH && c.last() <= side.last());
    }

    /**
     * The comma that closes a complement starting at {@code start}, or -1 when something else ends it first. Words in
     * brackets ("National Intelligence Organization (MIT)") only spell out what the complement names and do not count
     * toward its reach.
     */
    private static int closingComma(SentenceFacts facts, int start, EventLexicon lexicon) {
        List<Token> tokens = facts.sentence().tokens();
        int counted = 0;
        boolean bracketed = false;
        for (int k = start; k < tokens.size() && counted < COMPLEMENT_REACH; k++) {
            String s = tokens.get(k).surface();
            if (isComma(s)) return k;
            if (BRACKETS.contains(s)) bracketed = s.equals("(");
            else if (!bracketed) counted++;
            final int at = k;
            if (lexicon.isCoordinator(s) || facts.triggers().stream().anyMatch(t -> t.first() <= at && at <= t.last())) return -1;
        }
        return -1;
    }

    private static boolean commaWithin(List<Token> tokens, ActorPhrase p) {
        for (int k = p.first(); k < p.last(); k++) if (isComma(tokens.get(k).surface())) return true;
        return false;
    }

    static boolean isComma(String s) { return s.equals(",") || s.equals("\u060C"); }

    private static boolean onlyBracketsBetween(List<Token> tokens, int after, int before) {
        for (int k = after + 1; k < before; k++) if (!BRACKETS.contains(tokens.get(k).surface())) return false;
        return true;
    }

    /**
     * "Egypt, Qatar and the United States" is a list; "in Israel, the Israeli army said" is not: phrases joined by
     * commas alone, with no coordinator anywhere in the chain, stand apart.
     */
    private static void close(List<Group> groups, List<ActorPhrase> chain, boolean coordinated, List<Token> tokens, BitSet nouns) {
        if (coordinated || chain.size() == 1) {
            groups.add(new Group(List.copyOf(chain)));
            return;
        }
        var part = new ArrayList<ActorPhrase>();
        for (ActorPhrase p : chain) {
            if (!part.isEmpty() && part.getLast().last() + 1 < p.first() && !dashedDemonyms(tokens, part.getLast(), p)
                    && !statesBeforeTheirNoun(tokens, part.getLast(), p, nouns)) {
                groups.add(new Group(List.copyOf(part)));
                part.clear();
            }
            part.add(p);
        }
        groups.add(new Group(List.copyOf(part)));
    }

    /** "بيان مشترك سعودي - أميركي", "تركي-روسي": a dash between adjectives of states joins them as a space does. */
    private static boolean dashedDemonyms(List<Token> tokens, ActorPhrase left, ActorPhrase right) {
        return left.isBareDemonym() && right.isBareDemonym() && right.first() == left.last() + 2
                && RuleExtractor.DASHES.contains(tokens.get(left.last() + 1).surface());
    }

    /**
     * "under Saudi, U.S. mediation", "Qatari, Egyptian mediators": a headline's comma between states written as
     * adjectives of the event noun right after them stands for "and"; they qualify that noun together ("In Israel,
     * Egypt said" has a verb after them and stays two).
     */
    private static boolean statesBeforeTheirNoun(List<Token> tokens, ActorPhrase left, ActorPhrase right, BitSet nouns) {
        return attributive(left) && attributive(right) && right.first() == left.last() + 2 && isComma(tokens.get(left.last() + 1).surface())
                && nouns.get(right.last() + 1);
    }

    private static boolean attributive(ActorPhrase p) {
        return p.isBareDemonym() || p.type() == ActorType.State;
    }

    /** The first tokens of event nouns and of the nouns for mediators and for those who stand for a state. */
    private static BitSet nounStarts(SentenceFacts facts) {
        var starts = new BitSet();
        List<Hit<Trigger>> triggers = facts.triggers();
        for (int i = 0; i < triggers.size(); i++) if (!triggers.get(i).value().verb()) starts.set(triggers.get(i).first());
        List<Hit<Cue>> nouns = facts.cuesOf(NOUN_CUES);
        for (int i = 0; i < nouns.size(); i++) starts.set(nouns.get(i).first());
        return starts;
    }

    /** A coordinator word between two phrases, or a written-on conjunction on the second or on its proxy (ووفد). */
    private static boolean coordinatorBetween(List<Token> tokens, ActorPhrase left, ActorPhrase right, EventLexicon lexicon, BitSet proxies) {
        for (int k = left.last() + 1; k < right.first(); k++) if (lexicon.isCoordinator(tokens.get(k).surface())) return true;
        int head = proxies.nextSetBit(left.last() + 1);
        return lexicon.startsWithConjunction(tokens.get(head >= 0 && head < right.first() ? head : right.first()).normalized());
    }

    /**
     * The first group starting within {@code gap} words after {@code index} (punctuation, articles, dates and adverbs not
     * counted: "يلتقي هوكشتاين في وقت لاحق اليوم ميقاتي"), unused. A bare
     * demonym counts only right after {@code index}: further on it qualifies a word in between ("عن تقدير الإدارة
     * الأمريكية", "في السجون الإسرائيلية").
     */
    Group after(int index, int gap, Set<ActorPhrase> used) {
        for (int k = 0; k < groups.size(); k++) {
            Group g = outsideAsides(groups.get(k), index);
            if (g == null || g.first() <= index) continue;
            int words = words(index + 1, g.first());
            if (words > gap) return null;
            Group free = unused(g, used, words > 0);
            if (free != null) return free;
        }
        return null;
    }

    /** The phrases of {@code g} outside the asides that {@code index} is outside of, or null when none is. */
    private Group outsideAsides(Group g, int index) {
        if (asides.isEmpty()) return g;
        List<ActorPhrase> phrases = g.phrases();
        var outside = new ArrayList<ActorPhrase>(phrases.size());
        for (int k = 0; k < phrases.size(); k++) if (!asideFrom(index, phrases.get(k).first())) outside.add(phrases.get(k));
        if (outside.size() == phrases.size()) return g;
        return outside.isEmpty() ? null : new Group(Collections.unmodifiableList(outside));
    }

    /** The group one of whose phrases covers token {@code index} ("Egyptian mediators"), or null. */
    Group covering(int index) {
        for (int k = 0; k < groups.size(); k++) {
            List<ActorPhrase> phrases = groups.get(k).phrases();
            for (int i = 0; i < phrases.size(); i++) if (phrases.get(i).first() <= index && index <= phrases.get(i).last()) return groups.get(k);
        }
        return null;
    }

    /**
     * "حضر اللقاء الشيخ طحنون بن زايد نائب حاكم أبوظبي، والشيخ عبدالله بن زايد وزير الخارجية، ومعالي خلدون المبارك
     * رئيس جهاز الشؤون التنفيذية": a list of those present gives each one his posts, which set its members further
     * apart than a list joins them. Each member a comma and a written-on conjunction open names one more person there,
     * the first it names. The list runs to the sentence's end, to the next trigger, where another clause begins, or to
     * a comma that opens no member ("بحضور غوتيريش، قادة من 12 دولة، بينهم …" goes on with the sentence's subject).
     */
    Group withThoseListedAfter(Group head) {
        var members = new ArrayList<>(head.phrases());
        int end = Math.min(nextTrigger(head.last() + 1), commaEndingAList(head.last() + 1));
        for (int k = head.last() + 1; k + 1 < end; k++) {
            if (!opensAListMember(k)) continue;
            int memberEnd = k + 1;
            while (memberEnd < end && !opensAListMember(memberEnd)) memberEnd++;
            if (leadsADelegationWithin(k + 1, memberEnd)) continue;
            firstPersonWithin(k + 1, memberEnd).filter(p -> !members.contains(p)).ifPresent(members::add);
        }
        return new Group(members);
    }

    /**
     * "بمشاركة وفد حركة فتح برئاسة محمود العالول، ووفد حركة حماس برئاسة موسى أبو مرزوق": a member that names a
     * delegation by whom it is headed names its side, not one more person present.
     */
    private boolean leadsADelegationWithin(int from, int toExclusive) {
        return facts.cuesOf("headed-by").stream().anyMatch(c -> c.first() >= from && c.last() < toExclusive);
    }

    /** Whether a comma at {@code index} and a word with a written-on conjunction after it open a list's member (", وسمو"). */
    private boolean opensAListMember(int index) {
        return index + 1 < tokens.size() && isComma(tokens.get(index).surface())
                && lexicon.startsWithConjunction(tokens.get(index + 1).normalized());
    }

    /** The first comma from {@code from} on that opens no member of a list, or the sentence's length. */
    private int commaEndingAList(int from) {
        for (int k = from; k < tokens.size(); k++) if (isComma(tokens.get(k).surface()) && !opensAListMember(k)) return k;
        return tokens.size();
    }

    /** The first token of a trigger from {@code from} on, or the sentence's length. */
    private int nextTrigger(int from) {
        return facts.triggers().stream().mapToInt(t -> t.first()).filter(first -> first >= from).min().orElse(tokens.size());
    }

    /** The first person named within tokens {@code from} to {@code toExclusive}. */
    private Optional<ActorPhrase> firstPersonWithin(int from, int toExclusive) {
        return facts.phrases().stream().filter(p -> p.isPerson() && p.first() >= from && p.last() < toExclusive)
                .min(Comparator.comparingInt(ActorPhrase::first));
    }

    /** The nearest unused group ending before {@code index}; a bare demonym only when it stands right before it. */
    Group before(int index, Set<ActorPhrase> used) {
        for (int k = groups.size() - 1; k >= 0; k--) {
            Group g = groups.get(k);
            if (g.last() >= index) continue;
            Group free = unused(g, used, words(g.last() + 1, index) > 0);
            if (free != null) return free;
        }
        return null;
    }

    /**
     * The first unused group after {@code index}, within {@code gap} words, that no preposition governs and that is not
     * all places: where a clause's subject stands when the clause opens with it.
     */
    Group subjectAfter(SentenceFacts facts, int index, int gap, Set<ActorPhrase> used) {
        Group g = after(index, gap, used);
        while (g != null && (g.allPlaces() || facts.governedByAPreposition(g.first(), lexicon))) g = after(g.last(), gap, used);
        return g;
    }

    /**
     * {@code from}, or the nearest unused group before it, that no preposition governs: "brokered by Qatar with the
     * support of Egypt, and announced" has Qatar's side, not Egypt, as the subject of "announced".
     */
    Group ungovernedFrom(SentenceFacts facts, Group from, Set<ActorPhrase> used) {
        Group g = from;
        while (g != null && facts.governedByAPreposition(g.first(), lexicon)) g = before(g.first(), used);
        return g;
    }

    /** The words from {@code from} on before {@code toExclusive}, adjuncts aside, and asides seen from before them. */
    private int words(int from, int toExclusive) {
        int n = 0;
        for (int k = from; k < toExclusive; k++) {
            Token t = tokens.get(k);
            if (!t.isPunct() && !facts.determinerAt(k, lexicon) && !adjuncts.get(k) && !asideFrom(from - 1, k)) n++;
        }
        return n;
    }

    /** Whether {@code token} stands in an aside that {@code index} is outside of. */
    private boolean asideFrom(int index, int token) {
        // Runs per token counted between a trigger and its arguments: an indexed loop, no iterator.
        for (int k = 0; k < asides.size(); k++) if (asides.get(k).contains(token) && !asides.get(k).contains(index)) return true;
        return false;
    }

    /** Runs for each group a trigger's argument search passes: the group itself when all its phrases are free. */
    private static Group unused(Group g, Set<ActorPhrase> used, boolean detached) {
        List<ActorPhrase> phrases = g.phrases();
        int taken = 0;
        for (int k = 0; k < phrases.size(); k++) if (!isFree(phrases.get(k), used, detached)) taken++;
        if (taken == 0) return g;
        if (taken == phrases.size()) return null;
        var free = new ArrayList<ActorPhrase>(phrases.size() - taken);
        for (int k = 0; k < phrases.size(); k++) if (isFree(phrases.get(k), used, detached)) free.add(phrases.get(k));
        return new Group(Collections.unmodifiableList(free));
    }

    private static boolean isFree(ActorPhrase p, Set<ActorPhrase> used, boolean detached) {
        return !(detached && p.isBareDemonym()) && !used.contains(p);
    }

    /** Whether the words between two phrases let them stand in one list; {@code appositions} are words passed over. */
    private static boolean joined(List<Token> tokens, ActorPhrase left, ActorPhrase right, EventLexicon lexicon, BitSet proxies,
                                  Premodifiers appositions) {
        boolean coordinated = false;
        boolean demonyms = left.isBareDemonym() && right.isBareDemonym();
        int head = right.first();
        for (int k = left.last() + 1; k < right.first(); k++) {
            Token t = tokens.get(k);
            if (appositions.get(k) || dashedDemonyms(tokens, left, right)) continue;
            if (lexicon.isCoordinator(t.surface())) coordinated = true;
            else if (proxies.get(k)) head = Math.min(head, k);
            else if (!lexicon.isDeterminer(t.surface()) && (!t.isPunct() || !isListPunctuation(t.surface()))) return false;
        }
        if (coordinated || left.last() + 1 < head) return true;
        // "وزير الخارجية السعودي فيصل بن فرحان": a post that already names its holder, then the holder's name, is one actor.
        if (left.slug().equals(right.slug()) && left.last() + 1 == right.first()) return true;
        // "برعاية سعودية أمريكية", "a Qatari-Egyptian proposal": adjectives of several states side by side.
        if (demonyms) return true;
        return lexicon.startsWithConjunction(tokens.get(head).normalized());
    }

    private static boolean isListPunctuation(String s) {
        return s.equals(",") || s.equals("\u060C") || s.equals("\"") || s.equals("\u201C") || s.equals("\u201D")
                || s.equals("\u00AB") || s.equals("\u00BB");
    }
}
