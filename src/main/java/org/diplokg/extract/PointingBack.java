package org.diplokg.extract;

import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;
import org.diplokg.lexicon.Cue;
import org.diplokg.lexicon.EventLexicon;
import org.diplokg.lexicon.EventTypeRule;
import org.diplokg.lexicon.NameLexicon;
import org.diplokg.lexicon.PhraseIndex.Hit;
import org.diplokg.lexicon.Preposition;
import org.diplokg.lexicon.Trigger;
import org.diplokg.model.ActorType;
import org.diplokg.model.EventType;
import org.diplokg.model.Role;
import org.diplokg.text.MatchKeys;
import org.diplokg.text.Token;

/**
 * Principals the sentence only points back to: "الجانبين" / "the two sides" (or the demonyms right after them that
 * name them), a dual pronoun on the trigger, "the six countries", "البيان" / "the statement"; the {@link Discourse}
 * gives whom they point to.
 */
final class PointingBack {
    /** Cues that say talks are held again: "again", "a new round". */
    private static final Set<String> MEETING_AGAIN = Set.of("adverb", "another-round");
    private static final String ANOTHER_ROUND = "another-round";
    private static final String AGAIN = "again";
    /** The value of a dual cue for people ("the two leaders"), and what joins the post they hold ("person:President"). */
    private static final String PEOPLE = "person";
    private static final String POST = ":";
    /** The value of a dual cue that is a pronoun only when it stands alone before its verb ("Both said"). */
    private static final String PRONOUN = "pronoun";
    /** The value of a dual cue for states ("the two countries"). */
    private static final String STATES = "state";
    /** The "to" of an infinitive ("agreeing to meet again"): talks still to come. */
    private static final Set<String> INFINITIVE = Set.of("infinitive");
    /** How far after a statement noun its owner may begin: the noun's adjective, then the owner ("البيان الختامي للقمة"). */
    private static final int OWNER_REACH = 2;

    /** The apostrophe of an English possessive ("the leaders' meeting", "the delegation's visit"), straight or curly. */
    private static final char APOSTROPHE = '\'';
    private static final char CURLY_APOSTROPHE = '\u2019';
    private static final Set<String> APOSTROPHES = Set.of(String.valueOf(APOSTROPHE), String.valueOf(CURLY_APOSTROPHE));
    private static final String GENITIVE_S = APOSTROPHE + "s";

    /** "the leaders'", "their": a pair only as the owner of an event noun (see {@link #ownsTheNoun}). */
    private static final String PAIR_OWNER = "pair-owner";
    /** "their": a possessive determiner of more than one. */
    private static final String POSSESSIVE = "possessive";
    private static final String PLURAL = "plural";
    /** "the participants", "المشاركون": those of the last gathering the text told. */
    private static final Set<String> PARTICIPANTS = Set.of("participants");

    private final EventLexicon lexicon;
    private final NameLexicon names;

    PointingBack(EventLexicon lexicon, NameLexicon names) {
        this.lexicon = lexicon;
        this.names = names;
    }

