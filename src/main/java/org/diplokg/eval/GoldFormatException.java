package org.diplokg.eval;

import java.nio.file.Path;

/** A gold file that does not follow DESIGN section 6: names the file and the key where it breaks the format. */
public final class GoldFormatException extends EvaluationException {
    private final Path file;
    private final String key;

    public GoldFormatException(Path file, String key, String problem) {
        super(file + ": " + key + ": " + problem);
        this.file = file;
        this.key = key;
    }

    public Path file() { return file; }

    /** The path of the offending key, as {@code events[3].participant}. */
    public String key() { return key; }
}
