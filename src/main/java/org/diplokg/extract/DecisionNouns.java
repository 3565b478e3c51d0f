package org.diplokg.extract;

import java.util.BitSet;
import java.util.List;
import java.util.Set;
import org.diplokg.lexicon.Cue;
import org.diplokg.lexicon.EventLexicon;
import org.diplokg.lexicon.PhraseIndex.Hit;
import org.diplokg.lexicon.Trigger;
import org.diplokg.model.ActorType;
import org.diplokg.model.EventType;
import org.diplokg.text.Token;

/**
 * قرار is a resolution ("تبنى مجلس الأمن القرار 2735") but mostly a mere decision ("بقرار الحكومة المصرية", "القرار
 * الإسرائيلي", "قراره الانسحاب"). A noun flagged "decision-noun" whose owner the sentence names — an actor right after
 * it (its genitive or nisba adjective) or a pronoun suffix — is that owner's decision, unless the sentence shows a
 * resolution: a number after the noun, a vote, an adopting verb, or an international body as its genitive. A bare
 * noun ("ووفقا للقرار") is left to point back.
 */
final class DecisionNouns {
    static final String FLAG = "decision-noun";
    /** Words from the noun to its number: "القرار 2735", "قرار رقم 2728", "القرار الذي يحمل الرقم 2735". */
    private static final int NUMBER_REACH = 4;
    /** Cue kinds that tell a vote: quantity=votesFor (صوتا), vote (بأغلبية، التصويت), right-after=Resolution (عقب التصويت). */
    private static final Set<String> VOTE_CUES = Set.of("vote", "quantity", "right-after");
    private static final String VOTE_VALUES = "votesFor Resolution";

    private DecisionNouns() {}

    /** Whether a trigger is a decision noun that the sentence shows to be some actor's mere decision. */
    static boolean mereDecision(List<Token> tokens, EventLexicon lex, List<Hit<Cue>> cues, List<Hit<Trigger>> triggers,
                                List<ActorPhrase> phrases, BitSet timeTokens, Hit<Trigger> noun) {
        if (!noun.value().flags().contains(FLAG)) return false;
        boolean owned = lex.hasPronounSuffix(tokens.get(noun.first()).surface())
                || phrases.stream().anyMatch(p -> p.first() == noun.last() + 1 && !p.isPlace());
        return owned && !numbered(tokens, timeTokens, noun) && !voted(cues) && !adopted(triggers, noun)
                && !issuedByAnInternationalBody(phrases, noun);
    }

    /** A number, no date's, within a few words after the noun and no punctuation between. */
    private static boolean numbered(List<Token> tokens, BitSet timeTokens, Hit<Trigger> noun) {
        for (int k = noun.last() + 1; k < tokens.size() && k <= noun.last() + NUMBER_REACH; k++) {
            Token t = tokens.get(k);
            if (t.isPunct()) return false;
            if (!timeTokens.get(k) && Character.isDigit(t.surface().codePointAt(0))) return true;
        }
        return false;
    }

    private static boolean voted(List<Hit<Cue>> cues) {
        return cues.stream().anyMatch(c -> VOTE_CUES.contains(c.value().kind())
                && (c.value().kind().equals("vote") || c.value().value() != null && VOTE_VALUES.contains(c.value().value())));
    }

    /** Another resolution trigger, a verb of adopting (تبنى، اعتمد), in the sentence. */
    private static boolean adopted(List<Hit<Trigger>> triggers, Hit<Trigger> noun) {
        return triggers.stream().anyMatch(t -> t != noun && t.value().verb() && t.value().type() == EventType.Resolution);
    }

    /** "قرار مجلس الأمن", "قرار الجمعية العامة": an international body as the noun's genitive. */
    private static boolean issuedByAnInternationalBody(List<ActorPhrase> phrases, Hit<Trigger> noun) {
        return phrases.stream().anyMatch(p -> p.first() == noun.last() + 1 && p.type() == ActorType.InternationalOrganization);
    }
}
