package org.diplokg.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.diplokg.lexicon.Cue;
import org.diplokg.lexicon.PhraseIndex.Hit;

/**
 * The cues of one sentence grouped by kind, built once per sentence: most rules look for cues of one or two kinds,
 * per trigger, and read that kind's list instead of filtering every cue of the sentence again. Immutable, so the rules of one sentence may share it; within a kind the cues keep the order the lexicon found them in.
 */
final class CuesByKind {
    private final List<Hit<Cue>> all;
    private final Map<String, List<Hit<Cue>>> byKind;

    CuesByKind(List<Hit<Cue>> cues) {
        this.all = cues;
        var grouped = new HashMap<String, List<Hit<Cue>>>();
        for (Hit<Cue> cue : cues) grouped.computeIfAbsent(cue.value().kind(), k -> new ArrayList<>()).add(cue);
        grouped.replaceAll((kind, hits) -> List.copyOf(hits));
        this.byKind = Map.copyOf(grouped);
    }

    /** Every cue, in the order the lexicon found them. */
    List<Hit<Cue>> all() {
        return all;
    }

    /** Whether a cue of this kind passes the test. */
    boolean any(String kind, Predicate<Hit<Cue>> test) {
        List<Hit<Cue>> hits = of(kind);
        // An indexed loop: rules ask this per trigger of every sentence, mostly of kinds the sentence lacks.
        for (int i = 0; i < hits.size(); i++) if (test.test(hits.get(i))) return true;
        return false;
    }

    /** The cues of this kind, in the order of all the cues. */
    List<Hit<Cue>> of(String kind) {
        return byKind.getOrDefault(kind, List.of());
    }

    /**
     * The cues of these kinds, in the order of all the cues (rules that take the first one depend on it): a sentence
     * seldom has cues of more than one of the kinds asked, and then the kind's own list serves.
     */
    List<Hit<Cue>> of(Set<String> kinds) {
        String present = null;
        for (String kind : kinds) {
            if (!byKind.containsKey(kind)) continue;
            if (present != null) return all.stream().filter(c -> kinds.contains(c.value().kind())).toList();
            present = kind;
        }
        return present == null ? List.of() : byKind.get(present);
    }
}
