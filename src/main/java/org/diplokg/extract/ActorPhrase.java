package org.diplokg.extract;

import org.diplokg.model.ActorType;

/**
 * A stretch of a sentence that names an actor or a place: "الرئيس المصري عبد الفتاح السيسي",
 * "Qatari Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani", "بالقاهرة".
 *
 * @param first  first token index (inclusive)
 * @param last   last token index (inclusive)
 * @param slug   the actor or place it names; for a title without a name that discourse could not resolve, the state
 * @param type   the actor's type, or null for a place
 * @param state  the state a demonym or possessive in the phrase names, or a place's country; or null
 * @param title  canonical title when the phrase holds a post ("President"), or null
 * @param method how it was found: "gazetteer", "title+name", "title+gazetteer", "title-only", "place"
 */
public record ActorPhrase(int first, int last, String slug, ActorType type, String state, String title, String method) {
    public boolean isPlace() { return type == null; }

    /** The method of a region or territory: it lies in its state but, unlike a city, speaks for no one. */
    static final String AREA = "area";

    /** The method of a city named by the dateline, which stands for no state. */
    static final String DATELINE = "dateline";

    /** The same place, named by the dateline. */
    ActorPhrase asDateline() {
        return new ActorPhrase(first, last, slug, type, state, title, DATELINE);
    }

    /** A state may stand as a place ("زار مصر", "visited Egypt"). */
    public boolean canBePlace() { return type == null || type == ActorType.State; }

    public boolean isPerson() { return type == ActorType.Person; }

    /** A demonym standing alone ("المصرية", "Egyptian"): an adjective, naming an actor only of the noun it qualifies. */
    public boolean isBareDemonym() { return method.equals("demonym"); }
}
