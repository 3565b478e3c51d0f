package org.diplokg.source;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Builds regular expressions from lists of words loaded from language data. */
final class Patterns {
    private Patterns() {}

    /**
     * An alternation of the words, longest first so that "تشرين الأول" wins over a shorter name,
     * each word's inner spaces matching any run of horizontal space.
     */
    static String alternation(Collection<String> words) {
        return words.stream()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .map(Patterns::flexibleSpaces)
                .collect(Collectors.joining("|", "(?:", ")"));
    }

    /** The key a matched word is looked up by: lower case, single spaces. */
    static String key(String word) {
        return word.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** Replaces every Unicode decimal digit (Arabic-Indic ٠–٩, Persian ۰–۹, …) by its ASCII digit. */
    static String asciiDigits(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(Character.isDigit(c) ? (char) ('0' + Character.digit(c, 10)) : c);
        }
        return out.toString();
    }

    private static String flexibleSpaces(String word) {
        return Pattern.compile("\\s+").splitAsStream(word.strip())
                .map(Pattern::quote)
                .collect(Collectors.joining("\\h+"));
    }
}
