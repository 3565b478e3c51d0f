package org.diplokg.graph;

/** IRI minting under {@link DIP#ID} (DESIGN 3). */
public final class Iris {
    private Iris() {}

    public static String article(String articleId) { return DIP.ID + "article/" + articleId; }

    public static String articleGraph(String articleId) { return DIP.ID + "graph/" + articleId; }

    public static String actor(String slug) { return DIP.ID + "actor/" + slug; }

    public static String place(String slug) { return DIP.ID + "place/" + slug; }
}
