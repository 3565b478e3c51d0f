package org.diplokg.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.diplokg.lexicon.Cue;
import org.diplokg.lexicon.EventLexicon;
import org.diplokg.lexicon.EventTypeRule;
import org.diplokg.lexicon.NameLexicon;
import org.diplokg.lexicon.PhraseIndex.Hit;
import org.diplokg.lexicon.Preposition;
import org.diplokg.lexicon.Trigger;
import org.diplokg.model.ActorType;
import org.diplokg.model.EventType;
import org.diplokg.model.Evidence;
import org.diplokg.model.Role;
import org.diplokg.text.Document;
import org.diplokg.text.MatchKeys;
import org.diplokg.text.Token;

/**
 * Builds events from one sentence: each trigger read as an event ({@link Readings}) takes its arguments from its
 * own stretch of the sentence (between the triggers around it): the subject (after an Arabic verb first, before
 * an English one first), the genitive of a noun, the object, the actors and places after role prepositions; words
 * that point back ("الجانبين", "البيان") are resolved through the {@link Discourse}. Arguments events lend each
 * other are {@link SharedArguments}; dates and counts are {@link SentenceAnchors}.
 */
final class EventFinder {
    private static final int SUBJECT_GAP = 2;
    private static final int PREPOSITION_GAP = 2;
    /** What an agreement may be about, the terms it sets ("اتفقوا على تمديد الهدنة"), and how far after it they stand. */
    private static final Set<EventType> AGREED_TERMS = Set.of(EventType.Ceasefire, EventType.Exchange);
    private static final int TERMS_REACH = 8;
    /**
     * How many words may stand between a verb (or its subject after it) and its object noun: a one- or two-word
     * subject ("استضافت جدة اجتماعا"); commas and a date between do not count.
     */
    private static final int OBJECT_REACH = 2;
    private static final int LIGHT_VERB_REACH = 2;
    /** Words that may stand between a noun and a complement of its own ("المحادثات النووية غير المباشرة بين"). */
    private static final int NOUN_MODIFIERS = 3;
    private static final String SHUTTLE = "shuttle";
    private static final Set<String> CLAUSE_OR_VERB = Set.of("relative", "free-relative", "complementizer", "contrast", "coordinator",
            "light-verb", "realis", "scene");
    private static final Set<String> ABSOLUTE = Set.of("absolute");
    private static final Set<String> COMITATIVE = Set.of("comitative");
    private static final Set<String> UNNAMED_SUBJECT = Set.of("unnamed-subject");
    /** Nouns for people the text does not name that, as a speech verb's subject, leave it no speaker. */
    private static final String UNNAMED_SPEAKER = "unnamed-speaker";
    private static final Set<String> UNNAMED_SPEAKERS = Set.of("unnamed-subject", UNNAMED_SPEAKER);
    private static final Set<String> TARGET = Set.of("target");
    private static final Set<String> INFINITIVE = Set.of("infinitive");
    private static final String ANOTHER_ROUND = "another-round";
    /** What comes in rounds: talks and meetings ("the next round of talks", "اجتماع آخر"). */
    private static final Set<EventType> ROUNDS = Set.of(EventType.Meeting, EventType.Negotiation);
    private static final Set<String> ATTENDANCE = Set.of("attendance");
    /** Words whose object is a way something goes ("across", "عبر") or where an actor comes from ("from", an oblique cue). */
    private static final Set<String> ORIGIN_OR_ROUTE = Set.of("route", "oblique");
    /** A verb after a deal's content noun ("… reached in Doha", "الموقع في جدة"): the place after it is the verb's. */
    private static final Set<String> SCENE = Set.of("scene", "light-verb", "realis");
    private static final Set<String> PERFECT = Set.of("perfect");
    private static final Set<String> COMPLEMENTIZER = Set.of("complementizer");
    /** Cues after which an event noun is not a verb's object: a reported clause, a source the verb is attributed to. */
    private static final Set<String> NOT_AN_OBJECT = Set.of("complementizer", "attribution");
    /** Cues that open a clause of their own inside a reported one ("while", "and", "بينما"). */
    private static final Set<String> CLAUSE_BREAKS = Set.of("contrast", "coordinator");
    private static final Set<String> RELATIVE = Set.of("relative");
    private static final Set<String> IN_IT = Set.of("in-it");
    /** A gathering where the sentence's events took place ("على هامش القمة", "on the sidelines of"). */
    private static final Set<String> SETTING = Set.of("setting");
    /** Noun phrases that point back to actors named before them ("the two sides", "the six countries"). */
    private static final Set<EventType> HELD_TALKS = Set.of(EventType.Meeting, EventType.Negotiation);
    private static final Set<String> HELD_GATHERING = Set.of("held-gathering");
    private static final Set<String> NEGATION = Set.of("negation");
    /** Words a gathering noun's genitive may take before the verb that says it is held ("a meeting of Arab foreign ministers will convene"). */
    private static final int HELD_REACH = 8;
    private static final Set<String> POINTING_BACK = Set.of("dual", "counted-sides", "anaphor");
    /** Deal nouns whose English modifier names their principal actor ("a U.S. proposal"). */
    private static final Set<EventType> PREMODIFIED_DEALS = Set.of(EventType.Proposal, EventType.Agreement, EventType.Ceasefire,
            EventType.Exchange, EventType.Negotiation);
    /** Actors that pass resolutions, and so may name one by standing before it. */
    private static final Set<ActorType> VOTING_BODIES = Set.of(ActorType.InternationalOrganization, ActorType.GovernmentBody,
            ActorType.Organization);
    /** Principal roles a light verb's subject shares with the actor a preposition gives ("تلقى اتصالا من نظيره": both call). */
    private static final Set<Role> SHARED_PRINCIPALS = Set.of(Role.participant, Role.party);
    /**
     * Sides that wage attacks and hold fire: states, their organs (armies) and armed groups. A verb that also means
     * criticism is an attack only with one of them as its subject ("Houthi fighters attacked a ship", not "Trump
     * attacked Biden"); a truce or exchange one of them announces may be its own.
     */
    static final Set<ActorType> ARMED_SIDES = Set.of(ActorType.State, ActorType.GovernmentBody, ActorType.ArmedGroup);

    private final EventLexicon lexicon;
    private final NameLexicon names;
    private final boolean verbFirst;
    private final Readings readingsOf;
    private final SharedArguments shared;
    private final ImpliedArguments implied;
    private final Capitals capitals;

    EventFinder(EventLexicon lexicon, NameLexicon names, Capitals capitals) {
        this.lexicon = lexicon;
        this.capitals = capitals;
        this.names = names;
        this.verbFirst = lexicon.language().equals("ar");
        this.readingsOf = new Readings(lexicon);
        this.shared = new SharedArguments(lexicon);
        this.implied = new ImpliedArguments(lexicon, names);
    }

    List<Draft> find(Document doc, SentenceFacts facts, Discourse discourse) {
        var drafts = new ArrayList<Draft>();
        var all = new ArrayList<Draft>();
        List<Hit<Trigger>> triggers = facts.triggers();
        List<Readings.Reading> readings = readingsOf.readings(facts);
        Groups sentence = Groups.ofSentence(facts, lexicon);
        for (int n = 0; n < triggers.size(); n++) {
            Hit<Trigger> hit = triggers.get(n);
            int from = n == 0 ? 0 : triggers.get(n - 1).last() + 1;
            int to = n == triggers.size() - 1 ? facts.sentence().tokens().size() - 1 : triggers.get(n + 1).first() - 1;
            Draft draft = build(doc, facts, sentence, n, readings, clauseStart(facts, from, hit.first()), clauseEnd(facts, hit.last(), to),
                    discourse);
            all.add(draft);
            boolean read = readings.get(n) == Readings.Reading.REAL || readings.get(n) == Readings.Reading.ESTABLISHED;
            if (read && !draft.voteOfNoBody && !draft.attackByNoArmedSide && !draft.sessionOfABody) drafts.add(draft);
        }
        shared.pairsWithinTheSentence(all);
        shared.embeddedSubjects(facts, all);
        shared.pronounSubjects(facts, all, discourse);
        shared.participlesOfTheClauseSubject(facts, sentence, all);
        shared.coordinatedVerbSubjects(facts, all);
        shared.sameTypeChains(facts, all);
        implied.namedMediators(facts, sentence, all);
        implied.compoundRoles(facts, all);
        implied.proposersInRelativeClauses(facts, all);
        implied.proposalsMadePublic(facts, all);
        implied.absoluteMediation(all);
        implied.mediationOfTheTalks(all);
        implied.mediationThatAchievedADeal(facts, sentence, all);
        implied.listedParticipants(facts, sentence, all);
        implied.ledDelegations(facts, sentence, all);
        implied.delegationHeads(facts, sentence, all);
        implied.openers(facts, sentence, all);
        implied.takingPart(facts, sentence, all);
        implied.talksHeldInACall(facts, all);
        implied.settingOfTheMainVerb(facts, sentence, all);
        implied.subjectOfAnUnreadVerb(facts, sentence, all);
        implied.gatheredParticipants(facts, sentence, all);
        implied.possessorOfASetting(facts, sentence, all);
        implied.meetingsDuringTheTrip(facts, all);
        implied.tourOfTheVisitor(all);
        implied.tripsInAppositionToAVisit(facts, all);
        implied.talksBehindAnAgreement(all);
        implied.agreementOfTheTalks(all);
        implied.acceptersSide(facts, all);
        implied.announcersOwnActs(facts, all);
        implied.sidesOfAnExchange(facts, all);
        implied.hostsAndMediatorsOfTalks(facts, all);
        implied.mediatedConflicts(facts, all);
        SentenceAnchors.attachTimes(facts, all, lexicon);
        SentenceAnchors.speechVerbsTakeTheirStatementsDate(facts, all);
        SentenceAnchors.speechVerbsSaidInADocumentTakeItsDate(facts, all);
        SentenceAnchors.nounsTakeTheirRelativeClausesDate(facts, all);
        SentenceAnchors.hostedEventsTakeTheHostsDate(all);
        SentenceAnchors.describedEventsTakeTheDescriptionsDate(all);
        SentenceAnchors.settingAndMainVerbShareTheDay(facts, all, lexicon);
        SentenceAnchors.talksEndWithTheirAgreement(facts, all);
        shared.whereClausesAtTheTripsEnd(facts, all);
        shared.coordinatedVerbDates(facts, all);
        all.forEach(shared::sharedDate);
        shared.establishedByAgreements(readings, all);
        SentenceAnchors.startsLeftOpen(facts, all, lexicon);
        implied.sidesOfTheTruce(all);
        SentenceAnchors.attachCounts(facts, drafts);
        SentenceAnchors.linkDuring(facts, all);
        SentenceAnchors.openingDays(facts, all);
        drafts.removeIf(d -> d.describes != null || speechItReports(facts, d, all) != null || speechInARelativeClause(facts, d));
        boolean onTheSidelines = facts.cues().stream().anyMatch(c -> SETTING.contains(c.value().kind()));
        drafts.forEach(d -> d.onTheSidelines = onTheSidelines);
        List<Draft> events = mergeMentions(facts, separateTalks(facts, sentence, drafts));
        shared.namedByTheirDeal(facts, events);
        return events;
    }

