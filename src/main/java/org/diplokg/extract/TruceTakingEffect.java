package org.diplokg.extract;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.diplokg.lexicon.Cue;
import org.diplokg.lexicon.EventLexicon;
import org.diplokg.lexicon.PhraseIndex.Hit;
import org.diplokg.model.EventType;

/**
 * "The summit comes as a fragile ceasefire between Israel and Hamas hangs in the balance. Its first phase, which took
 * effect on January 19, expired on Saturday": a sentence that opens on a pronoun ("It", "Its first phase") and says,
 * naming no truce or deal of its own, that something took effect on a date tells when the truce of the sentence before began.
 */
final class TruceTakingEffect {
    private static final String IN_FORCE = "in-force";
    /** "It", "Its": a subject that points back to what the sentence before told. */
    private static final Set<String> POINTING_BACK = Set.of("pronoun", "possessive");

    private TruceTakingEffect() {}

    /** Dates the undated truce of the sentence before {@code facts} with the date its pronoun says it took effect on. */
    static void dateTheTruceBefore(SentenceFacts facts, List<Draft> found, List<Draft> told, EventLexicon lexicon) {
        if (!facts.cueStartsAt(0, POINTING_BACK)) return;
        for (Hit<Cue> inForce : facts.cuesOf(IN_FORCE)) {
            if (found.stream().anyMatch(d -> d.triggerLast < inForce.first() && namesADeal(d, lexicon))) return;
            Optional<SentenceFacts.TimedSpan> date = facts.times().stream()
                    .filter(s -> s.calendar() && inForce.value().reaches(inForce.last(), s.first())).findFirst();
            if (date.isEmpty()) continue;
            truceOfTheSentenceBefore(facts.sentence().index(), told, lexicon)
                    .ifPresent(truce -> DateOwners.apply(truce, date.get().mention(), false));
            return;
        }
    }

    /** A truce or the agreement that sets one: "It said the deal took effect on Friday" names its own. */
    private static boolean namesADeal(Draft d, EventLexicon lexicon) {
        return d.type == EventType.Agreement || lexicon.rule(d.type).fromDeal();
    }

    /** The last truce, undated, the sentence right before told. */
    private static Optional<Draft> truceOfTheSentenceBefore(int sentence, List<Draft> told, EventLexicon lexicon) {
        return told.stream().filter(d -> d.sentence == sentence - 1 && !d.hasDate() && lexicon.rule(d.type).fromDeal())
                .reduce((a, b) -> b);
    }
}
