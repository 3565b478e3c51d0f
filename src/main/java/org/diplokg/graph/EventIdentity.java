package org.diplokg.graph;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.diplokg.model.Event;
import org.diplokg.model.Role;
import org.diplokg.model.TimeValue;

/**
 * The cross-article identity of an event (DESIGN 3): two reports of one event agree on its type, its date and
 * the actors at its centre, while they often disagree on the place or leave it out, so the key is built from
 * those three only. An event without a date or without a principal actor is too vague to merge safely and
 * stays local to its article.
 */
public final class EventIdentity {
    /** The roles that say whose event it is; attendees, hosts and mediators vary between reports. */
    public static final Set<Role> PRINCIPAL_ROLES =
            EnumSet.of(Role.participant, Role.party, Role.proposer, Role.agent, Role.speaker);

    private EventIdentity() {}

    /**
     * The identity key, {@code Meeting|2024-06-10|abdel-fattah-el-sisi,antony-blinken}: the type, the date at
     * the precision the text gives (time stamp, else begin, else end) and the sorted distinct principal actor
     * slugs; empty when the event has no date or no principal actor.
     */
    public static Optional<String> key(Event event) {
        TimeValue date = event.date();
        Set<String> principals = new TreeSet<>();
        PRINCIPAL_ROLES.forEach(role -> principals.addAll(event.actors(role)));
        if (date == null || principals.isEmpty()) return Optional.empty();
        return Optional.of(event.type().name() + "|" + date.iso() + "|" + String.join(",", principals));
    }

    /** The local name of a shared event's IRI: 16 hex digits of SHA-256 over the key. */
    public static String hash(String key) {
        return Iris.hash16(key);
    }
}
