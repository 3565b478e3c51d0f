package org.diplokg.lexicon;

import java.util.ArrayList;
import java.util.List;
import org.diplokg.text.Token;

/**
 * Finds names in tokens: candidates by match keys through a {@link GazetteerIndex}, kept only
 * when the text writes every word of the phrase as the phrase does, give or take clitics and case
 * ({@link WordShape}).
 *
 * @param <T> what a name stands for
 */
final class PhraseMatcher<T> {
    private record Entry<T>(T value, List<WordShape> shapes) {}

    /** Values whose phrase the text holds from token {@code first} to token {@code last}. */
    record Found<T>(int first, int last, List<T> values) {}

    private final GazetteerIndex<Entry<T>> index = new GazetteerIndex<>();
    private final NameForms forms;

    PhraseMatcher(NameForms forms) {
        this.forms = forms;
    }

    void add(String phrase, T value) {
        for (NameForms.Phrase p : forms.phrases(phrase)) index.add(p.keys(), new Entry<>(value, p.shapes()));
    }

    int size() { return index.size(); }

    /** The phrases starting at token {@code start} that the text writes exactly, longest first. */
    List<Found<T>> at(List<Token> tokens, int start) {
        List<GazetteerIndex.Match<Entry<T>>> matches = index.matchesAt(tokens, start);
        if (matches.isEmpty()) return List.of();
        // The matches share their first words and this runs at every token: each word's shape is worked out once.
        var shapes = new WordShape[matches.getFirst().last() - start + 1];
        var found = new ArrayList<Found<T>>(matches.size());
        for (GazetteerIndex.Match<Entry<T>> match : matches) {
            List<T> values = fitting(match, tokens, shapes, start);
            if (!values.isEmpty()) found.add(new Found<>(match.first(), match.last(), values));
        }
        return found;
    }

    /** The distinct values of the match whose phrase the text writes word for word as the phrase does. */
    private List<T> fitting(GazetteerIndex.Match<Entry<T>> match, List<Token> tokens, WordShape[] shapes, int start) {
        var values = new ArrayList<T>(1);
        for (Entry<T> entry : match.entries()) {
            if (!values.contains(entry.value()) && fits(entry.shapes(), match.words(), tokens, shapes, start)) values.add(entry.value());
        }
        return values;
    }

    private boolean fits(List<WordShape> phrase, List<Integer> words, List<Token> tokens, WordShape[] shapes, int start) {
        for (int k = 0; k < phrase.size(); k++) {
            int slot = words.get(k) - start;
            if (shapes[slot] == null) shapes[slot] = forms.shape(tokens.get(words.get(k)));
            if (!phrase.get(k).fits(shapes[slot], forms.articles())) return false;
        }
        return true;
    }
}
