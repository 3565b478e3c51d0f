package org.diplokg.extract.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The language data and the rule that keeps it out of Java. */
class TimeLexiconTest {
    static final Path DATA = Path.of("data/time");
    static final TimeResolver TIME = TimeResolver.load(DATA);
    static final LocalDate PUBLISHED = LocalDate.of(2024, 6, 10);

    @Test
    void everyDataFileStartsWithAHeaderComment() throws IOException {
        try (Stream<Path> files = Files.list(DATA)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".tsv")).toList()) {
                assertTrue(Files.readAllLines(file).get(0).startsWith("# "), file + " has no header comment");
            }
        }
    }

    @Test
    void eachMonthSeriesNamesTwelveMonths() throws IOException {
        String[] western = {"يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"};
        String[] syriac = {"كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول"};
        String[] english = {"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"};
        for (String[] series : List.of(western, syriac, english)) {
            for (int m = 1; m <= 12; m++) {
                String text = "15 " + series[m - 1] + " 2020";
                assertEquals(String.format("2020-%02d-15", m), TIME.find(text, "ar", PUBLISHED, null).get(0).value().iso(), text);
            }
        }
    }

    @Test
    void arabicNumberWordsReadOneToSixty() {
        String[] units = {"واحد", "اثنين", "ثلاثة", "أربعة", "خمسة", "ستة", "سبعة", "ثمانية", "تسعة"};
        String[] tens = {"عشرين", "ثلاثين", "أربعين", "خمسين"};
        for (int t = 0; t < tens.length; t++) {
            for (int u = 0; u < units.length; u++) {
                String text = units[u] + " و" + tens[t] + " يوما";
                assertEquals("P" + ((t + 2) * 10 + u + 1) + "D", TIME.find(text, "ar", PUBLISHED, null).get(0).duration(), text);
            }
        }
        assertEquals("P60D", TIME.find("ستين يوما", "ar", PUBLISHED, null).get(0).duration());
    }

    @Test
    void foldingIgnoresDiacriticsTatweelAndLetterVariants() {
        for (String text : List.of("الإثنين", "الاثنين", "الاثْنَيْن", "الاثـنين", "الإِثنين")) {
            assertEquals("2024-06-10", TIME.find(text, "ar", PUBLISHED, null).get(0).value().iso(), text);
        }
        assertEquals("P1W", TIME.find("لمدة أُسبوعٍ", "ar", PUBLISHED, null).get(0).duration());
        assertEquals("P1D", TIME.find("خلال يوم", "ar", PUBLISHED, null).get(0).duration());
    }

    @Test
    void oneResolverServesManyThreads() {
        List<String> sentences = List.of("بين 10 و12 يونيو/ حزيران الجاري", "نهاية مايو/أيار الماضي", "June 10-12, 2025", "ستة أسابيع", "last Tuesday");
        Set<String> expected = sentences.stream().map(s -> TIME.find(s, "ar", PUBLISHED, null).toString()).collect(Collectors.toCollection(TreeSet::new));
        Set<String> parallel = IntStream.range(0, 2000).parallel()
                .mapToObj(i -> TIME.find(sentences.get(i % sentences.size()), "ar", PUBLISHED, null).toString())
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(expected, parallel);
    }

    /** Comments may quote Arabic examples; code may not hold Arabic (words belong in data/time). */
    @Test
    void noArabicInJavaCode() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/diplokg/extract/time"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String code = Files.readString(file).replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("//[^\n]*", "");
                assertTrue(code.codePoints().noneMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC),
                        file + " has Arabic outside comments");
            }
        }
    }
}
