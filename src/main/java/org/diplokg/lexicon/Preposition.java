package org.diplokg.lexicon;

import java.util.Set;
import org.diplokg.model.EventType;

/**
 * A preposition that gives the actor or place after it a role (data/lexicon/prepositions-*.tsv).
 *
 * @param role  a role name, "principal", or "place"
 * @param types the event types it applies to; empty = all
 */
public record Preposition(String role, Set<EventType> types) {
    public Preposition {
        types = Set.copyOf(types);
    }

    public boolean appliesTo(EventType type) {
        return types.isEmpty() || types.contains(type);
    }

    /** Whether it gives the role named ({@code "participant"}, {@code "place"} …) in events of this type. */
    public boolean gives(String roleName, EventType type) {
        return role.equals(roleName) && appliesTo(type);
    }
}
