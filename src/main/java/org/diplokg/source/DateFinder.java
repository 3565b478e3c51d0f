package org.diplokg.source;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the first calendar date written in a header or feed value: ISO dates and datetimes
 * ("2024-06-10T19:55:00+03:00" gives the date as written, not converted to UTC), day-first numeric
 * dates ("10/06/2024", the Arabic press convention; month-first only when day-first is impossible),
 * and dates with month names from months.tsv ("10 June 2024", "June 10, 2024", RFC 1123
 * "Mon, 10 Jun 2024 19:55:00 GMT", "10 يونيو/حزيران 2024").
 */
final class DateFinder {
    /** "10th June", "June 1st": two small letters after the day number, whatever the language's suffixes. */
    private static final String ORDINAL_SUFFIX = "(?:\\p{Ll}{2})?";

    private final Map<String, Integer> months;
    private final Pattern pattern;

    DateFinder(Map<String, Integer> monthsByKey) {
        this.months = Map.copyOf(monthsByKey);
        String month = Patterns.alternation(monthsByKey.keySet()) + "(?!\\p{L})";
        this.pattern = Pattern.compile("(?<![\\p{L}\\d])(?:"
                + "(?<isoY>\\d{4})-(?<isoM>\\d{1,2})-(?<isoD>\\d{1,2})"
                + "|(?<numD>\\d{1,2})[/.-](?<numM>\\d{1,2})[/.-](?<numY>\\d{4})"
                + "|(?<dmyD>\\d{1,2})" + ORDINAL_SUFFIX + "\\h*(?<dmyM>" + month + ")(?:\\h*/\\h*" + month + ")?\\h*,?\\h*(?<dmyY>\\d{4})"
                + "|(?<mdyM>" + month + ")\\h+(?<mdyD>\\d{1,2})" + ORDINAL_SUFFIX + "\\h*,?\\h*(?<mdyY>\\d{4})"
                + ")(?!\\d)", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** The first valid date in the text, or null. */
    LocalDate find(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = pattern.matcher(Patterns.asciiDigits(text));
        while (m.find()) {
            LocalDate date = toDate(m);
            if (date != null) {
                return date;
            }
        }
        return null;
    }

    private LocalDate toDate(Matcher m) {
        if (m.group("isoY") != null) {
            return date(number(m, "isoY"), number(m, "isoM"), number(m, "isoD"));
        }
        if (m.group("numY") != null) {
            int year = number(m, "numY");
            int first = number(m, "numD");
            int second = number(m, "numM");
            LocalDate dayFirst = date(year, second, first);
            return dayFirst != null ? dayFirst : date(year, first, second);
        }
        if (m.group("dmyY") != null) {
            return date(number(m, "dmyY"), months.get(Patterns.key(m.group("dmyM"))), number(m, "dmyD"));
        }
        return date(number(m, "mdyY"), months.get(Patterns.key(m.group("mdyM"))), number(m, "mdyD"));
    }

    private static int number(Matcher m, String group) {
        return Integer.parseInt(m.group(group));
    }

    private static LocalDate date(int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }
}
