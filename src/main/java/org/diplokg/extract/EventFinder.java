package org.diplokg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.diplokg.extract.SentenceFacts.TimedSpan;
import org.diplokg.extract.time.TimeMention;
import org.diplokg.lexicon.Cue;
import org.diplokg.lexicon.EventLexicon;
import org.diplokg.lexicon.EventTypeRule;
import org.diplokg.lexicon.PhraseIndex.Hit;
import org.diplokg.lexicon.Preposition;
import org.diplokg.lexicon.Trigger;
import org.diplokg.model.EventType;
import org.diplokg.model.Evidence;
import org.diplokg.model.Role;
import org.diplokg.text.Document;
import org.diplokg.text.MatchKeys;
import org.diplokg.text.Token;

/**
 * Builds events from one sentence: each trigger that is not negated, hypothetical or a purpose takes its
 * arguments from its own stretch of the sentence (between the triggers around it): the subject (after an Arabic
 * verb first, before an English one first), the genitive of a noun, the object, the actors and places after role
 * prepositions, the nearest date, phases and ordinals; words that point back ("الجانبين", "البيان") are resolved
 * through the {@link Discourse}.
 */
final class EventFinder {
    private static final int SUBJECT_GAP = 2;
    private static final int PREPOSITION_GAP = 2;
    private static final int LIGHT_VERB_REACH = 2;
    private static final int REALIS_REACH = 8;

    private final EventLexicon lexicon;
    private final boolean verbFirst;

    EventFinder(EventLexicon lexicon) {
        this.lexicon = lexicon;
        this.verbFirst = lexicon.language().equals("ar");
    }

    List<Draft> find(Document doc, SentenceFacts facts, Discourse discourse) {
        var drafts = new ArrayList<Draft>();
        var all = new ArrayList<Draft>();
        List<Hit<Trigger>> triggers = facts.triggers();
        List<Reading> readings = readings(facts);
        for (int n = 0; n < triggers.size(); n++) {
            Hit<Trigger> hit = triggers.get(n);
            int from = n == 0 ? 0 : triggers.get(n - 1).last() + 1;
            int to = n == triggers.size() - 1 ? facts.sentence().tokens().size() - 1 : triggers.get(n + 1).first() - 1;
            Draft draft = build(doc, facts, n, readings, clauseStart(facts, from, hit.first()), clauseEnd(facts, hit.last(), to), discourse);
            all.add(draft);
            if (readings.get(n) == Reading.REAL || readings.get(n) == Reading.ESTABLISHED) drafts.add(draft);
        }
        embeddedSubjects(facts, all);
        coordinatedVerbSubjects(facts, all);
        sameTypeChains(facts, all);
        attachTimes(facts, all);
        all.forEach(EventFinder::sharedDate);
        establishedByAgreements(readings, all);
        attachCounts(facts, drafts);
        linkDuring(facts, all);
        return mergeMentions(drafts);
    }

    /**
     * A second mention of the same type in one sentence without actors of its own ("التقى الوزير … في افتتاح
     * المحادثات السبت الماضي") is the same event: its date and places join the first, before the article's running
     * date could date the first one wrongly.
     */
    private List<Draft> mergeMentions(List<Draft> drafts) {
        var merged = new ArrayList<Draft>();
        for (Draft d : drafts) {
            Role principal = lexicon.rule(d.type).principal();
            Draft same = merged.stream().filter(m -> m.type == d.type && (d.actors(principal).isEmpty() || m.actors(principal).isEmpty()))
                    .filter(m -> !m.hasDate() || !d.hasDate() || m.date().equals(d.date()))
                    .findFirst().orElse(null);
            if (same == null) {
                merged.add(d);
            } else {
                if (!same.ownDate && d.ownDate) same.ownDate = true;
                same.absorb(d);
            }
        }
        return merged;
    }

