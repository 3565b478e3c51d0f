package org.diplokg.model;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A calendar value at the precision the text gives.
 *
 * @param iso       "2024-06-10", "2024-05" or "2024"
 * @param qualifier "early", "mid", "late", "about", or null
 */
public record TimeValue(String iso, String qualifier) {
    public enum Precision { DAY, MONTH, YEAR }

    private static final int YEAR_END = 4;
    private static final int MONTH_END = 7;
    private static final int DAY_END = 10;

    /** Checked by hand, not by a pattern: extraction makes dates by the thousand per article. */
    public TimeValue {
        if (!isIso(iso)) throw new IllegalArgumentException("not an ISO date: " + iso);
    }

    public static TimeValue of(String iso) {
        return new TimeValue(iso, null);
    }

    /** As the pattern {@code \d{4}(-\d{2}(-\d{2})?)?}. */
    private static boolean isIso(String s) {
        int n = s.length();
        if (n != YEAR_END && n != MONTH_END && n != DAY_END) return false;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            boolean ok = i == YEAR_END || i == MONTH_END ? c == '-' : c >= '0' && c <= '9';
            if (!ok) return false;
        }
        return true;
    }

    public Precision precision() {
        return switch (iso.length()) {
            case DAY_END -> Precision.DAY;
            case MONTH_END -> Precision.MONTH;
            default -> Precision.YEAR;
        };
    }

    /** The first day the value covers: itself, or the 1st of its month or year. */
    public LocalDate firstDay() {
        return switch (precision()) {
            case DAY -> LocalDate.of(year(), month(), day());
            case MONTH -> LocalDate.of(year(), month(), 1);
            case YEAR -> LocalDate.of(year(), 1, 1);
        };
    }

    /** The last day the value covers: itself, or the last of its month or year. */
    public LocalDate lastDay() {
        return switch (precision()) {
            case DAY -> LocalDate.of(year(), month(), day());
            case MONTH -> YearMonth.of(year(), month()).atEndOfMonth();
            case YEAR -> LocalDate.of(year(), 12, 31);
        };
    }

    private int year() {
        return digits(0, YEAR_END);
    }

    private int month() {
        return digits(YEAR_END + 1, MONTH_END);
    }

    private int day() {
        return digits(MONTH_END + 1, DAY_END);
    }

    private int digits(int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) v = v * 10 + (iso.charAt(i) - '0');
        return v;
    }
}
