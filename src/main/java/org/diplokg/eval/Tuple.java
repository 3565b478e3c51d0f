package org.diplokg.eval;

import java.util.List;
import java.util.stream.Collectors;

/** One scored fact, gold or output: its kind and its fields in the order of {@link Kind}. */
public record Tuple(Kind kind, List<Field> fields) {
    public Tuple {
        fields = List.copyOf(fields);
    }

    public static Tuple of(Kind kind, Field... fields) {
        return new Tuple(kind, List.of(fields));
    }

    /** Whether {@code output} satisfies this gold tuple, field by field. */
    public boolean accepts(Tuple output) {
        if (output.kind != kind || output.fields.size() != fields.size()) return false;
        for (int i = 0; i < fields.size(); i++) {
            if (!fields.get(i).accepts(output.fields.get(i))) return false;
        }
        return true;
    }

    /** The fields as shown to a reader; null for "none". */
    public List<String> displays() {
        return fields.stream().map(Field::display).toList();
    }

    @Override
    public String toString() {
        return fields.stream().map(f -> f.display() == null ? "none" : f.display())
                .collect(Collectors.joining(", ", "(", ")"));
    }
}
