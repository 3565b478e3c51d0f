package org.diplokg.extract;

import static org.diplokg.extract.ShortArticles.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.diplokg.model.Event;
import org.diplokg.model.EventType;
import org.diplokg.model.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Meetings a trip is made for, or that come before or after it: the traveller is a side of them. */
class TripPurposeTest {
    /** Published Monday 10 June 2024. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "en|Blinken arrived in Saudi Arabia late on Sunday after talks in Abu Dhabi with UAE President Sheikh Mohamed bin Zayed.|Meeting|antony-blinken+mohamed-bin-zayed|2024-06-09",
        "en|Russian Foreign Minister Sergei Lavrov flew to Ankara on Tuesday following a meeting with Iranian Foreign Minister Abbas Araqchi.|Meeting|sergei-lavrov+abbas-araghchi|2024-06-04",
        "en|German Chancellor Olaf Scholz left Beijing on Wednesday after a phone call with U.S. President Joe Biden.|PhoneCall|olaf-scholz+joe-biden|2024-06-05",
        "en|French President Emmanuel Macron will travel to Cairo on Thursday ahead of talks with Egyptian President Abdel Fattah al-Sisi.|Meeting|emmanuel-macron+abdel-fattah-el-sisi|2024-06-13",
        "ar|وصل وزير الخارجية الأمريكي أنتوني بلينكن إلى الرياض مساء الأحد بعد مباحثات مع رئيس دولة الإمارات الشيخ محمد بن زايد في أبوظبي.|Meeting|antony-blinken+mohamed-bin-zayed|2024-06-09",
        "ar|وغادر الرئيس الفرنسي إيمانويل ماكرون بيروت قبيل لقائه رئيس الوزراء الإسرائيلي بنيامين نتنياهو في القدس.|Meeting|emmanuel-macron+benjamin-netanyahu|2024-06-10",
    })
    void meetingBeforeOrAfterTheClauseIsTheSubjects(String language, String sentence, EventType type, String sides, String date) {
        Event meeting = only(ShortArticles.extract(language, sentence), type);
        assertEquals(sorted(List.of(sides.split("\\+"))), sorted(meeting.actors(Role.participant)));
        assertEquals(date, meeting.date().iso());
    }

    @Test
    void talksBetweenOthersAfterATripAreNotTheTravellers() {
        Event talks = only(ShortArticles.english("Blinken arrived in Cairo on Monday after a meeting between Sisi and Netanyahu."), EventType.Meeting);
        assertTrue(!talks.actors(Role.participant).contains("antony-blinken"), () -> "talks " + talks);
    }

    @Test
    void meetingWithThePurposeLamIsTheTravellersAtTheDestination() {
        Event meeting = only(ShortArticles.arabic("ويتوجه بلينكن إلى الرياض الثلاثاء المقبل للقاء ولي العهد السعودي الأمير محمد بن سلمان."),
                EventType.Meeting);
        assertEquals(sorted(List.of("antony-blinken", "mohammed-bin-salman")), sorted(meeting.actors(Role.participant)));
        assertEquals("2024-06-11", meeting.date().iso());
        assertEquals(List.of("riyadh"), meeting.places());
    }

    private static List<String> sorted(List<String> slugs) {
        return slugs.stream().sorted().toList();
    }
}
