package org.diplokg.extract;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.diplokg.lexicon.Cue;
import org.diplokg.lexicon.EventLexicon;
import org.diplokg.lexicon.PhraseIndex.Hit;
import org.diplokg.lexicon.Trigger;
import org.diplokg.model.EventType;
import org.diplokg.model.Role;
import org.diplokg.text.MatchKeys;
import org.diplokg.text.Token;

/**
 * Arguments one event of a sentence lends another: the subject of a verb to a coordinated verb, a participle or a
 * possessive noun (with its date); the speaker to a pronoun subject in reported speech; the agent of an event to a
 * same-type event joined to it; an agreement's parties and date to what it establishes. A pronoun subject outside
 * reported speech takes the last subject the discourse named.
 */
final class SharedArguments {
    /** The value of a plural subject pronoun cue ("they"). */
    private static final String PLURAL = "plural";
    /** Auxiliaries that may stand between a pronoun and its verb ("he will", "she had already"). */
    private static final int PRONOUN_REACH = 3;
    /** Travel: a visit, a tour. */
    static final Set<EventType> TRIPS = Set.of(EventType.Visit, EventType.Tour);
    private static final Set<String> WHERE = Set.of("where");
    private static final Set<String> IN_IT = Set.of("in-it");
    private static final Set<String> PRONOUN = Set.of("pronoun");
    /** A form of "be" right before a verb: the verb is passive. */
    private static final Set<String> PASSIVE_AUXILIARY = Set.of("passive-auxiliary");
    private static final Set<String> POSSESSIVE = Set.of("possessive");
    /** Words that order a meeting before or after the event of their clause ("after talks with", "قبيل لقائه"). */
    private static final Set<String> AFTER_OR_BEFORE = Set.of("after", "before");
    private static final Set<String> BEFORE = Set.of("before");
    /** A preposition that names every side of a meeting or call ("between", "بين"), not a partner of someone else. */
    private static final Set<String> ALL_SIDES = Set.of("all-sides");
    private static final Set<String> HONORIFIC_PRONOUN = Set.of("honorific-pronoun");
    private static final Set<String> OBJECT_PRONOUN = Set.of("object-pronoun");
    private static final Set<String> COUNTERPART = Set.of("counterpart");
    private static final Set<String> COMPLEMENTIZER = Set.of("complementizer");
    private static final Set<String> ADVERBS = Set.of("adverb");
    /** "As also" opening a clause (كما بدأت): what follows continues the clause before it. */
    private static final Set<String> ADDS_ON = Set.of("adds-on");
    /** Words a date may put between a joined light verb and its noun ("كما بدأت في الأول من أكتوبر عملية"). */
    private static final int JOINED_LIGHT_VERB_REACH = 10;
    /** Events of two sides at least: one side named alone after a joined verb is its object, the subject left out. */
    static final Set<EventType> TWO_SIDED = Set.of(EventType.Meeting, EventType.PhoneCall);
    /** Words between a light verb and its event noun ("وأجرى أمس مباحثات"). */
    private static final int LIGHT_VERB_REACH = 2;
    /** Talks, meetings and calls a speaker may tell of as held "with" someone: the speaker's side holds them. */
    private static final Set<EventType> TALKS = Set.of(EventType.Meeting, EventType.PhoneCall, EventType.Negotiation);
    /** Words (adjectives: "غير المباشرة", "indirect") that may stand between talks and their "with". */
    private static final int WITH_REACH = 3;

    private final EventLexicon lexicon;

