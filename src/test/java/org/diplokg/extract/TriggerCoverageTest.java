package org.diplokg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.diplokg.model.Event;
import org.diplokg.model.EventType;
import org.diplokg.model.Role;
import org.junit.jupiter.api.Test;

/** Verb forms and synonyms of the trigger lexicons beyond the first few listed: each one gives its type and subject. */
class TriggerCoverageTest {
    private static Event only(String language, String body, EventType type) {
        List<Event> found = ShortArticles.extract(language, body).events().stream().filter(e -> e.type() == type).toList();
        assertEquals(1, found.size(), () -> type + " events in \"" + body + "\": " + found);
        return found.getFirst();
    }

    @Test
    void arabicFeminineFutureAndNewMeetingVerbs() {
        assertEquals(List.of("egypt", "jordan"), only("ar", "ستلتقي مصر الأردن في عمان الأسبوع المقبل.", EventType.Meeting).actors(Role.participant));
        Event talks = only("ar", "تباحث وزير الخارجية المصري سامح شكري مع نظيره الأردني أيمن الصفدي في القاهرة.", EventType.Meeting);
        assertTrue(talks.actors(Role.participant).contains("sameh-shoukry"), () -> talks.toString());
    }

    @Test
    void arabicCondemnationReleaseAndShelling() {
        assertEquals(List.of("egypt"), only("ar", "استنكرت مصر الهجوم على القافلة.", EventType.Statement).actors(Role.speaker));
        assertEquals(List.of("qatar"), only("ar", "نددت قطر بالغارات على رفح.", EventType.Statement).actors(Role.speaker));
        assertEquals(List.of("hamas"), only("ar", "أطلقت حماس سراح ثلاثة محتجزين إسرائيليين.", EventType.Exchange).actors(Role.party));
        assertEquals(List.of("israel"), only("ar", "قصفت إسرائيل مدينة رفح.", EventType.MilitaryOperation).actors(Role.agent));
    }

    @Test
    void arabicReceivedCallThroughTheLightVerb() {
        Event call = only("ar", "تلقى الرئيس المصري عبد الفتاح السيسي اتصالا من العاهل الأردني الملك عبد الله الثاني.", EventType.PhoneCall);
        assertTrue(call.actors(Role.participant).contains("abdel-fattah-el-sisi"), () -> call.toString());
    }

    @Test
    void englishSynonyms() {
        assertEquals(List.of("jordan"), only("en", "Jordan condemned the attack on Monday.", EventType.Statement).actors(Role.speaker));
        Event call = only("en", "Egyptian President Abdel Fattah el-Sisi received a phone call from Jordan's King Abdullah II on Monday.", EventType.PhoneCall);
        assertEquals(2, call.actors(Role.participant).size());
        Event meeting = only("en", "Blinken sat down with Sisi in Cairo on Monday.", EventType.Meeting);
        assertTrue(meeting.actors(Role.participant).contains("antony-blinken"), () -> meeting.toString());
        assertEquals(List.of("israel"), only("en", "Israel rebuffed the proposal on Monday.", EventType.Rejection).actors(Role.agent));
        assertEquals(List.of("armenia", "azerbaijan"), only("en", "Armenia and Azerbaijan ratified the treaty on Monday.", EventType.Acceptance).actors(Role.agent));
    }
}
