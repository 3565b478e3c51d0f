package org.diplokg.model;

import java.util.List;

/**
 * Everything the extractor found in one article: the input of the graph mapping stage.
 *
 * @param actors         every actor the article names or points to (gazetteer or pattern)
 * @param places         every place used by an event
 * @param actorMentions  where each actor is named
 * @param tenures        posts held as the article states them
 * @param events         the events, with evidence
 * @param extractorVersion version of the rules and data that produced this
 */
public record Extraction(Article article, List<Actor> actors, List<Place> places, List<Mention> actorMentions,
                         List<Tenure> tenures, List<Event> events, String extractorVersion) {
    public Extraction {
        actors = List.copyOf(actors);
        places = List.copyOf(places);
        actorMentions = List.copyOf(actorMentions);
        tenures = List.copyOf(tenures);
        events = List.copyOf(events);
    }

    public static Extraction empty(Article article, String extractorVersion) {
        return new Extraction(article, List.of(), List.of(), List.of(), List.of(), List.of(), extractorVersion);
    }
}
