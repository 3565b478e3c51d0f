package org.diplokg.extract;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.diplokg.lexicon.Cue;
import org.diplokg.lexicon.EventLexicon;
import org.diplokg.lexicon.NameLexicon;
import org.diplokg.lexicon.PhraseIndex.Hit;
import org.diplokg.model.EventType;
import org.diplokg.model.Role;
import org.diplokg.text.MatchKeys;
import org.diplokg.text.Token;

/**
 * Events told as the occasion or setting of another: a call or meeting set by "during" / "في" around the sentence's
 * verb ("وفي اتصال هاتفي، حث بلينكن", "During the meeting, Sisi told Blinken"), talks held in a call, meetings held
 * during a trip ("زيارة التقى خلالها"), the tour a visit is a stop of, a trip told again in apposition. Whoever acts
 * in the main clause is who held the setting.
 */
final class Occasions {
    /** Prepositions that make an event noun after them the setting of the main verb ("وفي اتصال", "during the call"). */
    private static final Set<String> SETTING_CUES = Set.of("adjunct", "during", "setting");
    /** Adverbials of how people talked, each its own setting: "by phone", "over the phone". */
    private static final Set<String> MEDIUM = Set.of("medium");
    /** Words for the start or end of a trip, between an adjunct and the trip noun (في ختام زيارته). */
    private static final Set<String> PHASE_OF_A_TRIP = Set.of("phase");
    /** Events whose traveller is all they need (زيارته، جولته، "his visit"). */
    private static final Set<String> LIGHT_VERB = Set.of("light-verb");
    /** Words from the comma of an apposition to its head noun: a determiner and two modifiers ("his first foreign trip"). */
    private static final int APPOSITION_REACH = 4;
    /** The flag of an event word that reports an event only with "with" and an actor after it. */
    private static final String WITH_ACTOR = "with-actor";
    /** "visiting" before a person's name. */
    private static final Set<String> VISITOR = Set.of(RuleExtractor.VISITOR_CUE);

    private final EventLexicon lexicon;
    private final NameLexicon names;

    Occasions(EventLexicon lexicon, NameLexicon names) {
        this.lexicon = lexicon;
        this.names = names;
    }

    /**
     * "وفي اتصال هاتفي أمس، حث بلينكن الرئيس علييف", "During the meeting, Sisi told Blinken": a meeting or call named
     * as the setting of the sentence's verb, with no participants of its own, is between the verb's subject and the
     * actor right after it; a visit so named is the subject's, and that actor its host.
     */
    void settingOfTheMainVerb(SentenceFacts facts, Groups sentence, List<Draft> all) {
        for (Draft d : all) {
            // "During his visit to Ankara, Orban met Erdogan": a possessed trip opening the sentence is the main subject's.
            if (d.verb || d.possessive && !SharedArguments.TRIPS.contains(d.type) || lexicon.rule(d.type).principal() != Role.participant
                    || !d.actors(Role.participant).isEmpty()) continue;
            if (!setByACue(facts, d)) continue;
            Draft main = all.stream().filter(v -> v.verb && !v.subject.isEmpty() && v != d).findFirst().orElse(null);
            if (main == null) continue;
            var opening = openingSubject(sentence, d);
            if (opening.isPresent() && trailingAttribution(facts, d, main)) {
                opening.get().phrases().stream().filter(p -> !p.isPlace()).forEach(p -> d.add(Role.participant, p.slug()));
                continue;
            }
            Groups.Group addressee = sentence.after(endOfVerbAndSubject(facts, main), 0, Set.of());
            if (callWithoutAPersonAddressed(facts, d, addressee)) continue;
            main.subject.forEach(a -> d.add(Role.participant, a));
            // "met Xi during a visit to Beijing": the one met on a trip receives the traveller; only the traveller visits.
            Role addresseeRole = d.type == EventType.Visit ? Role.host : Role.participant;
            if (addressee != null) addressee.phrases().stream().filter(p -> !p.isPlace()).forEach(p -> d.add(addresseeRole, p.slug()));
        }
    }

