package org.diplokg.extract;

import java.util.Set;
import org.diplokg.model.EventType;
import org.diplokg.model.TimeValue;

/**
 * "Biden and Xi spoke by phone … for the first time since their summit in California in November … Biden and Xi last
 * met at the Filoli estate in Woodside on Nov. 15": a meeting, visit or call dated only by its month and one of the same
 * principals dated to a day of that month are one occasion told at two precisions; it took place on that day. The same
 * pair rarely meets twice in a month an article looks back on, and telling two such meetings, the text dates both.
 */
final class MonthAndDay {
    private static final Set<EventType> OCCASIONS = Set.of(EventType.Meeting, EventType.Visit, EventType.PhoneCall);

    private MonthAndDay() {}

    /** Whether mentions {@code a} and {@code b}, with principals {@code pa} and {@code pb}, are one occasion dated by its month and its day. */
    static boolean sameOccasion(Draft a, Draft b, Set<String> pa, Set<String> pb) {
        return OCCASIONS.contains(a.type) && !pa.isEmpty() && pa.equals(pb) && (dayOfItsMonth(a, b) || dayOfItsMonth(b, a));
    }

    /** Whether two mentions of an occasion merged are dated one by the month only and the other by a day of that month. */
    static boolean toldAtTwoPrecisions(Draft a, Draft b) {
        return OCCASIONS.contains(a.type) && a.type == b.type && dayOfItsMonth(a, b);
    }

    /** Whether one of the two is dated to the month only and the other to a day of that month. */
    private static boolean dayOfItsMonth(Draft a, Draft b) {
        if (!a.hasDate() || !b.hasDate()) return false;
        return monthOf(a.date(), b.date()) || monthOf(b.date(), a.date());
    }

    private static boolean monthOf(TimeValue month, TimeValue day) {
        return month.precision() == TimeValue.Precision.MONTH && day.precision() == TimeValue.Precision.DAY
                && day.iso().startsWith(month.iso() + "-");
    }

    /** {@code same} absorbs {@code d}, and the occasion keeps the day rather than the month. */
    static void absorbTheDay(Draft same, Draft d) {
        boolean dayIsTheOthers = d.date().precision() == TimeValue.Precision.DAY;
        TimeValue time = dayIsTheOthers ? d.time : same.time;
        TimeValue begin = dayIsTheOthers ? d.begin : same.begin;
        TimeValue end = dayIsTheOthers ? d.end : same.end;
        same.absorb(d);
        same.time = time;
        same.begin = begin;
        same.end = end;
        same.ownDate = true;
    }
}
