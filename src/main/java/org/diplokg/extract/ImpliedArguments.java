package org.diplokg.extract;

import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.diplokg.lexicon.Cue;
import org.diplokg.lexicon.EventLexicon;
import org.diplokg.lexicon.NameLexicon;
import org.diplokg.lexicon.PhraseIndex.Hit;
import org.diplokg.model.EventType;
import org.diplokg.model.Role;
import org.diplokg.text.MatchKeys;
import org.diplokg.text.Token;

/**
 * Arguments a sentence gives its events outside their frames: actors its wording names by their part (mediator
 * nouns, lists after "بينهم" / "including", the setting of the main verb), and what talks and the agreement they
 * produced share (sides, mediators, place).
 */
final class ImpliedArguments {
    /** How far before a cue of its people a side may end: its proxy noun and a comma ("the U.S. delegation, led by"). */
    private static final int SIDE_REACH = 3;
    /** Words that may stand between a mediator noun and the actors it names ("الوسطاء في مصر"). */
    private static final int MEDIATOR_GAP = 1;
    /** Tokens from a verb of taking part to the event it names ("شارك في الاجتماع", "took part in a meeting"). */
    private static final int PARTICIPATION_GAP = 3;
    /** How many groups after a verb of heading may name its delegation before its head: "ترأس الوفد الروسي ميدينسكي". */
    private static final int HEAD_GROUPS = 2;
    /** Adjectives that may stand between a meeting noun and its verb of gathering (اجتماعا ثلاثيا موسعا ضم). */
    private static final int GATHERED_GAP = 3;
    /** Principal roles that a list after "including" / "بينهم" may fill. */
    private static final Set<Role> GATHERING_ROLES = Set.of(Role.participant, Role.party);
    /** Words that may stand between a compound role ("Russian-brokered") and its event noun ("truce", "interim truce"). */
    private static final int COMPOUND_REACH = 2;
    /** Prepositions that make an event noun after them the setting of the main verb ("وفي اتصال", "during the call"). */
    private static final Set<String> SETTING_CUES = Set.of("adjunct", "during");
    /** Events whose traveller is all they need (زيارته، جولته، "his visit"). */
    private static final Set<EventType> TRIPS = Set.of(EventType.Visit, EventType.Tour);
    /** The cue of a success ("نجاح") that makes a mediation the way an event after it was achieved. */
    private static final Set<String> REALIS = Set.of("realis");
    private static final Set<String> LIGHT_VERB = Set.of("light-verb");
    /** What a successful mediation achieves. */
    private static final Set<EventType> ACHIEVED = Set.of(EventType.Agreement, EventType.Ceasefire, EventType.Exchange);
    /** Words from the comma of an apposition to its head noun: a determiner and two modifiers ("his first foreign trip"). */
    private static final int APPOSITION_REACH = 4;
    private static final Set<EventType> DEALS_ACCEPTED = Set.of(EventType.Agreement, EventType.Ceasefire);
    /** Acts that whoever announces them may be making themselves: a truce, an exchange of prisoners. */
    private static final Set<EventType> ANNOUNCED_OWN = Set.of(EventType.Ceasefire, EventType.Exchange);
    /** How far after its noun a relative pronoun may stand: "المقترح الذي", "the plan, which". */
    private static final int RELATIVE_REACH = 2;
    /** How far after a relative pronoun its verb may stand: past an English subject ("which President Joe Biden announced"). */
    private static final int RELATIVE_SUBJECT_REACH = 5;

    private final EventLexicon lexicon;
    private final NameLexicon names;

    ImpliedArguments(EventLexicon lexicon, NameLexicon names) {
        this.lexicon = lexicon;
        this.names = names;
    }

    /**
     * "نجاح الوسطاء في مصر وقطر في التوصل إلى اتفاق", "Qatari and Egyptian mediators brokered the deal": the actors
     * a mediator noun designates mediate the nearest event of the sentence that can have mediators, whatever slot
     * they filled there. Talks held with them ("held talks with Egyptian mediators", "محادثات مع الوسطاء المصريين")
     * are so a negotiation, whose other side is the party.
     */
    void namedMediators(SentenceFacts facts, Groups sentence, List<Draft> all) {
        for (Hit<Cue> cue : facts.cues()) {
            boolean effort = cue.value().kind().equals("irrealis") && "effort".equals(cue.value().value());
            if (!cue.value().kind().equals("mediator-noun") && !effort) continue;
            Groups.Group named = effort ? nisbasOf(sentence, cue) : designated(facts, sentence, cue);
            Draft mediated = nearestMediated(all, cue.first());
            if (named == null || mediated == null) continue;
            if (mediated.talks && mediated.type == EventType.Meeting) asNegotiation(mediated);
            for (ActorPhrase p : named.phrases()) {
                if (p.isPlace() || effort && mediated.actors(lexicon.rule(mediated.type).principal()).contains(p.slug())) continue;
                mediated.roles.values().forEach(actors -> actors.remove(p.slug()));
                mediated.add(Role.mediator, p.slug());
            }
        }
    }

    /**
     * "المفاوضات بين إسرائيل وحماس التي تقودها قطر ومصر", "بعد مفاوضات تقودها الولايات المتحدة": a verb of leading
     * ("light-verb=leads") whose object pronoun points back to the talks right before it says who mediates them; the
     * actors right after it are those talks' mediators, and nothing else in them.
     */
    void talksLedByTheirMediators(SentenceFacts facts, Groups sentence, List<Draft> all) {
        List<Token> tokens = facts.sentence().tokens();
        for (Hit<Cue> cue : facts.cues()) {
            if (!cue.value().kind().equals("light-verb") || !"leads".equals(cue.value().value())
                    || !lexicon.hasPronounSuffix(tokens.get(cue.last()).surface())) continue;
            Draft talks = Draft.lastBefore(all, cue.first());
            Groups.Group leaders = sentence.after(cue.last(), 0, Set.of());
            if (talks == null || !talks.talks && talks.type != EventType.Negotiation || leaders == null) continue;
            if (talks.type == EventType.Meeting) asNegotiation(talks);
            for (ActorPhrase p : leaders.phrases()) {
                if (p.isPlace()) continue;
                talks.roles.values().forEach(actors -> actors.remove(p.slug()));
                talks.add(Role.mediator, p.slug());
            }
        }
    }

