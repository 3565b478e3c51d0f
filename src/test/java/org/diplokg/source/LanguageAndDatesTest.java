package org.diplokg.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageAndDatesTest {
    private final SourceLexicon lexicon = SourceLexicon.defaults();

    @Test
    void languageIsTheScriptWithMoreLetters() {
        assertEquals("ar", LanguageDetector.detect("وصل بلينكن إلى القاهرة"));
        assertEquals("en", LanguageDetector.detect("Blinken arrived in Cairo"));
        assertEquals("ar", LanguageDetector.detect("قال بلينكن (Blinken) في مؤتمر صحفي في القاهرة إن الاتفاق ممكن"));
        assertEquals("en", LanguageDetector.detect("The talks in Doha, known as مفاوضات الدوحة, resumed on Monday after a pause"));
        assertEquals("en", LanguageDetector.detect("2024 - 10 / 06"), "no letters: the default");
    }

    @Test
    void declaredLanguagesAreReducedToTheirPrimaryTag() {
        assertEquals("ar", lexicon.language("ar-EG"));
        assertEquals("en", lexicon.language("en_US"));
        assertEquals("ar", lexicon.language("العربية"));
        assertEquals("en", lexicon.language("English"));
        assertNull(lexicon.language("not a language"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2024-06-10|2024-06-10",
            "2024-06-10T23:30:00-05:00|2024-06-10",
            "Mon, 10 Jun 2024 19:55:00 GMT|2024-06-10",
            "10/06/2024 ( آخر تحديث: 11/06/2024 الساعة: 19:55 )|2024-06-10",
            "06/13/2024|2024-06-13",
            "١٠/٠٦/٢٠٢٤|2024-06-10",
            "10.06.2024|2024-06-10",
            "June 10, 2024|2024-06-10",
            "10th June 2024|2024-06-10",
            "الاثنين 10 يونيو 2024|2024-06-10",
            "10 يونيو/ حزيران 2024|2024-06-10",
            "3 تشرين الأول 2023|2023-10-03",
            "31/02/2024|",
            "no date here|"
    })
    void headerDates(String text, LocalDate expected) {
        assertEquals(expected, lexicon.dates().find(text));
    }
}
