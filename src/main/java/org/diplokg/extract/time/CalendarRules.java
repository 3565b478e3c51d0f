package org.diplokg.extract.time;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoField;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import org.diplokg.model.TimeValue;

/**
 * Resolution of what the text says against the publication date.
 *
 * <p>The rules, as a careful reader applies them:
 * <ul>
 * <li>A date with its year is that date; a day that does not exist (31 June) is no date.</li>
 * <li>"الماضي"/"last" points strictly before publication: to the latest such month before the
 *     publication month ("مايو الماضي" in June 2024 is 2024-05, in May 2024 it is 2023-05), the latest
 *     such day before the publication day ("6 مايو الماضي"), the latest such weekday before it
 *     ("الثلاثاء الماضي" on a Tuesday is a week back: the same day would be "اليوم").</li>
 * <li>"المقبل"/"next" points strictly after in the same way; "الجاري"/"this" takes the publication
 *     year (a month or a day) or the publication week (a weekday).</li>
 * <li>A weekday alone is the latest such day on or before publication ("الاثنين" in an article of
 *     Monday 2024-06-10 is that day); in a sentence marked as future (future.tsv) it is the next
 *     such day on or after publication.</li>
 * <li>A month or a day without a year and without a direction word takes the year that puts it
 *     nearest to publication, but prefers the past: the later reading wins only when it is nearer
 *     and either the sentence is marked as future or it falls within a month of publication
 *     ({@link #NEAR_FUTURE_DAYS} days, or the next calendar month). "May" in June 2024 is 2024-05;
 *     "July" is 2024-07; "September" is 2023-09 unless the sentence speaks of the future.</li>
 * <li>A week has no calendar value of its own: "الأسبوع الماضي"/"last week" is the month of that
 *     week's Thursday (the ISO rule for which month or year a week belongs to), qualified early
 *     (days 1–10), mid (11–20) or late (21–31) by where that Thursday falls.</li>
 * </ul>
 */
final class CalendarRules {
    static final int NEAR_FUTURE_DAYS = 31;
    static final int NEAR_FUTURE_MONTHS = 1;
    private static final int EARLY_LAST_DAY = 10;
    private static final int MID_LAST_DAY = 20;
    private static final int THURSDAY = DayOfWeek.THURSDAY.getValue();
    private static final int MAX_FOUR_DIGITS = 9999;

    private CalendarRules() {}

    /**
     * The calendar value of a spec, or null when it cannot be resolved (no publication date, no such day). A
     * qualifier places a time inside its month or year: a day keeps none ("early Saturday" is that Saturday).
     */
    static TimeValue resolve(Spec spec, LocalDate published, boolean future) {
        TimeValue bare = resolveBare(spec, published, future);
        if (bare == null || spec.qualifier == null || bare.precision() == TimeValue.Precision.DAY) return bare;
        return new TimeValue(bare.iso(), spec.qualifier);
    }

    private static TimeValue resolveBare(Spec spec, LocalDate published, boolean future) {
        if (spec.monthShift != null) {
            if (published == null) return null;
            YearMonth month = YearMonth.from(published).plusMonths(spec.monthShift);
            LocalDate date = dateOf(month.getYear(), month.getMonthValue(), spec.day);
            return date == null ? null : TimeValue.of(date.toString());
        }
        Integer year = explicitYear(spec, published);
        if (spec.yearShift != null && year == null) return null;
        if (spec.month != 0 && spec.day != 0) {
            LocalDate date = year != null ? dateOf(year, spec.month, spec.day) : dayWithoutYear(spec, published, future);
            return date == null ? null : TimeValue.of(date.toString());
        }
        if (spec.month != 0) {
            YearMonth month = year != null ? YearMonth.of(year, spec.month) : monthWithoutYear(spec, published, future);
            return month == null ? null : TimeValue.of(month.toString());
        }
        if (spec.weekday != 0) {
            LocalDate date = weekday(spec.weekday, spec.direction, published, future);
            return date == null ? null : TimeValue.of(date.toString());
        }
        return year == null ? null : TimeValue.of(yearIso(year));
    }

    private static Integer explicitYear(Spec spec, LocalDate published) {
        if (spec.year != 0) return spec.year;
        if (spec.yearShift != null && published != null) return published.getYear() + spec.yearShift;
        return null;
    }

    /** As {@code String.format("%04d", year)}, without a formatter for the years a date can have. */
    static String yearIso(long year) {
        if (year < 0 || year > MAX_FOUR_DIGITS) return String.format("%04d", year);
        String digits = Long.toString(year);
        return "0000".substring(digits.length()) + digits;
    }