    /**
     * "Biden had spoken by phone with Netanyahu and Mikati", "التقت كلا منهما على حدة": a call, or a meeting said to
     * be separate, between one side and several partners is one event per partner.
     */
    private List<Draft> separateTalks(SentenceFacts facts, Groups sentence, List<Draft> drafts) {
        boolean separately = facts.cues().stream().anyMatch(c -> c.value().kind().equals("separately"));
        Set<String> companions = companionsOfTheSubject(facts, sentence);
        var out = new ArrayList<Draft>();
        for (Draft d : drafts) {
            d.subject.addAll(companions.stream().filter(d.actors(Role.participant)::contains).toList());
            List<String> partners = d.actors(Role.participant).stream().filter(p -> !d.subject.contains(p)).toList();
            boolean bilateral = d.type == EventType.PhoneCall || d.type == EventType.Meeting && separately;
            if (!bilateral || d.subject.isEmpty() || partners.size() < 2) out.add(d);
            else partners.forEach(partner -> out.add(d.withOnlyPartner(partner)));
        }
        return out;
    }

    /**
     * "أجرى ماكرون، برفقة زيلينسكي وقادة بريطانيا وألمانيا، اتصالا هاتفيا بترامب": whoever a comitative cue names
     * accompanies the subject and is on its side, not one more partner of separate calls.
     */
    private static Set<String> companionsOfTheSubject(SentenceFacts facts, Groups sentence) {
        var companions = new HashSet<String>();
        for (Hit<Cue> cue : facts.cues()) {
            if (!COMITATIVE.contains(cue.value().kind())) continue;
            Groups.Group group = sentence.after(cue.last(), PREPOSITION_GAP, Set.of());
            if (group != null) group.phrases().forEach(p -> companions.add(p.slug()));
        }
        return companions;
    }

    /**
     * A second mention of the same type in one sentence without actors of its own ("التقى الوزير … في افتتاح
     * المحادثات السبت الماضي") is the same event: its date and places join the first, before the article's running
     * date could date the first one wrongly. One held elsewhere is the next leg ("landed in Riyadh on Sunday before
     * heading to Abu Dhabi"): another event.
     */
    private List<Draft> mergeMentions(SentenceFacts facts, List<Draft> drafts) {
        var merged = new ArrayList<Draft>();
        for (Draft d : drafts) {
            EventTypeRule rule = lexicon.rule(d.type);
            Role principal = rule.principal();
            Draft same = merged.stream().filter(m -> m.type == d.type
                            && (d.actors(principal).isEmpty() || m.actors(principal).isEmpty() || objectOfTheVerb(facts, m, d)))
                    .filter(m -> !m.hasDate() || !d.hasDate() || m.date().equals(d.date()))
                    .filter(m -> !rule.placeBound() || !EventAssembler.heldElsewhere(m, d))
                    .findFirst().orElse(null);
            if (same == null) {
                merged.add(d);
            } else {
                if (!same.ownDate && d.ownDate) same.ownDate = true;
                same.absorb(d);
                drafts.stream().filter(o -> o.establishedBy == d).forEach(o -> o.establishedBy = same);
            }
        }
        return merged;
    }

    /**
     * "استضافت جدة اجتماعا لوزراء خارجية مصر والأردن", "ووقع وزيرا خارجية أرمينيا وأذربيجان اتفاقا": an event noun right
     * after a verb of its type and the verb's subject, however long that subject, and the date that may follow it
     * ("استضاف ماكرون، الخميس، قمة"), is what the verb did, one event with the noun's actors as well as the verb's; a
     * noun past a complementizer ("وأكد سلامة أن البيان") is in the clause
     * it opens; one past an attribution ("شدد بزشكيان، بحسب بيان للرئاسة") is the source's statement.
     */
    private static boolean objectOfTheVerb(SentenceFacts facts, Draft verb, Draft noun) {
        int objectAfter = Math.max(verb.triggerLast, verb.subjectAfterLast);
        return verb.verb && !noun.verb && noun.triggerFirst > objectAfter && facts.wordsBetween(objectAfter, noun.triggerFirst) <= OBJECT_REACH
                && facts.cues().stream().noneMatch(c -> c.first() > verb.triggerLast && c.last() < noun.triggerFirst
                        && NOT_AN_OBJECT.contains(c.value().kind()));
    }

    /**
     * Talks with a mediator or between parties ("محادثات بوساطة عمانية", "talks between Israel and Hamas"), or
     * described as such ("غير مباشرة", "indirect", "peace"), are a negotiation rather than a meeting; talks "with"
     * someone stay a meeting. "With" is told from "between" by the company it also names on a visit.
     */
    private boolean negotiatedTalks(SentenceFacts facts, int n, List<Readings.Reading> readings, int from, int to) {
        if (!facts.triggers().get(n).value().flags().contains("negotiation-when-mediated")) return false;
        for (Hit<List<Preposition>> prep : facts.prepositions()) {
            if (prepositionOwner(facts, readings, prep) != n) continue;
            boolean meetingToo = prep.value().stream().anyMatch(p -> p.appliesTo(EventType.Visit) && p.role().equals("participant"));
            // "talks hosted by Saudi Arabia" stay a meeting with a host; only negotiations hosted by a third side are mediated.
            boolean hosting = prep.value().stream().anyMatch(p -> p.appliesTo(EventType.Meeting) && p.role().equals("host"));
            boolean negotiating = prep.value().stream().anyMatch(p -> p.appliesTo(EventType.Negotiation)
                    && (p.role().equals("mediator") && !hosting || p.role().equals("party") && !meetingToo));
            if (negotiating) return true;
        }
        return facts.cues().stream().anyMatch(c -> (c.value().kind().equals("negotiation-marker") || "negotiation-marker".equals(c.value().value()))
                && c.first() >= from && c.last() <= to);
    }


    /** A verb with a conjunction on it or before it, and an event verb earlier in its clause whose subject it may share. */
    private boolean joinedToAnEarlierVerb(SentenceFacts facts, Hit<Trigger> hit) {
        boolean joined = SharedArguments.conjoined(lexicon, facts, hit);
        int clause = clauseStart(facts, 0, hit.first());
        return joined && facts.triggers().stream().anyMatch(t -> t.value().verb() && t.first() >= clause && t.last() < hit.first());
    }

    /** Where a trigger's clause begins: after the last complementizer before it, whose clause it is in. */
    static int clauseStart(SentenceFacts facts, int from, int trigger) {
        int start = from;
        for (Hit<Cue> cue : facts.cues()) {
            if (cue.value().kind().equals("complementizer") && cue.last() >= start && cue.last() < trigger) start = cue.last() + 1;
        }
        return start;
    }

    /** What a trigger's arguments may reach: not past a complementizer ("قال البيان إن الجانبين…", "said that…"). */
    private static int clauseEnd(SentenceFacts facts, int after, int to) {
        for (Hit<Cue> cue : facts.cues()) {
            if (cue.value().kind().equals("complementizer") && cue.first() > after && cue.first() <= to) return cue.first() - 1;
        }
        return to;
    }

