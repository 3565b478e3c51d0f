package org.diplokg.extract;

import java.util.List;
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
 * same-type event joined to it; an agreement's parties and date to what it establishes.
 */
final class SharedArguments {
    /** Words that may stand between a mediator noun and the actors it names ("الوسطاء في مصر"). */
    private static final int MEDIATOR_GAP = 1;
    /** Auxiliaries that may stand between a pronoun and its verb ("he will", "she had already"). */
    private static final int PRONOUN_REACH = 3;

    private final EventLexicon lexicon;

    SharedArguments(EventLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * "التقى الوزير الوفدين … وأكد …", "met … and stressed …": a verb joined to an earlier one with its subject
     * left out shares that subject, and so does a noun whose possessor is a pronoun ("أعلن ترامب … خلال استقباله").
     */
    void coordinatedVerbSubjects(SentenceFacts facts, List<Draft> all) {
        List<Token> tokens = facts.sentence().tokens();
        for (int n = 1; n < all.size(); n++) {
            Draft d = all.get(n);
            Role principal = lexicon.rule(d.type).principal();
            boolean needsSubject = d.possessive || d.participle && !d.verb ? d.subject.isEmpty()
                    : d.actors(principal).isEmpty() && (d.participle || d.verb && coordinated(tokens, d.triggerFirst));
            if (!needsSubject) continue;
            for (int m = n - 1; m >= 0; m--) {
                Draft earlier = all.get(m);
                if (!earlier.verb || earlier.subject.isEmpty()) continue;
                earlier.subject.forEach(a -> d.add(principal, a));
                d.subject.addAll(earlier.subject);
                d.sharesSubjectWith = earlier;
                break;
            }
        }
    }

    /**
     * "وصل بلينكن إلى القاهرة الاثنين والتقى السيسي", "arrived in Jeddah on Monday and met the crown prince": a verb
     * joined to the verb before it, with no date of its own, happened on that verb's date.
     */
    void coordinatedVerbDates(SentenceFacts facts, List<Draft> all) {
        List<Token> tokens = facts.sentence().tokens();
        for (int n = 1; n < all.size(); n++) {
            Draft d = all.get(n);
            if (!d.verb || d.hasDate() || !coordinated(tokens, d.triggerFirst)) continue;
            Draft earlier = null;
            for (int m = n - 1; m >= 0 && earlier == null; m--) if (all.get(m).verb) earlier = all.get(m);
            if (earlier == null || !earlier.hasDate()) continue;
            d.time = earlier.date();
            d.ownDate = earlier.ownDate;
        }
    }

    /** What an agreement establishes has the agreement's parties and, without a date of its own, its date. */
    void establishedByAgreements(List<Readings.Reading> readings, List<Draft> all) {
        Draft agreement = null;
        for (int n = 0; n < all.size(); n++) {
            Draft d = all.get(n);
            if (readings.get(n) == Readings.Reading.REAL && d.type == EventType.Agreement) agreement = d;
            if (readings.get(n) != Readings.Reading.ESTABLISHED || agreement == null) continue;
            Role principal = lexicon.rule(d.type).principal();
            agreement.actors(Role.party).forEach(a -> d.add(principal, a));
            if (!d.hasDate() && agreement.hasDate()) {
                d.time = agreement.date();
                d.ownDate = agreement.ownDate;
            }
        }
    }

    /** "أعلنت حماس اليوم موافقتها": what shares a subject with a dated verb and has no date of its own shares its date. */
    static void sharedDate(Draft d) {
        Draft earlier = d.sharesSubjectWith;
        if (d.hasDate() || earlier == null || !earlier.hasDate()) return;
        d.time = earlier.date();
        d.ownDate = earlier.ownDate;
    }

    /**
     * "نجاح الوسطاء في مصر وقطر في التوصل إلى اتفاق", "Qatari and Egyptian mediators brokered the deal": the actors
     * a mediator noun designates mediate the nearest event of the sentence that can have mediators, whatever slot
     * they filled there.
     */
    void namedMediators(SentenceFacts facts, List<Draft> all) {
        Groups groups = null;
        for (Hit<Cue> cue : facts.cues()) {
            if (!cue.value().kind().equals("mediator-noun")) continue;
            if (groups == null) groups = Groups.of(facts, 0, facts.sentence().tokens().size() - 1, lexicon);
            Groups.Group named = designated(groups, cue);
            Draft mediated = nearestMediated(all, cue.first());
            if (named == null || mediated == null) continue;
            for (ActorPhrase p : named.phrases()) {
                if (p.isPlace()) continue;
                mediated.roles.values().forEach(actors -> actors.remove(p.slug()));
                mediated.add(Role.mediator, p.slug());
            }
        }
    }

    /**
     * "شارك في المؤتمر قادة من 12 دولة، بينهم الرئيس الروسي … والرئيس التركي …", "leaders attended, including …":
     * the actors listed after the cue are principal actors of the nearest event before it.
     */
    void listedParticipants(SentenceFacts facts, List<Draft> all) {
        Groups groups = null;
        for (Hit<Cue> cue : facts.cues()) {
            if (!cue.value().kind().equals("list-intro")) continue;
            if (groups == null) groups = Groups.of(facts, 0, facts.sentence().tokens().size() - 1, lexicon);
            Groups.Group listed = groups.after(cue.last(), 0, Set.of());
            Draft event = nearestBefore(all, cue.first());
            if (listed == null || event == null) continue;
            Role principal = lexicon.rule(event.type).principal();
            listed.phrases().stream().filter(p -> !p.isPlace()).forEach(p -> event.add(principal, p.slug()));
        }
    }

    /**
     * "وفي اتصال هاتفي أمس، حث بلينكن الرئيس علييف", "During the meeting, Sisi told Blinken": a meeting or call named
     * as the setting of the sentence's verb, with no participants of its own, is between the verb's subject and the
     * actor right after it.
     */
    void settingOfTheMainVerb(SentenceFacts facts, List<Draft> all) {
        for (Draft d : all) {
            if (d.verb || d.possessive || lexicon.rule(d.type).principal() != Role.participant || !d.actors(Role.participant).isEmpty()) continue;
            if (!afterAdjunct(facts, d.triggerFirst)) continue;
            Draft main = all.stream().filter(v -> v.verb && !v.subject.isEmpty() && v != d).findFirst().orElse(null);
            if (main == null) continue;
            main.subject.forEach(a -> d.add(Role.participant, a));
            Groups.Group addressee = Groups.of(facts, 0, facts.sentence().tokens().size() - 1, lexicon)
                    .after(endOfVerbAndSubject(facts, main), 0, Set.of());
            if (addressee != null) addressee.phrases().stream().filter(p -> !p.isPlace()).forEach(p -> d.add(Role.participant, p.slug()));
        }
    }

    /** An adjunct preposition right before the noun, an article aside ("in a phone call"). */
    private boolean afterAdjunct(SentenceFacts facts, int token) {
        int before = token - 1;
        while (before >= 0 && lexicon.isDeterminer(facts.sentence().tokens().get(before).surface())) before--;
        int preposition = before;
        return facts.cues().stream().anyMatch(c -> c.last() == preposition
                && (c.value().kind().equals("adjunct") || c.value().kind().equals("during")));
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
                d.type = EventType.Negotiation;
                Set<String> sides = new java.util.LinkedHashSet<>(d.actors(Role.participant));
                d.roles.remove(Role.participant);
                sides.forEach(side -> d.add(Role.party, side));
                agreement.actors(Role.mediator).forEach(m -> d.add(Role.mediator, m));
                if (d.places.isEmpty()) d.places.addAll(agreement.places);
            }
        }
        sidesOfTheAgreement(all);
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
     * "وقعا اتفاقا في ختام محادثات برعاية الاتحاد الأفريقي", "the deal reached after talks mediated by Egypt": an
     * agreement without mediators of its own, reported with mediated negotiations, was brokered by their mediators.
     */
    void agreementOfMediatedTalks(List<Draft> all) {
        Draft talks = all.stream().filter(d -> d.type == EventType.Negotiation && !d.actors(Role.mediator).isEmpty())
                .findFirst().orElse(null);
        if (talks == null) return;
        for (Draft d : all) {
            if (d.type == EventType.Agreement && d.actors(Role.mediator).isEmpty()) {
                talks.actors(Role.mediator).forEach(m -> d.add(Role.mediator, m));
            }
        }
    }

