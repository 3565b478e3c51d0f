package org.diplokg.extract;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.diplokg.lexicon.Cue;
import org.diplokg.lexicon.EventLexicon;
import org.diplokg.lexicon.EventTypeRule;
import org.diplokg.lexicon.PhraseIndex.Hit;
import org.diplokg.lexicon.Preposition;
import org.diplokg.lexicon.Trigger;
import org.diplokg.model.ActorType;
import org.diplokg.model.EventType;
import org.diplokg.model.Role;
import org.diplokg.text.MatchKeys;
import org.diplokg.text.Token;

/**
 * Who does what a trigger says: the subject of a verb (after an Arabic verb first, before an English one first), the
 * genitive or nisba of a noun, the subject a light verb lends the noun it governs; and where the actor standing there
 * is no subject (an unnamed speaker, an actor inside a relative clause, a preposition's object, a reported clause).
 */
final class Subjects {
    static final int SUBJECT_GAP = 2;
    static final int LIGHT_VERB_REACH = 2;
    private static final Set<String> ABSOLUTE = Set.of("absolute");
    /** Words that may stand between an absolute clause's subject and its verb ("with Oman once again acting as mediator"). */
    private static final Set<String> ADVERB = Set.of("adverb");
    /** Opens an adjunct of an event's setting ("in a statement", "on Sunday"). */
    private static final Set<String> SETTING_ADJUNCT = Set.of("adjunct");
    static final Set<String> COMITATIVE = Set.of("comitative");
    private static final Set<String> UNNAMED_SUBJECT = Set.of("unnamed-subject");
    /** "but" before a verb: joined to the clause before, whose subject it shares, as after "and". */
    private static final Set<String> ADVERSATIVE = Set.of("adversative");
    /** The flag of speech verbs that react to what they name as their object ("condemned", "mocked"). */
    private static final String REACTION = "reaction";
    /** Nouns for people the text does not name that, as a speech verb's subject, leave it no speaker. */
    private static final String UNNAMED_SPEAKER = "unnamed-speaker";
    private static final Set<String> UNNAMED_SPEAKERS = Set.of("unnamed-subject", UNNAMED_SPEAKER);
    /** Names and nouns of news outlets, which report what others said and make no statement of their own. */
    private static final Set<String> NEWS_MEDIUM = Set.of("news-medium");
    /** How far after an inverted speech verb the noun of its unnamed subject may stand ("said a senior Egyptian source"). */
    private static final int INVERTED_SPEAKER_REACH = 4;
    /** How far after an inverted speech verb the name of its subject may stand ("said Qatar's foreign ministry spokesman Majed al-Ansari"). */
    private static final int INVERTED_PERSON_REACH = 7;
    /** How far a subject's unnamed official may stand before its speech verb when words qualify it in between. */
    private static final int QUALIFIED_SPEAKER_REACH = 10;
    private static final Set<String> RELATIVE = Set.of("relative");
    private static final Set<String> POSSESSIVE = Set.of("possessive");
    private static final String PURPOSE_KIND = "irrealis";
    private static final Set<String> PROXY = Set.of("proxy-noun");
    private static final String PURPOSE = "purpose";
    private static final String REALIS_KIND = "realis";
    /** The value of the realis cues of thanks and praise, whose object is credited with the act after "for". */
    private static final String CREDIT = "credit";
    private static final Set<String> INFINITIVE = Set.of("infinitive");
    private static final Set<String> PERFECT = Set.of("perfect");
    private static final Set<String> COMPLEMENTIZER = Set.of("complementizer");
    /** How far before its verb a subject noun with the speaker's pronoun may begin: the noun and one adjective. */
    private static final int POSSESSED_SUBJECT_REACH = 2;
    static final Set<String> IN_IT = Set.of("in-it");
    private static final Set<String> RESUMPTIVE = Set.of("resumptive");
    private static final Set<String> QUOTING = Set.of("quoting");
    private static final Set<String> QUOTED_AS = Set.of("quoted-as");
    /** The pronoun on the preposition of a quoted speaker, right before the quoted speech noun (عنه قوله). */
    private static final Set<String> QUOTED_FROM = Set.of("quoted-from");
    /** A noun for a kind of place before its name (مدينة، العاصمة) leaves the name right after the verb. */
    private static final Set<String> PLACE_NOUNS = Set.of("place-noun", "capital");
    /** Noun phrases that point back to actors named before them ("the two sides", "the six countries", "the participants"). */
    private static final Set<String> POINTING_BACK = Set.of("dual", "counted-sides", "participants", "anaphor");
    private static final Set<String> DUAL = Set.of("dual");
    private static final String LIGHT_VERB = "light-verb";
    /** Words after which a new clause, with a subject of its own, may begin: "but", "which", "that" (and coordinators). */
    private static final Set<String> CLAUSE_OPENERS = Set.of("adversative", "relative", "complementizer");
    /** Deal nouns whose English modifier names their principal actor ("a U.S. proposal"). */
    private static final Set<EventType> PREMODIFIED_DEALS = Set.of(EventType.Proposal, EventType.Agreement, EventType.Ceasefire,
            EventType.Exchange, EventType.Negotiation);
    /**
     * Events whose noun a relative light verb's subject makes, signs or wages ("زيارة يقوم بها"، "الاتفاق الذي أبرمته"،
     * "الهجوم الذي شنته إسرائيل"، "الحرب التي تشنها").
     */
    private static final Set<EventType> RELATIVE_LIGHT_VERB_DOERS = Set.of(EventType.Visit, EventType.Tour, EventType.Agreement,
            EventType.MilitaryOperation, EventType.Conflict);
    /** Event nouns whose English genitive {@link #premodifier} weighs by its own rules. */
    private static final Set<EventType> PREMODIFIER_WEIGHED = Set.of(EventType.MilitaryOperation, EventType.Conflict, EventType.Resolution);
    /** Actors that pass resolutions, and so may name one by standing before it. */
    static final Set<ActorType> VOTING_BODIES = Set.of(ActorType.InternationalOrganization, ActorType.GovernmentBody,
            ActorType.Organization);
    /** Principal roles a light verb's subject shares with the actor a preposition gives ("تلقى اتصالا من نظيره": both call). */
    private static final Set<Role> SHARED_PRINCIPALS = Set.of(Role.participant, Role.party);
    /** How many tokens a speaker may take between the comma after a reported clause and the speech verb. */
    private static final int POSTPOSED_SPEAKER_REACH = 10;

    private final EventLexicon lexicon;
    private final boolean verbFirst;
    private final SharedArguments shared;

    Subjects(EventLexicon lexicon, SharedArguments shared) {
        this.lexicon = lexicon;
        this.verbFirst = lexicon.verbFirst();
        this.shared = shared;
    }

