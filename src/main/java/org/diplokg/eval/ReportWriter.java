package org.diplokg.eval;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonNull;
import org.apache.jena.atlas.json.JsonNumber;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonString;

/** Renders a {@link Report}: the score table, the per-article misses, and the same as JSON. */
public final class ReportWriter {
    private static final String ROW = "%-11s %6s %6s %6s %10s %8s %7s%n";

    private ReportWriter() {}

    /** Per language and for all: each kind and all kinds together, with tp/fp/fn, precision, recall and F1. */
    public static String table(Report report) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "Gold evaluation of %d articles, extractor %s%n",
                report.articleCount(Report.ALL), report.extractorVersion()));
        for (String language : languages(report)) {
            out.append(String.format(Locale.ROOT, "%nlanguage %s (%d articles)%n", language, report.articleCount(language)));
            out.append(String.format(Locale.ROOT, ROW, "kind", "tp", "fp", "fn", "precision", "recall", "F1"));
            for (Kind kind : Kind.values()) out.append(row(kind.name(), report.counts(language, kind)));
            out.append(row(Report.ALL, report.overall(language)));
        }
        return out.toString();
    }

    /** Per article: the failure if any, then each missing and each spurious tuple. */
    public static String details(Report report) {
        StringBuilder out = new StringBuilder();
        for (ArticleResult article : report.articles()) {
            out.append(String.format(Locale.ROOT, "%s (%s) F1 %.3f%n", article.article(), article.language(),
                    article.overall().f1()));
            if (article.error() != null) out.append("  extraction failed: ").append(article.error()).append('\n');
            for (Kind kind : Kind.values()) {
                Alignment alignment = article.alignments().get(kind);
                for (Tuple tuple : alignment.missing()) line(out, kind, "missing", tuple);
                for (Tuple tuple : alignment.spurious()) line(out, kind, "spurious", tuple);
            }
        }
        return out.toString();
    }

    /** The scores per language and for all, and per article its scores, missing and spurious tuples. */
    public static JsonObject json(Report report) {
        JsonObject root = new JsonObject();
        root.put("extractor", report.extractorVersion());
        JsonObject scores = new JsonObject();
        for (String language : languages(report)) {
            JsonObject block = new JsonObject();
            block.put("articles", report.articleCount(language));
            for (Kind kind : Kind.values()) block.put(kind.name(), counts(report.counts(language, kind)));
            block.put(Report.ALL, counts(report.overall(language)));
            scores.put(language, block);
        }
        root.put("scores", scores);
        JsonArray articles = new JsonArray();
        report.articles().forEach(article -> articles.add(article(article)));
        root.put("articles", articles);
        return root;
    }

    public static void writeJson(Report report, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) Files.createDirectories(parent);
        try (OutputStream out = Files.newOutputStream(file)) {
            JSON.write(out, json(report));
            out.write('\n');
        }
    }

    private static JsonObject article(ArticleResult article) {
        JsonObject object = new JsonObject();
        object.put("article", article.article());
        object.put("gold", article.gold());
        object.put("language", article.language());
        object.put("error", article.error() == null ? JsonNull.instance : new JsonString(article.error()));
        JsonObject scores = new JsonObject();
        for (Kind kind : Kind.values()) scores.put(kind.name(), counts(article.counts(kind)));
        scores.put(Report.ALL, counts(article.overall()));
        object.put("scores", scores);
        object.put("missing", tuples(article, Alignment::missing));
        object.put("spurious", tuples(article, Alignment::spurious));
        return object;
    }

    /** Per kind, the tuples as arrays of their fields (null for "none"). */
    private static JsonObject tuples(ArticleResult article, Function<Alignment, List<Tuple>> which) {
        JsonObject byKind = new JsonObject();
        for (Kind kind : Kind.values()) {
            JsonArray list = new JsonArray();
            for (Tuple tuple : which.apply(article.alignments().get(kind))) {
                JsonArray fields = new JsonArray();
                tuple.displays().forEach(value -> fields.add(value == null ? JsonNull.instance : new JsonString(value)));
                list.add(fields);
            }
            byKind.put(kind.name(), list);
        }
        return byKind;
    }

    private static JsonObject counts(Counts counts) {
        JsonObject object = new JsonObject();
        object.put("tp", counts.tp());
        object.put("fp", counts.fp());
        object.put("fn", counts.fn());
        object.put("precision", rounded(counts.precision()));
        object.put("recall", rounded(counts.recall()));
        object.put("f1", rounded(counts.f1()));
        return object;
    }

    private static JsonNumber rounded(double value) {
        return JsonNumber.value(BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_EVEN));
    }

    /** The languages of the corpus, then all of them together. */
    private static List<String> languages(Report report) {
        List<String> languages = new ArrayList<>(report.languages());
        languages.add(Report.ALL);
        return languages;
    }

    private static String row(String name, Counts counts) {
        return String.format(Locale.ROOT, ROW, name, counts.tp(), counts.fp(), counts.fn(),
                String.format(Locale.ROOT, "%.3f", counts.precision()),
                String.format(Locale.ROOT, "%.3f", counts.recall()),
                String.format(Locale.ROOT, "%.3f", counts.f1()));
    }

    private static void line(StringBuilder out, Kind kind, String what, Tuple tuple) {
        out.append(String.format(Locale.ROOT, "  %-9s %-8s %s%n", kind.name(), what, tuple));
    }
}
