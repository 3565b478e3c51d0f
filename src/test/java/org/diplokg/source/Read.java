package org.diplokg.source;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Test helper: reads files through the public entry point, as the pipeline does. */
final class Read {
    static final Path RESOURCES = Path.of("src", "test", "resources", "source");

    private Read() {}

    static List<SourceResult> all(Path... paths) {
        try (Stream<SourceResult> results = Sources.read(List.of(paths))) {
            return results.toList();
        }
    }

    static List<SourceResult> resource(String name) {
        return all(RESOURCES.resolve(name));
    }

    static SourceResult only(String name) {
        List<SourceResult> results = resource(name);
        if (results.size() != 1) {
            throw new AssertionError("expected one result from " + name + ", got " + results);
        }
        return results.get(0);
    }
}
