package org.diplokg.extract;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.diplokg.lexicon.Cue;
import org.diplokg.lexicon.EventLexicon;
import org.diplokg.lexicon.PhraseIndex.Hit;
import org.diplokg.lexicon.Trigger;
import org.diplokg.model.EventType;
import org.diplokg.text.MatchKeys;
import org.diplokg.text.Token;

/**
 * How each trigger of a sentence is read — an event, a goal, a complement of form, or what an agreement
 * establishes — and which trigger a phrase between them belongs to. Negation and irrealis cues, realis words and
 * the purpose lam decide; the words are in data/lexicon/cues-*.tsv.
 */
final class Readings {
    private static final int REALIS_REACH = 8;
    /** Words that may stand between a support verb and the event noun it takes ("backed the initiative", "accepted Azerbaijan's proposals"). */
    private static final int EVENT_OBJECT_REACH = 3;
    private static final Set<String> OUTCOME_OF = Set.of("outcome-of");
    /** Words that may stand between a participle of travel and its destination ("متوجها إلى القاهرة"). */
    private static final int DESTINATION_REACH = 2;
    /** Verbs a purpose noun may serve: a trip, which it happens at the end of, and a meeting, which it is. */
    private static final Set<EventType> TRIPS = Set.of(EventType.Visit, EventType.Tour, EventType.Meeting);
    /** What a trip or a meeting is made for and so happens with it: talks, a summit. */
    private static final Set<EventType> PURPOSES = Set.of(EventType.Meeting, EventType.Negotiation);
    private static final Set<String> LIGHT_VERB = Set.of("light-verb");
    /** Cue kinds that void an irrealis cue right after them ("after" is realis too: بعد التوصل إلى اتفاق). */
    private static final Set<String> REALIS = Set.of("realis", "after");
    /** The words an English agreement verb takes its object with: "agreed to" (light verb), "to" (infinitive), "on" (adjunct). */
    private static final Set<String> AGREED_OBJECT = Set.of("light-verb", "infinitive", "adjunct");
    /** The cues that hold the "to" right after an agreement verb: "agreed to" (light verb) and "to" (infinitive). */
    private static final Set<String> INFINITIVE_TO = Set.of("light-verb", "infinitive");
    /** Words from an agreement verb to the talks it agrees to hold: "agreed to hold another round of talks". */
    private static final int AGREED_TALKS_REACH = 6;
    /** The value of the irrealis cues that are modals of possibility (could, may): their subject is hedged too. */
    private static final String MODAL = "modal";
    /** The value of the irrealis cues of purpose ("for", لإجراء). */
    private static final String PURPOSE = "purpose";
    /** The values of the irrealis cues whose goal is in their own noun phrase: purpose words and effort nouns (جهود). */
    private static final Set<String> NOUN_PHRASE_HEDGES = Set.of(PURPOSE, "effort");
    /** An irrealis cue that hedges the event noun right before it rather than the triggers after it. */
    private static final String HEDGE_AFTER = "after";
    /** The value of an irrealis cue that is a verb only where it opens its sentence or clause ("ونص الاتفاق على"). */
    private static final String OPENING = "opening";
    /** The value of the irrealis cue "any" (أي): the noun after it is no particular thing. */
    private static final String ANY = "any";
    /** Words from a rejection to the "any" of its object: "رفض مصر الكامل لأي", "its rejection of any". */
    private static final int REJECTED_ANY_REACH = 4;
    /** The trigger flag that names a word turning the verb to another sense ("shifted-by=away"). */
    private static final String SHIFTED_BY = "shifted-by=";
    /** Words from a verb to the word that turns its sense: "اعتمدت الحكومة المصرية على", "backed away". */
    private static final int SHIFT_REACH = 4;
    /** The value of the irrealis cues of readiness ("ready to", "willing to"): they hedge all but an acceptance. */
    private static final String READINESS = "readiness";
    /** The value of an irrealis cue that, in a reported clause, is the past of "will" (would). */
    private static final String BACKSHIFT = "backshift";
    /** Words from a speech verb to the "would" of its reported clause: "told reporters that he would". */
    private static final int REPORTED_SUBJECT_REACH = 5;

