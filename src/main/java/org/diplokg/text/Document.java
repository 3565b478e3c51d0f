package org.diplokg.text;

import java.util.List;
import org.diplokg.model.Article;

/** An article split into sentences and tokens. */
public record Document(Article article, List<Sentence> sentences) {
    public Document {
        sentences = List.copyOf(sentences);
    }

    public String language() { return article.language(); }

    /** Evidence selectors count code points (DESIGN 4); tokens count Java chars. */
    public int codePointOffset(int charOffset) {
        return article.body().codePointCount(0, charOffset);
    }
}
