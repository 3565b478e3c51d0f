package org.diplokg.eval;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.diplokg.config.Home;
import org.diplokg.extract.RuleExtractor;
import org.diplokg.text.LineData;
import org.junit.jupiter.api.Test;

/**
 * The regression guard: the standard extractor over the development corpus (data/articles) must keep every F1,
 * per kind and all kinds together, per language and for all, at or above its floor in data/eval/floors.tsv.
 */
class EvaluationFloorsTest {
    @Test
    void noScoreDropsBelowItsFloor() {
        Path corpus = Home.data("articles");
        assumeTrue(Files.isDirectory(corpus), "no corpus at " + corpus);
        Report report = Evaluation.withReferenceData(RuleExtractor.standard(), Home.dir()).run(corpus);
        assertFalse(report.articles().isEmpty(), "no article with gold under " + corpus);
        String table = ReportWriter.table(report);
        System.out.println(table);

        List<String> failures = new ArrayList<>();
        for (String[] floor : LineData.rows(Home.data("eval", "floors.tsv"))) {
            String kind = floor[0], language = floor[1];
            double minimum = Double.parseDouble(floor[2]);
            Counts counts = kind.equals(Report.ALL) ? report.overall(language) : report.counts(language, kind(kind));
            if (counts.f1() < minimum) {
                failures.add(String.format(Locale.ROOT, "%s/%s F1 %.4f < floor %.4f", kind, language, counts.f1(), minimum));
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures) + "\n\n" + table);
    }

    private static Kind kind(String name) {
        return Arrays.stream(Kind.values()).filter(k -> k.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("data/eval/floors.tsv: unknown kind '" + name + "'"));
    }
}
