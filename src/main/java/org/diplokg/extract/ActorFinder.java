package org.diplokg.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.diplokg.lexicon.EventLexicon;
import org.diplokg.lexicon.Gazetteer;
import org.diplokg.lexicon.GazetteerHit;
import org.diplokg.lexicon.NameLexicon;
import org.diplokg.lexicon.PhraseIndex;
import org.diplokg.lexicon.Title;
import org.diplokg.lexicon.TitleLexicon;
import org.diplokg.model.Actor;
import org.diplokg.model.ActorType;
import org.diplokg.model.Place;
import org.diplokg.text.MatchKeys;
import org.diplokg.text.Sentence;
import org.diplokg.text.Token;

/**
 * Finds the actor and place phrases of a sentence: gazetteer names, and title constructions that name a person
 * the gazetteer may not know ("اللواء عباس كامل رئيس المخابرات العامة", "Hamas official Ghazi Hamad",
 * "Abbas Kamel, Egypt's intelligence chief"). Where a name ends is decided without capital letters in Arabic:
 * at punctuation, a function word, a title, a known name or a word of the event and time lexicons.
 */
final class ActorFinder {
    private static final int MAX_NAME_WORDS = 4;
    private static final String ARABIC = "ar";
    private static final int MAX_PARTICLES = 3;
    /** The most words a rank is written in ("الفريق أول ركن"). */
    private static final int MAX_RANK_WORDS = 3;
    private static final String PARTICIPLE_ENDING = "ed";
    private static final int MAX_COMPLEMENT_WORDS = 6;
    private static final int MAX_PORTFOLIO_WORDS = 2;
    /** A name after a descriptor is two or three words; more capitals run on into something else (a foundation). */
    private static final int MAX_DESCRIBED_NAME_WORDS = 3;
    private static final Set<ActorType> BODY_TYPES = Set.of(ActorType.InternationalOrganization, ActorType.GovernmentBody,
            ActorType.Organization);

    private final Gazetteer gazetteer;
    private final TitleLexicon titles;
    private final NameLexicon names;
    private final PeopleRegistry people;
    private final BodyFinder bodies;
    private final EventLexicon events;
    private HitsByToken covering = new HitsByToken(0);
    /** The states the sentence names other than through a homograph (see {@link #namesTheCity}). */
    private Set<String> statesHere = Set.of();
    private BitSet proxyNouns = new BitSet();
    private BitSet determiners = new BitSet();
    private BitSet bodyNouns = new BitSet();
    private BitSet pronouns = new BitSet();
    /** The last words of descriptors a person's name follows ("rights activist", "opposition figure"). */
    private BitSet personDescriptors = new BitSet();
    private BitSet placePrepositions = new BitSet();
    private BitSet prepositions = new BitSet();
    private Integer year;
    /** The actors the sentence being read has named so far, in text order. */
    private List<ActorPhrase> namedSoFar = List.of();
    /** The tokens of the sentence being read, and the title at each of them once asked ({@link #NOT_ASKED} before). */
    private List<Token> titleTokens = List.of();
    private PhraseIndex.Hit<Title>[] titleHits = newTitleHits(0);
    private static final PhraseIndex.Hit<Title> NOT_ASKED = new PhraseIndex.Hit<>(-1, -1, null);

    /** @param events the language's event lexicon, for the conjunctions and pronouns written on words */
    ActorFinder(Gazetteer gazetteer, TitleLexicon titles, NameLexicon names, PeopleRegistry people, BodyFinder bodies,
                EventLexicon events) {
        this.events = events;
        this.gazetteer = gazetteer;
        this.titles = titles;
        this.names = names;
        this.people = people;
        this.bodies = bodies;
    }

    /**
     * @param reserved     tokens that belong to triggers, cues or time expressions: never part of a name
     * @param prepositions the reserved tokens that are prepositions: a title's complement may hold one
     *                     ("المبعوث الأممي إلى ليبيا غسان سلامة")
     */
    List<ActorPhrase> find(Sentence sentence, BitSet reserved, BitSet prepositions, NounMarks marks, Discourse discourse) {
        this.proxyNouns = marks.proxyNouns();
        this.determiners = marks.determiners();
        this.bodyNouns = marks.bodyNouns();
        this.pronouns = marks.pronouns();
        this.placePrepositions = marks.placePrepositions();
        this.personDescriptors = marks.personDescriptors();
        this.prepositions = prepositions;
        this.year = discourse.year();
        List<Token> tokens = sentence.tokens();
        this.titleTokens = tokens;
        this.titleHits = newTitleHits(tokens.size());
        var hitAt = new HitsByToken(tokens.size());
        var covering = new HitsByToken(tokens.size());
        for (GazetteerHit hit : gazetteer.match(tokens)) {
            if (fathersName(tokens, hit)) continue;
            hitAt.put(hit.first(), hit);
            for (int k = hit.first(); k <= hit.last(); k++) covering.put(k, hit);
        }
        marks.pluralHeads().forEach((head, singular) -> namesAfterAPluralHead(tokens, head, singular, hitAt, covering));
        this.covering = covering;
        this.statesHere = statesNamedBy(hitAt);
        discourse.statesInContext(statesHere);
        var phrases = new ArrayList<ActorPhrase>();
        this.namedSoFar = phrases;
        int i = 0;
        while (i < tokens.size()) {
            List<ActorPhrase> construct = constructPost(tokens, i, hitAt, reserved, discourse);
            if (!construct.isEmpty()) {
                construct.forEach(p -> add(phrases, p, sentence.index(), discourse));
                i = construct.getLast().last() + 1;
                continue;
            }
            ActorPhrase phrase = phraseAt(tokens, i, hitAt, reserved, discourse);
            if (phrase == null) phrase = bodyPointedBack(tokens, i, discourse);
            if (phrase == null) {
                i = pastFormerPost(tokens, i, hitAt, reserved);
                continue;
            }
            phrase = withOwnDemonym(tokens, withPostModifier(tokens, withLineage(tokens, phrase, hitAt, reserved), hitAt, reserved), hitAt);
            add(phrases, phrase, sentence.index(), discourse);
            titleWrittenInName(tokens, phrase, discourse);
            ActorPhrase second = holderOfTheSamePost(tokens, phrase, hitAt, reserved);
            if (second == null) second = otherPostOfTheState(tokens, phrase, hitAt, reserved, discourse);
            if (second != null) {
                add(phrases, second, sentence.index(), discourse);
                phrase = second;
            }
            i = phrase.last() + 1;
        }
        return phrases;
    }

    /**
     * The longest title at token {@code i}: the rules ask it of the same tokens of a sentence again and again, so it
     * is looked up once per token of the sentence being read.
     */
    private PhraseIndex.Hit<Title> titleAt(List<Token> tokens, int i) {
        if (tokens != titleTokens) return titles.longestAt(tokens, i);
        PhraseIndex.Hit<Title> hit = titleHits[i];
        if (hit == NOT_ASKED) titleHits[i] = hit = titles.longestAt(tokens, i);
        return hit;
    }

    @SuppressWarnings("unchecked")
    private static PhraseIndex.Hit<Title>[] newTitleHits(int size) {
        var hits = (PhraseIndex.Hit<Title>[]) new PhraseIndex.Hit<?>[size];
        Arrays.fill(hits, NOT_ASKED);
        return hits;
    }

    /**
     * "Sheikh Khaled bin Mohamed bin Zayed", "الشيخ خالد بن محمد بن زايد": a person the gazetteer knows right after
     * "bin" is the father in a longer name, which the title or the given name before it opens; he is not named.
     */
    private boolean fathersName(List<Token> tokens, GazetteerHit hit) {
        return hit.first() > 0 && names.isPatronymic(tokens.get(hit.first() - 1)) && isPerson(hit);
    }

    /**
     * "وقعت حركتا فتح وحماس", "حزبي الليكود والعمل": a plural head noun shares its singular with each name joined after
     * it, so a name the gazetteer knows only with its head ("حركة فتح"; "فتح" alone is the verb "opened") is read as
     * that name. The run of names ends at the first word that is neither such a name nor one the gazetteer found.
     */
    private void namesAfterAPluralHead(List<Token> tokens, int head, String singular, HitsByToken hitAt,
                                       HitsByToken covering) {
        Token headWord = new Token(0, 0, 0, singular, MatchKeys.key(singular, ARABIC), Token.Kind.WORD, null);
        for (int j = head + 1; j < tokens.size(); j++) {
            Token word = tokens.get(j);
            if (word.isQuotationMark()) continue;
            if (covering.containsKey(j)) {
                j = covering.get(j).last();
                continue;
            }
            GazetteerHit named = headedName(headWord, word);
            if (named == null) return;
            GazetteerHit hit = new GazetteerHit(j, j, named.slug(), false, false, null);
            hitAt.put(j, hit);
            covering.put(j, hit);
        }
    }

    /** The actor the gazetteer names by the head and the word together, or null. */
    private GazetteerHit headedName(Token headWord, Token word) {
        Token second = new Token(1, 0, 0, word.surface(), word.key(), word.kind(), word.number(), word.lookupKeys());
        return gazetteer.match(List.of(headWord, second)).stream()
                .filter(h -> h.first() == 0 && h.last() == 1 && !h.place()).findFirst().orElse(null);
    }

    /**
     * "Jordan's King Abdullah met Blinken. The king said": the gazetteer knows the person by a name that begins with
     * the post ("King Abdullah"), so no title was read apart from it; the bare title later still points back to them.
     */
    private void titleWrittenInName(List<Token> tokens, ActorPhrase phrase, Discourse discourse) {
        if (!phrase.isPerson() || phrase.title() != null) return;
        // The phrase may open with the state the name belongs to ("Jordan's", "Jordanian").
        PhraseIndex.Hit<Title> t = null;
        for (int k = phrase.first(); k < phrase.last() && t == null; k++) t = titleAt(tokens, k);
        if (t == null || t.last() >= phrase.last() || !t.value().makesTenure()) return;
        String of = phrase.state() != null ? phrase.state() : gazetteer.actor(phrase.slug()).map(Actor::country).orElse(null);
        discourse.personWithTitle(t.value().canonical(), of, phrase.slug());
    }

