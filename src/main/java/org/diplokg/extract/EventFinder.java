package org.diplokg.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
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
import org.diplokg.text.Token;

/**
 * Builds events from one sentence: each trigger read as an event ({@link Readings}) takes its arguments from its
 * own stretch of the sentence (between the triggers around it): its subject or genitive ({@link Subjects}), its
 * object, the actors and places after role prepositions ({@link PrepositionalArguments}), and the actors that words
 * pointing back stand for ({@link PointingBack}). Arguments events lend each other are {@link SharedArguments};
 * those the wording implies outside any frame are who mediated ({@link Mediators}), who took part
 * ({@link Gatherings}), who held the setting of a verb ({@link Occasions}) and the sides and makers of deals
 * ({@link DealRoles}); dates and counts are {@link SentenceAnchors}. Mentions of one event in the sentence merge.
 */
final class EventFinder {
    /**
     * How many words may stand between a verb (or its subject after it) and its object noun: a one- or two-word
     * subject ("استضافت جدة اجتماعا"); commas and a date between do not count.
     */
    private static final int OBJECT_REACH = 2;
    private static final Set<String> TARGET = Set.of("target");
    private static final String ANOTHER_ROUND = "another-round";
    /** What comes in rounds: talks and meetings ("the next round of talks", "اجتماع آخر"). */
    private static final Set<EventType> ROUNDS = Set.of(EventType.Meeting, EventType.Negotiation);
    /** Events of going somewhere, whose place object is where the trip went. */
    private static final Set<EventType> TRIPS = Set.of(EventType.Visit, EventType.Tour);
    /** The flag of a round noun that, bare after talks, is a round of them (triggers-ar.tsv). */
    private static final String ROUND = "round";
    /** The flag of a round noun that is a round of talks when brokered or named with the talks (triggers-ar.tsv). */
    private static final String BROKERED = "negotiation-when-brokered";
    /** How far after a round noun the talks it is a round of may stand: "جولة ثالثة من المحادثات غير المباشرة". */
    private static final int ROUND_OF_TALKS_REACH = 3;
    /** Cues after which an event noun is not a verb's object: a reported clause, a source the verb is attributed to. */
    private static final Set<String> NOT_AN_OBJECT = Set.of("complementizer", "attribution");
    /** Cues that open a clause of their own inside a reported one ("while", "and", "بينما"). */
    private static final Set<String> CLAUSE_BREAKS = Set.of("contrast", "coordinator");
    private static final Set<String> RELATIVE = Set.of("relative");
    /** A gathering where the sentence's events took place ("على هامش القمة", "on the sidelines of"). */
    private static final Set<String> SETTING = Set.of("setting");
    /** Gatherings that a clause may say are held, and that "the two sides" may hold through a light verb. */
    static final Set<EventType> HELD_TALKS = Set.of(EventType.Meeting, EventType.Negotiation);
    private static final Set<String> HELD_GATHERING = Set.of("held-gathering");
    /** The value of a held-gathering cue that says the gathering opened ("The talks opened on Sunday"): its first day. */
    private static final String OPENING = "opening";
    private static final Set<String> NEGATION = Set.of("negation");
    /** Words a gathering noun's genitive may take before the verb that says it is held ("a meeting of Arab foreign ministers will convene"). */
    private static final int HELD_REACH = 8;
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
    private final Mediators mediators;
    private final Gatherings gatherings;
    private final Occasions occasions;
    private final DealRoles dealRoles;
    private final Subjects subjects;
    private final PrepositionalArguments prepositions;
    private final PointingBack pointingBack;
    private final TalksInApposition talksInApposition;

    EventFinder(EventLexicon lexicon, NameLexicon names, Capitals capitals, PeopleRegistry people) {
        this.lexicon = lexicon;
        this.names = names;
        this.verbFirst = lexicon.verbFirst();
        this.readingsOf = new Readings(lexicon);
        this.shared = new SharedArguments(lexicon);
        this.mediators = new Mediators(lexicon, names);
        this.gatherings = new Gatherings(lexicon, people);
        this.occasions = new Occasions(lexicon, names);
        this.dealRoles = new DealRoles(lexicon);
        this.subjects = new Subjects(lexicon, shared);
        this.prepositions = new PrepositionalArguments(lexicon, capitals, subjects);
        this.pointingBack = new PointingBack(lexicon, names);
        this.talksInApposition = new TalksInApposition(people);
    }