    static LocalDate dateOf(int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static LocalDate dayWithoutYear(Spec spec, LocalDate published, boolean future) {
        if (published == null) return null;
        int y = published.getYear();
        Direction direction = spec.direction;
        if (direction == Direction.CURRENT) return dateOf(y, spec.month, spec.day);
        LocalDate before = null;
        for (int year = y; year >= y - 8 && before == null; year--) {
            LocalDate d = dateOf(year, spec.month, spec.day);
            if (d != null && (direction != null && direction.back() ? d.isBefore(published) : !d.isAfter(published))) before = d;
        }
        LocalDate after = null;
        for (int year = y; year <= y + 8 && after == null; year++) {
            LocalDate d = dateOf(year, spec.month, spec.day);
            if (d != null && d.isAfter(published)) after = d;
        }
        if (direction == Direction.PAST) return before;
        if (direction == Direction.BEFORE_LAST) return before == null ? null : dateOf(before.getYear() - 1, spec.month, spec.day);
        if (direction == Direction.NEXT) return after;
        long back = before == null ? Long.MAX_VALUE : ChronoUnit.DAYS.between(before, published);
        long ahead = after == null ? Long.MAX_VALUE : ChronoUnit.DAYS.between(published, after);
        return laterWins(back, ahead, future, NEAR_FUTURE_DAYS) ? after : before;
    }

    private static YearMonth monthWithoutYear(Spec spec, LocalDate published, boolean future) {
        if (published == null) return null;
        YearMonth now = YearMonth.from(published);
        YearMonth same = YearMonth.of(published.getYear(), spec.month);
        YearMonth before = same.isAfter(now) ? same.minusYears(1) : same;
        YearMonth after = same.isAfter(now) ? same : same.plusYears(1);
        if (spec.direction == null) {
            long back = before.until(now, ChronoUnit.MONTHS);
            long ahead = now.until(after, ChronoUnit.MONTHS);
            return laterWins(back, ahead, future, NEAR_FUTURE_MONTHS) ? after : before;
        }
        return switch (spec.direction) {
            case BEFORE_LAST -> (same.isBefore(now) ? same : same.minusYears(1)).minusYears(1);
            case PAST -> same.isBefore(now) ? same : same.minusYears(1);
            case NEXT -> after;
            case CURRENT -> same;
        };
    }

    /** Prefer the earlier reading unless the later one is nearer and either near or announced. */
    private static boolean laterWins(long back, long ahead, boolean future, long near) {
        return ahead < back && (future || ahead <= near);
    }

    static LocalDate weekday(int isoDay, Direction direction, LocalDate published, boolean future) {
        if (published == null) return null;
        DayOfWeek day = DayOfWeek.of(isoDay);
        if (direction == null) {
            return published.with(future ? TemporalAdjusters.nextOrSame(day) : TemporalAdjusters.previousOrSame(day));
        }
        return switch (direction) {
            case BEFORE_LAST -> published.with(TemporalAdjusters.previous(day)).minusWeeks(1);
            case PAST -> published.with(TemporalAdjusters.previous(day));
            case NEXT -> published.with(TemporalAdjusters.next(day));
            case CURRENT -> published.with(ChronoField.DAY_OF_WEEK, isoDay);
        };
    }

    /** "الشهر الماضي", "this year", "next week" (see the class comment for weeks). */
    static TimeValue period(String unit, Direction direction, String qualifier, LocalDate published) {
        if (published == null) return null;
        int shift = direction.shift();
        return switch (unit) {
            case "Y" -> new TimeValue(yearIso(published.getYear() + shift), qualifier);
            case "M" -> new TimeValue(YearMonth.from(published).plusMonths(shift).toString(), qualifier);
            case "W" -> week(published.with(ChronoField.DAY_OF_WEEK, THURSDAY).plusWeeks(shift));
            default -> null;
        };
    }

    /**
     * The time {@code count} units before publication: a day for days and weeks ("two weeks ago" is that day, give
     * or take), the month or year for months and years, the day itself for hours; null without a publication date.
     */
    static TimeValue countedBack(long count, String unit, LocalDate published) {
        if (published == null) return null;
        return switch (unit) {
            case "D" -> TimeValue.of(published.minusDays(count).toString());
            case "W" -> TimeValue.of(published.minusWeeks(count).toString());
            case "M" -> TimeValue.of(YearMonth.from(published).minusMonths(count).toString());
            case "Y" -> TimeValue.of(yearIso(published.getYear() - count));
            default -> TimeValue.of(published.toString());
        };
    }

    private static TimeValue week(LocalDate thursday) {
        int day = thursday.getDayOfMonth();
        String part = day <= EARLY_LAST_DAY ? "early" : day <= MID_LAST_DAY ? "mid" : "late";
        return new TimeValue(YearMonth.from(thursday).toString(), part);
    }

    /** A day-precise value moved by some days, or null when the anchor is not a day. */
    static TimeValue plusDays(TimeValue anchor, int days) {
        if (anchor == null || anchor.precision() != TimeValue.Precision.DAY) return null;
        return TimeValue.of(anchor.firstDay().plusDays(days).toString());
    }
}
