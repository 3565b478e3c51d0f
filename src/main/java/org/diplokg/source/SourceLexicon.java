package org.diplokg.source;

import java.nio.file.Files;
import org.diplokg.config.Home;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The language data the readers need, loaded from a directory of TSV files (data/source/):
 * metadata labels, agency names, language names and month names. Immutable and thread-safe.
 */
final class SourceLexicon {
    private static final Pattern LANGUAGE_TAG = Pattern.compile("[a-zA-Z]{2,3}(?:[-_][a-zA-Z0-9]{1,8})*");

    private final Map<String, Field> labels;
    private final Map<String, String> languages;
    private final DateFinder dates;
    private final DatelineFinder datelines;

    private SourceLexicon(Map<String, Field> labels, Map<String, String> languages,
                          DateFinder dates, DatelineFinder datelines) {
        this.labels = Map.copyOf(labels);
        this.languages = Map.copyOf(languages);
        this.dates = dates;
        this.datelines = datelines;
    }

    /** Loads the installation's data/source (see {@link Home}). */
    static SourceLexicon defaults() {
        return load(Home.data("source"));
    }

    static SourceLexicon load(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("source language data not found: " + dir.toAbsolutePath()
                    + " (set DIPLOKG_HOME to the diplokg folder)");
        }
        Map<String, Field> labels = new HashMap<>();
        for (Tsv.Row row : Tsv.read(dir.resolve("header-labels.tsv"))) {
            labels.put(Patterns.key(row.key()), fieldOf(row));
        }
        Map<String, String> languages = new HashMap<>();
        for (Tsv.Row row : Tsv.read(dir.resolve("languages.tsv"))) {
            languages.put(Patterns.key(row.key()), row.value().toLowerCase(Locale.ROOT));
        }
        Map<String, Integer> months = new HashMap<>();
        for (Tsv.Row row : Tsv.read(dir.resolve("months.tsv"))) {
            months.put(Patterns.key(row.key()), month(row));
        }
        Map<String, String> publishers = new HashMap<>();
        for (Tsv.Row row : Tsv.read(dir.resolve("agencies.tsv"))) {
            publishers.put(Patterns.key(row.key()), row.value());
        }
        return new SourceLexicon(labels, languages, new DateFinder(months), new DatelineFinder(publishers));
    }

    /** The field a metadata label stands for ("نشر بتاريخ" → PUBLISHED), or null for an unknown label. */
    Field field(String label) {
        return labels.get(Patterns.key(label));
    }

    /** The primary language subtag of a tag or language name ("ar-EG", "Arabic" → "ar"), or null. */
    String language(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String named = languages.get(Patterns.key(value));
        if (named != null) {
            return named;
        }
        String tag = value.strip();
        return LANGUAGE_TAG.matcher(tag).matches() ? tag.split("[-_]")[0].toLowerCase(Locale.ROOT) : null;
    }

    DateFinder dates() {
        return dates;
    }

    DatelineFinder datelines() {
        return datelines;
    }

    private static Field fieldOf(Tsv.Row row) {
        try {
            return Field.valueOf(row.value().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(row.where() + ": unknown field " + row.value());
        }
    }

    private static int month(Tsv.Row row) {
        try {
            int month = Integer.parseInt(row.value());
            if (month >= 1 && month <= 12) {
                return month;
            }
        } catch (NumberFormatException e) {
            // reported below with the row's place
        }
        throw new IllegalStateException(row.where() + ": month must be 1-12, not " + row.value());
    }
}