    List<Draft> find(Document doc, SentenceFacts facts, Discourse discourse) {
        List<Hit<Trigger>> triggers = facts.triggers();
        // Every step below works on the sentence's triggers: most sentences have none, and report no event.
        if (triggers.isEmpty()) return List.of();
        var drafts = new ArrayList<Draft>();
        var all = new ArrayList<Draft>();
        List<Readings.Reading> readings = readingsOf.readings(facts);
        Groups sentence = Groups.ofSentence(facts, lexicon);
        int[] owners = prepositions.owners(facts, readings);
        for (int n = 0; n < triggers.size(); n++) {
            Hit<Trigger> hit = triggers.get(n);
            int from = n == 0 ? 0 : triggers.get(n - 1).last() + 1;
            int to = stretchEnd(facts, triggers, n, sentence.occasions());
            if (n + 1 < triggers.size()) to = subjects.beforeAPostposedSpeaker(facts, hit, triggers.get(n + 1), to);
            Draft draft = build(doc, facts, sentence, n, readings, owners, clauseStart(facts, from, hit.first()), clauseEnd(facts, hit.last(), to),
                    discourse);
            all.add(draft);
            boolean read = readings.get(n) == Readings.Reading.REAL || readings.get(n) == Readings.Reading.ESTABLISHED;
            if (read && !draft.voteOfNoBody && !draft.attackByNoArmedSide && !draft.sessionOfABody && !draft.roundToldBefore) drafts.add(draft);
        }
        shared.pairsWithinTheSentence(all);
        shared.embeddedSubjects(facts, all);
        shared.speakersTalksWith(facts, all);
        shared.pronounSubjects(facts, all, discourse);
        shared.pronounObjects(facts, all, discourse);
        pointingBack.partnerWithAPronoun(facts, all);
        shared.participlesOfTheClauseSubject(facts, sentence, all);
        shared.whereClausesAfterAnUnreadVerb(facts, sentence, all);
        shared.coordinatedVerbSubjects(facts, all);
        shared.sameTypeChains(facts, all);
        pointingBack.roundsAgreedOn(facts, all, agreement -> readingsOf.agreedToMeet(facts, agreement), discourse);
        mediators.namedMediators(facts, sentence, all);
        mediators.talksLedByTheirMediators(facts, sentence, all);
        mediators.compoundRoles(facts, all);
        mediators.activeMediation(facts, sentence, all);
        mediators.mediationInObjectRelatives(facts, sentence, all);
        dealRoles.proposersInRelativeClauses(facts, sentence, all);
        dealRoles.proposalsMadePublic(facts, all);
        dealRoles.makersInRelativeClauses(facts, all);
        mediators.absoluteMediation(all);
        mediators.mediationOfTheTalks(facts, all);
        mediators.mediationThatAchievedADeal(facts, sentence, all);
        gatherings.listedParticipants(facts, sentence, all);
        gatherings.ledDelegations(facts, sentence, all);
        gatherings.sidesOfTheirLeaders(facts, all);
        gatherings.delegationHeads(facts, sentence, all);
        gatherings.openers(facts, sentence, all);
        gatherings.chairs(facts, sentence, all);
        gatherings.conveners(facts, sentence, all);
        gatherings.takingPart(facts, sentence, all);
        occasions.talksHeldInACall(facts, all);
        occasions.settingOfTheMainVerb(facts, sentence, all);
        occasions.subjectOfAnUnreadVerb(facts, sentence, all);
        occasions.jointAppearances(facts, sentence, all);
        occasions.tripsOfAnApposition(facts, all);
        gatherings.gatheredParticipants(facts, sentence, all);
        occasions.possessorOfASetting(facts, sentence, all);
        occasions.meetingsDuringTheTrip(facts, all);
        occasions.meetingsOnTheirSettingTrip(facts, all);
        occasions.tourOfTheVisitor(all);
        occasions.tripsInAppositionToAVisit(facts, all);
        dealRoles.talksBehindAnAgreement(all);
        dealRoles.agreementOfTheTalks(all);
        dealRoles.trucesOfTheMediatedTalks(all);
        dealRoles.acceptersSide(facts, all);
        dealRoles.announcersOwnActs(facts, all);
        dealRoles.sidesOfAnExchange(facts, all);
        dealRoles.swapsFramedAsADeal(facts, all);
        dealRoles.dealsThatEndedAWar(facts, all);
        dealRoles.sidesOfASignedTruce(facts, all);
        mediators.hostsAndMediatorsOfTalks(facts, sentence, all);
        gatherings.hostsOfAGathering(facts, all);
        mediators.mediatedConflicts(facts, all);
        talksInApposition.meetingsOfSidesCalledTalks(facts, all);
        DateOwners.attachTimes(facts, all, lexicon, doc.article().published());
        SharedDates.speechVerbsTakeTheirStatementsDate(facts, all);
        SharedDates.speechVerbsSaidInADocumentTakeItsDate(facts, all);
        SharedDates.nounsTakeTheirRelativeClausesDate(facts, all);
        SharedDates.hostedEventsTakeTheHostsDate(all);
        SharedDates.eventsHostedInAClauseAfterThemTakeTheHostsDate(facts, all, lexicon);
        SharedDates.describedEventsTakeTheDescriptionsDate(all);
        SharedDates.settingAndMainVerbShareTheDay(facts, all, lexicon);
        SharedDates.talksEndWithTheirAgreement(facts, all);
        SharedDates.contrastedActsShareAnOpeningDate(facts, all);
        shared.whereClausesAtTheTripsEnd(facts, all);
        shared.coordinatedVerbDates(facts, all);
        all.forEach(shared::sharedDate);
        shared.establishedByAgreements(readings, all);
        SharedDates.startsLeftOpen(facts, all, lexicon);
        dealRoles.sidesOfTheTruce(all);
        dealRoles.sidesOfTheTruceItNames(facts, all);
        dealRoles.sidesActingUnderIt(facts, sentence, all);
        dealRoles.sidesActingInItsTerms(facts, sentence, all);
        SentenceAnchors.attachCounts(facts, drafts);
        SentenceAnchors.linkDuring(facts, all);
        SentenceAnchors.linkWitnessed(facts, all, lexicon.verbFirst());
        dealRoles.releasesDuringATruce(facts, all);
        SharedDates.openingDays(facts, all);
        settingsOfReportedSpeakers(facts, all);
        occasions.visitorsMet(facts, all);
        drafts.removeIf(d -> d.describes != null || reportedAsContent(facts, d, all) || speechInARelativeClause(facts, sentence, d));
        boolean onTheSidelines = !facts.cuesOf(SETTING).isEmpty();
        for (Draft d : drafts) d.onTheSidelines = onTheSidelines;
        List<Draft> events = mergeMentions(facts, Respectively.distribute(facts, lexicon,
                RoundDates.separate(facts, TripLegs.separate(facts, separateTalks(facts, sentence, drafts)))));
        shared.namedByTheirDeal(facts, events);
        return events;
    }