    private Draft build(Document doc, SentenceFacts facts, Groups sentence, int n, List<Readings.Reading> readings, int from, int to,
                        Discourse discourse) {
        Hit<Trigger> hit = facts.triggers().get(n);
        Trigger trigger = hit.value();
        EventType type = negotiatedTalks(facts, n, readings, from, to) ? EventType.Negotiation : trigger.type();
        EventTypeRule rule = lexicon.rule(type);
        var draft = new Draft(type, facts.sentence().index(), hit.first(), hit.last(), trigger.verb(),
                trigger.flags().contains("plural-places"));
        draft.talks = trigger.flags().contains("negotiation-when-mediated");
        draft.signed = trigger.flags().contains("signatory");
        draft.subjectRoles = trigger.subject().stream().map(r -> r.equals("principal") ? rule.principal() : Role.valueOf(r)).toList();
        boolean determinerPossessive = !trigger.verb() && possessiveDeterminerBefore(facts, hit.first());
        draft.possessive = determinerPossessive || !trigger.verb() && lexicon.hasPronounSuffix(facts.sentence().tokens().get(hit.last()).surface());
        if (mediumOfASpeechVerb(facts, n)) {
            draft.evidence.add(evidence(doc, facts, draft));
            return draft;
        }
        var groups = Groups.of(facts, from, to, lexicon);
        var used = new HashSet<ActorPhrase>();
        Groups.Group gerundObject = !trigger.verb() && !verbFirst && afterComma(facts, hit.first()) && hit.value().phrase().endsWith("ing")
                ? groups.after(hit.last(), 0, used) : null;
        draft.participle = trigger.flags().contains("participle") || gerundObject != null;
        draft.absolute = !verbFirst && trigger.verb() && absoluteSubjectBefore(facts, hit.first());
        assignPrepositions(facts, sentence, draft, used, n, readings, rule, "place".equals(trigger.object()));
        Groups.Group lamDestination = tripNounDestination(facts, groups, hit, used);
        if (lamDestination != null) assign(draft, lamDestination, List.of("place"), rule, used);
        // "…, meeting Lebanese parliament Speaker Nabih Berri": a gerund after a comma is the main verb's participle.
        if (gerundObject != null) assign(draft, gerundObject, List.of("principal"), rule, used);
        // "Iran and the United States held their first negotiations": a light verb's subject still governs the noun.
        Groups.Group subject = draft.possessive && !determinerPossessive ? possessorAfterALightVerb(facts, groups, hit, used)
                : draft.participle ? null : subject(facts, hit, groups, sentence, used);
        // "تلقت حماس مقترحا من الوسطاء": a proposal from someone is theirs; the light verb's subject only received it.
        if (subject != null && receivedFromAnother(facts, draft, rule, subject)) subject = null;
        if (saidInASpeech(facts, hit, subject)) {
            subject = null;
            draft.participle = true;
        }
        draft.voteOfNoBody = trigger.flags().contains("body-subject") && !subjectAmong(subject, VOTING_BODIES);
        draft.attackByNoArmedSide = trigger.flags().contains("armed-subject") && !subjectAmong(subject, ARMED_SIDES);
        draft.sessionOfABody = draft.type == EventType.Meeting && trigger.verb() && subject != null && subject.phrases().size() == 1
                && subject.phrases().getFirst().type() != null && VOTING_BODIES.contains(subject.phrases().getFirst().type())
                && !membersGather(facts, subject, hit);
        if (subject != null) {
            Groups.Group actors = trigger.verb() ? governments(subject) : subject;
            assign(draft, actors, trigger.subject(), rule, used);
            used.addAll(subject.phrases());
            actors.phrases().stream().filter(p -> !p.isPlace()).forEach(p -> draft.subject.add(p.slug()));
            draft.signed |= !trigger.verb() && signingVerbBetween(facts, subject.first(), hit.first());
            draft.afterALightVerb = !trigger.verb() && subject.last() < hit.first() && lightVerbBetween(facts, subject.first(), hit.first());
            Groups.Group companions = companions(facts, groups, hit.last(), used);
            if (companions != null) assign(draft, companions, trigger.subject(), rule, used);
            // "استضافت جدة اجتماعا": the city that stands for its state as host is also where the event was held.
            if (rule.takesPlace() && draft.places.isEmpty()) {
                subject.phrases().stream().filter(p -> p.isPlace() && p.state() != null && !placeOfSomethingElse(facts, sentence, p))
                        .findFirst().ifPresent(p -> draft.places.add(p.slug()));
            }
            // The object follows the subject (VSO) or, with the subject before the verb, the verb.
            int objectAfter = Math.max(subject.last(), hit.last());
            if (trigger.verb() && subject.first() > hit.last()) draft.subjectAfterLast = subject.last();
            Groups.Group object = trigger.object() == null ? null : groups.after(objectAfter, SUBJECT_GAP, used);
            if (object != null) assign(draft, object, List.of(trigger.object()), rule, used);
        } else if (trigger.object() != null) {
            Groups.Group object = groups.after(hit.last(), SUBJECT_GAP, used);
            // Without a subject of its own an English verb still has its object ("arrived in Jeddah and met MBS").
            // "خلال اتصال هاتفي بالرئيس الأمريكي": the partner a preposition written on it marks is a noun's object too.
            if (object != null && (trigger.object().equals("place") || draft.possessive || trigger.verb() && !verbFirst
                    || trigger.verb() && (facts.counterpartAt(object.first()) || pronounOnAComplementizerBefore(facts, hit.first()))
                    || !trigger.verb() && object.first() == hit.last() + 1 && prepositionWrittenOn(facts, object))) {
                assign(draft, object, List.of(trigger.object()), rule, used);
            }
        }
        if (draft.places.isEmpty() && rule.takesPlace()) {
            facts.phrases().stream().filter(p -> p.isPlace() && Readings.owner(readings, facts.triggers(), p.first()) == n && !used.contains(p)
                            && !placeOfSomethingElse(facts, sentence, p))
                    .findFirst().ifPresent(p -> draft.places.add(p.slug()));
        }
        if (trigger.flags().contains("war-on-a-state")) invasionOfAState(facts, hit, draft);
        if (trigger.flags().contains("visit-when-one-place")) tripToOnePlace(facts, draft);
        draft.wagedOnATerritory = type == EventType.Conflict && wagedOnATerritory(facts, draft);
        resolvePointers(facts, hit, draft, rule, discourse, from, to);
        draft.definite = !trigger.verb() && definiteNoun(facts, hit.first());
        // "ويقضي الاتفاق، الذي تم التوصل إليه بوساطة قطرية": who brokered the deal does not say between whom it is.
        draft.anaphoric = draft.definite && !draft.possessive && draft.roles.keySet().stream().allMatch(r -> r == Role.mediator);
        draft.indefinite = !trigger.verb() && facts.indefiniteNoun(hit.first(), lexicon);
        draft.anotherRound = !trigger.verb() && ROUNDS.contains(type) && calledAnotherRound(facts, hit);
        draft.saidToBeHeld = !trigger.verb() && HELD_TALKS.contains(type) && saidToBeHeld(facts, n);
        draft.evidence.add(evidence(doc, facts, draft));
        return draft;
    }

    /**
     * "وأعرب الجانبان في البيان عن تقديرهما لجمهورية العراق": an Arabic speech noun after "في" that follows a speech verb
     * is the medium of that verb's statement, not a statement of its own; it takes no actors (what "عن" governs there
     * is what was expressed), and the mention joins the verb's event.
     */
    private boolean mediumOfASpeechVerb(SentenceFacts facts, int n) {
        List<Hit<Trigger>> triggers = facts.triggers();
        Hit<Trigger> noun = triggers.get(n);
        if (!verbFirst || n == 0 || noun.value().verb() || noun.value().type() != EventType.Statement) return false;
        Hit<Trigger> verb = triggers.get(n - 1);
        boolean inside = facts.prepositions().stream().anyMatch(p -> p.last() == noun.first() - 1
                && p.value().stream().anyMatch(role -> role.role().equals("place")));
        return inside && verb.value().verb() && verb.value().type() == EventType.Statement
                && facts.cues().stream().noneMatch(c -> c.value().kind().equals("complementizer") && c.first() > verb.last() && c.last() < noun.first());
    }

    /**
     * Subject of a verb (in English after the verb only for speech: "…, said Blinken"; "were freed, X said" has
     * no subject after "freed"), genitive of a noun; a noun without a genitive takes the subject of a light verb that governs
     * it ("تجري حماس وإسرائيل مفاوضات", "Israel and Hamas held talks"), not any actor that happens to stand before it.
     */
    private Groups.Group subject(SentenceFacts facts, Hit<Trigger> hit, Groups groups, Groups sentence, Set<ActorPhrase> used) {
        Groups.Group after = groups.after(hit.last(), SUBJECT_GAP, used);
        Groups.Group before = groups.before(hit.first(), used);
        int verb = hit.value().verb() ? hit.first() : governingLightVerb(facts, hit.first());
        Groups.Group shared = verb < 0 ? null : sharedClauseSubject(facts, sentence, verb, used);
        if (!hit.value().verb()) {
            // "نقلت رويترز عن أردوغان قوله إن …": the quoted speaker stands right before the noun its pronoun points to.
            if (hit.value().flags().contains("quotation")) return before != null && before.last() == hit.first() - 1 ? before : null;
            Groups.Group genitive = genitiveOrNisba(facts, groups, hit, used);
            if (genitive == null) genitive = lamGenitiveAfterAnAdjective(facts, groups, hit.last(), used);
            if (genitive != null && !genitive.allPlaces() && !prepositionWrittenOn(facts, genitive)) return genitive;
            if (before != null && premodifier(facts, before, hit)) return before;
            // "قدم لبنان ردا على المقترح": the light verb's object is the answer; who answers made no proposal.
            if (facts.answeredNoun(hit.first())) return null;
            if (shared != null) return shared;
            Groups.Group answerer = answerer(facts, sentence, hit.first(), used);
            if (answerer != null) return answerer;
            // "وتشن إسرائيل غارات على مناطق في لبنان، كما بدأت عملية برية": an actor a preposition governs is no subject.
            if (before != null && lightVerbBetween(facts, before.first(), hit.first())
                    && !facts.governedByAPreposition(before.first(), lexicon)) return before;
            return possessedLightVerbAntecedent(facts, hit.first(), used);
        }
        if (verbFirst && dualRightAfter(facts, hit.last())) return null;
        // "قال هوكشتاين إنه التقى رئيس مجلس النواب نبيه بري": the pronoun on the complementizer is the verb's subject.
        if (verbFirst && pronounOnAComplementizerBefore(facts, hit.first())) return null;
        // "قال مصدر مطلع لوكالة الأناضول": a noun for people the text does not name, right after the verb, is its subject.
        if (verbFirst && unnamedSubjectRightAfter(facts, hit.last())) return null;
        if (unnamedSpeaker(facts, hit, verbFirst ? after : before)) return null;
        // "وأكد سموه" (His Highness stressed): the honorific pronoun is the subject; the discourse gives its referent.
        if (verbFirst && this.shared.honorificPronounAt(facts, hit.last() + 1)) return null;
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
            boolean cityForItsState = after != null && after.allPlaces() && after.first() == hit.last() + 1
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
        Groups.Group roleHolders = holdersOfARole(facts, sentence, hit.first(), used);
        if (roleHolders != null) return roleHolders;
        // "It was now up to the United States to convince Russia, he said": the pronoun, not Russia, is the subject.
        if (SharedArguments.hasPronounSubject(facts, hit.first())) return null;
        // "…, witnesses said": a noun for people the text does not name is the subject; no actor further back is.
        if (facts.cueEndsAt(hit.first() - 1, UNNAMED_SUBJECT)) return null;
        if (before != null && unnamedNounPhraseAfterAComma(facts, before, hit.first())) return null;
        if (before != null && absoluteSubjectBefore(facts, hit.first())) return before;
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
        return hit.value().type() == EventType.Statement && quotativeInversion(facts, hit.first()) ? after : null;
    }

