package org.diplokg.extract;

import static org.diplokg.extract.ShortArticles.arabic;
import static org.diplokg.extract.ShortArticles.events;
import static org.diplokg.extract.ShortArticles.only;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.diplokg.model.EventType;
import org.diplokg.model.Extraction;
import org.diplokg.model.Role;
import org.junit.jupiter.api.Test;

/** Arabic agency copy that reports no event, or no speaker, where a careless reading would find one. */
class ArabicPrecisionTest {
    @Test
    void anAcceptanceUnderAConditionIsNoAcceptance() {
        assertEquals(List.of(), events(arabic("وإذا وافقت حماس على المقترح الأمريكي، فسيبدأ وقف إطلاق النار في غضون أيام."),
                EventType.Acceptance));
        assertEquals(List.of(), events(arabic("وفي حال وافقت إسرائيل على الصفقة، سيتم الإفراج عن الأسرى على ثلاث مراحل."),
                EventType.Acceptance));
        assertEquals(List.of(), events(arabic("ولو قبلت روسيا الهدنة لأمكن بدء المفاوضات."), EventType.Acceptance));
    }

    @Test
    void anAcceptanceWithoutAConditionStays() {
        var acceptance = only(arabic("وكانت حماس قد وافقت على المقترح المصري القطري في السادس من مايو/أيار الماضي."),
                EventType.Acceptance);
        assertEquals(List.of("hamas"), acceptance.actors(Role.agent));
    }

    @Test
    void anUnnamedSourceIsNoSpeakerAndTheAgencyItToldIsNoneEither() {
        assertEquals(List.of(), events(arabic("وقال مصدر مطلع لوكالة الأناضول إن الوسطاء يعملون على صياغة مقترح جديد."),
                EventType.Statement));
        assertEquals(List.of(), events(arabic("وأفادت مصادر في الرئاسة التركية بأن تركيا ستواصل دعم الشعب الفلسطيني."),
                EventType.Statement));
    }

    @Test
    void aNamedSpeakerWhoToldAnAgencyStaysTheSpeaker() {
        var statement = only(arabic("وقال المتحدث باسم الخارجية القطرية ماجد الأنصاري لوكالة الأنباء القطرية إن الوساطة مستمرة."),
                EventType.Statement);
        assertEquals(List.of("majed-al-ansari"), statement.actors(Role.speaker));
    }

    @Test
    void aWarWagedOnATerritoryHasOnlyTheSideThatWagesIt() {
        var war = only(arabic("وتتواصل الحرب الإسرائيلية على قطاع غزة منذ السابع من أكتوبر/تشرين الأول الماضي."), EventType.Conflict);
        assertEquals(List.of("israel"), war.actors(Role.party));
        var named = only(arabic("وتخوض إسرائيل وحماس حربا في غزة منذ السابع من أكتوبر/تشرين الأول 2023."), EventType.Conflict);
        assertEquals(List.of("israel", "hamas"), named.actors(Role.party));
    }

    @Test
    void aWarWagedOnAStateIsBetweenBoth() {
        var war = only(arabic("ومنذ اندلاع الحرب الروسية على أوكرانيا في 24 فبراير/شباط 2022 تعطلت صادرات الحبوب."), EventType.Conflict);
        assertEquals(List.of("russia", "ukraine"), war.actors(Role.party));
    }
}