    /**
     * "بحث الوزير مع نظيره، في اتصال هاتفي، التطورات", "discussed the situation with his counterpart in a phone call":
     * talks a verb reports as held in a call, named as its setting, are that call; the verb's participants join it
     * and the verb is no meeting of its own.
     */
    void talksHeldInACall(SentenceFacts facts, List<Draft> all) {
        for (Draft call : all) {
            if (call.type != EventType.PhoneCall || call.verb || !afterAdjunct(facts, call.triggerFirst)) continue;
            for (Draft talks : all) {
                if (talks.type != EventType.Meeting || !talks.verb || talks.describes != null) continue;
                talks.actors(Role.participant).forEach(a -> call.add(Role.participant, a));
                call.subject.addAll(talks.subject);
                talks.describes = call;
            }
        }
    }

    /**
     * "Erdogan discussed the plan with Putin in a phone call on May 30", "In a phone call on Wednesday, Salman and
     * Raisi discussed regional tensions": a call or meeting named as the setting of a verb no trigger reads ("discussed",
     * "raised") was held by that verb's subject, the first group of the sentence no preposition governs, before the
     * setting unless the setting opens the sentence; the actor it talked "with" before the setting is its other side.
     * A reading verb before the setting has its own subject to give; a bare trip ("handed Khamenei a letter during an
     * official visit to Tehran") is the subject's unless it went to his own state. English only: an Arabic clause
     * (VSO) does not open with its subject.
     */
    void subjectOfAnUnreadVerb(SentenceFacts facts, Groups sentence, List<Draft> all) {
        for (Draft d : all) {
            if (d.verb || d.possessive || !d.subject.isEmpty() || lexicon.rule(d.type).principal() != Role.participant
                    || !setByACue(facts, d)) continue;
            boolean bareTrip = SharedArguments.TRIPS.contains(d.type) && !d.definite && d.actors(Role.participant).isEmpty();
            if (MatchKeys.isArabic(facts.sentence().tokens().get(d.triggerFirst).surface())) continue;
            if (all.stream().anyMatch(v -> v.verb && v.triggerFirst < d.triggerFirst)) continue;
            Groups.Group subject = sentence.subjectAfter(facts, -1, Integer.MAX_VALUE, Set.of());
            boolean fronted = facts.governingWord(d.triggerFirst, lexicon) == 0;
            if (subject == null || !fronted && subject.last() > d.triggerFirst || bareTrip && atHome(facts, d, subject)) continue;
            Groups.Group object = SharedArguments.TRIPS.contains(d.type) ? null : directObject(facts, sentence, subject, d);
            if (callWithoutAPersonAddressed(facts, d, object)) continue;
            subject.phrases().stream().filter(p -> !p.isPlace()).forEach(p -> {
                d.add(Role.participant, p.slug());
                d.subject.add(p.slug());
            });
            if (object != null) object.phrases().stream().filter(ActorPhrase::isPerson).forEach(p -> d.add(Role.participant, p.slug()));
            for (Groups.Group g = sentence.after(subject.last(), Integer.MAX_VALUE, Set.of()); g != null && g.last() < d.triggerFirst;
                 g = sentence.after(g.last(), Integer.MAX_VALUE, Set.of())) {
                if (participantPrepositionBefore(facts, g, d.type)) g.phrases().stream().filter(p -> !p.isPlace()).forEach(p -> d.add(Role.participant, p.slug()));
            }
        }
    }

    /**
     * "Trump floated his idea at a joint news conference in Washington with visiting Prime Minister Netanyahu", "the
     * president told a joint news conference in Cairo with his Algerian counterpart": a meeting noun that needs its
     * "with" (triggers flag with-actor) names only the other side; the clause's subject faced the press with it. That
     * subject is the one a verb before the noun has, else the first group the sentence opens with, no preposition governing it;
     * in a sentence that opens with a participle ("Speaking at a joint news conference …, flanked by Hun Manet, Anwar
     * said"), the subject of the main verb after it.
     */
    void jointAppearances(SentenceFacts facts, Groups sentence, List<Draft> all) {
        for (Draft d : all) {
            if (d.verb || d.type != EventType.Meeting || !d.subject.isEmpty() || d.actors(Role.participant).isEmpty()
                    || !needsItsWith(facts, d)) continue;
            Draft main = all.stream().filter(v -> v.verb && v.triggerLast < d.triggerFirst && !v.subject.isEmpty()).findFirst().orElse(null);
            if (main == null && opensWithAParticiple(facts)) main = mainVerbAfter(d, all);
            // on the verb's day too: "floated his idea on February 4, at a joint news conference"
            if (main != null) d.sharesSubjectWith = main;
            Set<String> subject = main != null ? main.subject : openingSubjectBefore(facts, sentence, d);
            d.subjectUntold = subject.isEmpty();
            subject.forEach(a -> {
                d.add(Role.participant, a);
                d.subject.add(a);
            });
        }
    }

