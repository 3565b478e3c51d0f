package org.diplokg.lexicon;

import java.util.List;
import org.diplokg.text.Token;

/**
 * Finds phrases (names, titles) in tokens: candidates by match keys through a {@link PhraseIndex}, kept only
 * when the text writes every word of the phrase as the phrase does, give or take clitics and case
 * ({@link WordShape}).
 *
 * @param <T> what a phrase stands for
 */
final class PhraseMatcher<T> {
    private record Entry<T>(T value, List<WordShape> shapes) {}

    /** Values whose phrase the text holds from token {@code first} to token {@code last}. */
    record Found<T>(int first, int last, List<T> values) {}

    private final PhraseIndex<Entry<T>> index = new PhraseIndex<>();
    private final NameForms forms;
    private final boolean caseSensitive;

    /** @param caseSensitive whether a capitalized English word must be capitalized in the text (acronyms always must) */
    PhraseMatcher(NameForms forms, boolean caseSensitive) {
        this.forms = forms;
        this.caseSensitive = caseSensitive;
    }

    void add(String phrase, T value) {
        for (NameForms.Phrase p : forms.phrases(phrase)) {
            List<WordShape> shapes = caseSensitive ? p.shapes() : p.shapes().stream().map(WordShape::ignoringCapitals).toList();
            index.add(p.keys(), new Entry<>(value, shapes));
        }
    }

    int size() { return index.size(); }

    /** The phrases starting at token {@code start} that the text writes exactly, longest first. */
    List<Found<T>> at(List<Token> tokens, int start) {
        return index.matchesAt(tokens, start).stream().map(m -> found(m, tokens)).filter(f -> !f.values().isEmpty()).toList();
    }

    private Found<T> found(PhraseIndex.Match<Entry<T>> match, List<Token> tokens) {
        List<WordShape> text = match.words().stream().map(i -> forms.shape(tokens.get(i).surface())).toList();
        List<T> values = match.entries().stream().filter(e -> fits(e.shapes(), text)).map(Entry::value).distinct().toList();
        return new Found<>(match.first(), match.last(), values);
    }

    private boolean fits(List<WordShape> phrase, List<WordShape> text) {
        for (int k = 0; k < phrase.size(); k++) if (!phrase.get(k).fits(text.get(k), forms.articles())) return false;
        return true;
    }
}
