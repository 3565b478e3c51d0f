package org.diplokg.extract;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.diplokg.lexicon.Cue;
import org.diplokg.lexicon.EventLexicon;
import org.diplokg.lexicon.PhraseIndex.Hit;
import org.diplokg.text.Token;

/**
 * English relative clauses whose object is the event noun before them: "the offensive on Tripoli that Haftar launched
 * in April 2019", "the truce which Egypt brokered", "the visit that Blinken made to Cairo". The relative pronoun stands
 * within {@link #NOUN_REACH} words of the noun (its modifiers: "on Tripoli"), the clause's subject right after the
 * pronoun, then its verb (one auxiliary may come between: "that Russia has waged"), with nothing after the verb that
 * could be an object of its own; what that subject does to the noun the verb says.
 */
final class ObjectRelatives {
    /** What opens an English relative clause on a noun: "which", "that". */
    private static final Set<String> RELATIVE_PRONOUNS = Set.of("relative", "complementizer");
    /** How many words (the noun's modifiers) may stand between a noun and its relative pronoun. */
    private static final int NOUN_REACH = 3;
    /** Words that may lead into a time right after the verb ("has waged since 2022"). */
    private static final int WORDS_INTO_A_TIME = 1;

    /** The clause's subject and its verb. */
    record Clause(Groups.Group subject, Hit<Cue> verb) {}

    private ObjectRelatives() {}

    /**
     * The relative clause on the noun ending at {@code noun} whose verb is a cue that {@code verb} accepts, with an
     * actor as its subject (not a place, and none {@code used}), or null.
     */
    static Clause on(SentenceFacts facts, Groups sentence, EventLexicon lexicon, int noun, Predicate<Hit<Cue>> verb,
                     Set<ActorPhrase> used) {
        Hit<Cue> pronoun = null;
        for (Hit<Cue> c : facts.cuesOf(RELATIVE_PRONOUNS)) {
            if (c.first() > noun) {
                pronoun = c;
                break;
            }
        }
        if (pronoun == null || !modifiersOnly(facts, noun, pronoun.first())) return null;
        Groups.Group subject = sentence.after(pronoun.last(), 0, used);
        if (subject == null || subject.allPlaces()) return null;
        List<Token> tokens = facts.sentence().tokens();
        int verbStart = lexicon.auxiliaryBefore(tokens, subject.last() + 2) ? subject.last() + 2 : subject.last() + 1;
        Hit<Cue> found = null;
        for (Hit<Cue> c : facts.cues()) {
            if (c.first() == verbStart && verb.test(c)) {
                found = c;
                break;
            }
        }
        return found != null && objectLeftOut(facts, found.last()) ? new Clause(subject, found) : null;
    }

    /** Only the noun's modifiers between it and the pronoun: a few words, no trigger, a comma only right before the pronoun. */
    private static boolean modifiersOnly(SentenceFacts facts, int noun, int pronoun) {
        List<Token> tokens = facts.sentence().tokens();
        if (pronoun - noun - 1 > NOUN_REACH) return false;
        for (int k = noun + 1; k < pronoun; k++) {
            if (tokens.get(k).isPunct() && !(k == pronoun - 1 && Groups.isComma(tokens.get(k).surface()))) return false;
        }
        return facts.triggers().stream().noneMatch(t -> t.first() > noun && t.first() < pronoun);
    }

    /**
     * Nothing after the verb that could be its object: the sentence or clause ends, or a preposition or a time comes
     * ("launched in April 2019", "signed on 11 May", "waged against Ukraine", "has waged since 2022").
     */
    private static boolean objectLeftOut(SentenceFacts facts, int verb) {
        List<Token> tokens = facts.sentence().tokens();
        int next = verb + 1;
        return next >= tokens.size() || tokens.get(next).isPunct()
                || facts.prepositions().stream().anyMatch(p -> p.first() == next)
                || facts.times().stream().anyMatch(t -> t.first() >= next && t.first() - next <= WORDS_INTO_A_TIME);
    }
}
