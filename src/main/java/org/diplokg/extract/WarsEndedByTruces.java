package org.diplokg.extract;

import java.util.List;
import org.diplokg.model.EventType;
import org.diplokg.model.Role;

/**
 * "The war between Armenia and Azerbaijan ended with a Russian-brokered ceasefire in November 2020", "The two
 * neighbours fought a war in the early 1990s … In a six-week war in 2020, … the fighting ended with a Russian-brokered
 * ceasefire": a truce that names no side, dated, told in a sentence about a war, is between the war's sides; a war that
 * sentence names without sides is the war between the sides the sentence before named.
 */
final class WarsEndedByTruces {
    private WarsEndedByTruces() {}

    /** The war with two sides whose truce {@code truce} is, or null. */
    static Draft warItEnds(Draft truce, List<Draft> events) {
        // An undated truce is mostly the term of a plan ("the first phase would bring a six-week ceasefire … later phases
        // would lead to a permanent end to hostilities"), not one that ended the war told with it.
        if (!truce.hasDate()) return null;
        List<Draft> wars = events.stream().filter(e -> e.type == EventType.Conflict && DealSides.sharesASentence(e, truce)).toList();
        if (wars.isEmpty()) return null;
        return wars.stream().filter(WarsEndedByTruces::hasSides).findFirst().orElseGet(() -> warToldJustBefore(truce, events));
    }

    /** The war with two sides the sentence right before the truce's told. */
    private static Draft warToldJustBefore(Draft truce, List<Draft> events) {
        return events.stream().filter(e -> e.type == EventType.Conflict && hasSides(e)
                && e.evidence.stream().anyMatch(x -> x.sentence() == truce.sentence - 1)).reduce((a, b) -> b).orElse(null);
    }

    private static boolean hasSides(Draft war) {
        return war.actors(Role.party).size() >= 2;
    }
}
