package org.diplokg.source;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Reads articles from files and directories (walked recursively), choosing the reader by file type. */
public final class Sources {
    private Sources() {}

    /** Lazily reads every article under the paths; a broken one yields an error result, never an exception. */
    public static Stream<SourceResult> read(List<Path> paths) {
        throw new UnsupportedOperationException("source readers: owned by the source stage, not written yet");
    }
}
