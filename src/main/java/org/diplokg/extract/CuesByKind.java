package org.diplokg.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import org.diplokg.lexicon.Cue;
import org.diplokg.lexicon.PhraseIndex.Hit;

/**
 * The cues of one sentence grouped by kind, built once per sentence: most rules look for cues of one or two kinds,
 * per trigger, and read that kind's list instead of filtering every cue of the sentence again. Its cues never change (it
 * only remembers the last set of kinds asked for), so the rules of one sentence, which run on one thread, share it; within a kind the cues
 * keep the order the lexicon found them in.
 */
final class CuesByKind {
    private final List<Hit<Cue>> all;
    /** The kinds the sentence has (the first {@code kindCount}), in the order their first cue comes, and at the same index that kind's cues. */
    private final String[] kinds;
    private final int kindCount;
    private final List<Hit<Cue>>[] cuesOfKind;
    /**
     * An open-addressing table from a kind to its index in {@link #kinds} plus one (0: an empty slot): rules ask many
     * times per trigger, mostly for kinds the sentence lacks, which one probe of an empty slot answers.
     */
    private final int[] slots;
    /**
     * The last set of kinds asked for and its cues: rules pass the same constant set for each token they try ("a cue
     * of these kinds ends here?"). The sentence's rules run on one thread.
     */
    private Set<String> lastWanted;
    private List<Hit<Cue>> lastCues;
    /**
     * The kinds of each set rules ask for, as an array: rules ask with a few constant sets, and a set's kinds are read
     * without an iterator, each found in {@link #slots}, where checking each kind of the sentence against the set cost
     * more. Keyed by a copy of the set, so its kinds stay what they were.
     */
    private static final ConcurrentHashMap<Set<String>, String[]> KINDS_OF = new ConcurrentHashMap<>();
    /**
     * The one instance of each kind the lexicon has, the one the rules write: the lexicon reads a kind for each of
     * its cues, and a kind kept as the rules' own instance is found by identity, not by comparing its characters.
     */
    private static final ConcurrentHashMap<String, String> CANONICAL = new ConcurrentHashMap<>();

    private static String canonical(String kind) {
        String known = CANONICAL.get(kind);
        return known != null ? known : CANONICAL.computeIfAbsent(kind, String::intern);
    }

    @SuppressWarnings("unchecked")
    CuesByKind(List<Hit<Cue>> cues) {
        this.all = cues;
        int size = cues.size();
        int capacity = Integer.highestOneBit(Math.max(1, size) * 2 - 1) << 1;
        slots = new int[capacity];
        var found = new String[size];
        int[] kindOfCue = new int[size];
        int[] counts = new int[size];
        int count = 0;
        for (int i = 0; i < size; i++) {
            String kind = cues.get(i).value().kind();
            int k = indexOf(kind, found);
            if (k < 0) {
                k = count++;
                found[k] = canonical(kind);
                slots[free(kind)] = k + 1;
            }
            kindOfCue[i] = k;
            counts[k]++;
        }
        kinds = found;
        kindCount = count;
        cuesOfKind = new List[count];
        if (count == size) {
            for (int i = 0; i < size; i++) cuesOfKind[i] = List.of(cues.get(i));
            return;
        }
        var grouped = new Hit[count][];
        for (int k = 0; k < count; k++) grouped[k] = new Hit[counts[k]];
        int[] filled = new int[count];
        for (int i = 0; i < size; i++) {
            int k = kindOfCue[i];
            grouped[k][filled[k]++] = cues.get(i);
        }
        for (int k = 0; k < count; k++) cuesOfKind[k] = counts[k] == 1 ? List.of(grouped[k][0]) : List.of((Hit<Cue>[]) grouped[k]);
    }

    private static int slotOf(int hash, int mask) {
        return (hash ^ (hash >>> 16)) & mask;
    }

    /** The empty slot a new kind takes. */
    private int free(String kind) {
        int mask = slots.length - 1;
        int s = slotOf(kind.hashCode(), mask);
        while (slots[s] != 0) s = (s + 1) & mask;
        return s;
    }

    private int indexOf(String kind) {
        return indexOf(kind, kinds);
    }

    private int indexOf(String kind, String[] known) {
        int mask = slots.length - 1;
        for (int s = slotOf(kind.hashCode(), mask); slots[s] != 0; s = (s + 1) & mask) {
            String candidate = known[slots[s] - 1];
            if (candidate == kind || candidate.equals(kind)) return slots[s] - 1;
        }
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

    /**
     * The cues of this kind, in the order of all the cues. A kind the sentence lacks has the shared empty list, whose
     * iterator is shared too: rules loop over the cues of kinds most sentences lack, per trigger.
     */
    List<Hit<Cue>> of(String kind) {
        int k = indexOf(kind);
        return k < 0 ? Collections.emptyList() : cuesOfKind[k];
    }

    /**
     * The cues of these kinds, in the order of all the cues (rules that take the first one depend on it): a sentence
     * seldom has cues of more than one of the kinds asked, and then the kind's own list serves.
     */
    List<Hit<Cue>> of(Set<String> wanted) {
        if (kindCount == 0) return Collections.emptyList();
        if (wanted != lastWanted) {
            lastCues = find(wanted);
            lastWanted = wanted;
        }
        return lastCues;
    }

    private List<Hit<Cue>> find(Set<String> wanted) {
        String[] asked = KINDS_OF.get(wanted);
        if (asked == null) {
            Set<String> copy = Set.copyOf(wanted);
            asked = KINDS_OF.computeIfAbsent(copy, set -> set.toArray(new String[0]));
        }
        int present = -1;
        for (String kind : asked) {
            int k = indexOf(kind);
            if (k < 0) continue;
            if (present >= 0) return ofAll(wanted);
            present = k;
        }
        return present < 0 ? Collections.emptyList() : cuesOfKind[present];
    }

    private List<Hit<Cue>> ofAll(Set<String> wanted) {
        var hits = new ArrayList<Hit<Cue>>();
        for (int i = 0; i < all.size(); i++) if (wanted.contains(all.get(i).value().kind())) hits.add(all.get(i));
        return Collections.unmodifiableList(hits);
    }
}
