package org.diplokg.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** The canned queries of a directory ({@code queries/}): one {@code NAME.rq} file each. */
public final class CannedQueries {
    private final Path directory;

    public CannedQueries(Path directory) {
        this.directory = directory;
    }

    /** Every canned query, by name. */
    public List<CannedQuery> list() {
        if (!Files.isDirectory(directory)) return List.of();
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".rq")).sorted()
                    .map(f -> read(nameOf(f), f)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + directory, e);
        }
    }

    public Optional<CannedQuery> find(String name) {
        Path file = directory.resolve(name + ".rq");
        return isSafeName(name) && Files.isRegularFile(file) ? Optional.of(read(name, file)) : Optional.empty();
    }

    /** A query file anywhere, read with its header like a canned query. */
    public static CannedQuery readFile(Path file) {
        return read(nameOf(file), file);
    }

    private static boolean isSafeName(String name) {
        return name.matches("[\\w.-]+") && !name.startsWith(".");
    }

    private static String nameOf(Path file) {
        String fileName = file.getFileName().toString();
        return fileName.endsWith(".rq") ? fileName.substring(0, fileName.length() - 3) : fileName;
    }

    private static CannedQuery read(String name, Path file) {
        try {
            return CannedQuery.parse(name, Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
