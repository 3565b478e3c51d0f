package org.diplokg.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.diplokg.lexicon.Cue;
import org.diplokg.lexicon.EventLexicon;
import org.diplokg.lexicon.NameLexicon;
import org.diplokg.lexicon.PhraseIndex.Hit;
import org.diplokg.model.EventType;
import org.diplokg.model.Role;
import org.diplokg.text.Token;

/**
 * Who mediated what, where no frame of the event's own trigger says so: the actors a mediator noun designates
 * ("الوسطاء في مصر وقطر", "Qatari and Egyptian mediators"), compounds ("a Russian-brokered truce"), absolute and
 * prepositional mediation ("with Obasanjo mediating", "under U.S. mediation"), a mediation said to have achieved a
 * deal, verbs of leading, hosting and mediating whose object is talks. Talks so mediated are a negotiation.
 */
final class Mediators {
    /** Words that may stand between a mediator noun and the actors it names ("الوسطاء في مصر"). */
    private static final int MEDIATOR_GAP = 1;
    /** Words that may stand between a compound role ("Russian-brokered") and its event noun ("truce", "interim truce"). */
    private static final int COMPOUND_REACH = 2;
    /**
     * A verb of leading ("leads" cues) hyphened to an actor: "after a week of African Union-led talks" makes the actor
     * the talks' mediator; before anything but talks ("Hamas-led militants attacked", "the Saudi-led coalition") it
     * gives no role.
     */
    private static final String COMPOUND_LEADER = "leads";
    /** The cue of a success ("نجاح") that makes a mediation the way an event after it was achieved. */
    private static final Set<String> REALIS = Set.of("realis");
    /** What a successful mediation achieves. */
    private static final Set<EventType> ACHIEVED = Set.of(EventType.Agreement, EventType.Ceasefire, EventType.Exchange);

    private final EventLexicon lexicon;
    private final NameLexicon names;

    Mediators(EventLexicon lexicon, NameLexicon names) {
        this.lexicon = lexicon;
        this.names = names;
    }

    /**
     * "نجاح الوسطاء في مصر وقطر في التوصل إلى اتفاق", "Qatari and Egyptian mediators brokered the deal": the actors
     * a mediator noun designates mediate the nearest event of the sentence that can have mediators, whatever slot
     * they filled there. Talks held with them ("held talks with Egyptian mediators", "محادثات مع الوسطاء المصريين")
     * are so a negotiation, whose other side is the party. Efforts that are the matter of talks ("جلسة مباحثات
     * تناولت مستجدات الجهود المصرية القطرية للتوصل إلى اتفاق") are only discussed there: they mediate neither the
     * talks nor the deal they seek.
     */
    void namedMediators(SentenceFacts facts, Groups sentence, List<Draft> all) {
        for (Hit<Cue> cue : facts.cues()) {
            boolean effort = cue.value().kind().equals("irrealis") && "effort".equals(cue.value().value());
            if (!cue.value().kind().equals("mediator-noun") && !effort) continue;
            Groups.Group named = effort ? nisbasOf(sentence, cue) : designated(facts, sentence, cue);
            Draft mediated = nearestMediated(all, cue.first());
            if (named == null || mediated == null || effort && mattersDiscussed(facts, cue)) continue;
            if (mediated.talks && mediated.type == EventType.Meeting) mediated.becomeNegotiation();
            var mediators = new ArrayList<>(named.phrases());
            if (!effort) mediators.addAll(joiners(facts, sentence, Math.min(cue.first(), named.first())));
            for (ActorPhrase p : mediators) {
                if (p.isPlace() || effort && mediated.actors(lexicon.rule(mediated.type).principal()).contains(p.slug())) continue;
                mediated.roles.values().forEach(actors -> actors.remove(p.slug()));
                mediated.add(Role.mediator, p.slug());
            }
        }
    }

