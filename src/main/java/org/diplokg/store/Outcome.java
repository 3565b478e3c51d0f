package org.diplokg.store;

/** What happened to one article's graph. */
public enum Outcome {
    /** The graph did not exist and was written. */
    ADDED,
    /** The graph existed and was replaced as a whole. */
    REPLACED,
    /** The stored graph has the same content hash and extractor version: left as it was. */
    SKIPPED,
    /** Nothing was written for this article. */
    FAILED
}