    /**
     * "أسفرت الجهود المصرية القطرية عن التوصل إلى اتفاق": the states of the nisba adjectives right after an effort noun
     * (and only they: "جهود إسرائيل لاستعادة الرهائن" are a side's) made the efforts; the sides of the event excepted,
     * they mediated it.
     */
    private static Groups.Group nisbasOf(Groups sentence, Hit<Cue> cue) {
        Groups.Group after = sentence.after(cue.last(), 0, Set.of());
        return after != null && after.first() == cue.last() + 1 && after.phrases().stream().allMatch(ActorPhrase::isBareDemonym) ? after : null;
    }

    /**
     * "a Russian-brokered ceasefire", "Qatari-mediated talks", "the Egyptian-drafted plan": an actor joined by a hyphen to a
     * role participle ("compound-role" cues) plays that role in the event noun right after it (talks mediated so are a
     * negotiation) and no other part in the sentence; see {@link #compoundRole}. One joined to a participle of control
     * ("compound-modifier": "the Houthi-controlled port", "the Hamas-run health ministry") only describes the noun
     * after it and plays no part at all.
     */
    void compoundRoles(SentenceFacts facts, List<Draft> all) {
        List<Token> tokens = facts.sentence().tokens();
        for (Hit<Cue> cue : facts.cues()) {
            boolean modifier = cue.value().kind().equals("compound-modifier");
            if (!modifier && !cue.value().kind().equals("compound-role") || cue.first() < 2 || !tokens.get(cue.first() - 1).surface().equals("-")) continue;
            ActorPhrase actor = facts.phrases().stream().filter(p -> p.last() == cue.first() - 2 && !p.isPlace()).findFirst().orElse(null);
            Draft event = all.stream().filter(d -> d.triggerFirst > cue.last() && d.triggerFirst - cue.last() <= COMPOUND_REACH).findFirst().orElse(null);
            if (actor == null || event == null && !modifier) continue;
            Role role = modifier ? null : compoundRole(Role.valueOf(cue.value().value()), event);
            if (role == Role.mediator && event.talks && event.type == EventType.Meeting) asNegotiation(event);
            if (facts.phrases().stream().filter(p -> p.slug().equals(actor.slug())).count() == 1) {
                all.forEach(d -> d.roles.values().forEach(actors -> actors.remove(actor.slug())));
            }
            if (role != null) event.add(role, actor.slug());
        }
    }

    /**
     * The part a compound's actor plays: a mediator mediates what can be mediated and is the principal actor of the
     * rest ("a U.S.-brokered plan"); another role ("drafted", "backed": an author's) is given only where it is the
     * principal ("Iran-backed Houthi attacks" are the Houthis'). A resolution's agent is the body that adopts it,
     * never the state that drafted or sponsored it; null when the actor plays no part.
     */
    private Role compoundRole(Role named, Draft event) {
        Role principal = lexicon.rule(event.type).principal();
        if (event.type == EventType.Resolution) return null;
        if (named == Role.mediator) return event.talks || lexicon.rule(event.type).mediated() ? Role.mediator : principal;
        return named == principal ? named : null;
    }

    /**
     * "The talks opened in Pretoria on Oct 25, with Obasanjo mediating alongside Kenyatta": an absolute participle of
     * mediation names the mediators of the nearest talks, negotiation or agreement before it (talks so described are
     * a negotiation); it describes that event and is none of its own.
     */
    void absoluteMediation(List<Draft> all) {
        for (Draft d : all) {
            if (!d.absolute || d.type != EventType.Negotiation || d.actors(Role.mediator).isEmpty()) continue;
            Draft mediated = null;
            for (Draft e : all) if (e.triggerLast < d.triggerFirst && (e.talks || lexicon.rule(e.type).mediated())) mediated = e;
            if (mediated == null) continue;
            if (mediated.talks && mediated.type == EventType.Meeting) asNegotiation(mediated);
            for (String m : d.actors(Role.mediator)) {
                mediated.roles.values().forEach(actors -> actors.remove(m));
                mediated.add(Role.mediator, m);
            }
            d.describes = mediated;
        }
    }

    /**
     * "began talks in Jeddah with Saudi and U.S. mediation", "held talks on Monday under U.S. mediation": a mediation
     * noun in the clause of the talks before it, with no other event between, names who mediated those talks (so a
     * negotiation), not partners met; it is no negotiation of its own. So does one a preposition governs after a
     * deal, truce or exchange ("exchanged 150 prisoners under Emirati mediation", "signed a peace agreement with U.S.
     * mediation"): it says who mediated that event.
     */
    void mediationOfTheTalks(SentenceFacts facts, List<Draft> all) {
        for (Draft mediation : all) {
            if (mediation.verb || mediation.type != EventType.Negotiation || !mediation.subjectRoles.contains(Role.mediator)
                    || mediation.actors(Role.mediator).isEmpty() || mediation.describes != null) continue;
            Draft talks = Draft.lastBefore(all, mediation.triggerFirst);
            if (talks == null || talks.describes != null) continue;
            boolean mediatedEvent = talks.type != EventType.Negotiation && lexicon.rule(talks.type).mediated()
                    && facts.governedByAPreposition(phraseStart(facts, mediation.triggerFirst), lexicon);
            if (!talks.talks && !mediatedEvent) continue;
            if (talks.type == EventType.Meeting) asNegotiation(talks);
            mediation.actors(Role.mediator).forEach(m -> {
                talks.roles.values().forEach(actors -> actors.remove(m));
                talks.add(Role.mediator, m);
            });
            mediation.describes = talks;
        }
    }

    /** Where the phrase of a noun begins: before the actors and coordinators right before it ("Egyptian and Qatari mediation"). */
    private int phraseStart(SentenceFacts facts, int noun) {
        int start = noun;
        while (start > 0) {
            int before = start - 1;
            var actor = facts.phrases().stream().filter(p -> p.last() == before).findFirst();
            if (actor.isPresent()) start = actor.get().first();
            else if (lexicon.isCoordinator(facts.sentence().tokens().get(before).surface())) start = before;
            else return start;
        }
        return start;
    }