    /**
     * The token after a post the text says is no longer held and names no holder of ("the ex-president said"): no
     * word of it then names the post's present holder. After any other word, the next.
     */
    private int pastFormerPost(List<Token> tokens, int i, HitsByToken hitAt, BitSet reserved) {
        PhraseIndex.Hit<Title> t = reserved.get(i) ? null : titleAt(tokens, i);
        if (t == null || !t.value().endsPost()) return i + 1;
        return Math.max(i + 1, titleRun(tokens, i, null, hitAt, reserved, false, false).end());
    }

    /**
     * "وزيرا الخارجية الأردني أيمن الصفدي والمصري بدر عبد العاطي", "وزيرا خارجية مصر سامح شكري والأردن أيمن الصفدي":
     * a state or its demonym conjoined right after a titled holder, with a name after it, names the holder of the
     * same post in that state; the post is said once for both. Null when no name follows.
     */
    private ActorPhrase holderOfTheSamePost(List<Token> tokens, ActorPhrase holder, HitsByToken hitAt, BitSet reserved) {
        int next = holder.last() + 1;
        if (!holder.isPerson() || holder.title() == null || holder.state() == null || next >= tokens.size()) return null;
        GazetteerHit state = hitAt.get(next);
        if (state == null || state.slug().equals(holder.state()) || state.last() + 1 >= tokens.size()
                || !events.startsWithConjunction(MatchKeys.normalize(tokens.get(next).surface()))
                || gazetteer.actor(state.slug()).filter(a -> a.type() == ActorType.State).isEmpty()) return null;
        int name = state.last() + 1;
        return nameAfterTitle(tokens, next, name, List.of(name), state.slug(), holder.title(), hitAt, reserved);
    }

    /**
     * "The Lebanese prime minister and foreign minister met …": an English post coordinated after an unnamed holder's,
     * with no state of its own, is a post of the same state, held by its own holder. Null when it names no one.
     */
    private ActorPhrase otherPostOfTheState(List<Token> tokens, ActorPhrase holder, HitsByToken hitAt,
                                            BitSet reserved, Discourse discourse) {
        int next = holder.last() + 2;
        if (!holder.isPerson() || !holder.method().equals("title-only") || holder.state() == null
                || !postOfTheSameHolder(tokens, next - 1, reserved) || hitAt.containsKey(next)) return null;
        ActorPhrase other = titledPhrase(tokens, next, next, holder.state(), hitAt, reserved, discourse, false);
        return other != null && other.isPerson() ? other : null;
    }

    /**
     * Words that shape the noun phrases around names.
     *
     * @param proxyNouns  nouns that stand for the state of a demonym before them ("Israeli forces")
     * @param determiners articles ("the", "a"), which may open an apposition ("Esmaeil Baghaei, the spokesman for …")
     * @param bodyNouns   common nouns that point back to a body named with them ("the council", after the Security
     *                    Council), where no indefinite article makes them new
     * @param pronouns    subject pronouns ("he", "it"), which a capital after a title may make a surname ("He Lifeng")
     * @param placePrepositions prepositions that give the place after them a role ("in", "at")
     * @param pluralHeads the last token of each plural head noun, and the singular that heads the names after it
     */
    record NounMarks(BitSet proxyNouns, BitSet determiners, BitSet bodyNouns, BitSet pronouns, BitSet placePrepositions,
                     BitSet personDescriptors, Map<Integer, String> pluralHeads) {}

    /**
     * "The council voted 14-0", "the assembly adopted the text": a lower-case common noun that one of the body names the
     * text gave so far holds as a word (the Security Council, the General Assembly, the IAEA Board of Governors) is
     * that body, the one named last.
     */
    private ActorPhrase bodyPointedBack(List<Token> tokens, int i, Discourse discourse) {
        Token noun = tokens.get(i);
        if (!bodyNouns.get(i) || covering.containsKey(i) || !Character.isLowerCase(noun.surface().charAt(0))) return null;
        String word = noun.surface().toLowerCase(Locale.ROOT);
        return discourse.lastBody(slug -> namesWith(slug, word))
                .flatMap(gazetteer::actor)
                .map(body -> new ActorPhrase(i, i, body.slug(), body.type(), null, null, "body-anaphor"))
                .orElse(null);
    }

    private boolean namesWith(String slug, String word) {
        String label = gazetteer.actor(slug).map(a -> a.labels().get("en")).orElse(null);
        return label != null && Arrays.asList(label.toLowerCase(Locale.ROOT).split("[ -]")).contains(word);
    }

    /** The state a phrase names: a state as actor, or the state of a holder's post ("British Prime Minister Rishi Sunak"). */
    private Optional<String> namedState(ActorPhrase phrase) {
        if (phrase.isPlace()) return Optional.empty();
        String state = phrase.type() == ActorType.State ? phrase.slug() : phrase.isPerson() ? phrase.state() : null;
        return Optional.ofNullable(state).filter(slug -> gazetteer.actor(slug).map(a -> a.type() == ActorType.State).orElse(false));
    }

    private void add(List<ActorPhrase> phrases, ActorPhrase phrase, int sentence, Discourse discourse) {
        phrases.add(phrase);
        if (phrase.type() != null && BODY_TYPES.contains(phrase.type())) discourse.bodyNamed(phrase.slug());
        if (phrase.isPerson() && phrase.title() != null) discourse.personWithTitle(phrase.title(), phrase.state(), phrase.slug());
        namedState(phrase).ifPresent(state -> discourse.stateNamed(sentence, phrase.first(), phrase.slug(), state));
    }

    /**
     * A post in construct with another person's title: "مبعوث الرئيس الأمريكي دونالد ترامب إلى الشرق الأوسط ستيف
     * ويتكوف". A title without the article ("مبعوث", "مستشار") governs the title after it as its genitive: the person
     * named right after that title holds the second post, and the first post's holder is named after the complement
     * that follows ("إلى الشرق الأوسط"), in the state of the second post. Without such a second name, the phrase is
     * read as usual.
     *
     * @return the governed title's phrase and the holder's, or nothing
     */
    private List<ActorPhrase> constructPost(List<Token> tokens, int i, HitsByToken hitAt, BitSet reserved,
                                            Discourse discourse) {
        PhraseIndex.Hit<Title> head = reserved.get(i) ? null : titleAt(tokens, i);
        if (head == null || !head.value().makesTenure() || !MatchKeys.isArabic(tokens.get(i).surface())
                || names.hasArticle(tokens.get(head.last())) || head.last() + 1 >= tokens.size()
                || reserved.get(head.last() + 1) || titleAt(tokens, head.last() + 1) == null) return List.of();
        ActorPhrase governed = titledPhrase(tokens, head.last() + 1, head.last() + 1, null, hitAt, reserved, discourse);
        if (governed == null || !governed.isPerson() || governed.method().equals("title-only")) return List.of();
        int complement = governed.last() + 1;
        ActorPhrase holder = nameAfterTitle(tokens, complement, complement, complementStarts(tokens, complement, reserved),
                governed.state(), head.value().canonical(), hitAt, reserved);
        return holder == null ? List.of() : List.of(governed, holder);
    }

    /** Where a name may begin after a title's prepositional complement ("إلى الشرق الأوسط", "لشؤون الأمن القومي"). */
    private List<Integer> complementStarts(List<Token> tokens, int preposition, BitSet reserved) {
        var starts = new ArrayList<Integer>();
        for (int k = preposition + 1; k < tokens.size() && k <= preposition + MAX_COMPLEMENT_WORDS; k++) {
            Token t = tokens.get(k);
            if (!t.isWord() || reserved.get(k) || titleAt(tokens, k) != null) break;
            starts.add(k);
        }
        return starts;
    }

    private ActorPhrase phraseAt(List<Token> tokens, int i, HitsByToken hitAt, BitSet reserved, Discourse discourse) {
        GazetteerHit hit = hitAt.get(i);
        PhraseIndex.Hit<Title> title = reserved.get(i) ? null : titleAt(tokens, i);
        if (title != null && (hit == null || title.last() >= hit.last())) {
            return titledPhrase(tokens, i, i, null, hitAt, reserved, discourse);
        }
        if (hit == null || hit.place() || hit.demonym() || isState(hit)) {
            ActorPhrase body = bodies.at(tokens, i, hitAt, reserved);
            if (body != null && (hit == null || body.last() > hit.last())) return titledAfterBody(tokens, body, hitAt, reserved, discourse);
        }
        if (hit == null) return reserved.get(i) ? null : untitledName(tokens, i, hitAt, reserved);
        if (hit.place()) {
            ActorPhrase holder = titledAfterAPlace(tokens, hit, hitAt, reserved, discourse);
            return holder != null ? holder : placePhrase(hit, hit.slug());
        }
        Actor actor = gazetteer.actor(hit.slug()).orElse(null);
        if (actor == null) return null;
        ActorPhrase portfolioTitle = bodyWordOpensATitle(tokens, hit, actor, hitAt, reserved, discourse);
        if (portfolioTitle != null) return portfolioTitle;
        // English puts the state or body before the title ("Qatari Prime Minister"); Arabic puts it after.
        if (actor.type() != ActorType.Person && !MatchKeys.isArabic(tokens.get(i).surface()) && hit.last() + 1 < tokens.size()
                && !reserved.get(hit.last() + 1) && titleAt(tokens, hit.last() + 1) != null) {
            return titledPhrase(tokens, hit.first(), hit.last() + 1, hit.slug(), hitAt, reserved, discourse);
        }
        ActorPhrase portfolio = actor.type() != ActorType.State ? null : portfolioPost(tokens, hit, hitAt, reserved, discourse);
        if (portfolio != null) return portfolio;
        if (hit.demonym()) return demonymPhrase(tokens, hit, actor, hitAt, reserved);
        if (hit.homograph() != null && namesTheCity(hit, discourse)) return placePhrase(hit, hit.homograph());
        String seat = gazetteer.seatOf(hit.slug()).filter(building -> afterPlacePreposition(hit.first())).orElse(null);
        if (seat != null) return placePhrase(hit, seat);
        return new ActorPhrase(hit.first(), hit.last(), hit.slug(), actor.type(), null, null, "gazetteer");
    }

