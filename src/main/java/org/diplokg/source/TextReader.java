package org.diplokg.source;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * Plain-text articles. At the top, an optional block of "label: value" lines (url, published,
 * language, title, publisher, dateline, and their Arabic labels from header-labels.tsv) ended
 * by a blank line. When no header gives the title, the first line is the title, and label lines
 * right after it are metadata too: news sites print "نشر بتاريخ: 10/06/2024 ( آخر تحديث: … )"
 * under the headline. The rest, dateline included, is the body. A file that names no publication
 * date is dated by a date in its name ("reuters-2024-06-10-blinken-cairo.txt"), the way saved
 * and scraped articles are commonly named; without any date, relative dates stay unresolved.
 */
final class TextReader implements SourceReader {
    /** Longer than any label, so a first sentence with a colon is not taken for a header line. */
    private static final int MAX_LABEL_LENGTH = 40;

    private final SourceLexicon lexicon;

    TextReader(SourceLexicon lexicon) {
        this.lexicon = lexicon;
    }

    @Override
    public Stream<SourceResult> read(Path file, String origin) throws IOException {
        return Stream.of(parse(TextFiles.read(file), origin, file.getFileName().toString()));
    }

    SourceResult parse(String text, String origin, String fileName) {
        List<String> lines = Arrays.asList(text.split("\n", -1));
        Draft draft = new Draft(origin);
        int next = skipBlank(lines, readMetadata(lines, 0, draft));
        if (!draft.hasTitle() && skipBlank(lines, next + 1) < lines.size()) {
            draft.title(lines.get(next));
            next = skipBlank(lines, readMetadata(lines, skipBlank(lines, next + 1), draft));
        }
        draft.body(String.join("\n", lines.subList(next, lines.size())));
        draft.fallbackPublished(lexicon.dates().find(fileName));
        return draft.toResult(lexicon);
    }

    /** Reads consecutive metadata lines from {@code from}; returns the index of the first other line. */
    private int readMetadata(List<String> lines, int from, Draft draft) {
        int line = from;
        while (line < lines.size() && readMetadataLine(lines.get(line), draft)) {
            line++;
        }
        return line;
    }

    private boolean readMetadataLine(String line, Draft draft) {
        int colon = line.indexOf(':');
        if (colon <= 0 || colon > MAX_LABEL_LENGTH) {
            return false;
        }
        Field field = lexicon.field(line.substring(0, colon));
        if (field == null) {
            return false;
        }
        draft.set(field, line.substring(colon + 1), lexicon);
        return true;
    }

    private static int skipBlank(List<String> lines, int from) {
        int line = from;
        while (line < lines.size() && lines.get(line).isBlank()) {
            line++;
        }
        return line;
    }
}
