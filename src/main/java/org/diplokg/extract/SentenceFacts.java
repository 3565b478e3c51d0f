package org.diplokg.extract;

import java.util.List;
import org.diplokg.extract.time.TimeMention;
import org.diplokg.lexicon.Cue;
import org.diplokg.lexicon.EventLexicon;
import org.diplokg.lexicon.PhraseIndex;
import org.diplokg.lexicon.Preposition;
import org.diplokg.lexicon.Trigger;
import org.diplokg.text.Sentence;

/**
 * What the lexicons found in one sentence, before events are built: the input of {@link EventFinder}.
 *
 * @param times time expressions with the token range they cover
 */
record SentenceFacts(Sentence sentence, List<PhraseIndex.Hit<Trigger>> triggers, List<PhraseIndex.Hit<Cue>> cues,
                     List<PhraseIndex.Hit<List<Preposition>>> prepositions, List<ActorPhrase> phrases,
                     List<TimedSpan> times, List<PhraseIndex.Hit<Integer>> ordinals, List<PhraseIndex.Hit<Integer>> numbers) {

    /**
     * The word that governs a phrase starting at {@code token}: the one before it, articles ("the", "a") aside;
     * -1 at the sentence start.
     */
    int governingWord(int token, EventLexicon lexicon) {
        int word = token - 1;
        while (word >= 0 && lexicon.isDeterminer(sentence.tokens().get(word).surface())) word--;
        return word;
    }

    /** Whether a cue of one of these kinds ends at {@code token}. */
    boolean cueEndsAt(int token, java.util.Set<String> kinds) {
        return cues.stream().anyMatch(c -> c.last() == token && kinds.contains(c.value().kind()));
    }

    /** A time expression and the tokens it covers. */
    record TimedSpan(int first, int last, TimeMention mention) {}
}