    /**
     * "met with visiting Dutch Prime Minister Mark Rutte", "a joint news conference in Washington with visiting Israeli
     * Prime Minister Benjamin Netanyahu": a person of a meeting whom "visiting" introduces came to where it was held.
     */
    void visitorsMet(SentenceFacts facts, List<Draft> all) {
        if (facts.cuesOf(VISITOR).isEmpty()) return;
        List<ActorPhrase> visitors = facts.phrases().stream().filter(p -> p.isPerson() && p.first() > 0
                && facts.cueEndsAt(p.first() - 1, VISITOR)).toList();
        for (Draft d : all) {
            if (d.type != EventType.Meeting) continue;
            visitors.stream().map(ActorPhrase::slug).filter(d.actors(Role.participant)::contains).forEach(d.visitors::add);
        }
    }

    /**
     * "Fidan, the most senior Turkish official to travel to the Syrian capital since the regime fell, was received by
     * al-Sharaa": the trip an apposition's infinitive tells is the one the main clause after it is set on; it takes that
     * clause's day.
     */
    void tripsOfAnApposition(SentenceFacts facts, List<Draft> all) {
        List<Token> tokens = facts.sentence().tokens();
        for (Draft d : all) {
            if (d.type != EventType.Visit || !d.verb || Subjects.nameBeforeAnInfinitiveApposition(facts, lexicon, d.triggerFirst) < 0) continue;
            int closing = d.triggerLast + 1;
            while (closing < tokens.size() && !Groups.isComma(tokens.get(closing).surface())) closing++;
            int mainFrom = closing;
            all.stream().filter(v -> v.verb && v.triggerFirst > mainFrom).findFirst().ifPresent(main -> {
                d.sharesSubjectWith = main;
                d.tripOfTheMainClause = true;
            });
        }
    }

    /** "Speaking at a joint news conference …, Anwar said": a sentence that opens with a participle, whose subject comes later. */
    private boolean opensWithAParticiple(SentenceFacts facts) {
        int first = facts.datelineEnd() + 1;
        return first < facts.sentence().tokens().size() && lexicon.isPresentParticiple(facts.sentence().tokens().get(first).surface());
    }

    /** The first verb after the noun with a subject of its own: the main clause an opening participle belongs to. */
    private static Draft mainVerbAfter(Draft d, List<Draft> all) {
        return all.stream().filter(v -> v.verb && v.triggerFirst > d.triggerLast && !v.subject.isEmpty()).findFirst().orElse(null);
    }

    private static boolean needsItsWith(SentenceFacts facts, Draft d) {
        return facts.triggers().stream().anyMatch(t -> t.first() == d.triggerFirst && t.value().flags().contains(WITH_ACTOR));
    }

