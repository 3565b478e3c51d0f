package org.diplokg.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Reads the project's line-oriented language data: one entry a line, {@code #} comments, tab-separated columns. */
public final class LineData {
    private LineData() {}

    /** The non-blank, non-comment lines of the file, split on tabs. */
    public static List<String[]> rows(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                    .map(LineData::stripComment)
                    .filter(line -> !line.isBlank())
                    .map(line -> line.split("\t", -1))
                    .map(LineData::trimAll)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read language data " + file, e);
        }
    }

    /** The first column of every row. */
    public static List<String> words(Path file) {
        return rows(file).stream().map(r -> r[0]).toList();
    }

    private static String stripComment(String line) {
        return line.startsWith("#") ? "" : line;
    }

    private static String[] trimAll(String[] cols) {
        for (int i = 0; i < cols.length; i++) cols[i] = cols[i].strip();
        return cols;
    }
}
