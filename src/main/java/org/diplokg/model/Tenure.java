package org.diplokg.model;

/**
 * A post held by a person as an article states it ("Abbas Kamel, head of Egyptian intelligence").
 *
 * @param holder       the person's actor slug
 * @param organization the slug of the state or body the post is in, or null when the text does not say
 * @param title        the title as normalized in the lexicon ("Secretary of State"), in {@code language}
 * @param language     language tag of the title
 * @param evidence     where the text states it
 */
public record Tenure(String holder, String organization, String title, String language, Evidence evidence) {}
