package org.diplokg.extract;

import static org.diplokg.extract.ShortArticles.arabic;
import static org.diplokg.extract.ShortArticles.english;
import static org.diplokg.extract.ShortArticles.only;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.diplokg.model.EventType;
import org.diplokg.model.Extraction;
import org.junit.jupiter.api.Test;

/** Where a deal was reached, told from what it is about, where its sides come from and where its goods go. */
class DealPlacesTest {
    @Test
    void aPlaceAfterTheTruceADealIsAboutIsTheTrucesScope() {
        assertEquals(List.of("jeddah"), only(arabic("وقعت الحكومة السودانية وقوات الدعم السريع، السبت، في جدة اتفاقا لوقف إطلاق النار"
                + " في الخرطوم."), EventType.Agreement).places());
    }

    @Test
    void aVerbOfReachingAfterTheTruceMakesThePlaceTheDeals() {
        assertEquals(List.of("beirut"), only(arabic("توصلت إسرائيل وحزب الله، الاثنين، إلى اتفاق لوقف إطلاق النار في لبنان"
                + " تم التوصل إليه في بيروت."), EventType.Agreement).places());
        assertEquals(List.of("beirut"), only(english("The agreement on a truce in Lebanon was signed in Beirut on Monday by Israel"
                + " and Hezbollah."), EventType.Agreement).places());
    }

    @Test
    void theRegionASideComesFromIsNoPlaceOfTheDeal() {
        assertEquals(List.of(), only(english("Ethiopia and rebels from the northern Tigray region signed a peace agreement on Wednesday."),
                EventType.Agreement).places());
    }

    @Test
    void theSeaGoodsCrossIsNoPlaceOfTheDeal() {
        assertEquals(List.of(), only(english("Russia and Ukraine signed a deal on Friday to resume grain exports across the Black Sea."),
                EventType.Agreement).places());
        assertEquals(List.of("istanbul"), only(arabic("وقعت روسيا وأوكرانيا، الجمعة، في إسطنبول اتفاقا لاستئناف تصدير الحبوب"
                + " عبر البحر الأسود."), EventType.Agreement).places());
    }
}
