package org.diplokg.eval;

import java.util.Collections;
import java.util.Set;

/** One position of a {@link Tuple}: how a gold value and an output value at that position are compared. */
public sealed interface Field {
    /** The value as a reader should see it in a report; null for "none" (an undated event, a post of no body). */
    String display();

    /** Whether {@code output} satisfies this gold field. */
    boolean accepts(Field output);

    /** A value compared exactly: a type, a role, a phase count. */
    record Exact(String value) implements Field {
        @Override public String display() { return value; }

        @Override public boolean accepts(Field output) { return output instanceof Exact o && o.value.equals(value); }
    }

    /**
     * An actor or place: the name to show and the {@link NameKey}s of all its spellings. Two names agree when
     * they share a key. A missing name ({@link #NONE}, a post the text ties to no body) agrees only with another.
     */
    record Name(String display, Set<String> keys) implements Field {
        public static final Name NONE = new Name(null, Set.of());

        public Name {
            keys = Set.copyOf(keys);
        }

        @Override public boolean accepts(Field output) {
            if (!(output instanceof Name o)) return false;
            if (display == null || o.display == null) return display == null && o.display == null;
            return !Collections.disjoint(keys, o.keys);
        }
    }

    /**
     * A date as ISO text at its precision ("2024-06-10", "2024-05", "2024"), or null when undated. The output
     * satisfies a gold date when it is at least as precise and agrees at the gold's precision; an undated gold
     * event is satisfied only by an undated output.
     */
    record Date(String iso) implements Field {
        public static final Date UNDATED = new Date(null);

        @Override public String display() { return iso; }

        @Override public boolean accepts(Field output) {
            if (!(output instanceof Date o)) return false;
            if (iso == null || o.iso == null) return iso == null && o.iso == null;
            return o.iso.startsWith(iso);
        }
    }
}