    /** "الجانبين" / "the two sides", a dual pronoun or verb ending on the trigger, "البيان" / "the statement". */
    void resolve(SentenceFacts facts, Groups sentence, Hit<Trigger> hit, Draft draft, EventTypeRule rule, Discourse discourse,
                                 int from, int to) {
        Role principal = rule.principal();
        if (!draft.actors(principal).isEmpty()) {
            sidesMetBySubject(facts, hit, draft, principal, discourse, from, to);
            oneSideNamedAfterTheTwo(facts, hit, draft, principal, discourse, from, to);
            return;
        }
        boolean dual = hasDualSuffix(facts.sentence().tokens().get(hit.last()))
                || draft.type == EventType.Statement && dualVerbWithoutItsSubject(facts, hit);
        boolean anaphor = false;
        Groups.Group sides = null;
        boolean again = meetAgain(facts, from, to) && !discourse.lastTalksPair().isEmpty();
        List<String> pair = again ? discourse.lastTalksPair() : discourse.lastPair();
        for (Hit<Cue> cue : facts.cues()) {
            if (cue.first() < from || cue.last() > to) continue;
            List<String> cuePair = !again && pointsToPeople(cue) ? discourse.lastPairOfPeople()
                    : pointsToStates(cue) ? discourse.pairOfCountries(pair, facts.sentence().index(), cue.first()) : pair;
            boolean twoSides = cue.value().kind().equals("dual") && holdTheNamedPost(cuePair, cue, discourse)
                    && (!PRONOUN.equals(cue.value().value()) || standsAlone(facts, hit, cue))
                    && !(draft.type == EventType.Statement && qualifiesUnnamedPeople(facts, cue))
                    && (inSubjectPosition(facts, hit, cue) && !prepositionWrittenOn(facts, cue)
                    || afterOwnPreposition(facts, cue, draft.type)
                    || ownsTheNoun(facts, hit, cue)
                    || EventFinder.HELD_TALKS.contains(draft.type) && subjectOfTheLightVerb(facts, hit, cue))
                    && lexicon.isDual(facts.sentence().tokens(), cue);
            boolean owner = (cue.value().kind().equals(PAIR_OWNER) || pluralDeterminer(cue)) && ownsTheNoun(facts, hit, cue);
            if (owner && !dual) pair = pointsToPeople(cue) ? discourse.lastPairOfPeople() : discourse.lastPair();
            dual |= owner;
            if (twoSides && sides == null) sides = namedSides(sentence, cue);
            if (twoSides && !dual) pair = cuePair;
            dual |= twoSides;
            draft.dualOfPeople |= twoSides && cue.value().value() != null && cue.value().value().startsWith(PEOPLE);
            anaphor |= cue.value().kind().equals("anaphor") && definite(facts.sentence().tokens().get(cue.first())) && !owned(facts, cue);
        }
        if (sides != null) {
            sides.phrases().forEach(p -> draft.add(principal, p.slug()));
            return;
        }
        List<String> counted = countedStates(facts, hit, draft.type, discourse, from, to);
        if (counted.isEmpty()) counted = participantsOfTheLastGathering(facts, hit, discourse, from, to);
        if (!counted.isEmpty()) {
            counted.forEach(side -> draft.add(principal, side));
            draft.fromDiscourse = true;
            return;
        }
        boolean speakerFound = anaphor && draft.type == EventType.Statement && discourse.lastSpeaker().isPresent();
        if (speakerFound) {
            draft.add(principal, discourse.lastSpeaker().get());
            draft.fromDiscourse = true;
        }
        draft.dualSubject = dual && !speakerFound;
        if (draft.dualSubject && !pair.isEmpty()) {
            pair.forEach(s -> draft.add(principal, s));
            draft.fromDiscourse = true;
        }
    }

    /**
     * "The two sides agreed to convene again in Rome", "the two sides will hold a new round": sides that meet again
     * are those of the last talks, though a call or a deal between others was told since.
     */
    private static boolean meetAgain(SentenceFacts facts, int from, int to) {
        for (Hit<Cue> c : facts.cuesOf(MEETING_AGAIN)) {
            if (c.first() >= from && c.last() <= to && (c.value().kind().equals(ANOTHER_ROUND) || AGAIN.equals(c.value().value()))) return true;
        }
        return false;
    }

    /**
     * "وعقد الرئيسان جلسة مباحثات" (the two presidents), "الملكان", "الأميران": a dual of people that names their post
     * ("dual=person:President") points back to the last pair only when the text named both with that post; "لقاء بين
     * الرئيسين" after talks between two delegations names the presidents above them, not the negotiators. Such a
     * dual is then no dual at all: its word keeps its reading as a title ("الرئيسان" the one president named).
     */
    static boolean holdTheNamedPost(List<String> pair, Hit<Cue> cue, Discourse discourse) {
        String value = cue.value().value();
        if (value == null || !value.startsWith(PEOPLE + POST)) return true;
        String post = value.substring(PEOPLE.length() + POST.length());
        return !pair.isEmpty() && pair.stream().allMatch(person -> discourse.namedWithPost(person, post));
    }

