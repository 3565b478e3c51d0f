package org.diplokg.extract;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.diplokg.lexicon.Cue;
import org.diplokg.lexicon.PhraseIndex.Hit;
import org.diplokg.model.EventType;
import org.diplokg.text.Token;

/**
 * What a sentence anchors to its events besides actors and dates: phase counts, counts of released people and votes,
 * tour ordinals, statuses, whether a noun is called an earlier one of its type, and "X during Y" links.
 */
final class SentenceAnchors {
    /** What a status cue ("stalled", "متعثرة") describes. */
    private static final Set<EventType> HAS_STATUS = Set.of(EventType.Negotiation, EventType.Agreement, EventType.Ceasefire);
    /** What has phases: a proposal, an agreement, a ceasefire. */
    private static final Set<EventType> PHASED = Set.of(EventType.Proposal, EventType.Agreement, EventType.Ceasefire);
    private static final Set<EventType> TOURS = Set.of(EventType.Tour);
    private static final Set<EventType> ANY_TYPE = Collections.unmodifiableSet(EnumSet.allOf(EventType.class));
    /** A cue that calls the event noun it qualifies an earlier one of its type ("the last exchange", "التبادل السابق"). */
    private static final String PREVIOUS = "previous";
    /** The value of a previous cue that stands after its noun, as Arabic adjectives do. */
    private static final String POSTPOSED = "after";

    private SentenceAnchors() {}

    /**
     * "the last exchange, in November", "a previous swap in August", "عملية التبادل السابقة", "آخر جولة مفاوضات": an
     * event noun a previous cue qualifies — from before it, or from after it when the cue is postposed, within the
     * cue's window and with no punctuation between — is an earlier event of its type than the one the story reports.
     */
    static boolean calledAnEarlierOne(SentenceFacts facts, Draft d) {
        if (d.verb) return false;
        for (Hit<Cue> c : facts.cuesOf(PREVIOUS)) {
            boolean earlier = POSTPOSED.equals(c.value().value())
                    ? c.first() > d.triggerLast && c.first() - d.triggerLast <= c.value().window() && !facts.punctuationBetween(d.triggerLast, c.first())
                    : c.first() < d.triggerFirst && d.triggerFirst - c.last() <= c.value().window() && !facts.punctuationBetween(c.last(), d.triggerFirst);
            if (earlier) return true;
        }
        return false;
    }

    /**
     * "3 مراحل" / "three-phase" → the phase count of the nearest proposal, agreement or ceasefire; "105 من المحتجزين"
     * / "39 prisoners" → the people an exchange released; "14 votes in favour" → a resolution's votes; ordinals → the
     * tour.
     */
    static void attachCounts(SentenceFacts facts, List<Draft> drafts) {
        for (Hit<Cue> cue : facts.cuesOf("phase-unit")) {
            Integer count = countBefore(facts, cue.first());
            if (count == null) continue;
            nearest(drafts, cue.first(), PHASED)
                    .ifPresent(d -> { if (d.phaseCount == null) d.phaseCount = count; });
        }
        for (Hit<Cue> cue : facts.cuesOf("quantity")) {
            Integer count = countBefore(facts, cue.first());
            if (count == null) continue;
            EventType counted = cue.value().value().equals("released") ? EventType.Exchange : EventType.Resolution;
            nearest(drafts, cue.first(), Set.of(counted)).ifPresent(d -> d.quantities.putIfAbsent(cue.value().value(), count));
        }
        for (Hit<Integer> ordinal : facts.ordinals()) {
            nearest(drafts, ordinal.first(), TOURS).ifPresent(d -> { if (d.ordinal == null) d.ordinal = ordinal.value(); });
        }
        for (Hit<Cue> cue : facts.cuesOf("status")) {
            // "agreed to a ceasefire, but talks on its second phase have stalled": the status is the talks' (the
            // nearest mention of any type), never passed on to a truce further away.
            nearest(drafts, cue.first(), ANY_TYPE).filter(d -> HAS_STATUS.contains(d.type))
                    .ifPresent(d -> { if (d.status == null) d.status = cue.value().value(); });
        }
    }

