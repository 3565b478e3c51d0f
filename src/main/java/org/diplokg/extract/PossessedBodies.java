package org.diplokg.extract;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
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
 * outside a prepositional phrase, its topic. Likewise "Netanyahu met the envoy on Saturday, his office said": "his
 * office" is the office of the person the sentence is about, the body the gazetteer lists for their post, or that
 * person when it lists none; never another actor of the clause.
 */
final class PossessedBodies {
    private static final int MAX_WORDS = 4;

    private final Gazetteer gazetteer;
    private final OfficesOfPosts offices;

    PossessedBodies(Gazetteer gazetteer, OfficesOfPosts offices) {
        this.gazetteer = gazetteer;
        this.offices = offices;
    }

    /** The body phrases of the sentence that a possessive determiner points to its topic state for. */
    List<ActorPhrase> find(Sentence sentence, List<ActorPhrase> phrases, List<Hit<Cue>> cues, BitSet prepositions) {
        var found = new ArrayList<ActorPhrase>();
        List<Token> tokens = sentence.tokens();
        String topic = topicState(phrases, prepositions);
        for (Hit<Cue> cue : cues) {
            if (!cue.value().kind().equals("possessive")) continue;
            int first = cue.last() + 1;
            if (first >= tokens.size() || phrases.stream().anyMatch(p -> p.first() <= first && first <= p.last())) continue;
            if (OfficesOfPosts.isOffice(tokens.get(first).surface())) {
                topicPerson(phrases, prepositions).map(person -> officeOf(person, first)).ifPresent(found::add);
                continue;
            }
            ActorPhrase person = topicPerson(phrases, prepositions).filter(p -> before(p, topicPhrase(phrases, prepositions))).orElse(null);
            if (topic == null && person == null) continue;
            var words = new StringBuilder();
            for (int k = first; k < tokens.size() && k < first + MAX_WORDS && tokens.get(k).isWord(); k++) {
                words.append(k == first ? "" : " ").append(tokens.get(k).surface().toLowerCase(Locale.ROOT));
                String body = bodyOfTopic(person, topic, words.toString());
                if (body != null) {
                    found.add(new ActorPhrase(first, k, body, ActorType.GovernmentBody, gazetteer.actor(body).map(a -> a.country()).orElse(topic), null, "possessive"));
                    break;
                }
            }
        }
        return found;
    }

    /**
     * The body a possessed common name names: that of the post of the person the sentence is about when they come
     * before any topic state ("Barrot will visit Lebanon, his ministry said"), else the topic state's.
     */
    private String bodyOfTopic(ActorPhrase person, String topic, String commonName) {
        String ofPerson = person == null ? null : offices.bodyOfPost(person, commonName).orElse(null);
        if (ofPerson != null || topic == null) return ofPerson;
        return gazetteer.bodyOf(topic, commonName).orElse(null);
    }

    private static boolean before(ActorPhrase person, Optional<ActorPhrase> state) {
        return state.map(s -> person.last() < s.first()).orElse(true);
    }

    /** The office of the person at the possessed noun, or the person when the gazetteer knows no office of theirs. */
    private ActorPhrase officeOf(ActorPhrase person, int noun) {
        return offices.officeOfPerson(person)
                .map(body -> new ActorPhrase(noun, noun, body.slug(), body.type(), body.country(), null, "possessive-office"))
                .orElseGet(() -> new ActorPhrase(noun, noun, person.slug(), person.type(), person.state(), null, "possessive-office"));
    }

    /** The first person the sentence names that no preposition governs: its topic. */
    private static Optional<ActorPhrase> topicPerson(List<ActorPhrase> phrases, BitSet prepositions) {
        return phrases.stream().filter(p -> p.isPerson() && (p.first() == 0 || !prepositions.get(p.first() - 1))).findFirst();
    }

    /** The first state the sentence names that no preposition governs ("in Yemen" is a setting, not the topic). */
    private static String topicState(List<ActorPhrase> phrases, BitSet prepositions) {
        return topicPhrase(phrases, prepositions).map(ActorPhrase::slug).orElse(null);
    }

    private static Optional<ActorPhrase> topicPhrase(List<ActorPhrase> phrases, BitSet prepositions) {
        for (ActorPhrase p : phrases) if (p.type() == ActorType.State && (p.first() == 0 || !prepositions.get(p.first() - 1))) return Optional.of(p);
        return Optional.empty();
    }
}