    private static Draft nearestBefore(List<Draft> all, int token) {
        Draft nearest = null;
        for (Draft d : all) if (d.triggerLast < token) nearest = d;
        return nearest;
    }

    /** The mediators themselves: the demonyms on the noun, else the actors right after it, else right before it. */
    private static Groups.Group designated(Groups groups, Hit<Cue> cue) {
        Groups.Group covering = groups.covering(cue.first());
        if (covering != null) return covering;
        Groups.Group after = groups.after(cue.last(), MEDIATOR_GAP, Set.of());
        if (after != null) return after;
        Groups.Group before = groups.before(cue.first(), Set.of());
        return before != null && before.last() == cue.first() - 1 ? before : null;
    }

    /** The nearest talks or agreement, which mediators broker; else the nearest truce or exchange. */
    private Draft nearestMediated(List<Draft> all, int token) {
        Draft nearest = null;
        for (Draft d : all) {
            if (!lexicon.rule(d.type).mediated()) continue;
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

    /** The token begins with a written-on conjunction (وأكد) or follows a coordinator word ("and stressed"). */
    private boolean coordinated(List<Token> tokens, int index) {
        String word = MatchKeys.normalize(tokens.get(index).surface());
        if (lexicon.conjunctionPrefixes().stream().anyMatch(c -> word.startsWith(c) && word.length() > c.length() + 2)) return true;
        return index > 0 && lexicon.isCoordinator(tokens.get(index - 1).surface());
    }

    /**
     * "بدأت عملية عسكرية على رفح … ثم السيطرة على المعبر", "launched an offensive … and then seized the crossing": a
     * second event of the same type joined to the first without an agent of its own has the first's.
     */
    void sameTypeChains(SentenceFacts facts, List<Draft> all) {
        List<Token> tokens = facts.sentence().tokens();
        for (int n = 1; n < all.size(); n++) {
            Draft d = all.get(n);
            Role principal = lexicon.rule(d.type).principal();
            if (!d.actors(principal).isEmpty()) continue;
            Draft earlier = all.get(n - 1);
            if (earlier.type != d.type || earlier.actors(principal).isEmpty() || !joinedBetween(tokens, earlier.triggerLast, d.triggerFirst)) {
                continue;
            }
            earlier.actors(principal).forEach(a -> d.add(principal, a));
        }
    }

    /** A coordinator word between two tokens, or a written-on conjunction on the second. */
    private boolean joinedBetween(List<Token> tokens, int after, int before) {
        for (int k = after + 1; k < before; k++) if (lexicon.isCoordinator(tokens.get(k).surface())) return true;
        return coordinated(tokens, before);
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
                if (pronoun >= 0 && !actorBetween(facts, pronoun, triggers.get(n).first())) {
                    speech.actors(Role.speaker).forEach(a -> d.add(principal, a));
                    d.fromDiscourse = true;
                }
                break;
            }
        }
    }