    /**
     * "Witkoff and Kushner joined the mediators": whoever a verb of joining ("joining" cues) right before the mediators'
     * phrase ({@code phrase}, where its demonyms begin), over an article, has as its subject mediates too; a comma
     * closing an apposition may stand before the verb.
     */
    private static List<ActorPhrase> joiners(SentenceFacts facts, Groups sentence, int phrase) {
        Hit<Cue> joining = facts.cuesOf("joining").stream().filter(c -> c.last() < phrase
                && facts.wordsBetween(c.last(), phrase) <= 1).findFirst().orElse(null);
        Groups.Group subject = joining == null ? null : sentence.before(joining.first(), Set.of());
        return subject != null && facts.wordsBetween(subject.last(), joining.first()) == 0 ? subject.phrases() : List.of();
    }

    /**
     * "المفاوضات بين إسرائيل وحماس التي تقودها قطر ومصر", "بعد مفاوضات تقودها الولايات المتحدة": a verb of leading
     * ("light-verb=leads") whose object pronoun points back to the talks right before it says who mediates them; the
     * actors right after it are those talks' mediators, and nothing else in them. Without the pronoun, the verb's
     * subject mediates the talks after it when they are between others (see {@link #talksLedBetweenOthers}).
     */
    void talksLedByTheirMediators(SentenceFacts facts, Groups sentence, List<Draft> all) {
        List<Token> tokens = facts.sentence().tokens();
        for (Hit<Cue> cue : facts.cuesOf("leads")) talksLedBetweenOthers(facts, sentence, all, cue);
        for (Hit<Cue> cue : facts.cuesOf("light-verb")) {
            if (!"leads".equals(cue.value().value())) continue;
            if (!lexicon.hasPronounSuffix(tokens.get(cue.last()).surface())) {
                talksLedBetweenOthers(facts, sentence, all, cue);
                continue;
            }
            Draft talks = Draft.lastBefore(all, cue.first());
            Groups.Group leaders = sentence.after(cue.last(), 0, Set.of());
            if (talks == null || !talks.talks && talks.type != EventType.Negotiation || leaders == null) continue;
            if (talks.type == EventType.Meeting) talks.becomeNegotiation();
            for (ActorPhrase p : leaders.phrases()) {
                if (p.isPlace()) continue;
                talks.roles.values().forEach(actors -> actors.remove(p.slug()));
                talks.add(Role.mediator, p.slug());
            }
        }
    }

    /**
     * "قادت مصر المفاوضات بين فتح وحماس", "Turkey led the talks between Russia and Ukraine": who leads talks between
     * sides a party preposition names after them mediates them. The leader is the subject the light verb gave the talks
     * (Arabic), else the actor right before the verb ("leads" cues: English, where "Witkoff led the talks with Dmitriev"
     * and "Hochstein, who led the negotiations" say nothing of who mediated).
     */
    private void talksLedBetweenOthers(SentenceFacts facts, Groups sentence, List<Draft> all, Hit<Cue> cue) {
        Draft talks = Draft.firstAfter(all, cue.last());
        if (talks == null || !talks.talks && talks.type != EventType.Negotiation
                || facts.punctuationBetween(cue.last(), talks.triggerFirst) || !sidesNamedAfter(facts, talks)) return;
        // In the article's order: the mediators keep the order the text names them in.
        List<String> leaders = talks.subject.isEmpty() ? actorsRightBefore(sentence, cue) : List.copyOf(talks.subject);
        if (leaders.isEmpty() || talks.actors(Role.party).stream().allMatch(leaders::contains)) return;
        if (talks.type == EventType.Meeting) talks.becomeNegotiation();
        for (String leader : leaders) {
            talks.roles.values().forEach(actors -> actors.remove(leader));
            talks.add(Role.mediator, leader);
        }
    }

    private static List<String> actorsRightBefore(Groups sentence, Hit<Cue> cue) {
        Groups.Group before = sentence.before(cue.first(), Set.of());
        if (before == null || before.last() != cue.first() - 1) return List.of();
        return before.phrases().stream().filter(p -> !p.isPlace()).map(ActorPhrase::slug).distinct().toList();
    }

