package org.diplokg.extract;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import org.diplokg.lexicon.Cue;
import org.diplokg.lexicon.Gazetteer;
import org.diplokg.lexicon.PhraseIndex.Hit;
import org.diplokg.model.ActorType;
import org.diplokg.text.Sentence;
import org.diplokg.text.Token;

/**
 * "Saudi Arabia … called for restraint, its foreign ministry said": a possessive determiner before the common name
 * of a body ("foreign ministry") names that body of the state the sentence is about. The gazetteer spells the common
 * name in its genitive aliases ("Saudi Arabia's Foreign Ministry"); the state is the first one the sentence names
 * outside a prepositional phrase, its topic.
 */
final class PossessedBodies {
    private static final int MAX_WORDS = 4;

    private final Gazetteer gazetteer;

    PossessedBodies(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** The body phrases of the sentence that a possessive determiner points to its topic state for. */
    List<ActorPhrase> find(Sentence sentence, List<ActorPhrase> phrases, List<Hit<Cue>> cues, BitSet prepositions) {
        var found = new ArrayList<ActorPhrase>();
        String topic = topicState(phrases, prepositions);
        if (topic == null) return found;
        List<Token> tokens = sentence.tokens();
        for (Hit<Cue> cue : cues) {
            if (!cue.value().kind().equals("possessive")) continue;
            int first = cue.last() + 1;
            if (phrases.stream().anyMatch(p -> p.first() <= first && first <= p.last())) continue;
            var words = new StringBuilder();
            for (int k = first; k < tokens.size() && k < first + MAX_WORDS && tokens.get(k).isWord(); k++) {
                words.append(k == first ? "" : " ").append(tokens.get(k).surface().toLowerCase(Locale.ROOT));
                String body = gazetteer.bodyOf(topic, words.toString()).orElse(null);
                if (body != null) {
                    found.add(new ActorPhrase(first, k, body, ActorType.GovernmentBody, topic, null, "possessive"));
                    break;
                }
            }
        }
        return found;
    }

    /** The first state the sentence names that no preposition governs ("in Yemen" is a setting, not the topic). */
    private static String topicState(List<ActorPhrase> phrases, BitSet prepositions) {
        return phrases.stream().filter(p -> p.type() == ActorType.State && (p.first() == 0 || !prepositions.get(p.first() - 1)))
                .map(ActorPhrase::slug).findFirst().orElse(null);
    }
}