    /**
     * "Cavusoglu said Ankara welcomed the deal", "قال بلينكن إن ترحيب حماس بالقرار مؤشر إيجابي": a speech act of
     * another speaker inside what a speech verb reports (past its complementizer, or, in English, right after the verb
     * with no "that") is part of the content, not a statement of its own; the speech verb that reports it, or null. A
     * comma or a contrast cue ("while", "بينما") after the complementizer opens a clause of its own ("…, وهو ما نفاه").
     */
    private Draft speechItReports(SentenceFacts facts, Draft inner, List<Draft> all) {
        if (inner.type != EventType.Statement || inner.subject.isEmpty()) return null;
        List<Token> tokens = facts.sentence().tokens();
        for (Draft outer : all) {
            if (outer == inner || outer.type != EventType.Statement || !outer.verb || outer.triggerLast >= inner.triggerFirst) continue;
            if (!Collections.disjoint(outer.subject, inner.subject)) continue;
            int complementizer = SentenceAnchors.lastComplementizer(facts, outer.triggerLast, inner.triggerFirst);
            int opening = complementizer < 0 && !verbFirst ? outer.triggerLast : complementizer;
            if (opening < 0) continue;
            boolean broken = tokens.subList(opening + 1, inner.triggerFirst).stream().anyMatch(Token::isPunct)
                    || facts.cues().stream().anyMatch(c -> CLAUSE_BREAKS.contains(c.value().kind()) && c.first() > opening
                    && c.last() < inner.triggerFirst);
            if (!broken) return outer;
        }
        return null;
    }

    /**
     * "افتتح فيدان الاجتماع بكلمة قال فيها إن …", "ألقى غوتيريش كلمة أمام مجلس الأمن أكد فيها": a verb right before
     * "in it" with no subject after it, and no comma before it (a report's clause: "تقرير أصدره غروسي …، قال فيه"
     * keeps the subject it has), is said in the speech noun before it, by whoever gave the speech, the clause's
     * subject, as a participle is; an actor before it ("أمام مجلس الأمن") is no subject of it.
     */
    private static boolean saidInASpeech(SentenceFacts facts, Hit<Trigger> hit, Groups.Group subject) {
        boolean rightAfterItsNoun = hit.first() > 0 && !facts.sentence().tokens().get(hit.first() - 1).isPunct();
        return hit.value().verb() && rightAfterItsNoun && facts.cueStartsAt(hit.last() + 1, IN_IT) && (subject == null || subject.first() < hit.first());
    }

    /**
     * "Israel, which Hamas said had violated the truce", "Netanyahu, whom Washington accuses of …": a speech verb whose
     * subject follows a relative pronoun reports what the noun before it is, content of the sentence, no statement
     * of its own, unless the text dates it ("which Washington said on Monday had …").
     */
    private boolean speechInARelativeClause(SentenceFacts facts, Draft speech) {
        if (speech.type != EventType.Statement || !speech.verb || speech.subject.isEmpty() || speech.triggerFirst == 0) return false;
        Groups.Group subject = Groups.of(facts, 0, speech.triggerFirst - 1, lexicon).before(speech.triggerFirst, Set.of());
        if (subject == null || subject.last() != speech.triggerFirst - 1) return false;
        int opening = facts.governingWord(subject.first(), lexicon);
        boolean dated = facts.times().stream().anyMatch(t -> t.first() > speech.triggerLast && facts.wordsBetween(speech.triggerLast, t.first()) <= 1);
        return opening >= 0 && !dated && facts.cueEndsAt(opening, RELATIVE);
    }

    /**
     * "Russia's full-scale invasion of Ukraine", "Iraq invaded Kuwait in August 1990": the invasion of a state is the
     * war between the invader and the invaded (the gold's Conflict, begun that day); an invasion of a region ("a ground
     * invasion of southern Lebanon") or of no named state stays an operation. The invader may be the genitive before
     * the noun, past its modifiers ("Russia's full-scale invasion"), which an operation leaves to the war.
     */
    private void invasionOfAState(SentenceFacts facts, Hit<Trigger> hit, Draft draft) {
        ActorPhrase invaded = facts.phrases().stream().filter(p -> p.type() == ActorType.State && draft.places.contains(p.slug())
                && p.first() > hit.last() && p.first() - hit.last() <= PREPOSITION_GAP).findFirst().orElse(null);
        if (invaded == null) return;
        Role invader = lexicon.rule(draft.type).principal();
        Set<String> sides = new LinkedHashSet<>(draft.actors(invader));
        draft.roles.remove(invader);
        if (sides.isEmpty() && !hit.value().verb()) genitiveBefore(facts, hit.first()).ifPresent(p -> sides.add(p.slug()));
        sides.add(invaded.slug());
        draft.type = EventType.Conflict;
        sides.forEach(side -> draft.add(Role.party, side));
    }

    /**
     * "Egypt's critical role, alongside Qatar, in mediating the negotiations", "Oman's role in mediating between Iran
     * and the United States": the genitive of a role noun ("role" cues) is the subject of the verb its window reaches,
     * which says what the role was, and so is whoever a comitative cue between them names.
     */
    private Groups.Group holdersOfARole(SentenceFacts facts, Groups sentence, int verb, Set<ActorPhrase> used) {
        Hit<Cue> role = facts.cues().stream().filter(c -> c.value().kind().equals("role") && c.value().reaches(c.last(), verb))
                .reduce((a, b) -> b).orElse(null);
        ActorPhrase holder = role == null ? null : genitiveBefore(facts, role.first()).orElse(null);
        if (holder == null) return null;
        var holders = new ArrayList<>(List.of(holder));
        for (Hit<Cue> cue : facts.cues()) {
            if (!COMITATIVE.contains(cue.value().kind()) || cue.first() < role.last() || cue.last() >= verb) continue;
            Groups.Group companions = sentence.after(cue.last(), PREPOSITION_GAP, used);
            if (companions != null && companions.last() < verb) holders.addAll(companions.phrases());
        }
        return new Groups.Group(holders);
    }

    /**
     * "made an unannounced trip to Kyiv", "on his first trip to Saudi Arabia": a trip to one city or state is a visit
     * there; a trip to a region ("his eighth trip to the Middle East"), to several places or to none named stays a tour.
     */
    private static void tripToOnePlace(SentenceFacts facts, Draft draft) {
        if (draft.places.size() != 1) return;
        String place = draft.places.iterator().next();
        boolean cityOrState = facts.phrases().stream().anyMatch(p -> p.slug().equals(place) && p.canBePlace()
                && (p.type() == ActorType.State || p.state() != null));
        if (cityOrState) draft.type = EventType.Visit;
    }

    /** The actor whose genitive mark stands before a noun, past no more than its modifiers ("Iraq's 1990 invasion"). */
    private static Optional<ActorPhrase> genitiveBefore(SentenceFacts facts, int noun) {
        return facts.phrases().stream().filter(p -> !p.isPlace() && p.last() < noun && noun - p.last() <= SentenceFacts.MODIFIERS_BEFORE_NOUN + 1
                && Genitives.owns(facts.sentence().tokens(), p.last())).reduce((a, b) -> b);
    }

    /**
     * "تشن إسرائيل حربا على قطاع غزة", "الحرب الإسرائيلية ضد القطاع": a war whose place a word of its target governs is
     * waged on a territory, not between the states the text names (الحرب الروسية على أوكرانيا is between two).
     */
    private static boolean wagedOnATerritory(SentenceFacts facts, Draft draft) {
        return facts.phrases().stream().anyMatch(p -> p.isPlace() && draft.places.contains(p.slug())
                && facts.cueEndsAt(p.first() - 1, TARGET));
    }

    private static boolean unnamedSubjectRightAfter(SentenceFacts facts, int verb) {
        return facts.cueStartsAt(verb + 1, UNNAMED_SUBJECT);
    }