    /**
     * "Abu Dhabi Crown Prince Sheikh Khaled bin Mohamed bin Zayed": English may put the city or region whose post it is
     * before the title, as it puts a state; the phrase of the holder it names spans the place, which names no actor.
     */
    private ActorPhrase titledAfterAPlace(List<Token> tokens, GazetteerHit place, HitsByToken hitAt, BitSet reserved,
                                          Discourse discourse) {
        int next = place.last() + 1;
        if (next >= tokens.size() || MatchKeys.isArabic(tokens.get(next).surface()) || reserved.get(next)
                || titleAt(tokens, next) == null) return null;
        ActorPhrase holder = titledPhrase(tokens, place.first(), next, null, hitAt, reserved, discourse);
        return holder != null && holder.isPerson() && !holder.method().equals("title-only") ? holder : null;
    }

    /**
     * "Ukrainian Infrastructure Minister Oleksandr Kubrakov", "Chinese climate envoy Xie Zhenhua": a portfolio the
     * lexicon does not list may stand between a state and its post's title, written in the title's case; the post is
     * the state's when a name follows it.
     */
    private ActorPhrase portfolioPost(List<Token> tokens, GazetteerHit hit, HitsByToken hitAt, BitSet reserved,
                                      Discourse discourse) {
        int from = hit.last() + 1;
        if (from >= tokens.size() || MatchKeys.isArabic(tokens.get(from).surface())) return null;
        boolean upper = capitalized(tokens.get(from));
        int k = from;
        while (k < from + MAX_PORTFOLIO_WORDS && k < tokens.size() && portfolioWord(tokens, k, upper, reserved)) k++;
        if (k == from || k >= tokens.size() || reserved.get(k)) return null;
        PhraseIndex.Hit<Title> title = titleAt(tokens, k);
        if (title == null || !title.value().makesTenure() || capitalized(tokens.get(k)) != upper) return null;
        ActorPhrase holder = titledPhrase(tokens, hit.first(), k, hit.slug(), hitAt, reserved, discourse);
        return holder != null && holder.isPerson() && !holder.method().equals("title-only") ? holder : null;
    }

    /** A word of a portfolio: in the case of the first, and no name, title, function word or noun of its own actor. */
    private boolean portfolioWord(List<Token> tokens, int k, boolean upper, BitSet reserved) {
        Token t = tokens.get(k);
        return t.isWord() && !reserved.get(k) && !covering.containsKey(k) && capitalized(t) == upper
                && titleAt(tokens, k) == null && !names.isStopWord(t) && !names.isGivenName(t)
                && !proxyNouns.get(k) && !bodyNouns.get(k);
    }

    private static boolean capitalized(Token t) {
        return Character.isUpperCase(t.surface().charAt(0));
    }

    /**
     * "talks at the White House", "met in the Kremlin": a body named after a preposition of place (past its article)
     * stands for the building it sits in; as a subject ("the Kremlin said") it stays the body.
     */
    private boolean afterPlacePreposition(int first) {
        int before = first > 0 && determiners.get(first - 1) ? first - 2 : first - 1;
        return before >= 0 && placePrepositions.get(before);
    }

    /** The words of a hit read as the place {@code place}, with the state it lies in. */
    private ActorPhrase placePhrase(GazetteerHit hit, String place) {
        String country = gazetteer.place(place).map(Place::country).orElse(null);
        String method = gazetteer.isArea(place) ? ActorPhrase.AREA : "place";
        return new ActorPhrase(hit.first(), hit.last(), place, null, country, null, method);
    }

    /**
     * "عمان" is Oman and Amman: the city when its state is named (الأردن، الأردني، a Jordanian official) and the state
     * of the same letters is not (سلطنة عمان، العماني، مسقط's sultan): in the sentence first, else earlier in the text
     * or its dateline (a story filed from Amman, or that named King Abdullah II, means the city).
     */
    private boolean namesTheCity(GazetteerHit hit, Discourse discourse) {
        String cityState = gazetteer.place(hit.homograph()).map(Place::country).orElse(null);
        if (cityState == null) return false;
        boolean cityStateHere = statesHere.contains(cityState);
        boolean stateHere = statesHere.contains(hit.slug());
        if (cityStateHere != stateHere) return cityStateHere;
        return !cityStateHere && discourse.hasPointedTo(cityState) && !discourse.hasPointedTo(hit.slug());
    }

    /**
     * The states the sentence's names point to other than through a homograph: states and their demonyms, people and
     * bodies of a state, places in a state (مسقط).
     */
    private Set<String> statesNamedBy(HitsByToken hits) {
        var states = new HashSet<String>();
        for (int k = 0; k < hits.size(); k++) {
            GazetteerHit hit = hits.get(k);
            if (hit == null || hit.homograph() != null) continue;
            Optional<String> state = hit.place() ? gazetteer.place(hit.slug()).map(Place::country)
                    : gazetteer.actor(hit.slug()).map(a -> a.type() == ActorType.State ? a.slug() : a.country());
            state.filter(Objects::nonNull).ifPresent(states::add);
        }
        return states;
    }

    /**
     * "U.S. Treasury Secretary Scott Bessent": the last word of a body's name ("U.S. Treasury") that opens a longer
     * title ("Treasury Secretary") belongs to that title, not to the body followed by a bare "Secretary"; the post is in
     * the body's country. Null when no such title overlaps the body's end.
     */
    private ActorPhrase bodyWordOpensATitle(List<Token> tokens, GazetteerHit hit, Actor actor, HitsByToken hitAt,
                                           BitSet reserved, Discourse discourse) {
        if (actor.type() == ActorType.Person || actor.country() == null || hit.last() == hit.first() || reserved.get(hit.last())
                || MatchKeys.isArabic(tokens.get(hit.first()).surface())) return null;
        PhraseIndex.Hit<Title> title = titleAt(tokens, hit.last());
        if (title == null || title.last() <= hit.last() || !title.value().makesTenure()) return null;
        ActorPhrase holder = titledPhrase(tokens, hit.first(), hit.last(), actor.country(), hitAt, reserved, discourse);
        return holder != null && holder.isPerson() ? holder : null;
    }

    /**
     * English writes the body whose post a title names before the title, often in lower case after a demonym ("Qatari
     * foreign ministry spokesman Majed al-Ansari"): the holder's post is in that body. Without a holder, the body alone.
     */
    private ActorPhrase titledAfterBody(List<Token> tokens, ActorPhrase body, HitsByToken hitAt, BitSet reserved,
                                        Discourse discourse) {
        int next = body.last() + 1;
        if (MatchKeys.isArabic(tokens.get(body.first()).surface()) || next >= tokens.size() || reserved.get(next)
                || titleAt(tokens, next) == null) return body;
        ActorPhrase holder = titledPhrase(tokens, body.first(), next, body.slug(), hitAt, reserved, discourse);
        return holder != null && holder.isPerson() ? holder : body;
    }

    /**
     * A Latin-script name without a title, anchored by a known given name and written in capitals ("Ali Shamkhani,
     * the secretary of …", "Fayez al-Sarraj"). Arabic script has no capitals to end such a name, so it needs a title.
     */
    private ActorPhrase untitledName(List<Token> tokens, int i, HitsByToken hitAt, BitSet reserved) {
        Token first = tokens.get(i);
        if (first.isWord() && MatchKeys.isArabic(first.surface())) return arabicNameBeforeAPost(tokens, i, hitAt, reserved);
        if (!first.isWord() || !Character.isUpperCase(first.surface().charAt(0))) return null;
        if (!names.isGivenName(first)) {
            ActorPhrase described = nameAfterADescriptor(tokens, i, hitAt, reserved);
            return described != null ? described : nameBeforeAPost(tokens, i, hitAt, reserved);
        }
        int end = nameEnd(tokens, i, reserved, hitAt);
        GazetteerHit known = personAt(hitAt, end + 1);
        if (known != null && !givenNameOfSomeoneElse(tokens, i, end, known))
            return new ActorPhrase(i, known.last(), known.slug(), ActorType.Person, null, null, "gazetteer");
        if (known != null) end = known.last();
        if (end <= i) return null;
        return new ActorPhrase(i, end, people.register(sentenceSpan(tokens, i, end), null), ActorType.Person, null, null, "given-name");
    }

    /**
     * "وقال سامر خليل المتحدث باسم وزارة الخارجية", "براين هيوز، المتحدث باسم مجلس الأمن القومي": Arabic has no capitals
     * to end a name, but a known given name and the post in apposition right after the next word or two bound it.
     */
    private ActorPhrase arabicNameBeforeAPost(List<Token> tokens, int i, HitsByToken hitAt, BitSet reserved) {
        if (!names.isGivenName(tokens.get(i))) return null;
        int end = nameEnd(tokens, i, reserved, hitAt);
        if (end <= i || end > i + MAX_DESCRIBED_NAME_WORDS - 1 || !plausibleName(tokens, i, end)) return null;
        int post = appositionStart(tokens, end + 1);
        PhraseIndex.Hit<Title> title = post < tokens.size() && !reserved.get(post) ? titleAt(tokens, post) : null;
        if (title == null || !title.value().makesTenure()) return null;
        return new ActorPhrase(i, end, people.register(sentenceSpan(tokens, i, end), null), ActorType.Person, null, null, "given-name");
    }

    /**
     * "Iranian human rights activist Narges Mohammadi", "opposition figure Hamdeen Sabahi": two or three capitalized
     * words right after a descriptor of a person are that person's name even without a given name the lexicon knows.
     */
    private ActorPhrase nameAfterADescriptor(List<Token> tokens, int i, HitsByToken hitAt, BitSet reserved) {
        if (i == 0 || !personDescriptors.get(i - 1)) return null;
        int end = nameEnd(tokens, i, reserved, hitAt);
        if (end <= i || end > i + MAX_DESCRIBED_NAME_WORDS - 1 || !plausibleName(tokens, i, end)) return null;
        return new ActorPhrase(i, end, people.register(sentenceSpan(tokens, i, end), null), ActorType.Person, null, null, "descriptor+name");
    }