    /**
     * "Iran and the United States held indirect talks in Muscat, agreeing to meet again next Saturday", "The two sides
     * agreed to meet again in Rome", "They agreed to reconvene in Geneva": talks an agreement promises to hold again
     * are the next round of the last talks, between their sides and a negotiation if those talks were one,
     * unless the agreement's own subject names two. Earlier talks of the sentence come before those of the discourse.
     * Talks agreed on without "again" only take the agreement's sides ("the two sides agreed to meet in Rome"); talks
     * held again between other sides keep their type ("Blinken met Netanyahu again").
     */
    void roundsAgreedOn(SentenceFacts facts, List<Draft> all, IntPredicate agreedToMeet, Discourse discourse) {
        for (int n = 0; n < all.size(); n++) {
            boolean agreed = n > 0 && agreedToMeet.test(n - 1);
            if (EventFinder.HELD_TALKS.contains(all.get(n).type)) roundOfTheLastTalks(facts, all, n, agreed, discourse);
        }
    }

    private void roundOfTheLastTalks(SentenceFacts facts, List<Draft> all, int n, boolean agreed, Discourse discourse) {
        Draft talks = all.get(n);
        Hit<Trigger> trigger = facts.triggers().get(n);
        // "a new round" alone may be of other talks than the last ones; "meet again" and an agreement to meet are not.
        if (!agreed && !againAdverbAfter(facts, trigger)) return;
        int from = n > 0 ? facts.triggers().get(n - 1).last() + 1 : 0;
        boolean again = trigger.value().flags().contains(AGAIN) || meetAgain(facts, from, trigger.last() + 1);
        Draft earlier = lastTalksOfTwo(all, n);
        List<String> lastPair = earlier != null ? principals(earlier) : discourse.lastTalksPair();
        List<String> own = principals(talks);
        List<String> agreedBy = agreed ? List.copyOf(all.get(n - 1).actors(Role.party)) : List.of();
        List<String> sides = own.size() >= 2 ? own : agreedBy.size() >= 2 || !again ? agreedBy : lastPair;
        if (sides.size() < 2) return;
        boolean sameSides = again && Set.copyOf(sides).equals(Set.copyOf(lastPair));
        boolean negotiated = earlier != null ? negotiatedEarlier(all, n, sides) : discourse.lastTalksType().orElse(talks.type) == EventType.Negotiation;
        // "met again in Rome" reports a meeting as held, and keeps its verb's type; a round promised is the talks'.
        boolean promised = agreed || facts.cuesOf(INFINITIVE).stream().anyMatch(c -> c.last() == trigger.first() - 1);
        talks.fromDiscourse |= sides != own;
        heldBy(talks, sides, sameSides && negotiated && promised ? EventType.Negotiation : talks.type);
    }

    private List<String> principals(Draft d) {
        return List.copyOf(d.actors(lexicon.rule(d.type).principal()));
    }

    /** The talks become of this type, held by these sides in its principal role. */
    private void heldBy(Draft talks, List<String> sides, EventType type) {
        talks.roles.remove(lexicon.rule(talks.type).principal());
        talks.type = type;
        sides.forEach(side -> talks.add(lexicon.rule(type).principal(), side));
    }

    /** A negotiation between these sides earlier in the sentence: the talks are a round of it, though also called a meeting. */
    private boolean negotiatedEarlier(List<Draft> all, int before, List<String> sides) {
        return all.subList(0, before).stream().anyMatch(d -> d.type == EventType.Negotiation
                && d.actors(Role.party).equals(Set.copyOf(sides)));
    }

    /** "meet again": the adverb right after the verb. */
    private static boolean againAdverbAfter(SentenceFacts facts, Hit<Trigger> trigger) {
        for (Hit<Cue> c : facts.cuesOf(MEETING_AGAIN)) if (c.first() == trigger.last() + 1 && AGAIN.equals(c.value().value())) return true;
        return false;
    }

    /** The last talks before draft {@code before} with exactly two principals, or null. */
    private Draft lastTalksOfTwo(List<Draft> all, int before) {
        for (int m = before - 1; m >= 0; m--) {
            Draft d = all.get(m);
            if (EventFinder.HELD_TALKS.contains(d.type) && d.actors(lexicon.rule(d.type).principal()).size() == 2) return d;
        }
        return null;
    }

