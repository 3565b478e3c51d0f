package org.diplokg.lexicon;

import java.util.Set;
import org.diplokg.model.EventType;

/**
 * A preposition that gives the actor or place after it a role (data/lexicon/prepositions-*.tsv).
 *
 * @param role      a role name, "principal", or "place"
 * @param types     the event types it applies to; empty = all
 * @param nounsOnly whether it gives the role only to an event noun: "a statement from the royal court" names the
 *                  speaker, "said he received assurances from Israel" does not
 * @param negotiatedOnly whether it gives the role only to talks another sign makes a negotiation: "talks hosted by
 *                  Oman" stay a meeting Oman hosts, while "indirect talks hosted by Oman" are mediated by it
 */
public record Preposition(String role, Set<EventType> types, boolean nounsOnly, boolean negotiatedOnly) {
    public Preposition {
        types = Set.copyOf(types);
    }

    public boolean appliesTo(EventType type) {
        return types.isEmpty() || types.contains(type);
    }

    /** Whether it applies to an event of this type named by a verb ({@code verb}) or a noun. */
    public boolean appliesTo(EventType type, boolean verb) {
        return appliesTo(type) && !(verb && nounsOnly);
    }

    /** Whether it gives the type's principal role: after a passive verb, "by" names its agent ("was received by Sisi"). */
    public boolean namesTheAgent() {
        return role.equals("principal");
    }

    /** Whether it makes its object a participant of events of this type ("with Putin", "مع نظيره"). */
    public boolean givesParticipant(EventType type) {
        return gives("participant", type);
    }

    /** Whether it gives the role named ({@code "participant"}, {@code "place"} …) in events of this type. */
    public boolean gives(String roleName, EventType type) {
        return role.equals(roleName) && appliesTo(type);
    }
}
