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
        List<Found<T>> found = null;
        for (int m = 0; m < matches.size(); m++) {
            GazetteerIndex.Match<Entry<T>> match = matches.get(m);
            List<T> values = fitting(match, tokens, shapes, start);
            if (values.isEmpty()) continue;
            if (found == null) found = new ArrayList<>(matches.size() - m);
            found.add(new Found<>(match.first(), match.last(), values));
        }
        return found == null ? List.of() : found;
    }

    /** The distinct values of the match whose phrase the text writes word for word as the phrase does. */
    private List<T> fitting(GazetteerIndex.Match<Entry<T>> match, List<Token> tokens, WordShape[] shapes, int start) {
        List<T> values = null;
        List<Entry<T>> entries = match.entries();
        for (int e = 0; e < entries.size(); e++) {
            Entry<T> entry = entries.get(e);
            if (values != null && values.contains(entry.value())) continue;
            if (!fits(entry.shapes(), match.words(), tokens, shapes, start)) continue;
            if (values == null) values = new ArrayList<>(1);
            values.add(entry.value());
        }
        return values == null ? List.of() : values;
    }

    private boolean fits(List<WordShape> phrase, int[] words, List<Token> tokens, WordShape[] shapes, int start) {
        for (int k = 0; k < phrase.size(); k++) {
            int slot = words[k] - start;
            if (shapes[slot] == null) shapes[slot] = forms.shape(tokens.get(words[k]));
            if (!phrase.get(k).fits(shapes[slot], forms.articles())) return false;
        }
        return true;
    }
}
