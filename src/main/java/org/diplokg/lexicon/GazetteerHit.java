package org.diplokg.lexicon;

/**
 * A gazetteer name found in a token list.
 *
 * @param first    index of the first token of the name
 * @param last     index of its last token (inclusive)
 * @param slug     the actor's or place's slug
 * @param place    true for a place ({@code id/place/{slug}}), false for an actor ({@code id/actor/{slug}})
 * @param demonym  true when the words are the state's demonym ("الرئيس المصري", "Egyptian"), not its name
 * @param homograph a place the same words name, which the state outranked (عمان: Oman, and Amman), or null
 */
public record GazetteerHit(int first, int last, String slug, boolean place, boolean demonym, String homograph) {}
