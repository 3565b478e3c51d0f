package org.diplokg.extract;

import java.nio.file.Path;
import java.util.List;
import org.diplokg.model.*;
import org.diplokg.source.Sources;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

@EnabledIfSystemProperty(named = "dbg.file", matches = ".+")
class DebugPrint {
    @Test
    void print() {
        for (String f : System.getProperty("dbg.file").split(",")) {
            Article a = Sources.read(List.of(Path.of(f))).toList().get(0).article();
            if (a.published() == null) {
                String d = System.getProperty("dbg.date", "2024-06-10");
                a = new Article(a.id(), a.url(), a.title(), java.time.LocalDate.parse(d), a.language(), a.publisher(), a.dateline(), a.body(), a.contentHash(), a.origin());
            }
            Extraction x = RuleExtractor.standard().extract(a);
            var doc = new org.diplokg.text.TextAnalyzer().analyze(a);
            System.out.println("=== " + f + " published " + a.published());
            for (var s : doc.sentences()) {
                System.out.println("\n[" + s.index() + "] " + s.text().replace('\n', ' '));
                for (Event e : x.events())
                    if (e.evidence().get(0).sentence() == s.index())
                        System.out.println("   -> " + e.type() + " " + e.date() + " " + e.roles() + " places=" + e.places() + " st=" + e.status() + " ev=" + e.evidence().stream().map(v -> v.sentence()).toList());
            }
            for (Tenure t : x.tenures()) System.out.println("TEN " + t.holder() + " | " + t.title() + " | " + t.organization());
        }
    }
}
