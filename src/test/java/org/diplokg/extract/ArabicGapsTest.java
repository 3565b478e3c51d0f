package org.diplokg.extract;

import static org.diplokg.extract.ShortArticles.extract;
import static org.diplokg.extract.ShortArticles.only;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.diplokg.model.EventType;
import org.junit.jupiter.api.Test;

/** Arabic constructions earlier probe rounds found wrong, each on short agency-style sentences (published Monday 2024-06-10). */
class ArabicGapsTest {
    @Test
    void presentVerbOpeningTheSentenceTakesTheComingWeekday() {
        assertEquals("2024-06-16", only(extract("ar", "ويلتقي وزير الخارجية المصري بدر عبد العاطي نظيره الأردني أيمن الصفدي الأحد في القاهرة."),
                EventType.Meeting).date().iso());
        assertEquals("2024-06-15", only(extract("ar", "تستضيف مسقط الجولة المقبلة من المحادثات بين إيران والولايات المتحدة السبت."),
                EventType.Negotiation).date().iso());
        assertEquals("2024-06-13", only(extract("ar", "يتوجه الرئيس الفلسطيني محمود عباس إلى موسكو الخميس في زيارة رسمية."),
                EventType.Visit).date().iso());
    }

    @Test
    void pastVerbsAndVerbsInsideTheSentenceKeepThePastWeekday() {
        assertEquals("2024-06-06", only(extract("ar", "توجه الرئيس الفلسطيني محمود عباس إلى موسكو الخميس في زيارة رسمية."),
                EventType.Visit).date().iso());
        assertEquals("2024-06-09", only(extract("ar", "وكان عبد العاطي قد التقى الصفدي الأحد في القاهرة."),
                EventType.Meeting).date().iso());
    }

    @Test
    void dateAfterThePurposeOfADealDatesTheDeal() {
        assertEquals("2024-06-09", only(extract("ar", "توصلت إسرائيل وحزب الله إلى اتفاق لوقف إطلاق النار الأحد بوساطة أمريكية وفرنسية."),
                EventType.Agreement).date().iso());
        assertEquals("2024-06-08", only(extract("ar", "وتوصلت روسيا وأوكرانيا إلى اتفاق جديد لتبادل الأسرى السبت بوساطة إماراتية."),
                EventType.Agreement).date().iso());
    }

    @Test
    void ammanWhenJordanIsNamedOmanWhenTheSultanateIs() {
        assertEquals(java.util.List.of("amman"), java.util.List.copyOf(only(extract("ar",
                "استقبل العاهل الأردني الملك عبد الله الثاني الرئيس الفلسطيني محمود عباس الثلاثاء في عمان."), EventType.Meeting).places()));
        assertEquals(java.util.List.of("amman"), java.util.List.copyOf(only(extract("ar",
                "واجتمع وزير الخارجية أيمن الصفدي مع نظيره المصري في عمان الاثنين."), EventType.Meeting).places()));
        assertEquals(java.util.List.of("oman"), java.util.List.copyOf(only(extract("ar",
                "ووصل المبعوث الأمريكي إلى عمان الأحد، حيث يلتقي السلطان هيثم بن طارق."), EventType.Visit).places()));
        assertEquals(java.util.List.of("oman"), java.util.List.copyOf(only(extract("ar",
                "وصل وزير الخارجية الإيراني إلى عمان الأحد."), EventType.Visit).places()));
    }

    @Test
    void answerWithTheVerbalNounOfARejectionVerb() {
        assertEquals(java.util.List.of("hamas"), only(extract("ar", "ردت حركة حماس بالرفض على المقترح الإسرائيلي الأخير."),
                EventType.Rejection).actors(org.diplokg.model.Role.agent));
        assertEquals(java.util.List.of("hezbollah"), only(extract("ar", "ورفضه حزب الله الثلاثاء."),
                EventType.Rejection).actors(org.diplokg.model.Role.agent));
    }
}