    /**
     * Subject of a verb (in English after the verb only for speech: "…, said Blinken"; "were freed, X said" has
     * no subject after "freed"), genitive of a noun; a noun without a genitive takes the subject of a light verb that governs
     * it ("تجري حماس وإسرائيل مفاوضات", "Israel and Hamas held talks"), not any actor that happens to stand before it.
     */
    Groups.Group subject(SentenceFacts facts, Hit<Trigger> hit, Groups groups, Groups sentence, Set<ActorPhrase> used) {
        Groups.Group after = groups.after(hit.last(), SUBJECT_GAP, used);
        Groups.Group before = groups.before(hit.first(), used);
        int verb = hit.value().verb() ? hit.first() : governingLightVerb(facts, hit.first());
        Groups.Group shared = verb < 0 ? null : sharedClauseSubject(facts, sentence, verb, used);
        if (!hit.value().verb()) {
            Groups.Group doer = verbFirst ? subjectOfARelativeLightVerb(facts, groups, hit, used) : subjectOfAnObjectRelative(facts, sentence, hit, used);
            if (doer != null) return doer;
            Groups.Group owner = englishPossessor(facts, before, hit);
            if (owner != null) return owner;
            Groups.Group genitive = genitiveOrNisba(facts, groups, hit, used);
            if (genitive == null) genitive = lamGenitiveAfterAnAdjective(facts, groups, hit.last(), used);
            if (genitive != null && !genitive.allPlaces() && !prepositionWrittenOn(facts, genitive)) return genitive;
            if (before != null && (premodifier(facts, before, hit) || ownerOfADatedStrike(facts, before, hit))) return before;
            // "قدم لبنان ردا على المقترح": the light verb's object is the answer; who answers made no proposal.
            if (facts.answeredNoun(hit.first())) return null;
            if (shared != null) return shared;
            Groups.Group answerer = answerer(facts, sentence, hit.first(), used);
            if (answerer != null) return answerer;
            // "وتشن إسرائيل غارات على مناطق في لبنان، كما بدأت عملية برية": an actor a preposition governs is no subject.
            // "وعقد وزراء خارجية مصر والأردن اجتماعا": the subject's phrase begins at the proxy noun the states stand behind.
            if (before != null && lightVerbBetween(facts, facts.proxyBefore(before.first()), hit.first())
                    && !facts.governedByAPreposition(before.first(), lexicon)) return before;
            return possessedLightVerbAntecedent(facts, hit.first(), used);
        }
        Groups.Group antecedent = verbFirst ? antecedentOfARelativeVerb(facts, hit, used) : null;
        if (antecedent != null) return antecedent;
        if (verbFirst && dualRightAfter(facts, hit.last(), after)) return null;
        // "قال هوكشتاين إنه التقى رئيس مجلس النواب نبيه بري": the pronoun on the complementizer is the verb's subject.
        if (verbFirst && pronounOnAComplementizerBefore(facts, hit.first())) return null;
        // "قال الجيش الإسرائيلي إن طائراته قصفت مواقع لحزب الله": the pronoun on the subject noun is the speaker's.
        if (verbFirst && possessedSubjectAfterAComplementizer(facts, lexicon, hit.first()) >= 0) return null;
        // "قال مصدر مطلع لوكالة الأناضول": a noun for people the text does not name, right after the verb, is its subject.
        if (verbFirst && unnamedSubjectRightAfter(facts, hit.last())) return null;
        if (verbFirst && newsMediumReports(facts, hit, after)) return null;
        if (unnamedSpeaker(facts, hit, verbFirst ? after : before)) return null;
        if (!verbFirst && unnamedSpeakerInverted(facts, hit)) return null;
        Groups.Group invertedPerson = verbFirst ? null : personAfterAnInvertedVerb(facts, hit, used);
        if (invertedPerson != null) return invertedPerson;
        // "وأكد سموه" (His Highness stressed): the honorific pronoun is the subject; the discourse gives its referent.
        if (verbFirst && this.shared.honorificPronounAt(facts, hit.last() + 1)) return null;
        if (verbFirst && before != null && hit.value().type() == EventType.Statement) before = sideOfALeader(facts, groups, before, used);
        if (verbFirst && before != null && (subjectOfAnAuxiliary(facts, before, hit.first())
                || subjectOfAComplementizer(facts, before, hit.first()))) return before;
        // "يلتقي بلينكن السيسي، على أن يزور الدوحة": an Arabic verb after "على أن" has its subject after it or shares the
        // main verb's; the actors before the cue are the main clause's.
        if (verbFirst && facts.cueEndsAt(hit.first() - 1, INFINITIVE)) before = null;
        boolean afterIsDestination = after != null && "place".equals(hit.value().object())
                && after.phrases().stream().allMatch(ActorPhrase::canBePlace) && before != null;
        if (verbFirst) {
            after = mediatorInApposition(facts, groups, after, used);
            if (after != null && facts.counterpartAt(after.first())) after = null;
            // "أعرب سمو الأمير عن ترحيبه بالرئيس الفرنسي": an actor behind a preposition written on it is no subject.
            if (after != null && prepositionWrittenOn(facts, after)) after = null;
            boolean cityForItsState = after != null && after.allPlaces() && rightAfter(facts, hit.last(), after)
                    && !"place".equals(hit.value().object());
            if (after != null && (!after.allPlaces() || cityForItsState) && !afterIsDestination) return after;
            // "رحبت الحكومة بالمقترح الأمريكي ووافقت عليه": a verb joined to an earlier one with no subject after it shares
            // that verb's subject; a nisba before it qualifies a noun of the first clause and is no subject.
            if (before != null && before.phrases().stream().allMatch(ActorPhrase::isBareDemonym) && joinedToAnEarlierVerb(facts, hit)) {
                return null;
            }
            // "والتقى أردوغان نظيره الروسي بوتين، وأعرب عن أمله": the actor before a joined speech verb is the earlier
            // verb's object; the speaker is that verb's subject, which the joined verb shares.
            if (before != null && hit.value().type() == EventType.Statement && joinedToAnEarlierVerb(facts, hit)) return null;
            // "… في القاهرة، وبحثا …": the place a preposition governs ends the clause before; it is no subject.
            return before != null && facts.governedByAPreposition(before.first(), lexicon) ? null : before;
        }
        // "…, and the two sides signed the text early Thursday": "the two sides" opening a clause of their own are its
        // subject ({@link PointingBack} says whom they stand for), not an actor of the clause before.
        if (pointerOpensTheClause(facts, hit.first())) return null;
        Groups.Group relativeAntecedent = antecedentOfAnEnglishRelative(facts, groups, hit, used);
        if (relativeAntecedent != null) return relativeAntecedent;
        Groups.Group roleHolders = holdersOfARole(facts, sentence, hit.first(), used);
        if (roleHolders != null) return roleHolders;
        Groups.Group traveller = personOfAnInfinitiveApposition(facts, hit, groups, used);
        if (traveller != null) return traveller;
        // "It was now up to the United States to convince Russia, he said": the pronoun, not Russia, is the subject.
        if (SharedArguments.hasPronounSubject(facts, hit.first())) return null;
        // "…, witnesses said": a noun for people the text does not name is the subject; no actor further back is.
        if (facts.cueEndsAt(hit.first() - 1, UNNAMED_SUBJECT)) return null;
        if (before != null && unnamedNounPhraseAfterAComma(facts, before, hit.first())) return null;
        if (before != null && absoluteSubjectBefore(facts, hit.first())) return before;
        Groups.Group asideSubject = subjectBeforeAParticipialAside(facts, hit.first());
        if (asideSubject != null) return asideSubject;
        int apposition = before == null ? -1 : appositionAround(facts, before, hit.first());
        if (apposition > 0) {
            Groups.Group described = groups.before(apposition, used);
            return described != null && described.last() == apposition - 1 ? described : null;
        }
        if (before != null && genitiveOfAnApposition(facts, before, hit.first())) {
            Groups.Group described = groups.before(before.first(), used);
            if (described != null && described.last() == facts.governingWord(before.first(), lexicon) - 1) return described;
        }
        if (shared != null) return shared;
        before = groups.ungovernedFrom(facts, before, used);
        if (before == null || before.allPlaces() || insideAClosedRelativeClause(facts, before, hit.first())) {
            Groups.Group outside = beforeRelativeClause(facts, hit.first(), used);
            if (outside != null) before = outside;
        }
        if (before != null) return before;
        return hit.value().type() == EventType.Statement && quotativeInversion(facts, hit) ? after : null;
    }

    /**
     * "and the two sides agreed to", "but the two sides signed", "which the two sides signed on 11 May": a dual right
     * after a word that opens a clause (a coordinator, "but", a relative pronoun, "that"), with at most
     * {@link #SUBJECT_GAP} words (auxiliaries, adverbs) before the verb, is the verb's subject.
     */
    private boolean opensAClause(SentenceFacts facts, int token) {
        return token >= 0 && (lexicon.isCoordinator(facts.sentence().tokens().get(token).surface()) || facts.cueEndsAt(token, CLAUSE_OPENERS));
    }

    private boolean pointerOpensTheClause(SentenceFacts facts, int verb) {
        List<Token> tokens = facts.sentence().tokens();
        for (Hit<Cue> c : facts.cuesOf(DUAL)) {
            if (c.last() < verb && verb - c.last() <= 1 + SUBJECT_GAP && opensAClause(facts, c.first() - 1) && lexicon.isDual(tokens, c)
                    && !phraseBetween(facts, c.last(), verb)) return true;
        }
        return false;
    }

    private static boolean phraseBetween(SentenceFacts facts, int after, int before) {
        for (ActorPhrase p : facts.phrases()) if (p.first() > after && p.last() < before) return true;
        return false;
    }

    /**
     * "نقلت رويترز عن أردوغان قوله إن …": the quoted speaker stands right before the noun its pronoun points to.
     * "نقل الموقع الرسمي لخامنئي عنه قوله": a pronoun on the preposition before the noun points back to the actor right
     * before that preposition, the one the source is named after; a news outlet there ("نقلت وكالة الأنباء عنه
     * قوله") only relays, and its speaker is told earlier.
     */
    Groups.Group quotedSpeaker(SentenceFacts facts, Groups groups, Hit<Trigger> hit, Set<ActorPhrase> used) {
        int noun = hit.first();
        Groups.Group before = groups.before(noun, used);
        if (before == null) return null;
        if (before.last() == noun - 1) return before;
        boolean pointsBack = facts.cueStartsAt(noun - 1, QUOTED_FROM) && before.last() == noun - 2;
        return pointsBack && !namesANewsMedium(facts, before) ? before : null;
    }

