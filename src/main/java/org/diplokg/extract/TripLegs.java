package org.diplokg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.diplokg.extract.SentenceFacts.TimedSpan;
import org.diplokg.extract.time.TimeMention;
import org.diplokg.model.EventType;

/**
 * "The Secretary will travel to Doha on Thursday and to London on Friday": a trip told as destinations that each
 * take a day of their own is one visit per destination, on its day, not one visit to both on the first day.
 * Destinations without a day each ("flew to Beijing and Tokyo on Monday") stay one trip.
 */
final class TripLegs {
    /** Tokens from a destination to the first token of its day: "Doha on Thursday". */
    private static final int DAY_AFTER_DESTINATION = 2;
    /** Tokens from a leg's day to the next destination: "on Thursday and then to London". */
    private static final int NEXT_DESTINATION_AFTER_DAY = 4;

    private TripLegs() {}

    /** One leg of a trip: where to, and when. */
    private record Leg(String place, TimeMention day) {}

    /** The drafts, with each trip whose destinations take a day each replaced by one visit per destination. */
    static List<Draft> separate(SentenceFacts facts, List<Draft> drafts) {
        var out = new ArrayList<Draft>();
        for (Draft d : drafts) {
            List<Leg> legs = d.type == EventType.Visit && d.tourWhenPlural ? legs(facts, d) : List.of();
            if (legs.size() < 2) out.add(d);
            else legs.forEach(leg -> out.add(d.legTo(leg.place(), leg.day().value())));
        }
        return out;
    }

    /** The legs of a trip's destinations in the order told, or none unless every destination has a day of its own and the days differ. */
    private static List<Leg> legs(SentenceFacts facts, Draft trip) {
        var legs = new ArrayList<Leg>();
        int lastDay = -1;
        for (ActorPhrase destination : destinationsAfterTheTrigger(facts, trip)) {
            if (lastDay >= 0 && destination.first() - lastDay > NEXT_DESTINATION_AFTER_DAY) return List.of();
            TimedSpan day = dayRightAfter(facts, destination);
            if (day == null) return List.of();
            legs.add(new Leg(destination.slug(), day.mention()));
            lastDay = day.last();
        }
        Set<String> told = legs.stream().map(Leg::place).collect(Collectors.toSet());
        long days = legs.stream().map(leg -> leg.day().value()).distinct().count();
        return told.equals(trip.places) && days == legs.size() ? legs : List.of();
    }

    private static List<ActorPhrase> destinationsAfterTheTrigger(SentenceFacts facts, Draft trip) {
        return facts.phrases().stream().filter(p -> p.first() > trip.triggerLast && trip.places.contains(p.slug())).toList();
    }

    /** The calendar day that follows a destination closely: "to London on Friday". */
    private static TimedSpan dayRightAfter(SentenceFacts facts, ActorPhrase destination) {
        return facts.times().stream()
                .filter(t -> t.mention().kind() == TimeMention.Kind.DATE && !t.mention().ahead())
                .filter(t -> t.first() > destination.last() && t.first() - destination.last() <= DAY_AFTER_DESTINATION)
                .findFirst().orElse(null);
    }
}
