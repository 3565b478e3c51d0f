package org.diplokg.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads the two-column language-data files under data/source/: '#' starts a comment line. */
final class Tsv {
    private Tsv() {}

    /** A row of a TSV file, remembering where it came from for error messages. */
    record Row(String key, String value, String where) {}

    static List<Row> read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read language data " + file, e);
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String where = file + ":" + (i + 1);
            String[] cells = line.split("\t");
            if (cells.length != 2 || cells[0].isBlank() || cells[1].isBlank()) {
                throw new IllegalStateException(where + ": expected two tab-separated columns");
            }
            rows.add(new Row(cells[0].strip(), cells[1].strip(), where));
        }
        return rows;
    }
}
