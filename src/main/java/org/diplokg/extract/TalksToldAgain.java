package org.diplokg.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.diplokg.model.EventType;
import org.diplokg.model.Role;
import org.diplokg.model.TimeValue;

/**
 * "Iran and the United States held their first negotiations … on Saturday in Oman … Araghchi told Iranian state
 * television the talks were held in a calm atmosphere", "a second round of direct peace talks in Istanbul … The talks
 * took place a day after …": a definite talks noun that names no side of its own ("the talks", "المحادثات"), when the
 * talks the article last told were a negotiation, is that negotiation told again, not a meeting of its own. Talks whose
 * sides it names, or sides the negotiation does not have, stay what they are. Undated by its own clause, it is dated as
 * the negotiation it tells again; dated by it, it is that negotiation only on one of the days the negotiation lasted
 * ("after three days of talks … The talks opened on Sunday": the day they began), not on another day ("suspended the
 * talks in June" tells something else done to them).
 */
final class TalksToldAgain {
    private static final Pattern DAYS = Pattern.compile("P(\\d+)D");
    /** How many days a round of talks known only by its end may have lasted: days, not weeks. */
    private static final int ROUND_DAYS = 7;

    private TalksToldAgain() {}

    /** Turns each such back-reference among the article's drafts, in the order told, into a mention of the negotiation. */
    static void readAsTheNegotiation(List<Draft> drafts) {
        Draft lastTalks = null;
        for (int n = 0; n < drafts.size(); n++) {
            Draft d = drafts.get(n);
            if (pointsBackTo(d, lastTalks) && !meetingTalksOfItsDay(drafts.subList(0, n), d)) tellAgain(lastTalks, d);
            if (d.type == EventType.Negotiation || d.talks) lastTalks = d;
        }
    }

    /**
     * "Blinken held talks with Sisi in Cairo on Monday. They discussed the negotiations between Israel and Hamas. The
     * talks lasted two hours": talks between named people told before, on the back-reference's day, are what it may
     * equally point back to, and a negotiation discussed since is no likelier: it stays their meeting.
     */
    private static boolean meetingTalksOfItsDay(List<Draft> before, Draft d) {
        return d.hasDate() && before.stream().anyMatch(m -> m.type == EventType.Meeting && m.talks && !m.actors(Role.participant).isEmpty()
                && m.hasDate() && m.date().iso().equals(d.date().iso()));
    }

    private static void tellAgain(Draft talks, Draft d) {
        if (d.ownDate && !oneOfItsDays(talks, d.date())) return;
        if (d.ownDate && talks.time == null && talks.begin == null) talks.begin = d.date();
        d.becomeNegotiation();
        if (talks.hasDate()) takeTheDateOf(talks, d);
    }

    /**
     * Whether {@code day} is one of the days the talks lasted: their day, or one of as many days as they took up to
     * their end ({@link #ROUND_DAYS} when the text does not say how many).
     */
    private static boolean oneOfItsDays(Draft talks, TimeValue day) {
        if (!talks.hasDate() || day.precision() != TimeValue.Precision.DAY) return false;
        if (day.iso().equals(talks.date().iso())) return true;
        if (talks.end == null || talks.end.precision() != TimeValue.Precision.DAY) return false;
        Matcher days = DAYS.matcher(talks.duration == null ? "" : talks.duration);
        long lasted = days.matches() ? Long.parseLong(days.group(1)) : ROUND_DAYS;
        LocalDate last = talks.end.firstDay();
        LocalDate first = last.minusDays(lasted - 1);
        LocalDate told = day.firstDay();
        return !told.isBefore(first) && !told.isAfter(last);
    }

    /** The back-reference is dated as the talks it points back to: the same talks, not another round of them. */
    private static void takeTheDateOf(Draft talks, Draft d) {
        d.time = talks.time;
        d.begin = talks.begin;
        d.end = talks.end;
    }

    private static boolean pointsBackTo(Draft d, Draft lastTalks) {
        return lastTalks != null && lastTalks.type == EventType.Negotiation
                && d.type == EventType.Meeting && d.talks && d.anaphoric && !d.verb
                && d.actors(Role.host).isEmpty()
                && lastTalks.actors(Role.party).containsAll(d.actors(Role.participant));
    }
}
