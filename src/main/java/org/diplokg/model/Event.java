package org.diplokg.model;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One event an article reports.
 *
 * @param type        its class
 * @param roles       actor slugs per role, in text order
 * @param places      place or state slugs (a State may stand as a place)
 * @param time        a point in time, or null
 * @param begin       start of a span, or null
 * @param end         end of a span, or null
 * @param duration    ISO 8601 duration ("P7D"), or null
 * @param phaseCount  the number of phases the text gives, or null
 * @param phases      the phases the text describes
 * @param ordinal     "the eighth tour" → 8, or null
 * @param status      "ongoing", "stalled", "planned", … or null
 * @param quantities  counts by name: "released", "votesFor", "votesAgainst", "abstentions"
 * @param respondsTo  index into the extraction's event list of the proposal or agreement responded to, or -1
 * @param evidence    the mention of the trigger (first is the principal one)
 */
public record Event(EventType type, Map<Role, List<String>> roles, List<String> places, TimeValue time,
                    TimeValue begin, TimeValue end, String duration, Integer phaseCount, List<Phase> phases,
                    Integer ordinal, String status, Map<String, Integer> quantities, int respondsTo,
                    List<Evidence> evidence) {
    public Event {
        var copy = new EnumMap<Role, List<String>>(Role.class);
        roles.forEach((role, actors) -> copy.put(role, List.copyOf(actors)));
        roles = Collections.unmodifiableMap(copy);
        places = List.copyOf(places);
        phases = List.copyOf(phases);
        quantities = Map.copyOf(quantities);
        evidence = List.copyOf(evidence);
    }

    public List<String> actors(Role role) {
        return roles.getOrDefault(role, List.of());
    }

    /** The date used for identity and scoring: the time stamp, else the begin, else the end. */
    public TimeValue date() {
        return time != null ? time : begin != null ? begin : end;
    }
}
