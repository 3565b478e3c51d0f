package org.diplokg.lexicon;

/**
 * A post a gazetteer person held (a dip:Tenure of people.ttl).
 *
 * @param titleEn      the title in English ("Secretary of State")
 * @param titleAr      the title in Arabic ("وزير الخارجية")
 * @param organization slug of the state, body or group the post is in
 * @param from         first year held, or null when unknown
 * @param to           last year held, or null while it is held
 */
public record Post(String titleEn, String titleAr, String organization, Integer from, Integer to) {
    /** Whether the post was held at some time in the given year. */
    public boolean heldIn(int year) {
        return (from == null || from <= year) && (to == null || year <= to);
    }
}