    /** Whether a party preposition ("بين", "between") follows the talks noun over a few modifiers. */
    private static boolean sidesNamedAfter(SentenceFacts facts, Draft talks) {
        return facts.prepositions().stream().anyMatch(prep -> prep.first() > talks.triggerLast
                && facts.wordsBetween(talks.triggerLast, prep.first()) <= SentenceFacts.MODIFIERS_BEFORE_NOUN
                && prep.value().stream().anyMatch(p -> p.role().equals("party")));
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
            boolean leader = cue.value().kind().equals(COMPOUND_LEADER);
            if (!modifier && !leader && !cue.value().kind().equals("compound-role") || cue.first() < 2 || !tokens.get(cue.first() - 1).surface().equals("-")) continue;
            ActorPhrase actor = facts.phrases().stream().filter(p -> p.last() == cue.first() - 2 && !p.isPlace()).findFirst().orElse(null);
            Draft event = all.stream().filter(d -> d.triggerFirst > cue.last() && d.triggerFirst - cue.last() <= COMPOUND_REACH).findFirst().orElse(null);
            if (actor == null || event == null && !modifier || leader && !isTalks(event)) continue;
            Role role = modifier ? null : leader ? Role.mediator : compoundRole(Role.valueOf(cue.value().value()), event);
            if (role == Role.mediator && event.talks && event.type == EventType.Meeting) event.becomeNegotiation();
            if (facts.phrases().stream().filter(p -> p.slug().equals(actor.slug())).count() == 1) {
                all.forEach(d -> d.roles.values().forEach(actors -> actors.remove(actor.slug())));
            }
            if (role != null) event.add(role, actor.slug());
        }
    }

    /** Talks, or a negotiation: what an actor joined to "-led" leads as its mediator. */
    private static boolean isTalks(Draft event) {
        return event.talks || event.type == EventType.Negotiation;
    }

    /**
     * "Egypt, Qatar and the United States brokered the truce", "Washington mediated a ceasefire between Israel and
     * Lebanon": a participle of mediation used as a verb, no hyphen before it, gives the group right before it the part
     * the compound gives ("a U.S.-brokered truce") in the event noun it takes as its object, when that can be mediated. Only mediation: who
     * "backed" a plan supports it and did not propose it.
     */
    void activeMediation(SentenceFacts facts, Groups sentence, List<Draft> all) {
        List<Token> tokens = facts.sentence().tokens();
        for (Hit<Cue> cue : facts.cuesOf("compound-role")) {
            if (!cue.value().value().equals(Role.mediator.name())
                    || cue.first() == 0 || tokens.get(cue.first() - 1).surface().equals("-")) continue;
            Groups.Group subject = sentence.covering(cue.first() - 1);
            Draft event = all.stream().filter(d -> !d.verb && d.triggerFirst > cue.last()
                    && facts.wordsBetween(cue.last(), d.triggerFirst) <= COMPOUND_REACH).findFirst().orElse(null);
            // "France mediated the war between Russia and Georgia": a war is mediated in talks, not a side's own act.
            if (subject == null || subject.last() != cue.first() - 1 || event == null || compoundRole(Role.mediator, event) != Role.mediator) continue;
            if (event.talks && event.type == EventType.Meeting) event.becomeNegotiation();
            for (ActorPhrase p : subject.phrases()) {
                if (p.isPlace()) continue;
                event.roles.values().forEach(actors -> actors.remove(p.slug()));
                event.add(Role.mediator, p.slug());
            }
        }
    }

    /**
     * "the truce that Qatar brokered in November", "the ceasefire which Egypt mediated": the subject of a participle of
     * mediation in an English relative clause on the noun ({@link ObjectRelatives}) plays the part the compound gives
     * ("a Qatari-brokered truce"); the verb tells no talks of its own, only who brokered the noun.
     */
    void mediationInObjectRelatives(SentenceFacts facts, Groups sentence, List<Draft> all) {
        if (lexicon.verbFirst()) return;
        for (Draft noun : all) {
            if (noun.verb) continue;
            ObjectRelatives.Clause clause = ObjectRelatives.on(facts, sentence, lexicon, noun.triggerLast,
                    c -> c.value().kind().equals("compound-role"), Set.of());
            Role role = clause == null ? null : compoundRole(Role.valueOf(clause.verb().value().value()), noun);
            if (role == null) continue;
            if (role == Role.mediator && noun.talks && noun.type == EventType.Meeting) noun.becomeNegotiation();
            for (ActorPhrase p : clause.subject().phrases()) {
                if (p.isPlace()) continue;
                noun.roles.values().forEach(actors -> actors.remove(p.slug()));
                noun.add(role, p.slug());
            }
            all.stream().filter(d -> d.triggerFirst == clause.verb().first()).forEach(d -> d.describes = noun);
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
            if (mediated.talks && mediated.type == EventType.Meeting) mediated.becomeNegotiation();
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
            if (talks.type == EventType.Meeting) talks.becomeNegotiation();
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
        return facts.cuesOf("light-verb").stream().filter(c -> c.first() == mediation.triggerLast + 1)
                .findFirst().map(c -> sentence.after(c.last(), 0, Set.of())).orElse(null);
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
    void hostsAndMediatorsOfTalks(SentenceFacts facts, Groups sentence, List<Draft> all) {
        for (Draft verb : all) {
            boolean hosting = verb.subjectRoles.contains(Role.host);
            boolean mediating = verb.subjectRoles.contains(Role.mediator);
            if (!verb.verb || !hosting && !mediating || verb.describes != null) continue;
            Draft antecedent = relativeClauseAntecedent(facts, all, verb, lexicon);
            if (antecedent == null) antecedent = talksBeforeTheirSides(facts, sentence, all, verb);
            // "استضاف السيسي عباس، وبحثا مفاوضات السلام": a host who received a guest has the guest as object, not the talks.
            List<String> guests = verb.actors(Role.participant).stream().filter(a -> !verb.subject.contains(a)).toList();
            Draft talks = antecedent != null ? antecedent : mediating ? talksMediatedIn(facts, all, verb)
                    : hosting && guests.isEmpty() ? Draft.firstAfter(all, verb.triggerLast) : null;
            // "المحادثات التي استضافها العراق بين السعودية وإيران": those the host had meet in its talks are their sides.
            boolean hostedSides = hosting && antecedent != null && !guests.isEmpty();
            boolean mediable = talks != null && (hosting ? talks.type == EventType.Negotiation || hostedSides && talks.talks
                    : talks.talks || lexicon.rule(talks.type).mediated());
            if (!mediable || talks.verb) continue;
            if (talks.type == EventType.Meeting) talks.becomeNegotiation();
            if (hostedSides) guests.forEach(side -> talks.add(Role.party, side));
            // "Egypt and Qatar served as mediators in the talks": the talks took the clause's subject as their sides.
            if (mediating) verb.actors(Role.mediator).forEach(m -> talks.roles.values().forEach(actors -> actors.remove(m)));
            Set<String> sides = talks.actors(Role.party);
            // "استضافت أنقرة جولتين من المحادثات ... بوساطة وزير الخارجية التركي هاكان فيدان": talks that name a person as
            // their mediator are that person's mediation; their host only hosts them.
            boolean hostOnly = hosting && !mediating && mediatedByAPerson(facts, talks, verb);
            if (!hostOnly) verb.actors(hosting ? Role.host : Role.mediator).stream().filter(h -> !sides.contains(h)).forEach(h -> talks.add(Role.mediator, h));
            if (mediating) verb.actors(Role.party).forEach(side -> talks.add(Role.party, side));
            if (talks.places.isEmpty()) talks.places.addAll(verb.places);
            verb.describes = talks;
        }
    }

    /** Whether the talks, or the hosting verb that tells them, name a person as mediator ("بوساطة الرئيس أردوغان"). */
    private static boolean mediatedByAPerson(SentenceFacts facts, Draft talks, Draft verb) {
        Set<String> mediators = new HashSet<>(talks.actors(Role.mediator));
        mediators.addAll(verb.actors(Role.mediator));
        return facts.phrases().stream().anyMatch(p -> p.isPerson() && mediators.contains(p.slug()));
    }

    /**
     * "the OSCE Minsk Group, which has mediated the conflict since 1992", "France mediated the war between Russia and
     * Georgia in August 2008": a war a mediating verb takes as its object is what the mediation is about, no war
     * reported anew: its sides are the sides of the negotiation, and the date after it dates the negotiation.
     */
    void mediatedConflicts(SentenceFacts facts, List<Draft> all) {
        for (Draft verb : all) {
            if (!verb.verb || !verb.subjectRoles.contains(Role.mediator) || verb.describes != null) continue;
            Draft object = Draft.firstAfter(all, verb.triggerLast);
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
        Draft next = Draft.firstAfter(all, verb.triggerLast);
        boolean close = next != null && facts.wordsBetween(verb.triggerLast + 1, next.triggerFirst) <= SentenceFacts.MODIFIERS_BEFORE_NOUN;
        return prepositionAfter && close ? next : null;
    }

    /**
     * "المفاوضات غير المباشرة بين لبنان وإسرائيل التي يتوسط فيها هوكشتاين": a relative clause after the sides a party
     * preposition names right after a talks noun is still on the talks, the noun's own complement standing between.
     */
    private Draft talksBeforeTheirSides(SentenceFacts facts, Groups sentence, List<Draft> all, Draft verb) {
        Draft talks = Draft.lastBefore(all, verb.triggerFirst);
        if (talks == null || talks.verb || !talks.talks && talks.type != EventType.Negotiation) return null;
        Groups.Group sides = facts.prepositions().stream().filter(prep -> prep.first() > talks.triggerLast
                        && facts.wordsBetween(talks.triggerLast, prep.first()) <= SentenceFacts.MODIFIERS_BEFORE_NOUN
                        && prep.value().stream().anyMatch(p -> p.role().equals(Role.party.name())))
                .findFirst().map(prep -> sentence.after(prep.last(), 0, Set.of())).orElse(null);
        return sides != null && sides.last() < verb.triggerFirst
                && facts.relativeClauseOn(afterACommaOf(facts, sides.last(), verb.triggerFirst), verb.triggerFirst, verb.triggerLast, lexicon) ? talks : null;
    }

    /**
     * "جولة أولى من المحادثات غير المباشرة بين إيران والولايات المتحدة، استضافتها مسقط": a comma may set off the
     * relative clause after the sides; the clause then opens right after the comma.
     */
    private static int afterACommaOf(SentenceFacts facts, int sidesLast, int verbFirst) {
        return verbFirst == sidesLast + 2 && facts.sentence().tokens().get(sidesLast + 1).isPunct() ? sidesLast + 1 : sidesLast;
    }

    /** The event noun right before a verb whose relative clause is on it: "المؤتمر الذي استضافته ميركل". */
    static Draft relativeClauseAntecedent(SentenceFacts facts, List<Draft> all, Draft verb, EventLexicon lexicon) {
        Draft before = Draft.lastBefore(all, verb.triggerFirst);
        return before != null && !before.verb && facts.relativeClauseOn(before.triggerLast, verb.triggerFirst, verb.triggerLast, lexicon) ? before : null;
    }

    /** The mediators themselves: the demonyms on the noun, else the actors right after it, else right before it. */
    private Groups.Group designated(SentenceFacts facts, Groups groups, Hit<Cue> cue) {
        Groups.Group covering = groups.covering(cue.first());
        if (covering != null) return covering;
        Groups.Group after = groups.after(cue.last(), MEDIATOR_GAP, Set.of());
        if (after != null && !objectOfTheVerb(facts, cue, after) && !sidesBetween(facts, cue, after)
                && !objectOfAWordBetween(facts, groups, cue, after)) return after;
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
     * "as mediators pressed Israel and Hamas to accept": actors after a word that is no preposition ("mediators in
     * Qatar and Egypt" are still the mediators) are the object of that word, a verb the noun is the subject of.
     */
    private boolean objectOfAWordBetween(SentenceFacts facts, Groups groups, Hit<Cue> cue, Groups.Group after) {
        return groups.after(cue.last(), 0, Set.of()) == null && !facts.governedByAPreposition(after.first(), lexicon);
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

    /** Whether a topic word ("مستجدات", "developments") reaches the cue: what it names is discussed. */
    private static boolean mattersDiscussed(SentenceFacts facts, Hit<Cue> cue) {
        return facts.cuesOf("topic").stream().anyMatch(t -> t.last() < cue.first() && t.value().reaches(t.last(), cue.first()));
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
