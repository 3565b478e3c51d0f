package org.diplokg.lexicon;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.diplokg.text.Token;

/**
 * Phrases as sequences of token match keys, in a trie, so that every phrase starting at a token is found in one
 * walk. A hyphen, apostrophe, ampersand, slash or quotation mark between two words of a phrase is skipped (el-Sisi is
 * indexed as el Sisi; حكومة «الوفاق» is حكومة الوفاق); any other punctuation ends it.
 *
 * @param <T> what a phrase stands for
 */
final class GazetteerIndex<T> {
    private static final String CONNECTORS = "-\u2010\u2011\u2012\u2013'\u2019&/\u00AB\u00BB\"\u201C\u201D";
    /** Room for a name's word indexes before the array grows: few names run past four words. */
    private static final int MAX_WORDS_AT_FIRST = 4;

    private final Node<T> root = new Node<>();
    /**
     * The keys of {@code root.next}, asked first: most tokens begin no name. The gazetteer's names start with some
     * 14,000 different keys, which filled a third of a phrase lexicon's 2^15 bits (a third of the tokens that begin no
     * name still went on to the map); 2^18 bits (32 KB) let through about one in twenty.
     */
    private final FirstKeyFilter firstKeys = new FirstKeyFilter(1 << 18);
    private int phrases;

    private static final class Node<T> {
        final Map<String, Node<T>> next = new HashMap<>(4);
        final List<T> entries = new ArrayList<>(1);
    }

    /**
     * The phrase's words (token indexes, connectors left out) and what it stands for.
     *
     * @param words token indexes of the phrase's words in their first {@code count} slots, in order; the matches
     *              found at one token share the array, as they share their first words
     */
    record Match<T>(int[] words, int count, List<T> entries) {
        int first() { return words[0]; }

        int last() { return words[count - 1]; }
    }

    void add(List<String> keys, T entry) {
        if (!keys.isEmpty()) firstKeys.add(keys.getFirst());
        Node<T> node = root;
        for (String key : keys) node = node.next.computeIfAbsent(key, k -> new Node<>());
        if (!node.entries.contains(entry)) {
            node.entries.add(entry);
            phrases++;
        }
    }

    int size() { return phrases; }

    private static <T> ArrayList<Match<T>> added(ArrayList<Match<T>> found, Match<T> match) {
        ArrayList<Match<T>> list = found != null ? found : new ArrayList<>(2);
        list.add(match);
        return list;
    }

    /** Every indexed phrase that starts at token {@code start}, longest first. */
    List<Match<T>> matchesAt(List<Token> tokens, int start) {
        // Most tokens begin no name: answer them without allocating, as this runs at every token.
        Token first = tokens.get(start);
        if (first.isPunct() || !firstKeys.mayContain(first.key())) return List.of();
        Node<T> node = root.next.get(first.key());
        if (node == null) return List.of();
        // A word that begins some name seldom begins one here: the list is made at the first match.
        ArrayList<Match<T>> found = null;
        int[] words = new int[Math.min(MAX_WORDS_AT_FIRST, tokens.size() - start)];
        int count = 0;
        // The first word is looked up once, above; the walk goes on from the node it reached.
        words[count++] = start;
        if (!node.entries.isEmpty()) found = added(found, new Match<>(words, count, node.entries));
        for (int j = start + 1; j < tokens.size(); j++) {
            Token token = tokens.get(j);
            if (token.isPunct()) {
                if (CONNECTORS.indexOf(token.surface().charAt(0)) >= 0) continue;
                break;
            }
            node = node.next.get(token.key());
            if (node == null) break;
            if (count == words.length) words = Arrays.copyOf(words, Math.min(2 * count, tokens.size() - start));
            words[count++] = j;
            if (!node.entries.isEmpty()) found = added(found, new Match<>(words, count, node.entries));
        }
        if (found == null) return List.of();
        Collections.reverse(found);
        return found;
    }
}
