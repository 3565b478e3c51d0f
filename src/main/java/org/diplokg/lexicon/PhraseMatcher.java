package org.diplokg.lexicon;

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
        return matches.stream().map(m -> found(m, tokens)).filter(f -> !f.values().isEmpty()).toList();
    }

    private Found<T> found(GazetteerIndex.Match<Entry<T>> match, List<Token> tokens) {
        List<WordShape> text = match.words().stream().map(i -> forms.shape(tokens.get(i).surface())).toList();
        List<T> values = match.entries().stream().filter(e -> fits(e.shapes(), text)).map(Entry::value).distinct().toList();
        return new Found<>(match.first(), match.last(), values);
    }

    private boolean fits(List<WordShape> phrase, List<WordShape> text) {
        for (int k = 0; k < phrase.size(); k++) if (!phrase.get(k).fits(text.get(k), forms.articles())) return false;
        return true;
    }
}