    /**
     * "Esmaeil Baghaei, the spokesman for Iran's foreign ministry": capitalized words, two at least, that a post in
     * apposition describes are a name even without a given name the lexicon knows.
     */
    private ActorPhrase nameBeforeAPost(List<Token> tokens, int i, HitsByToken hitAt, BitSet reserved) {
        int end = nameEnd(tokens, i, reserved, hitAt);
        if (end <= i || end + 1 >= tokens.size() || !isLatinComma(tokens.get(end + 1))) return null;
        int post = appositionStart(tokens, end + 1);
        PhraseIndex.Hit<Title> title = post < tokens.size() && !reserved.get(post) ? titleAt(tokens, post) : null;
        if (title == null || !title.value().makesTenure()) return null;
        return new ActorPhrase(i, end, people.register(sentenceSpan(tokens, i, end), null), ActorType.Person, null, null, "apposition");
    }

    /**
     * A demonym with a noun that stands for its state ("Israeli forces", "القوات الإسرائيلية", "Qatari mediators")
     * names the state as an actor; alone it is an adjective ({@link ActorPhrase#isBareDemonym}).
     */
    private ActorPhrase demonymPhrase(List<Token> tokens, GazetteerHit hit, Actor state, HitsByToken hitAt, BitSet reserved) {
        if (proxyNouns.get(hit.last() + 1)) {
            return new ActorPhrase(hit.first(), hit.last() + 1, hit.slug(), state.type(), hit.slug(), null, "demonym+proxy");
        }
        if (sharesTheNextDemonymsNoun(tokens, hit, hitAt)) {
            return new ActorPhrase(hit.first(), hit.last(), hit.slug(), state.type(), hit.slug(), null, "demonym+proxy");
        }
        if (hit.first() > 0 && proxyNouns.get(hit.first() - 1)) {
            return new ActorPhrase(hit.first() - 1, hit.last(), hit.slug(), state.type(), hit.slug(), null, "demonym+proxy");
        }
        if (hit.first() > 1 && proxyNouns.get(hit.first() - 2) && adjectiveBetween(tokens, hit.first() - 1, hitAt, reserved)) {
            return new ActorPhrase(hit.first() - 2, hit.last(), hit.slug(), state.type(), hit.slug(), null, "demonym+proxy");
        }
        return new ActorPhrase(hit.first(), hit.last(), hit.slug(), state.type(), hit.slug(), null, "demonym");
    }

    /**
     * "Russian and Ukrainian delegations", "Saudi and Iranian officials": a demonym coordinated with one that has a
     * proxy noun after it shares that noun, and names its state as an actor too.
     */
    private boolean sharesTheNextDemonymsNoun(List<Token> tokens, GazetteerHit hit, HitsByToken hitAt) {
        int coordinator = hit.last() + 1;
        if (coordinator + 1 >= tokens.size() || !events.isCoordinator(tokens.get(coordinator).surface())) return false;
        GazetteerHit next = hitAt.get(coordinator + 1);
        return next != null && next.demonym() && proxyNouns.get(next.last() + 1);
    }

    /**
     * "وفدا أمنيا مصريا", "الوفد الأمني المصري": an Arabic adjective between a proxy noun and the nisba agrees with the
     * nisba in definiteness and names nobody of its own.
     */
    private boolean adjectiveBetween(List<Token> tokens, int k, HitsByToken hitAt, BitSet reserved) {
        Token word = tokens.get(k);
        return word.isWord() && MatchKeys.isArabic(word.surface()) && !reserved.get(k) && !hitAt.containsKey(k)
                && titleAt(tokens, k) == null && names.hasArticle(word) == names.hasArticle(tokens.get(k + 1));
    }

    /**
     * A title phrase: optional state or body before it (English "Qatari Prime Minister", "Egypt's"), titles,
     * ranks, honorifics, demonyms and bodies after it (Arabic "وزير الخارجية الأمريكي"), then the name.
     */
    private ActorPhrase titledPhrase(List<Token> tokens, int first, int start, String modifier, HitsByToken hitAt,
                                     BitSet reserved, Discourse discourse) {
        return titledPhrase(tokens, first, start, modifier, hitAt, reserved, discourse, true);
    }

    /** @param joinPosts whether two coordinated posts may be read as one holder's ({@link #postOfTheSameHolder}) */
    private ActorPhrase titledPhrase(List<Token> tokens, int first, int start, String modifier, HitsByToken hitAt,
                                     BitSet reserved, Discourse discourse, boolean joinPosts) {
        // A body named before the title ("Iranian Foreign Ministry spokesman") is named as an actor of its own.
        TitleRun run = titleRun(tokens, start, modifier, hitAt, reserved, false, joinPosts);
        boolean counterpart = titleAt(tokens, start).value().isCounterpart();
        // "نظير" without a state after it is no counterpart ("نظير الإفراج عن", in return for the release).
        if (counterpart && run.of() == null) return null;
        String post = counterpart ? postOfTheOneCountered(discourse).orElse(null) : run.post();
        String of = run.of();
        int j = run.end();
        int last = j - 1;
        ActorPhrase named = run.beforeAnotherHolder() ? null
                : nameAfterTitle(tokens, first, j, nameStarts(tokens, j, reserved, post), of, post, hitAt, reserved);
        if (named == null && !run.beforeAnotherHolder()) named = knownHolderPastComplement(tokens, first, j, of, post, hitAt, reserved);
        if (named == null && post != null && !run.beforeAnotherHolder()) named = holderAfterRankPastComplement(tokens, first, j, of, post, hitAt, reserved);
        if (named == null && post != null && !run.beforeAnotherHolder()) {
            // "A spokesman for the Egyptian foreign ministry, Ahmed Abu Zeid, said": the post is in the body named.
            ActorPhrase body = bodyOfPost(tokens, j, j, hitAt, reserved);
            named = body == null ? nameInApposition(tokens, first, j, of, post, hitAt, reserved)
                    : nameInApposition(tokens, first, body.last() + 1, body.slug(), post, hitAt, reserved);
        }
        if (named == null && post != null && of == null && !counterpart && !run.beforeAnotherHolder()
                && j + 1 < tokens.size() && events.isGenitive(tokens.get(j).surface())) {
            // "the president of the company": the post of an owner the gazetteer does not know is held by no one it knows.
            GazetteerHit owner = ownerAfterGenitive(tokens, j, hitAt);
            return owner == null ? null : holderOfOwnedPost(tokens, first, start, owner, post, hitAt, reserved, discourse);
        }
        if (named != null && run.joinedPost() != null) return holderOfBoth(named, run, discourse);
        if (named != null) return counterpart ? withTheirOwnTitle(named) : named;
        // "the Prime Minister and Foreign Minister met": with no name after them, two posts are two people.
        if (run.joinedPost() != null) return titledPhrase(tokens, first, start, modifier, hitAt, reserved, discourse, false);
        String title = post != null ? post : run.addressed();
        if (title == null) return null;
        Optional<String> holder = knownHolder(tokens, start, title, of, discourse)
                .or(() -> counterpart ? headOfState(title, of, discourse.today()) : Optional.empty())
                .or(() -> headNamedByItsState(tokens, start, hitAt, discourse))
                .or(() -> leaderOfAState(tokens, start, of, discourse));
        if (holder.isPresent()) return new ActorPhrase(first, last, holder.get(), ActorType.Person, of, title, "title-only");
        if (of != null) {
            Actor body = gazetteer.actor(of).orElse(null);
            if (body != null) return new ActorPhrase(first, last, of, body.type(), of, null, "title-only");
        }
        return null;
    }

    /**
     * "في أول زيارة لرئيس مصري إلى تركيا": a bare "head" with only a state's demonym after it is that state's head,
     * whatever his title, and the text names him when it names a head of that state.
     */
    private Optional<String> headNamedByItsState(List<Token> tokens, int start, HitsByToken hitAt,
                                                 Discourse discourse) {
        PhraseIndex.Hit<Title> title = titleAt(tokens, start);
        if (title == null || !title.value().headsAnyBody()) return Optional.empty();
        GazetteerHit demonym = hitAt.get(title.last() + 1);
        if (demonym == null || !demonym.demonym() || !isState(demonym)) return Optional.empty();
        String state = demonym.slug();
        return titles.headOfStateTitles().stream()
                .flatMap(head -> discourse.holder(head, state).or(() -> people.holder(head, state, discourse.today())).stream())
                .findFirst();
    }

    /**
     * "Turkish President Recep Tayyip Erdogan … the Turkish leader urged": a group's leader said of a state is its
     * head, whatever his title, when the text has named the holder of that state's head post.
     */
    private Optional<String> leaderOfAState(List<Token> tokens, int start, String of, Discourse discourse) {
        PhraseIndex.Hit<Title> title = titleAt(tokens, start);
        boolean ofAState = of != null && gazetteer.actor(of).map(a -> a.type() == ActorType.State).orElse(false);
        if (title == null || !title.value().leadsAGroup() || !ofAState) return Optional.empty();
        return titles.headOfStateTitles().stream().flatMap(head -> discourse.holder(head, of).stream()).findFirst();
    }

    /** Who holds a post the text names without a name: someone named with it before, else the gazetteer's holder. */
    private Optional<String> knownHolder(List<Token> tokens, int start, String title, String organization, Discourse discourse) {
        // "An Egyptian foreign ministry spokesman said": an indefinite article brings in someone not named before.
        if (SentenceFacts.indefiniteNoun(tokens, start, events)) return Optional.empty();
        return discourse.holder(title, organization).or(() -> people.holder(title, organization, discourse.today()))
                .or(() -> discourse.holderOfFullerTitle(title, organization));
    }

    /**
     * "The prime minister of Qatar", "the secretary-general of the United Nations": English may name a post's state or
     * body after it, behind "of" (token {@code j}). Not a coordinated owner ("the foreign ministers of Egypt and
     * Jordan": two holders).
     */
    private GazetteerHit ownerAfterGenitive(List<Token> tokens, int j, HitsByToken hitAt) {
        int k = determiners.get(j + 1) ? j + 2 : j + 1;
        GazetteerHit owner = hitAt.get(k);
        if (owner == null || owner.place() || owner.demonym() || !isModifier(owner)) return null;
        int after = owner.last() + 1;
        boolean coordinated = after + 1 < tokens.size() && events.isCoordinator(tokens.get(after).surface())
                && hitAt.containsKey(after + 1) && isState(hitAt.get(after + 1));
        return coordinated ? null : owner;
    }

