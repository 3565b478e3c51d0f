package org.diplokg.lexicon;

import java.nio.file.Path;
import java.util.List;
import org.diplokg.model.ActorType;
import org.diplokg.text.LineData;
import org.diplokg.text.Token;

/** Head words of the names of bodies the gazetteer may not list (data/lexicon/body-heads.tsv), in one language. */
public final class BodyHeads {
    /**
     * A head word as listed, with the type of body it names.
     *
     * @param listedOnly whether it names only the bodies the gazetteer lists for a state ("the royal court" of the
     *                   dateline's state), never a new one ("Supreme Court")
     */
    public record Head(String phrase, ActorType type, boolean listedOnly) {}

    private static final String LISTED = "listed";

    private final PhraseIndex<Head> index = new PhraseIndex<>();

    private BodyHeads() {}

    /** Columns: phrase, language, actor type, and optionally "listed". */
    public static BodyHeads load(Path lexiconDir, String language) {
        var heads = new BodyHeads();
        for (String[] r : LineData.rows(lexiconDir.resolve("body-heads.tsv"))) {
            if (r[0].equals("phrase") || !r[1].equals(language)) continue;
            heads.index.add(r[0], language, new Head(r[0], ActorType.valueOf(r[2]), r.length > 3 && r[3].equals(LISTED)));
        }
        return heads;
    }

    public PhraseIndex.Hit<Head> at(List<Token> tokens, int i) {
        return index.longestAt(tokens, i);
    }
}
