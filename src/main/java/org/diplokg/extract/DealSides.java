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
 * points back to the latest deal of its type named before it, else to the latest deal of any type, never to a deal
 * other mediators brokered ("the deal, brokered by Qatar" is Qatar's deal, or a new one). Talks and an
 * agreement between the same two sides, the talks not long before it, are the talks that produced it: what one
 * names as mediators mediated both. Arguments found so carry the antecedent's evidence, with a confidence that says
 * they were inherited; nothing is taken from an unrelated sentence or an older round of talks.
 */
final class DealSides {
    private static final Set<EventType> DEALS = Set.of(EventType.Agreement, EventType.Ceasefire, EventType.Exchange, EventType.Negotiation);
    /** What a deal reported together with another is part of: the terms it sets, the talks that led to it. */
    private static final Set<EventType> PARTS = Set.of(EventType.Ceasefire, EventType.Exchange, EventType.Negotiation);
    /** What sets the sides of the deal events reported with it. */
    private static final Set<EventType> WHOLES = Set.of(EventType.Agreement, EventType.Ceasefire);
    private static final double INHERITED = 0.5;
    /** How long before an agreement talks between its sides can still be the talks that produced it. */
    private static final int TALKS_BEFORE_A_DEAL_DAYS = 92;

    void resolve(List<Draft> events) {
        for (Draft d : events) {
            if (!DEALS.contains(d.type) || !d.actors(Role.party).isEmpty()) continue;
            Draft antecedent = PARTS.contains(d.type) ? reportedWith(d, events) : null;
            if (antecedent == null && d.anaphoric) antecedent = pointedTo(d, events);
            if (antecedent == null && d.type == EventType.Ceasefire) antecedent = WarsEndedByTruces.warItEnds(d, events);
            if (antecedent != null) inherit(d, antecedent, Role.party);
        }
        for (Draft talks : events) {
            if (talks.type != EventType.Negotiation || !hasSides(talks)) continue;
            for (Draft deal : events) {
                if (deal.type != EventType.Agreement || !deal.actors(Role.party).equals(talks.actors(Role.party)) || !ledTo(talks, deal)) continue;
                if (talks.actors(Role.mediator).isEmpty()) inherit(talks, deal, Role.mediator);
                else if (deal.actors(Role.mediator).isEmpty()) inherit(deal, talks, Role.mediator);
            }
        }
    }

    /**
     * "Hochstein, who led the negotiations, shuttled between …": talks named by a definite noun alone, dropped for
     * want of sides, are the talks of the deal the article reported before them and take its sides.
     *
     * @return whether any did
     */
    boolean anaphoricTalks(List<Draft> drafts, List<Draft> events) {
        boolean found = false;
        for (Draft d : drafts) {
            if (d.type != EventType.Negotiation || !d.anaphoric || events.contains(d) || !d.roles.values().stream().allMatch(Set::isEmpty)) continue;
            Draft antecedent = pointedTo(d, events);
            if (antecedent == null) continue;
            inherit(d, antecedent, Role.party);
            found = true;
        }
        return found;
    }

    /** Talks undated or dated with the deal, or on a day at most {@link #TALKS_BEFORE_A_DEAL_DAYS} before it. */
    private static boolean ledTo(Draft talks, Draft deal) {
        if (!talks.hasDate() || !deal.hasDate()) return true;
        String t = talks.date().iso();
        String a = deal.date().iso();
        if (t.startsWith(a) || a.startsWith(t)) return true;
        if (t.length() != 10 || a.length() != 10) return false;
        var start = java.time.LocalDate.parse(t);
        var agreed = java.time.LocalDate.parse(a);
        return !start.isAfter(agreed) && !start.plusDays(TALKS_BEFORE_A_DEAL_DAYS).isBefore(agreed);
    }

    /** An agreement or truce between two sides that a sentence of {@code d} also reports. */
    private static Draft reportedWith(Draft d, List<Draft> events) {
        return events.stream().filter(w -> w != d && WHOLES.contains(w.type) && hasSides(w) && sharesASentence(w, d))
                .findFirst().orElse(null);
    }

    /**
     * The latest deal with two sides named before the mention (or in its sentence): of its own type first, else the
     * latest one it can name. "The deal" names any deal (a swap deal, a truce deal); a truce, an exchange or talks
     * name only an agreement besides their own type ("the truce" after "an agreement on a ceasefire"): "the
     * ceasefire" after a prisoner swap in another story is not between the swap's sides.
     */
    private static Draft pointedTo(Draft d, List<Draft> events) {
        Draft sameType = null;
        Draft named = null;
        for (Draft e : events) {
            if (e == d || !DEALS.contains(e.type) || !hasSides(e) || e.sentence > d.sentence || otherBrokers(d, e)) continue;
            if (canName(d.type, e.type) && (named == null || e.sentence >= named.sentence)) named = e;
            if (e.type == d.type && (sameType == null || e.sentence >= sameType.sentence)) sameType = e;
        }
        return sameType != null ? sameType : named;
    }

    /** "الصفقة … جرى الاتفاق عليها برعاية الأمم المتحدة" is not the deal China brokered: each names its own mediators. */
    private static boolean otherBrokers(Draft mention, Draft deal) {
        Set<String> named = mention.actors(Role.mediator);
        return !named.isEmpty() && !deal.actors(Role.mediator).isEmpty() && deal.actors(Role.mediator).stream().noneMatch(named::contains);
    }

    private static boolean canName(EventType noun, EventType deal) {
        return noun == EventType.Agreement || deal == EventType.Agreement;
    }

    private static void inherit(Draft d, Draft antecedent, Role role) {
        // A side of the event does not mediate it.
        List<String> inherited = antecedent.actors(role).stream().filter(a -> !d.actors(Role.party).contains(a)).toList();
        if (inherited.isEmpty()) return;
        inherited.forEach(a -> d.add(role, a));
        Evidence from = antecedent.evidence.getFirst();
        d.evidence.add(new Evidence(from.sentence(), from.start(), from.end(), from.quote(), INHERITED,
                "discourse:" + role + "-of-" + antecedent.type));
    }

    private static boolean hasSides(Draft d) {
        return d.actors(Role.party).size() >= 2;
    }

    static boolean sharesASentence(Draft a, Draft b) {
        return a.evidence.stream().anyMatch(x -> b.evidence.stream().anyMatch(y -> x.sentence() == y.sentence()));
    }
}