    /**
     * "IRNA quoted Foreign Minister Abbas Araqchi as saying", "the Saudi Press Agency quoted the crown prince as
     * saying": the speaker of a participle after "as" is the object of the verb of quoting, right before "as"; the outlet
     * that quotes only relays what was said.
     */
    Groups.Group quotedAsSaying(SentenceFacts facts, Groups groups, Hit<Trigger> hit, Set<ActorPhrase> used) {
        int as = hit.first() - 1;
        if (verbFirst || !facts.cueEndsAt(as, QUOTED_AS)) return null;
        Groups.Group quoted = groups.before(as, used);
        return quoted != null && quoted.last() == as - 1 && facts.cueEndsAt(quoted.first() - 1, QUOTING) ? quoted : null;
    }

    private static boolean namesANewsMedium(SentenceFacts facts, Groups.Group group) {
        return facts.cuesOf(NEWS_MEDIUM).stream().anyMatch(c -> c.last() >= group.first() - 1 && c.first() <= group.last());
    }

    /**
     * "خلال زيارة يقوم بها المستشار الألماني إلى الصين", "في زيارة يجريها أردوغان إلى العراق": a light verb right after
     * the noun (or its adjective, and a relative pronoun) whose pronoun points back to it opens a relative clause; its
     * subject makes the trip, or signs the deal ("الاتفاق النووي الذي أبرمته إيران مع القوى الكبرى"). Only trips and
     * deals: "مشروع قرار قدمته الولايات المتحدة" names who drafted a resolution, not who adopted it.
     */
    private Groups.Group subjectOfARelativeLightVerb(SentenceFacts facts, Groups groups, Hit<Trigger> hit, Set<ActorPhrase> used) {
        if (!RELATIVE_LIGHT_VERB_DOERS.contains(hit.value().type()) || facts.cuesOf("light-verb").isEmpty()) return null;
        List<Token> tokens = facts.sentence().tokens();
        Hit<Cue> light = facts.cuesOf("light-verb").stream().filter(c -> c.first() > hit.last()
                && wordsBeforeARelativeClause(facts, hit.last(), c.first()) <= 1 && !facts.punctuationBetween(hit.last(), c.first()))
                .findFirst().orElse(null);
        if (light == null) return null;
        boolean pointsBack = lexicon.hasPronounSuffix(tokens.get(light.last()).surface()) || facts.cueStartsAt(light.last() + 1, RESUMPTIVE);
        Groups.Group doer = pointsBack ? groups.after(light.last(), SUBJECT_GAP, used) : null;
        // "جولة خليجية بدأها الاثنين من السعودية": where the trip set out from is no doer; the clause's doer goes unsaid.
        return doer != null && !doer.allPlaces() && !facts.governedByAPreposition(doer.first(), lexicon) ? doer : null;
    }

    /**
     * "the offensive on Tripoli that Haftar launched in April 2019", "the visit that Blinken made to Cairo": the
     * subject of a light verb in an English relative clause on the noun ({@link ObjectRelatives}) makes the trip,
     * signs the deal or wages the offensive.
     */
    private Groups.Group subjectOfAnObjectRelative(SentenceFacts facts, Groups sentence, Hit<Trigger> hit, Set<ActorPhrase> used) {
        if (!RELATIVE_LIGHT_VERB_DOERS.contains(hit.value().type())) return null;
        ObjectRelatives.Clause clause = ObjectRelatives.on(facts, sentence, lexicon, hit.last(), c -> c.value().kind().equals(LIGHT_VERB), used);
        return clause == null ? null : clause.subject();
    }

    /** The words strictly between two tokens, a relative pronoun aside: an adjective of the noun before its clause. */
    private static int wordsBeforeARelativeClause(SentenceFacts facts, int from, int to) {
        int words = 0;
        for (int k = from + 1; k < to; k++) if (!facts.cueStartsAt(k, RELATIVE)) words++;
        return words;
    }

    /**
     * A verb with a conjunction on it or before it, and an event verb (or a light verb's event noun: "أجرى اتصالا
     * هاتفيا") earlier in its clause whose subject it may share.
     */
    private boolean joinedToAnEarlierVerb(SentenceFacts facts, Hit<Trigger> hit) {
        boolean joined = SharedArguments.conjoined(lexicon, facts, hit);
        int clause = EventFinder.clauseStart(facts, 0, hit.first());
        return joined && facts.triggers().stream().anyMatch(t -> (t.value().verb() || governingLightVerb(facts, t.first()) >= clause)
                && t.first() >= clause && t.last() < hit.first());
    }

    /**
     * "افتتح فيدان الاجتماع بكلمة قال فيها إن …", "ألقى غوتيريش كلمة أمام مجلس الأمن أكد فيها": a verb right before
     * "in it" with no subject after it, and no comma before it (a report's clause: "تقرير أصدره غروسي …، قال فيه"
     * keeps the subject it has), is said in the speech noun before it, by whoever gave the speech, the clause's
     * subject, as a participle is; an actor before it ("أمام مجلس الأمن") is no subject of it.
     */
    static boolean saidInASpeech(SentenceFacts facts, Hit<Trigger> hit, Groups.Group subject) {
        boolean rightAfterItsNoun = hit.first() > 0 && !facts.sentence().tokens().get(hit.first() - 1).isPunct();
        return hit.value().verb() && rightAfterItsNoun && facts.cueStartsAt(hit.last() + 1, IN_IT) && (subject == null || subject.first() < hit.first());
    }

    /**
     * "Fidan, whose government hosted and mediated the session", "Netanyahu, whose forces struck Rafah": a verb right
     * after ", whose" and a noun that stands for a state ("proxy-noun" cues) is done by the state of its subject's
     * post, not by the person the relative clause is on.
     */
    boolean throughTheirState(SentenceFacts facts, Groups.Group subject, Hit<Trigger> hit) {
        int relative = subject.last() + 2;
        boolean comma = relative - 1 < facts.sentence().tokens().size() && Groups.isComma(facts.sentence().tokens().get(relative - 1).surface());
        return !verbFirst && hit.value().verb() && comma && facts.cueStartsAt(relative, RELATIVE)
                && facts.cuesOf(PROXY).stream().anyMatch(c -> c.first() == relative + 1 && c.last() == hit.first() - 1);
    }

    /**
     * "Fidan was received by al-Sharaa in Damascus", "the talks were hosted by Oman": an English verb in the passive (a
     * clause auxiliary right before it) with its agent in a "by" phrase right after it, or past a place adjunct ("was
     * welcomed at the airport by Sisi", see {@link PassiveAgents}); the agent plays the verb's
     * subject roles and the actor before the auxiliary its object role.
     */
    boolean passiveWithAgent(SentenceFacts facts, Hit<Trigger> hit) {
        if (verbFirst || !hit.value().verb()) return false;
        return lexicon.auxiliaryBefore(facts.sentence().tokens(), hit.first())
                && PassiveAgents.agentAfter(facts.sentence().tokens(), facts.prepositions(), facts.phrases(), hit.last()) != null;
    }

    /**
     * "Blinken thanked Egypt for hosting the talks", "praised Oman for its mediation": after a verb of credit
     * ("credit" realis cues) the one credited, named right before the "for" that opens the act (its possessive
     * determiner aside), does that act; the one who thanks does not. Null when the trigger stands in no such frame.
     */
    Groups.Group credited(SentenceFacts facts, Groups sentence, Hit<Trigger> hit, Set<ActorPhrase> used) {
        int purpose = purposeRightBefore(facts, hit.first());
        if (purpose < 0) return null;
        Groups.Group thanked = sentence.before(purpose, used);
        return thanked != null && thanked.last() == purpose - 1 && creditVerbEndsAt(facts, thanked.first() - 1) ? thanked : null;
    }

    /** The "for" that opens the act right before the trigger, past a possessive determiner ("for its mediation"), or -1. */
    private static int purposeRightBefore(SentenceFacts facts, int trigger) {
        int word = facts.cueEndsAt(trigger - 1, POSSESSIVE) ? trigger - 2 : trigger - 1;
        // Asked of every trigger: a plain loop, no stream to set up.
        for (Hit<Cue> c : facts.cuesOf(PURPOSE_KIND)) if (c.first() == word && c.last() == word && PURPOSE.equals(c.value().value())) return word;
        return -1;
    }

    private static boolean creditVerbEndsAt(SentenceFacts facts, int word) {
        for (Hit<Cue> c : facts.cuesOf(REALIS_KIND)) if (c.last() == word && CREDIT.equals(c.value().value())) return true;
        return false;
    }

