package org.diplokg.pipeline;

import org.diplokg.store.Outcome;

/**
 * What became of one article during ingest.
 *
 * @param origin    where it was read from
 * @param article   the article's IRI, or null when it could not be read
 * @param outcome   added, replaced, skipped or failed
 * @param quads     the number of quads written for it
 * @param error     one-line reason when it failed, else null
 */
public record ArticleReport(String origin, String article, Outcome outcome, long quads, String error) {}
