package org.diplokg.lexicon.build;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.diplokg.lexicon.Tsv;

/**
 * The checked Wikidata QIDs (copies of the project's shared lists, see data/gazetteer/README.md). A QID is
 * linked only when a list names it: states by ISO code, anything else by its exact English name. Nothing is
 * guessed.
 */
final class Wikidata {
    private final Map<String, String> stateQids = new HashMap<>();
    private final Map<String, String> stateNames = new HashMap<>();
    private final Map<String, String> otherQids = new HashMap<>();
    private final Set<String> gazetteerStates;

    /** @param gazetteerStates ISO codes the gazetteer keeps as states; other rows of the states list are places */
    Wikidata(Path statesFile, Path otherFile, Set<String> gazetteerStates) {
        this.gazetteerStates = Set.copyOf(gazetteerStates);
        for (var row : Tsv.read(statesFile)) {
            stateQids.put(row.get("iso"), row.get("qid"));
            stateNames.put(row.get("iso"), row.get("name"));
        }
        for (var row : Tsv.read(otherFile)) otherQids.put(row.get("name"), row.get("qid"));
    }

    Optional<String> state(String iso) {
        return Optional.ofNullable(stateQids.get(iso));
    }

    /** The list's English name of a state ("United States of America"), an alias worth having. */
    Optional<String> stateName(String iso) {
        return Optional.ofNullable(stateNames.get(iso));
    }

    /**
     * The QID of a non-state entry, found by one of its English names in the list of other entities or, for a
     * territory the states list also carries (Western Sahara, Hong Kong), in that list.
     */
    Optional<String> other(List<String> englishNames) {
        for (String name : englishNames) {
            String qid = otherQids.get(name);
            if (qid != null) return Optional.of(qid);
        }
        for (var entry : stateNames.entrySet()) {
            if (englishNames.contains(entry.getValue()) && !gazetteerStates.contains(entry.getKey())) {
                return Optional.of(stateQids.get(entry.getKey()));
            }
        }
        return Optional.empty();
    }
}