    /** Verbs that say talks or a meeting take place or begin (held, تعقد, تبدأ, take place, start). */
    private static final Set<String> HAPPENING = Set.of("held-gathering", "light-verb", "happening");
    private static final Set<String> NEGATION = Set.of("negation");
    /** Words from talks to the negation of their verb of happening: "المفاوضات مع روسيا لن تبدأ". */
    private static final int NEGATED_HAPPENING_REACH = 8;
    /** The value of the negation cues that deny the past (لم, did not). */
    private static final String PAST = "past";
    /** Cue kinds that, after a past denial, say when it did happen ("until", إلا). */
    private static final Set<String> LATER = Set.of("end", "exceptive");

    private final EventLexicon lexicon;

    Readings(EventLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * A noun joined to a goal or a negated noun shares its reading: "للتوصل إلى وقف لإطلاق النار وتبادل الرهائن",
     * "no ceasefire or exchange". A light verb between them joins clauses, not nouns: in "landed for the visit and held
     * five hours of talks" the talks are the light verb's object, read on their own.
     */
    private boolean coordinatedNouns(SentenceFacts facts, Hit<Trigger> left, Hit<Trigger> right) {
        if (left.value().verb() || right.value().verb()) return false;
        List<Token> tokens = facts.sentence().tokens();
        boolean coordinated = false;
        for (int k = left.last() + 1; k < right.first(); k++) {
            Token t = tokens.get(k);
            if (t.isPunct() || facts.cueStartsAt(k, LIGHT_VERB)) return false;
            coordinated |= lexicon.isCoordinator(t.surface());
        }
        return coordinated || lexicon.conjoined(MatchKeys.normalize(tokens.get(right.first()).surface()), MatchKeys.normalize(right.value().phrase()));
    }

    /**
     * How a trigger is read: as an event (REAL); as a goal, a possibility or a denial because a cue says so (MODAL:
     * "جهود التوصل لاتفاق", "did not meet"); or as a complement by its form (FORM: the purpose lam of "لوقف إطلاق
     * النار"); or as what a real agreement establishes (ESTABLISHED: "اتفاق لوقف إطلاق النار", "a deal for a
     * ceasefire"), an event of its own with the agreement's parties and date. A noun joined to a blocked or
     * established noun shares its reading.
     */
    enum Reading { REAL, MODAL, FORM, ESTABLISHED }

    List<Reading> readings(SentenceFacts facts) {
        var readings = new ArrayList<Reading>();
        List<Hit<Trigger>> triggers = facts.triggers();
        for (int n = 0; n < triggers.size(); n++) {
            Hit<Trigger> hit = triggers.get(n);
            Reading reading = modal(facts, hit) || subjectOfAModal(facts, n) || supportOfNoEvent(facts, n) || tripToNoPlace(facts, hit)
                    || rejectsAnything(facts, hit) || shiftedSense(facts, hit)
                    || agreedToMeet(facts, n) || negatedHappening(facts, n) ? Reading.MODAL
                    : lexicon.rule(hit.value().type()).purposeLamBlocks() && hasPurposePrefix(facts, hit) ? Reading.FORM
                    : Reading.REAL;
            if (reading != Reading.REAL && purposeOfATrip(facts, readings, n)) reading = Reading.REAL;
            if (reading == Reading.FORM && n > 0 && readings.get(n - 1) == Reading.REAL
                    && triggers.get(n - 1).value().type() == EventType.Agreement) reading = Reading.ESTABLISHED;
            if (reading == Reading.REAL && objectOfAnAgreement(facts, readings, n)) reading = Reading.ESTABLISHED;
            if (reading == Reading.REAL && n > 0 && readings.get(n - 1) != Reading.REAL
                    && coordinatedNouns(facts, triggers.get(n - 1), hit)) reading = readings.get(n - 1);
            readings.add(reading);
        }
        return readings;
    }

    /**
     * "اتفقت أذربيجان وأرمينيا، الخميس، على وقف إطلاق النار", "وقعتا اتفاقا على \"وقف دائم للأعمال العدائية\"": a truce
     * an agreement (verb or noun) takes as its object, after its preposition (target cue "على") and at most a
     * quotation mark, is what that agreement establishes, as in "اتفاق لوقف إطلاق النار". Only what a deal sets up at
     * once (from-deal): an exchange agreed on is still to come.
     */
    private boolean objectOfAnAgreement(SentenceFacts facts, List<Reading> readings, int n) {
        if (n == 0 || readings.get(n - 1) != Reading.REAL) return false;
        Hit<Trigger> agreed = facts.triggers().get(n - 1);
        Hit<Trigger> object = facts.triggers().get(n);
        if (agreed.value().type() != EventType.Agreement || object.value().verb()
                || !lexicon.rule(object.value().type()).fromDeal()) return false;
        List<Token> tokens = facts.sentence().tokens();
        return facts.cuesOf("target").stream().anyMatch(c -> c.first() > agreed.last()
                && c.last() < object.first() && tokens.subList(c.last() + 1, object.first()).stream().allMatch(Token::isPunct)
                && object.first() - c.last() <= 2)
                || agreedToTheNoun(facts, agreed, object);
    }

    /**
     * "agreed to a seven-day ceasefire", "agreed on Saturday to a humanitarian truce", "agreed late Friday on an
     * immediate cessation of hostilities": an English agreement verb takes its object after "to" or "on" (a cue of
     * these kinds ending right before the noun, over its article and a few modifiers, and after the verb: "signed a
     * ceasefire agreement" names the deal); only a time adverbial may stand between the verb and that word, since the
     * English object follows its verb.
     */
    private boolean agreedToTheNoun(SentenceFacts facts, Hit<Trigger> agreed, Hit<Trigger> object) {
        Hit<Cue> to = agreed.value().verb() ? facts.governingCue(object.first(), AGREED_OBJECT, lexicon) : null;
        return to != null && to.last() > agreed.last() && (to.first() == agreed.first() || facts.onlyTimesBetween(agreed.last(), to.first()));
    }

    /**
     * "agreed to meet again next week", "agreed to hold another round of talks": agreeing to meet is a promise of
     * talks still to come, no deal. An English agreement verb whose infinitive ("to", with a light verb and a round
     * word at most before the noun) reaches a meeting or talks in a few words, with no punctuation between, is no
     * agreement; the talks it reaches are the event. "agreed to exchange prisoners", "agreed to a truce" stay deals.
     */
    boolean agreedToMeet(SentenceFacts facts, int n) {
        List<Hit<Trigger>> triggers = facts.triggers();
        Hit<Trigger> agreed = triggers.get(n);
        if (n + 1 == triggers.size() || agreed.value().type() != EventType.Agreement || !agreed.value().verb()) return false;
        Hit<Trigger> talks = triggers.get(n + 1);
        if (!PURPOSES.contains(talks.value().type()) || talks.first() - agreed.last() > AGREED_TALKS_REACH
                || facts.punctuationBetween(agreed.last(), talks.first())) return false;
        Hit<Cue> to = facts.cues().stream().filter(c -> c.first() <= agreed.last() + 1 && c.last() >= agreed.last() + 1).findFirst().orElse(null);
        return to != null && INFINITIVE_TO.contains(to.value().kind());
    }

    /**
     * "travelled to Muscat on Friday for indirect talks with Witkoff", "hosted Zelenskiy for talks", "يتوجه إلى
     * الرياض الثلاثاء للقاء ولي العهد": talks a trip or a meeting is made for are held there, no mere goal; the verb
     * must be real, and the talks right after its purpose word or with the purpose lam on them.
     */
    private boolean purposeOfATrip(SentenceFacts facts, List<Reading> readings, int n) {
        if (n == 0 || readings.get(n - 1) != Reading.REAL) return false;
        Hit<Trigger> trip = facts.triggers().get(n - 1);
        Hit<Trigger> talks = facts.triggers().get(n);
        if (!trip.value().verb() || !TRIPS.contains(trip.value().type()) || !PURPOSES.contains(talks.value().type())
                || talks.value().verb()) return false;
        if (hasPurposePrefix(facts, talks)) return true;
        for (Hit<Cue> c : facts.cues()) if (c.first() > trip.last() && purpose(c, talks.first())) return true;
        return false;
    }

    /** A purpose word ("for") that reaches the token. */
    static boolean purpose(Hit<Cue> cue, int token) {
        return cue.value().kind().equals("irrealis") && PURPOSE.equals(cue.value().value()) && cue.value().reaches(cue.last(), token);
    }

    /**
     * The trigger a phrase at {@code index} belongs to: the nearest one on its left that is an event or a goal (a
     * phrase after a goal stays in it); a purpose complement is skipped, so "اتفاق لوقف إطلاق النار … بين إسرائيل
     * وحماس" gives the parties to the agreement. With no trigger on its left, the first (dates work alike).
     */
    static int owner(List<Reading> readings, List<Hit<Trigger>> triggers, int index) {
        int nearest = -1;
        for (int n = triggers.size() - 1; n >= 0; n--) {
            if (triggers.get(n).last() >= index) continue;
            if (nearest < 0) nearest = n;
            if (readings.get(n) == Reading.REAL || readings.get(n) == Reading.MODAL) return n;
        }
        return Math.max(nearest, 0);
    }

    /**
     * "المفاوضات مع روسيا لن تبدأ قبل وقف إطلاق النار", "the talks will not take place", "negotiations have yet to
     * begin": talks or a meeting whose own verb of happening (held, begins, takes place), after it in its clause and
     * before any other trigger, is negated have not happened. "المفاوضات التي بدأت أمس لن تستمر" denies only how long
     * real talks last, and stays.
     */
    private static boolean negatedHappening(SentenceFacts facts, int n) {
        Hit<Trigger> talks = facts.triggers().get(n);
        if (talks.value().verb() || !EventFinder.HELD_TALKS.contains(talks.value().type()) || facts.cuesOf(NEGATION).isEmpty()) return false;
        return facts.cuesOfItsClause(n, NEGATION, NEGATED_HAPPENING_REACH).filter(not -> !facts.punctuationBetween(talks.last(), not.first()))
                .anyMatch(not -> facts.cuesOfItsClause(n, HAPPENING, Integer.MAX_VALUE)
                        .anyMatch(verb -> verb.first() > not.last() && verb.first() - not.last() <= 2 && !happenedLater(facts, not, verb)));
    }

    /**
     * "the meeting did not begin until late evening", "المفاوضات لم تبدأ إلا بعد وصول الوفد": a past denial whose
     * verb is followed by "until" or the exceptive says when the talks did happen.
     */
    private static boolean happenedLater(SentenceFacts facts, Hit<Cue> not, Hit<Cue> verb) {
        return PAST.equals(not.value().value()) && facts.cues().stream().anyMatch(c -> LATER.contains(c.value().kind())
                && c.first() > verb.last() && c.first() - verb.last() <= 2);
    }

    /** A negation or irrealis cue reaches the trigger, and no realis word ("نجح في التوصل", "بعد التوصل") voids it. */
    private boolean modal(SentenceFacts facts, Hit<Trigger> hit) {
        int hedgedAt = hit.value().verb() ? -1 : compoundEnd(facts, hit) + 1;
        for (Hit<Cue> cue : facts.cues()) {
            String kind = cue.value().kind();
            if (hedgesTheNounBefore(cue, hedgedAt)) return true;
            if (!reachesPastModifiers(facts, cue, hit.first()) || voidedByRealis(facts, cue) || acceptsByReadiness(cue, hit)
                    || nounInsideItsClause(facts, cue) || reportedPlan(facts, cue) || purposeClosedByAComma(facts, cue, hit)) continue;
            if (kind.equals("negation") || kind.equals("irrealis")) return true;
            if (kind.equals("irrealis-present") && hit.value().verb()
                    && lexicon.isPresentTense(facts.sentence().tokens().get(hit.first()).surface())) return true;
        }
        return false;
    }

    /**
     * "Zelensky said he would travel to Washington on Monday": in the clause a speech verb reports, "would" is the past
     * of "will", a plan the speaker announced, not a hypothetical.
     */
    private static boolean reportedPlan(SentenceFacts facts, Hit<Cue> cue) {
        return BACKSHIFT.equals(cue.value().value()) && facts.triggers().stream().anyMatch(t -> t.value().verb()
                && t.value().type() == EventType.Statement && t.last() < cue.first()
                && cue.first() - t.last() <= REPORTED_SUBJECT_REACH && !facts.punctuationBetween(t.last(), cue.first()));
    }

    /**
     * "Massad Boulos, the senior US adviser for Africa, said", "شكر الرئيس التركي على جهوده، مؤكدا": a purpose word or an
     * effort noun takes a noun phrase, which a comma closes; the verb after that comma is the clause's, no goal.
     */
    private static boolean purposeClosedByAComma(SentenceFacts facts, Hit<Cue> cue, Hit<Trigger> hit) {
        return cue.value().value() != null && NOUN_PHRASE_HEDGES.contains(cue.value().value()) && cue.last() < hit.first() && facts.sentence().tokens().subList(cue.last() + 1, hit.first()).stream()
                .anyMatch(t -> Groups.isComma(t.surface()));
    }

    /** "ونشرت الرئاسة نص الاتفاق" (the text of the deal): a cue that is a verb only opening its clause, found inside it. */
    private static boolean nounInsideItsClause(SentenceFacts facts, Hit<Cue> cue) {
        return OPENING.equals(cue.value().value()) && cue.first() > 0 && !facts.sentence().tokens().get(cue.first() - 1).isPunct();
    }

    /** "said it was ready to accept the proposal": declaring oneself ready to accept an offer is accepting it. */
    private static boolean acceptsByReadiness(Hit<Cue> cue, Hit<Trigger> hit) {
        return READINESS.equals(cue.value().value()) && hit.value().type() == EventType.Acceptance;
    }

    /**
     * "اتفاق محتمل", "اتفاق وقف إطلاق النار المطروح": an adjective of possibility right after an event noun, or after
     * the compound it heads (the nouns of events right after it), makes it a prospect; {@code hedgedAt} is the token
     * after that compound, -1 for a verb.
     */
    private static boolean hedgesTheNounBefore(Hit<Cue> cue, int hedgedAt) {
        return hedgedAt >= 0 && cue.first() == hedgedAt && cue.value().kind().equals("irrealis")
                && HEDGE_AFTER.equals(cue.value().value());
    }

    /** Where the compound an event noun heads ends: past the event nouns right after it ("اتفاق وقف إطلاق النار"). */
    private static int compoundEnd(SentenceFacts facts, Hit<Trigger> noun) {
        int end = noun.last();
        for (Hit<Trigger> t : facts.triggers()) {
            if (t.first() == end + 1 && !t.value().verb()) end = t.last();
        }
        return end;
    }

    /**
     * "a deal could be reached this week", "a truce may be announced": a new (indefinite) noun as the subject of a
     * modal of possibility is what might happen, no event, and so are the nouns of its compound ("a ceasefire deal
     * could"). A definite one ("the deal could collapse") may be a real deal the article told, and stays.
     */
    private boolean subjectOfAModal(SentenceFacts facts, int n) {
        List<Hit<Trigger>> triggers = facts.triggers();
        if (triggers.get(n).value().verb() || !facts.indefiniteNoun(triggers.get(n).first(), lexicon)) return false;
        int last = triggers.get(n).last();
        for (int m = n + 1; m < triggers.size() && triggers.get(m).first() == last + 1 && !triggers.get(m).value().verb(); m++) {
            last = triggers.get(m).last();
        }
        for (Hit<Cue> c : facts.cues()) {
            if (c.first() == last + 1 && c.value().kind().equals("irrealis") && MODAL.equals(c.value().value())) return true;
        }
        return false;
    }

    /**
     * A cue's window counts words, not the articles and the front halves of hyphened modifiers between it and the
     * trigger: "could sign an agreement", "efforts to secure a ceasefire", "a proposal for a 30-day ceasefire" reach
     * their noun as "could sign agreement" would.
     */
    private boolean reachesPastModifiers(SentenceFacts facts, Hit<Cue> cue, int token) {
        if (cue.value().reaches(cue.last(), token)) return true;
        if (token <= cue.last()) return false;
        List<Token> tokens = facts.sentence().tokens();
        int words = 0;
        for (int k = cue.last() + 1; k < token && words < cue.value().window(); k++) {
            if (!facts.determinerAt(k, lexicon) && !hyphened(tokens, k)) words++;
        }
        return words < cue.value().window();
    }

    /** A hyphen inside a word, or the part before it ("30-day", "U.S.-drafted"): the compound is one word. */
    private static boolean hyphened(List<Token> tokens, int k) {
        Token next = k + 1 < tokens.size() ? tokens.get(k + 1) : null;
        boolean beforeHyphen = next != null && next.start() == tokens.get(k).end() && next.surface().equals("-");
        boolean hyphen = tokens.get(k).surface().equals("-") && next != null && next.start() == tokens.get(k).end();
        return beforeHyphen || hyphen;
    }

    /**
     * "أكد رفض مصر الكامل لأي وجود عسكري", "rejected any attempt to displace Palestinians": a rejection whose object is
     * "any" thing states a standing position; a Rejection answers a particular proposal or deal ("rejected the
     * proposal"), so this is none. The "any" cue must follow the trigger closely, in its clause.
     */
    private static boolean rejectsAnything(SentenceFacts facts, Hit<Trigger> hit) {
        if (hit.value().type() != EventType.Rejection) return false;
        return facts.cues().stream().anyMatch(c -> c.first() > hit.last() && c.first() - hit.last() <= REJECTED_ANY_REACH
                && c.value().kind().equals("irrealis") && ANY.equals(c.value().value()) && !facts.punctuationBetween(hit.last(), c.first()));
    }

    /**
     * "اعتمدت الحكومة المصرية على القروض" (relied on, not adopted), "backed away from the plan", "was met with
     * criticism": a verb flagged shifted-by=WORD takes another sense when WORD follows it closely in its clause, and
     * then reports no event.
     */
    private static boolean shiftedSense(SentenceFacts facts, Hit<Trigger> hit) {
        // Asked of every trigger, and few are flagged: no set of shifting words to build for the others.
        Set<String> words = null;
        for (String f : hit.value().flags()) {
            if (!f.startsWith(SHIFTED_BY)) continue;
            if (words == null) words = new HashSet<>();
            words.add(MatchKeys.normalize(f.substring(SHIFTED_BY.length())));
        }
        if (words == null) return false;
        List<Token> tokens = facts.sentence().tokens();
        for (int k = hit.last() + 1; k < tokens.size() && k - hit.last() <= SHIFT_REACH; k++) {
            if (tokens.get(k).isPunct()) return false;
            if (words.contains(tokens.get(k).normalized())) return true;
        }
        return false;
    }

    /**
     * "backed the initiative" answers a proposal, but "backed by Turkey", "Iran-backed rebels", "backed opposing sides"
     * describe an alliance: a verb flagged "event-object" reports an event only with an event noun as its object.
     */
    private static boolean supportOfNoEvent(SentenceFacts facts, int n) {
        List<Hit<Trigger>> triggers = facts.triggers();
        Hit<Trigger> hit = triggers.get(n);
        if (!hit.value().flags().contains("event-object")) return false;
        if (n + 1 == triggers.size()) return true;
        int object = triggers.get(n + 1).first();
        boolean punctuated = facts.punctuationBetween(hit.last(), object);
        return punctuated || object - hit.last() > EVENT_OBJECT_REACH;
    }

    /**
     * "متوجها إلى القاهرة" is a trip, but "متوجها إلى الصحفيين" (addressing the journalists) is not: a trigger flagged
     * "place-object" reports a trip only when a place follows it within a preposition's reach.
     */
    private static boolean tripToNoPlace(SentenceFacts facts, Hit<Trigger> hit) {
        if (!hit.value().flags().contains("place-object")) return false;
        int reach = hit.last() + 1 + DESTINATION_REACH;
        boolean place = facts.phrases().stream().anyMatch(p -> p.canBePlace() && p.first() > hit.last() && p.first() <= reach);
        return !place && facts.capitals().stream().noneMatch(c -> c.preposition() > hit.last() && c.preposition() < reach);
    }

    private static boolean voidedByRealis(SentenceFacts facts, Hit<Cue> cue) {
        if (cue.value().kind().equals("negation")) return false;
        // Asked of every cue that reaches a trigger: a plain loop, no stream to set up.
        for (Hit<Cue> r : facts.cues()) {
            if (REALIS.contains(r.value().kind()) && r.last() < cue.first() && reachesItsObject(facts, r.last(), cue.first())) return true;
        }
        return false;
    }

    /**
     * "وأعلن رئيس الوزراء وزير الخارجية القطري الشيخ محمد بن عبد الرحمن آل ثاني، مساء الأربعاء، التوصل إلى اتفاق": a
     * realis verb reaches its object past its subject, however long its name, and the dates and brackets around it;
     * only other words count. Its object is no longer in reach past a complementizer ("أعلنت قطر أنها تسعى للتوصل"):
     * the clause after it says what is sought.
     */
    private static boolean reachesItsObject(SentenceFacts facts, int verb, int object) {
        boolean complementizer = facts.cues().stream().anyMatch(c -> c.first() > verb && c.last() < object
                && c.value().kind().equals("complementizer"));
        if (complementizer) return false;
        var skipped = new BitSet();
        facts.phrases().forEach(p -> skipped.set(p.first(), p.last() + 1));
        facts.times().forEach(t -> skipped.set(t.first(), t.last() + 1));
        List<Token> tokens = facts.sentence().tokens();
        int words = 0;
        for (int k = verb + 1; k < object; k++) if (!skipped.get(k) && !tokens.get(k).isPunct()) words++;
        return words < REALIS_REACH;
    }

    /**
     * لاتفاق، لوقف: a lam before a noun trigger that does not itself begin with one, unless the noun before it says
     * what the lam's noun brought about (ثمرة لمفاوضات, the fruit of talks): that lam is a genitive.
     */
    private boolean hasPurposePrefix(SentenceFacts facts, Hit<Trigger> hit) {
        return hasPurposePrefix(lexicon, facts, hit);
    }

    static boolean hasPurposePrefix(EventLexicon lexicon, SentenceFacts facts, Hit<Trigger> hit) {
        if (hit.value().verb() || facts.cueEndsAt(hit.first() - 1, OUTCOME_OF)) return false;
        String word = facts.sentence().tokens().get(hit.first()).normalized();
        String phrase = MatchKeys.normalize(hit.value().firstWord());
        for (String prefix : lexicon.purposePrefixes()) {
            if (word.startsWith(prefix) && (!phrase.startsWith(prefix) || beginsLike(word.substring(prefix.length()), phrase))) return true;
        }
        return false;
    }

    /** Whether a noun draft has the purpose lam on it (لوقف، للقاء). */
    static boolean hasPurposePrefix(EventLexicon lexicon, SentenceFacts facts, Draft d) {
        if (d.verb) return false;
        List<Hit<Trigger>> triggers = facts.triggers();
        for (int i = 0; i < triggers.size(); i++) if (triggers.get(i).first() == d.triggerFirst && hasPurposePrefix(lexicon, facts, triggers.get(i))) return true;
        return false;
    }

    /**
     * "للقاء" is the lam on "لقاء", whose own first letter is a lam: once the prefix is taken off, the word still
     * begins as the trigger does (its first two letters: a suffix may fold the end, للقائه).
     */
    private static boolean beginsLike(String rest, String phrase) {
        return rest.startsWith(phrase.substring(0, Math.min(2, phrase.length())));
    }
}
