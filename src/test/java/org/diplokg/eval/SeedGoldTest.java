package org.diplokg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.diplokg.config.Home;
import org.diplokg.extract.RuleExtractor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The article that started the project: the extractor finds every tuple of its gold. */
class SeedGoldTest {
    private static final String SEED = "maan-2024-06-10-sisi-blinken";

    @TempDir Path dir;

    @Test
    void everyGoldTupleOfTheSeedIsFound() throws IOException {
        Path articles = Home.data("articles", "ar");
        Files.copy(articles.resolve(SEED + ".txt"), dir.resolve(SEED + ".txt"));
        Files.copy(articles.resolve(SEED + ".gold.json"), dir.resolve(SEED + ".gold.json"));
        Report report = Evaluation.withReferenceData(RuleExtractor.standard(), Home.dir()).run(dir);
        ArticleResult seed = report.articles().getFirst();
        List<Tuple> missing = seed.alignments().values().stream().flatMap(a -> a.missing().stream()).toList();
        assertEquals(List.of(), missing);
        assertTrue(seed.overall().precision() >= 0.85, () -> "precision " + seed.overall().precision());
    }
}
