package org.diplokg.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A one-to-one pairing of gold and output tuples of one kind that matches as many as possible (a maximum
 * bipartite matching), so that two gold statements on one date need two output statements, and a greedy choice
 * never costs a match that another pairing would have made.
 *
 * @param matched  the gold tuples that found an output tuple
 * @param missing  the gold tuples that found none
 * @param spurious the output tuples no gold tuple took
 */
public record Alignment(List<Tuple> matched, List<Tuple> missing, List<Tuple> spurious) {
    public Alignment {
        matched = List.copyOf(matched);
        missing = List.copyOf(missing);
        spurious = List.copyOf(spurious);
    }

    public static Alignment of(List<Tuple> gold, List<Tuple> output) {
        return new Pairing(gold, output).align();
    }

    public Counts counts() {
        return new Counts(matched.size(), spurious.size(), missing.size());
    }

    /** Kuhn's augmenting paths over the "gold accepts output" graph; sizes are those of one article. */
    private static final class Pairing {
        private final List<Tuple> gold;
        private final List<Tuple> output;
        private final int[] goldOf;
        private boolean[] visited;

        Pairing(List<Tuple> gold, List<Tuple> output) {
            this.gold = gold;
            this.output = output;
            this.goldOf = new int[output.size()];
            Arrays.fill(goldOf, -1);
        }

        Alignment align() {
            List<Tuple> matched = new ArrayList<>(), missing = new ArrayList<>(), spurious = new ArrayList<>();
            boolean[] found = new boolean[gold.size()];
            for (int g = 0; g < gold.size(); g++) {
                visited = new boolean[output.size()];
                augment(g);
            }
            for (int o = 0; o < output.size(); o++) {
                if (goldOf[o] < 0) spurious.add(output.get(o));
                else found[goldOf[o]] = true;
            }
            for (int g = 0; g < gold.size(); g++) (found[g] ? matched : missing).add(gold.get(g));
            return new Alignment(matched, missing, spurious);
        }

        /** Finds an output for gold tuple {@code g}, moving earlier pairs to other outputs when that frees one. */
        private boolean augment(int g) {
            for (int o = 0; o < output.size(); o++) {
                if (visited[o] || !gold.get(g).accepts(output.get(o))) continue;
                visited[o] = true;
                if (goldOf[o] < 0 || augment(goldOf[o])) {
                    goldOf[o] = g;
                    return true;
                }
            }
            return false;
        }
    }
}