    SharedArguments(EventLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * "التقى الوزير الوفدين … وأكد …", "met … and stressed …": a verb joined to an earlier one with its subject
     * left out shares that subject, and so does a noun whose possessor is a pronoun ("أعلن ترامب … خلال استقباله").
     */
    void coordinatedVerbSubjects(SentenceFacts facts, List<Draft> all) {
        for (int n = 1; n < all.size(); n++) {
            Draft d = all.get(n);
            Role principal = lexicon.rule(d.type).principal();
            // "للقاء ولي العهد", "على أن يعاود لقاء بري": the genitive of such a noun is the partner, not the subject.
            boolean objectOfAnInfinitive = objectOfAnInfinitive(facts, d) || purposeLam(facts, d);
            boolean purpose = d.verb ? infinitive(facts, d.triggerFirst) : purposeNoun(facts, d.triggerFirst) || objectOfAnInfinitive;
            boolean sequel = sequelOfTheClause(facts, d, AFTER_OR_BEFORE);
            boolean nextStep = sequel && sequelOfTheClause(facts, d, BEFORE);
            boolean afterBeforeThat = oneSideAfterBeforeThat(facts, d);
            boolean objectOfAJoinedLightVerb = objectOfAJoinedLightVerb(facts, d);
            // "while hosting Netanyahu": a participle's object may fill the principal role too; what it lacks is a subject.
            // "على أن يعاود لقاء بري": the genitive of a noun after "على أن" and a verb is the partner, the subject the main clause's.
            boolean needsSubject = objectOfAnInfinitive || (d.possessive || d.participle || purpose ? d.subject.isEmpty()
                    : d.verb && (d.actors(principal).isEmpty() || d.subject.isEmpty() && counterpartObject(facts, d)) && coordinated(facts, n))
                    || oneSideAfterAJoinedVerb(facts, d, n) || whereClause(facts, d) && leftWithoutItsSubject(facts, d, principal) || sequel
                    || afterBeforeThat || objectOfAJoinedLightVerb;
            if (!needsSubject) continue;
            for (int m = n - 1; m >= 0; m--) {
                Draft earlier = all.get(m);
                // "تلقى أمير قطر اتصالا هاتفيا من بايدن، وأعرب خلاله": a light verb lends its subject to a verb joined to it
                // as a verb does; a pronoun on a noun after it ("وأبلغهما بموافقة الحركة على مقترحهما") is its object's.
                boolean lends = earlier.verb || earlier.afterALightVerb && (d.verb || objectOfAJoinedLightVerb);
                if (!lends || earlier.subject.isEmpty()) continue;
                // "يشارك بلينكن في مؤتمر، الذي يستضيفه الأردن، على أن يزور الدوحة": a purpose is the main clause's, not a relative clause's.
                if (purpose && facts.cueEndsAt(earlier.triggerFirst - 1, Set.of("relative"))) continue;
                // "قال بلينكن إن ترحيب حماس بالقرار مؤشر …، مشيرا إلى": a participle continues the speech verb, not what it reports.
                if ((d.participle || sequel) && inAReportedClause(facts, earlier, all)) continue;
                // "وصل أردوغان إلى الدوحة، حيث استقبله العطية، قبل أن يلتقي الأمير": what the traveller did next, not the where-clause's subject.
                if (afterBeforeThat && whereClause(facts, earlier)) continue;
                // A verb's subject plays the roles of its row ("while hosting": host and participant); a possessor, the principal.
                List<Role> roles = d.verb && !d.subjectRoles.isEmpty() ? d.subjectRoles : List.of(principal);
                Collection<String> lent = pluralOfBothSides(facts, n, earlier) ? earlier.actors(lexicon.rule(earlier.type).principal()) : earlier.subject;
                if (d.actors(principal).containsAll(lent)) break;
                lent.forEach(a -> roles.forEach(role -> d.add(role, a)));
                d.subject.addAll(lent);
                d.sharesSubjectWith = earlier;
                if (purpose || d.participle || nextStep) heldAtTheDestination(d, earlier);
                break;
            }
        }
    }

    /**
     * "استقبل السيسي العاهل الأردني، مؤكدين رفضهما …", "received … stressing (both)": a participle in the dual or plural
     * after a meeting or call is said by both its sides, not by its subject alone.
     */
    private boolean pluralOfBothSides(SentenceFacts facts, int n, Draft earlier) {
        Hit<Trigger> participle = facts.triggers().get(n);
        return TWO_SIDED.contains(earlier.type)
                && lexicon.isPluralParticiple(participle.value(), facts.sentence().tokens().get(participle.last()).surface());
    }

    /**
     * "غادر بلينكن الدوحة مساء الأربعاء متوجها إلى القاهرة": a participle whose clause verb reports no event (left, went)
     * still shares that verb's subject, the first actor of its clause that no preposition governs and that is no place.
     * After a verb that is a trigger, {@link #coordinatedVerbSubjects} lends its subject instead. A participle after
     * a comma that finds no subject in the clause a complementizer opened is the main clause's ("The council demanded
     * that aid reach Gaza, adopting a resolution": the council adopts it).
     */
    void participlesOfTheClauseSubject(SentenceFacts facts, Groups sentence, List<Draft> all) {
        for (Draft d : all) {
            if (!d.participle && !sequelOfTheClause(facts, d, AFTER_OR_BEFORE) || !d.subject.isEmpty() || all.stream().anyMatch(e -> e.verb && e.triggerLast < d.triggerFirst)) continue;
            Groups.Group subject = saidInASpeech(facts, d) ? sentence.subjectAfter(facts, lastCommaBefore(facts, d.triggerFirst), d.triggerFirst, Set.of()) : null;
            if (subject == null) subject = sentence.subjectAfter(facts, EventFinder.clauseStart(facts, 0, d.triggerFirst) - 1, d.triggerFirst, Set.of());
            if (subject == null && Clauses.participleAfterAComma(facts, d)) subject = sentence.subjectAfter(facts, -1, d.triggerFirst, Set.of());
            if (subject == null || subject.last() >= d.triggerFirst) continue;
            List<Role> roles = d.subjectRoles.isEmpty() ? List.of(lexicon.rule(d.type).principal()) : d.subjectRoles;
            subject.phrases().stream().filter(p -> !p.isPlace()).forEach(p -> {
                roles.forEach(role -> d.add(role, p.slug()));
                d.subject.add(p.slug());
            });
        }
    }

    /** "بكلمة قال فيها": a speech verb right before "in it", said in the speech noun before it. */
    private static boolean saidInASpeech(SentenceFacts facts, Draft d) {
        return d.verb && facts.cueStartsAt(d.triggerLast + 1, IN_IT);
    }

    /**
     * "وترأس ميدينسكي الوفد الروسي، وافتتح فيدان الاجتماع بكلمة قال فيها": the speech was given by the subject of the
     * clause it ends, the last one a comma opens; the index of that comma, or -1.
     */
    private static int lastCommaBefore(SentenceFacts facts, int token) {
        List<Token> tokens = facts.sentence().tokens();
        for (int k = token - 1; k >= 0; k--) if (Groups.isComma(tokens.get(k).surface())) return k;
        return -1;
    }

    /**
     * "وصل فيدان إلى الرياض الأربعاء، وأجرى مباحثات مع نظيره", "وزار السوداني طهران، والتقى خامنئي": a meeting or call
     * with one side, after a verb (or a light verb and its noun) joined to the verb before, has that verb's subject
     * as its other side.
     */
    private boolean oneSideAfterAJoinedVerb(SentenceFacts facts, Draft d, int n) {
        if (!TWO_SIDED.contains(d.type) || d.actors(lexicon.rule(d.type).principal()).size() != 1) return false;
        if (d.verb) return coordinated(facts, n);
        List<Token> tokens = facts.sentence().tokens();
        return facts.cuesOf("light-verb").stream().anyMatch(c -> c.last() < d.triggerFirst
                && d.triggerFirst - c.last() <= LIGHT_VERB_REACH
                && lexicon.conjoined(MatchKeys.normalize(tokens.get(c.first()).surface()), ""));
    }

    /**
     * "arrived in Riyadh after talks with Sheikh Mohamed", "will travel to Cairo ahead of talks with Sisi", "غادر بيروت
     * قبيل لقائه نتنياهو": a meeting or call with one side named, right after a word that orders it before or after the
     * clause's event ({@code kinds}, a possessive aside, an English adjective aside: "after formal talks in the
     * Kremlin with Xi"), is the clause subject's other side.
     */
    private boolean sequelOfTheClause(SentenceFacts facts, Draft d, Set<String> kinds) {
        if (d.verb || !TWO_SIDED.contains(d.type) || !d.subject.isEmpty() || !onlyPartnersNamed(facts, d)) return false;
        int word = facts.governingWord(d.triggerFirst, lexicon);
        if (word > 0 && !facts.cueEndsAt(word, kinds) && lowercaseWord(facts, word)) word = facts.governingWord(word, lexicon);
        if (facts.cueEndsAt(word, POSSESSIVE)) word = facts.governingWord(word, lexicon);
        return facts.cueEndsAt(word, kinds);
    }

    /**
     * "following a meeting with Haftar and Saleh": the sides a meeting or call names are partners of someone else, one
     * or several, unless a preposition of all its sides names them ("after a meeting between Sisi and Netanyahu").
     */
    private boolean onlyPartnersNamed(SentenceFacts facts, Draft d) {
        int sides = d.actors(lexicon.rule(d.type).principal()).size();
        if (sides == 1) return true;
        return sides > 1 && facts.cuesOf(ALL_SIDES).stream().noneMatch(c -> c.first() > d.triggerLast && !facts.punctuationBetween(d.triggerLast, c.first()));
    }

    /** A word in lower case, as an English adjective before its noun is (Arabic has no case: its adjectives follow). */
    private static boolean lowercaseWord(SentenceFacts facts, int token) {
        Token t = facts.sentence().tokens().get(token);
        return t.isWord() && !facts.cueEndsAt(token, POSSESSIVE) && Character.isLowerCase(t.surface().codePointAt(0));
    }

    /**
     * "قبل أن يلتقي أمير قطر", "بعد أن التقى نظيره": a meeting or call verb right after "before that" or "after that"
     * with one side named is the clause subject's next or earlier step; the side named is its object.
     */
    private static boolean oneSideAfterBeforeThat(SentenceFacts facts, Draft d) {
        return d.verb && TWO_SIDED.contains(d.type) && d.actors(Role.participant).size() == 1
                && facts.cueEndsAt(d.triggerFirst - 1, COMPLEMENTIZER) && facts.cueEndsAt(d.triggerFirst - 2, AFTER_OR_BEFORE);
    }

    /**
     * "… إلى الدوحة غدا، حيث يلتقي أمير قطر", "… to Israel on Tuesday, where he will meet Netanyahu": a verb right
     * after "where", or after it and a subject pronoun and auxiliaries. An event noun stands so behind its light verb
     * ("وصل إلى الرياض، حيث عقد جلسة مباحثات مع نظيره": the talks are the clause's event, held by the traveller).
     */
    private boolean whereClause(SentenceFacts facts, Draft d) {
        if (d.verb) return rightAfterWhere(facts, d.triggerFirst);
        for (Hit<Cue> c : facts.cuesOf("light-verb")) {
            if (c.last() < d.triggerFirst && d.triggerFirst - c.last() <= LIGHT_VERB_REACH && rightAfterWhere(facts, c.first())) return true;
        }
        return false;
    }

    /**
     * A verb after "where" with one side named lacks its subject (with two, "حيث التقى السيسي ومدبولي", the first may
     * read as its subject), and so does one whose sides include a counterpart ("حيث التقى الرئيس السوري بشار الأسد
     * ونظيره السوري": the subject's counterpart, so none of them is the subject); a light verb's noun lacks it when no
     * subject holds it ("حيث عقد مباحثات مع نظيره السعودي", the state of the counterpart's demonym aside).
     */
    private static boolean leftWithoutItsSubject(SentenceFacts facts, Draft d, Role principal) {
        return d.verb ? d.actors(principal).size() <= 1 || counterpartAmongItsSides(facts, d) : d.subject.isEmpty();
    }

    /** A counterpart after the verb, in its clause: no punctuation and no other trigger between them. */
    private static boolean counterpartAmongItsSides(SentenceFacts facts, Draft d) {
        int next = facts.triggers().stream().mapToInt(Hit::first).filter(first -> first > d.triggerLast).min().orElse(Integer.MAX_VALUE);
        return facts.cuesOf(COUNTERPART).stream().anyMatch(c -> c.first() > d.triggerLast && c.first() < next
                && !facts.punctuationBetween(d.triggerLast, c.first()));
    }

    /** Whether the word at {@code word} follows "where", a subject pronoun and auxiliaries aside. */
    private boolean rightAfterWhere(SentenceFacts facts, int word) {
        List<Token> tokens = facts.sentence().tokens();
        int before = word - 1;
        while (before > 0 && (facts.cueEndsAt(before, PRONOUN) || lexicon.isClauseAuxiliary(tokens.get(before).surface()))) before--;
        return facts.cueEndsAt(before, WHERE);
    }

    /**
     * "انتقل الوزير السعودي إلى عين التينة، حيث التقى بري", "عاد هوكشتاين إلى بيروت، حيث اجتمع مع بري": a where-clause
     * after a verb no trigger reads (moved on, returned) has no earlier event to lend it its subject; it takes the
     * sentence's subject, the first actor before "where" that no preposition governs and that is no place, and the
     * place that ends the clause before "where", the destination, as its place. The one side named after the verb is
     * its object, so a verb joined to it later ("ثم اجتمع بسلام") shares the traveller, not that side.
     */
    void whereClausesAfterAnUnreadVerb(SentenceFacts facts, Groups sentence, List<Draft> all) {
        for (int n = 0; n < all.size(); n++) {
            Draft d = all.get(n);
            Role principal = lexicon.rule(d.type).principal();
            if (!whereClause(facts, d) || !leftWithoutItsSubject(facts, d, principal) || lastVerbBefore(all, n) != null) continue;
            int where = lastWhereBefore(facts, d.triggerFirst);
            Groups.Group subject = sentence.subjectAfter(facts, -1, d.triggerFirst, Set.of());
            if (subject == null || subject.last() >= where) continue;
            d.subject.clear();
            subject.phrases().stream().filter(p -> !p.isPlace()).forEach(p -> {
                d.add(principal, p.slug());
                d.subject.add(p.slug());
            });
            Groups.Group destination = sentence.before(where, Set.of());
            if (d.places.isEmpty() && lexicon.rule(d.type).takesPlace() && destination != null && destination.allPlaces()
                    && destination.first() > subject.last()) {
                destination.phrases().stream().reduce((a, b) -> b).ifPresent(p -> d.places.add(p.slug()));
            }
        }
    }

    /** The index of the last "where" before a token, or -1. */
    private static int lastWhereBefore(SentenceFacts facts, int token) {
        return facts.cuesOf(WHERE).stream().filter(c -> c.last() < token).mapToInt(Hit::first).max().orElse(-1);
    }

    /**
     * What happens where a trip went happens at its last destination, on its day, whoever the clause names; a trip
     * noun after a light verb goes there as its verb would ("made a trip to Kyiv, where he met Zelensky").
     */
    void whereClausesAtTheTripsEnd(SentenceFacts facts, List<Draft> all) {
        for (int n = 1; n < all.size(); n++) {
            Draft d = all.get(n);
            if (!whereClause(facts, d)) continue;
            Draft trip = lastVerbOrLightVerbNounBefore(all, n);
            if (trip != null) atTheTripsEnd(d, trip);
        }
    }

    /** The last verb among the sentence's triggers before the n-th, or null. */
    private static Draft lastVerbBefore(List<Draft> all, int n) {
        for (int m = n - 1; m >= 0; m--) if (all.get(m).verb) return all.get(m);
        return null;
    }

    /** The last verb, or noun after a light verb, among the sentence's triggers before the n-th, or null. */
    private static Draft lastVerbOrLightVerbNounBefore(List<Draft> all, int n) {
        for (int m = n - 1; m >= 0; m--) if (all.get(m).verb || all.get(m).afterALightVerb) return all.get(m);
        return null;
    }

    private void atTheTripsEnd(Draft d, Draft trip) {
        if (!TRIPS.contains(trip.type)) return;
        if (d.places.isEmpty() && !trip.places.isEmpty() && lexicon.rule(d.type).takesPlace()) trip.places.stream().reduce((a, b) -> b).ifPresent(d.places::add);
        if (!d.ownDate && trip.hasDate()) {
            d.time = trip.date();
            d.ownDate = trip.ownDate;
        }
    }

    /** Whether the event stands in what an earlier speech verb of the sentence reports (after its "إن", "that"). */
    private static boolean inAReportedClause(SentenceFacts facts, Draft d, List<Draft> all) {
        return all.stream().anyMatch(speech -> speech.verb && speech.triggerLast < d.triggerFirst
                && Clauses.reportedBy(facts, speech, d.triggerFirst));
    }

    /**
     * "fly to Israel … to meet Netanyahu", "shuttled between Beirut and Israel, meeting Berri and then Netanyahu": what
     * a trip is made to do, or does on the way, happens where it goes.
     */
    private void heldAtTheDestination(Draft purpose, Draft trip) {
        if (TRIPS.contains(trip.type) && purpose.places.isEmpty() && lexicon.rule(purpose.type).takesPlace()) {
            purpose.places.addAll(trip.places);
        }
    }

    /** "flew to Ankara for talks with Fidan": the noun is what the trip before it is for, held by the traveller. */
    private static boolean purposeNoun(SentenceFacts facts, int noun) {
        for (Hit<Cue> c : facts.cues()) if (Readings.purpose(c, noun)) return true;
        return false;
    }

    /**
     * "يتوجه بلينكن إلى الرياض الثلاثاء للقاء ولي العهد": a meeting or call with the purpose lam on it is what the trip
     * is for (see {@link Readings}), held by the traveller with the one its genitive names.
     */
    private boolean purposeLam(SentenceFacts facts, Draft d) {
        return TWO_SIDED.contains(d.type) && Readings.hasPurposePrefix(lexicon, facts, d);
    }

    /**
     * "على أن يعاود لقاء بري": a meeting, visit or call named right after an Arabic verb after "على أن" is what that
     * verb's left-out subject does; a deal noun there is the verb's subject ("على أن يدخل وقف إطلاق النار حيز التنفيذ").
     */
    private boolean objectOfAnInfinitive(SentenceFacts facts, Draft d) {
        return !d.verb && lexicon.verbFirst() && lexicon.rule(d.type).principal() == Role.participant
                && infinitive(facts, d.triggerFirst - 1);
    }

    /** "to meet": the verb is an infinitive, whose subject is left out (a purpose: "will fly to Israel to meet Netanyahu"). */
    private static boolean infinitive(SentenceFacts facts, int verb) {
        return facts.cueEndsAt(verb - 1, Set.of("infinitive"));
    }

    /**
     * "وصل بلينكن إلى القاهرة الاثنين والتقى السيسي", "arrived in Jeddah on Monday and met the crown prince": a verb
     * joined to the verb before it, with no date of its own, happened on that verb's date; and the date that closes
     * the second dates the first when it has none ("travelled to Türkiye and met Erdogan in Ankara on 15 May").
     */
    void coordinatedVerbDates(SentenceFacts facts, List<Draft> all) {
        for (int n = 1; n < all.size(); n++) {
            Draft d = all.get(n);
            if (!d.verb || !coordinated(facts, n)) continue;
            Draft earlier = lastVerbBefore(all, n);
            if (earlier == null) continue;
            if (!d.hasDate() && earlier.hasDate()) {
                d.time = earlier.date();
                d.ownDate = earlier.ownDate;
            } else if (d.ownDate && !earlier.hasDate() && earlier.duration == null) {
                earlier.time = d.date();
                earlier.ownDate = true;
            }
        }
    }

    /**
     * What an agreement establishes has the agreement's parties and, without a date of its own, its date: now, or
     * once the article has dated the agreement (see {@link Draft#establishedBy}).
     */
    void establishedByAgreements(List<Readings.Reading> readings, List<Draft> all) {
        Draft agreement = null;
        for (int n = 0; n < all.size(); n++) {
            Draft d = all.get(n);
            if (readings.get(n) == Readings.Reading.REAL && d.type == EventType.Agreement) agreement = d;
            if (readings.get(n) != Readings.Reading.ESTABLISHED || agreement == null) continue;
            Role principal = lexicon.rule(d.type).principal();
            agreement.actors(Role.party).forEach(a -> d.add(principal, a));
            d.establishedBy = agreement;
            if (!d.hasDate() && agreement.hasDate()) {
                d.time = agreement.date();
                d.ownDate = agreement.ownDate;
            }
        }
    }

    /**
     * "signed a short-term ceasefire agreement", "a truce deal": the truce a deal noun is named by is between the
     * deal's parties, once the mentions of the deal are one ("signed … agreement"). It keeps no date of the deal's:
     * that is the signing, while a truce runs from when it takes effect, which the text gives elsewhere if at all.
     */
    void namedByTheirDeal(SentenceFacts facts, List<Draft> events) {
        Draft deal = null;
        for (Draft e : events) {
            if (e.type == EventType.Agreement && !e.actors(Role.party).isEmpty()) {
                deal = e;
                break;
            }
        }
        if (deal == null) return;
        for (Draft d : events) {
            if (d.type != EventType.Ceasefire || d.verb || !d.actors(Role.party).isEmpty()) continue;
            boolean namesTheDeal = facts.triggers().stream().anyMatch(t -> t.first() == d.triggerLast + 1
                    && t.value().type() == EventType.Agreement && !t.value().verb());
            if (namesTheDeal) deal.actors(Role.party).forEach(a -> d.add(Role.party, a));
        }
    }

    /**
     * "أعلنت حماس اليوم موافقتها": what shares a subject with a dated verb and has no date of its own shares its date;
     * a possessed background noun does not ("Ukraine said on Tuesday … its war with Russia": the war is older).
     */
    void sharedDate(Draft d) {
        Draft earlier = d.sharesSubjectWith;
        if (d.hasDate() || earlier == null || !earlier.hasDate()) return;
        if (d.possessive && !lexicon.rule(d.type).narrativeDate()) return;
        d.time = earlier.date();
        d.ownDate = earlier.ownDate;
    }

    /** "والتقى نظيره الروسي": the verb's object is its subject's counterpart, so the verb has a subject to share. */
    private static boolean counterpartObject(SentenceFacts facts, Draft d) {
        return facts.counterpartAt(d.triggerLast + 1);
    }

    /**
     * Trigger {@code n} begins with a written-on conjunction (وأكد), follows a coordinator word ("and stressed") or is
     * the next step of the clause ("before heading to"). A trigger whose own first letter is the conjunction's (وافق،
     * وصل) needs it twice (ووافقت).
     */
    private boolean coordinated(SentenceFacts facts, int n) {
        Hit<Trigger> trigger = facts.triggers().get(n);
        return conjoined(lexicon, facts, trigger) || nextStep(lexicon, facts, trigger.first());
    }

    /**
     * "وتشن إسرائيل غارات …، كما بدأت في الأول من أكتوبر عملية برية": a noun without a subject whose light verb is joined
     * to the clause before it (كما, "and") and names no actor before the noun shares the subject of that clause.
     */
    private boolean objectOfAJoinedLightVerb(SentenceFacts facts, Draft d) {
        if (d.verb || !d.subject.isEmpty() || facts.cuesOf("light-verb").isEmpty()) return false;
        List<Token> tokens = facts.sentence().tokens();
        Hit<Cue> verb = facts.cuesOf("light-verb").stream()
                .filter(c -> c.last() < d.triggerFirst && d.triggerFirst - c.last() <= JOINED_LIGHT_VERB_REACH)
                .reduce((a, b) -> b).orElse(null);
        if (verb == null) return false;
        boolean joined = verb.first() > 0 && (facts.cueEndsAt(verb.first() - 1, ADDS_ON)
                || lexicon.isCoordinator(tokens.get(verb.first() - 1).surface()));
        return joined && facts.phrases().stream().noneMatch(p -> !p.isPlace() && p.first() > verb.last() && p.first() < d.triggerFirst)
                && facts.triggers().stream().noneMatch(t -> t.first() > verb.last() && t.first() < d.triggerFirst);
    }

    /** A trigger with a conjunction written on it (وأكد; twice where its own first letter is one: ووافقت) or a coordinator word before it. */
    static boolean conjoined(EventLexicon lexicon, SentenceFacts facts, Hit<Trigger> trigger) {
        List<Token> tokens = facts.sentence().tokens();
        return lexicon.conjoined(MatchKeys.normalize(tokens.get(trigger.first()).surface()), MatchKeys.normalize(trigger.value().phrase()))
                || trigger.first() > 0 && lexicon.isCoordinator(tokens.get(trigger.first() - 1).surface());
    }

    /** "before heading to Abu Dhabi": an -ing verb after a next-step word continues the clause's subject. */
    static boolean nextStep(EventLexicon lexicon, SentenceFacts facts, int verb) {
        List<Token> tokens = facts.sentence().tokens();
        return verb > 0 && lexicon.isNextStep(tokens.get(verb - 1).surface())
                && lexicon.isPresentParticiple(tokens.get(verb).surface());
    }

    /**
     * "بدأت عملية عسكرية على رفح … ثم السيطرة على المعبر", "launched an offensive … and then seized the crossing": a
     * second event of the same type joined to the first without an agent of its own has the first's.
     */
    void sameTypeChains(SentenceFacts facts, List<Draft> all) {
        for (int n = 1; n < all.size(); n++) {
            Draft d = all.get(n);
            Role principal = lexicon.rule(d.type).principal();
            if (!d.actors(principal).isEmpty()) continue;
            Draft earlier = all.get(n - 1);
            if (earlier.type != d.type || earlier.actors(principal).isEmpty() || !joinedBetween(facts, earlier.triggerLast, n)) {
                continue;
            }
            earlier.actors(principal).forEach(a -> d.add(principal, a));
        }
    }

    /** A coordinator word between a token and trigger {@code n}, or a written-on conjunction on the trigger. */
    private boolean joinedBetween(SentenceFacts facts, int after, int n) {
        List<Token> tokens = facts.sentence().tokens();
        for (int k = after + 1; k < facts.triggers().get(n).first(); k++) if (lexicon.isCoordinator(tokens.get(k).surface())) return true;
        return coordinated(facts, n);
    }

    /**
     * "Hamas said it had accepted …", "قالت حماس إنها وافقت …", "Biden said he had spoken by phone with …": an event
     * in reported speech whose subject is a pronoun is the speaker's.
     */
    void embeddedSubjects(SentenceFacts facts, List<Draft> all) {
        List<Hit<Trigger>> triggers = facts.triggers();
        for (int n = 1; n < all.size(); n++) {
            Draft d = all.get(n);
            Role principal = lexicon.rule(d.type).principal();
            if (d.verb ? !d.subject.isEmpty() : !d.actors(principal).isEmpty()) continue;
            for (int m = n - 1; m >= 0; m--) {
                Draft speech = all.get(m);
                if (speech.type != EventType.Statement) continue;
                int pronoun = pronounBetween(facts, triggers.get(m).last(), triggers.get(n).first());
                // "it had accepted a ceasefire proposal": the pronoun is the subject of the first event after it, not of its object.
                boolean firstAfterPronoun = pronoun >= 0 && triggers.get(n - 1).last() < pronoun;
                if (firstAfterPronoun && !actorBetween(facts, pronoun, triggers.get(n).first()) && doneByThePronoun(facts, d, pronoun)) {
                    speech.actors(Role.speaker).forEach(a -> d.add(principal, a));
                    // The speaker is the verb's subject: "Biden said he had spoken by phone with Netanyahu and Mikati" is two calls of his.
                    if (d.verb) d.subject.addAll(speech.actors(Role.speaker));
                    d.fromDiscourse = true;
                }
                break;
            }
        }
    }

    /**
     * "قال عراقجي إن المحادثات غير المباشرة مع الولايات المتحدة كانت بناءة", "Zelenskiy said negotiations with Russia
     * …": talks a speaker reports as held with one other side, naming no subject of their own, are the speaker's side's
     * talks: the speaker meets or calls, the state they serve negotiates. Talks "between" two sides name both.
     */
    void speakersTalksWith(SentenceFacts facts, List<Draft> all) {
        for (int n = 1; n < all.size(); n++) {
            Draft d = all.get(n);
            Role principal = lexicon.rule(d.type).principal();
            if (d.verb || !TALKS.contains(d.type) || !d.subject.isEmpty() || d.actors(principal).size() != 1 || !withRightAfter(facts, d)) continue;
            Draft speech = lastStatementBefore(all, n);
            if (speech == null || !reports(facts, speech, d) || speech.actors(Role.speaker).size() != 1) continue;
            String speaker = speech.actors(Role.speaker).iterator().next();
            String side = principal == Role.party ? sideOf(facts, speaker) : speaker;
            if (side == null || d.actors(principal).contains(side)) continue;
            d.add(principal, side);
            d.fromDiscourse = true;
        }
    }

    /** A "with" (the preposition that gives a meeting its participant) at most a few words after the noun. */
    private boolean withRightAfter(SentenceFacts facts, Draft d) {
        return facts.prepositions().stream().anyMatch(p -> p.first() > d.triggerLast && p.first() - d.triggerLast <= WITH_REACH
                && p.value().stream().anyMatch(r -> r.givesParticipant(EventType.Meeting))
                && p.value().stream().anyMatch(r -> r.gives(lexicon.rule(d.type).principal().name(), d.type))
                && !facts.punctuationBetween(d.triggerLast, p.first()));
    }

    /** The talks are in what the speech reports: after its "that", or a few words after the verb ("said the talks"). */
    private static boolean reports(SentenceFacts facts, Draft speech, Draft talks) {
        boolean rightAfter = speech.verb && talks.triggerFirst > speech.triggerLast && talks.triggerFirst - speech.triggerLast <= WITH_REACH
                && !facts.punctuationBetween(speech.triggerLast, talks.triggerFirst);
        return rightAfter || Clauses.reportedBy(facts, speech, talks.triggerFirst);
    }

    private static Draft lastStatementBefore(List<Draft> all, int n) {
        for (int m = n - 1; m >= 0; m--) if (all.get(m).type == EventType.Statement) return all.get(m);
        return null;
    }

    /** The state or body a speaker speaks for: their post's, or the actor itself when it is no person. */
    private static String sideOf(SentenceFacts facts, String speaker) {
        return facts.phrases().stream().filter(p -> p.slug().equals(speaker)).findFirst()
                .map(p -> p.isPerson() ? p.state() : p.slug()).orElse(null);
    }

    /**
     * "He will fly to Israel later in the day": a verb whose subject is a pronoun opening its clause, outside reported
     * speech, is done by the last subject named before — a person for he and she, else the last state or body. So is an
     * Arabic verb with an honorific pronoun right after it ("وأكد سموه", His Highness stressed), always a person.
     */
    void pronounSubjects(SentenceFacts facts, List<Draft> all, Discourse discourse) {
        for (Draft d : all) {
            Role principal = lexicon.rule(d.type).principal();
            if (!d.verb || !d.subject.isEmpty() || d.fromDiscourse || d.participle) continue;
            boolean honorific = honorificPronounAt(facts, d.triggerLast + 1);
            if (!honorific && !hasPronounSubject(facts, d.triggerFirst)) continue;
            if (releasedThemselves(facts, d)) continue;
            String kind = honorific ? "person" : pronounOpening(facts, d.triggerFirst).value().value();
            boolean person = "person".equals(kind);
            if (PLURAL.equals(kind) && d.type == EventType.Agreement && discourse.lastPair().size() == 2) {
                agreedByTheLastPair(d, principal, discourse);
                continue;
            }
            earlierSubjectOfTheSentence(facts, all, d, person).or(() -> openingActorOfTheSentence(facts, d, person))
                    .or(() -> discourse.lastSubject(person)).ifPresent(referent -> {
                d.add(principal, referent);
                d.subject.add(referent);
                d.fromDiscourse = true;
            });
        }
    }

    /** "THEY WILL BE RELEASED SHORTLY": the pronoun subject of a passive release is who is freed, not a side of the swap. */
    private static boolean releasedThemselves(SentenceFacts facts, Draft d) {
        return d.type == EventType.Exchange && facts.cueStartsAt(d.triggerFirst - 1, PASSIVE_AUXILIARY);
    }

    /**
     * "Biden and Xi last met at the Filoli estate on Nov. 15. There they agreed to restore military communications":
     * "they" agreeing are the two sides the text paired last, as "both" and "the two" are.
     */
    private static void agreedByTheLastPair(Draft d, Role principal, Discourse discourse) {
        discourse.lastPair().forEach(side -> {
            d.add(principal, side);
            d.subject.add(side);
        });
        d.fromDiscourse = true;
    }

    /**
     * "Abdelatty arrived in Amman on Tuesday. King Abdullah received him", "Erdogan held talks with her": "him" or
     * "her" as the object of a meeting or call verb, or of its "with", is the person the clause before was about: the
     * subject of the sentence's earlier verb, or with none, the last person subject the text named.
     */
    void pronounObjects(SentenceFacts facts, List<Draft> all, Discourse discourse) {
        for (Draft d : all) {
            if (!TWO_SIDED.contains(d.type) || !d.verb || d.subject.isEmpty() || !objectPronounAfter(facts, d)) continue;
            Role principal = lexicon.rule(d.type).principal();
            // "X flew to Caracas, where Maduro received him": a clause before it in the sentence is what "him" is about.
            boolean clauseBefore = all.stream().anyMatch(e -> e.verb && e.triggerLast < d.triggerFirst);
            (clauseBefore ? earlierSubjectOfTheSentence(facts, all, d, true) : discourse.lastSubject(true))
                    .filter(referent -> !d.actors(principal).contains(referent))
                    .ifPresent(referent -> d.add(principal, referent));
        }
    }

    /** An object pronoun right after the verb or its participant "with", no noun after it ("received her delegation"). */
    private boolean objectPronounAfter(SentenceFacts facts, Draft d) {
        int object = facts.prepositions().stream().filter(p -> p.first() == d.triggerLast + 1
                        && p.value().stream().anyMatch(r -> r.givesParticipant(d.type)))
                .map(p -> p.last() + 1).findFirst().orElse(d.triggerLast + 1);
        // "her" is read as a possessive ("her counterpart"); with no noun after it, it is the object.
        if (!facts.cueStartsAt(object, OBJECT_PRONOUN) && !facts.cueStartsAt(object, POSSESSIVE)) return false;
        int next = object + 1;
        List<Token> tokens = facts.sentence().tokens();
        return next >= tokens.size() || tokens.get(next).isPunct() || facts.onlyTimesBetween(object, next + 1)
                || facts.prepositions().stream().anyMatch(p -> p.first() == next) || facts.cueStartsAt(next, ADVERBS);
    }

    /**
     * "Witkoff flew to Israel on Saturday, where he met Netanyahu": a pronoun points back to the subject of the nearest
     * earlier verb of its sentence, when that is one actor of the pronoun's kind, before any subject the discourse holds.
     * A noun after a light verb counts as its verb ("Kishida made a trip to Kyiv, where he met Zelensky").
     */
    private static Optional<String> earlierSubjectOfTheSentence(SentenceFacts facts, List<Draft> all, Draft d, boolean person) {
        Draft earlier = all.stream().filter(e -> (e.verb || e.afterALightVerb) && e.triggerLast < d.triggerFirst && !e.subject.isEmpty())
                .reduce((a, b) -> b).orElse(null);
        if (earlier == null || earlier.subject.size() != 1) return Optional.empty();
        String referent = earlier.subject.iterator().next();
        boolean ofItsKind = facts.phrases().stream().anyMatch(p -> p.slug().equals(referent) && p.isPerson() == person);
        return ofItsKind ? Optional.of(referent) : Optional.empty();
    }

    /**
     * "Netanyahu has come under pressure …, but he has repeatedly ruled out ending the war": a pronoun with no earlier
     * event verb in its sentence points back to the actor that opens the sentence, when it is the only actor of the
     * pronoun's kind named before it, though the opening clause says nothing the extractor reads as an event.
     */
    private static Optional<String> openingActorOfTheSentence(SentenceFacts facts, Draft d, boolean person) {
        Hit<Cue> opening = pronounOpening(facts, d.triggerFirst);
        if (opening == null) return Optional.empty();
        int pronoun = opening.first();
        List<ActorPhrase> before = facts.phrases().stream()
                .filter(p -> !p.isPlace() && p.isPerson() == person && p.last() < pronoun).toList();
        boolean opens = before.size() == 1 && before.get(0).first() == 0;
        return opens ? Optional.of(before.get(0).slug()) : Optional.empty();
    }

    /**
     * "سموه", "فخامته" (His Highness, His Excellency): an honorific with a pronoun written on it; the bare honorific
     * ("سمو ولي العهد") titles the name after it instead.
     */
    boolean honorificPronounAt(SentenceFacts facts, int token) {
        return facts.cueStartsAt(token, HONORIFIC_PRONOUN) && lexicon.hasPronounSuffix(facts.sentence().tokens().get(token).surface());
    }

    /** "…, he said", "It said Armenia had accepted": the verb's subject is a pronoun, with no actor between them. */
    static boolean hasPronounSubject(SentenceFacts facts, int verb) {
        Hit<Cue> pronoun = pronounOpening(facts, verb);
        return pronoun != null && !actorBetween(facts, pronoun.last(), verb);
    }

    /** A subject pronoun at most {@code PRONOUN_REACH} words before the verb ("he will", "they had"). */
    private static Hit<Cue> pronounOpening(SentenceFacts facts, int verb) {
        Hit<Cue> last = null;
        for (Hit<Cue> c : facts.cuesOf("pronoun")) if (c.last() < verb && verb - c.last() <= PRONOUN_REACH) last = c;
        return last;
    }

    /**
     * "he had reached a deal": a noun is the pronoun's doing only through a light verb after the pronoun; in "he was
     * confident the deal would be implemented" the pronoun is the subject of another predicate, and the deal not his.
     */
    private static boolean doneByThePronoun(SentenceFacts facts, Draft d, int pronoun) {
        return d.verb || Subjects.governingLightVerb(facts, d.triggerFirst) > pronoun;
    }

    /** The token of a subject pronoun, alone or on a complementizer (إنها), between two tokens; -1 when none. */
    private int pronounBetween(SentenceFacts facts, int after, int before) {
        for (Hit<Cue> cue : facts.cues()) {
            if (cue.first() <= after || cue.last() >= before) continue;
            String kind = cue.value().kind();
            if (kind.equals("pronoun")) return cue.first();
            if (kind.equals("complementizer") && lexicon.hasPronounSuffix(facts.sentence().tokens().get(cue.first()).surface())) {
                return cue.first();
            }
        }
        // "إن طائراته قصفت": the pronoun is written on the subject noun after the complementizer.
        int possessed = Subjects.possessedSubjectAfterAComplementizer(facts, lexicon, before);
        return possessed > after ? possessed : -1;
    }

    private static boolean actorBetween(SentenceFacts facts, int after, int before) {
        return facts.phrases().stream().anyMatch(p -> !p.isPlace() && p.first() > after && p.last() < before);
    }

    /**
     * "اختتمت المحادثات بين إيران والولايات المتحدة … واتفق الجانبان على مواصلتها": "the two sides" are the two
     * principal actors of the nearest earlier event of the sentence that has exactly two, before any of the discourse.
     */
    void pairsWithinTheSentence(List<Draft> all) {
        for (int n = 1; n < all.size(); n++) {
            Draft d = all.get(n);
            if (!d.dualSubject) continue;
            for (int m = n - 1; m >= 0; m--) {
                Draft earlier = all.get(m);
                var pair = earlier.actors(lexicon.rule(earlier.type).principal());
                if (earlier.type == EventType.Statement || pair.size() != 2) continue;
                Role principal = lexicon.rule(d.type).principal();
                d.roles.remove(principal);
                pair.forEach(a -> d.add(principal, a));
                d.fromDiscourse = true;
                break;
            }
        }
    }
}
