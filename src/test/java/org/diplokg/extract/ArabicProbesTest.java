package org.diplokg.extract;

import static org.diplokg.extract.ShortArticles.arabic;
import static org.diplokg.extract.ShortArticles.events;
import static org.diplokg.extract.ShortArticles.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.diplokg.model.Event;
import org.diplokg.model.EventType;
import org.diplokg.model.Extraction;
import org.diplokg.model.Role;
import org.junit.jupiter.api.Test;

/** Frames of everyday Arabic agency copy (QNA, WAFA, Anadolu): calls, receptions, trips, on short sentences. */
class ArabicProbesTest {
    @Test
    void discussingWithACounterpartInAPhoneCallIsOneCallOfBoth() {
        Extraction x = arabic("بحث وزير الخارجية المصري سامح شكري مع نظيره الأردني أيمن الصفدي، في اتصال هاتفي، اليوم، التطورات في قطاع غزة.");
        Event call = only(x, EventType.PhoneCall);
        assertEquals(Set.of("sameh-shoukry", "ayman-safadi"), Set.copyOf(call.actors(Role.participant)));
        assertEquals("2024-06-10", call.date().iso());
        assertTrue(events(x, EventType.Meeting).isEmpty(), () -> "meetings " + events(x, EventType.Meeting));
    }

    @Test
    void discussingOpensTheSentenceButInsideItIsTheVerbalNoun() {
        Event meeting = only(arabic("بحث الرئيس المصري عبد الفتاح السيسي مع العاهل الأردني الملك عبدالله الثاني، الاثنين، الأوضاع في المنطقة."),
                EventType.Meeting);
        assertEquals(Set.of("abdel-fattah-el-sisi", "abdullah-ii"), Set.copyOf(meeting.actors(Role.participant)));
        Extraction x = arabic("وأكد وزير الخارجية المصري سامح شكري أهمية بحث سبل التعاون مع الأردن.");
        assertTrue(events(x, EventType.Meeting).isEmpty(), () -> "meetings " + events(x, EventType.Meeting));
    }

    @Test
    void whoeverReceivesACallTakesPartEvenNamedByPostAndName() {
        Event call = only(arabic("تلقى وزير الخارجية السعودي فيصل بن فرحان اتصالا هاتفيا، اليوم، من وزير الخارجية الأمريكي أنتوني بلينكن."),
                EventType.PhoneCall);
        assertEquals(Set.of("faisal-bin-farhan", "antony-blinken"), Set.copyOf(call.actors(Role.participant)));
    }

    @Test
    void theGuestOfAReceptionFollowsWhereItWasHeld() {
        Event inTheCity = only(arabic("استقبل الرئيس الفلسطيني محمود عباس في رام الله المبعوث الأمريكي آموس هوكشتاين."), EventType.Meeting);
        assertEquals(Set.of("mahmoud-abbas", "amos-hochstein"), Set.copyOf(inTheCity.actors(Role.participant)));
        Event inThePalace = only(arabic("استقبل العاهل الأردني الملك عبدالله الثاني، في قصر الحسينية، وزير الخارجية البريطاني ديفيد لامي."),
                EventType.Meeting);
        assertEquals(Set.of("abdullah-ii", "david-lammy"), Set.copyOf(inThePalace.actors(Role.participant)));
    }

    @Test
    void aPossessedOfficeBeginsNoBodyName() {
        Extraction x = arabic("استقبل الرئيس الفلسطيني محمود عباس في مكتبه المبعوث الأمريكي آموس هوكشتاين.");
        assertEquals(Set.of("mahmoud-abbas", "amos-hochstein"), Set.copyOf(only(x, EventType.Meeting).actors(Role.participant)));
    }

    @Test
    void aShortNameRunningIntoTheFullNameIsOneMentionSoTheObjectFollows() {
        Event meeting = only(arabic("التقى الشيخ تميم بن حمد آل ثاني الرئيس المصري عبد الفتاح السيسي في الدوحة."), EventType.Meeting);
        assertEquals(Set.of("tamim-bin-hamad-al-thani", "abdel-fattah-el-sisi"), Set.copyOf(meeting.actors(Role.participant)));
    }
}
