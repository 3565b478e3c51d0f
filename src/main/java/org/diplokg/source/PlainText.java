package org.diplokg.source;

import java.util.Arrays;
import java.util.stream.Collectors;

/** Plain text laid out like the text taken from HTML: one trimmed line per paragraph, no empty lines. */
final class PlainText {
    private PlainText() {}

    static String lines(String text) {
        return Arrays.stream(text.split("\\R"))
                .map(line -> line.replaceAll("[\\s\u00a0]+", " ").strip())
                .filter(line -> !line.isEmpty())
                .collect(Collectors.joining("\n"));
    }
}
