package org.diplokg.lexicon;

import java.nio.file.Path;
import java.util.List;
import org.diplokg.text.LineData;
import org.diplokg.text.Token;

/** Titles before and after names, in one language (data/lexicon/titles.tsv). */
public final class TitleLexicon {
    private final PhraseIndex<Title> index = new PhraseIndex<>();

    private TitleLexicon() {}

    /** Columns: phrase, language, canonical English title, kind, body kind. */
    public static TitleLexicon load(Path lexiconDir, String language) {
        var titles = new TitleLexicon();
        for (String[] r : LineData.rows(lexiconDir.resolve("titles.tsv"))) {
            if (r.length < 4 || r[0].equals("phrase") || !r[1].equals(language)) continue;
            titles.index.add(r[0], language, new Title(r[2], r[3], r.length > 4 ? r[4] : ""));
        }
        return titles;
    }

    public PhraseIndex.Hit<Title> longestAt(List<Token> tokens, int i) {
        return index.longestAt(tokens, i);
    }

    /** The word is written as a listed title begins ("وزير"), not a title behind a conjunction ("ووزير"). */
    public boolean spellsTitle(Token t) {
        return index.spellsFirstWord(t);
    }
}
