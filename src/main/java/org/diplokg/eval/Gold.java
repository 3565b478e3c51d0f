package org.diplokg.eval;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One article's gold annotation as tuples (DESIGN 6).
 *
 * @param published the publication date the annotator read, or null when unknown
 * @param tuples    the gold tuples of every kind, in file order
 */
public record Gold(LocalDate published, Map<Kind, List<Tuple>> tuples) {
    public Gold {
        var copy = new EnumMap<Kind, List<Tuple>>(Kind.class);
        for (Kind kind : Kind.values()) copy.put(kind, List.copyOf(tuples.getOrDefault(kind, List.of())));
        tuples = Collections.unmodifiableMap(copy);
    }

    public List<Tuple> tuples(Kind kind) {
        return tuples.get(kind);
    }
}
