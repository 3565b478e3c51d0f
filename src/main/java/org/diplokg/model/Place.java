package org.diplokg.model;

import java.util.List;
import java.util.Map;

/**
 * A city, region, territory or crossing; the IRI is {@code id/place/{slug}}. States acting as places
 * are {@link Actor}s and are referred to by their actor slug instead.
 *
 * @param country slug of the state it lies in, or null
 */
public record Place(String slug, Map<String, String> labels, List<String> aliases, String qid, String country) {
    public Place {
        labels = Map.copyOf(labels);
        aliases = List.copyOf(aliases);
    }
}
