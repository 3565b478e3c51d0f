package org.diplokg.extract;

import java.util.List;
import java.util.Set;
import org.diplokg.model.EventType;
import org.diplokg.model.Evidence;
import org.diplokg.model.Role;

/**
 * The discourse of deals across an article: which deal a deal mention without sides refers to, whose sides it then
 * has. A truce, exchange or negotiation reported in a sentence that also reports an agreement or truce between two
 * sides is part of that deal ("اتفاق لوقف إطلاق النار … بين إسرائيل وحماس", "Israel and Hamas have agreed to a
 * ceasefire", "المفاوضات التي أفضت إلى الاتفاق"); a definite noun without actors ("ويقضي الاتفاق", "the truce")
 * points back to the latest deal of its type named before it, else to the latest deal of any type. Sides found so
 * carry the antecedent's evidence, with a confidence that says they were inherited; nothing is taken from an
 * unrelated sentence.
 */
final class DealSides {
    private static final Set<EventType> DEALS = Set.of(EventType.Agreement, EventType.Ceasefire, EventType.Exchange, EventType.Negotiation);
    /** What a deal reported together with another is part of: the terms it sets, the talks that led to it. */
    private static final Set<EventType> PARTS = Set.of(EventType.Ceasefire, EventType.Exchange, EventType.Negotiation);
    /** What sets the sides of the deal events reported with it. */
    private static final Set<EventType> WHOLES = Set.of(EventType.Agreement, EventType.Ceasefire);
    private static final double INHERITED = 0.5;

    void resolve(List<Draft> events) {
        for (Draft d : events) {
            if (!DEALS.contains(d.type) || !d.actors(Role.party).isEmpty()) continue;
            Draft antecedent = PARTS.contains(d.type) ? reportedWith(d, events) : null;
            if (antecedent == null && d.anaphoric) antecedent = pointedTo(d, events);
            if (antecedent != null) inherit(d, antecedent);
        }
    }

    /** An agreement or truce between two sides that a sentence of {@code d} also reports. */
    private static Draft reportedWith(Draft d, List<Draft> events) {
        return events.stream().filter(w -> w != d && WHOLES.contains(w.type) && hasSides(w) && sharesASentence(w, d))
                .findFirst().orElse(null);
    }

    /** The latest deal with two sides named before the mention (or in its sentence): of its own type first. */
    private static Draft pointedTo(Draft d, List<Draft> events) {
        Draft sameType = null;
        Draft anyDeal = null;
        for (Draft e : events) {
            if (e == d || !DEALS.contains(e.type) || !hasSides(e) || e.sentence > d.sentence) continue;
            if (anyDeal == null || e.sentence >= anyDeal.sentence) anyDeal = e;
            if (e.type == d.type && (sameType == null || e.sentence >= sameType.sentence)) sameType = e;
        }
        return sameType != null ? sameType : anyDeal;
    }

    private static void inherit(Draft d, Draft antecedent) {
        antecedent.actors(Role.party).forEach(p -> d.add(Role.party, p));
        Evidence from = antecedent.evidence.getFirst();
        d.evidence.add(new Evidence(from.sentence(), from.start(), from.end(), from.quote(), INHERITED,
                "discourse:sides-of-" + antecedent.type));
    }

    private static boolean hasSides(Draft d) {
        return d.actors(Role.party).size() >= 2;
    }

    private static boolean sharesASentence(Draft a, Draft b) {
        return a.evidence.stream().anyMatch(x -> b.evidence.stream().anyMatch(y -> x.sentence() == y.sentence()));
    }
}
