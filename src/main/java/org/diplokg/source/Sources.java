package org.diplokg.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Reads articles from files and directories (walked recursively), choosing the reader by file type:
 * .txt, .html/.htm, .jsonl/.ndjson, .rss/.atom/.xml. Directories are walked in name order, so a
 * run is repeatable; hidden files and directories, gold annotations (*.gold.json), notes (*.md)
 * and files of other types are skipped. Everything is pulled one result at a time: a file is
 * opened only when the stream reaches it, and JSON Lines and feeds are read record by record.
 */
public final class Sources {
    private final TextReader text;
    private final HtmlReader html;
    private final JsonLinesReader jsonLines;
    private final FeedReader feeds;

    private Sources(SourceLexicon lexicon) {
        this.text = new TextReader(lexicon);
        this.html = new HtmlReader(lexicon);
        this.jsonLines = new JsonLinesReader(lexicon);
        this.feeds = new FeedReader(lexicon);
    }

    /**
     * Lazily reads every article under the paths; a broken one yields an error result, never an
     * exception. Close the stream when stopping early, to close the file being read. Language data
     * comes from the installation's {@code data/source/} (see {@link org.diplokg.config.Home}).
     *
     * @throws IllegalStateException when the language data is missing or malformed
     */
    public static Stream<SourceResult> read(List<Path> paths) {
        return new Sources(SourceLexicon.defaults()).stream(paths);
    }

    /** As {@link #read(List)}, with the language data of {@code sourceDataDir} (a data/source directory). */
    public static Stream<SourceResult> read(List<Path> paths, Path sourceDataDir) {
        return new Sources(SourceLexicon.load(sourceDataDir)).stream(paths);
    }

    private Stream<SourceResult> stream(List<Path> paths) {
        Walk walk = new Walk(List.copyOf(paths));
        return StreamSupport.stream(walk, false).onClose(walk::close);
    }

    private SourceReader readerFor(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.startsWith(".") || name.endsWith(".gold.json") || name.endsWith(".md")) {
            return null;
        }
        return switch (name.substring(name.lastIndexOf('.') + 1)) {
            case "txt" -> text;
            case "html", "htm" -> html;
            case "jsonl", "ndjson" -> jsonLines;
            case "rss", "atom", "xml" -> feeds;
            default -> null;
        };
    }

    /**
     * Depth first through the paths, holding one sorted listing per open directory level and one
     * open file, so memory stays flat however large the corpus, and an iterator over the stream
     * never makes the walk read ahead (as nested flatMap would).
     */
    private final class Walk extends Spliterators.AbstractSpliterator<SourceResult> {
        private final Deque<Iterator<Path>> levels = new ArrayDeque<>();
        private FileResults current;

        Walk(List<Path> paths) {
            super(Long.MAX_VALUE, ORDERED | NONNULL);
            levels.push(paths.iterator());
        }

        @Override
        public boolean tryAdvance(Consumer<? super SourceResult> action) {
            while (current != null || !levels.isEmpty()) {
                if (current != null) {
                    if (current.tryAdvance(action)) {
                        return true;
                    }
                    current = null;
                    continue;
                }
                Iterator<Path> level = levels.peek();
                if (!level.hasNext()) {
                    levels.pop();
                    continue;
                }
                SourceResult problem = enter(level.next(), levels.size() == 1);
                if (problem != null) {
                    action.accept(problem);
                    return true;
                }
            }
            return false;
        }

        /** Opens a directory level or a file; returns an error result when the path cannot be entered. */
        private SourceResult enter(Path path, boolean named) {
            // A directory inside the walk is entered only if it is a real one: a link could loop.
            LinkOption[] options = named ? new LinkOption[0] : new LinkOption[] {LinkOption.NOFOLLOW_LINKS};
            if (Files.isDirectory(path, options)) {
                try (Stream<Path> listing = Files.list(path)) {
                    levels.push(listing.filter(entry -> !entry.getFileName().toString().startsWith("."))
                            .sorted(Comparator.comparing(entry -> entry.getFileName().toString()))
                            .toList()
                            .iterator());
                    return null;
                } catch (IOException | RuntimeException e) {
                    return Results.error(path.toString(), e);
                }
            }
            if (named && !Files.exists(path)) {
                return Results.error(path.toString(), "no such file or directory");
            }
            SourceReader reader = readerFor(path);
            if (reader != null) {
                current = new FileResults(path, reader);
            }
            return null;
        }

        void close() {
            if (current != null) {
                current.close();
                current = null;
            }
        }
    }

    /**
     * One file's results. The file is opened at the first request, and anything the reader throws
     * becomes an error result that ends the file, so a broken file never ends the walk.
     */
    private static final class FileResults {
        private final Path file;
        private final SourceReader reader;
        private Stream<SourceResult> results;
        private Spliterator<SourceResult> spliterator;
        private boolean done;

        FileResults(Path file, SourceReader reader) {
            this.file = file;
            this.reader = reader;
        }

        boolean tryAdvance(Consumer<? super SourceResult> action) {
            if (done) {
                return false;
            }
            SourceResult[] next = new SourceResult[1];
            try {
                if (spliterator == null) {
                    results = reader.read(file, file.toString());
                    spliterator = results.spliterator();
                }
                if (!spliterator.tryAdvance(result -> next[0] = result)) {
                    close();
                    return false;
                }
            } catch (IOException | RuntimeException e) {
                next[0] = Results.error(file.toString(), e);
                close();
            }
            // Outside the try: an exception thrown by the caller's own action is theirs, not the file's.
            action.accept(next[0]);
            return true;
        }

        void close() {
            done = true;
            if (results != null) {
                try {
                    results.close();
                } catch (RuntimeException e) {
                    // every result was already read or abandoned: a failing close loses no article
                }
                results = null;
            }
        }
    }
}
