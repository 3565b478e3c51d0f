package org.diplokg.lexicon;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.diplokg.text.LineData;
import org.diplokg.text.Token;

/** Titles before and after names, in one language (data/lexicon/titles.tsv). */
public final class TitleLexicon {
    private static final String HEAD_OF_STATE = "head-of-state";
    private final PhraseIndex<Title> index = new PhraseIndex<>();
    /** The canonical titles of the post that heads a state (President, King, Emir …), in the order listed. */
    private final Set<String> headOfStateTitles = new LinkedHashSet<>();
    /** Given names and lineage particles, which tell a title word that is also a name ("سلطان") inside a name. */
    private final NameLexicon names;

    private TitleLexicon(NameLexicon names) {
        this.names = names;
    }

    /** Columns: phrase, language, canonical English title, kind, body kind. */
    public static TitleLexicon load(Path lexiconDir, String language, NameLexicon names) {
        var titles = new TitleLexicon(names);
        for (String[] r : LineData.rows(lexiconDir.resolve("titles.tsv"))) {
            if (r.length < 4 || r[0].equals("phrase") || !r[1].equals(language)) continue;
            var title = new Title(r[2], r[3], r.length > 4 ? r[4] : "");
            titles.index.add(r[0], language, title);
            if (title.bodyKind().equals(HEAD_OF_STATE)) titles.headOfStateTitles.add(title.canonical());
        }
        return titles;
    }

    /**
     * The titles a state's head may hold ("King", "President"): the counterpart of a head of state is the other state's
     * head whatever his title ("Jordan's King Abdullah and his Egyptian counterpart" is Egypt's president).
     */
    public Set<String> headOfStateTitles() {
        return Collections.unmodifiableSet(headOfStateTitles);
    }

    /** The longest title starting at token {@code i}, unless the word there is a name in a lineage ({@link #nameInLineage}). */
    public PhraseIndex.Hit<Title> longestAt(List<Token> tokens, int i) {
        PhraseIndex.Hit<Title> hit = index.longestAt(tokens, i);
        return hit != null && hit.first() == hit.last() && nameInLineage(tokens, i) ? null : hit;
    }

    /**
     * "الدكتور سلطان بن أحمد الجابر", "عمر سلطان العلماء", "محمد بن سلطان": a one-word title that is also a given name
     * is part of a person's name, not his title, when a lineage particle follows it or a given name or particle
     * precedes it. As a title it stands before the name or the state ("سلطان عمان هيثم بن طارق"). A title with the
     * article is no given name ("الملك عبد الله": the compound "عبد الملك" spells it so only after "عبد").
     */
    private boolean nameInLineage(List<Token> tokens, int i) {
        Token word = tokens.get(i);
        if (!names.isGivenName(word) || names.hasArticle(word)) return false;
        boolean particleAfter = i + 1 < tokens.size() && names.isParticle(tokens.get(i + 1));
        boolean nameBefore = i > 0 && (names.isGivenName(tokens.get(i - 1)) || names.isParticle(tokens.get(i - 1)));
        return particleAfter || nameBefore;
    }

    /** The word is written as a listed title begins ("وزير"), not a title behind a conjunction ("ووزير"). */
    public boolean spellsTitle(Token t) {
        return index.spellsFirstWord(t);
    }
}