    /**
     * "التقى الوزير الوفدين … وأكد …", "met … and stressed …": a verb joined to an earlier one with its subject
     * left out shares that subject, and so does a noun whose possessor is a pronoun ("أعلن ترامب … خلال استقباله").
     */
    private void coordinatedVerbSubjects(SentenceFacts facts, List<Draft> all) {
        List<Token> tokens = facts.sentence().tokens();
        for (int n = 1; n < all.size(); n++) {
            Draft d = all.get(n);
            Role principal = lexicon.rule(d.type).principal();
            boolean needsSubject = d.possessive ? d.subject.isEmpty()
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

    /** What an agreement establishes has the agreement's parties and, without a date of its own, its date. */
    private void establishedByAgreements(List<Reading> readings, List<Draft> all) {
        Draft agreement = null;
        for (int n = 0; n < all.size(); n++) {
            Draft d = all.get(n);
            if (readings.get(n) == Reading.REAL && d.type == EventType.Agreement) agreement = d;
            if (readings.get(n) != Reading.ESTABLISHED || agreement == null) continue;
            Role principal = lexicon.rule(d.type).principal();
            agreement.actors(Role.party).forEach(a -> d.add(principal, a));
            if (!d.hasDate() && agreement.hasDate()) {
                d.time = agreement.date();
                d.ownDate = agreement.ownDate;
            }
        }
    }

    /** "أعلنت حماس اليوم موافقتها": what shares a subject with a dated verb and has no date of its own shares its date. */
    private static void sharedDate(Draft d) {
        Draft earlier = d.sharesSubjectWith;
        if (d.hasDate() || earlier == null || !earlier.hasDate()) return;
        d.time = earlier.date();
        d.ownDate = earlier.ownDate;
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
    private void sameTypeChains(SentenceFacts facts, List<Draft> all) {
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
     * "Hamas said it had accepted …", "قالت حماس إنها وافقت …": an event in reported speech whose subject is a
     * pronoun is the speaker's.
     */
    private void embeddedSubjects(SentenceFacts facts, List<Draft> all) {
        List<Hit<Trigger>> triggers = facts.triggers();
        for (int n = 1; n < all.size(); n++) {
            Draft d = all.get(n);
            Role principal = lexicon.rule(d.type).principal();
            if (!d.actors(principal).isEmpty()) continue;
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

    /**
     * Talks with a mediator or between parties ("محادثات بوساطة عمانية", "talks between Israel and Hamas"), or
     * described as such ("غير مباشرة", "indirect", "peace"), are a negotiation rather than a meeting; talks "with"
     * someone stay a meeting.
     */
    private boolean negotiatedTalks(SentenceFacts facts, int n, List<Reading> readings, int from, int to) {
        if (!facts.triggers().get(n).value().flags().contains("negotiation-when-mediated")) return false;
        for (Hit<List<Preposition>> prep : facts.prepositions()) {
            if (owner(readings, facts.triggers(), prep.first()) != n) continue;
            boolean meetingToo = prep.value().stream().anyMatch(p -> p.appliesTo(EventType.Meeting) && p.role().equals("participant"));
            boolean negotiating = prep.value().stream().anyMatch(p -> p.appliesTo(EventType.Negotiation)
                    && (p.role().equals("mediator") || p.role().equals("party") && !meetingToo));
            if (negotiating) return true;
        }
        return facts.cues().stream().anyMatch(c -> c.value().kind().equals("negotiation-marker") && c.first() >= from && c.last() <= to);
    }

    /** Where a trigger's clause begins: after the last complementizer before it, whose clause it is in. */
    private static int clauseStart(SentenceFacts facts, int from, int trigger) {
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

    /**
     * A noun joined to a goal or a negated noun shares its reading: "للتوصل إلى وقف لإطلاق النار وتبادل الرهائن",
     * "no ceasefire or exchange".
     */
    private boolean coordinatedNouns(SentenceFacts facts, Hit<Trigger> left, Hit<Trigger> right) {
        if (left.value().verb() || right.value().verb()) return false;
        List<Token> tokens = facts.sentence().tokens();
        boolean coordinated = false;
        for (int k = left.last() + 1; k < right.first(); k++) {
            Token t = tokens.get(k);
            if (t.isPunct()) return false;
            coordinated |= lexicon.isCoordinator(t.surface());
        }
        String first = MatchKeys.normalize(tokens.get(right.first()).surface());
        String phrase = MatchKeys.normalize(right.value().phrase());
        return coordinated || lexicon.conjunctionPrefixes().stream().anyMatch(c -> first.startsWith(c) && !phrase.startsWith(c));
    }

    /**
     * How a trigger is read: as an event (REAL); as a goal, a possibility or a denial because a cue says so (MODAL:
     * "جهود التوصل لاتفاق", "did not meet"); or as a complement by its form (FORM: the purpose lam of "لوقف إطلاق
     * النار"); or as what a real agreement establishes (ESTABLISHED: "اتفاق لوقف إطلاق النار", "a deal for a
     * ceasefire"), an event of its own with the agreement's parties and date. A noun joined to a blocked or
     * established noun shares its reading.
     */
    enum Reading { REAL, MODAL, FORM, ESTABLISHED }

    private List<Reading> readings(SentenceFacts facts) {
        var readings = new ArrayList<Reading>();
        List<Hit<Trigger>> triggers = facts.triggers();
        for (int n = 0; n < triggers.size(); n++) {
            Hit<Trigger> hit = triggers.get(n);
            Reading reading = modal(facts, hit) ? Reading.MODAL
                    : lexicon.rule(hit.value().type()).purposeLamBlocks() && hasPurposePrefix(facts, hit) ? Reading.FORM
                    : Reading.REAL;
            if (reading == Reading.FORM && n > 0 && readings.get(n - 1) == Reading.REAL
                    && triggers.get(n - 1).value().type() == EventType.Agreement) reading = Reading.ESTABLISHED;
            if (reading == Reading.REAL && n > 0 && readings.get(n - 1) != Reading.REAL
                    && coordinatedNouns(facts, triggers.get(n - 1), hit)) reading = readings.get(n - 1);
            readings.add(reading);
        }
        return readings;
    }

    /**
     * The trigger a phrase at {@code index} belongs to: the nearest one on its left that is an event or a goal (a
     * phrase after a goal stays in it); a purpose complement is skipped, so "اتفاق لوقف إطلاق النار … بين إسرائيل
     * وحماس" gives the parties to the agreement. With no trigger on its left, the first (dates work alike).
     */
    private static int owner(List<Reading> readings, List<Hit<Trigger>> triggers, int index) {
        int nearest = -1;
        for (int n = triggers.size() - 1; n >= 0; n--) {
            if (triggers.get(n).last() >= index) continue;
            if (nearest < 0) nearest = n;
            if (readings.get(n) == Reading.REAL || readings.get(n) == Reading.MODAL) return n;
        }
        return Math.max(nearest, 0);
    }

    private Draft build(Document doc, SentenceFacts facts, int n, List<Reading> readings, int from, int to, Discourse discourse) {
        Hit<Trigger> hit = facts.triggers().get(n);
        Trigger trigger = hit.value();
        EventType type = negotiatedTalks(facts, n, readings, from, to) ? EventType.Negotiation : trigger.type();
        EventTypeRule rule = lexicon.rule(type);
        var draft = new Draft(type, facts.sentence().index(), hit.first(), hit.last(), trigger.verb(),
                trigger.flags().contains("plural-places"));
        draft.participle = trigger.flags().contains("participle");
        draft.possessive = !trigger.verb() && lexicon.hasPronounSuffix(facts.sentence().tokens().get(hit.last()).surface());
        var groups = Groups.of(facts, from, to, lexicon);
        var used = new java.util.HashSet<ActorPhrase>();
        assignPrepositions(facts, draft, used, n, readings, rule, "place".equals(trigger.object()));
        Groups.Group subject = draft.possessive || draft.participle ? null : subject(facts, hit, groups, used);
        if (subject != null) {
            Groups.Group actors = trigger.verb() ? governments(subject) : subject;
            assign(draft, actors, trigger.subject(), rule, used);
            used.addAll(subject.phrases());
            actors.phrases().stream().filter(p -> !p.isPlace()).forEach(p -> draft.subject.add(p.slug()));
            Groups.Group object = trigger.object() == null ? null : groups.after(subject.last(), SUBJECT_GAP, used);
            if (object == null && trigger.object() != null && !verbFirst) object = groups.after(hit.last(), SUBJECT_GAP, used);
            if (object != null) assign(draft, object, List.of(trigger.object()), rule, used);
        } else if (trigger.object() != null) {
            Groups.Group object = groups.after(hit.last(), SUBJECT_GAP, used);
            if (object != null && (trigger.object().equals("place") || draft.possessive)) {
                assign(draft, object, List.of(trigger.object()), rule, used);
            }
        }
        if (draft.places.isEmpty() && rule.takesPlace()) {
            facts.phrases().stream().filter(p -> p.isPlace() && owner(readings, facts.triggers(), p.first()) == n && !used.contains(p))
                    .findFirst().ifPresent(p -> draft.places.add(p.slug()));
        }
        resolvePointers(facts, hit, draft, rule, discourse, from, to);
        draft.evidence.add(evidence(doc, facts, draft));
        return draft;
    }

    /**
     * Subject of a verb (in English after the verb only for speech: "…, said Blinken"; "were freed, X said" has
     * no subject after "freed"), genitive of a noun; a noun without a genitive takes the subject of a light verb that governs
     * it ("تجري حماس وإسرائيل مفاوضات", "Israel and Hamas held talks"), not any actor that happens to stand before it.
     */
    private Groups.Group subject(SentenceFacts facts, Hit<Trigger> hit, Groups groups, Set<ActorPhrase> used) {
        Groups.Group after = groups.after(hit.last(), SUBJECT_GAP, used);
        Groups.Group before = groups.before(hit.first(), used);
        if (!hit.value().verb()) {
            Groups.Group genitive = groups.after(hit.last(), 0, used);
            if (genitive != null && !genitive.allPlaces()) return genitive;
            if (before != null && lightVerbBetween(facts, before.first(), hit.first())) return before;
            return possessedLightVerbAntecedent(facts, hit.first(), used);
        }
        if (verbFirst && dualRightAfter(facts, hit.last())) return null;
        boolean afterIsDestination = after != null && "place".equals(hit.value().object())
                && after.phrases().stream().allMatch(ActorPhrase::canBePlace) && before != null;
        if (verbFirst) return after != null && !after.allPlaces() && !afterIsDestination ? after : before;
        if (before == null || before.allPlaces()) {
            Groups.Group outside = beforeRelativeClause(facts, hit.first(), used);
            if (outside != null) before = outside;
        }
        if (before != null) return before;
        return hit.value().type() == EventType.Statement ? after : null;
    }

    /** "واتفق الجانبان": the subject right after the verb is "the two sides", resolved through the discourse. */
    private boolean dualRightAfter(SentenceFacts facts, int verbLast) {
        return facts.cues().stream().anyMatch(c -> c.value().kind().equals("dual") && c.first() > verbLast
                && c.first() <= verbLast + 1 + SUBJECT_GAP && lexicon.hasDualEnding(facts.sentence().tokens().get(c.last()).surface()));
    }

    /** "Gallant, who arrived in Washington on Sunday, held talks": the subject stands before the relative clause. */
    private Groups.Group beforeRelativeClause(SentenceFacts facts, int verb, Set<ActorPhrase> used) {
        Hit<Cue> relative = null;
        for (Hit<Cue> cue : facts.cues()) {
            if (cue.value().kind().equals("relative") && cue.last() < verb) relative = cue;
        }
        if (relative == null || relative.first() == 0) return null;
        Groups.Group subject = Groups.of(facts, 0, relative.first() - 1, lexicon).before(relative.first(), used);
        return subject != null && subject.last() >= relative.first() - 2 ? subject : null;
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
    private void assignPrepositions(SentenceFacts facts, Draft draft, Set<ActorPhrase> used, int n,
                                    List<Reading> readings, EventTypeRule rule, boolean takesDestination) {
        Groups sentence = null;
        for (Hit<List<Preposition>> prep : facts.prepositions()) {
            if (owner(readings, facts.triggers(), prep.first()) != n) continue;
            if (sentence == null) sentence = Groups.of(facts, 0, facts.sentence().tokens().size() - 1, lexicon);
            Groups.Group group = sentence.after(prep.last(), PREPOSITION_GAP, used);
            if (group == null) continue;
            ActorPhrase head = group.phrases().getFirst();
            for (Preposition p : prep.value()) {
                if (!p.appliesTo(draft.type)) continue;
                boolean place = p.role().equals("place");
                if (place && !rule.takesPlace() && !takesDestination) continue;
                if (place ? !head.canBePlace() : group.allPlaces()) continue;
                assign(draft, group, List.of(p.role()), rule, used);
                break;
            }
        }
    }

    /** "الجانبين" / "the two sides", a dual pronoun on the trigger, "البيان" / "the statement". */
    private void resolvePointers(SentenceFacts facts, Hit<Trigger> hit, Draft draft, EventTypeRule rule, Discourse discourse,
                                 int from, int to) {
        Role principal = rule.principal();
        if (!draft.actors(principal).isEmpty()) return;
        boolean dual = hasDualSuffix(facts.sentence().tokens().get(hit.last()));
        boolean anaphor = false;
        for (Hit<Cue> cue : facts.cues()) {
            if (cue.first() < from || cue.last() > to) continue;
            dual |= cue.value().kind().equals("dual") && lexicon.hasDualEnding(facts.sentence().tokens().get(cue.last()).surface());
            anaphor |= cue.value().kind().equals("anaphor");
        }
        if (anaphor && draft.type == EventType.Statement && discourse.lastSpeaker().isPresent()) {
            draft.add(principal, discourse.lastSpeaker().get());
            draft.fromDiscourse = true;
        } else if (dual && !discourse.lastPair().isEmpty()) {
            discourse.lastPair().forEach(s -> draft.add(principal, s));
            draft.fromDiscourse = true;
        }
    }

    private boolean hasDualSuffix(Token t) {
        String word = MatchKeys.normalize(t.surface());
        return lexicon.dualSuffixes().stream().anyMatch(s -> word.endsWith(s) && word.length() > s.length() + 2);
    }

    /** A negation or irrealis cue reaches the trigger, and no realis word ("نجح في التوصل", "بعد التوصل") voids it. */
    private boolean modal(SentenceFacts facts, Hit<Trigger> hit) {
        for (Hit<Cue> cue : facts.cues()) {
            String kind = cue.value().kind();
            if (!cue.value().reaches(cue.last(), hit.first()) || voidedByRealis(facts, cue)) continue;
            if (kind.equals("negation") || kind.equals("irrealis")) return true;
            if (kind.equals("irrealis-present") && hit.value().verb()
                    && lexicon.isPresentTense(facts.sentence().tokens().get(hit.first()).surface())) return true;
        }
        return false;
    }

    private static boolean voidedByRealis(SentenceFacts facts, Hit<Cue> cue) {
        return !cue.value().kind().equals("negation") && facts.cues().stream().anyMatch(r -> r.value().kind().equals("realis")
                && r.last() < cue.first() && cue.first() - r.last() <= REALIS_REACH);
    }

    /** لاتفاق، لوقف: a lam before a noun trigger that does not itself begin with one. */
    private boolean hasPurposePrefix(SentenceFacts facts, Hit<Trigger> hit) {
        if (hit.value().verb()) return false;
        String word = MatchKeys.normalize(facts.sentence().tokens().get(hit.first()).surface());
        String phrase = MatchKeys.normalize(hit.value().phrase().split(" ")[0]);
        for (String prefix : lexicon.purposePrefixes()) {
            if (word.startsWith(prefix) && !phrase.startsWith(prefix)) return true;
        }
        return false;
    }

    /**
     * A date belongs to the nearest trigger on its left (Arabic and English both put the date after the verb
     * phrase), else to the first trigger on its right ("On Monday, Blinken met …").
     */
    private void attachTimes(SentenceFacts facts, List<Draft> drafts) {
        if (drafts.isEmpty()) return;
        for (TimedSpan span : facts.times()) {
            Draft owner = null;
            for (Draft d : drafts) if (d.triggerLast < span.first()) owner = d;
            if (owner == null) owner = drafts.getFirst();
            apply(owner, span.mention(), endCueBefore(facts, span));
        }
    }

    private static boolean endCueBefore(SentenceFacts facts, TimedSpan span) {
        return facts.cues().stream().anyMatch(c -> c.value().kind().equals("end") && c.value().reaches(c.last(), span.first()));
    }

    private static void apply(Draft d, TimeMention m, boolean isEnd) {
        switch (m.kind()) {
            case DURATION -> { if (d.duration == null) d.duration = m.duration(); }
            case SPAN -> {
                if (d.hasDate()) return;
                d.begin = m.value();
                d.end = m.until();
                d.ownDate = true;
            }
            case DATE -> {
                if (d.hasDate()) return;
                if (isEnd) d.end = m.value();
                else d.time = m.value();
                d.ownDate = true;
            }
        }
    }

    /**
     * "3 مراحل" / "three-phase" → the phase count of the nearest proposal, agreement or ceasefire; "105 من المحتجزين"
     * / "39 prisoners" → the people an exchange released; "14 votes in favour" → a resolution's votes; ordinals → the
     * tour.
     */
    private void attachCounts(SentenceFacts facts, List<Draft> drafts) {
        for (Hit<Cue> cue : facts.cues()) {
            if (!cue.value().kind().equals("phase-unit")) continue;
            Integer count = countBefore(facts, cue.first());
            if (count == null) continue;
            nearest(drafts, cue.first(), Set.of(EventType.Proposal, EventType.Agreement, EventType.Ceasefire))
                    .ifPresent(d -> { if (d.phaseCount == null) d.phaseCount = count; });
        }
        for (Hit<Cue> cue : facts.cues()) {
            if (!cue.value().kind().equals("quantity")) continue;
            Integer count = countBefore(facts, cue.first());
            if (count == null) continue;
            EventType counted = cue.value().value().equals("released") ? EventType.Exchange : EventType.Resolution;
            nearest(drafts, cue.first(), Set.of(counted)).ifPresent(d -> d.quantities.putIfAbsent(cue.value().value(), count));
        }
        for (Hit<Integer> ordinal : facts.ordinals()) {
            nearest(drafts, ordinal.first(), Set.of(EventType.Tour)).ifPresent(d -> { if (d.ordinal == null) d.ordinal = ordinal.value(); });
        }
        for (Hit<Cue> cue : facts.cues()) {
            if (!cue.value().kind().equals("status")) continue;
            nearest(drafts, cue.first(), Set.of(EventType.Negotiation, EventType.Agreement, EventType.Ceasefire))
                    .ifPresent(d -> { if (d.status == null) d.status = cue.value().value(); });
        }
    }

    /** The number right before a unit word, skipping a hyphen ("three-phase") or "of" ("105 من المحتجزين"). */
    private static Integer countBefore(SentenceFacts facts, int unit) {
        List<Token> tokens = facts.sentence().tokens();
        int k = unit - 1;
        if (k >= 0 && tokens.get(k).surface().equals("-")) k--;
        int of = k;
        if (facts.cues().stream().anyMatch(c -> c.value().kind().equals("count-of") && c.last() == of)) k--;
        if (k < 0) return null;
        Token t = tokens.get(k);
        if (t.number() != null) return t.number().intValue();
        for (Hit<Integer> n : facts.numbers()) if (n.last() == k) return n.value();
        return null;
    }

    private static java.util.Optional<Draft> nearest(List<Draft> drafts, int at, Set<EventType> types) {
        return drafts.stream().filter(d -> types.contains(d.type))
                .min(java.util.Comparator.comparingInt(d -> Math.abs(d.triggerFirst - at)));
    }

    /** "X خلال Y" / "X during Y": X happened inside Y, and takes its date when it has none. */
    private static void linkDuring(SentenceFacts facts, List<Draft> drafts) {
        for (Hit<Cue> cue : facts.cues()) {
            if (!cue.value().kind().equals("during")) continue;
            Draft before = null;
            Draft after = null;
            for (Draft d : drafts) {
                if (d.triggerLast < cue.first()) before = d;
                else if (after == null && d.triggerFirst > cue.last() && cue.value().reaches(cue.last(), d.triggerFirst)) after = d;
            }
            if (before != null && after != null) before.during = after;
        }
    }

    private static Evidence evidence(Document doc, SentenceFacts facts, Draft draft) {
        var s = facts.sentence();
        double confidence = (draft.verb ? 0.8 : 0.7) * (draft.fromDiscourse ? 0.85 : 1.0);
        return new Evidence(s.index(), doc.codePointOffset(s.start()), doc.codePointOffset(s.end()), s.text(),
                Math.round(confidence * 100) / 100.0, "trigger:" + draft.type + (draft.fromDiscourse ? "+discourse" : ""));
    }
}
