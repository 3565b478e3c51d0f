package org.diplokg.model;

/**
 * One phase of a proposal, agreement or ceasefire as the text describes it.
 *
 * @param ordinal     1 for the first phase
 * @param description what the text says the phase holds, or null
 * @param duration    ISO 8601 duration ("P42D"), or null
 */
public record Phase(int ordinal, String description, String duration) {}
