package org.diplokg.extract;

import static org.diplokg.extract.ShortArticles.arabic;
import static org.diplokg.extract.ShortArticles.extract;
import static org.diplokg.extract.ShortArticles.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.diplokg.model.Event;
import org.diplokg.model.EventType;
import org.diplokg.model.Extraction;
import org.diplokg.model.Role;
import org.junit.jupiter.api.Test;

/** Arabic reported clauses, trips, answers and the dates and places around them, on short sentences. */
class ArabicClausesTest {
    @Test
    void theSubjectOfAClauseAfterInnaStandsBeforeItsVerb() {
        Event meeting = only(arabic("قالت الرئاسة المصرية في بيان إن الرئيس عبد الفتاح السيسي استقبل وزير الخارجية الأمريكي أنتوني بلينكن في القاهرة."),
                EventType.Meeting);
        assertEquals(List.of("abdel-fattah-el-sisi", "antony-blinken"), meeting.actors(Role.participant));
        Event other = only(arabic("وذكرت وكالة الأنباء القطرية أن أمير قطر الشيخ تميم بن حمد آل ثاني التقى الرئيس الفرنسي إيمانويل ماكرون في باريس."),
                EventType.Meeting);
        assertEquals(List.of("tamim-bin-hamad-al-thani", "emmanuel-macron"), other.actors(Role.participant));
    }

    @Test
    void theTwoSidesThatDiscussedAreTheLastPairNotAnUrging() {
        Extraction x = arabic("قالت الرئاسة المصرية إن الرئيس عبد الفتاح السيسي استقبل وزير الخارجية الأمريكي أنتوني بلينكن في القاهرة. "
                + "وأوضح البيان أن الجانبين بحثا جهود التهدئة في قطاع غزة.");
        assertEquals(List.of("abdel-fattah-el-sisi", "antony-blinken"), only(x, EventType.Meeting).actors(Role.participant));
        assertEquals(List.of("egypt-presidency"), only(x, EventType.Statement).actors(Role.speaker));
    }

    @Test
    void aVerbJoinedByWaAfterAPlaceKeepsTheSubjectOfItsClauseNotThePlace() {
        Event meeting = only(arabic("التقى وزير الخارجية المصري سامح شكري نظيره الأردني أيمن الصفدي في القاهرة، وبحثا الأوضاع في غزة."),
                EventType.Meeting);
        assertEquals(List.of("sameh-shoukry", "ayman-safadi"), meeting.actors(Role.participant));
    }

    @Test
    void headingForACityAfterLeavingIsATripThereByTheSubjectOfLeaving() {
        Event visit = only(arabic("غادر وزير الخارجية الأمريكي أنتوني بلينكن الدوحة مساء الأربعاء متوجها إلى القاهرة."), EventType.Visit);
        assertEquals(List.of("antony-blinken"), visit.actors(Role.participant));
        assertEquals(List.of("cairo"), visit.places());
        assertEquals("2024-06-05", visit.date().iso());
    }

    @Test
    void headingForPeopleIsNoTrip() {
        Extraction x = arabic("وأوضح الوزير أيمن الصفدي، متوجها إلى الصحفيين، أن المحادثات كانت إيجابية.");
        assertTrue(x.events().stream().noneMatch(e -> e.type() == EventType.Visit), () -> "events " + x.events());
    }

    @Test
    void answeringWithAnAcceptanceIsTheAnswerersAcceptance() {
        Event acceptance = only(arabic("ردت إسرائيل بالموافقة على المقترح المصري لوقف إطلاق النار."), EventType.Acceptance);
        assertEquals(List.of("israel"), acceptance.actors(Role.agent));
        Event reported = only(arabic("وقال مسؤول إن حركة حماس ردت على المقترح الأخير بالموافقة."), EventType.Acceptance);
        assertEquals(List.of("hamas"), reported.actors(Role.agent));
    }

    @Test
    void answerWithTheVerbalNounOfARejectionVerb() {
        assertEquals(List.of("hamas"), only(extract("ar", "ردت حركة حماس بالرفض على المقترح الإسرائيلي الأخير."),
                EventType.Rejection).actors(Role.agent));
        assertEquals(List.of("hezbollah"), only(extract("ar", "ورفضه حزب الله الثلاثاء."),
                EventType.Rejection).actors(Role.agent));
    }

    @Test
    void aRejectionOfAnyThingIsAStandingPositionNotAnAnswer() {
        assertEquals(List.of(), ShortArticles.events(arabic("وجدد وزير الخارجية الأردني أيمن الصفدي الاثنين رفض الأردن المطلق لأي محاولة لتهجير السكان."),
                EventType.Rejection));
        assertEquals(List.of(), ShortArticles.events(arabic("وترفض الحكومة السودانية أي تدخل أجنبي في شؤونها."), EventType.Rejection));
        assertEquals(List.of("hamas"), only(arabic("ورفضت حركة حماس الأربعاء المقترح الإسرائيلي الجديد."),
                EventType.Rejection).actors(Role.agent));
    }

    @Test
    void aVerbWhosePrepositionTurnsItsSenseReportsNoEvent() {
        assertEquals(List.of(), ShortArticles.events(arabic("واعتمدت الحكومة الأردنية على المنح الخارجية لسد العجز."), EventType.Resolution));
        assertEquals(List.of("un-security-council"), only(arabic("واعتمد مجلس الأمن الدولي بالإجماع الاثنين قرارا بشأن الهدنة."),
                EventType.Resolution).actors(Role.agent));
    }

    @Test
    void aVerbalNounAfterATitleIsTheObjectNotTheHoldersName() {
        assertEquals(List.of("ayman-safadi"), only(arabic("وبحث وزير الخارجية الأردني أيمن الصفدي مع المبعوث الأممي أهمية تعزيز التهدئة."),
                EventType.Meeting).actors(Role.participant));
        assertEquals(List.of("ayman-safadi"), only(arabic("والتقى وزير الخارجية الأردني أيمن الصفدي المبعوث الأممي، وأكدا ضرورة إنهاء الحرب."),
                EventType.Meeting).actors(Role.participant));
    }

    @Test
    void aNounHeadingTheEventNounEndsTheNameBeforeIt() {
        assertEquals(List.of("person-yasyn-abrahym"),
                only(arabic("وعقد وزير الدفاع السوداني ياسين إبراهيم جلسة مباحثات في القاهرة."), EventType.Meeting).actors(Role.participant));
    }
}
