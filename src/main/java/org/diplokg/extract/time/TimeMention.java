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
 */
public record TimeMention(int start, int end, TimeValue value, TimeValue until, String duration, Kind kind) {
    public enum Kind { DATE, SPAN, DURATION }

    static TimeMention date(int start, int end, TimeValue value) {
        return new TimeMention(start, end, value, null, null, Kind.DATE);
    }

    static TimeMention span(int start, int end, TimeValue begin, TimeValue until) {
        return new TimeMention(start, end, begin, until, null, Kind.SPAN);
    }

    static TimeMention duration(int start, int end, String iso) {
        return new TimeMention(start, end, null, null, iso, Kind.DURATION);
    }
}
