package org.diplokg.lexicon;

import java.time.LocalDate;
import org.diplokg.model.TimeValue;

/**
 * A post a gazetteer person held (a dip:Tenure of people.ttl).
 *
 * @param titleEn      the title in English ("Secretary of State")
 * @param titleAr      the title in Arabic ("وزير الخارجية")
 * @param organization slug of the state, body or group the post is in
 * @param firstDay     the earliest day it may have been taken up (the 1st of the month or year the gazetteer gives),
 *                     or null when unknown
 * @param lastDay      the latest day it may have been held (the last of the month or year the gazetteer gives), or
 *                     null while it is held
 */
public record Post(String titleEn, String titleAr, String organization, LocalDate firstDay, LocalDate lastDay) {

    /** A post whose start and end are ISO years, months or days ("2024", "2024-11", "2025-01-20"), null when open. */
    public static Post of(String titleEn, String titleAr, String organization, String from, String to) {
        return new Post(titleEn, titleAr, organization, from == null ? null : TimeValue.of(from).firstDay(), to == null ? null : TimeValue.of(to).lastDay());
    }

    /** The first year held, or null when unknown. */
    public Integer from() { return firstDay == null ? null : firstDay.getYear(); }

    /** The last year held, or null while it is held. */
    public Integer to() { return lastDay == null ? null : lastDay.getYear(); }

    /** Whether the post was held at some time in the given year. */
    public boolean heldIn(int year) {
        return (firstDay == null || firstDay.getYear() <= year) && (lastDay == null || year <= lastDay.getYear());
    }

    /**
     * Whether the post may have been held on the given day, as precisely as the gazetteer dates it: a post that ended
     * on 2025-01-20 was not held on 2025-03-10, one that ended "in 2025" may have been.
     */
    public boolean heldOn(LocalDate day) {
        return (firstDay == null || !day.isBefore(firstDay)) && (lastDay == null || !day.isAfter(lastDay));
    }
}
