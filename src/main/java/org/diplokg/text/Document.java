package org.diplokg.text;

import java.util.List;
import org.diplokg.model.Article;

/** An article split into sentences and tokens. Immutable. */
public final class Document {
    private final Article article;
    private final List<Sentence> sentences;
    /** No character of the body takes two Java chars, as in nearly every article: char offsets are code point offsets. */
    private final boolean oneCharPerCodePoint;

    public Document(Article article, List<Sentence> sentences) {
        this.article = article;
        this.sentences = List.copyOf(sentences);
        this.oneCharPerCodePoint = article.body().length() == article.body().codePointCount(0, article.body().length());
    }

    public Article article() { return article; }

    public List<Sentence> sentences() { return sentences; }

    public String language() { return article.language(); }

    /** Evidence selectors count code points (DESIGN 4); tokens count Java chars. */
    public int codePointOffset(int charOffset) {
        return oneCharPerCodePoint ? charOffset : article.body().codePointCount(0, charOffset);
    }
}