    /**
     * "Biden had spoken by phone with Netanyahu and Mikati", "التقت كلا منهما على حدة": a call, or a meeting said to
     * be separate, between one side and several partners is one event per partner.
     */
    private List<Draft> separateTalks(SentenceFacts facts, Groups sentence, List<Draft> drafts) {
        boolean separately = !facts.cuesOf("separately").isEmpty();
        Set<String> companions = companionsOfTheSubject(facts, sentence);
        var out = new ArrayList<Draft>();
        for (Draft d : drafts) {
            Set<String> participants = d.actors(Role.participant);
            for (String companion : companions) if (participants.contains(companion)) d.subject.add(companion);
            boolean bilateral = d.type == EventType.PhoneCall || d.type == EventType.Meeting && separately;
            List<String> partners = bilateral && !d.subject.isEmpty() ? partnersOutsideTheSubject(d) : List.of();
            if (partners.size() < 2) out.add(d);
            else for (String partner : partners) out.add(d.withOnlyPartner(partner));
        }
        return out;
    }

    private static List<String> partnersOutsideTheSubject(Draft d) {
        var partners = new ArrayList<String>();
        for (String p : d.actors(Role.participant)) if (!d.subject.contains(p)) partners.add(p);
        return partners;
    }

    /**
     * "أجرى ماكرون، برفقة زيلينسكي وقادة بريطانيا وألمانيا، اتصالا هاتفيا بترامب": whoever a comitative cue names
     * accompanies the subject and is on its side, not one more partner of separate calls.
     */
    private static Set<String> companionsOfTheSubject(SentenceFacts facts, Groups sentence) {
        List<Hit<Cue>> comitatives = facts.cuesOf(Subjects.COMITATIVE);
        if (comitatives.isEmpty()) return Collections.emptySet();
        var companions = new HashSet<String>();
        for (Hit<Cue> cue : comitatives) {
            Groups.Group group = sentence.after(cue.last(), PrepositionalArguments.PREPOSITION_GAP, Set.of());
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
            Draft same = null;
            for (Draft m : merged) {
                if (m.type == d.type && (d.actors(principal).isEmpty() || m.actors(principal).isEmpty() || objectOfTheVerb(facts, m, d))
                        && (!m.hasDate() || !d.hasDate() || m.date().equals(d.date()))
                        && (!rule.placeBound() || !EventAssembler.heldElsewhere(m, d))) {
                    same = m;
                    break;
                }
            }
            if (same == null) {
                merged.add(d);
            } else {
                if (!same.ownDate && d.ownDate) same.ownDate = true;
                same.absorb(d);
                for (Draft o : drafts) if (o.establishedBy == d) o.establishedBy = same;
            }
        }
        return merged;
    }

    /**
     * Where a trigger's stretch ends: before the next trigger, unless that one names the occasion between a verb and
     * its object ("التقى عباس، خلال زيارته إلى عمان، الملك عبد الله الثاني"): the verb reaches past it.
     */
    private static int stretchEnd(SentenceFacts facts, List<Hit<Trigger>> triggers, int n, List<Groups.Occasion> occasions) {
        Trigger trigger = triggers.get(n).value();
        int next = n + 1;
        while (trigger.verb() && trigger.object() != null && next < triggers.size() && occasionAfter(triggers.get(n), triggers.get(next), occasions)) {
            next++;
        }
        return next == triggers.size() ? facts.sentence().tokens().size() - 1 : triggers.get(next).first() - 1;
    }

