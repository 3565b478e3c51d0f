package org.diplokg.model;

import java.util.List;
import java.util.Map;

/**
 * A real-world actor, known from the gazetteer or found by a pattern.
 *
 * @param slug    stable local name: the IRI is {@code id/actor/{slug}} (DESIGN 3)
 * @param type    its class
 * @param labels  preferred label per language tag ("ar", "en")
 * @param aliases other spellings, any language
 * @param qid     Wikidata QID when known for sure, else null
 * @param country slug of the state it belongs to (a person's state, a ministry's state), or null
 */
public record Actor(String slug, ActorType type, Map<String, String> labels, List<String> aliases,
                    String qid, String country) {
    public Actor {
        labels = Map.copyOf(labels);
        aliases = List.copyOf(aliases);
    }

    public String label(String language) {
        String l = labels.get(language);
        if (l != null) return l;
        return labels.getOrDefault("en", labels.values().stream().findFirst().orElse(slug));
    }
}