    /**
     * The holder of a post whose owner follows it ({@link #ownerAfterGenitive}): the name set off by commas after the
     * owner ("the foreign minister of Egypt, Badr Abdelatty,"), else the known holder of that post there. With neither
     * the phrase names no one: the post does not stand for its state.
     */
    private ActorPhrase holderOfOwnedPost(List<Token> tokens, int first, int start, GazetteerHit owner, String post,
                                          HitsByToken hitAt, BitSet reserved, Discourse discourse) {
        String of = stateOrBody(owner);
        ActorPhrase named = nameInApposition(tokens, first, owner.last() + 1, of, post, hitAt, reserved);
        if (named != null) return named;
        return knownHolder(tokens, start, post, of, discourse)
                .map(holder -> new ActorPhrase(first, owner.last(), holder, ActorType.Person, of, post, "title-only"))
                .orElse(null);
    }

    /**
     * "Deputy Prime Minister and Foreign Minister Ayman Safadi ... his Egyptian counterpart": the holder of two posts
     * keeps the first in the discourse ("the prime minister said") and takes the last named, the one a counterpart
     * then holds elsewhere, as the phrase's title.
     */
    private ActorPhrase holderOfBoth(ActorPhrase named, TitleRun run, Discourse discourse) {
        discourse.personWithTitle(named.title(), named.state(), named.slug());
        String state = named.state() != null ? named.state() : people.postOrganization(named.slug(), run.joinedPost(), year).orElse(null);
        return new ActorPhrase(named.first(), named.last(), named.slug(), named.type(), state, run.joinedPost(), named.method());
    }

    /**
     * "Jordan's King Abdullah and his Egyptian counterpart Abdel Fattah al-Sisi": a counterpart holds the same post
     * under the title of his own state (Egypt's president, Saudi Arabia's foreign minister), which the gazetteer knows
     * for a known person; someone it does not know keeps the title of the person he is the counterpart of.
     */
    private ActorPhrase withTheirOwnTitle(ActorPhrase named) {
        return people.titleHeld(named.slug(), named.state(), year, named.title())
                .map(own -> new ActorPhrase(named.first(), named.last(), named.slug(), named.type(), named.state(), own, named.method()))
                .orElse(named);
    }

    /**
     * "وكان عراقجي قد وصل إلى الرياض … وأجرى مباحثات مع نظيره السعودي": the post a counterpart holds in another state is
     * that of the person its sentence named last before it, whose counterpart he is, when the text gave that person a
     * post; else that of the person last named with a post (not the national security adviser named in between).
     */
    private Optional<String> postOfTheOneCountered(Discourse discourse) {
        return namedSoFar.reversed().stream().filter(ActorPhrase::isPerson).findFirst()
                .flatMap(p -> discourse.postOf(p.slug())).or(discourse::lastTitle);
    }

    /**
     * "Jordan's King Abdullah and his Egyptian counterpart": the counterpart of a head of state is the head of the other
     * state, who may hold the post under another title (Egypt's president).
     */
    private Optional<String> headOfState(String title, String organization, LocalDate day) {
        Set<String> heads = titles.headOfStateTitles();
        if (!heads.contains(title)) return Optional.empty();
        return heads.stream().flatMap(t -> people.holder(t, organization, day).stream()).findFirst();
    }

    /**
     * "A senior Houthi official, Mohammed al-Bukhaiti, said": the name set off by commas right after a title holds it.
     * The closing comma tells the name from a clause that goes on after the title.
     */
    private ActorPhrase nameInApposition(List<Token> tokens, int first, int comma, String of, String post,
                                         HitsByToken hitAt, BitSet reserved) {
        if (comma + 1 >= tokens.size() || !isLatinComma(tokens.get(comma))) return null;
        ActorPhrase named = nameAfterTitle(tokens, first, comma + 1, List.of(comma + 1), of, post, hitAt, reserved);
        boolean closed = named != null && named.last() + 1 < tokens.size() && isLatinComma(tokens.get(named.last() + 1));
        return closed ? named : null;
    }

    /** The comma of English appositions ("Esmaeil Baghaei, the spokesman for …"), which only English rules look for. */
    private static boolean isLatinComma(Token t) {
        return t.surface().equals(",");
    }

    /**
     * The person a title names, at the first of {@code starts} where a name begins: a gazetteer person, or an unknown
     * name that starts right after the title ({@code j}), with a given name, or runs to the end of its noun phrase.
     */
    private ActorPhrase nameAfterTitle(List<Token> tokens, int first, int j, List<Integer> starts, String of, String post,
                                       HitsByToken hitAt, BitSet reserved) {
        for (int nameStart : starts) {
            if (prepositionBefore(nameStart)) continue;
            String organization = nameStart > j && of == null ? bodyWithin(j, nameStart) : of;
            GazetteerHit person = personAt(hitAt, nameStart);
            if (person != null) return knownPerson(first, person, organization, post);
            // No name begins inside a known one: "the president of the United Arab Emirates" names no "Arab Emirates".
            if (covering.containsKey(nameStart) || !names.canStartName(tokens.get(nameStart))) continue;
            boolean functionWordFirst = nameStart == j && functionWordOpensName(tokens, j, reserved, post);
            int end = nameEnd(tokens, functionWordFirst ? j + 1 : nameStart, reserved, hitAt);
            if (end < nameStart) continue;
            GazetteerHit known = personAt(hitAt, end + 1);
            if (known != null && !givenNameOfSomeoneElse(tokens, nameStart, end, known)) return knownPerson(first, known, organization, post);
            if (known != null) end = lineageEnd(tokens, known, reserved, hitAt);
            boolean anchored = nameStart == j || startsWithGivenName(tokens, nameStart) || endsNounPhrase(tokens, end);
            if (anchored && (plausibleName(tokens, nameStart, end) || nameAfterRank(tokens, nameStart, end))) {
                String name = sentenceSpan(tokens, nameStart, end);
                if (post == null && givenNameAlone(tokens, nameStart, end)) {
                    Optional<String> bearer = people.namedByGivenName(tokens.get(nameStart).surface());
                    if (bearer.isPresent()) return knownPerson(first, nameStart, bearer.get(), organization, null);
                }
                Optional<String> fuller = people.fullerNameOf(name, post, organization, year);
                if (fuller.isPresent()) return knownPerson(first, end, fuller.get(), organization, post);
                return new ActorPhrase(first, end, people.register(name, organization), ActorType.Person, organization, post, "title+name");
            }
        }
        return null;
    }

    /**
     * "المتحدثة باسم منظمة الصحة العالمية مارغريت هاريس": a given name before a known person's bare surname that none
     * of that person's names has makes another person of the same family name, not a spelling of the known one. A
     * name the gazetteer matched with its given name ("Sayyid Badr Albusaidi") has only an honorific before it, and
     * "ماجد بن محمد الأنصاري" is Majed al-Ansari with his father's name. A known name that opens with a particle ("بن
     * مبارك") is a bare surname too: "محمد بن مبارك المزروعي" is someone else's lineage.
     */
    private boolean givenNameOfSomeoneElse(List<Token> tokens, int from, int to, GazetteerHit surname) {
        Actor known = gazetteer.actor(surname.slug()).orElse(null);
        boolean bareSurname = surname.last() == surname.first() || names.isParticle(tokens.get(surname.first()));
        if (known == null || !bareSurname || names.isGivenName(tokens.get(surname.first()))) return false;
        Set<String> keys = new HashSet<>();
        Stream.concat(known.labels().values().stream(), known.aliases().stream())
                .flatMap(name -> Arrays.stream(name.split("[ -]"))).forEach(word -> keys.add(MatchKeys.key(word, "")));
        // Past a particle (بن، bin) come the father's names, which a known person's label seldom carries.
        for (int k = from; k <= to && !names.isParticle(tokens.get(k)); k++) {
            if (names.isGivenName(tokens.get(k)) && !keys.contains(tokens.get(k).key())) return true;
        }
        return false;
    }

    /**
     * The last word of a name that runs through a known person's surname (see {@link #givenNameOfSomeoneElse}): the
     * surname, or, when it opens with a particle, the rest of the lineage after it ("محمد بن مبارك المزروعي").
     */
    private int lineageEnd(List<Token> tokens, GazetteerHit surname, BitSet reserved, HitsByToken hitAt) {
        if (!names.isParticle(tokens.get(surname.first()))) return surname.last();
        return Math.max(surname.last(), nameEnd(tokens, surname.last() + 1, reserved, hitAt));
    }

    /**
     * "Prince Faisal said", "وأكد الأمير خالد حرص المملكة": a given name that stands alone after an honorific (no post)
     * may be a person named in full before. English capitals end the name; an Arabic name runs on to the end of its
     * noun phrase, so there the given name stands alone unless a particle (بن، آل) goes on with the lineage.
     */
    private boolean givenNameAlone(List<Token> tokens, int nameStart, int end) {
        if (!names.isGivenName(tokens.get(nameStart))) return false;
        if (end == nameStart) return true;
        Token next = tokens.get(nameStart + 1);
        return MatchKeys.isArabic(next.surface()) && !names.isParticle(next) && !names.isGivenName(next);
    }

    /**
     * A gazetteer person after a title, perhaps behind a given name or an initial the gazetteer does not list
     * ("Antony J. Blinken"); a post with no state in the text takes the one the gazetteer knows.
     */
    private ActorPhrase knownPerson(int first, GazetteerHit person, String of, String post) {
        return knownPerson(first, person.last(), person.slug(), of, post);
    }

    private ActorPhrase knownPerson(int first, int last, String slug, String of, String post) {
        String organization = of == null && post != null ? people.postOrganization(slug, post, year).orElse(null) : of;
        return new ActorPhrase(first, last, slug, ActorType.Person, organization, post, "title+gazetteer");
    }