    /**
     * "He will fly to Israel later in the day": a verb whose subject is a pronoun opening its clause, outside reported
     * speech, is done by the last subject named before — a person for he and she, else the last state or body.
     */
    void pronounSubjects(SentenceFacts facts, List<Draft> all, Discourse discourse) {
        for (Draft d : all) {
            Role principal = lexicon.rule(d.type).principal();
            if (!d.verb || !d.subject.isEmpty() || d.fromDiscourse || d.participle) continue;
            Hit<Cue> pronoun = pronounOpening(facts, d.triggerFirst);
            if (pronoun == null || actorBetween(facts, pronoun.last(), d.triggerFirst)) continue;
            discourse.lastSubject("person".equals(pronoun.value().value())).ifPresent(referent -> {
                d.add(principal, referent);
                d.subject.add(referent);
                d.fromDiscourse = true;
            });
        }
    }

    /** A subject pronoun at most {@code PRONOUN_REACH} words before the verb ("he will", "they had"). */
    private static Hit<Cue> pronounOpening(SentenceFacts facts, int verb) {
        return facts.cues().stream().filter(c -> c.value().kind().equals("pronoun") && c.last() < verb && verb - c.last() <= PRONOUN_REACH)
                .reduce((a, b) -> b).orElse(null);
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
        return -1;
    }

    private static boolean actorBetween(SentenceFacts facts, int after, int before) {
        return facts.phrases().stream().anyMatch(p -> !p.isPlace() && p.first() > after && p.last() < before);
    }
}
