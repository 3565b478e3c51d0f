package org.diplokg.model;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.regex.Pattern;

/**
 * A calendar value at the precision the text gives.
 *
 * @param iso       "2024-06-10", "2024-05" or "2024"
 * @param qualifier "early", "mid", "late", "about", or null
 */
public record TimeValue(String iso, String qualifier) {
    public enum Precision { DAY, MONTH, YEAR }

    /** Compiled once: extraction makes dates by the thousand per article. */
    private static final Pattern ISO = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

    public TimeValue {
        if (!ISO.matcher(iso).matches()) throw new IllegalArgumentException("not an ISO date: " + iso);
    }

    public static TimeValue of(String iso) {
        return new TimeValue(iso, null);
    }

    public Precision precision() {
        return switch (iso.length()) {
            case 10 -> Precision.DAY;
            case 7 -> Precision.MONTH;
            default -> Precision.YEAR;
        };
    }

    /** The first day the value covers: itself, or the 1st of its month or year. */
    public LocalDate firstDay() {
        return switch (precision()) {
            case DAY -> LocalDate.parse(iso);
            case MONTH -> YearMonth.parse(iso).atDay(1);
            case YEAR -> Year.parse(iso).atDay(1);
        };
    }

    /** The last day the value covers: itself, or the last of its month or year. */
    public LocalDate lastDay() {
        return switch (precision()) {
            case DAY -> LocalDate.parse(iso);
            case MONTH -> YearMonth.parse(iso).atEndOfMonth();
            case YEAR -> Year.parse(iso).atMonth(12).atEndOfMonth();
        };
    }
}