    /**
     * "الأمير محمد بن سلمان بن عبدالعزيز آل سعود", "الأمير فيصل بن فرحان بن عبدالله": Gulf agencies write a known
     * person's full lineage after the name the gazetteer knows; each particle (بن، آل) with the word after it belongs
     * to the name, so that a title or verb after the lineage still reaches the person.
     */
    private ActorPhrase withLineage(List<Token> tokens, ActorPhrase phrase, HitsByToken hitAt, BitSet reserved) {
        if (!phrase.isPerson() || !MatchKeys.isArabic(tokens.get(phrase.last()).surface())) return phrase;
        int last = phrase.last();
        while (last + 2 < tokens.size() && names.isParticle(tokens.get(last + 1)) && lineageWord(tokens, last + 2, hitAt, reserved)) {
            last += 2;
        }
        return last == phrase.last() ? phrase
                : new ActorPhrase(phrase.first(), last, phrase.slug(), phrase.type(), phrase.state(), phrase.title(), phrase.method());
    }

    private boolean lineageWord(List<Token> tokens, int k, HitsByToken hitAt, BitSet reserved) {
        Token t = tokens.get(k);
        return t.isWord() && !reserved.get(k) && !hitAt.containsKey(k) && !names.isStopWord(t) && titleAt(tokens, k) == null;
    }

    /**
     * "حركة حماس الفلسطينية", "حكومة «الوفاق» الليبية", "حزب الله اللبناني": a demonym of its own country right after a
     * movement's or body's name (past the quote that closes it) qualifies that name, and names no second actor beside it.
     */
    private ActorPhrase withOwnDemonym(List<Token> tokens, ActorPhrase phrase, HitsByToken hitAt) {
        if (phrase.isPlace() || phrase.isPerson() || phrase.type() == ActorType.State) return phrase;
        String country = gazetteer.actor(phrase.slug()).map(Actor::country).orElse(null);
        int next = phrase.last() + 1;
        if (next < tokens.size() && SentenceFacts.CLOSING_QUOTES.contains(tokens.get(next).surface())) next++;
        GazetteerHit demonym = hitAt.get(next);
        if (country == null || demonym == null || !demonym.demonym() || !demonym.slug().equals(country)) return phrase;
        return new ActorPhrase(phrase.first(), demonym.last(), phrase.slug(), phrase.type(), phrase.state(), phrase.title(), phrase.method());
    }

    /**
     * "Abbas Kamel, Egypt's intelligence chief" / "عباس كامل رئيس المخابرات العامة": a title after the name. Not after
     * a genitive: "Trump's envoy, Steve Witkoff," is the post of someone Trump appointed, not Trump's own.
     */
    private ActorPhrase withPostModifier(List<Token> tokens, ActorPhrase phrase, HitsByToken hitAt, BitSet reserved) {
        if (!phrase.isPerson() || phrase.title() != null || Genitives.owns(tokens, phrase.last())) return phrase;
        int j = appositionStart(tokens, phrase.last() + 1);
        if (j < tokens.size() && conjoinedTitle(tokens, j)) return phrase;
        TitleRun run = titleRun(tokens, j, null, hitAt, reserved, true, false);
        if (run.post() == null || titlesNextName(tokens, run.end(), hitAt)) return phrase;
        if (run.of() != null && people.servesElsewhere(phrase.slug(), run.of())) return phrase;
        ActorPhrase body = bodyOfPost(tokens, j, run.end(), hitAt, reserved);
        if (body != null) return new ActorPhrase(phrase.first(), body.last(), phrase.slug(), phrase.type(), body.slug(), run.post(),
                phrase.method() + "+post-title");
        ActorPhrase owner = run.of() == null ? ownerOfPostAfter(tokens, run.end(), hitAt, reserved) : null;
        if (owner != null) return new ActorPhrase(phrase.first(), owner.last(), phrase.slug(), phrase.type(), owner.slug(),
                withoutOwnComplement(run.post()), phrase.method() + "+post-title");
        String of = run.of() != null ? run.of() : people.postOrganization(phrase.slug(), run.post(), year).orElse(null);
        return new ActorPhrase(phrase.first(), run.end() - 1, phrase.slug(), phrase.type(), of, run.post(), phrase.method() + "+post-title");
    }

    /**
     * "Ali Larijani, secretary of Iran's Supreme National Security Council", "X, director of the CIA": an English post
     * after a name may name its owner behind "of"; the post is that state's or body's (as the owner is written, so a
     * body stays the body). Null when no owner the gazetteer lists, or a body name, follows the genitive.
     */
    private ActorPhrase ownerOfPostAfter(List<Token> tokens, int j, HitsByToken hitAt, BitSet reserved) {
        if (j + 1 >= tokens.size() || MatchKeys.isArabic(tokens.get(j).surface()) || !events.isGenitive(tokens.get(j).surface())) return null;
        int k = determiners.get(j + 1) ? j + 2 : j + 1;
        GazetteerHit owner = ownerAfterGenitive(tokens, j, hitAt);
        // "head of President Zelenskiy's office": a title opens no body name; the name after it is a person's.
        boolean titled = k < tokens.size() && titleAt(tokens, k) != null;
        ActorPhrase body = k < tokens.size() && !titled ? bodies.at(tokens, k, hitAt, reserved) : null;
        // A body named past its state ("Qatar's foreign ministry") is the owner, not the state before it.
        if (body != null && (owner == null || body.last() > owner.last())) return body;
        return owner == null ? null : new ActorPhrase(k, owner.last(), owner.slug(), ActorType.GovernmentBody, null, null, "post-owner");
    }

    /**
     * "secretary of Iran's Supreme National Security Council": a post whose owner the text names keeps no owner of its
     * own canonical title ("Secretary" is read "Secretary of State" only when nothing else owns it).
     */
    private static String withoutOwnComplement(String post) {
        int of = post.indexOf(" of ");
        return of < 0 ? post : post.substring(0, of);
    }

    /** Where a post after a name begins: past a comma and, after one, an article ("…, the spokesman for"). */
    private int appositionStart(List<Token> tokens, int j) {
        if (j >= tokens.size() || !Groups.isComma(tokens.get(j).surface())) return j;
        return j + 1 < tokens.size() && determiners.get(j + 1) ? j + 2 : j + 1;
    }

    /**
     * A body the gazetteer does not list named in a post's complement ("the spokesman for Iran's foreign ministry",
     * "a spokesman for the Qatari foreign ministry"): the post is in that body, as when it stands before the title.
     */
    private ActorPhrase bodyOfPost(List<Token> tokens, int from, int runEnd, HitsByToken hitAt, BitSet reserved) {
        // Arabic gold keeps the state for "المتحدث باسم وزارة الخارجية الإيرانية"; only English tenures name the body.
        if (from < tokens.size() && MatchKeys.isArabic(tokens.get(from).surface())) return null;
        int to = runEnd < tokens.size() && determiners.get(runEnd) ? runEnd + 1 : runEnd;
        for (int k = from; k <= to && k < tokens.size(); k++) {
            if (titleAt(tokens, k) != null) continue;
            ActorPhrase body = bodies.at(tokens, k, hitAt, reserved);
            if (body != null && body.last() >= runEnd) return body;
        }
        return null;
    }

    /**
     * "التقى عراقجي الرئيس المصري عبد الفتاح السيسي": a title with a name after it is that name's, the object of the
     * verb; it is no post of the name before.
     */
    private boolean titlesNextName(List<Token> tokens, int next, HitsByToken hitAt) {
        return next < tokens.size() && (personAt(hitAt, next) != null || !covering.containsKey(next) && startsWithGivenName(tokens, next));
    }

    /**
     * "فيدان ووزير الخارجية الأمريكي ماركو روبيو": a title behind a written-on conjunction (the word still a title
     * without it) begins the next person; it is no post of the name before.
     */
    private boolean conjoinedTitle(List<Token> tokens, int j) {
        Token t = tokens.get(j);
        if (titles.spellsTitle(t)) return false;
        for (String conjunction : events.conjunctionPrefixes()) {
            if (!t.surface().startsWith(conjunction) || t.surface().length() <= conjunction.length() + 1) continue;
            String rest = t.surface().substring(conjunction.length());
            var without = new ArrayList<>(tokens);
            without.set(j, new Token(t.index(), t.start() + conjunction.length(), t.end(), rest,
                    MatchKeys.key(rest, MatchKeys.isArabic(rest) ? "ar" : "en"), t.kind(), t.number()));
            if (titleAt(without, j) != null) return true;
        }
        return false;
    }

    /**
     * A run of titles, ranks, demonyms and bodies from token {@code start}: "وزير الخارجية الأمريكي", "رئيس المخابرات
     * المصرية اللواء", "Egypt's intelligence chief".
     *
     * @param end  the token after the run
     * @param post the first title that makes a tenure, as its qualifiers make it ("President-elect"); null when
     *             there is none or the run says it is no longer held ("ex-President Kenyatta")
     * @param of   the state or body the run names, or null
     * @param addressed the post a form of address in the run names when no name follows it ("سمو الأمير"), or null
     * @param beforeAnotherHolder the run stopped where another person's title begins: it names no one after it
     * @param joinedPost  a second post the run read coordinated with the first, as the same holder's; or null
     */
    private record TitleRun(int end, String post, String of, String addressed, boolean beforeAnotherHolder, String joinedPost) {}