    /**
     * "Egypt's critical role, alongside Qatar, in mediating the negotiations", "Oman's role in mediating between Iran
     * and the United States": the genitive of a role noun ("role" cues) is the subject of the verb its window reaches,
     * which says what the role was, and so is whoever a comitative cue between them names.
     */
    private Groups.Group holdersOfARole(SentenceFacts facts, Groups sentence, int verb, Set<ActorPhrase> used) {
        Hit<Cue> role = null;
        for (Hit<Cue> c : facts.cuesOf("role")) if (c.value().reaches(c.last(), verb)) role = c;
        ActorPhrase holder = role == null ? null : genitiveBefore(facts, role.first()).orElse(null);
        if (holder == null) return null;
        var holders = new ArrayList<>(List.of(holder));
        for (Hit<Cue> cue : facts.cues()) {
            if (!COMITATIVE.contains(cue.value().kind()) || cue.first() < role.last() || cue.last() >= verb) continue;
            Groups.Group companions = sentence.after(cue.last(), PrepositionalArguments.PREPOSITION_GAP, used);
            if (companions != null && companions.last() < verb) holders.addAll(companions.phrases());
        }
        return new Groups.Group(holders);
    }

    /** The actor whose genitive mark stands before a noun, past no more than its modifiers ("Iraq's 1990 invasion"). */
    static Optional<ActorPhrase> genitiveBefore(SentenceFacts facts, int noun) {
        return facts.phrases().stream().filter(p -> !p.isPlace() && p.last() < noun && noun - p.last() <= SentenceFacts.MODIFIERS_BEFORE_NOUN + 1
                && Genitives.owns(facts.sentence().tokens(), p.last())).reduce((a, b) -> b);
    }

    private static boolean unnamedSubjectRightAfter(SentenceFacts facts, int verb) {
        return facts.cueStartsAt(verb + 1, UNNAMED_SUBJECT);
    }

    /**
     * "قالت وكالة الأناضول إن", "بحسب ما أفادت به وكالة الأنباء السعودية (واس)", "ذكرت وسائل إعلام إسرائيلية": a
     * speech verb whose subject is a news outlet reports the news, not a statement of the outlet's, nor of the state
     * its name holds. The outlet a speaker talked to ("قال لوكالة الأناضول") is no subject.
     */
    private boolean newsMediumReports(SentenceFacts facts, Hit<Trigger> hit, Groups.Group subject) {
        if (hit.value().type() != EventType.Statement) return false;
        for (Hit<Cue> c : facts.cuesOf(NEWS_MEDIUM)) {
            if (c.first() > hit.last() && c.first() - hit.last() <= SUBJECT_GAP && (subject == null || c.first() <= subject.first())
                    && !facts.punctuationBetween(hit.last(), c.first())
                    && !lexicon.startsWithPreposition(facts.sentence().tokens().get(c.first()).surface())) return true;
        }
        return false;
    }

    /**
     * "قال مسؤول في وزارة الخارجية الأمريكية", "U.S. officials said", "officials have said": a speech verb whose
     * subject is an official the text does not name reports no named actor's statement, so the state or body that qualifies the official is no
     * speaker; a person named with the official is ("قال مسؤول في حماس، باسم نعيم، …"). Other verbs keep the state
     * ("Israeli officials met their Egyptian counterparts").
     */
    private boolean unnamedSpeaker(SentenceFacts facts, Hit<Trigger> hit, Groups.Group subject) {
        if (hit.value().type() != EventType.Statement) return false;
        if (subject != null && subject.phrases().stream().anyMatch(p -> p.type() == ActorType.Person)) return false;
        int end = EventFinder.clauseEnd(facts, hit.last(), facts.sentence().tokens().size() - 1);
        if (verbFirst && facts.phrases().stream().anyMatch(p -> p.type() == ActorType.Person && p.first() > hit.last() && p.last() <= end)) {
            return false;
        }
        // "officials" is also a proxy-noun ("Israeli officials met …"), so it says so in its value.
        return facts.cues().stream().anyMatch(c -> unnamedSpeakerCue(c) && (verbFirst ? c.first() == hit.last() + 1
                : c.last() == hit.first() - 1 || auxiliaryBetween(facts, c.last(), hit.first()) || qualifiedBeforeTheVerb(facts, c, hit.first())));
    }

    /** "Ukrainian officials have said": only an auxiliary between a subject's last word and its verb. */
    private boolean auxiliaryBetween(SentenceFacts facts, int subjectLast, int verb) {
        return subjectLast == verb - 2 && lexicon.isClauseAuxiliary(facts.sentence().tokens().get(verb - 1).surface());
    }

    /**
     * "A senior Iranian official, who spoke on condition of anonymity, said", "officials in both countries said",
     * "an official with knowledge of the talks said": the unnamed official is still the subject when a relative aside
     * set off by commas or a prepositional phrase qualifies it before the verb, so the states in between are no speaker.
     */
    private boolean qualifiedBeforeTheVerb(SentenceFacts facts, Hit<Cue> official, int verb) {
        int next = official.last() + 1;
        if (next >= verb || verb - official.last() > QUALIFIED_SPEAKER_REACH) return false;
        if (facts.phrases().stream().anyMatch(p -> p.type() == ActorType.Person && p.first() > official.last() && p.first() < verb)) {
            return false;
        }
        List<Token> tokens = facts.sentence().tokens();
        boolean relativeAside = Groups.isComma(tokens.get(next).surface()) && facts.cueStartsAt(next + 1, RELATIVE)
                && Groups.isComma(tokens.get(verb - 1).surface());
        boolean prepositional = facts.prepositions().stream().anyMatch(p -> p.first() == next) && !facts.punctuationBetween(official.last(), verb);
        return relativeAside || prepositional;
    }

    /**
     * "…, said an Israeli official who asked not to be named", "…, said a senior Egyptian source": after a quotative
     * inversion, an unnamed official within a short noun phrase right after the verb is its subject, so no actor in
     * what was said is; unless a person is named with the official ("said a Hamas official, Basem Naim") or an
     * auxiliary after the noun shows it opens the reported clause ("…, said an official would travel").
     */
    private boolean unnamedSpeakerInverted(SentenceFacts facts, Hit<Trigger> hit) {
        if (hit.value().type() != EventType.Statement || !quotativeInversion(facts, hit)) return false;
        List<Token> tokens = facts.sentence().tokens();
        Hit<Cue> official = facts.cues().stream().filter(c -> c.first() > hit.last() && c.first() - hit.last() <= INVERTED_SPEAKER_REACH
                && unnamedSpeakerCue(c)).findFirst().orElse(null);
        if (official == null || facts.punctuationBetween(hit.last(), official.first())) return false;
        int next = official.last() + 1;
        boolean named = facts.phrases().stream().anyMatch(p -> p.type() == ActorType.Person && p.first() > hit.last()
                && p.first() <= next + 1);
        return !named && (next >= tokens.size() || !lexicon.isClauseAuxiliary(tokens.get(next).surface()));
    }

    /**
     * "…, said Israeli government spokesman David Mencer", "…, said a senior Hamas official, Basem Naim": after a
     * quotative inversion, a person named within the noun phrase right after the verb (a comma may set the name off
     * its title) that ends the clause or a preposition follows is the speaker; the actors of what was said are not.
     * "Netanyahu, speaking in Jerusalem, said Blinken would …" goes on past the name: its subject stays before.
     */
    private Groups.Group personAfterAnInvertedVerb(SentenceFacts facts, Hit<Trigger> hit, Set<ActorPhrase> used) {
        if (hit.value().type() != EventType.Statement || !quotativeInversion(facts, hit)) return null;
        List<Token> tokens = facts.sentence().tokens();
        ActorPhrase person = facts.phrases().stream().filter(p -> p.type() == ActorType.Person && p.first() > hit.last()
                && p.first() - hit.last() <= INVERTED_PERSON_REACH && !used.contains(p)).findFirst().orElse(null);
        if (person == null) return null;
        List<Token> between = tokens.subList(hit.last() + 1, person.first());
        long commas = between.stream().filter(Token::isPunct).count();
        boolean setOff = commas == 0 || commas == 1 && between.getLast().surface().equals(",");
        int next = person.last() + 1;
        boolean endsTheClause = next >= tokens.size() || tokens.get(next).isPunct()
                || facts.prepositions().stream().anyMatch(p -> p.first() == next);
        return setOff && endsTheClause ? new Groups.Group(List.of(person)) : null;
    }

    static boolean unnamedSpeakerCue(Hit<Cue> cue) {
        return UNNAMED_SPEAKERS.contains(cue.value().kind()) || UNNAMED_SPEAKER.equals(cue.value().value());
    }

