package org.diplokg.extract;

import java.util.ArrayList;
import java.util.List;
import org.diplokg.extract.SentenceFacts.TimedSpan;
import org.diplokg.extract.time.TimeMention;
import org.diplokg.lexicon.PhraseIndex.Hit;
import org.diplokg.model.EventType;

/**
 * "استضافت أنقرة جولتين من المحادثات ..., الأولى في الأول من يوليو، والثانية يومي 12 و13 أغسطس": talks told as
 * several rounds (a dual or plural round noun, cue rounds) whose ordinals each take a day of their own are one
 * negotiation per round, on its day, sharing sides, mediator and place; not one negotiation on the first day.
 * Modelled on {@link TripLegs}.
 */
final class RoundDates {
    /** How far before the talks' trigger the round noun may stand: "جولتين من المحادثات". */
    private static final int ROUNDS_BEFORE_TRIGGER = 3;
    /** Tokens from an ordinal to its day: "الأولى في الأول من يوليو", "والثانية يومي 12 و13 أغسطس". */
    private static final int DAY_AFTER_ORDINAL = 2;
    /** Tokens from a round's day to the next ordinal: "يوليو الماضي، والثانية". */
    private static final int NEXT_ORDINAL_AFTER_DAY = 3;

    private RoundDates() {}

    /** The drafts, with each set of rounds whose ordinals take a day each replaced by one negotiation per round. */
    static List<Draft> separate(SentenceFacts facts, List<Draft> drafts) {
        var out = new ArrayList<Draft>();
        for (Draft d : drafts) {
            List<TimeMention> days = d.type == EventType.Negotiation && toldAsRounds(facts, d) ? roundDays(facts, d) : List.of();
            if (days.size() < 2) out.add(d);
            else days.forEach(day -> out.add(d.roundOn(day)));
        }
        return out;
    }

    private static boolean toldAsRounds(SentenceFacts facts, Draft talks) {
        return facts.cuesOf("rounds").stream()
                .anyMatch(c -> c.first() <= talks.triggerLast && c.last() >= talks.triggerFirst - ROUNDS_BEFORE_TRIGGER);
    }

    /** The day of each round in order, or none unless the ordinals count 1, 2, ... and each has a day of its own. */
    private static List<TimeMention> roundDays(SentenceFacts facts, Draft talks) {
        var days = new ArrayList<TimeMention>();
        int lastDay = talks.triggerLast;
        for (Hit<Integer> ordinal : ordinalsAfter(facts, talks.triggerLast)) {
            if (ordinal.value() != days.size() + 1) break;
            if (!days.isEmpty() && ordinal.first() - lastDay > NEXT_ORDINAL_AFTER_DAY) break;
            TimedSpan day = dayRightAfter(facts, ordinal);
            if (day == null) break;
            days.add(day.mention());
            lastDay = day.last();
        }
        return days.stream().map(TimeMention::value).distinct().count() == days.size() ? days : List.of();
    }

    /** Ordinals after the trigger that are no part of a date ("الأول من يوليو" counts a day, not a round). */
    private static List<Hit<Integer>> ordinalsAfter(SentenceFacts facts, int token) {
        return facts.ordinals().stream()
                .filter(o -> o.first() > token)
                .filter(o -> facts.times().stream().noneMatch(t -> o.first() <= t.last() && o.last() >= t.first()))
                .toList();
    }

    private static TimedSpan dayRightAfter(SentenceFacts facts, Hit<Integer> ordinal) {
        return facts.times().stream()
                .filter(t -> t.mention().kind() != TimeMention.Kind.DURATION && t.mention().value() != null && !t.mention().ahead())
                .filter(t -> t.first() > ordinal.last() && t.first() - ordinal.last() <= DAY_AFTER_ORDINAL)
                .findFirst().orElse(null);
    }
}