    /**
     * @param trailing  the run follows a name: a state or body counts only first or after a title, and a title does
     *                  not reach into a longer body name
     * @param joinPosts a post coordinated right after the first one ({@link #postOfTheSameHolder}) goes on the run
     */
    private TitleRun titleRun(List<Token> tokens, int start, String of, HitsByToken hitAt, BitSet reserved,
                              boolean trailing, boolean joinPosts) {
        String post = null;
        String addressed = null;
        boolean held = true;
        String joined = null;
        boolean joining = false;
        int j = start;
        int afterTitle = -1;
        while (j < tokens.size()) {
            if (post != null && hyphenedQualifier(tokens, j)) j++;
            PhraseIndex.Hit<Title> t = reserved.get(j) ? null : titleAt(tokens, j);
            GazetteerHit h = hitAt.get(j);
            if (t != null && (h == null || t.last() >= h.last())) {
                Title title = t.value();
                if (!trailing && opensAnotherHolder(tokens, t, post, of, hitAt)) return new TitleRun(j, held ? post : null, of, addressed, true, joined);
                held &= !title.endsPost();
                if (of == null && title.makesTenure()) of = bodyOpeningTitle(tokens, t, hitAt);
                if (title.makesTenure() && post == null) post = title.canonical();
                else if (joining) joined = title.canonical();
                else if (post != null) post = title.qualify(post);
                else if (title.addressesPost()) addressed = title.canonical();
                joining = false;
                j = t.last() + 1;
                afterTitle = j;
                GazetteerHit body = covering.get(j - 1);
                ActorPhrase unlisted = body != null || trailing ? null : unlistedBodyOfTitle(tokens, t, hitAt, reserved);
                if (!trailing && body != null && body.last() >= j && !body.place() && isModifier(body)) {
                    of = stateOrBody(body);
                    j = body.last() + 1;
                } else if (unlisted != null) {
                    // Arabic gold keeps the state for a post in a body of state, as for "المتحدث باسم وزارة الخارجية".
                    if (of == null) of = unlisted.state();
                    j = unlisted.last() + 1;
                }
            } else if (h != null && !h.place() && isModifier(h) && (!trailing || post != null || j == start)) {
                if (of == null || h.demonym()) of = stateOrBody(h);
                j = h.last() + 1;
            } else if (post != null && h != null && h.place() && j == afterTitle && placeOfThePost(tokens, h, hitAt, reserved)) {
                j = h.last() + 1;
            } else if (joinPosts && post != null && joined == null && postOfTheSameHolder(tokens, j, reserved)) {
                joining = true;
                j++;
            } else {
                break;
            }
        }
        return new TitleRun(j, held ? post : null, of, addressed, false, joined);
    }

    /**
     * "ولي عهد أبوظبي الشيخ خالد بن محمد", "حاكم دبي الشيخ محمد بن راشد": a city or region right after an Arabic title is
     * the place the post is of when the holder's name (or the rank or honorific opening it) follows; without one it is
     * the place an event goes to ("زار وزير الخارجية القاهرة").
     */
    private boolean placeOfThePost(List<Token> tokens, GazetteerHit place, HitsByToken hitAt, BitSet reserved) {
        int next = place.last() + 1;
        if (next >= tokens.size() || !MatchKeys.isArabic(tokens.get(next).surface()) || reserved.get(next)) return false;
        return titleAt(tokens, next) != null || names.isGivenName(tokens.get(next)) || personAt(hitAt, next) != null;
    }

    /**
     * "CIA Director William Burns", "Kremlin spokesman Dmitry Peskov", "Mossad chief David Barnea": an English title
     * that opens with the name of a body of state the gazetteer lists is a post in that body, not in its state (as
     * "a spokesman for the State Department" is, {@link #bodyOfPost}). Arabic gold keeps the state ("رئيس الموساد").
     * Null when the title opens with no such body.
     */
    private String bodyOpeningTitle(List<Token> tokens, PhraseIndex.Hit<Title> t, HitsByToken hitAt) {
        GazetteerHit h = hitAt.get(t.first());
        if (h == null || h.place() || h.last() >= t.last() || MatchKeys.isArabic(tokens.get(t.first()).surface())) return null;
        return gazetteer.actor(h.slug()).filter(a -> a.type() == ActorType.GovernmentBody).map(Actor::slug).orElse(null);
    }

    /**
     * "رئيس هيئة الأركان العامة السعودي", "قائد القوات البرية الباكستانية", "رئيس هيئة الرقابة الإدارية": an Arabic
     * title governs the body it heads, which the gazetteer may not list; the body's name, read from a head word inside
     * the title or right after it, runs on past the title (to its adjectives and demonym) and goes on the run, so a
     * rank and a name after it are still read. Only a body its demonym places in a state: the post's tenure is the
     * state's. Null when no such body runs past the title.
     */
    private ActorPhrase unlistedBodyOfTitle(List<Token> tokens, PhraseIndex.Hit<Title> t, HitsByToken hitAt,
                                            BitSet reserved) {
        if (!MatchKeys.isArabic(tokens.get(t.first()).surface())) return null;
        // A noun that stands for its state ("القوات") heads a body when a title governs it.
        BitSet free = (BitSet) reserved.clone();
        free.andNot(proxyNouns);
        // A rank after the body begins the holder's name, not more of the body's ("هيئة الأركان العامة الفريق").
        for (int k = t.last() + 1; k < tokens.size() && k <= t.last() + MAX_COMPLEMENT_WORDS; k++) {
            if (titleAt(tokens, k) != null) free.set(k);
        }
        for (int k = t.first() + 1; k <= t.last() + 1 && k < tokens.size(); k++) {
            if (hitAt.containsKey(k) || k > t.last() && titleAt(tokens, k) != null) continue;
            ActorPhrase body = bodies.at(tokens, k, hitAt, free);
            if (body != null && body.last() > t.last() && body.state() != null) return body;
        }
        return null;
    }

    /**
     * "Qatari Prime Minister and Foreign Minister Sheikh Mohammed bin Abdulrahman", "Deputy Prime Minister and Foreign
     * Minister Ayman Safadi": an English coordinator between a post and another one with no state of its own joins two
     * offices of one holder, named once after both.
     */
    private boolean postOfTheSameHolder(List<Token> tokens, int coordinator, BitSet reserved) {
        int next = coordinator + 1;
        if (next >= tokens.size() || reserved.get(next) || MatchKeys.isArabic(tokens.get(coordinator).surface())
                || !events.isCoordinator(tokens.get(coordinator).surface())) return false;
        PhraseIndex.Hit<Title> second = titleAt(tokens, next);
        return second != null && second.value().makesTenure();
    }

    /**
     * "استقبل الرئيس المصري الرئيس الفلسطيني محمود عباس", "التقى ولي العهد السعودي الرئيس زيلينسكي": once a post has
     * its state, a second post that is definite and another office, or that has a state of its own, is another
     * person's title (the object of the verb), not a second office of the first ("ولي العهد السعودي رئيس مجلس
     * الوزراء" is construct and stays one, as does "العاهل الأردني الملك" which is the same office).
     */
    private boolean opensAnotherHolder(List<Token> tokens, PhraseIndex.Hit<Title> next, String post, String of,
                                       HitsByToken hitAt) {
        if (post == null || of == null || !next.value().makesTenure()) return false;
        boolean definiteOtherOffice = names.hasArticle(tokens.get(next.first())) && !next.value().canonical().equals(post);
        GazetteerHit after = hitAt.get(next.last() + 1);
        boolean ownState = after != null && !after.place() && isState(after) && !stateOrBody(after).equals(of);
        return definiteOtherOffice || ownState;
    }

    /** "President-elect", "Prime Minister-designate": a hyphen that writes a qualifier on the post before it. */
    private boolean hyphenedQualifier(List<Token> tokens, int j) {
        if (j + 1 >= tokens.size() || !tokens.get(j).surface().equals("-")) return false;
        PhraseIndex.Hit<Title> qualifier = titleAt(tokens, j + 1);
        return qualifier != null && qualifier.value().isQualifier();
    }

    private boolean isState(GazetteerHit h) {
        return gazetteer.actor(h.slug()).map(a -> a.type() == ActorType.State).orElse(false);
    }

    private boolean isPerson(GazetteerHit h) {
        return gazetteer.actor(h.slug()).map(a -> a.type() == ActorType.Person).orElse(false);
    }

    private boolean isModifier(GazetteerHit h) {
        return gazetteer.actor(h.slug()).map(a -> a.type() != ActorType.Person).orElse(false);
    }

    /** A post in a government body is a post of its state ("head of Egyptian intelligence" → Egypt); a group's is the group's. */
    private String stateOrBody(GazetteerHit h) {
        return gazetteer.actor(h.slug())
                .filter(a -> a.type() == ActorType.GovernmentBody && a.country() != null)
                .map(Actor::country).orElse(h.slug());
    }

    private GazetteerHit personAt(HitsByToken hitAt, int j) {
        GazetteerHit h = hitAt.get(j);
        return h == null || h.place() || !isPerson(h) ? null : h;
    }

    /**
     * Where the name after a title may begin: right away, or past the title's complement ("رئيس لجنة شؤون الأسرى
     * لدى الحوثيين عبد القادر المرتضى", "U.N. envoy to Libya Ghassan Salame"), within a few words, no punctuation and
     * no other title.
     */
    private List<Integer> nameStarts(List<Token> tokens, int j, BitSet reserved, String post) {
        var starts = new ArrayList<Integer>();
        for (int k = j; k < tokens.size() && k <= j + MAX_COMPLEMENT_WORDS; k++) {
            Token t = tokens.get(k);
            // Another title begins another phrase: "The Secretary thanked President el-Sisi".
            boolean free = !reserved.get(k) || destinationPreposition(k) || k == j && functionWordOpensName(tokens, k, reserved, post);
            if (!t.isWord() || !free || k > j && titleAt(tokens, k) != null) break;
            starts.add(k);
        }
        return starts;
    }

    /**
     * "المدير الإقليمي للجنة الدولية للصليب الأحمر في الشرق الأدنى والأوسط فابريزيو كاربوني", "رئيس وفد الحوثيين
     * المفاوض محمد عبد السلام": a title's complement may run on through a prepositional phrase or a noun that stands
     * for its actor; past those an unknown name could be anything, so only a person the gazetteer knows is the holder.
     */
    private ActorPhrase knownHolderPastComplement(List<Token> tokens, int first, int j, String of, String post,
                                                  HitsByToken hitAt, BitSet reserved) {
        boolean crossed = false;
        for (int k = j; k < tokens.size() && k <= j + MAX_COMPLEMENT_WORDS; k++) {
            Token t = tokens.get(k);
            if (!t.isWord() || k > j && titleAt(tokens, k) != null) return null;
            GazetteerHit person = personAt(hitAt, k);
            if (person != null) return crossed && !prepositionBefore(k) ? knownPerson(first, person, of != null ? of : bodyWithin(j, k), post) : null;
            boolean linking = prepositions.get(k) || proxyNouns.get(k);
            if (reserved.get(k) && !linking) return null;
            crossed |= linking;
        }
        return null;
    }

