package org.diplokg.model;

/** An actor or place named in the text: which one, and where. */
public record Mention(String slug, Evidence evidence) {}
