package org.diplokg.source;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * JSON Lines: one article object per line with the keys id, url, title, published, language,
 * publisher, dateline and text. Read line by line, so a file of any length keeps memory flat;
 * a bad line is an error result naming path#line and the lines after it are still read.
 */
final class JsonLinesReader implements SourceReader {
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private final SourceLexicon lexicon;

    JsonLinesReader(SourceLexicon lexicon) {
        this.lexicon = lexicon;
    }

    @Override
    public Stream<SourceResult> read(Path file, String origin) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(Files.newInputStream(file),
                StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)));
        return StreamSupport.stream(new Lines(reader, origin), false).onClose(() -> {
            try {
                reader.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    SourceResult parse(String line, String origin) {
        JsonNode object;
        try {
            object = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            return Results.error(origin, "invalid JSON at column " + e.getLocation().getColumnNr()
                    + ": " + e.getOriginalMessage());
        }
        if (!object.isObject()) {
            return Results.error(origin, "not a JSON object");
        }
        return new Draft(origin)
                .sourceId(text(object, "id"))
                .url(text(object, "url"))
                .title(text(object, "title"))
                .published(lexicon.dates().find(text(object, "published")))
                .language(text(object, "language"))
                .publisher(text(object, "publisher"))
                .dateline(text(object, "dateline"))
                .body(text(object, "text"))
                .toResult(lexicon);
    }

    private static String text(JsonNode object, String key) {
        JsonNode value = object.get(key);
        return value != null && value.isValueNode() && !value.isNull() ? value.asText() : null;
    }

    /** The file's non-blank lines as results, numbered from 1 as editors count them. */
    private final class Lines extends Spliterators.AbstractSpliterator<SourceResult> {
        private final BufferedReader reader;
        private final String origin;
        private int lineNumber;
        private boolean done;

        Lines(BufferedReader reader, String origin) {
            super(Long.MAX_VALUE, ORDERED | NONNULL);
            this.reader = reader;
            this.origin = origin;
        }

        @Override
        public boolean tryAdvance(Consumer<? super SourceResult> action) {
            while (!done) {
                String line;
                try {
                    line = reader.readLine();
                } catch (IOException e) {
                    done = true;
                    action.accept(Results.error(origin + "#" + (lineNumber + 1), e));
                    return true;
                }
                if (line == null) {
                    done = true;
                    return false;
                }
                lineNumber++;
                if (lineNumber == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                if (!line.isBlank()) {
                    action.accept(parse(line, origin + "#" + lineNumber));
                    return true;
                }
            }
            return false;
        }
    }
}