    /**
     * "نجاح وساطة قادتها الإمارات بين روسيا وأوكرانيا في إنجاز عملية تبادل": a mediation said to have succeeded in
     * a deal, truce or exchange after it is how that event came about: its mediators and sides are that event's, and
     * it is no negotiation of its own (a mediation "للتوصل إلى اتفاق", still seeking the deal, stays one).
     */
    void mediationThatAchievedADeal(SentenceFacts facts, Groups sentence, List<Draft> all) {
        for (Draft mediation : all) {
            if (mediation.verb || mediation.type != EventType.Negotiation || !mediation.subjectRoles.contains(Role.mediator)
                    || mediation.describes != null || !facts.cueEndsAt(mediation.triggerFirst - 1, REALIS)) continue;
            Draft deal = all.stream().filter(d -> d.triggerFirst > mediation.triggerLast && ACHIEVED.contains(d.type))
                    .findFirst().orElse(null);
            if (deal == null) continue;
            Groups.Group leader = ledBy(facts, sentence, mediation);
            if (leader != null) leader.phrases().stream().filter(p -> !p.isPlace()).forEach(p -> mediation.add(Role.mediator, p.slug()));
            for (Role role : List.of(Role.mediator, Role.party)) {
                if (deal.actors(role).isEmpty()) mediation.actors(role).forEach(a -> deal.add(role, a));
            }
            mediation.describes = deal;
        }
    }

    /** "وساطة قادتها الإمارات": the subject of a leading verb right after the mediation noun, or null. */
    private static Groups.Group ledBy(SentenceFacts facts, Groups sentence, Draft mediation) {
        return facts.cues().stream().filter(c -> c.first() == mediation.triggerLast + 1 && c.value().kind().equals("light-verb"))
                .findFirst().map(c -> sentence.after(c.last(), 0, Set.of())).orElse(null);
    }

    /**
     * "شارك في المؤتمر قادة من 12 دولة، بينهم الرئيس الروسي … والرئيس التركي …", "leaders attended, including …":
     * the actors listed after the cue are principal actors of the nearest event before it, when that event gathers
     * several (a meeting's participants, a war's parties); a statement's "including a Palestinian state with
     * security guarantees for Israel" lists what was said, not who said it.
     */
    void listedParticipants(SentenceFacts facts, Groups sentence, List<Draft> all) {
        for (Hit<Cue> cue : facts.cues()) {
            if (!cue.value().kind().equals("list-intro") || !pointsBack(facts.sentence().tokens().get(cue.last()))) continue;
            Groups.Group listed = sentence.after(cue.last(), 0, Set.of());
            Draft event = Draft.lastBefore(all, cue.first());
            if (listed == null || event == null) continue;
            Role principal = lexicon.rule(event.type).principal();
            if (!GATHERING_ROLES.contains(principal)) continue;
            listed.phrases().stream().filter(p -> !p.isPlace()).forEach(p -> event.add(principal, p.slug()));
            if (listed.phrases().stream().anyMatch(ActorPhrase::isPerson)) namedInsteadOfTheirSide(facts, sentence, cue, event, principal);
        }
    }

    /**
     * "The U.S. delegation, led by Rubio and national security adviser Mike Waltz, met …": the people who head a
     * delegation or officials take part, in whatever role the side they stand for took, instead of that side. A side
     * named as itself ("between the army, led by Gen. al-Burhan, and the RSF, commanded by Dagalo") keeps its role,
     * and its leaders, who only say who it is, take none beside it.
     */
    void ledDelegations(SentenceFacts facts, Groups sentence, List<Draft> all) {
        for (Hit<Cue> cue : facts.cues()) {
            if (!cue.value().kind().equals("led-by")) continue;
            Groups.Group side = sentence.before(cue.first(), Set.of());
            Groups.Group leaders = sentence.after(cue.last(), 0, Set.of());
            if (leaders == null) continue;
            List<String> people = leaders.phrases().stream().filter(ActorPhrase::isPerson).map(ActorPhrase::slug).toList();
            if (people.isEmpty()) continue;
            if (side == null || cue.first() - side.last() > SIDE_REACH) {
                if (cue.first() > 0 && facts.sentence().tokens().get(cue.first() - 1).isPunct()) noSidesOfTheWar(all, people);
                continue;
            }
            for (ActorPhrase p : side.phrases()) {
                if (standsForItsSide(facts, p)) all.forEach(d -> standIn(d, p.slug(), people));
                else if (!p.isPlace()) all.forEach(d -> leadersBeside(d, p.slug(), people));
            }
        }
    }

    /**
     * "between the army, led by Gen. al-Burhan, and the RSF": a side the text names by a common noun in apposition is
     * no less a side of the war, and the leader who says who it is no side beside it.
     */
    private static void noSidesOfTheWar(List<Draft> all, List<String> leaders) {
        all.stream().filter(d -> d.type == EventType.Conflict && d.roles.containsKey(Role.party))
                .forEach(d -> d.roles.get(Role.party).removeAll(leaders));
    }

    private static void leadersBeside(Draft d, String side, List<String> people) {
        for (Role role : List.copyOf(d.roles.keySet())) {
            if (d.actors(role).contains(side)) d.roles.get(role).removeAll(people);
        }
    }

    /**
     * "وترأس الوفد الروسي ميدينسكي، فيما ترأس الوفد الأوكراني عمروف، وافتتح فيدان الاجتماع": whoever heads a delegation
     * takes part in the meeting, call or visit its sentence names, the nearest one to the verb.
     */
    void delegationHeads(SentenceFacts facts, Groups sentence, List<Draft> all) {
        for (Hit<Cue> cue : facts.cues()) {
            if (!cue.value().kind().equals("heads")) continue;
            Draft event = all.stream().filter(d -> lexicon.rule(d.type).principal() == Role.participant)
                    .min(Comparator.comparingInt(d -> Math.abs(d.triggerFirst - cue.first()))).orElse(null);
            List<String> heads = headsAfter(sentence, cue.last());
            if (event != null) heads.forEach(person -> event.add(Role.participant, person));
        }
    }