    /**
     * "Blinken met the two sides", "Sisi received both delegations", "the envoy met with the two leaders": "the two
     * sides" as the object of a meeting verb whose subject is already found are the last pair the text named, met by
     * that subject (the subject case is above). Only meetings and calls: "urged both sides to" names no participants.
     */
    private void sidesMetBySubject(SentenceFacts facts, Hit<Trigger> hit, Draft draft, Role principal, Discourse discourse,
                                   int from, int to) {
        List<String> pair = discourse.lastPair();
        if (!SharedArguments.TWO_SIDED.contains(draft.type) || !hit.value().verb() || pair.isEmpty()
                || pair.stream().anyMatch(draft.actors(principal)::contains)) return;
        boolean object = facts.cuesOf("dual").stream().anyMatch(cue -> cue.first() >= from && cue.last() <= to
                && holdTheNamedPost(pair, cue, discourse)
                && (cue.first() > hit.last() && cue.first() <= hit.last() + 1 + Subjects.SUBJECT_GAP || afterOwnPreposition(facts, cue, draft.type))
                && lexicon.isDual(facts.sentence().tokens(), cue));
        if (!object) return;
        pair.forEach(side -> draft.add(principal, side));
        draft.fromDiscourse = true;
    }

    /**
     * "In December 2023, the two sides exchanged prisoners, with Azerbaijan freeing 32 soldiers": "the two sides" as the
     * subject are the last pair though the rest of the clause names one of them (here as the exchange's party); the
     * other side joins it. A principal that is not of the pair ("the two sides signed a deal with Egypt") keeps the
     * event to the actors it names; a speaker is one side, not two ("said relations between the two neighbours").
     */
    private void oneSideNamedAfterTheTwo(SentenceFacts facts, Hit<Trigger> hit, Draft draft, Role principal, Discourse discourse,
                                         int from, int to) {
        List<String> pair = discourse.lastPair();
        Set<String> named = draft.actors(principal);
        if (draft.type == EventType.Statement || pair.isEmpty() || !pair.containsAll(named) || named.containsAll(pair)) return;
        boolean subject = facts.cuesOf("dual").stream().anyMatch(cue -> cue.first() >= from && cue.last() <= to
                && !PRONOUN.equals(cue.value().value()) && holdTheNamedPost(pair, cue, discourse)
                && inSubjectPosition(facts, hit, cue) && !prepositionWrittenOn(facts, cue) && !governedByAPreposition(facts, cue)
                && lexicon.isDual(facts.sentence().tokens(), cue));
        if (!subject) return;
        pair.forEach(side -> draft.add(principal, side));
        draft.fromDiscourse = true;
    }

    /** "relations between the two neighbours": a preposition right before "the two sides" makes them its object. */
    private static boolean governedByAPreposition(SentenceFacts facts, Hit<Cue> cue) {
        return facts.prepositions().stream().anyMatch(p -> p.last() == cue.first() - 1);
    }

    /**
     * "officials from both countries said", "officials in both countries said", "sources on both sides said": "the two
     * sides" after an unnamed group of people and its preposition only says where those people come from; the group,
     * which the text does not name, is the speaker (Subjects: only a named actor's speech is a Statement), so the two
     * sides did not speak. Other verbs keep them ("officials from both sides met in Geneva").
     */
    private boolean qualifiesUnnamedPeople(SentenceFacts facts, Hit<Cue> dual) {
        int before = dual.first() - 1;
        boolean preposition = facts.prepositions().stream().anyMatch(p -> p.last() == before);
        // "officials from" is one cue that holds its preposition; "officials in" is a cue and a preposition.
        return facts.cues().stream().anyMatch(c -> Subjects.unnamedSpeakerCue(c) && (c.last() == before || preposition && c.last() == before - 1));
    }

