package org.diplokg.extract;

import java.util.List;
import org.diplokg.lexicon.PhraseIndex.Hit;
import org.diplokg.lexicon.Preposition;
import org.diplokg.text.Token;

/**
 * Where the "by" that names the agent of an English passive verb stands: right after the verb ("was received by
 * al-Sharaa"), or past a place adjunct between them ("was welcomed at the airport by Sisi", "was received at the
 * presidential palace by the crown prince"), which the agent sees through.
 */
final class PassiveAgents {
    /** Words a place adjunct may have after its preposition: an article, two modifiers and a noun ("at the presidential palace"). */
    private static final int PLACE_ADJUNCT_WORDS = 4;

    private PassiveAgents() {}

    /** The agent's "by" after the verb that ends at {@code verbLast}, or null. */
    static Hit<List<Preposition>> agentAfter(List<Token> tokens, List<Hit<List<Preposition>>> prepositions, List<ActorPhrase> phrases,
            int verbLast) {
        Hit<List<Preposition>> next = startingAt(prepositions, verbLast + 1);
        if (next == null) return null;
        if (namesTheAgent(next)) return next;
        if (next.value().stream().noneMatch(p -> p.role().equals("place"))) return null;
        for (int k = next.last() + 1; k <= next.last() + PLACE_ADJUNCT_WORDS + 1 && k < tokens.size(); k++) {
            Hit<List<Preposition>> by = startingAt(prepositions, k);
            if (by != null && namesTheAgent(by)) return k > next.last() + 1 ? by : null;
            if (!tokens.get(k).isWord() || actorAt(phrases, k)) return null;
        }
        return null;
    }

    private static Hit<List<Preposition>> startingAt(List<Hit<List<Preposition>>> prepositions, int token) {
        return prepositions.stream().filter(p -> p.first() == token).findFirst().orElse(null);
    }

    private static boolean namesTheAgent(Hit<List<Preposition>> p) {
        return p.value().stream().anyMatch(Preposition::namesTheAgent);
    }

    /** An actor inside the adjunct ("at the airport with Sisi") is no place: the adjunct is something else. */
    private static boolean actorAt(List<ActorPhrase> phrases, int token) {
        return phrases.stream().anyMatch(p -> !p.isPlace() && p.first() <= token && token <= p.last());
    }
}