    /** The people and bodies of the group the sentence opens with, when it stands before the noun; else none. */
    private Set<String> openingSubjectBefore(SentenceFacts facts, Groups sentence, Draft d) {
        Groups.Group g = sentence.subjectAfter(facts, -1, Integer.MAX_VALUE, Set.of());
        if (g == null || g.last() >= d.triggerFirst) return Set.of();
        return g.phrases().stream().filter(p -> !p.isPlace()).map(ActorPhrase::slug).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /**
     * "Putin congratulated Trump by phone", not "a Hamas official told AFP by phone": a bare medium is a call only with
     * a person the subject addressed.
     */
    private boolean callWithoutAPersonAddressed(SentenceFacts facts, Draft setting, Groups.Group addressee) {
        return facts.cueEndsAt(setting.triggerLast, MEDIUM) && (addressee == null || addressee.phrases().stream().noneMatch(ActorPhrase::isPerson));
    }

    /**
     * "Abbas thanked Macron in a phone call", "Putin congratulated Trump by phone": the people right after the one word
     * of the unread verb are whom the subject addressed, the other side of the call. A state or body there is more
     * often what was discussed ("discussed Ukraine in a phone call"), and is left out; so is whom a traveller addressed
     * on a trip ("gave King Abdullah an invitation during a visit to Amman"), who did not travel.
     */
    private static Groups.Group directObject(SentenceFacts facts, Groups sentence, Groups.Group subject, Draft setting) {
        Groups.Group object = sentence.after(subject.last(), 1, Set.of());
        if (object == null || object.first() != subject.last() + 2 || object.last() >= setting.triggerFirst
                || facts.sentence().tokens().get(subject.last() + 1).isPunct()) return null;
        return object;
    }

    /**
     * "وتلقى الرئيس السوري … دعوة من نظيره خلال زيارة إلى دمشق": no one visits his own state; a trip there is a
     * visitor's the clause does not make its subject (who received him, or a message he brought).
     */
    private static boolean atHome(SentenceFacts facts, Draft trip, Groups.Group subject) {
        Set<String> destinations = new HashSet<>(trip.places);
        facts.phrases().stream().filter(p -> trip.places.contains(p.slug()) && p.state() != null).forEach(p -> destinations.add(p.state()));
        return subject.phrases().stream().anyMatch(p -> p.state() != null && destinations.contains(p.state()) || destinations.contains(p.slug()));
    }

    /** Whether a preposition that makes its object a participant of such an event governs the group ("with Putin"). */
    private boolean participantPrepositionBefore(SentenceFacts facts, Groups.Group g, EventType type) {
        int word = facts.governingWord(g.first(), lexicon);
        return facts.prepositions().stream().anyMatch(p -> p.last() == word
                && p.value().stream().anyMatch(r -> r.givesParticipant(type)));
    }

    /**
     * "Putin and Trump discussed Ukraine in a phone call …, the Kremlin said": the clause the setting is in opens with
     * its subject, who held the call; what the verb no trigger reads takes after it ("Ukraine") is no side of it.
     */
    private static Optional<Groups.Group> openingSubject(Groups sentence, Draft setting) {
        return Optional.ofNullable(sentence.after(-1, 0, Set.of())).filter(g -> g.last() < setting.triggerFirst);
    }

    /**
     * "… discussed Syria in a phone call on Wednesday, the Kremlin said": a speech verb after the setting, past a
     * comma, reports the clause the setting is in; its speaker took no part in the call.
     */
    private static boolean trailingAttribution(SentenceFacts facts, Draft setting, Draft main) {
        return main.type == EventType.Statement && main.triggerFirst > setting.triggerLast && facts.sentence().tokens()
                .subList(setting.triggerLast + 1, main.triggerFirst).stream().anyMatch(t -> t.surface().equals(","));
    }

    /**
     * "سلمها المستشار أنور قرقاش إلى عراقجي خلال زيارته طهران", "Gargash handed it to Araghchi during his visit to
     * Tehran": a possessed trip set by "during" after a verb no trigger reads, with no earlier verb whose subject it
     * could share, is that verb's subject's: the nearest actor before it that no preposition governs. A trip is whole
     * with its traveller; a possessed meeting would still lack its other side ("قررت اللجنة، في اجتماعها").
     */
    void possessorOfASetting(SentenceFacts facts, Groups sentence, List<Draft> all) {
        for (Draft d : all) {
            boolean determiner = facts.cueEndsAt(d.triggerFirst - 1, Set.of("possessive"));
            if (!SharedArguments.TRIPS.contains(d.type) || !d.possessive || !d.subject.isEmpty() || !afterAdjunct(facts, determiner ? d.triggerFirst - 1 : d.triggerFirst)) continue;
            if (all.stream().anyMatch(e -> e.verb && e.triggerLast < d.triggerFirst)) continue;
            Groups.Group before = sentence.ungovernedFrom(facts, sentence.before(d.triggerFirst, Set.of()), Set.of());
            if (before == null) continue;
            Role principal = lexicon.rule(d.type).principal();
            before.phrases().stream().filter(p -> !p.isPlace()).forEach(p -> {
                d.add(principal, p.slug());
                d.subject.add(p.slug());
            });
        }
    }

    /**
     * "أجرى فيدان زيارة إلى دمشق، التقى خلالها الرئيس الشرع", "في زيارة يلتقي خلالها بري": "during" with a pronoun
     * (خلالها، خلاله) right after a meeting verb points back to the trip the sentence told before it; the traveller
     * holds the meeting, on the trip's day and where the trip went, and the actor after the verb is the one met.
     */
    void meetingsDuringTheTrip(SentenceFacts facts, List<Draft> all) {
        List<Hit<Cue>> during = facts.cuesOf("during");
        if (during.isEmpty()) return;
        List<Draft> trips = all.stream().filter(d -> SharedArguments.TRIPS.contains(d.type) && !d.actors(Role.participant).isEmpty()).toList();
        for (Hit<Cue> cue : during) {
            if (!pointsBackToATrip(facts, cue, all)) continue;
            Draft meeting = meetingAround(facts, cue, all);
            if (meeting == null) continue;
            Draft trip = Draft.lastBefore(trips, meeting.triggerFirst);
            if (trip == null) continue;
            meeting.subject.clear();
            trip.actors(Role.participant).forEach(traveller -> {
                meeting.add(Role.participant, traveller);
                meeting.subject.add(traveller);
            });
            heldDuring(meeting, trip, whereTheTripWent(trips, trip, meeting));
        }
    }

    /**
     * "وخلال زيارته إلى الدوحة، بحث بلينكن مع أمير قطر", "التقى ماكرون ولي العهد خلال زيارته للرياض": a meeting its
     * traveller held on a trip the sentence names as its setting took place where the trip went, during the trip.
     */
    void meetingsOnTheirSettingTrip(SentenceFacts facts, List<Draft> all) {
        for (Draft trip : all) {
            if (!SharedArguments.TRIPS.contains(trip.type) || trip.verb || trip.places.isEmpty() || !setByACue(facts, trip)) continue;
            for (Draft meeting : all) {
                if (meeting.type != EventType.Meeting || !meeting.verb || !meeting.places.isEmpty() || meeting.during != null
                        || trip.actors(Role.participant).stream().noneMatch(meeting.actors(Role.participant)::contains)) continue;
                heldDuring(meeting, trip, trip.places);
            }
        }
    }

    /** The meeting took place during the trip, and where the trip went unless its own sentence says where. */
    private static void heldDuring(Draft meeting, Draft trip, Set<String> whereTheTripWent) {
        if (meeting.places.isEmpty()) meeting.places.addAll(whereTheTripWent);
        meeting.during = trip;
    }

    /**
     * An event noun an adjunct, "during" or "on the sidelines of" governs, a possessive determiner aside; for a trip,
     * also over the word of its start or end ("في ختام زيارته", at the end of his visit).
     */
    private boolean setByACue(SentenceFacts facts, Draft d) {
        int noun = facts.cueEndsAt(d.triggerFirst - 1, Set.of("possessive")) ? d.triggerFirst - 1 : d.triggerFirst;
        int word = facts.governingWord(noun, lexicon);
        boolean trip = SharedArguments.TRIPS.contains(d.type);
        boolean phase = trip && facts.cueEndsAt(word, PHASE_OF_A_TRIP);
        return afterAdjunct(facts, phase ? word : noun) || trip && duringReaches(facts, noun) || facts.cueEndsAt(d.triggerLast, MEDIUM);
    }

    /**
     * "during an official visit to Tehran", "during a two-day visit": "during" reaches a trip past the words that
     * qualify it, within its window and the same phrase (no comma between).
     */
    private static boolean duringReaches(SentenceFacts facts, int noun) {
        List<Token> tokens = facts.sentence().tokens();
        return facts.cuesOf("during").stream().anyMatch(c -> c.value().reaches(c.last(), noun)
                && tokens.subList(c.last() + 1, noun).stream().noneMatch(t -> Groups.isComma(t.surface())));
    }

    /**
     * "وصل عراقجي إلى بغداد في زيارة رسمية، وبحث خلالها": the trip noun "during" points back to may leave its place
     * to the arrival verb of the same traveller before it, one trip told twice.
     */
    private static Set<String> whereTheTripWent(List<Draft> trips, Draft trip, Draft meeting) {
        if (!trip.places.isEmpty()) return trip.places;
        Set<String> where = Set.of();
        for (Draft d : trips) {
            if (d.triggerLast < meeting.triggerFirst && !d.places.isEmpty()
                    && d.actors(Role.participant).stream().anyMatch(trip.actors(Role.participant)::contains)) where = d.places;
        }
        return where;
    }

    /**
     * The meeting "during" tells the occasion of: a meeting verb right before it ("التقى خلالها"), or the meeting
     * noun right after the cue's words that a light verb right before it governs ("وعقد خلال الزيارة لقاء مع").
     */
    private static Draft meetingAround(SentenceFacts facts, Hit<Cue> cue, List<Draft> all) {
        Draft verb = Draft.lastBefore(all, cue.first());
        if (verb != null && verb.type == EventType.Meeting && verb.verb && verb.triggerLast == cue.first() - 1) return verb;
        boolean lightVerb = facts.cueEndsAt(cue.first() - 1, LIGHT_VERB);
        Draft noun = Draft.firstAfter(all, cue.last());
        return lightVerb && noun != null && noun.type == EventType.Meeting && !noun.verb && noun.triggerFirst <= cue.last() + 2 ? noun : null;
    }

    /**
     * "خلالها" (during it), or "خلال الزيارة" (during the visit) whose noun reports no event of its own, as it is the
     * trip the sentence told already.
     */
    private boolean pointsBackToATrip(SentenceFacts facts, Hit<Cue> cue, List<Draft> all) {
        List<Token> tokens = facts.sentence().tokens();
        if (lexicon.hasPronounSuffix(tokens.get(cue.last()).surface())) return true;
        int next = cue.last() + 1;
        return next < tokens.size() && names.hasArticle(tokens.get(next)) && all.stream().noneMatch(d -> d.triggerFirst == next);
    }

    /**
     * "ووصل هوكشتاين إلى بيروت في إطار جولة إقليمية", "arrived in Beirut on a regional tour": a new (indefinite) tour with no traveller of its own, reported
     * after a visit, is the visitor's; the visit is a stop of it. A definite one ("before the trip ends") points back
     * to a tour already told, which the discourse keeps.
     */
    void tourOfTheVisitor(List<Draft> all) {
        Draft visit = firstVisitWithAVisitor(all);
        if (visit == null) return;
        for (Draft d : all) {
            if (d.type != EventType.Tour || d.verb || d.possessive || d.definite || !d.actors(Role.participant).isEmpty()
                    || d.triggerFirst < visit.triggerLast) continue;
            visit.actors(Role.participant).forEach(a -> d.add(Role.participant, a));
        }
    }

    private static Draft firstVisitWithAVisitor(List<Draft> all) {
        for (Draft d : all) if (d.type == EventType.Visit && !d.actors(Role.participant).isEmpty()) return d;
        return null;
    }

    /**
     * "arrived in Beijing on Thursday for a state visit, his first trip abroad since taking office": a trip noun that
     * names no place, set off by a comma as the head of a phrase in apposition to a visit of the sentence, is that
     * visit told again, not a tour. ("…, the first leg of a regional tour": the tour is not what the phrase is.)
     */
    void tripsInAppositionToAVisit(SentenceFacts facts, List<Draft> all) {
        List<Token> tokens = facts.sentence().tokens();
        for (Draft d : all) {
            if (d.type != EventType.Tour || d.verb || !d.places.isEmpty()) continue;
            int comma = d.triggerFirst - 1;
            while (comma > 0 && d.triggerFirst - comma <= APPOSITION_REACH && !tokens.get(comma).isPunct() && !prepositionAt(facts, comma)) {
                comma--;
            }
            if (!tokens.get(comma).surface().equals(",")) continue;
            int at = comma;
            all.stream().filter(v -> v.type == EventType.Visit && v.triggerLast < at).reduce((a, b) -> b).ifPresent(visit -> d.describes = visit);
        }
    }

    private static boolean prepositionAt(SentenceFacts facts, int token) {
        return facts.prepositions().stream().anyMatch(p -> p.first() <= token && p.last() >= token);
    }

    /** An adjunct preposition right before the noun, an article aside ("in a phone call"). */
    private boolean afterAdjunct(SentenceFacts facts, int token) {
        return facts.cueEndsAt(facts.governingWord(token, lexicon), SETTING_CUES);
    }

    /** Where the verb and its subject end, in either order ("حث بلينكن", "Blinken urged"): its object follows. */
    private static int endOfVerbAndSubject(SentenceFacts facts, Draft verb) {
        int subjectEnd = facts.phrases().stream().filter(p -> verb.subject.contains(p.slug())).mapToInt(ActorPhrase::last)
                .max().orElse(verb.triggerLast);
        return Math.max(subjectEnd, verb.triggerLast);
    }
}
