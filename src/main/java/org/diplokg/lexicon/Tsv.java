package org.diplokg.lexicon;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.nio.file.Path;
import org.diplokg.text.LineData;

/**
 * A language-data table with a header row: {@code #} comments, then a line naming the columns, then one
 * row a line. Cells are read by column name, so a column may be added without breaking readers.
 */
public final class Tsv {
    /** Separates several values in one cell ("Sisi|el-Sisi"). */
    public static final String MULTI = "\\|";

    private Tsv() {}

    /** The rows of the table, each a column name → cell map (missing trailing cells read as ""). */
    public static List<Map<String, String>> read(Path file) {
        List<String[]> lines = LineData.rows(file);
        if (lines.isEmpty()) return List.of();
        String[] header = lines.getFirst();
        var rows = new ArrayList<Map<String, String>>(lines.size() - 1);
        for (String[] cells : lines.subList(1, lines.size())) {
            var row = new LinkedHashMap<String, String>();
            for (int c = 0; c < header.length; c++) row.put(header[c], c < cells.length ? cells[c] : "");
            rows.add(row);
        }
        return rows;
    }

    /** The values of a multi-valued cell, trimmed, empty ones dropped. */
    public static List<String> values(String cell) {
        if (cell == null || cell.isBlank()) return List.of();
        return Arrays.stream(cell.split(MULTI)).map(String::strip).filter(v -> !v.isEmpty()).toList();
    }
}