    /**
     * "Erdogan met Haniyeh on Saturday, the presidency said", "…, a spokesman said": a noun phrase opened by an article
     * after the last comma is the verb's subject even when it names no actor, so the actor before the comma is not.
     * An apposition ("Haniyeh, the Hamas leader, said") ends on a comma and leaves the subject before it. The dash
     * after a dateline's credit ("AMMAN, June 9 (Reuters) - The foreign ministry said") ends the dateline as the comma
     * does: its place is not the subject.
     */
    private boolean unnamedNounPhraseAfterAComma(SentenceFacts facts, Groups.Group before, int verb) {
        List<Token> tokens = facts.sentence().tokens();
        int word = verb - 1;
        while (word > before.last() && tokens.get(word).isWord()) word--;
        int comma = word;
        if (comma <= before.last() || comma >= verb - 2 || !tokens.get(comma).surface().equals(",") && !endsACreditLine(tokens, comma)) {
            return false;
        }
        return lexicon.isDeterminer(tokens.get(comma + 1).surface())
                && facts.cues().stream().noneMatch(c -> c.first() > comma && c.last() < verb && POINTING_BACK.contains(c.value().kind()));
    }

    /** The dash after a dateline's credit line: "AMMAN, June 9 (Reuters) - ". */
    private static boolean endsACreditLine(List<Token> tokens, int dash) {
        return dash > 0 && RuleExtractor.DASHES.contains(tokens.get(dash).surface()) && tokens.get(dash - 1).surface().equals(")");
    }

    /**
     * "…," said Blinken", "…, said the spokesman": English puts a speaker after the speech verb only when the verb
     * follows what was said, after its comma or closing quote; after "and" or "but" ("and said China would …") the
     * actor after the verb opens the reported clause. A verb of reaction never inverts: what follows it is what it
     * reacts to ("Medvedev, now deputy head of the Security Council, mocked Zelenskyy").
     */
    private static boolean quotativeInversion(SentenceFacts facts, Hit<Trigger> hit) {
        int verb = hit.first();
        if (verb == 0 || hit.value().flags().contains(REACTION)) return false;
        String previous = facts.sentence().tokens().get(verb - 1).surface();
        return previous.equals(",") || SentenceFacts.closesAQuotation(previous);
    }

    /**
     * "اجتماعا تشاوريا لوزراء خارجية مصر والأردن": the genitive an Arabic indefinite noun marks with "ل" may follow
     * the noun's adjective; the group one word after the noun, on a word that has that "ل", is the noun's genitive.
     */
    private Groups.Group lamGenitiveAfterAnAdjective(SentenceFacts facts, Groups groups, int noun, Set<ActorPhrase> used) {
        List<Token> tokens = facts.sentence().tokens();
        if (!verbFirst || noun + 2 >= tokens.size() || !tokens.get(noun + 1).isWord()) return null;
        String word = tokens.get(noun + 2).surface();
        for (String prefix : lexicon.purposePrefixes()) if (word.startsWith(prefix)) return groups.after(noun + 1, 0, used);
        return null;
    }

    /**
     * The group right after a noun: its genitive ("زيارة الرئيس"), or a nisba that agrees with it ("الحرب الروسية"). A
     * noun with the article governs no genitive: "والتقى خلال الزيارة الرئيس رئيسي" is the object of the verb before;
     * nor does one in the indefinite accusative: "أجرى …، الإثنين، اتصالا هاتفيا بوزير الخارجية" calls that minister.
     */
    private Groups.Group genitiveOrNisba(SentenceFacts facts, Groups groups, Hit<Trigger> hit, Set<ActorPhrase> used) {
        if (MatchKeys.indefiniteAccusative(facts.sentence().tokens().get(hit.first()).surface())) return null;
        Groups.Group next = groups.after(hit.last(), 0, used);
        // Only the article as written first: "للقاء ولي العهد" (to meet the crown prince) is lam on an indefinite noun.
        boolean definite = facts.sentence().tokens().get(hit.last()).surface().startsWith(MatchKeys.definiteArticle());
        return next == null || !definite || next.phrases().getFirst().isBareDemonym() ? next : null;
    }

    /** "اتصالا هاتفيا بالرئيس الأمريكي": the group right after a noun is a preposition's object, not its genitive. */
    boolean prepositionWrittenOn(SentenceFacts facts, Groups.Group group) {
        return lexicon.startsWithPreposition(facts.sentence().tokens().get(group.first()).surface());
    }

    /**
     * "وأعلن وسيط الاتحاد الأفريقي الرئيس النيجيري الأسبق أولوسيغون أوباسانجو": the person named right after the body a
     * mediator noun governs is that mediator, in apposition; the person, not the body, is the subject.
     */
    private Groups.Group mediatorInApposition(SentenceFacts facts, Groups groups, Groups.Group subject, Set<ActorPhrase> used) {
        if (subject == null || subject.phrases().size() != 1 || subject.phrases().getFirst().isPerson()) return subject;
        ActorPhrase body = subject.phrases().getFirst();
        boolean mediatorNoun = facts.cues().stream().anyMatch(c -> c.value().kind().equals("mediator-noun")
                && (c.last() == body.first() - 1 || c.first() == body.first()));
        Groups.Group next = mediatorNoun ? groups.after(body.last(), 0, used) : null;
        if (next == null || next.first() != body.last() + 1 || !next.phrases().getFirst().isPerson()) return subject;
        used.add(body);
        return new Groups.Group(List.of(next.phrases().getFirst()));
    }

    /**
     * "Israel escalated its campaign …, and launched a ground invasion", "thanked Washington … but said": an English
     * verb right after a coordinator or "but" has no subject of its own; it shares the subject of its clause, the first actor there that no preposition governs,
     * whatever the verb it is joined to (a trigger or not), rather than the object of that verb before it. Null when
     * the clause names none before the verb.
     */
    private Groups.Group sharedClauseSubject(SentenceFacts facts, Groups sentence, int verb, Set<ActorPhrase> used) {
        if (verbFirst || verb == 0) return null;
        if (!lexicon.isCoordinator(facts.sentence().tokens().get(verb - 1).surface()) && !facts.cueEndsAt(verb - 1, ADVERSATIVE)
                && !SharedArguments.nextStep(lexicon, facts, verb)) {
            return null;
        }
        // "Peskov said that Russia would follow the meeting, but insisted that …": "but" after a comma goes back over the
        // reported clause to the main one.
        boolean mainClause = verb >= 2 && facts.cueEndsAt(verb - 1, ADVERSATIVE) && Groups.isComma(facts.sentence().tokens().get(verb - 2).surface());
        int start = mainClause ? 0 : reportedClauseStart(facts, EventFinder.clauseStart(facts, 0, verb), verb);
        Groups.Group subject = sentence.subjectAfter(facts, start - 1, verb, used);
        return subject == null || subject.last() >= verb - 1 ? null : subject;
    }

    /**
     * "اختتم الرئيس الفرنسي إيمانويل ماكرون زيارته إلى الجزائر", "استهل بلينكن جولته": the pronoun on a noun that a
     * light verb governs refers to that verb's subject, the actor between them; or null.
     */
    Groups.Group possessorAfterALightVerb(SentenceFacts facts, Groups groups, Hit<Trigger> hit, Set<ActorPhrase> used) {
        int verb = governingLightVerb(facts, hit.first());
        if (verb < 0) return null;
        Groups.Group subject = groups.after(verb, 0, used);
        return subject == null || subject.last() >= hit.first() || subject.allPlaces() ? null : subject;
    }

    /**
     * "Canadian officials said Prime Minister Justin Trudeau arrived in Washington … and then travels to Ottawa": a
     * speech verb with an actor right after it opens a reported clause without "that"; the clause begins there.
     */
    private static int reportedClauseStart(SentenceFacts facts, int start, int verb) {
        int clause = start;
        for (Hit<Trigger> t : facts.triggers()) {
            if (t.first() < clause || t.last() >= verb || !t.value().verb() || t.value().type() != EventType.Statement) continue;
            int next = t.last() + 1;
            if (facts.phrases().stream().anyMatch(p -> p.first() == next && !p.isPlace())) clause = next;
        }
        return clause;
    }

    /**
     * "Thailand and Cambodia have agreed to an immediate ceasefire, Malaysian Prime Minister Anwar Ibrahim said": an
     * English speech verb after its reported clause has its speaker between the comma and itself, and that speaker
     * is no argument of the clause it reports. Where the stretch of a trigger before such a verb ends: before the
     * comma, else {@code to}.
     */
    int beforeAPostposedSpeaker(SentenceFacts facts, Hit<Trigger> trigger, Hit<Trigger> speech, int to) {
        if (verbFirst || !speech.value().verb() || speech.value().type() != EventType.Statement || to >= speech.first()) return to;
        List<Token> tokens = facts.sentence().tokens();
        for (int k = speech.first() - 1; k > trigger.last() && speech.first() - k <= POSTPOSED_SPEAKER_REACH; k--) {
            if (!tokens.get(k).surface().equals(",")) continue;
            int comma = k;
            return facts.phrases().stream().anyMatch(p -> p.first() > comma && p.last() < speech.first() && !p.isPlace()) ? comma - 1 : to;
        }
        return to;
    }