    /**
     * "وافتتح وزير الخارجية التركي هاكان فيدان الاجتماع": whoever opens a meeting named right after them, the verb's
     * object, hosts it.
     */
    void openers(SentenceFacts facts, Groups sentence, List<Draft> all) {
        for (Hit<Cue> cue : facts.cues()) {
            if (!cue.value().kind().equals("opening")) continue;
            Groups.Group subject = sentence.after(cue.last(), 0, Set.of());
            if (subject == null) continue;
            all.stream().filter(d -> d.triggerFirst == subject.last() + 1 && lexicon.rule(d.type).principal() == Role.participant)
                    .findFirst().ifPresent(meeting -> subject.phrases().stream().filter(p -> !p.isPlace())
                            .forEach(p -> meeting.add(Role.host, p.slug())));
        }
    }

    /** The people of the first group after the verb that names any, past the delegation it heads ("الوفد الروسي"). */
    private static List<String> headsAfter(Groups sentence, int verbLast) {
        Groups.Group group = sentence.after(verbLast, 0, Set.of());
        for (int k = 0; k < HEAD_GROUPS && group != null; k++) {
            List<String> people = group.phrases().stream().filter(ActorPhrase::isPerson).map(ActorPhrase::slug).toList();
            if (!people.isEmpty()) return people;
            group = sentence.after(group.last(), 0, Set.of());
        }
        return List.of();
    }

    private static void standIn(Draft d, String side, List<String> people) {
        for (Role role : List.copyOf(d.roles.keySet())) {
            if (!d.actors(role).contains(side)) continue;
            d.roles.get(role).remove(side);
            people.forEach(person -> d.add(role, person));
        }
    }

    /**
     * "met Ukrainian officials including Andriy Yermak …": the people listed are who took part for the side the noun
     * before the cue stands for, which then is no participant of its own.
     */
    private static void namedInsteadOfTheirSide(SentenceFacts facts, Groups sentence, Hit<Cue> cue, Draft event, Role principal) {
        Groups.Group side = sentence.before(cue.first(), Set.of());
        if (side == null || side.last() != cue.first() - 1 && side.last() != cue.first() - 2) return;
        side.phrases().stream().filter(p -> standsForItsSide(facts, p))
                .forEach(p -> event.roles.getOrDefault(principal, new HashSet<>()).remove(p.slug()));
    }

    /** "Ukrainian officials", "the U.S. delegation": a side named through the people who act for it. */
    private static boolean standsForItsSide(SentenceFacts facts, ActorPhrase p) {
        return p.method().equals("demonym+proxy")
                || facts.cues().stream().anyMatch(c -> c.value().kind().equals("proxy-noun") && c.first() == p.last() + 1);
    }

    /**
     * "عقد اجتماع ثلاثي شارك فيه فيدان وروبيو", "شارك في الاجتماع وزراء …", "ministers took part in the talks": the
     * subject of a verb of taking part is a participant of the meeting, call or visit named right after the verb, else
     * of the nearest one before it.
     */
    void takingPart(SentenceFacts facts, Groups sentence, List<Draft> all) {
        for (Hit<Cue> cue : facts.cues()) {
            if (!cue.value().kind().equals("participation")) continue;
            Draft event = all.stream().filter(d -> d.triggerFirst > cue.last() && d.triggerFirst <= cue.last() + PARTICIPATION_GAP)
                    .findFirst().orElseGet(() -> Draft.lastBefore(all, cue.first()));
            if (event == null || lexicon.rule(event.type).principal() != Role.participant) continue;
            Groups.Group before = sentence.before(cue.first(), Set.of());
            Groups.Group subject = before != null && before.last() == cue.first() - 1 ? before
                    : sentence.after(cue.last(), PARTICIPATION_GAP + 1, Set.of());
            if (subject != null) subject.phrases().stream().filter(p -> !p.isPlace()).forEach(p -> event.add(Role.participant, p.slug()));
        }
    }

    /**
     * "في اجتماع ضم وزراء خارجية مصر والسعودية وقطر", "خلال لقاء جمعه بالرئيس السيسي", "وجمعهما لقاء مغلق": a verb
     * of gathering whose subject is a meeting, named right before it (past its adjectives) or right after it; the
     * actors after the verb, past a "بين", took part in that meeting.
     */
    void gatheredParticipants(SentenceFacts facts, Groups sentence, List<Draft> all) {
        for (Hit<Cue> cue : facts.cues()) {
            if (!cue.value().kind().equals("gathers")) continue;
            Draft before = Draft.lastBefore(all, cue.first());
            Draft meeting = before != null && cue.first() - before.triggerLast <= GATHERED_GAP ? before
                    : all.stream().filter(d -> d.triggerFirst == cue.last() + 1).findFirst().orElse(null);
            if (meeting == null || meeting.type != EventType.Meeting) continue;
            Groups.Group gathered = sentence.after(cue.last(), 1, Set.of());
            if (gathered == null || meeting.triggerFirst > cue.last() && gathered.first() > meeting.triggerFirst) continue;
            gathered.phrases().stream().filter(p -> !p.isPlace()).forEach(p -> meeting.add(Role.participant, p.slug()));
        }
    }

