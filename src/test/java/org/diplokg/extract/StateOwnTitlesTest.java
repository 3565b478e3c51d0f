package org.diplokg.extract;

import static org.diplokg.extract.ShortArticles.extract;
import static org.diplokg.extract.ShortArticles.only;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.diplokg.model.Event;
import org.diplokg.model.EventType;
import org.diplokg.model.Extraction;
import org.diplokg.model.Role;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A post copy names by its generic title where the state calls it otherwise (data/gazetteer/same-offices.tsv): the
 * U.S. "foreign minister" is the Secretary of State, Britain's the Foreign Secretary, on the article's day.
 */
class StateOwnTitlesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ar|2024-06-10|استقبل الرئيس عبد الفتاح السيسي وزير الخارجية الأمريكي في القاهرة اليوم.|abdel-fattah-el-sisi|antony-blinken",
            "ar|2025-03-10|استقبل الرئيس عبد الفتاح السيسي وزير الخارجية الأمريكي في القاهرة اليوم.|abdel-fattah-el-sisi|marco-rubio",
            "ar|2024-06-10|التقى الملك عبد الله الثاني وزير الدفاع الأمريكي في عمان اليوم.|abdullah-ii|lloyd-austin",
            "ar|2025-03-10|التقى الملك عبد الله الثاني وزير الدفاع الأمريكي في عمان اليوم.|abdullah-ii|pete-hegseth",
            "ar|2024-09-10|استقبل ولي العهد السعودي الأمير محمد بن سلمان وزير الخارجية البريطاني في الرياض اليوم.|mohammed-bin-salman|david-lammy",
            "en|2024-06-10|Egyptian President Abdel Fattah al-Sisi met the U.S. foreign minister in Cairo on Sunday.|abdel-fattah-el-sisi|antony-blinken",
            "en|2025-03-10|Egyptian President Abdel Fattah al-Sisi met the U.S. foreign minister in Cairo on Sunday.|abdel-fattah-el-sisi|marco-rubio",
            "en|2025-03-10|Jordan's King Abdullah met the American defence minister in Amman on Monday.|abdullah-ii|pete-hegseth",
            "en|2024-09-10|Saudi Crown Prince Mohammed bin Salman met Britain's foreign minister in Riyadh on Monday.|mohammed-bin-salman|david-lammy"})
    void aGenericTitleOfAStateNamesTheHolderOfItsOwnPost(String language, String day, String sentence, String host, String guest) {
        Event meeting = only(extract(language, LocalDate.parse(day), sentence), EventType.Meeting);
        assertEquals(List.of(host, guest), meeting.actors(Role.participant));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ar|التقى وزير الخارجية القطري نائب وزير الخارجية الأمريكي في الدوحة اليوم.|united-states",
            "ar|التقى وزير الخارجية القطري مساعد وزير الخارجية الأمريكي في الدوحة اليوم.|united-states",
            "en|Qatar's prime minister met the U.S. deputy secretary of state in Doha on Monday.|united-states",
            "en|Qatar's prime minister met a U.S. official in Doha on Monday.|united-states",
            "en|Qatar's prime minister met Jordan's foreign minister in Doha on Monday.|ayman-safadi",
            "en|Qatar's prime minister met Secretary of State Antony Blinken in Doha on Monday.|antony-blinken"})
    void aDeputyAnOfficialOrAStatesOwnTitleKeepsItsReading(String language, String sentence, String guest) {
        Event meeting = only(extract(language, ShortArticles.PUBLISHED, sentence), EventType.Meeting);
        assertEquals(guest, meeting.actors(Role.participant).getLast(), () -> "participants " + meeting.actors(Role.participant));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ar|استقبل الرئيس عبد الفتاح السيسي وزير الخارجية الأمريكي في القاهرة اليوم. وأكد الوزير الأمريكي دعم بلاده للتهدئة.|antony-blinken",
            "en|Egyptian President Abdel Fattah al-Sisi met the U.S. foreign minister in Cairo on Sunday. The American minister said Washington backed a ceasefire.|antony-blinken"})
    void theStatesMinisterAfterwardsIsTheHolderNamedByTheGenericTitle(String language, String text, String speaker) {
        Extraction x = extract(language, ShortArticles.PUBLISHED, text);
        assertEquals(List.of(speaker), only(x, EventType.Statement).actors(Role.speaker));
    }
}