    /**
     * "اجتماعا طارئا بشأن ليبيا", "جلسة حول السودان", "talks on Syria": an actor that a word of the matter (بشأن، حول)
     * governs between the verb or noun and it is what the event is about, not the object that takes part in it.
     */
    static boolean matterDiscussed(SentenceFacts facts, int from, Groups.Group object) {
        return facts.cuesOf("topic").stream().anyMatch(c -> c.first() > from && c.last() == object.first() - 1);
    }

    /** The light verb whose object phrase the noun heads ("launched a ground invasion"), or -1. */
    static int governingLightVerb(SentenceFacts facts, int noun) {
        List<Token> tokens = facts.sentence().tokens();
        int verb = -1;
        for (Hit<Cue> cue : facts.cues()) {
            if (cue.value().kind().equals("light-verb") && cue.last() < noun) verb = Math.max(verb, cue.first());
        }
        for (int k = verb + 1; verb >= 0 && k < noun; k++) if (!tokens.get(k).isWord()) return -1;
        return verb;
    }

    /**
     * "…, with Obasanjo mediating", "with Oman once again acting as mediator": an -ing verb right after a group that an
     * absolute cue governs, adverbs aside, has that group as its subject (an absolute clause), where the cue would
     * otherwise make the group a prepositional object.
     */
    boolean absoluteSubjectBefore(SentenceFacts facts, int verb) {
        if (verb == 0 || !lexicon.isPresentParticiple(facts.sentence().tokens().get(verb).surface())) return false;
        BitSet adverbs = facts.cueTokens(ADVERB);
        int end = verb - 1;
        while (end > 0 && adverbs.get(end)) end--;
        int subjectEnd = end;
        ActorPhrase last = facts.phrases().stream().filter(p -> p.last() == subjectEnd).findFirst().orElse(null);
        if (last == null) return false;
        int first = Groups.ofSentence(facts, lexicon).covering(last.first()).first();
        return facts.cueEndsAt(facts.governingWord(first, lexicon), ABSOLUTE);
    }

    /**
     * "وكان تحالف دعم الشرعية في اليمن بقيادة السعودية قد أعلن": the actor right after a cue of leading only says who
     * leads the side before the cue, past the places a preposition governs; the side is the one that speaks.
     */
    private static Groups.Group sideOfALeader(SentenceFacts facts, Groups groups, Groups.Group leader, Set<ActorPhrase> used) {
        Hit<Cue> cue = facts.cuesOf(LedSides.LED_BY).stream().filter(c -> c.last() == leader.first() - 1).findFirst().orElse(null);
        if (cue == null) return leader;
        Groups.Group side = groups.ungovernedFrom(facts, groups.before(cue.first(), used), used);
        return side == null || side.allPlaces() ? leader : side;
    }

    /**
     * "وكان شكري قد التقى الصفدي" (Shoukry had met Safadi): an Arabic perfect auxiliary puts the subject between itself
     * and the verb, at most a particle ("قد") apart from it; the actor after the verb is then its object.
     */
    private static boolean subjectOfAnAuxiliary(SentenceFacts facts, Groups.Group group, int verb) {
        List<Token> tokens = facts.sentence().tokens();
        for (int k = group.last() + 1; k < verb; k++) if (!tokens.get(k).isWord()) return false;
        return verb - group.last() <= 2 && facts.cueEndsAt(group.first() - 1, PERFECT);
    }

    /**
     * "قالت الرئاسة إن الرئيس السيسي استقبل بلينكن": "إن"/"أن" governs a noun, so the clause it opens puts its subject
     * before the verb, right after the complementizer and at most a particle ("قد") before the verb; the actor after
     * the verb is then its object.
     */
    private static boolean subjectOfAComplementizer(SentenceFacts facts, Groups.Group group, int verb) {
        List<Token> tokens = facts.sentence().tokens();
        for (int k = group.last() + 1; k < verb; k++) if (!tokens.get(k).isWord()) return false;
        return verb - group.last() <= 2 && facts.cueEndsAt(group.first() - 1, COMPLEMENTIZER);
    }

    /**
     * "Mohammed Abdulsalam, the Houthis' chief negotiator, said": a possessive group that opens an apposition (after a
     * comma, with the apposition's own comma closing before the verb) qualifies the title of the name before it.
     */
    private boolean genitiveOfAnApposition(SentenceFacts facts, Groups.Group group, int verb) {
        List<Token> tokens = facts.sentence().tokens();
        boolean genitive = genitive(facts, group);
        int opening = facts.governingWord(group.first(), lexicon);
        return genitive && group.last() < verb - 2
                && opening > 0 && tokens.get(opening).surface().equals(",") && tokens.get(verb - 1).surface().equals(",");
    }

    /**
     * "Nabih Berri, a Hezbollah ally, said", "Qassem, the group's leader, who …, said", "Orban, Trump's closest ally in
     * the EU, praised": the comma that opens an apposition around the group (a comma and an article or a possessive
     * name after a name, its own comma closing right before the verb), or -1. The actors inside an apposition describe
     * the name before it, which is the verb's subject. After a person's name the apposition may open with the post
     * itself ("Dmitry Medvedev, now deputy head of the country's Security Council, mocked"): the bodies in it, and no
     * person, are where the post is held.
     */
    private int appositionAround(SentenceFacts facts, Groups.Group group, int verb) {
        List<Token> tokens = facts.sentence().tokens();
        if (verb < 2 || !tokens.get(verb - 1).surface().equals(",")) return -1;
        int opening = verb - 2;
        while (opening > 0 && !tokens.get(opening).surface().equals(",")) opening--;
        if (opening == 0 || group.first() <= opening) return -1;
        boolean opensWithAnArticle = lexicon.isDeterminer(tokens.get(opening + 1).surface());
        return opensWithAnArticle || Groups.possessorAt(facts, opening + 1) || postOfAPerson(facts, group, opening, verb) ? opening : -1;
    }

    /**
     * "Fidan, the most senior Turkish official to travel to the Syrian capital since the regime fell, was received":
     * an infinitive that qualifies the head of an apposition (a comma right after a person's name, an article, then
     * words with no punctuation and no other event word) has that person as its subject; a demonym in the apposition
     * only says where the person comes from.
     */
    private Groups.Group personOfAnInfinitiveApposition(SentenceFacts facts, Hit<Trigger> hit, Groups groups, Set<ActorPhrase> used) {
        int nameEnd = nameBeforeAnInfinitiveApposition(facts, lexicon, hit.first());
        if (nameEnd < 0) return null;
        Groups.Group person = groups.before(nameEnd + 1, used);
        return person != null && person.last() == nameEnd ? person : null;
    }

    /** Where the person's name ends whose apposition an infinitive at {@code verb} qualifies, or -1 (see above). */
    static int nameBeforeAnInfinitiveApposition(SentenceFacts facts, EventLexicon lexicon, int verb) {
        List<Token> tokens = facts.sentence().tokens();
        if (verb < 4 || !facts.cueEndsAt(verb - 1, INFINITIVE)) return -1;
        int opening = verb - 2;
        while (opening > 0 && tokens.get(opening).isWord() && !triggerAt(facts, opening)) opening--;
        if (opening == 0 || !Groups.isComma(tokens.get(opening).surface()) || !lexicon.isDeterminer(tokens.get(opening + 1).surface())) return -1;
        int nameEnd = opening - 1;
        return facts.phrases().stream().anyMatch(p -> p.last() == nameEnd && p.isPerson()) ? nameEnd : -1;
    }

    private static boolean triggerAt(SentenceFacts facts, int token) {
        return facts.triggers().stream().anyMatch(t -> t.first() <= token && token <= t.last());
    }

    /** An aside after a person's name, with no person and no event in it: it describes that person's post. */
    private static boolean postOfAPerson(SentenceFacts facts, Groups.Group group, int opening, int verb) {
        boolean afterAPerson = facts.phrases().stream().anyMatch(p -> p.last() == opening - 1 && p.type() == ActorType.Person);
        return afterAPerson && group.phrases().stream().noneMatch(p -> p.type() == ActorType.Person)
                && facts.triggers().stream().noneMatch(t -> t.first() > opening && t.last() < verb);
    }

