package org.diplokg.pipeline;

/**
 * The counts of one ingest run.
 *
 * @param read     articles read from the sources, including those that could not be parsed
 * @param added    articles whose graph was new
 * @param replaced articles whose graph was replaced
 * @param skipped  unchanged articles (same content hash and extractor version)
 * @param failed   articles that could not be read, extracted, mapped or stored: nothing was written for them
 * @param quads    quads written
 */
public record IngestSummary(long read, long added, long replaced, long skipped, long failed, long quads) {
    @Override
    public String toString() {
        return "read %d, added %d, replaced %d, skipped %d, failed %d, quads %d"
                .formatted(read, added, replaced, skipped, failed, quads);
    }
}
