package org.diplokg.lexicon;

/**
 * A title that stands before or after a name (data/lexicon/titles.tsv).
 *
 * @param canonical the English title it normalizes to ("Foreign Minister")
 * @param kind      post (a position: makes a tenure), affiliation ("Hamas official": a tenure in a group),
 *                  honorific or rank (part of the name phrase only), counterpart (the post of the person
 *                  last named with one, in the state named next: "نظيره السعودي")
 * @param bodyKind  the kind of body the post belongs to (state, foreign-ministry, intelligence, group …)
 */
public record Title(String canonical, String kind, String bodyKind) {
    public boolean makesTenure() {
        return kind.equals("post") || kind.equals("affiliation");
    }

    public boolean isCounterpart() {
        return kind.equals("counterpart");
    }
}
