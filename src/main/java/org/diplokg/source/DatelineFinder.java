package org.diplokg.source;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dateline that opens a news body: "القاهرة- معا-", "الدوحة (الأناضول) -",
 * "CAIRO, June 10 (Reuters) -", "WASHINGTON (AP) —", "غزة/ محمد ماجد/ الأناضول", or an
 * agency-less "CAIRO —" in capitals.
 * The agency names and their publishers come from agencies.tsv.
 */
final class DatelineFinder {
    /** The place a dateline names and the publisher its agency stands for; either may be null. */
    record Dateline(String place, String publisher) {}

    private static final String SEPARATOR = "[-\u2013\u2014/:]";
    private static final String DASH = "[-\u2013\u2014]";
    /** Letters, and the dots and apostrophes of "U.N." or "Ma'an", across at most a few words. */
    private static final String PLACE = "\\p{L}[\\p{L}\\p{M}'\u2019.\\h]{0,39}?";
    /** ", June 10" after the place, or a date in digits ("رام الله 10-6-2024"). */
    private static final String DATE_AFTER_PLACE = "(?:\\h*,\\h*[^()\\n]{1,30}?|\\h+\\d[^()\\n]{0,29}?)";
    /** The reporter some agencies name between place and agency ("غزة/ محمد ماجد/ الأناضول"). */
    private static final String REPORTER = "(?:\\h*/\\h*\\p{L}[\\p{L}\\p{M}\\h]{1,29}?)";

    /** Agency-less datelines are an English convention: the place in capitals, then a dash. */
    private static final Pattern CAPITALS_DATELINE = Pattern.compile(
            "^\\h*(?<place>\\p{Lu}[\\p{Lu}'\u2019.]+(?:\\h+\\p{Lu}[\\p{Lu}'\u2019.]*){0,3})"
                    + "(?:\\h*,\\h*[^\\n\u2013\u2014-]{1,30}?)?\\h+" + DASH + "{1,2}\\h+");

    private final Map<String, String> publishers;
    private final Pattern agencyDateline;

    DatelineFinder(Map<String, String> publishersByAgencyKey) {
        this.publishers = Map.copyOf(publishersByAgencyKey);
        String agency = Patterns.alternation(publishersByAgencyKey.keySet());
        this.agencyDateline = Pattern.compile(
                "^\\h*(?:(?<place>" + PLACE + ")" + DATE_AFTER_PLACE + "?" + REPORTER + "?\\h*)?"
                        + "(?:\\(\\h*(?<parenthesized>" + agency + ")\\h*\\)\\h*" + SEPARATOR + "+"
                        + "|" + SEPARATOR + "\\h*(?<between>" + agency + ")\\h*(?:" + SEPARATOR + "+|(?=\\n)))",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** The dateline at the start of the body, or null when the body opens without one. */
    Dateline find(String body) {
        Matcher m = agencyDateline.matcher(body);
        if (m.find()) {
            String agency = m.group("parenthesized") != null ? m.group("parenthesized") : m.group("between");
            return new Dateline(place(m.group("place")), publishers.get(Patterns.key(agency)));
        }
        Matcher capitals = CAPITALS_DATELINE.matcher(body);
        if (capitals.find()) {
            return new Dateline(place(capitals.group("place")), null);
        }
        return null;
    }

    private static String place(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return text.strip();
    }
}