    /**
     * "قال مسؤول في وزارة الخارجية الأمريكية", "U.S. officials said": a speech verb whose subject is an official the
     * text does not name reports no named actor's statement, so the state or body that qualifies the official is no
     * speaker; a person named with the official is ("قال مسؤول في حماس، باسم نعيم، …"). Other verbs keep the state
     * ("Israeli officials met their Egyptian counterparts").
     */
    private boolean unnamedSpeaker(SentenceFacts facts, Hit<Trigger> hit, Groups.Group subject) {
        if (hit.value().type() != EventType.Statement) return false;
        if (subject != null && subject.phrases().stream().anyMatch(p -> p.type() == ActorType.Person)) return false;
        int end = clauseEnd(facts, hit.last(), facts.sentence().tokens().size() - 1);
        if (verbFirst && facts.phrases().stream().anyMatch(p -> p.type() == ActorType.Person && p.first() > hit.last() && p.last() <= end)) {
            return false;
        }
        // "officials" is also a proxy-noun ("Israeli officials met …"), so it says so in its value.
        return facts.cues().stream().anyMatch(c -> (verbFirst ? c.first() == hit.last() + 1 : c.last() == hit.first() - 1)
                && (UNNAMED_SPEAKERS.contains(c.value().kind()) || UNNAMED_SPEAKER.equals(c.value().value())));
    }

    /**
     * "Erdogan met Haniyeh on Saturday, the presidency said", "…, a spokesman said": a noun phrase opened by an article
     * after the last comma is the verb's subject even when it names no actor, so the actor before the comma is not.
     * An apposition ("Haniyeh, the Hamas leader, said") ends on a comma and leaves the subject before it.
     */
    private boolean unnamedNounPhraseAfterAComma(SentenceFacts facts, Groups.Group before, int verb) {
        List<Token> tokens = facts.sentence().tokens();
        int word = verb - 1;
        while (word > before.last() && tokens.get(word).isWord()) word--;
        int comma = word;
        if (comma <= before.last() || comma >= verb - 2 || !tokens.get(comma).surface().equals(",")) return false;
        return lexicon.isDeterminer(tokens.get(comma + 1).surface())
                && facts.cues().stream().noneMatch(c -> c.first() > comma && c.last() < verb && POINTING_BACK.contains(c.value().kind()));
    }

    /**
     * "…," said Blinken", "…, said the spokesman": English puts a speaker after the speech verb only when the verb
     * follows what was said, after its comma or closing quote; after "and" or "but" ("and said China would …") the
     * actor after the verb opens the reported clause.
     */
    private static boolean quotativeInversion(SentenceFacts facts, int verb) {
        if (verb == 0) return false;
        String previous = facts.sentence().tokens().get(verb - 1).surface();
        return previous.equals(",") || previous.equals("\"") || SentenceAnchors.CLOSING_QUOTES.contains(previous);
    }

    /**
     * "اجتماعا تشاوريا لوزراء خارجية مصر والأردن": the genitive an Arabic indefinite noun marks with "ل" may follow
     * the noun's adjective; the group one word after the noun, on a word that has that "ل", is the noun's genitive.
     */
    private Groups.Group lamGenitiveAfterAnAdjective(SentenceFacts facts, Groups groups, int noun, Set<ActorPhrase> used) {
        List<Token> tokens = facts.sentence().tokens();
        if (!verbFirst || noun + 2 >= tokens.size() || !tokens.get(noun + 1).isWord()) return null;
        String word = tokens.get(noun + 2).surface();
        boolean lam = lexicon.purposePrefixes().stream().anyMatch(word::startsWith);
        return lam ? groups.after(noun + 1, 0, used) : null;
    }

    /**
     * "في زيارة للأردن", "زيارته لقطر": a state or city marked with "ل" right after an Arabic trip noun is where the trip
     * goes, not who makes it ("زيارة لوزير الخارجية" stays the minister's visit).
     */
    private Groups.Group tripNounDestination(SentenceFacts facts, Groups groups, Hit<Trigger> noun, Set<ActorPhrase> used) {
        if (!verbFirst || noun.value().verb() || !"place".equals(noun.value().object())) return null;
        Groups.Group next = groups.after(noun.last(), 0, used);
        if (next == null || !next.phrases().stream().allMatch(EventFinder::namedPlace)) return null;
        String word = facts.sentence().tokens().get(next.first()).surface();
        return lexicon.purposePrefixes().stream().anyMatch(word::startsWith) ? next : null;
    }

    /** A state or place called by its name, not through a demonym or an official of it ("لمسؤول سعودي"). */
    private static boolean namedPlace(ActorPhrase phrase) {
        return phrase.canBePlace() && (phrase.method().equals("gazetteer") || phrase.method().equals("place"));
    }

    /**
     * The group right after a noun: its genitive ("زيارة الرئيس"), or a nisba that agrees with it ("الحرب الروسية"). A
     * noun with the article governs no genitive: "والتقى خلال الزيارة الرئيس رئيسي" is the object of the verb before.
     */
    private Groups.Group genitiveOrNisba(SentenceFacts facts, Groups groups, Hit<Trigger> hit, Set<ActorPhrase> used) {
        Groups.Group next = groups.after(hit.last(), 0, used);
        // Only the article as written first: "للقاء ولي العهد" (to meet the crown prince) is lam on an indefinite noun.
        boolean definite = facts.sentence().tokens().get(hit.last()).surface().startsWith(MatchKeys.definiteArticle());
        return next == null || !definite || next.phrases().getFirst().isBareDemonym() ? next : null;
    }

