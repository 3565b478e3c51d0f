package org.diplokg.extract.time;

import org.diplokg.model.TimeValue;

/**
 * One time expression found in a sentence, resolved.
 *
 * @param start    char offset of its first token in the sentence text (a clitic glued to that
 *                 token, as in "بيونيو", is inside the span)
 * @param end      char offset just past its last token
 * @param value    the point ({@link Kind#DATE}) or the span's begin ({@link Kind#SPAN}); null for a
 *                 {@link Kind#DURATION}
 * @param until    the span's end ({@link Kind#SPAN} only), else null
 * @param duration an ISO 8601 duration such as "P7D", "P6W", "P3M", "PT48H" ({@link Kind#DURATION}
 *                 only), else null
 * @param kind     what the expression denotes
 * @param ahead    whether it dates the event named after it rather than the one it follows: "a day after the
 *                 attack", "غداة الهجوم" give the attack the day before the date the sentence gave its main event
 */
public record TimeMention(int start, int end, TimeValue value, TimeValue until, String duration, Kind kind, boolean ahead) {
    public enum Kind { DATE, SPAN, DURATION }

    static TimeMention date(int start, int end, TimeValue value) {
        return new TimeMention(start, end, value, null, null, Kind.DATE, false);
    }

    /** A day counted from the sentence's earlier date for the event named after it (see {@link #ahead}). */
    static TimeMention dateAhead(int start, int end, TimeValue value) {
        return new TimeMention(start, end, value, null, null, Kind.DATE, true);
    }

    static TimeMention span(int start, int end, TimeValue begin, TimeValue until) {
        return new TimeMention(start, end, begin, until, null, Kind.SPAN, false);
    }

    static TimeMention duration(int start, int end, String iso) {
        return new TimeMention(start, end, null, null, iso, Kind.DURATION, false);
    }

    /** The day a later "the next day" counts from: the date's, a span's last; null when it names no single day. */
    TimeValue dayCountedFrom() {
        TimeValue day = kind == Kind.SPAN ? until : value;
        return day != null && day.precision() == TimeValue.Precision.DAY ? day : null;
    }
}