    /** The number right before a unit word, skipping a hyphen ("three-phase") or "of" ("105 من المحتجزين"). */
    private static Integer countBefore(SentenceFacts facts, int unit) {
        List<Token> tokens = facts.sentence().tokens();
        int k = unit - 1;
        if (k >= 0 && tokens.get(k).surface().equals("-")) k--;
        int of = k;
        if (facts.cuesOf("count-of").stream().anyMatch(c -> c.last() == of)) k--;
        if (k < 0) return null;
        Token t = tokens.get(k);
        if (t.number() != null) return t.number().intValue();
        for (Hit<Integer> n : facts.numbers()) if (n.last() == k) return n.value();
        return null;
    }

    private static Optional<Draft> nearest(List<Draft> drafts, int at, Set<EventType> types) {
        Draft nearest = null;
        for (Draft d : drafts) {
            if (types.contains(d.type) && (nearest == null || Math.abs(d.triggerFirst - at) < Math.abs(nearest.triggerFirst - at))) nearest = d;
        }
        return Optional.ofNullable(nearest);
    }

    /** "X خلال Y" / "X during Y": X happened inside Y, and takes its date when it has none. */
    static void linkDuring(SentenceFacts facts, List<Draft> drafts) {
        for (Hit<Cue> cue : facts.cuesOf("during")) {
            Draft before = Draft.lastBefore(drafts, cue.first());
            Draft after = firstAfter(drafts, cue, false);
            if (before != null && after != null) before.during = after;
        }
    }

    /**
     * "a truce saw the release of 105 hostages", "وشهد اللقاء توقيع مذكرات تفاهم": what a period, deal or meeting saw
     * happened inside it, and takes its date when it has none. Where the verb comes first (Arabic), the subject after
     * it is the period and the next event within reach what it saw.
     */
    static void linkWitnessed(SentenceFacts facts, List<Draft> drafts, boolean verbFirst) {
        for (Hit<Cue> cue : facts.cuesOf("witnessed")) {
            Draft period = verbFirst ? firstAfter(drafts, cue, false) : Draft.lastBefore(drafts, cue.first());
            if (period == null) continue;
            Draft inside = verbFirst ? nextWithinReach(drafts, period, cue) : firstAfter(drafts, cue, false);
            if (inside != null) inside.during = toldBeforeInTheSentence(drafts, period, cue);
        }
    }

    /**
     * "وكان عبد العاطي قد التقى نظيره السعودي الخميس، وشهد اللقاء توقيع مذكرة": a definite noun after the cue points
     * back to the last event of its type its sentence told before the cue, when there is one.
     */
    private static Draft toldBeforeInTheSentence(List<Draft> drafts, Draft period, Hit<Cue> cue) {
        if (!period.definite || period.verb || period.triggerFirst < cue.first()) return period;
        return drafts.stream().filter(d -> d.type == period.type && d.triggerLast < cue.first())
                .reduce((earlier, later) -> later).orElse(period);
    }

    /** The first event after {@code earlier} within the cue's window, or null. */
    private static Draft nextWithinReach(List<Draft> drafts, Draft earlier, Hit<Cue> cue) {
        return drafts.stream().filter(d -> d.triggerFirst > earlier.triggerLast && cue.value().reaches(cue.last(), d.triggerFirst))
                .findFirst().orElse(null);
    }

    /** The first event whose trigger starts after the cue, within its window unless {@code anyDistance}; or null. */
    static Draft firstAfter(List<Draft> drafts, Hit<Cue> cue, boolean anyDistance) {
        for (Draft d : drafts) if (d.triggerFirst > cue.last() && (anyDistance || cue.value().reaches(cue.last(), d.triggerFirst))) return d;
        return null;
    }
}
