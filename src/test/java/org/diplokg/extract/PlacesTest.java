package org.diplokg.extract;

import static org.diplokg.extract.ShortArticles.arabic;
import static org.diplokg.extract.ShortArticles.english;
import static org.diplokg.extract.ShortArticles.extract;
import static org.diplokg.extract.ShortArticles.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.diplokg.model.EventType;
import org.diplokg.model.Extraction;
import org.junit.jupiter.api.Test;

/** Where an event happened: the place its sentence names, in agency copy's ways of naming it. */
class PlacesTest {
    @Test
    void theCapitalOfAStateNamedInAppositionIsTheCity() {
        assertEquals(List.of("riyadh"), only(english("U.S. Secretary of State Antony Blinken met Saudi Crown Prince Mohammed bin Salman"
                + " in the Saudi capital, Riyadh, on Tuesday."), EventType.Meeting).places());
        assertEquals(List.of("riyadh"), only(arabic("التقى وزير الخارجية الأمريكي أنتوني بلينكن ولي العهد السعودي الأمير محمد بن سلمان"
                + " في العاصمة السعودية الرياض، الثلاثاء."), EventType.Meeting).places());
    }

    @Test
    void theCapitalOfAStateLeftUnnamedIsTheStatesCapital() {
        assertEquals(List.of("doha"), only(english("Hamas and Israel signed the deal in the Qatari capital on Thursday."), EventType.Agreement).places());
        assertEquals(List.of("cairo"), only(english("Egyptian President Abdel Fattah el-Sisi received Jordan's King Abdullah in Egypt's capital"
                + " on Wednesday."), EventType.Meeting).places());
        assertEquals(List.of("cairo"), only(arabic("استقبل الرئيس المصري عبد الفتاح السيسي العاهل الأردني الملك عبد الله الثاني"
                + " في العاصمة المصرية، الأربعاء."), EventType.Meeting).places());
        assertEquals(List.of("muscat"), only(english("Iranian Foreign Minister Abbas Araqchi arrived in the Omani capital on Friday."),
                EventType.Visit).places());
    }

    @Test
    void aCityOfAStateIsTheCityNotTheState() {
        assertEquals(List.of("jeddah"), only(english("The two sides signed a ceasefire deal in the Saudi port city of Jeddah on Saturday."),
                EventType.Agreement).places());
        assertEquals(List.of("sharm-el-sheikh"), only(english("Egyptian President Abdel Fattah el-Sisi received Jordan's King Abdullah"
                + " in the Egyptian resort of Sharm el-Sheikh on Monday."), EventType.Meeting).places());
    }

    @Test
    void aCityNamedAfterTheRegionItLiesInIsTheCityNotTheRegion() {
        assertEquals(List.of("rafah"), only(english("Israeli forces launched an offensive in the southern Gaza city of Rafah on Tuesday."),
                EventType.MilitaryOperation).places());
        assertEquals(List.of("jenin"), only(english("Israeli troops began a raid in the West Bank city of Jenin on Monday."),
                EventType.MilitaryOperation).places());
        assertEquals(List.of("jeddah"), only(english("The army and the Rapid Support Forces signed a declaration in the Red Sea city of Jeddah"
                + " on Thursday."), EventType.Agreement).places());
    }

    @Test
    void aCapitalThatIsNoPrepositionsObjectStillStandsForItsState() {
        Extraction x = arabic("رفض حفتر التوقيع وغادر العاصمة الروسية صباح الثلاثاء.");
        assertTrue(x.actors().stream().anyMatch(a -> a.slug().equals("russia")), () -> "actors " + x.actors());
        assertTrue(x.events().stream().noneMatch(e -> e.places().contains("moscow")), () -> "events " + x.events());
    }

    @Test
    void aPlaceOfTheMatterDiscussedIsNotWhereTheTalksWereHeld() {
        assertEquals(List.of("doha"), only(english("Qatari Prime Minister Mohammed bin Abdulrahman Al Thani met Jordanian Foreign Minister"
                + " Ayman Safadi in Doha on Tuesday and discussed developments in Sudan."), EventType.Meeting).places());
        assertEquals(List.of("cairo"), only(arabic("التقى وزير الخارجية المصري سامح شكري نظيره الأردني أيمن الصفدي في القاهرة،"
                + " وبحثا الأوضاع الإنسانية في قطاع غزة."), EventType.Meeting).places());
    }

    @Test
    void ammanWhenJordanIsNamedOmanWhenTheSultanateIs() {
        assertEquals(List.of("amman"), List.copyOf(only(extract("ar",
                "استقبل العاهل الأردني الملك عبد الله الثاني الرئيس الفلسطيني محمود عباس الثلاثاء في عمان."), EventType.Meeting).places()));
        assertEquals(List.of("amman"), List.copyOf(only(extract("ar",
                "واجتمع وزير الخارجية أيمن الصفدي مع نظيره المصري في عمان الاثنين."), EventType.Meeting).places()));
        assertEquals(List.of("oman"), List.copyOf(only(extract("ar",
                "ووصل المبعوث الأمريكي إلى عمان الأحد، حيث يلتقي السلطان هيثم بن طارق."), EventType.Visit).places()));
        assertEquals(List.of("oman"), List.copyOf(only(extract("ar",
                "وصل وزير الخارجية الإيراني إلى عمان الأحد."), EventType.Visit).places()));
    }

    @Test
    void ammanWhenTheArticleIsJordaniansOmanWhenItIsOmanis() {
        assertEquals(List.of("amman"), List.copyOf(only(arabic("استقبل الملك عبد الله الثاني الرئيس الفرنسي إيمانويل ماكرون الأحد.\n"
                + "وكان ماكرون قد وصل إلى عمان السبت."), EventType.Visit).places()));
        assertEquals(List.of("oman"), List.copyOf(only(arabic("استقبل السلطان هيثم بن طارق الرئيس الفرنسي إيمانويل ماكرون الأحد.\n"
                + "وكان ماكرون قد وصل إلى عمان السبت."), EventType.Visit).places()));
        assertEquals(List.of("amman"), List.copyOf(only(ShortArticles.datelined("ar", "عمّان", "وصل وزير الخارجية الإيراني عباس عراقجي إلى عمان الأحد."),
                EventType.Visit).places()));
    }
}