    /** "اتصالا هاتفيا بالرئيس الأمريكي": the group right after a noun is a preposition's object, not its genitive. */
    private boolean prepositionWrittenOn(SentenceFacts facts, Groups.Group group) {
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
     * "Israel escalated its campaign …, and launched a ground invasion": an English verb right after a coordinator has
     * no subject of its own; it shares the subject of its clause, the first actor there that no preposition governs,
     * whatever the verb it is joined to (a trigger or not), rather than the object of that verb before it. Null when
     * the clause names none before the verb.
     */
    private Groups.Group sharedClauseSubject(SentenceFacts facts, Groups sentence, int verb, Set<ActorPhrase> used) {
        if (verbFirst || verb == 0) return null;
        if (!lexicon.isCoordinator(facts.sentence().tokens().get(verb - 1).surface()) && !SharedArguments.nextStep(lexicon, facts, verb)) {
            return null;
        }
        Groups.Group subject = sentence.subjectAfter(facts, reportedClauseStart(facts, clauseStart(facts, 0, verb), verb) - 1, verb, used);
        return subject == null || subject.last() >= verb - 1 ? null : subject;
    }

    /**
     * "اختتم الرئيس الفرنسي إيمانويل ماكرون زيارته إلى الجزائر", "استهل بلينكن جولته": the pronoun on a noun that a
     * light verb governs refers to that verb's subject, the actor between them; or null.
     */
    private Groups.Group possessorAfterALightVerb(SentenceFacts facts, Groups groups, Hit<Trigger> hit, Set<ActorPhrase> used) {
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

    /** The light verb whose object phrase the noun heads ("launched a ground invasion"), or -1. */
    private static int governingLightVerb(SentenceFacts facts, int noun) {
        List<Token> tokens = facts.sentence().tokens();
        int verb = -1;
        for (Hit<Cue> cue : facts.cues()) {
            if (cue.value().kind().equals("light-verb") && cue.last() < noun) verb = Math.max(verb, cue.first());
        }
        for (int k = verb + 1; verb >= 0 && k < noun; k++) if (!tokens.get(k).isWord()) return -1;
        return verb;
    }

    /**
     * "…, with Obasanjo mediating": an -ing verb right after a group that an absolute cue governs has that group as
     * its subject (an absolute clause), where the cue would otherwise make the group a prepositional object.
     */
    private boolean absoluteSubjectBefore(SentenceFacts facts, int verb) {
        if (verb == 0 || !facts.sentence().tokens().get(verb).surface().toLowerCase(Locale.ROOT).endsWith("ing")) return false;
        ActorPhrase last = facts.phrases().stream().filter(p -> p.last() == verb - 1).findFirst().orElse(null);
        if (last == null) return false;
        int first = Groups.ofSentence(facts, lexicon).covering(last.first()).first();
        return facts.cueEndsAt(facts.governingWord(first, lexicon), ABSOLUTE);
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

    /** Whether the group is the subject of an absolute clause ("with Obasanjo mediating"), not the object of "with". */
    private boolean absoluteSubject(SentenceFacts facts, Groups.Group group) {
        return facts.triggers().stream().anyMatch(t -> t.first() == group.last() + 1 && t.value().verb()
                && absoluteSubjectBefore(facts, t.first()));
    }

    /** "mediating alongside Kenyatta": the group a comitative cue governs right after the verb, which shares its role. */
    private Groups.Group companions(SentenceFacts facts, Groups groups, int verbLast, Set<ActorPhrase> used) {
        Hit<Cue> cue = facts.cues().stream().filter(c -> COMITATIVE.contains(c.value().kind()) && c.first() == verbLast + 1)
                .findFirst().orElse(null);
        return cue == null ? null : groups.after(cue.last(), SUBJECT_GAP, used);
    }

    /** "واتفق الجانبان": the subject right after the verb is "the two sides", resolved through the discourse. */
    private boolean dualRightAfter(SentenceFacts facts, int verbLast) {
        return facts.cues().stream().anyMatch(c -> c.value().kind().equals("dual") && c.first() > verbLast
                && c.first() <= verbLast + 1 + SUBJECT_GAP && lexicon.hasDualEnding(facts.sentence().tokens().get(c.last()).surface()));
    }

    /**
     * "Kishida, who met Biden, said …", "Putin, who has ruled Russia since 2000, said …": an actor inside a relative
     * clause that a comma closes right before the verb belongs to that clause; the verb's subject stands before it.
     */
    private static boolean insideAClosedRelativeClause(SentenceFacts facts, Groups.Group candidate, int verb) {
        if (verb == 0 || !facts.sentence().tokens().get(verb - 1).surface().equals(",")) return false;
        return facts.cues().stream().anyMatch(c -> c.value().kind().equals("relative") && c.first() > 0
                && c.last() < candidate.first());
    }

    /** "Gallant, who arrived in Washington on Sunday, held talks": the subject stands before the relative clause. */
    private Groups.Group beforeRelativeClause(SentenceFacts facts, int verb, Set<ActorPhrase> used) {
        Hit<Cue> relative = null;
        for (Hit<Cue> cue : facts.cues()) {
            if (cue.value().kind().equals("relative") && cue.last() < verb) relative = cue;
        }
        if (relative == null || relative.first() == 0) return null;
        Groups.Group subject = Groups.of(facts, 0, relative.first() - 1, lexicon).before(relative.first(), used);
        if (subject == null) return null;
        // "The Government of National Accord (GNA), which …": the abbreviation's brackets and comma stand between.
        boolean adjacent = subject.last() >= relative.first() - 2
                || facts.sentence().tokens().subList(subject.last() + 1, relative.first()).stream().allMatch(Token::isPunct);
        return adjacent ? subject : null;
    }

    /**
     * "رفض إسرائيل لها … وبدئها عملية عسكرية": a light verb with a possessive pronoun before the noun; the pronoun
     * refers to the nearest actor before it in the sentence.
     */
    private Groups.Group possessedLightVerbAntecedent(SentenceFacts facts, int noun, Set<ActorPhrase> used) {
        for (Hit<Cue> cue : facts.cues()) {
            if (!cue.value().kind().equals("light-verb") || cue.last() >= noun || noun - cue.last() > LIGHT_VERB_REACH) continue;
            if (!lexicon.hasPronounSuffix(facts.sentence().tokens().get(cue.last()).surface())) continue;
            Groups.Group antecedent = Groups.of(facts, 0, cue.first() - 1, lexicon).before(cue.first(), used);
            return antecedent == null || antecedent.allPlaces() ? null : antecedent;
        }
        return null;
    }

    /** "وقع الوزيران على الاتفاق", "signed a ceasefire agreement": the noun's subject is a signing verb's. */
    private static boolean signingVerbBetween(SentenceFacts facts, int subjectFirst, int noun) {
        return facts.triggers().stream().anyMatch(t -> t.value().flags().contains("signatory")
                && t.first() >= subjectFirst - LIGHT_VERB_REACH && t.last() < noun);
    }

    /** "NATO defence ministers met", "اجتمع وزراء خارجية دول الخليج": a body's members gathering meet; the body alone sits in session. */
    private static boolean membersGather(SentenceFacts facts, Groups.Group subject, Hit<Trigger> verb) {
        int from = Math.min(verb.last() + 1, subject.first());
        int to = Math.max(verb.first() - 1, subject.last());
        return facts.cues().stream().anyMatch(c -> c.value().kind().equals("proxy-noun") && c.first() >= from && c.last() <= to);
    }

    /** Whether a verb's subject is named and every actor in it is of one of the kinds. */
    private static boolean subjectAmong(Groups.Group subject, Set<ActorType> kinds) {
        return subject != null && subject.phrases().stream().allMatch(p -> kinds.contains(p.type()));
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
     * "ردت إسرائيل بالموافقة على المقترح", "إن حماس ردت على المقترح بالرفض": the noun after ب that a verb of answering
     * in its clause governs, whatever stands between them, is the answer of that verb's subject: the actor right after
     * the verb, or before it after a complementizer.
     */
    private Groups.Group answerer(SentenceFacts facts, Groups sentence, int noun, Set<ActorPhrase> used) {
        if (!lexicon.startsWithPreposition(facts.sentence().tokens().get(noun).surface())) return null;
        int clause = clauseStart(facts, 0, noun);
        Hit<Cue> verb = facts.cues().stream().filter(c -> c.value().kind().equals("answer") && c.first() >= clause && c.last() < noun)
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

    /** Whether the word right before the verb is a complementizer with a subject pronoun written on it (إنه، أنها). */
    private boolean pronounOnAComplementizerBefore(SentenceFacts facts, int verb) {
        return verb > 0 && facts.cueEndsAt(verb - 1, COMPLEMENTIZER) && lexicon.hasPronounSuffix(facts.sentence().tokens().get(verb - 1).surface());
    }

    /**
     * Whether a noun's principal, not one all sides share, is already the actor a preposition gives ("مقترحا من الوسطاء")
     * and the candidate subject is only a light verb's (تلقت حماس، تسلمت الحكومة): that subject received it.
     */
    private static boolean receivedFromAnother(SentenceFacts facts, Draft draft, EventTypeRule rule, Groups.Group subject) {
        return !draft.verb && !SHARED_PRINCIPALS.contains(rule.principal()) && draft.roles.containsKey(rule.principal())
                && subject.last() < draft.triggerFirst && lightVerbBetween(facts, subject.first(), draft.triggerFirst);
    }

    /** A light verb from just before the subject (VSO) up to the noun (SVO). */
    private static boolean lightVerbBetween(SentenceFacts facts, int subjectFirst, int noun) {
        return facts.cues().stream().anyMatch(c -> c.value().kind().equals("light-verb")
                && c.first() >= subjectFirst - LIGHT_VERB_REACH && c.last() < noun);
    }

    /**
     * A city as the subject of a verb speaks for its state ("الرياض وطهران اتفقتا", "Washington said"): the
     * phrase then names the country.
     */
    private static Groups.Group governments(Groups.Group subject) {
        return new Groups.Group(subject.phrases().stream()
                .map(p -> p.isPlace() && p.state() != null
                        ? new ActorPhrase(p.first(), p.last(), p.state(), org.diplokg.model.ActorType.State, p.state(), null, "metonymy")
                        : p)
                .toList());
    }

    private void assign(Draft draft, Groups.Group group, List<String> roles, EventTypeRule rule, Set<ActorPhrase> used) {
        for (ActorPhrase p : group.phrases()) {
            for (String role : roles) {
                if (role.equals("place")) {
                    if (p.canBePlace()) {
                        draft.places.add(p.slug());
                        used.add(p);
                    }
                } else if (!p.isPlace()) {
                    draft.add(role.equals("principal") ? rule.principal() : Role.valueOf(role), p.slug());
                    used.add(p);
                }
            }
        }
    }

    /**
     * Each preposition serves the trigger it belongs to (see {@link #owner}), wherever its object stands in the
     * sentence: past the complements between them ("اتفاق لوقف إطلاق النار … بين إسرائيل وحماس").
     */
    private void assignPrepositions(SentenceFacts facts, Groups sentence, Draft draft, Set<ActorPhrase> used, int n,
                                    List<Readings.Reading> readings, EventTypeRule rule, boolean takesDestination) {
        for (Hit<List<Preposition>> prep : facts.prepositions()) {
            if (prepositionOwner(facts, readings, prep) != n || governsADate(facts, prep)) continue;
            // "المحادثات التي تتوسط فيها قطر": "in it" has its object in its suffix; قطر is the verb's subject.
            if (facts.cueEndsAt(prep.last(), IN_IT)) continue;
            if (capitalAfter(facts, prep, draft, used, rule.takesPlace() || takesDestination)) continue;
            Groups.Group group = sentence.after(prep.last(), PREPOSITION_GAP, used);
            if (group == null || outOfReach(facts, prep, group, draft.type) || absoluteSubject(facts, group)
                    || draft.type == EventType.Statement && possessedNounBetween(facts, prep, group)) continue;
            ActorPhrase head = group.phrases().getFirst();
            Groups.Group states = capitalsForTheirStates(facts, draft, prep, group) ? governments(group) : null;
            for (Preposition p : prep.value()) {
                if (!p.appliesTo(draft.type)) continue;
                // "مقترحا جديدا من الوسطاء": whom a proposal comes from follows it; "في كلمة من البيت الأبيض" before it is not.
                if (p.role().equals(Role.proposer.name()) && prep.first() < draft.triggerFirst) continue;
                boolean place = p.role().equals("place");
                if (place && (!rule.takesPlace() && !takesDestination || scopeOfTheDealsContent(facts, draft, prep)
                        || placeOfATopic(facts, prep))) continue;
                boolean sides = states != null && p.role().equals("party");
                if (place ? !head.canBePlace() : group.allPlaces() && !sides) continue;
                if (sides) used.addAll(group.phrases());
                assign(draft, sides ? states : group, List.of(attends(facts, group, p, draft.type) ? "attendee" : p.role()), rule, used);
                break;
            }
        }
    }

    /**
     * "rebels from the northern Tigray region", "grain exports across the Black Sea", "عبر البحر الأسود": a place a
     * route or origin word governs is a way something goes or where an actor comes from, and one a place preposition
     * governs that the event did not take ("اتفاق لوقف إطلاق النار في الخرطوم", a deal's scope) is somewhere else:
     * neither is where the event happened. Arabic من is left alone: it is also "of" (الجانب الفلسطيني من معبر رفح).
     */
    private static boolean placeOfSomethingElse(SentenceFacts facts, Groups sentence, ActorPhrase place) {
        boolean byPreposition = facts.prepositions().stream()
                .filter(prep -> prep.value().stream().anyMatch(p -> p.role().equals("place")) && !governsADate(facts, prep))
                .anyMatch(prep -> governs(sentence, prep.last(), place));
        return byPreposition || facts.cues().stream()
                .anyMatch(c -> ORIGIN_OR_ROUTE.contains(c.value().kind()) && governs(sentence, c.last(), place));
    }

    private static boolean governs(Groups sentence, int word, ActorPhrase phrase) {
        Groups.Group group = sentence.after(word, PREPOSITION_GAP, Set.of());
        return group != null && group.phrases().contains(phrase);
    }

    /**
     * "اتفاق لوقف إطلاق النار في الخرطوم", "a deal on a truce in Lebanon": a place after the event noun a deal is
     * about is that event's scope, not where the deal was reached, unless a verb of reaching or signing comes between
     * ("… تم التوصل إليه في الدوحة", "… signed in Beirut").
     */
    private static boolean scopeOfTheDealsContent(SentenceFacts facts, Draft draft, Hit<List<Preposition>> prep) {
        if (draft.type != EventType.Agreement) return false;
        int content = -1;
        for (Hit<Trigger> t : facts.triggers()) {
            if (t.first() > draft.triggerLast && t.last() < prep.first()) content = t.value().type() == EventType.Agreement ? -1 : t.last();
        }
        int after = content;
        return content >= 0 && facts.cues().stream()
                .noneMatch(c -> SCENE.contains(c.value().kind()) && c.first() > after && c.last() < prep.first());
    }

    /** "discussed the situation in Gaza", "بحثا التطورات في السودان": the place is the topic's, not the talks'. */
    private static boolean placeOfATopic(SentenceFacts facts, Hit<List<Preposition>> prep) {
        return facts.cues().stream().anyMatch(c -> c.value().kind().equals("topic") && c.value().reaches(c.last(), prep.first()));
    }

    /**
     * "المحادثات غير المباشرة بين طهران وواشنطن", "the war between Moscow and Kyiv": capitals right after the noun of
     * talks, a deal or a war stand for their states, the sides; only capitals, and only with nothing but the noun's
     * modifiers between (no actor, other trigger or word that opens a clause or is a verb): "يتنقل بين مسقط وروما"
     * and "الطريق بين رفح وخان يونس" are places, and so are those a verb of going to and fro reaches ("تنقلت جولات
     * المفاوضات بين الدوحة والقاهرة").
     */
    private boolean capitalsForTheirStates(SentenceFacts facts, Draft draft, Hit<List<Preposition>> prep, Groups.Group group) {
        if (draft.verb || !group.allPlaces() || !group.phrases().stream().allMatch(capitals::seatOfGovernment)) return false;
        int noun = draft.triggerLast;
        boolean between = facts.cues().stream().anyMatch(c -> CLAUSE_OR_VERB.contains(c.value().kind()) && c.first() > noun && c.last() < prep.first())
                || facts.phrases().stream().anyMatch(p -> p.first() > noun && p.last() < prep.first())
                || facts.triggers().stream().anyMatch(t -> t.first() > noun && t.last() < prep.first());
        boolean shuttled = facts.cues().stream().anyMatch(c -> c.value().kind().equals(SHUTTLE) && c.value().reaches(c.last(), prep.first()));
        return !between && !shuttled && facts.wordsBetween(noun, prep.first()) <= NOUN_MODIFIERS;
    }

    /** "met in the Saudi capital", "وصل إلى العاصمة العمانية": the capital a place preposition governs is the place. */
    private static boolean capitalAfter(SentenceFacts facts, Hit<List<Preposition>> prep, Draft draft, Set<ActorPhrase> used,
                                        boolean takesPlace) {
        Capitals.Capital capital = facts.capitals().stream().filter(c -> c.preposition() == prep.last()).findFirst().orElse(null);
        if (capital == null) return false;
        if (takesPlace && prep.value().stream().anyMatch(p -> p.role().equals("place") && p.appliesTo(draft.type))) {
            draft.places.add(capital.city());
            used.addAll(capital.phrases());
        }
        return true;
    }

    /** "met Abdullah, with Kamel in attendance": a participant's preposition whose object is said to be present makes an attendee. */
    private static boolean attends(SentenceFacts facts, Groups.Group group, Preposition p, EventType type) {
        return type == EventType.Meeting && p.role().equals("participant") && facts.cueStartsAt(group.last() + 1, ATTENDANCE);
    }

    /** "On Monday, Ukraine launched …", "In 2020, Azerbaijan …": the date is the preposition's object, not what comes after it. */
    private static boolean governsADate(SentenceFacts facts, Hit<List<Preposition>> prep) {
        return facts.times().stream().anyMatch(t -> t.first() == prep.last() + 1);
    }

    /**
     * A group is no object of a preposition across a trigger ("وفي الرابع عشر من نيسان، استضافت جدة اجتماعا": جدة is
     * the verb's subject) or behind a second preposition that the event takes ("حرب في خريف 2020 بين أذربيجان
     * وأرمينيا": the sides are بين's).
     */
    private static boolean outOfReach(SentenceFacts facts, Hit<List<Preposition>> prep, Groups.Group group, EventType type) {
        boolean acrossTrigger = facts.triggers().stream().anyMatch(t -> t.first() > prep.last() && t.last() < group.first());
        return acrossTrigger || facts.prepositions().stream().anyMatch(other -> other.first() > prep.last() && other.last() < group.first()
                && other.value().stream().anyMatch(p -> p.appliesTo(type)));
    }

    /**
     * "أعرب عن تقديرهما لسلطنة عمان": an Arabic noun with a pronoun suffix right after the preposition of a speech verb
     * is what was expressed; the actor after it is that noun's complement, not the speaker. (Elsewhere the word may be
     * a verb with an object pronoun: "وساطة قادتها دولة الإمارات".)
     */
    private boolean possessedNounBetween(SentenceFacts facts, Hit<List<Preposition>> prep, Groups.Group group) {
        int next = prep.last() + 1;
        return verbFirst && next < group.first() && lexicon.hasPronounSuffix(facts.sentence().tokens().get(next).surface())
                && facts.cues().stream().noneMatch(c -> c.first() <= next && next <= c.last());
    }

    /**
     * The trigger a preposition serves: the event or goal whose phrase ends with it ("travels to", "arrived in": the
     * second leg of "arrived in Cairo and then travels to Amman" is not the first's; a purpose complement such as
     * "للسيطرة على" serves the event before it); else its owner on the left
     * ({@link Readings#owner}), unless that is a speech verb which does not take it: then the first trigger after it
     * that does ("أعلنت الوزارة نجاح وساطة قادتها الإمارات بين روسيا وأوكرانيا في إنجاز عملية تبادل": the mediator and
     * the sides are the exchange's, not the announcement's).
     */
    private int prepositionOwner(SentenceFacts facts, List<Readings.Reading> readings, Hit<List<Preposition>> prep) {
        List<Hit<Trigger>> triggers = facts.triggers();
        for (int n = 0; n < triggers.size(); n++) {
            boolean owns = readings.get(n) == Readings.Reading.REAL || readings.get(n) == Readings.Reading.MODAL;
            if (owns && triggers.get(n).first() < prep.first() && triggers.get(n).last() >= prep.last()) return n;
        }
        int left = Readings.owner(readings, triggers, participlesSharingTheAgent(facts, prep.first()));
        if (mediatesTheAgreementOn(triggers, readings, left, prep)) return left - 1;
        if (triggers.isEmpty() || triggers.get(left).value().type() != EventType.Statement || takes(prep, triggers.get(left))) return left;
        for (int n = 0; n < triggers.size(); n++) {
            if (triggers.get(n).first() > prep.last() && readings.get(n) != Readings.Reading.FORM && takes(prep, triggers.get(n))) return n;
        }
        return left;
    }

    /**
     * "The talks were hosted and mediated by Türkiye": a participle coordinated before the by-phrase ("mediated by")
     * shares its agent, so the phrase is said of what that participle is said of (the talks), not of the participle.
     * Returns where the coordination starts, or the phrase's own start.
     */
    private int participlesSharingTheAgent(SentenceFacts facts, int phrase) {
        if (phrase < 2 || !lexicon.isCoordinator(facts.sentence().tokens().get(phrase - 1).surface())) return phrase;
        for (Hit<Trigger> participle : facts.triggers()) {
            if (participle.value().verb() && participle.last() == phrase - 2) return participle.first();
        }
        return phrase;
    }

    /**
     * "اتفقت الأطراف اليمنية، الاثنين، على تمديد الهدنة برعاية الأمم المتحدة", "اتفق الجانبان على تبادل الأسرى بوساطة
     * قطرية": a mediator named after the truce or exchange an agreement right before it is about brokered the
     * agreement; the truce or exchange is only its terms.
     */
    private static boolean mediatesTheAgreementOn(List<Hit<Trigger>> triggers, List<Readings.Reading> readings, int content,
                                                  Hit<List<Preposition>> prep) {
        if (content < 1 || !AGREED_TERMS.contains(triggers.get(content).value().type())
                || triggers.get(content).last() >= prep.first()) return false;
        Hit<Trigger> agreement = triggers.get(content - 1);
        return agreement.value().type() == EventType.Agreement && readings.get(content - 1) == Readings.Reading.REAL
                && triggers.get(content).first() - agreement.last() <= TERMS_REACH
                && prep.value().stream().anyMatch(p -> p.role().equals("mediator") && p.appliesTo(EventType.Agreement));
    }

    private static boolean takes(Hit<List<Preposition>> prep, Hit<Trigger> trigger) {
        return prep.value().stream().anyMatch(p -> p.appliesTo(trigger.value().type()));
    }

    /**
     * "his eighth trip", "their meeting": a possessive determiner before a noun, an ordinal aside, does what the
     * Arabic pronoun suffix does (رحلته، لقائهما): the noun's subject is the pronoun's referent.
     */
    private static boolean possessiveDeterminerBefore(SentenceFacts facts, int noun) {
        int word = noun - 1;
        for (Hit<Integer> ordinal : facts.ordinals()) if (ordinal.last() == word) word = ordinal.first() - 1;
        int determiner = word;
        return facts.cues().stream().anyMatch(c -> c.value().kind().equals("possessive") && c.last() == determiner);
    }

    private static boolean afterComma(SentenceFacts facts, int token) {
        return token > 0 && facts.sentence().tokens().get(token - 1).surface().equals(",");
    }

    /** "الجانبين" / "the two sides", a dual pronoun on the trigger, "البيان" / "the statement". */
    private void resolvePointers(SentenceFacts facts, Hit<Trigger> hit, Draft draft, EventTypeRule rule, Discourse discourse,
                                 int from, int to) {
        Role principal = rule.principal();
        if (!draft.actors(principal).isEmpty()) return;
        boolean dual = hasDualSuffix(facts.sentence().tokens().get(hit.last()));
        boolean anaphor = false;
        Groups.Group sides = null;
        for (Hit<Cue> cue : facts.cues()) {
            if (cue.first() < from || cue.last() > to) continue;
            boolean twoSides = cue.value().kind().equals("dual") && (inSubjectPosition(hit, cue) || afterOwnPreposition(facts, cue, draft.type)
                    || HELD_TALKS.contains(draft.type) && subjectOfTheLightVerb(facts, hit, cue))
                    && lexicon.hasDualEnding(facts.sentence().tokens().get(cue.last()).surface());
            if (twoSides && sides == null) sides = namedSides(facts, cue);
            dual |= twoSides;
            draft.dualOfPeople |= twoSides && "person".equals(cue.value().value());
            anaphor |= cue.value().kind().equals("anaphor") && definite(facts.sentence().tokens().get(cue.first()));
        }
        if (sides != null) {
            sides.phrases().forEach(p -> draft.add(principal, p.slug()));
            return;
        }
        List<String> counted = countedStates(facts, hit, draft.type, discourse, from, to);
        if (!counted.isEmpty()) {
            counted.forEach(state -> draft.add(principal, state));
            draft.fromDiscourse = true;
            return;
        }
        boolean speakerFound = anaphor && draft.type == EventType.Statement && discourse.lastSpeaker().isPresent();
        if (speakerFound) {
            draft.add(principal, discourse.lastSpeaker().get());
            draft.fromDiscourse = true;
        }
        draft.dualSubject = dual && !speakerFound;
        if (draft.dualSubject && !discourse.lastPair().isEmpty()) {
            discourse.lastPair().forEach(s -> draft.add(principal, s));
            draft.fromDiscourse = true;
        }
    }

    /**
     * "a joint statement issued by the six countries", "the three nations said": a definite counted plural of states in
     * the event's subject slot is the last that many states the text named.
     */
    private List<String> countedStates(SentenceFacts facts, Hit<Trigger> hit, EventType type, Discourse discourse, int from, int to) {
        List<Token> tokens = facts.sentence().tokens();
        for (Hit<Cue> cue : facts.cues()) {
            if (!cue.value().kind().equals("counted-sides") || cue.first() < from || cue.last() > to) continue;
            Hit<Integer> number = facts.numbers().stream().filter(n -> n.last() == cue.first() - 1).findFirst().orElse(null);
            if (number == null || number.first() == 0 || !lexicon.isDefiniteArticle(tokens.get(number.first() - 1).surface())) continue;
            var phrase = new Hit<>(number.first() - 1, cue.last(), cue.value());
            if (!inSubjectPosition(hit, phrase) && !afterOwnPreposition(facts, phrase, type)) continue;
            return discourse.lastStates(number.value(), facts.sentence().index(), phrase.first());
        }
        return List.of();
    }

    /**
     * "وأعرب الجانبان السعودي والإيراني", "بين الطرفين الروسي والأوكراني": demonyms right after "the two sides" name
     * them; the discourse need not be asked. A singular side ("الجانب الفلسطيني من معبر رفح") is no dual cue.
     */
    private Groups.Group namedSides(SentenceFacts facts, Hit<Cue> dual) {
        Groups.Group after = Groups.ofSentence(facts, lexicon).after(dual.last(), 0, Set.of());
        boolean demonyms = after != null && after.first() == dual.last() + 1 && after.phrases().size() == 2
                && after.phrases().stream().allMatch(ActorPhrase::isBareDemonym);
        return demonyms ? after : null;
    }

    /**
     * "اتفق الجانبان", "the two sides agreed", "لقاء الجانبين": "the two sides" right after a verb or right before it
     * (not before a participle, whose subject is its main verb's), or the genitive of a noun, is its subject; further
     * on it is an object ("أعرب في بيان عن شكره للطرفين").
     */
    private static boolean inSubjectPosition(Hit<Trigger> hit, Hit<Cue> cue) {
        int reach = hit.value().verb() ? SUBJECT_GAP : 0;
        boolean takesSubjectBefore = hit.value().verb() && !hit.value().flags().contains("participle");
        return cue.first() > hit.last() && cue.first() <= hit.last() + 1 + reach
                || takesSubjectBefore && cue.last() < hit.first() && cue.last() >= hit.first() - 1 - SUBJECT_GAP;
    }

    /**
     * "وعقد الجانبان جلسة محادثات", "أجرى الطرفان مباحثات": "the two sides" between a light verb and the talks it
     * governs is the verb's subject, and so the talks'. Not for a release ("أطلق الطرفان سراح"), whose sides are
     * those of its exchange, not the last pair the text named.
     */
    private static boolean subjectOfTheLightVerb(SentenceFacts facts, Hit<Trigger> hit, Hit<Cue> cue) {
        if (hit.value().verb()) return false;
        int verb = governingLightVerb(facts, hit.first());
        return verb >= 0 && cue.first() == verb + 1 && cue.last() < hit.first();
    }

    /** "المفاوضات بين الجانبين", "a deal between the two sides": a preposition the event takes governs the cue. */
    private static boolean afterOwnPreposition(SentenceFacts facts, Hit<Cue> cue, EventType type) {
        return facts.prepositions().stream().anyMatch(p -> p.last() == cue.first() - 1
                && p.value().stream().anyMatch(role -> !role.role().equals("place") && role.appliesTo(type)));
    }

    /** "الاتفاق", "the agreement": the noun carries the article, or stands right after it. */
    private boolean definiteNoun(SentenceFacts facts, int noun) {
        List<Token> tokens = facts.sentence().tokens();
        return names.hasArticle(tokens.get(noun)) || noun > 0 && lexicon.isDefiniteArticle(tokens.get(noun - 1).surface());
    }

    /**
     * "The next round of talks will be held in Geneva", "the summit will take place in Riyadh": a gathering noun
     * whose own verb, before any other trigger, says it is held; "will not take place" says it is not.
     */
    private static boolean saidToBeHeld(SentenceFacts facts, int n) {
        List<Hit<Trigger>> triggers = facts.triggers();
        int noun = triggers.get(n).last();
        int next = n + 1 < triggers.size() ? triggers.get(n + 1).first() : Integer.MAX_VALUE;
        return facts.cues().stream().filter(c -> HELD_GATHERING.contains(c.value().kind()) && c.first() > noun
                        && c.first() - noun <= HELD_REACH && c.first() < next)
                .anyMatch(held -> facts.cues().stream().noneMatch(c -> NEGATION.contains(c.value().kind()) && c.first() > noun && c.last() < held.first()));
    }

    /**
     * "جولة جديدة من المحادثات", "مفاوضات جديدة", "a new round of talks", "fresh talks": an another-round word inside the
     * trigger or on the side its adjectives stand (after it in Arabic, before it in English). "آخر مستجدات المفاوضات"
     * (the latest on the talks) stands before the Arabic noun and says nothing of a round.
     */
    private boolean calledAnotherRound(SentenceFacts facts, Hit<Trigger> hit) {
        int from = verbFirst ? hit.first() : hit.first() - 1;
        int to = verbFirst ? hit.last() + 1 : hit.last();
        return facts.cues().stream().anyMatch(c -> c.value().kind().equals(ANOTHER_ROUND) && c.first() >= from && c.last() <= to);
    }

    /** "البيان" points back, "في بيان" ("in a statement") introduces a new one; English cues carry their "the". */
    private boolean definite(Token t) {
        return !MatchKeys.isArabic(t.surface()) || names.hasArticle(t);
    }

    private boolean hasDualSuffix(Token t) {
        String word = MatchKeys.normalize(t.surface());
        return lexicon.dualSuffixes().stream().anyMatch(s -> word.endsWith(s) && word.length() > s.length() + 2);
    }

    private static Evidence evidence(Document doc, SentenceFacts facts, Draft draft) {
        var s = facts.sentence();
        double confidence = (draft.verb ? 0.8 : 0.7) * (draft.fromDiscourse ? 0.85 : 1.0);
        return new Evidence(s.index(), doc.codePointOffset(s.start()), doc.codePointOffset(s.end()), s.text(),
                Math.round(confidence * 100) / 100.0, "trigger:" + draft.type + (draft.fromDiscourse ? "+discourse" : ""));
    }
}
