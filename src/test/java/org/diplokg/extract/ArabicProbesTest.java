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
    void discussingOpensTheSentenceButInsideItIsTheVerbalNoun() {
        Event meeting = only(arabic("بحث الرئيس المصري عبد الفتاح السيسي مع العاهل الأردني الملك عبدالله الثاني، الاثنين، الأوضاع في المنطقة."),
                EventType.Meeting);
        assertEquals(Set.of("abdel-fattah-el-sisi", "abdullah-ii"), Set.copyOf(meeting.actors(Role.participant)));
        Extraction x = arabic("وأكد وزير الخارجية المصري سامح شكري أهمية بحث سبل التعاون مع الأردن.");
        assertTrue(events(x, EventType.Meeting).isEmpty(), () -> "meetings " + events(x, EventType.Meeting));
    }

    @Test
    void theGuestOfAReceptionFollowsWhereItWasHeld() {
        Event inTheCity = only(arabic("استقبل الرئيس الفلسطيني محمود عباس في رام الله المبعوث الأمريكي آموس هوكشتاين."), EventType.Meeting);
        assertEquals(Set.of("mahmoud-abbas", "amos-hochstein"), Set.copyOf(inTheCity.actors(Role.participant)));
        assertEquals(Set.of("mahmoud-abbas"), Set.copyOf(inTheCity.actors(Role.host)));
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
