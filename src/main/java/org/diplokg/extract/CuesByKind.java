package org.diplokg.extract;

import java.util.ArrayList;
import java.util.List;
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
    /**
     * The kinds the sentence has, their hash codes, and at the same index that kind's cues. A sentence has a handful
     * of kinds and rules ask many times per sentence: comparing the few cached hash codes beats probing a map.
     */
    private final List<String> kinds = new ArrayList<>();
    private final int[] hashes;
    private final List<List<Hit<Cue>>> cuesOfKind = new ArrayList<>();

    CuesByKind(List<Hit<Cue>> cues) {
        this.all = cues;
        var grouped = new ArrayList<List<Hit<Cue>>>();
        for (Hit<Cue> cue : cues) {
            int k = kinds.indexOf(cue.value().kind());
            if (k < 0) {
                kinds.add(cue.value().kind());
                grouped.add(new ArrayList<>());
                k = kinds.size() - 1;
            }
            grouped.get(k).add(cue);
        }
        for (List<Hit<Cue>> hits : grouped) cuesOfKind.add(List.copyOf(hits));
        hashes = new int[kinds.size()];
        for (int k = 0; k < hashes.length; k++) hashes[k] = kinds.get(k).hashCode();
    }

    private int indexOf(String kind) {
        int hash = kind.hashCode();
        for (int k = 0; k < hashes.length; k++) if (hashes[k] == hash && kinds.get(k).equals(kind)) return k;
        return -1;
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
        int k = indexOf(kind);
        return k < 0 ? List.of() : cuesOfKind.get(k);
    }

    /**
     * The cues of these kinds, in the order of all the cues (rules that take the first one depend on it): a sentence
     * seldom has cues of more than one of the kinds asked, and then the kind's own list serves.
     */
    List<Hit<Cue>> of(Set<String> wanted) {
        int present = -1;
        for (String kind : wanted) {
            int k = indexOf(kind);
            if (k < 0) continue;
            if (present >= 0) return all.stream().filter(c -> wanted.contains(c.value().kind())).toList();
            present = k;
        }
        return present < 0 ? List.of() : cuesOfKind.get(present);
    }
}