    private static boolean occasionAfter(Hit<Trigger> verb, Hit<Trigger> noun, List<Groups.Occasion> occasions) {
        return occasions.stream().anyMatch(o -> o.first() > verb.last() && o.contains(noun.first()));
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
    private static boolean negotiatedTalks(SentenceFacts facts, int n, int[] owners, int from, int to) {
        if (!facts.triggers().get(n).value().flags().contains("negotiation-when-mediated")) return false;
        List<Hit<List<Preposition>>> prepositions = facts.prepositions();
        for (int k = 0; k < prepositions.size(); k++) {
            Hit<List<Preposition>> prep = prepositions.get(k);
            if (owners[k] != n || PrepositionalArguments.ofAPreparedEvent(facts, prep)) continue;
            boolean meetingToo = prep.value().stream().anyMatch(p -> p.appliesTo(EventType.Visit) && p.role().equals("participant"));
            boolean negotiating = prep.value().stream().anyMatch(p -> p.appliesTo(EventType.Negotiation)
                    && (p.role().equals("mediator") && !p.negotiatedOnly() || p.role().equals("party") && !meetingToo));
            if (negotiating) return true;
        }
        // the marker may be the event noun right before the talks: "earlier mediation, including talks hosted by Qatar"
        int markedFrom = n == 0 ? from : Math.min(from, facts.triggers().get(n - 1).first());
        return facts.cues().stream().anyMatch(c -> (c.value().kind().equals("negotiation-marker") || "negotiation-marker".equals(c.value().value()))
                && c.first() >= markedFrom && c.last() <= to);
    }

    /**
     * "عقدت جولة ثالثة بوساطة قطرية"، "جولتين من المحادثات غير المباشرة": a round noun that has a mediator, or that
     * the talks it is a round of follow closely in its phrase, is a round of talks, not a tour.
     */
    private static boolean brokeredRound(SentenceFacts facts, int n, int[] owners) {
        Hit<Trigger> round = facts.triggers().get(n);
        if (!round.value().flags().contains(BROKERED)) return false;
        return mediatedRound(facts, n, owners) || facts.triggers().stream().anyMatch(t -> t.first() > round.last()
                && facts.wordsBetween(round.last(), t.first()) <= ROUND_OF_TALKS_REACH && isTalks(t.value())
                && facts.phrases().stream().noneMatch(p -> p.first() > round.last() && p.last() < t.first()));
    }

    /** A mediator phrase ("بوساطة", "برعاية") that the round noun owns. */
    private static boolean mediatedRound(SentenceFacts facts, int n, int[] owners) {
        List<Hit<List<Preposition>>> prepositions = facts.prepositions();
        for (int k = 0; k < prepositions.size(); k++) {
            Hit<List<Preposition>> prep = prepositions.get(k);
            if (owners[k] == n && !PrepositionalArguments.ofAPreparedEvent(facts, prep)
                    && prep.value().stream().anyMatch(p -> p.appliesTo(EventType.Negotiation) && p.role().equals("mediator") && !p.negotiatedOnly())) {
                return true;
            }
        }
        return false;
    }

    /** A noun of talks: negotiations, or talks that may be a negotiation. */
    private static boolean isTalks(Trigger trigger) {
        return !trigger.verb() && (trigger.type() == EventType.Negotiation || trigger.flags().contains("negotiation-when-mediated"));
    }

    /**
     * "جولة جديدة من المفاوضات … وقال مسؤول قطري في ختام الجولة": a bare definite round noun, with no pronoun and no
     * adjective of its own (الجولة الخليجية), after the article (or its own sentence) last told talks rather than a
     * trip, is a round of those talks, nothing new; "بدأ عراقجي جولة خليجية"، "في ختام جولته" stay trips.
     */
    private boolean roundOfTheTalksTold(SentenceFacts facts, Hit<Trigger> hit, Discourse discourse) {
        if (!hit.value().flags().contains(ROUND) || hit.value().verb() || !definiteNoun(facts, hit.first())) return false;
        List<Token> tokens = facts.sentence().tokens();
        boolean qualified = hit.last() + 1 < tokens.size() && names.hasArticle(tokens.get(hit.last() + 1));
        return !qualified && !lexicon.hasPronounSuffix(tokens.get(hit.last()).surface())
                && (discourse.lastRoundWasTalks() || talksToldBefore(facts, hit));
    }

    /** "عقدت جولة من المفاوضات … فيما لم تشارك حماس في الجولة": talks its own sentence told before the round noun. */
    private static boolean talksToldBefore(SentenceFacts facts, Hit<Trigger> round) {
        return facts.triggers().stream().anyMatch(t -> t.last() < round.first() && t.value().type() == EventType.Negotiation);
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
    static int clauseEnd(SentenceFacts facts, int after, int to) {
        for (Hit<Cue> cue : facts.cues()) {
            if (cue.value().kind().equals("complementizer") && cue.first() > after && cue.first() <= to) return cue.first() - 1;
        }
        return to;
    }

    private Draft build(Document doc, SentenceFacts facts, Groups sentence, int n, List<Readings.Reading> readings, int[] owners,
                        int from, int to, Discourse discourse) {
        Hit<Trigger> hit = facts.triggers().get(n);
        Trigger trigger = hit.value();
        boolean roundOfTheTalksTold = roundOfTheTalksTold(facts, hit, discourse);
        EventType type = negotiatedTalks(facts, n, owners, from, to) || roundOfTheTalksTold || brokeredRound(facts, n, owners)
                ? EventType.Negotiation : trigger.type();
        EventTypeRule rule = lexicon.rule(type);
        var draft = new Draft(type, facts.sentence().index(), hit.first(), hit.last(), trigger.verb(),
                trigger.flags().contains("plural-places"));
        draft.talks = trigger.flags().contains("negotiation-when-mediated");
        draft.roundToldBefore = roundOfTheTalksTold;
        draft.signed = trigger.flags().contains("signatory");
        draft.guestVisits = trigger.flags().contains("guest-visits");
        draft.leadersGathering = trigger.flags().contains("leaders-gathering");
        draft.discussion = trigger.flags().contains("discussion");
        draft.subjectRoles = subjectRoles(trigger, rule);
        boolean determinerPossessive = !trigger.verb() && possessiveDeterminerBefore(facts, hit.first());
        draft.possessive = determinerPossessive || !trigger.verb() && lexicon.hasPronounSuffix(facts.sentence().tokens().get(hit.last()).surface());
        if (mediumOfASpeechVerb(facts, n)) {
            draft.evidence.add(evidence(doc, facts, draft));
            return draft;
        }
        var groups = sentence.within(from, to);
        var used = new HashSet<ActorPhrase>();
        Groups.Group gerundObject = !trigger.verb() && !verbFirst && afterComma(facts, hit.first()) && lexicon.isPresentParticiple(hit.value().phrase())
                ? groups.after(hit.last(), 0, used) : null;
        draft.participle = trigger.flags().contains("participle") || gerundObject != null;
        draft.absolute = !verbFirst && trigger.verb() && subjects.absoluteSubjectBefore(facts, hit.first());
        prepositions.assign(facts, sentence, draft, used, n, owners, rule, "place".equals(trigger.object()));
        Groups.Group lamDestination = tripNounDestination(facts, groups, hit, used);
        if (lamDestination != null) draft.assign(lamDestination, List.of("place"), rule, used);
        // "…, meeting Lebanese parliament Speaker Nabih Berri": a gerund after a comma is the main verb's participle.
        if (gerundObject != null) draft.assign(gerundObject, List.of("principal"), rule, used);
        Groups.Group subject = subjectOf(facts, hit, draft, rule, groups, sentence, used, determinerPossessive);
        flagActsOfTheWrongSubject(facts, hit, draft, subject);
        if (subject != null) assignSubjectAndObject(facts, sentence, hit, draft, rule, groups, subject, used);
        else if (trigger.object() != null) assignObjectAlone(facts, hit, draft, rule, groups, used);
        if (draft.places.isEmpty() && rule.takesPlace()) {
            for (ActorPhrase p : facts.phrases()) {
                if (p.isPlace() && Readings.owner(readings, facts.triggers(), p.first()) == n && !used.contains(p)
                        && !PrepositionalArguments.placeOfSomethingElse(facts, sentence, p)) {
                    draft.places.add(p.slug());
                    break;
                }
            }
        }
        if (trigger.flags().contains("war-on-a-state")) invasionOfAState(facts, hit, draft);
        if (trigger.flags().contains("visit-when-one-place")) tripToOnePlace(facts, draft);
        draft.wagedOnATerritory = type == EventType.Conflict && wagedOnATerritory(facts, draft);
        pointingBack.resolve(facts, sentence, hit, draft, rule, discourse, from, to);
        draft.definite = !trigger.verb() && definiteNoun(facts, hit.first());
        // "ويقضي الاتفاق، الذي تم التوصل إليه بوساطة قطرية": who brokered the deal does not say between whom it is.
        draft.anaphoric = draft.definite && !draft.possessive && onlyMediators(draft);
        draft.indefinite = !trigger.verb() && facts.indefiniteNoun(hit.first(), lexicon);
        draft.anotherRound = !trigger.verb() && ROUNDS.contains(type) && calledAnotherRound(facts, hit);
        draft.saidToBeHeld = !trigger.verb() && HELD_TALKS.contains(type) && saidToBeHeld(facts, n);
        draft.opened = draft.saidToBeHeld && !facts.cuesOf(HELD_GATHERING).isEmpty() && facts.cuesOfItsClause(n, HELD_GATHERING, HELD_REACH)
                .anyMatch(c -> OPENING.equals(c.value().value()));
        draft.evidence.add(evidence(doc, facts, draft));
        return draft;
    }

    private static List<Role> subjectRoles(Trigger trigger, EventTypeRule rule) {
        List<String> names = trigger.subject();
        if (names.isEmpty()) return List.of();
        var roles = new ArrayList<Role>(names.size());
        for (String r : names) roles.add(r.equals("principal") ? rule.principal() : Role.valueOf(r));
        return Collections.unmodifiableList(roles);
    }

    private static boolean onlyMediators(Draft draft) {
        for (Role r : draft.roles.keySet()) if (r != Role.mediator) return false;
        return true;
    }

    /**
     * The trigger's subject: the possessor a light verb names for a noun with a pronoun on it, none for a participle,
     * else what {@link Subjects} finds; none when it only received what the noun names from another, or when the verb
     * is said in a speech (then it is a participle of the speech's verb).
     */
    private Groups.Group subjectOf(SentenceFacts facts, Hit<Trigger> hit, Draft draft, EventTypeRule rule, Groups groups, Groups sentence,
                                   Set<ActorPhrase> used, boolean determinerPossessive) {
        // "thanked Egypt for hosting the talks": the one credited hosts, participle or not, not the one who thanks.
        Groups.Group credited = subjects.credited(facts, sentence, hit, used);
        if (credited != null) return credited;
        // "Iran and the United States held their first negotiations": a light verb's subject still governs the noun.
        // "نقلت رويترز عنه قوله": the pronoun on a quoted speech noun is its speaker's, told where Subjects says.
        Groups.Group subject = hit.value().flags().contains("quotation") ? subjects.quotedSpeaker(facts, groups, hit, used)
                : draft.possessive && !determinerPossessive ? subjects.possessorAfterALightVerb(facts, groups, hit, used)
                : draft.participle ? subjects.quotedAsSaying(facts, groups, hit, used) : subjects.subject(facts, hit, groups, sentence, used);
        // "تلقت حماس مقترحا من الوسطاء": a proposal from someone is theirs; the light verb's subject only received it.
        if (subject != null && Subjects.receivedFromAnother(facts, draft, rule, subject)) return null;
        if (Subjects.saidInASpeech(facts, hit, subject)) {
            draft.participle = true;
            return null;
        }
        return subject;
    }

    /** A vote, an attack or a meeting whose subject is not the kind of actor that does it (see the flags on {@link Draft}). */
    private static void flagActsOfTheWrongSubject(SentenceFacts facts, Hit<Trigger> hit, Draft draft, Groups.Group subject) {
        Trigger trigger = hit.value();
        draft.voteOfNoBody = trigger.flags().contains("body-subject") && !subjectAmong(subject, Subjects.VOTING_BODIES);
        draft.attackByNoArmedSide = trigger.flags().contains("armed-subject") && !subjectAmong(subject, ARMED_SIDES);
        draft.sessionOfABody = draft.type == EventType.Meeting && trigger.verb() && subject != null && subject.phrases().size() == 1
                && subject.phrases().getFirst().type() != null && Subjects.VOTING_BODIES.contains(subject.phrases().getFirst().type())
                && !membersGather(facts, subject, hit);
    }

    /** The subject takes the trigger's subject roles, with its companions; the object follows the subject or the verb. */
    private void assignSubjectAndObject(SentenceFacts facts, Groups sentence, Hit<Trigger> hit, Draft draft, EventTypeRule rule,
                                        Groups groups, Groups.Group subject, Set<ActorPhrase> used) {
        Trigger trigger = hit.value();
        Groups.Group actors = trigger.verb() ? subject.governments() : subject;
        // "Fidan was received by al-Sharaa": the subject of a passive is the verb's object; its agent took the subject roles.
        boolean passive = trigger.object() != null && subjects.passiveWithAgent(facts, hit);
        draft.assign(actors, passive ? List.of(trigger.object()) : trigger.subject(), rule, used);
        draft.byTheSubjectsState = subjects.throughTheirState(facts, subject, hit);
        used.addAll(subject.phrases());
        for (ActorPhrase p : actors.phrases()) if (!p.isPlace()) draft.subject.add(p.slug());
        draft.signed |= !trigger.verb() && signingVerbBetween(facts, subject.first(), hit.first());
        draft.afterALightVerb = !trigger.verb() && subject.last() < hit.first() && Subjects.lightVerbBetween(facts, subject.first(), hit.first());
        Groups.Group companions = subjects.companions(facts, groups, hit.last(), used);
        if (companions != null) draft.assign(companions, trigger.subject(), rule, used);
        // "استضافت جدة اجتماعا": the city that stands for its state as host is also where the event was held.
        if (rule.takesPlace() && draft.places.isEmpty()) {
            subject.phrases().stream().filter(p -> p.isPlace() && p.state() != null && !PrepositionalArguments.placeOfSomethingElse(facts, sentence, p))
                    .findFirst().ifPresent(p -> draft.places.add(p.slug()));
        }
        // The object follows the subject (VSO) or, with the subject before the verb, the verb.
        int objectAfter = Math.max(subject.last(), hit.last());
        if (trigger.verb() && subject.first() > hit.last()) draft.subjectAfterLast = subject.last();
        Groups.Group object = trigger.object() == null ? null : groups.after(objectAfter, Subjects.SUBJECT_GAP, used);
        if (object != null && !Subjects.matterDiscussed(facts, objectAfter, object) && !originOfATrip(facts, trigger, object, draft)) {
            draft.assign(object, List.of(trigger.object()), rule, used);
        }
    }

    private static boolean originOfATrip(SentenceFacts facts, Trigger trigger, Groups.Group object, Draft draft) {
        return TRIPS.contains(draft.type) && "place".equals(trigger.object()) && PrepositionalArguments.originBeforeADestination(facts, object, draft.type);
    }

    /**
     * Without a subject of its own an English verb still has its object ("arrived in Jeddah and met MBS"), and so has
     * a noun whose partner a preposition written on it marks ("خلال اتصال هاتفي بالرئيس الأمريكي").
     */
    private void assignObjectAlone(SentenceFacts facts, Hit<Trigger> hit, Draft draft, EventTypeRule rule, Groups groups,
                                   Set<ActorPhrase> used) {
        Trigger trigger = hit.value();
        Groups.Group object = groups.after(hit.last(), Subjects.SUBJECT_GAP, used);
        if (object != null && !originOfATrip(facts, trigger, object, draft) && (trigger.object().equals("place") || draft.possessive || trigger.verb() && !verbFirst
                || trigger.verb() && (facts.counterpartAt(object.first()) || subjects.pronounOnAComplementizerBefore(facts, hit.first()))
                || !trigger.verb() && object.first() == hit.last() + 1 && subjects.prepositionWrittenOn(facts, object))) {
            draft.assign(object, List.of(trigger.object()), rule, used);
        }
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
                && facts.cuesOf("complementizer").stream().noneMatch(c -> c.first() > verb.last() && c.last() < noun.first());
    }

    /**
     * "أفادت الرئاسة بأن الرئيس عون شدد خلال اللقاء", "قال المتحدث إن الرئيس أكد خلال الاجتماع": the occasion a reported
     * speaker spoke at is that speaker's, not the outlet's that reports it, so a setting noun that took the outlet as
     * its subject takes the speaker instead.
     */
    private void settingsOfReportedSpeakers(SentenceFacts facts, List<Draft> all) {
        for (Draft inner : all) {
            Draft setting = inner.during;
            Draft outer = setting == null || setting.verb ? null : speechItReports(facts, inner, all);
            if (outer == null || setting.triggerFirst < inner.triggerFirst) continue;
            Set<String> held = setting.roles.get(lexicon.rule(setting.type).principal());
            if (held == null || !held.equals(outer.subject)) continue;
            held.clear();
            held.addAll(inner.subject);
        }
    }

    /**
     * A speech act inside what another reports is content, unless it was said at an occasion of its own ("أفادت
     * الرئاسة بأن الرئيس شدد خلال اللقاء"): a readout tells what its speaker said there.
     */
    private boolean reportedAsContent(SentenceFacts facts, Draft d, List<Draft> all) {
        return d.during == null && speechItReports(facts, d, all) != null;
    }

    /**
     * "Cavusoglu said Ankara welcomed the deal", "قال بلينكن إن ترحيب حماس بالقرار مؤشر إيجابي": a speech act of
     * another speaker inside what a speech verb reports (past its complementizer, or, in English, right after the verb
     * with no "that") is part of the content, not a statement of its own; the speech verb that reports it, or null. A
     * comma or a contrast cue ("while", "بينما") after the complementizer opens a clause of its own ("…, وهو ما نفاه").
     */
    private Draft speechItReports(SentenceFacts facts, Draft inner, List<Draft> all) {
        if (inner.type != EventType.Statement || inner.subject.isEmpty()) return null;
        for (Draft outer : all) {
            if (outer == inner || outer.type != EventType.Statement || !outer.verb || outer.triggerLast >= inner.triggerFirst) continue;
            if (!Collections.disjoint(outer.subject, inner.subject)) continue;
            int complementizer = Clauses.lastComplementizer(facts, outer.triggerLast, inner.triggerFirst);
            int opening = complementizer < 0 && !verbFirst ? outer.triggerLast : complementizer;
            if (opening < 0) continue;
            if (!facts.punctuationBetween(opening, inner.triggerFirst) && !clauseBreakBetween(facts, opening, inner.triggerFirst)) return outer;
        }
        return null;
    }

    private static boolean clauseBreakBetween(SentenceFacts facts, int after, int before) {
        for (Hit<Cue> c : facts.cuesOf(CLAUSE_BREAKS)) if (c.first() > after && c.last() < before) return true;
        return false;
    }

    /**
     * "Israel, which Hamas said had violated the truce", "Netanyahu, whom Washington accuses of …": a speech verb whose
     * subject follows a relative pronoun reports what the noun before it is, content of the sentence, no statement
     * of its own, unless the text dates it ("which Washington said on Monday had …").
     */
    private boolean speechInARelativeClause(SentenceFacts facts, Groups sentence, Draft speech) {
        if (speech.type != EventType.Statement || !speech.verb || speech.subject.isEmpty() || speech.triggerFirst == 0) return false;
        Groups.Group subject = sentence.within(0, speech.triggerFirst - 1).before(speech.triggerFirst, Set.of());
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
                && p.first() > hit.last() && p.first() - hit.last() <= PrepositionalArguments.PREPOSITION_GAP).findFirst().orElse(null);
        if (invaded == null) return;
        Role invader = lexicon.rule(draft.type).principal();
        Set<String> sides = new LinkedHashSet<>(draft.actors(invader));
        draft.roles.remove(invader);
        if (sides.isEmpty() && !hit.value().verb()) Subjects.genitiveBefore(facts, hit.first()).ifPresent(p -> sides.add(p.slug()));
        sides.add(invaded.slug());
        draft.type = EventType.Conflict;
        sides.forEach(side -> draft.add(Role.party, side));
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

    /**
     * "تشن إسرائيل حربا على قطاع غزة", "الحرب الإسرائيلية ضد القطاع": a war whose place a word of its target governs is
     * waged on a territory, not between the states the text names (الحرب الروسية على أوكرانيا is between two).
     */
    private static boolean wagedOnATerritory(SentenceFacts facts, Draft draft) {
        for (ActorPhrase p : facts.phrases()) if (p.isPlace() && draft.places.contains(p.slug()) && facts.cueEndsAt(p.first() - 1, TARGET)) return true;
        return false;
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
        return phrase.canBePlace() && (phrase.method().equals("gazetteer") || phrase.method().equals("place") || phrase.method().equals(ActorPhrase.AREA));
    }

    /** "وقع الوزيران على الاتفاق", "signed a ceasefire agreement": the noun's subject is a signing verb's. */
    private static boolean signingVerbBetween(SentenceFacts facts, int subjectFirst, int noun) {
        return facts.triggers().stream().anyMatch(t -> t.value().flags().contains("signatory")
                && t.first() >= subjectFirst - Subjects.LIGHT_VERB_REACH && t.last() < noun);
    }

    /** "NATO defence ministers met", "اجتمع وزراء خارجية دول الخليج": a body's members gathering meet; the body alone sits in session. */
    private static boolean membersGather(SentenceFacts facts, Groups.Group subject, Hit<Trigger> verb) {
        int from = Math.min(verb.last() + 1, subject.first());
        int to = Math.max(verb.first() - 1, subject.last());
        return facts.cuesOf("proxy-noun").stream().anyMatch(c -> c.first() >= from && c.last() <= to);
    }

    /** Whether a verb's subject is named and every actor in it is of one of the kinds. */
    private static boolean subjectAmong(Groups.Group subject, Set<ActorType> kinds) {
        return subject != null && subject.phrases().stream().allMatch(p -> kinds.contains(p.type()));
    }

    /**
     * "his eighth trip", "their meeting": a possessive determiner before a noun, an ordinal aside, does what the
     * Arabic pronoun suffix does (رحلته، لقائهما): the noun's subject is the pronoun's referent.
     */
    private static boolean possessiveDeterminerBefore(SentenceFacts facts, int noun) {
        int word = noun - 1;
        for (Hit<Integer> ordinal : facts.ordinals()) if (ordinal.last() == word) word = ordinal.first() - 1;
        for (Hit<Cue> c : facts.cuesOf("possessive")) if (c.last() == word) return true;
        return false;
    }

    private static boolean afterComma(SentenceFacts facts, int token) {
        return token > 0 && facts.sentence().tokens().get(token - 1).surface().equals(",");
    }

    /** "الاتفاق", "the agreement": the noun carries the article, or stands right after it. */
    private boolean definiteNoun(SentenceFacts facts, int noun) {
        List<Token> tokens = facts.sentence().tokens();
        return names.hasArticle(tokens.get(noun)) || noun > 0 && lexicon.isDefiniteArticle(tokens.get(noun - 1).surface());
    }

    /**
     * "The next round of talks will be held in Geneva", "the summit will take place in Riyadh": a gathering noun
     * whose own verb, before any other trigger, says it is held; "will not take place" says it is not. An Arabic verb
     * may also stand right before its noun ("وانعقدت القمة في جدة").
     */
    private static boolean saidToBeHeld(SentenceFacts facts, int n) {
        int noun = facts.triggers().get(n).last();
        int before = facts.triggers().get(n).first() - 1;
        for (Hit<Cue> c : facts.cuesOf(HELD_GATHERING)) if (c.last() == before) return true;
        return facts.cuesOfItsClause(n, HELD_GATHERING, HELD_REACH)
                .anyMatch(held -> facts.cuesOf(NEGATION).stream().noneMatch(c -> c.first() > noun && c.last() < held.first()));
    }

    /**
     * "جولة جديدة من المحادثات", "مفاوضات جديدة", "a new round of talks", "fresh talks": an another-round word inside the
     * trigger or on the side its adjectives stand (after it in Arabic, before it in English). "آخر مستجدات المفاوضات"
     * (the latest on the talks) stands before the Arabic noun and says nothing of a round.
     */
    private boolean calledAnotherRound(SentenceFacts facts, Hit<Trigger> hit) {
        int from = verbFirst ? hit.first() : hit.first() - 1;
        int to = verbFirst ? hit.last() + 1 : hit.last();
        for (Hit<Cue> c : facts.cuesOf(ANOTHER_ROUND)) if (c.first() >= from && c.last() <= to) return true;
        return false;
    }

    private static Evidence evidence(Document doc, SentenceFacts facts, Draft draft) {
        var s = facts.sentence();
        double confidence = (draft.verb ? 0.8 : 0.7) * (draft.fromDiscourse ? 0.85 : 1.0);
        return new Evidence(s.index(), doc.codePointOffset(s.start()), doc.codePointOffset(s.end()), s.text(),
                Math.round(confidence * 100) / 100.0, "trigger:" + draft.type + (draft.fromDiscourse ? "+discourse" : ""));
    }
}