    /**
     * "رئيس هيئة الأركان العامة للقوات المسلحة الإيرانية اللواء محمد باقري", "رئيس جهاز الأمن الوقائي العميد …": a rank
     * ends the complement of the post before it, and the name after the rank is the post's holder. The complement is a
     * noun phrase: a function word, a verb or another title before the rank ends it.
     */
    private ActorPhrase holderAfterRankPastComplement(List<Token> tokens, int first, int j, String of, String post,
                                                      HitsByToken hitAt, BitSet reserved) {
        for (int k = j; k < tokens.size() && k <= j + MAX_COMPLEMENT_WORDS; k++) {
            Token t = tokens.get(k);
            PhraseIndex.Hit<Title> title = titleAt(tokens, k);
            if (k > j && title != null && title.value().isRank() && title.last() + 1 < tokens.size()) {
                int name = title.last() + 1;
                return nameAfterTitle(tokens, first, name, List.of(name), of != null ? of : bodyWithin(j, k), post, hitAt, reserved);
            }
            boolean linking = prepositions.get(k) || proxyNouns.get(k);
            if (!t.isWord() || title != null || reserved.get(k) && !linking || names.isStopWord(t)) return null;
        }
        return null;
    }

    /**
     * "an aide to Netanyahu", "a spokesman for Netanyahu": a name right after a preposition is the object of the
     * title's complement, not the holder of the post, who goes unnamed.
     */
    private boolean prepositionBefore(int k) {
        return k > 0 && prepositions.get(k - 1);
    }

    /** A preposition before a place, state or body: where an envoy is sent ("إلى ليبيا", "to Libya"). */
    private boolean destinationPreposition(int k) {
        GazetteerHit next = covering.get(k + 1);
        return prepositions.get(k) && next != null && next.first() == k + 1;
    }

    /**
     * A function word that opens the name right after a title: a capitalized Latin one ({@link #functionWordOpensName}),
     * or, after honorifics alone, an Arabic given name that folds with a function word ({@link #givenNameLikeAFunctionWord}).
     */
    private boolean functionWordOpensName(List<Token> tokens, int k, BitSet reserved, String post) {
        return functionWordOpensName(tokens, k, reserved) || post == null && givenNameLikeAFunctionWord(tokens, k, reserved);
    }

    /**
     * "ومعالي علي الشامسي الأمين العام": "علي" (Ali) folds with the preposition "على", but written with its final yaa
     * right after an honorific (no post, which a preposition may follow: "شدد الرئيس علي ضرورة") and before a word
     * that may go on a name, it opens the name.
     */
    private boolean givenNameLikeAFunctionWord(List<Token> tokens, int k, BitSet reserved) {
        if (k == 0 || k + 1 >= tokens.size()) return false;
        Token word = tokens.get(k);
        boolean function = pronouns.get(k) || prepositions.get(k) || names.isStopWord(word);
        if (!function || !MatchKeys.isArabic(word.surface()) || !names.spellsGivenName(word)) return false;
        Token next = tokens.get(k + 1);
        return next.isWord() && MatchKeys.isArabic(next.surface()) && !reserved.get(k + 1) && !names.isStopWord(next)
                && !names.isPrepositionalPhrase(next) && titleAt(tokens, k + 1) == null;
    }

    /**
     * "Vice Premier He Lifeng", "President To Lam": a Latin word in capitals that is also a pronoun, a preposition or a
     * function word opens a name when a capitalized word that could go on a name follows it; mid-sentence, English writes
     * such words in capitals only as names.
     */
    private boolean functionWordOpensName(List<Token> tokens, int k, BitSet reserved) {
        if (k == 0 || k + 1 >= tokens.size()) return false;
        Token word = tokens.get(k);
        boolean function = pronouns.get(k) || prepositions.get(k) || !reserved.get(k) && names.isStopWord(word);
        if (!function || !word.isWord() || MatchKeys.isArabic(word.surface()) || !capitalized(word)) return false;
        Token next = tokens.get(k + 1);
        return next.isWord() && capitalized(next) && !reserved.get(k + 1) && !covering.containsKey(k + 1) && !names.isStopWord(next)
                && titleAt(tokens, k + 1) == null;
    }

    /** A given name, or a particle and a given name (عبد القادر، أبو محمد). */
    private boolean startsWithGivenName(List<Token> tokens, int k) {
        return names.isGivenName(tokens.get(k))
                || names.isParticle(tokens.get(k)) && k + 1 < tokens.size() && names.isGivenName(tokens.get(k + 1));
    }

    /** A name that runs to the end of its noun phrase: punctuation, a function word or the sentence's end after it. */
    private boolean endsNounPhrase(List<Token> tokens, int end) {
        if (end + 1 >= tokens.size()) return true;
        Token next = tokens.get(end + 1);
        return next.isPunct() || names.isStopWord(next) || names.isPrepositionalPhrase(next);
    }

    /**
     * "الفريق أول ركن فياض الرويلي", "اللواء محمد باقري": a rank stands only before a name, so the two words or more
     * right after it are one even when a word bears the article, as Arabic family names do (الرويلي).
     */
    private boolean nameAfterRank(List<Token> tokens, int from, int to) {
        if (to == from || events.hasPronounSuffix(tokens.get(to).surface())) return false;
        for (int k = Math.max(0, from - MAX_RANK_WORDS); k < from; k++) {
            PhraseIndex.Hit<Title> t = titleAt(tokens, k);
            if (t != null && t.last() == from - 1 && t.value().isRank()) return true;
        }
        return false;
    }

    /**
     * A one-word name must be a known given name; a longer one that does not start with a given name (or a particle
     * and a given name: عبد القادر) must have no word with the article and, unless a particle opens it, no pronoun on
     * its last word ("حكومة تصريف الأعمال" is a description, "ماثيو ميلر" a name).
     */
    private boolean plausibleName(List<Token> tokens, int from, int to) {
        if (startsWithGivenName(tokens, from)) return true;
        if (from == to) return false;
        // "أكد فخامة الرئيس حرص بلاده" (his country's eagerness): a pronoun on the last word ends a possessed noun, no name.
        if (!names.isParticle(tokens.get(from)) && events.hasPronounSuffix(tokens.get(to).surface())) return false;
        for (int k = from; k <= to; k++) if (names.hasArticle(tokens.get(k))) return false;
        // "من وزير الخارجية القطري رسالة خطية": the object after a title, a noun and its adjective, is no name.
        return !(to == from + 1 && MatchKeys.nounWithItsFeminineAdjective(tokens.get(from).surface(), tokens.get(to).surface()));
    }

    /**
     * The first state or body named between two tokens: what a title's complement says the post belongs to; not one
     * after a preposition, which is where an envoy is sent ("المبعوث الأممي إلى ليبيا").
     */
    private String bodyWithin(int from, int toExclusive) {
        for (int k = from; k < toExclusive; k++) {
            GazetteerHit h = covering.get(k);
            boolean destination = h != null && h.first() > 0 && prepositions.get(h.first() - 1);
            if (h != null && !h.place() && isModifier(h) && !destination) return stateOrBody(h);
        }
        return null;
    }

    /** Index of the last word of a name starting at {@code j}, or j-1 when there is none. */
    private int nameEnd(List<Token> tokens, int j, BitSet reserved, HitsByToken hitAt) {
        int words = 0;
        int particles = 0;
        int end = j - 1;
        for (int k = j; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (t.surface().equals("-") && end == k - 1 && k + 1 < tokens.size() && tokens.get(k + 1).isWord()) continue;
            if (!t.isWord() || reserved.get(k) || hitAt.containsKey(k) || names.isStopWord(t) || names.isPrepositionalPhrase(t)) break;
            if (!MatchKeys.isArabic(t.surface()) && !Character.isUpperCase(t.surface().charAt(0)) && !names.isParticle(t)
                    && !secondHalfOfAHyphenedName(tokens, k, end)) break;
            if (titleAt(tokens, k) != null) break;
            if (names.isParticle(t)) {
                if (++particles > MAX_PARTICLES) break;
            } else if (++words > MAX_NAME_WORDS) {
                break;
            }
            end = k;
        }
        while (end >= j && names.isParticle(tokens.get(end))) end--;
        return end;
    }

    /**
     * "Kim Hong-kyun", "Lee Jae-myung": the lower-case half glued by a hyphen to a word of the name is part of that
     * word; an -ed participle so glued ("Haftar-aligned", "Hamas-affiliated") makes a compound modifier, not a name.
     */
    private static boolean secondHalfOfAHyphenedName(List<Token> tokens, int k, int end) {
        if (end != k - 2) return false;
        Token hyphen = tokens.get(k - 1);
        boolean glued = hyphen.surface().equals("-") && hyphen.start() == tokens.get(end).end() && tokens.get(k).start() == hyphen.end();
        return glued && !tokens.get(k).surface().endsWith(PARTICIPLE_ENDING);
    }

    private static String sentenceSpan(List<Token> tokens, int from, int to) {
        var sb = new StringBuilder();
        for (int k = from; k <= to; k++) {
            Token t = tokens.get(k);
            if (k > from && !t.surface().equals("-") && !tokens.get(k - 1).surface().equals("-")) sb.append(' ');
            sb.append(t.surface());
        }
        return sb.toString();
    }

    /**
     * The gazetteer hit at each token of the sentence being read: asked at nearly every token by most rules, so an
     * array, not a map of boxed indexes. A token outside the sentence has none.
     */
    static final class HitsByToken {
        private final int tokens;
        /** Made at the first hit: many sentences name nothing the gazetteer knows. */
        private GazetteerHit[] hits;

        HitsByToken(int tokens) {
            this.tokens = tokens;
        }

        int size() { return tokens; }

        GazetteerHit get(int k) {
            return hits != null && k >= 0 && k < tokens ? hits[k] : null;
        }

        boolean containsKey(int k) {
            return get(k) != null;
        }

        void put(int k, GazetteerHit hit) {
            if (hits == null) hits = new GazetteerHit[tokens];
            hits[k] = hit;
        }
    }
}
