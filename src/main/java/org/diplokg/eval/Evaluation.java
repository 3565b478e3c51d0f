package org.diplokg.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.diplokg.extract.Extractor;
import org.diplokg.graph.ArticleGraph;
import org.diplokg.graph.Iris;
import org.diplokg.model.Article;
import org.diplokg.source.SourceResult;
import org.diplokg.source.Sources;
import org.diplokg.store.ReferenceGraph;

/**
 * The gold evaluation of DESIGN 6. Every article {@code X.*} with {@code X.gold.json} beside it is read and
 * extracted as ingest does, its graph is put into a dataset beside the gazetteer, and what that dataset says is
 * read back with SPARQL ({@link OutputReader}) and compared with the gold, kind by kind.
 */
public final class Evaluation {
    public static final String GOLD_SUFFIX = ".gold.json";

    private final Extractor extractor;
    private final Model gazetteer;

    /**
     * @param extractor the extractor under evaluation
     * @param gazetteer the gazetteer graph the store would hold beside the article graphs (names of actors and places)
     */
    public Evaluation(Extractor extractor, Model gazetteer) {
        this.extractor = extractor;
        this.gazetteer = gazetteer;
    }

    /** An evaluation with the gazetteer of the checkout at {@code home} ({@code data/gazetteer/*.ttl}, if any). */
    public static Evaluation withReferenceData(Extractor extractor, Path home) {
        Model gazetteer = ModelFactory.createDefaultModel();
        ReferenceGraph.standard(home).stream()
                .filter(graph -> graph.iri().equals(ReferenceGraph.GAZETTEER))
                .flatMap(graph -> graph.files().stream())
                .forEach(file -> RDFDataMgr.read(gazetteer, file.toString()));
        return new Evaluation(extractor, gazetteer);
    }

    /** Evaluates every article with gold under {@code directory} (walked recursively), in path order. */
    public Report run(Path directory) {
        if (!Files.isDirectory(directory)) throw new EvaluationException(directory + ": not a directory");
        List<ArticleResult> results = new ArrayList<>();
        for (Path gold : goldFiles(directory)) results.add(evaluate(directory, articleBeside(gold), gold));
        return new Report(extractor.version(), results);
    }

    /** Compares one article's output tuples with its gold, kind by kind. */
    public static Map<Kind, Alignment> score(Gold gold, Map<Kind, List<Tuple>> output) {
        Map<Kind, Alignment> alignments = new EnumMap<>(Kind.class);
        for (Kind kind : Kind.values()) alignments.put(kind, Alignment.of(gold.tuples(kind), output.getOrDefault(kind, List.of())));
        return alignments;
    }

    private ArticleResult evaluate(Path directory, Path articleFile, Path goldFile) {
        Gold gold = GoldReader.read(goldFile);
        Article article = datedByGold(read(articleFile), gold);
        Model graph = ModelFactory.createDefaultModel();
        String error = null;
        try {
            graph = ArticleGraph.map(extractor.extract(article));
        } catch (RuntimeException | StackOverflowError e) {
            // As in ingest, a failing article costs that article only: its output counts as empty.
            error = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
        }
        String graphIri = Iris.articleGraph(article.id());
        Dataset dataset = DatasetFactory.create();
        dataset.addNamedModel(graphIri, graph);
        dataset.addNamedModel(ReferenceGraph.GAZETTEER, gazetteer);
        Map<Kind, List<Tuple>> output = OutputReader.read(dataset, graphIri);
        return new ArticleResult(relative(directory, articleFile), relative(directory, goldFile), article.language(),
                error, score(gold, output));
    }

    /**
     * A text file with no date line ("CAIRO, June 10 (Reuters) -" gives no year) is dated by the gold's
     * {@code published}: the date a feed or a page's metadata would give the article when it is ingested. The
     * extractor resolves relative dates against it, as the annotator did.
     */
    private static Article datedByGold(Article a, Gold gold) {
        if (a.published() != null || gold.published() == null) return a;
        return new Article(a.id(), a.url(), a.title(), gold.published(), a.language(), a.publisher(), a.dateline(), a.body(),
                a.contentHash(), a.origin());
    }

    /** The one article a source file holds. */
    private static Article read(Path file) {
        List<SourceResult> results;
        try (Stream<SourceResult> stream = Sources.read(List.of(file))) {
            results = stream.toList();
        }
        if (results.size() != 1) {
            throw new EvaluationException(file + ": holds " + results.size() + " articles; a gold file annotates one");
        }
        SourceResult result = results.getFirst();
        if (!result.ok()) throw new EvaluationException(result.origin() + ": cannot be read: " + result.error());
        return result.article();
    }

    private static List<Path> goldFiles(Path directory) {
        try (Stream<Path> walk = Files.walk(directory, FileVisitOption.FOLLOW_LINKS)) {
            return walk.filter(Files::isRegularFile).filter(p -> p.getFileName().toString().endsWith(GOLD_SUFFIX))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + directory, e);
        }
    }

    /** The article {@code X.ext} beside {@code X.gold.json}: exactly one such file must exist. */
    private static Path articleBeside(Path gold) {
        String name = gold.getFileName().toString();
        String stem = name.substring(0, name.length() - GOLD_SUFFIX.length()) + ".";
        List<Path> articles;
        try (Stream<Path> siblings = Files.list(gold.getParent())) {
            articles = siblings.filter(Files::isRegularFile).filter(p -> {
                String sibling = p.getFileName().toString();
                return sibling.startsWith(stem) && sibling.length() > stem.length()
                        && sibling.indexOf('.', stem.length()) < 0;
            }).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + gold.getParent(), e);
        }
        if (articles.isEmpty()) throw new EvaluationException(gold + ": no article " + stem + "* beside it");
        if (articles.size() > 1) throw new EvaluationException(gold + ": more than one article beside it: " + articles);
        return articles.getFirst();
    }

    private static String relative(Path directory, Path file) {
        return directory.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
    }
}