    /**
     * "وفي اتصال هاتفي أمس، حث بلينكن الرئيس علييف", "During the meeting, Sisi told Blinken": a meeting or call named
     * as the setting of the sentence's verb, with no participants of its own, is between the verb's subject and the
     * actor right after it; a visit so named is the subject's, and that actor its host.
     */
    void settingOfTheMainVerb(SentenceFacts facts, Groups sentence, List<Draft> all) {
        for (Draft d : all) {
            // "During his visit to Ankara, Orban met Erdogan": a possessed trip opening the sentence is the main subject's.
            if (d.verb || d.possessive && !TRIPS.contains(d.type) || lexicon.rule(d.type).principal() != Role.participant
                    || !d.actors(Role.participant).isEmpty()) continue;
            boolean determiner = facts.cueEndsAt(d.triggerFirst - 1, Set.of("possessive"));
            if (!afterAdjunct(facts, determiner ? d.triggerFirst - 1 : d.triggerFirst)) continue;
            Draft main = all.stream().filter(v -> v.verb && !v.subject.isEmpty() && v != d).findFirst().orElse(null);
            if (main == null) continue;
            var opening = openingSubject(sentence, d);
            if (opening.isPresent() && trailingAttribution(facts, d, main)) {
                opening.get().phrases().stream().filter(p -> !p.isPlace()).forEach(p -> d.add(Role.participant, p.slug()));
                continue;
            }
            main.subject.forEach(a -> d.add(Role.participant, a));
            // "met Xi during a visit to Beijing": the one met on a trip receives the traveller; only the traveller visits.
            Role addresseeRole = d.type == EventType.Visit ? Role.host : Role.participant;
            Groups.Group addressee = sentence.after(endOfVerbAndSubject(facts, main), 0, Set.of());
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
     * A reading verb before the setting has its own subject to give. English only: an Arabic clause (VSO) does not
     * open with its subject.
     */
    void subjectOfAnUnreadVerb(SentenceFacts facts, Groups sentence, List<Draft> all) {
        for (Draft d : all) {
            if (d.verb || d.possessive || !d.subject.isEmpty() || lexicon.rule(d.type).principal() != Role.participant
                    || MatchKeys.isArabic(facts.sentence().tokens().get(d.triggerFirst).surface()) || !afterAdjunct(facts, d.triggerFirst)) continue;
            if (all.stream().anyMatch(v -> v.verb && v.triggerFirst < d.triggerFirst)) continue;
            Groups.Group subject = sentence.subjectAfter(facts, -1, Integer.MAX_VALUE, Set.of());
            boolean fronted = facts.governingWord(d.triggerFirst, lexicon) == 0;
            if (subject == null || !fronted && subject.last() > d.triggerFirst) continue;
            subject.phrases().stream().filter(p -> !p.isPlace()).forEach(p -> {
                d.add(Role.participant, p.slug());
                d.subject.add(p.slug());
            });
            for (Groups.Group g = sentence.after(subject.last(), Integer.MAX_VALUE, Set.of()); g != null && g.last() < d.triggerFirst;
                 g = sentence.after(g.last(), Integer.MAX_VALUE, Set.of())) {
                if (participantPrepositionBefore(facts, g, d.type)) g.phrases().stream().filter(p -> !p.isPlace()).forEach(p -> d.add(Role.participant, p.slug()));
            }
        }
    }

    /** Whether a preposition that makes its object a participant of such an event governs the group ("with Putin"). */
    private boolean participantPrepositionBefore(SentenceFacts facts, Groups.Group g, EventType type) {
        int word = facts.governingWord(g.first(), lexicon);
        return facts.prepositions().stream().anyMatch(p -> p.last() == word
                && p.value().stream().anyMatch(r -> r.role().equals(Role.participant.name()) && r.appliesTo(type)));
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
            if (!TRIPS.contains(d.type) || !d.possessive || !d.subject.isEmpty() || !afterAdjunct(facts, determiner ? d.triggerFirst - 1 : d.triggerFirst)) continue;
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
        List<Draft> trips = all.stream().filter(d -> TRIPS.contains(d.type) && !d.actors(Role.participant).isEmpty()).toList();
        for (Hit<Cue> cue : facts.cues()) {
            if (!cue.value().kind().equals("during") || !pointsBackToATrip(facts, cue, all)) continue;
            Draft meeting = meetingAround(facts, cue, all);
            if (meeting == null) continue;
            Draft trip = Draft.lastBefore(trips, meeting.triggerFirst);
            if (trip == null) continue;
            meeting.subject.clear();
            trip.actors(Role.participant).forEach(traveller -> {
                meeting.add(Role.participant, traveller);
                meeting.subject.add(traveller);
            });
            meeting.during = trip;
            if (meeting.places.isEmpty()) meeting.places.addAll(whereTheTripWent(trips, trip, meeting));
        }
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
        Draft noun = all.stream().filter(d -> d.triggerFirst > cue.last()).findFirst().orElse(null);
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
        Draft visit = all.stream().filter(d -> d.type == EventType.Visit && !d.actors(Role.participant).isEmpty()).findFirst().orElse(null);
        if (visit == null) return;
        for (Draft d : all) {
            if (d.type != EventType.Tour || d.verb || d.possessive || d.definite || !d.actors(Role.participant).isEmpty()
                    || d.triggerFirst < visit.triggerLast) continue;
            visit.actors(Role.participant).forEach(a -> d.add(Role.participant, a));
        }
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

    /**
     * "وقّع الطرفان إعلان جدة برعاية السعودية والولايات المتحدة بعد أسبوع من المحادثات", "the deal, brokered by Qatar,
     * came after weeks of talks": talks reported with a mediated agreement are the negotiation that produced it,
     * between its parties, with its mediators and, unless the talks have a place of their own, where it was reached.
     */
    void talksBehindAnAgreement(List<Draft> all) {
        Draft agreement = all.stream().filter(d -> d.type == EventType.Agreement && !d.actors(Role.mediator).isEmpty())
                .findFirst().orElse(null);
        if (agreement != null) {
            for (Draft d : all) {
                if (!d.talks || d.type != EventType.Meeting) continue;
                asNegotiation(d);
                agreement.actors(Role.mediator).forEach(m -> d.add(Role.mediator, m));
                if (d.places.isEmpty()) d.places.addAll(agreement.places);
            }
        } else {
            mediatorsOfTheTalksBehind(all);
        }
        sidesOfTheAgreement(all);
    }

    /**
     * "signed an agreement … in talks facilitated by Norway", "reached a deal after Qatari-mediated talks": who mediated the talks an agreement came out of mediated the agreement.
     */
    private static void mediatorsOfTheTalksBehind(List<Draft> all) {
        Draft agreement = all.stream().filter(d -> d.type == EventType.Agreement).findFirst().orElse(null);
        Draft talks = all.stream().filter(d -> d.type == EventType.Negotiation && !d.actors(Role.mediator).isEmpty()).findFirst().orElse(null);
        if (agreement == null || talks == null) return;
        talks.actors(Role.mediator).stream().filter(m -> !agreement.actors(Role.party).contains(m)).forEach(m -> agreement.add(Role.mediator, m));
    }

    /**
     * "المقترح الذي أعلنه الرئيس الأمريكي جو بايدن", "مقترحا طرحته مصر", "the plan, which Biden announced", "the
     * proposal announced by Biden": whoever a relative clause on a proposal noun says announced or put it forward made
     * it, whatever actor the noun took from around it ("مشروع قرار قدمته الولايات المتحدة يدعم المقترح"); that verb is
     * the proposal's making, no event of its own.
     */
    void proposersInRelativeClauses(SentenceFacts facts, List<Draft> all) {
        for (Draft proposal : all) {
            if (proposal.type != EventType.Proposal || proposal.verb) continue;
            Draft making = all.stream().filter(d -> d.triggerFirst > proposal.triggerLast).findFirst().orElse(null);
            if (making == null || !makesAProposal(facts, making) || !inARelativeClause(facts, proposal, making)) continue;
            Set<String> proposers = making.actors(lexicon.rule(making.type).principal());
            if (proposers.isEmpty()) continue;
            proposal.roles.put(Role.proposer, new LinkedHashSet<>(proposers));
            making.describes = proposal;
        }
    }

    /**
     * "President Joe Biden's announcement on May 31 of what he described as an Israeli proposal", "Egypt's unveiling on
     * Sunday of a new plan": a noun of making public ("making" cues) owned by an actor makes that actor the proposer
     * of the proposal it names after it (the modifier "Israeli" only says whose the plan is said to be), made public
     * on the date that stands between them.
     */
    void proposalsMadePublic(SentenceFacts facts, List<Draft> all) {
        List<Token> tokens = facts.sentence().tokens();
        for (Hit<Cue> cue : facts.cues()) {
            if (!cue.value().kind().equals("making")) continue;
            ActorPhrase owner = facts.phrases().stream().filter(p -> !p.isPlace() && Genitives.owns(tokens, p.last())
                    && cue.first() - p.last() <= 2 && p.last() < cue.first()).findFirst().orElse(null);
            Draft next = all.stream().filter(d -> d.type == EventType.Proposal && d.triggerFirst > cue.last()
                    && cue.value().reaches(cue.last(), d.triggerFirst)).findFirst().orElse(null);
            if (owner == null || next == null) continue;
            next.roles.put(Role.proposer, new LinkedHashSet<>(List.of(owner.slug())));
            facts.times().stream().filter(t -> t.first() > cue.last() && t.last() < next.triggerFirst
                    && t.mention().kind() == org.diplokg.extract.time.TimeMention.Kind.DATE).findFirst()
                    .ifPresent(t -> { next.time = t.mention().value(); next.ownDate = true; });
        }
    }

    /**
     * "استضافت تركيا، الجمعة، محادثات مباشرة بين روسيا وأوكرانيا", "المحادثات التي تستضيفها مسقط", "مفاوضات رعتها سلطنة
     * عمان", "المحادثات التي تتوسط فيها قطر": who hosts a negotiation between others, as the verb's object or the noun
     * its relative clause is on, mediates it (the gold's reading of hosted talks), and talks a relative clause says it
     * hosted between others ("جولات الحوار التي استضافها العراق بين السعودية وإيران") are such a negotiation, between
     * them; who is said to mediate an event in a
     * relative clause on it mediates that one. The verb is no meeting or negotiation of its own, and a city that
     * stands for its host state is where the talks were held.
     */
    void hostsAndMediatorsOfTalks(SentenceFacts facts, List<Draft> all) {
        for (Draft verb : all) {
            boolean hosting = verb.subjectRoles.contains(Role.host);
            boolean mediating = verb.subjectRoles.contains(Role.mediator);
            if (!verb.verb || !hosting && !mediating || verb.describes != null) continue;
            Draft antecedent = relativeClauseAntecedent(facts, all, verb);
            // "استضاف السيسي عباس، وبحثا مفاوضات السلام": a host who received a guest has the guest as object, not the talks.
            List<String> guests = verb.actors(Role.participant).stream().filter(a -> !verb.subject.contains(a)).toList();
            Draft talks = antecedent != null ? antecedent : mediating ? talksMediatedIn(facts, all, verb)
                    : hosting && guests.isEmpty() ? all.stream().filter(d -> d.triggerFirst > verb.triggerLast).findFirst().orElse(null) : null;
            // "المحادثات التي استضافها العراق بين السعودية وإيران": those the host had meet in its talks are their sides.
            boolean hostedSides = hosting && antecedent != null && !guests.isEmpty();
            boolean mediable = talks != null && (hosting ? talks.type == EventType.Negotiation || hostedSides && talks.talks
                    : talks.talks || lexicon.rule(talks.type).mediated());
            if (!mediable || talks.verb) continue;
            if (talks.type == EventType.Meeting) asNegotiation(talks);
            if (hostedSides) guests.forEach(side -> talks.add(Role.party, side));
            // "Egypt and Qatar served as mediators in the talks": the talks took the clause's subject as their sides.
            if (mediating) verb.actors(Role.mediator).forEach(m -> talks.roles.values().forEach(actors -> actors.remove(m)));
            Set<String> sides = talks.actors(Role.party);
            verb.actors(hosting ? Role.host : Role.mediator).stream().filter(h -> !sides.contains(h)).forEach(h -> talks.add(Role.mediator, h));
            if (mediating) verb.actors(Role.party).forEach(side -> talks.add(Role.party, side));
            if (talks.places.isEmpty()) talks.places.addAll(verb.places);
            verb.describes = talks;
        }
    }

    /**
     * "the OSCE Minsk Group, which has mediated the conflict since 1992", "France mediated the war between Russia and
     * Georgia in August 2008": a war a mediating verb takes as its object is what the mediation is about, no war
     * reported anew: its sides are the sides of the negotiation, and the date after it dates the negotiation.
     */
    void mediatedConflicts(SentenceFacts facts, List<Draft> all) {
        for (Draft verb : all) {
            if (!verb.verb || !verb.subjectRoles.contains(Role.mediator) || verb.describes != null) continue;
            Draft object = all.stream().filter(d -> d.triggerFirst > verb.triggerLast).findFirst().orElse(null);
            if (object == null || object.verb || object.type != EventType.Conflict
                    || facts.wordsBetween(verb.triggerLast, object.triggerFirst) > SentenceFacts.MODIFIERS_BEFORE_NOUN
                    || facts.punctuationBetween(verb.triggerLast, object.triggerFirst)) continue;
            object.actors(Role.party).forEach(side -> verb.add(Role.party, side));
            object.describes = verb;
        }
    }

    /**
     * "Egypt, Qatar and the United States have served as mediators in the talks", "Oman has been mediating in indirect
     * negotiations": the talks a preposition right after the mediating verb governs, over a few modifiers, are what it
     * mediates.
     */
    private static Draft talksMediatedIn(SentenceFacts facts, List<Draft> all, Draft verb) {
        boolean prepositionAfter = facts.prepositions().stream().anyMatch(p -> p.first() == verb.triggerLast + 1);
        Draft next = all.stream().filter(d -> d.triggerFirst > verb.triggerLast).findFirst().orElse(null);
        boolean close = next != null && facts.wordsBetween(verb.triggerLast + 1, next.triggerFirst) <= SentenceFacts.MODIFIERS_BEFORE_NOUN;
        return prepositionAfter && close ? next : null;
    }

    private Draft relativeClauseAntecedent(SentenceFacts facts, List<Draft> all, Draft verb) {
        Draft before = Draft.lastBefore(all, verb.triggerFirst);
        return before != null && !before.verb && inARelativeClause(facts, before, verb) ? before : null;
    }

    /** A verb that puts a proposal forward (طرحه، proposed) or announces it (أعلنه، announced). */
    private static boolean makesAProposal(SentenceFacts facts, Draft verb) {
        return verb.verb && (verb.type == EventType.Proposal || facts.triggers().stream()
                .anyMatch(t -> t.first() == verb.triggerFirst && t.value().flags().contains("announces")));
    }

    /**
     * The verb opens a relative clause on the noun: after a relative pronoun right by the noun, past no more than an
     * English subject ("which President Joe Biden announced"); or right after the noun, as an Arabic verb whose
     * pronoun suffix is the noun (the relative clause of an indefinite noun: "مقترحا طرحته مصر") or an English
     * participle ("the proposal announced by Biden").
     */
    private boolean inARelativeClause(SentenceFacts facts, Draft noun, Draft verb) {
        if (verb.triggerFirst == noun.triggerLast + 1) return pointsBack(facts.sentence().tokens().get(verb.triggerLast));
        return facts.cues().stream().anyMatch(c -> c.value().kind().equals("relative") && c.first() > noun.triggerLast
                && c.first() - noun.triggerLast <= RELATIVE_REACH && c.last() < verb.triggerFirst
                && verb.triggerFirst - c.last() <= RELATIVE_SUBJECT_REACH);
    }

    /** Mediated talks are a negotiation, and those who met in them its sides. */
    private static void asNegotiation(Draft talks) {
        talks.type = EventType.Negotiation;
        Set<String> sides = new LinkedHashSet<>(talks.actors(Role.participant));
        talks.roles.remove(Role.participant);
        sides.forEach(side -> talks.add(Role.party, side));
    }

    /** Negotiations without sides of their own, reported with an agreement, were between its parties. */
    private static void sidesOfTheAgreement(List<Draft> all) {
        Draft agreement = all.stream().filter(d -> d.type == EventType.Agreement && !d.actors(Role.party).isEmpty())
                .findFirst().orElse(null);
        if (agreement == null) return;
        for (Draft d : all) {
            if (d.type == EventType.Negotiation && d.actors(Role.party).isEmpty()) agreement.actors(Role.party).forEach(p -> d.add(Role.party, p));
        }
    }

    /**
     * "وقعا اتفاقا في ختام محادثات برعاية الاتحاد الأفريقي", "the deal reached after talks mediated by Egypt", "The
     * exchange was agreed during direct talks between Russian and Ukrainian delegations": an agreement reported with
     * negotiations was reached in them; the mediators and the sides it does not name itself are theirs.
     */
    void agreementOfTheTalks(List<Draft> all) {
        fromTheTalks(all, Role.mediator, 1);
        fromTheTalks(all, Role.party, 2);
    }

    /** The first negotiation with at least {@code least} actors in {@code role} gives them to agreements with none. */
    private static void fromTheTalks(List<Draft> all, Role role, int least) {
        Draft talks = all.stream().filter(d -> d.type == EventType.Negotiation && d.actors(role).size() >= least)
                .findFirst().orElse(null);
        if (talks == null) return;
        for (Draft d : all) {
            if (d.type == EventType.Agreement && d.actors(role).isEmpty()) talks.actors(role).forEach(a -> d.add(role, a));
        }
    }

    /**
     * "أقرت الحكومة الإسرائيلية اتفاق وقف إطلاق النار مع لبنان", "Hamas accepted a truce with Israel", "أعلنت الحكومة
     * السودانية التوصل إلى اتفاق مع قوات الدعم السريع": whoever accepts a deal that names one side, or announces it
     * as their own act (not in a reported clause), is its other side, through the state they act for when the text
     * names one.
     */
    void acceptersSide(SentenceFacts facts, List<Draft> all) {
        for (Draft act : all) {
            if (act.type != EventType.Acceptance && act.type != EventType.Statement) continue;
            Draft deal = all.stream().filter(d -> DEALS_ACCEPTED.contains(d.type) && d.triggerFirst > act.triggerLast
                    && d.actors(Role.party).size() == 1).findFirst().orElse(null);
            if (deal == null) continue;
            if (act.type == EventType.Acceptance) act.actors(Role.agent).forEach(agent -> deal.add(Role.party, sideOf(facts, agent)));
            else if (SentenceAnchors.announcesItself(facts, act, deal)) {
                act.actors(Role.speaker).forEach(speaker -> deal.add(Role.party, sideOf(facts, speaker)));
            }
        }
    }

    /**
     * "أعلن التحالف بقيادة السعودية وقف العمليات العسكرية", "أعلنت إسرائيل هدنة إنسانية من جانب واحد", "أعلنت روسيا
     * وأوكرانيا تبادل 230 أسيرا", "أعلنت كييف تبادل 90 أسيرا مع روسيا": a truce or exchange an announcing verb names as
     * its own object is the announcers' own act when each announcer is a side that can hold fire or hold prisoners (a
     * state, its organs, an armed group; a capital as the subject stands for its state), which are then its sides. A
     * truce already with a side is left to {@link #acceptersSide}; an exchange takes the announcers until it has two.
     * An international organization or a person (an envoy, a president who brokered it) that announces a truce or an
     * exchange as often reports the sides' act as makes it, and a mediator of the act is no side of it.
     */
    void announcersOwnActs(SentenceFacts facts, List<Draft> all) {
        for (Draft act : all) {
            if (act.type != EventType.Statement || act.actors(Role.speaker).isEmpty()) continue;
            Draft own = all.stream().filter(d -> ANNOUNCED_OWN.contains(d.type) && d.triggerFirst > act.triggerLast).findFirst()
                    .filter(d -> lacksSides(d) && SentenceAnchors.announcesItself(facts, act, d)).orElse(null);
            if (own == null || !act.actors(Role.speaker).stream().allMatch(speaker -> armedSide(facts, speaker)
                    && !own.actors(Role.mediator).contains(speaker))) continue;
            act.actors(Role.speaker).forEach(speaker -> own.add(Role.party, speaker));
        }
    }

    /** A truce without sides, an exchange without both. */
    private static boolean lacksSides(Draft d) {
        return d.actors(Role.party).isEmpty() || d.type == EventType.Exchange && d.actors(Role.party).size() < 2;
    }

    /** The actor's phrase is a state, an organ or an armed group, or a place standing for the state it is in ("أعلنت موسكو"). */
    private static boolean armedSide(SentenceFacts facts, String actor) {
        return facts.phrases().stream().anyMatch(p -> p.slug().equals(actor) && EventFinder.ARMED_SIDES.contains(p.type())
                || p.isPlace() && actor.equals(p.state()));
    }

    private static String sideOf(SentenceFacts facts, String actor) {
        return facts.phrases().stream().filter(p -> p.slug().equals(actor) && p.state() != null).map(ActorPhrase::state)
                .findFirst().orElse(actor);
    }

    /**
     * "hostages were freed in exchange for Palestinian prisoners, on the first day of a truce between Israel and Hamas":
     * an exchange reported with a truce or deal between two sides is between those sides; the demonyms of those
     * released name where they come from, not who released them.
     */
    void sidesOfTheTruce(List<Draft> all) {
        Draft truce = all.stream().filter(d -> (d.type == EventType.Ceasefire || d.type == EventType.Agreement)
                && d.actors(Role.party).size() >= 2).findFirst().orElse(null);
        if (truce == null) return;
        for (Draft d : all) {
            if (d.type != EventType.Exchange || d.actors(Role.party).containsAll(truce.actors(Role.party))) continue;
            d.roles.put(Role.party, new LinkedHashSet<>(truce.actors(Role.party)));
        }
    }

    /**
     * "أفرجت إسرائيل عن 90 أسيرا مقابل 3 محتجزات أفرجت عنهن حماس", "أطلقت حماس سراح 4 مجندات مقابل إفراج إسرائيل عن
     * 200 أسير": a release given in return for another ("in-return" cues) is the other side of one exchange; whoever
     * made it is a party of the exchange before the cue, and it is no event of its own.
     */
    void sidesOfAnExchange(SentenceFacts facts, List<Draft> all) {
        for (Hit<Cue> cue : facts.cues()) {
            if (!cue.value().kind().equals("in-return")) continue;
            Draft given = all.stream().filter(d -> d.type == EventType.Exchange && d.triggerLast < cue.first())
                    .reduce((a, b) -> b).orElse(null);
            Draft returned = all.stream().filter(d -> d.type == EventType.Exchange && cue.value().reaches(cue.last(), d.triggerFirst))
                    .findFirst().orElse(null);
            if (given == null || returned == null || given.describes != null) continue;
            returned.actors(Role.party).forEach(side -> given.add(Role.party, side));
            returned.describes = given;
        }
    }

    /**
     * Whether a word's pronoun suffix points back: "بينهم" lists the people it points back to, where the match keys
     * fold it with the bare preposition "بين", which introduces sides; "طرحته" is a relative clause's verb whose
     * suffix is the noun before it. Words without Arabic script carry no suffix to check.
     */
    private boolean pointsBack(Token token) {
        return !MatchKeys.isArabic(token.surface()) || lexicon.hasPronounSuffix(token.surface());
    }

    /** The mediators themselves: the demonyms on the noun, else the actors right after it, else right before it. */
    private Groups.Group designated(SentenceFacts facts, Groups groups, Hit<Cue> cue) {
        Groups.Group covering = groups.covering(cue.first());
        if (covering != null) return covering;
        Groups.Group after = groups.after(cue.last(), MEDIATOR_GAP, Set.of());
        if (after != null && !objectOfTheVerb(facts, cue, after) && !sidesBetween(facts, cue, after)) return after;
        Groups.Group before = groups.before(cue.first(), Set.of());
        return before != null && before.last() == cue.first() - 1 ? before : null;
    }

    /**
     * "a mediator between Israel and Hamas", "الوسيط بين إسرائيل وحماس": actors a party preposition governs after the
     * noun are the sides it mediates between, not the mediators it designates.
     */
    private static boolean sidesBetween(SentenceFacts facts, Hit<Cue> cue, Groups.Group after) {
        return facts.prepositions().stream().anyMatch(prep -> prep.first() > cue.last() && prep.last() < after.first()
                && prep.value().stream().anyMatch(p -> p.role().equals("party")));
    }

    /**
     * "إلى أن يبلغ الوسطاء إسرائيل": an Arabic noun with the article governs no genitive, so a state or body named right
     * after it, itself without the article, is the object of the verb the noun is the subject of, not the mediators
     * it designates; an adjective (الوسيط الأمريكي) or a person in apposition (الوسيط هوكشتاين) still is.
     */
    private boolean objectOfTheVerb(SentenceFacts facts, Hit<Cue> cue, Groups.Group after) {
        List<Token> tokens = facts.sentence().tokens();
        ActorPhrase head = after.phrases().getFirst();
        return after.first() == cue.last() + 1 && names.hasArticle(tokens.get(cue.last()))
                && !head.isPerson() && !names.hasArticle(tokens.get(head.first()));
    }

    /** The nearest negotiation or agreement, which mediators broker; else the nearest talks, truce or exchange. */
    private Draft nearestMediated(List<Draft> all, int token) {
        Draft nearest = null;
        for (Draft d : all) {
            if (!d.talks && !lexicon.rule(d.type).mediated()) continue;
            boolean brokered = brokered(d);
            if (nearest == null || brokered && !brokered(nearest)
                    || brokered == brokered(nearest) && distance(d, token) < distance(nearest, token)) nearest = d;
        }
        return nearest;
    }

    private static boolean brokered(Draft d) {
        return d.type == EventType.Negotiation || d.type == EventType.Agreement;
    }

    private static int distance(Draft d, int token) {
        return token < d.triggerFirst ? d.triggerFirst - token : Math.max(0, token - d.triggerLast);
    }
}
