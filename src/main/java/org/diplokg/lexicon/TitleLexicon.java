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

    private TitleLexicon() {}

    /** Columns: phrase, language, canonical English title, kind, body kind. */
    public static TitleLexicon load(Path lexiconDir, String language) {
        var titles = new TitleLexicon();
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

    public PhraseIndex.Hit<Title> longestAt(List<Token> tokens, int i) {
        return index.longestAt(tokens, i);
    }

    /** The word is written as a listed title begins ("وزير"), not a title behind a conjunction ("ووزير"). */
    public boolean spellsTitle(Token t) {
        return index.spellsFirstWord(t);
    }
}
