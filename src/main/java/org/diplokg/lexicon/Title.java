package org.diplokg.lexicon;

/**
 * A title that stands before or after a name (data/lexicon/titles.tsv).
 *
 * @param canonical the English title it normalizes to ("Foreign Minister"); for a qualifier, what it adds to the
 *                  post's title ("-elect"), or "-" for nothing
 * @param kind      post (a position: makes a tenure), affiliation ("Hamas official": a tenure in a group),
 *                  honorific or rank (part of the name phrase only), address (an honorific that, with no name after
 *                  it, names the holder of a post: "سمو الأمير" the Emir), counterpart (the post of the person
 *                  last named with one, in the state named next: "نظيره السعودي"), qualifier (a word around a post
 *                  that leaves it held: "new", "acting", "-elect"), former (the post is no longer held: "ex-", "then-")
 * @param bodyKind  the kind of body the post belongs to (state, foreign-ministry, intelligence, group …)
 */
public record Title(String canonical, String kind, String bodyKind) {
    private static final String HEAD = "Head";
    private static final String LEADER = "Leader";

    public boolean makesTenure() {
        return kind.equals("post") || kind.equals("affiliation");
    }

    /** "وأعرب سمو الأمير عن": a form of address that names the holder of the post {@link #canonical} when no name follows. */
    public boolean addressesPost() {
        return kind.equals("address");
    }

    public boolean isCounterpart() {
        return kind.equals("counterpart");
    }

    /** A word that says the post it goes with is no longer held: no tenure ("ex-President Uhuru Kenyatta", "then-House Speaker"). */
    public boolean endsPost() {
        return kind.equals("former");
    }

    /** A military or police rank ("اللواء", "Gen."), written only before a person's name. */
    public boolean isRank() {
        return kind.equals("rank");
    }

    /** "رئيس", "Head": the post that heads whatever body the text names after it, a state's head when that is a state. */
    public boolean headsAnyBody() {
        return kind.equals("post") && bodyKind.equals("any") && canonical.equals(HEAD);
    }

    /** "leader", "الزعيم": the post that leads a group, which, said of a state ("the Chinese leader"), is its head. */
    public boolean leadsAGroup() {
        return kind.equals("post") && bodyKind.equals("group") && canonical.equals(LEADER);
    }

    public boolean isQualifier() {
        return kind.equals("qualifier");
    }

    /** The title of a post this qualifier goes with: "President" and "-elect" make "President-elect". */
    public String qualify(String post) {
        return isQualifier() && !canonical.equals("-") ? post + canonical : post;
    }
}