    /**
     * "زار المقداد جدة بدعوة من نظيره السعودي، وعقد معه جلسة مباحثات", "واستقبله ولي العهد، واجتمع معه": "with him" on a
     * meeting or call whose subject the clause leaves to the verb before it points to the other person that verb's
     * clause named, the host or the visitor; the meeting is between that verb's subject and that person.
     */
    void partnerWithAPronoun(SentenceFacts facts, List<Draft> all) {
        for (int n = 1; n < all.size(); n++) {
            Draft d = all.get(n);
            Role principal = lexicon.rule(d.type).principal();
            if (!SharedArguments.TWO_SIDED.contains(d.type) || !d.actors(principal).isEmpty()) continue;
            int with = withAPronoun(facts, d);
            Draft earlier = with < 0 ? null : lastVerbWithASubject(all, n);
            if (earlier == null) continue;
            ActorPhrase partner = facts.phrases().stream().filter(p -> p.type() == ActorType.Person && p.last() < with
                    && !earlier.subject.contains(p.slug())).reduce((a, b) -> b).orElse(null);
            if (partner == null) continue;
            earlier.subject.forEach(s -> d.add(principal, s));
            d.subject.addAll(earlier.subject);
            d.add(principal, partner.slug());
        }
    }

    /** The word "with" and a pronoun written on it (معه، معها) right after the trigger or between its light verb and it, or -1. */
    private int withAPronoun(SentenceFacts facts, Draft d) {
        int lightVerb = d.verb ? -1 : Subjects.governingLightVerb(facts, d.triggerFirst);
        for (Hit<List<Preposition>> p : facts.prepositions()) {
            boolean placed = p.first() == d.triggerLast + 1 || lightVerb >= 0 && p.first() > lightVerb && p.last() < d.triggerFirst;
            if (placed && p.first() == p.last() && p.value().stream().anyMatch(r -> r.givesParticipant(d.type))
                    && lexicon.hasPronounSuffix(facts.sentence().tokens().get(p.first()).surface())) return p.first();
        }
        return -1;
    }

    private static Draft lastVerbWithASubject(List<Draft> all, int n) {
        for (int m = n - 1; m >= 0; m--) if (all.get(m).verb && !all.get(m).subject.isEmpty()) return all.get(m);
        return null;
    }

    /**
     * "a joint statement issued by the six countries", "the three nations said": a definite counted plural of states in
     * the event's subject slot is the last that many states the text named.
     */
    private List<String> countedStates(SentenceFacts facts, Hit<Trigger> hit, EventType type, Discourse discourse, int from, int to) {
        List<Token> tokens = facts.sentence().tokens();
        for (Hit<Cue> cue : facts.cuesOf("counted-sides")) {
            if (cue.first() < from || cue.last() > to) continue;
            Hit<Integer> number = numberEndingAt(facts, cue.first() - 1);
            if (number == null || number.first() == 0 || !lexicon.isDefiniteArticle(tokens.get(number.first() - 1).surface())) continue;
            var phrase = new Hit<>(number.first() - 1, cue.last(), cue.value());
            if (!inSubjectPosition(facts, hit, phrase) && !afterOwnPreposition(facts, phrase, type)) continue;
            return discourse.lastStates(number.value(), facts.sentence().index(), phrase.first());
        }
        return List.of();
    }

    /**
     * "قالت ميركل إن المشاركين اتفقوا على خطة شاملة", "the participants agreed on the importance of consultations":
     * the participants in the event's subject slot are those of the last gathering of three or more the text told.
     */
    private static List<String> participantsOfTheLastGathering(SentenceFacts facts, Hit<Trigger> hit, Discourse discourse,
                                                               int from, int to) {
        for (Hit<Cue> cue : facts.cuesOf(PARTICIPANTS)) {
            if (cue.first() >= from && cue.last() <= to && inSubjectPosition(facts, hit, cue)) return discourse.lastGathering();
        }
        return List.of();
    }

    /**
     * "وأعرب الجانبان السعودي والإيراني", "بين الطرفين الروسي والأوكراني": demonyms right after "the two sides" name
     * them; the discourse need not be asked. When only one is known ("الجانبين السعودي والحوثي", a group's nisba the
     * gazetteer lacks), the sides are still named here, not the last pair: the known one stands alone. A singular
     * side ("الجانب الفلسطيني من معبر رفح") is no dual cue.
     */
    private static Groups.Group namedSides(Groups sentence, Hit<Cue> dual) {
        Groups.Group after = sentence.after(dual.last(), 0, Set.of());
        boolean demonyms = after != null && after.first() == dual.last() + 1 && after.phrases().size() <= 2
                && after.phrases().stream().allMatch(ActorPhrase::isBareDemonym);
        return demonyms ? after : null;
    }

