package org.diplokg.extract.time;

/**
 * What the text says about one calendar point before it is resolved: any of year, month, day and
 * weekday, a direction word and a qualifier. Zero means "not given". Local to one parse.
 */
final class Spec {
    int year;
    /** Years from the publication year ("العام الماضي" = -1), when the year is given that way. */
    Integer yearShift;
    int month;
    /** Months from the publication month ("الشهر الماضي" = -1), when the month is given that way. */
    Integer monthShift;
    int day;
    int weekday;
    Direction direction;
    String qualifier;

    boolean hasYear() {
        return year != 0 || yearShift != null;
    }

    /** Only a day number: the first part of "بين 10 و12 يونيو" or the second of "June 10-12". */
    boolean isDayOnly() {
        return day != 0 && month == 0 && monthShift == null && !hasYear() && weekday == 0;
    }

    boolean isYearOnly() {
        return year != 0 && month == 0 && day == 0 && weekday == 0;
    }

    boolean isWeekdayOnly() {
        return weekday != 0 && month == 0 && day == 0;
    }

    /** Takes the month, year and direction this spec leaves open from the other end of a span. */
    void completeFrom(Spec other) {
        if (month == 0 && monthShift == null) {
            month = other.month;
            monthShift = other.monthShift;
        }
        if (!hasYear()) {
            year = other.year;
            yearShift = other.yearShift;
        }
        if (direction == null) direction = other.direction;
    }
}