    /**
     * "Erdogan, speaking after a cabinet meeting, met Putin", "Tshisekedi, backed by Angola, rejected": a participial
     * clause set off by commas right before the verb qualifies the name before its opening comma, which is the verb's
     * subject; the actors and event nouns inside the aside are no subject of it, and do not take that name away. So
     * does an adjunct of the speech's setting ("Hamas, in a statement, said"; "Netanyahu, on Sunday, said").
     */
    private Groups.Group subjectBeforeAParticipialAside(SentenceFacts facts, int verb) {
        List<Token> tokens = facts.sentence().tokens();
        if (verb < 3 || !Groups.isComma(tokens.get(verb - 1).surface())) return null;
        int opening = verb - 2;
        while (opening > 0 && !Groups.isComma(tokens.get(opening).surface())) opening--;
        if (opening == 0 || !lexicon.isParticiple(tokens.get(opening + 1).surface()) && !facts.cueStartsAt(opening + 1, SETTING_ADJUNCT)) {
            return null;
        }
        Groups.Group named = Groups.of(facts, 0, opening - 1, lexicon).before(opening, Set.of());
        return named != null && named.last() == opening - 1 && !named.allPlaces() ? named : null;
    }

    /** Whether the group is the subject of an absolute clause ("with Obasanjo mediating"), not the object of "with". */
    boolean absoluteSubject(SentenceFacts facts, Groups.Group group) {
        int verb = group.last() + 1;
        List<Hit<Cue>> adverbs = facts.cuesOf(ADVERB);
        while (covers(adverbs, verb)) verb++;
        for (Hit<Trigger> t : facts.triggers()) if (t.first() == verb && t.value().verb() && absoluteSubjectBefore(facts, t.first())) return true;
        return false;
    }

    /** Whether one of the cues covers the token (as {@link SentenceFacts#cueTokens} would set it), with no bit set to build. */
    private static boolean covers(List<Hit<Cue>> cues, int token) {
        for (Hit<Cue> c : cues) if (c.first() <= token && token <= c.last()) return true;
        return false;
    }

    /**
     * "mediating alongside Kenyatta": the group a comitative cue governs right after the verb, which shares its role.
     * So does one set off by commas right after the trigger ("Qatar's mediation, alongside Egypt and the United States,
     * between Israel and Hamas"): the commas close it around the trigger's own role, not a new clause's.
     */
    Groups.Group companions(SentenceFacts facts, Groups groups, int verbLast, Set<ActorPhrase> used) {
        List<Hit<Cue>> comitatives = facts.cuesOf(COMITATIVE);
        if (comitatives.isEmpty()) return null;
        for (Hit<Cue> cue : comitatives) if (cue.first() == verbLast + 1) return groups.after(cue.last(), SUBJECT_GAP, used);
        Hit<Cue> parenthetical = null;
        for (Hit<Cue> c : comitatives) {
            if (c.first() == verbLast + 2 && isComma(facts, verbLast + 1)) {
                parenthetical = c;
                break;
            }
        }
        Groups.Group group = parenthetical == null ? null : groups.after(parenthetical.last(), 0, used);
        return group != null && group.first() == parenthetical.last() + 1 && isComma(facts, group.last() + 1) ? group : null;
    }

    private static boolean isComma(SentenceFacts facts, int token) {
        List<Token> tokens = facts.sentence().tokens();
        return token < tokens.size() && Groups.isComma(tokens.get(token).surface());
    }

    /**
     * "واتفق الجانبان": the subject right after the verb is "the two sides", resolved through the discourse. After an
     * actor the two sides are the object: "ودعت الرياض الطرفين إلى", "ودعا الوزير السعودي الطرفين".
     */
    private boolean dualRightAfter(SentenceFacts facts, int verbLast, Groups.Group firstAfter) {
        for (Hit<Cue> c : facts.cuesOf("dual")) {
            if (c.first() > verbLast && c.first() <= verbLast + 1 + SUBJECT_GAP && lexicon.isDual(facts.sentence().tokens(), c)
                    && (firstAfter == null || firstAfter.first() > c.first())) return true;
        }
        return false;
    }

    /**
     * "Kishida, who met Biden, said …", "Putin, who has ruled Russia since 2000, said …": an actor inside a relative
     * clause that a comma closes right before the verb belongs to that clause; the verb's subject stands before it.
     */
    private static boolean insideAClosedRelativeClause(SentenceFacts facts, Groups.Group candidate, int verb) {
        if (verb == 0 || !facts.sentence().tokens().get(verb - 1).surface().equals(",")) return false;
        return facts.cuesOf("relative").stream().anyMatch(c -> c.first() > 0
                && c.last() < candidate.first());
    }

    /**
     * "ترامب، الذي التقى ولي العهد السعودي، أبدى …", "المبعوث الصيني تشاي جون، الذي وصل إلى الدوحة": a verb right after a
     * relative pronoun whose antecedent is an actor right before it (a comma aside) has that actor as its subject, not
     * the main clause's. Not when a pronoun on the verb or right after it points back to the antecedent ("القمة التي
     * استضافتها مصر"، "المفاوضات بين لبنان وإسرائيل التي يتوسط فيها هوكشتاين"): the antecedent is then its object, or
     * what the verb's act happens in, and the subject follows.
     */
    private Groups.Group antecedentOfARelativeVerb(SentenceFacts facts, Hit<Trigger> hit, Set<ActorPhrase> used) {
        List<Token> tokens = facts.sentence().tokens();
        if (lexicon.hasPronounSuffix(tokens.get(hit.last()).surface()) || facts.cueStartsAt(hit.last() + 1, RESUMPTIVE)
                || facts.cueStartsAt(hit.last() + 1, IN_IT)) return null;
        Hit<Cue> relative = null;
        for (Hit<Cue> c : facts.cuesOf(RELATIVE)) {
            if (c.first() > 0 && c.last() == hit.first() - 1) {
                relative = c;
                break;
            }
        }
        if (relative == null) return null;
        Groups.Group antecedent = Groups.of(facts, 0, relative.first() - 1, lexicon).before(relative.first(), used);
        return antecedent != null && !antecedent.allPlaces() && adjacentToTheClause(facts, antecedent, relative) ? antecedent : null;
    }

    /**
     * "the dissolution of the OSCE Minsk Group, which has mediated the conflict since 1992", "talks with Blinken, who
     * arrived in Cairo on Monday": an English verb right after a relative pronoun (its auxiliaries aside) has the actor
     * right before that pronoun (a comma aside) as its subject, also one a preposition governs.
     */
    private Groups.Group antecedentOfAnEnglishRelative(SentenceFacts facts, Groups groups, Hit<Trigger> hit, Set<ActorPhrase> used) {
        List<Token> tokens = facts.sentence().tokens();
        int opening = hit.first() - 1;
        while (opening > 0 && lexicon.isClauseAuxiliary(tokens.get(opening).surface())) opening--;
        Hit<Cue> relative = null;
        for (Hit<Cue> c : facts.cuesOf(RELATIVE)) {
            if (c.first() > 0 && c.last() == opening) {
                relative = c;
                break;
            }
        }
        if (relative == null) return null;
        Groups.Group antecedent = groups.before(relative.first(), used);
        return antecedent != null && !antecedent.allPlaces() && adjacentToTheClause(facts, antecedent, relative) ? antecedent : null;
    }

    /** "استضافت شرم الشيخ", "استضافت مدينة شرم الشيخ", "احتضنت العاصمة الرياض": the place follows the verb, its kind between at most. */
    private static boolean rightAfter(SentenceFacts facts, int verbLast, Groups.Group place) {
        return place.first() == verbLast + 1
                || facts.cuesOf(PLACE_NOUNS).stream().anyMatch(c -> c.first() == verbLast + 1 && c.last() == place.first() - 1);
    }

    /** "Gallant, who arrived in Washington on Sunday, held talks": the subject stands before the relative clause. */
    private Groups.Group beforeRelativeClause(SentenceFacts facts, int verb, Set<ActorPhrase> used) {
        Hit<Cue> relative = null;
        for (Hit<Cue> cue : facts.cues()) {
            if (cue.value().kind().equals("relative") && cue.last() < verb) relative = cue;
        }
        if (relative == null || relative.first() == 0) return null;
        Groups.Group subject = Groups.of(facts, 0, relative.first() - 1, lexicon).before(relative.first(), used);
        return subject != null && adjacentToTheClause(facts, subject, relative) ? subject : null;
    }

    /** "The Government of National Accord (GNA), which …": the abbreviation's brackets and comma may stand between. */
    private static boolean adjacentToTheClause(SentenceFacts facts, Groups.Group antecedent, Hit<Cue> relative) {
        return antecedent.last() >= relative.first() - 2 || onlyPunctuationAndBrackets(facts.sentence().tokens().subList(antecedent.last() + 1, relative.first()));
    }

