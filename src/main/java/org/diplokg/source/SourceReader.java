package org.diplokg.source;

import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Reads the articles of one file of the format it handles. */
interface SourceReader {
    /**
     * The file's articles, read lazily where the format allows; the stream may hold the file open
     * until closed. A broken record yields an error result; a broken file may throw, and the
     * caller turns that into an error result.
     */
    Stream<SourceResult> read(Path file, String origin) throws IOException;
}
