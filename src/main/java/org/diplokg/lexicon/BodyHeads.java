package org.diplokg.lexicon;

import java.nio.file.Path;
import java.util.List;
import org.diplokg.model.ActorType;
import org.diplokg.text.LineData;
import org.diplokg.text.Token;

/** Head words of the names of bodies the gazetteer may not list (data/lexicon/body-heads.tsv), in one language. */
public final class BodyHeads {
    /** A head word as listed, with the type of body it names. */
    public record Head(String phrase, ActorType type) {}

    private final PhraseIndex<Head> index = new PhraseIndex<>();

    private BodyHeads() {}

    /** Columns: phrase, language, actor type. */
    public static BodyHeads load(Path lexiconDir, String language) {
        var heads = new BodyHeads();
        for (String[] r : LineData.rows(lexiconDir.resolve("body-heads.tsv"))) {
            if (r[0].equals("phrase") || !r[1].equals(language)) continue;
            heads.index.add(r[0], language, new Head(r[0], ActorType.valueOf(r[2])));
        }
        return heads;
    }

    public PhraseIndex.Hit<Head> at(List<Token> tokens, int i) {
        return index.longestAt(tokens, i);
    }
}