    /** "(GNA),": punctuation, and whatever brackets enclose, between a name and what follows it. */
    private static boolean onlyPunctuationAndBrackets(List<Token> between) {
        boolean bracketed = false;
        for (Token t : between) {
            if (t.surface().equals(Groups.OPENING_BRACKET)) bracketed = true;
            else if (t.surface().equals(Groups.CLOSING_BRACKET)) bracketed = false;
            else if (!bracketed && !t.isPunct()) return false;
        }
        return true;
    }

    /**
     * "رفض إسرائيل لها … وبدئها عملية عسكرية": a light verb with a possessive pronoun before the noun; the pronoun
     * refers to the nearest actor before it in the sentence.
     */
    private Groups.Group possessedLightVerbAntecedent(SentenceFacts facts, int noun, Set<ActorPhrase> used) {
        for (Hit<Cue> cue : facts.cuesOf("light-verb")) {
            if (cue.last() >= noun || noun - cue.last() > LIGHT_VERB_REACH) continue;
            if (!lexicon.hasPronounSuffix(facts.sentence().tokens().get(cue.last()).surface())) continue;
            Groups.Group antecedent = Groups.of(facts, 0, cue.first() - 1, lexicon).before(cue.first(), used);
            return antecedent == null || antecedent.allPlaces() ? null : antecedent;
        }
        return null;
    }

    /**
     * "Blinken's visit to Cairo", "Sisi's meeting with Blinken", "Blinken's ninth trip", "the Qatari prime minister's
     * talks": an English genitive before an event noun, past its modifiers, names who holds the event, as the Arabic
     * genitive after the noun does (زيارة الرئيس). Not for strikes, wars and resolutions, whose genitive
     * {@link #premodifier} weighs apart ("Israel's offensive" is a standing campaign, not a strike of the day).
     */
    private Groups.Group englishPossessor(SentenceFacts facts, Groups.Group before, Hit<Trigger> noun) {
        if (verbFirst || before == null || before.allPlaces() || PREMODIFIER_WEIGHED.contains(noun.value().type())) return null;
        return genitiveBefore(facts, noun.first()).filter(owner -> owner.last() == before.last()).isPresent() ? before : null;
    }

    /**
     * "a U.S. proposal", "the Israel-Hamas ceasefire": in English the actor named right before a deal noun, as its
     * modifier, is whose proposal or deal it is (Arabic puts it after the noun: مقترح أمريكي). Before a resolution
     * only a body that votes is ("U.N. Security Council Resolution 1701"); a state there is its topic ("an Iran
     * resolution" of the IAEA board).
     */
    private boolean premodifier(SentenceFacts facts, Groups.Group before, Hit<Trigger> noun) {
        if (verbFirst || before.last() != noun.first() - 1) return false;
        EventType type = noun.value().type();
        if (type == EventType.Resolution) return before.phrases().stream().allMatch(p -> VOTING_BODIES.contains(p.type()));
        if (type == EventType.MilitaryOperation) return !before.allPlaces() && !genitive(facts, before);
        if (type == EventType.Conflict) return !before.allPlaces() && genitive(facts, before) && foughtElsewhere(facts, noun);
        return PREMODIFIED_DEALS.contains(type) && !before.allPlaces();
    }

    /**
     * "Iran's October 1 ballistic missile attack", "Hamas's October 7, 2023 attack on Israel": a calendar date right
     * after a genitive, before a strike noun, makes it a strike of that day, and the owner its attacker; without the
     * date ("Israel's offensive") the genitive names a standing campaign and is left to the war.
     */
    private boolean ownerOfADatedStrike(SentenceFacts facts, Groups.Group before, Hit<Trigger> noun) {
        if (verbFirst || noun.value().type() != EventType.MilitaryOperation || before.allPlaces() || !genitive(facts, before)) return false;
        int afterOwner = Genitives.end(facts.sentence().tokens(), before.last()) + 1;
        return facts.times().stream().anyMatch(t -> t.calendar() && t.first() == afterOwner && t.last() < noun.first()
                && noun.first() - t.last() <= SentenceFacts.MODIFIERS_BEFORE_NOUN);
    }

    /**
     * "ردت إسرائيل بالموافقة على المقترح", "إن حماس ردت على المقترح بالرفض": the noun after ب that a verb of answering
     * in its clause governs, whatever stands between them, is the answer of that verb's subject: the actor right after
     * the verb, or before it after a complementizer.
     */
    private Groups.Group answerer(SentenceFacts facts, Groups sentence, int noun, Set<ActorPhrase> used) {
        if (!lexicon.startsWithPreposition(facts.sentence().tokens().get(noun).surface())) return null;
        int clause = EventFinder.clauseStart(facts, 0, noun);
        Hit<Cue> verb = facts.cuesOf("answer").stream().filter(c -> c.first() >= clause && c.last() < noun)
                .reduce((a, b) -> b).orElse(null);
        if (verb == null) return null;
        Groups.Group after = sentence.after(verb.last(), SUBJECT_GAP, used);
        if (after != null && after.last() < noun && !after.allPlaces()) return after;
        Groups.Group before = sentence.before(verb.first(), used);
        return before != null && subjectOfAComplementizer(facts, before, verb.first()) ? before : null;
    }

    /**
     * "Israeli strikes in Gaza", "the U.S. strikes on three Iranian nuclear sites": an adjective names the attacker of
     * the strikes it modifies; a genitive ("Israel's offensive has since killed …") names the standing campaign of a
     * war more often than a strike of the day, and is left to the war.
     */
    private static boolean genitive(SentenceFacts facts, Groups.Group group) {
        return Genitives.owns(facts.sentence().tokens(), group.last());
    }

    /**
     * "Russia's war in Ukraine", "Israel's war against Hamas": a genitive before a war that a preposition places or
     * sets against someone is a side of it; "Sudan's war" alone is the war in that country, whose sides are others.
     */
    private static boolean foughtElsewhere(SentenceFacts facts, Hit<Trigger> noun) {
        return facts.prepositions().stream().anyMatch(p -> p.first() == noun.last() + 1);
    }

    /**
     * "إن طائراته قصفت", "أن قواتها شنت هجوما" (that its aircraft struck, that its forces launched an attack): a noun
     * with a possessive pronoun written on it, right after a bare complementizer and at most one word before the verb,
     * with no actor among them, is the verb's subject, and the pronoun points to the speaker. Returns the noun's token,
     * or -1.
     */
    static int possessedSubjectAfterAComplementizer(SentenceFacts facts, EventLexicon lexicon, int verb) {
        List<Token> tokens = facts.sentence().tokens();
        for (int noun = Math.max(1, verb - POSSESSED_SUBJECT_REACH); noun < verb; noun++) {
            if (!facts.cueEndsAt(noun - 1, COMPLEMENTIZER) || lexicon.hasPronounSuffix(tokens.get(noun - 1).surface())) continue;
            if (!lexicon.hasPronounSuffix(tokens.get(noun).surface()) || !onlyWordsWithoutActors(facts, noun, verb)) continue;
            return noun;
        }
        return -1;
    }

    private static boolean onlyWordsWithoutActors(SentenceFacts facts, int from, int verb) {
        for (int k = from; k < verb; k++) if (!facts.sentence().tokens().get(k).isWord()) return false;
        return facts.phrases().stream().noneMatch(p -> p.last() >= from && p.first() < verb);
    }

    /** Whether the word right before the verb is a complementizer with a subject pronoun written on it (إنه، أنها). */
    boolean pronounOnAComplementizerBefore(SentenceFacts facts, int verb) {
        return verb > 0 && facts.cueEndsAt(verb - 1, COMPLEMENTIZER) && lexicon.hasPronounSuffix(facts.sentence().tokens().get(verb - 1).surface());
    }

    /**
     * Whether a noun's principal, not one all sides share, is already the actor a preposition gives ("مقترحا من الوسطاء")
     * and the candidate subject is only a light verb's (تلقت حماس، تسلمت الحكومة): that subject received it.
     */
    static boolean receivedFromAnother(SentenceFacts facts, Draft draft, EventTypeRule rule, Groups.Group subject) {
        return !draft.verb && !SHARED_PRINCIPALS.contains(rule.principal()) && draft.roles.containsKey(rule.principal())
                && subject.last() < draft.triggerFirst && lightVerbBetween(facts, subject.first(), draft.triggerFirst);
    }

    /** A light verb from just before the subject (VSO) up to the noun (SVO). */
    static boolean lightVerbBetween(SentenceFacts facts, int subjectFirst, int noun) {
        return facts.cues().stream().anyMatch(c -> c.value().kind().equals("light-verb")
                && c.first() >= subjectFirst - LIGHT_VERB_REACH && c.last() < noun);
    }
}