    /**
     * "اتفق الجانبان", "the two sides agreed", "لقاء الجانبين": "the two sides" right after a verb or right before it,
     * or the genitive of a noun, is its subject; further on it is an object ("أعرب في بيان عن شكره للطرفين"). A
     * participle has its main verb's subject, so "the two sides" on either side of it is none ("داعيا الطرفين إلى").
     * A verb whose subject pronoun precedes it ("He said both sides had agreed …") has its subject already: "the two
     * sides" after it open the reported clause.
     */
    private static boolean inSubjectPosition(SentenceFacts facts, Hit<Trigger> hit, Hit<Cue> cue) {
        if (hit.value().flags().contains("participle")) return false;
        int reach = hit.value().verb() ? Subjects.SUBJECT_GAP : 0;
        boolean subjectBefore = hit.value().verb() && SharedArguments.hasPronounSubject(facts, hit.first());
        return cue.first() > hit.last() && cue.first() <= hit.last() + 1 + reach && !subjectBefore
                || hit.value().verb() && cue.last() < hit.first() && cue.last() >= hit.first() - 1 - Subjects.SUBJECT_GAP;
    }

    /**
     * "the two leaders' meeting on March 3", "both sides' last meeting, in Bali", "their meeting on May 5": a dual in
     * the possessive, or a possessive determiner, right before an event noun, or one word (an adjective, an ordinal)
     * before it, owns the meeting or call as its sides. Not other events: "their assault" is the forces' alone.
     */
    private static boolean ownsTheNoun(SentenceFacts facts, Hit<Trigger> hit, Hit<Cue> cue) {
        if (!SharedArguments.TWO_SIDED.contains(hit.value().type()) || hit.value().verb() || cue.last() >= hit.first()) return false;
        List<Token> tokens = facts.sentence().tokens();
        int after = cue.last() + 1;
        boolean apostrophe = after < hit.first() && tokens.get(after).isPunct() && APOSTROPHES.contains(tokens.get(after).surface());
        if (pluralDeterminer(cue)) return hit.first() - after <= 1;
        boolean genitive = tokens.get(cue.last()).surface().replace(CURLY_APOSTROPHE, APOSTROPHE).endsWith(GENITIVE_S);
        if (!apostrophe && !genitive) return false;
        int gap = hit.first() - (apostrophe ? after + 1 : after);
        return gap == 0 || gap == 1 && tokens.get(hit.first() - 1).isWord();
    }

    private static boolean pluralDeterminer(Hit<Cue> cue) {
        return cue.value().kind().equals(POSSESSIVE) && PLURAL.equals(cue.value().value());
    }

    /** "both", "the two", "the two leaders": a dual that may point back to people, not only to states or sides. */
    private static boolean pointsToPeople(Hit<Cue> cue) {
        String value = cue.value().value();
        return value != null && (value.equals(PRONOUN) || value.startsWith(PEOPLE));
    }

    /** "البلدان", "the two countries": a dual of states, never of the armies or factions last paired. */
    private static boolean pointsToStates(Hit<Cue> cue) {
        return STATES.equals(cue.value().value());
    }

    /**
     * "Both said", "Both also agreed": the pronoun right before its verb, or one lowercase word (an adverb, an
     * auxiliary) between; "both Israel and Hamas", "both the rebels and the army" open a coordination instead.
     */
    private boolean standsAlone(SentenceFacts facts, Hit<Trigger> hit, Hit<Cue> cue) {
        int gap = hit.first() - cue.last() - 1;
        if (gap != 1) return gap == 0;
        Token between = facts.sentence().tokens().get(cue.last() + 1);
        return Character.isLowerCase(between.surface().charAt(0)) && !names.isStopWord(between);
    }

