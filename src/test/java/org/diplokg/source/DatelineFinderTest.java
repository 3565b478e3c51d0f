package org.diplokg.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DatelineFinderTest {
    private final DatelineFinder datelines = SourceLexicon.defaults().datelines();

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "القاهرة- معا- اتفق الرئيس|القاهرة|Ma'an News Agency",
            "الدوحة (الأناضول) - أعلنت|الدوحة|Anadolu Agency",
            "غزة/ محمد ماجد/ الأناضول/ قال|غزة|Anadolu Agency",
            "القدس المحتلة - قدس برس - أفادت|القدس المحتلة|Quds Press",
            "باريس (أ ف ب) - أعلن|باريس|Agence France-Presse",
            "CAIRO, June 10 (Reuters) - Secretary|CAIRO|Reuters",
            "UNITED NATIONS (AP) — The U.N. said|UNITED NATIONS|Associated Press",
            "GAZA CITY, Gaza Strip (AP) — Israeli|GAZA CITY|Associated Press",
            "DOHA, Qatar — Talks resumed|DOHA|-",
    })
    void datelineGivesPlaceAndAgency(String body, String place, String publisher) {
        DatelineFinder.Dateline dateline = datelines.find(body);
        assertEquals(place, dateline.place());
        assertEquals(publisher, dateline.publisher());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "اتفق الرئيس المصري عبد الفتاح السيسي، ووزير الخارجية",
            "قال الرئيس - في بيان - إن الجانبين",
            "Hamas said on Monday - in a statement - that",
            "US officials said the talks would resume.",
            "Blinken — who arrived on Monday — met",
    })
    void bodiesThatOpenWithTheirFirstSentenceHaveNoDateline(String body) {
        assertNull(datelines.find(body));
    }
}
