package org.diplokg.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.diplokg.extract.Extractor;
import org.diplokg.graph.DIP;
import org.diplokg.graph.Iris;
import org.diplokg.model.Article;
import org.diplokg.model.Event;
import org.diplokg.model.EventType;
import org.diplokg.model.Extraction;
import org.diplokg.model.Role;
import org.diplokg.model.TimeValue;
import org.diplokg.source.SourceResult;

/**
 * Test stand-ins for the stages other packages own: articles built in code, an extractor that reads
 * one meeting per body line ("meeting 2024-06-10 slug slug …"; a line "explode" makes it fail), and a
 * mapping to the article graph shape of DESIGN section 4 reduced to what the store tests look at.
 */
public final class Fixtures {
    public static final String SCHEMA = "http://schema.org/";
    public static final String SEM = "http://semanticweb.cs.vu.nl/2009/11/sem/";

    private Fixtures() {}

    /** A copy of the test checkout (ontology, shapes, gazetteer, queries) that a test may edit. */
    public static Path home(Path temp) {
        Path source = Path.of("src/test/resources/store/home");
        Path target = temp.resolve("home");
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.toList()) {
                Path copy = target.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) Files.createDirectories(copy);
                else Files.copy(file, copy);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }

    public static Article article(String url, String title, String body) {
        return new Article(sha256(url).substring(0, 16), url, title, LocalDate.of(2024, 6, 10), "en", "Test Agency",
                null, body, sha256(title + "\n" + body), url);
    }

    public static SourceResult ok(Article article) {
        return new SourceResult(article.origin(), article, null);
    }

    public static SourceResult unreadable(String origin) {
        return new SourceResult(origin, null, "not an article: no body");
    }

    public static Stream<SourceResult> sources(SourceResult... results) {
        return Arrays.stream(results);
    }

    public static String graphOf(Article article) {
        return Iris.articleGraph(article.id());
    }

    /** Reads "meeting DATE SLUG SLUG…" lines; throws on a line "explode". */
    public static final Extractor EXTRACTOR = new Extractor() {
        @Override
        public Extraction extract(Article article) {
            List<Event> events = new ArrayList<>();
            for (String line : article.body().lines().toList()) {
                String[] words = line.strip().split("\\s+");
                if (words[0].equals("explode")) throw new IllegalStateException("cannot extract " + article.origin());
                if (!words[0].equals("meeting")) continue;
                events.add(new Event(EventType.Meeting,
                        Map.of(Role.participant, List.of(words).subList(2, words.length)), List.of(),
                        TimeValue.of(words[1]), null, null, null, null, List.of(), null, null, Map.of(), -1, List.of()));
            }
            return new Extraction(article, List.of(), List.of(), List.of(), List.of(), events, version());
        }

        @Override
        public String version() {
            return "test-1";
        }
    };

    /** The article's metadata and its meetings, as the graph mapping will write them. */
    public static Model map(Extraction extraction) {
        Article article = extraction.article();
        Model model = ModelFactory.createDefaultModel();
        model.setNsPrefix("dip", DIP.NS).setNsPrefix("schema", SCHEMA).setNsPrefix("id", DIP.ID);
        model.createResource(Iris.article(article.id()), model.createResource(SCHEMA + "NewsArticle"))
                .addProperty(model.createProperty(SCHEMA, "url"), model.createResource(article.url()))
                .addProperty(model.createProperty(SCHEMA, "headline"), article.title())
                .addProperty(model.createProperty(SCHEMA, "inLanguage"), article.language())
                .addProperty(model.createProperty(SCHEMA, "publisher"), article.publisher())
                .addProperty(model.createProperty(SCHEMA, "datePublished"),
                        model.createTypedLiteral(article.published().toString(), XSDDatatype.XSDdate))
                .addProperty(DIP.contentHash, article.contentHash())
                .addProperty(DIP.extractorVersion, extraction.extractorVersion());
        int index = 0;
        for (Event event : extraction.events()) {
            Resource node = model.createResource(DIP.ID + "event/" + article.id() + "-" + index++,
                    model.createResource(DIP.NS + event.type().name()));
            node.addProperty(model.createProperty(SEM, "hasTimeStamp"),
                    model.createTypedLiteral(event.time().iso(), XSDDatatype.XSDdate));
            for (String slug : event.actors(Role.participant)) {
                Resource actor = model.createResource(Iris.actor(slug)).addProperty(RDF.type, DIP.Person);
                node.addProperty(DIP.participant, actor);
            }
        }
        return model;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