    /**
     * "وعقد الجانبان جلسة محادثات", "أجرى الطرفان مباحثات": "the two sides" between a light verb and the talks it
     * governs is the verb's subject, and so the talks'; so is "the two sides" right before it, or an auxiliary or two
     * before it ("The two sides will hold talks", "Military commanders of the two countries are to hold talks"), unless
     * an infinitive makes them an object ("urged the two sides to hold talks"). Not for a release ("أطلق الطرفان سراح"), whose sides are
     * those of its exchange, not the last pair the text named.
     */
    private static boolean subjectOfTheLightVerb(SentenceFacts facts, Hit<Trigger> hit, Hit<Cue> cue) {
        if (hit.value().verb()) return false;
        int verb = Subjects.governingLightVerb(facts, hit.first());
        return verb >= 0 && (cue.first() == verb + 1 && cue.last() < hit.first()
                || cue.last() < verb && cue.last() >= verb - 1 - Subjects.SUBJECT_GAP && !infinitiveAfter(facts, cue));
    }

    /** "urged the two sides to hold talks": "to" right after "the two sides" makes them the object of the verb before. */
    private static boolean infinitiveAfter(SentenceFacts facts, Hit<Cue> cue) {
        return facts.cuesOf(INFINITIVE).stream().anyMatch(c -> c.first() == cue.last() + 1);
    }

    /**
     * "معربا عن الشكر للطرفين" (thanking the two sides): a preposition written on "the two sides" (لل، بال) makes
     * them its object, whatever the distance to the verb.
     */
    private boolean prepositionWrittenOn(SentenceFacts facts, Hit<Cue> cue) {
        String word = facts.sentence().tokens().get(cue.first()).surface();
        return lexicon.startsWithPreposition(word) || lexicon.purposePrefixes().stream().anyMatch(MatchKeys.normalize(word)::startsWith);
    }

    private static Hit<Integer> numberEndingAt(SentenceFacts facts, int token) {
        for (Hit<Integer> n : facts.numbers()) if (n.last() == token) return n;
        return null;
    }

    /**
     * "المفاوضات بين الجانبين", "a deal between the two sides", "المباحثات بين وفدي البلدين": a preposition the event
     * takes governs the cue, or the delegations or representatives of it the cue is the genitive of.
     */
    private static boolean afterOwnPreposition(SentenceFacts facts, Hit<Cue> cue, EventType type) {
        int governed = facts.proxyBefore(cue.first());
        for (Hit<List<Preposition>> p : facts.prepositions()) {
            if (p.last() != governed - 1) continue;
            for (Preposition role : p.value()) if (!role.role().equals("place") && role.appliesTo(type)) return true;
        }
        return false;
    }

    /**
     * "وشدد البيان الختامي للقمة العربية", "وقال البيان الصادر عن الرئاسة المصرية": a statement noun with an owner of its
     * own right after it, or after its adjective, is that owner's statement, not the last speaker's.
     */
    private boolean owned(SentenceFacts facts, Hit<Cue> noun) {
        List<Token> tokens = facts.sentence().tokens();
        int last = Math.min(tokens.size() - 1, noun.last() + OWNER_REACH);
        for (int k = noun.last() + 1; k <= last && tokens.get(k).isWord(); k++) {
            int at = k;
            if (lexicon.startsWithGenitive(tokens.get(k).surface())
                    || facts.cuesOf("owned").stream().anyMatch(c -> c.first() == at)) return true;
        }
        return false;
    }

    /** "البيان" points back, "في بيان" ("in a statement") introduces a new one; English cues carry their "the". */
    private boolean definite(Token t) {
        return !MatchKeys.isArabic(t.surface()) || names.hasArticle(t);
    }

    /**
     * "التقى فيدان نظيره … وأكدا", "وأكدا أن …": a dual verb of speech that opens its clause, the sentence or a conjunction before
     * it, had its subject dropped; one after its subject ("أن طرفي النزاع قالا") has it there.
     * Only speech so far: "وبحثا الأوضاع في غزة" would make the topic's place the meeting's.
     */
    private boolean dualVerbWithoutItsSubject(SentenceFacts facts, Hit<Trigger> hit) {
        if (!lexicon.isDualVerb(hit.value())) return false;
        return hit.first() == 0 || lexicon.conjoined(facts.sentence().tokens().get(hit.first()).normalized(), MatchKeys.normalize(hit.value().phrase()));
    }

    private boolean hasDualSuffix(Token t) {
        // Asked of every trigger: a plain loop, no stream to set up.
        String word = t.normalized();
        for (String s : lexicon.dualSuffixes()) if (word.endsWith(s) && word.length() > s.length() + 2) return true;
        return false;
    }
}
