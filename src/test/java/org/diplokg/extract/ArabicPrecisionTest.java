package org.diplokg.extract;

import static org.diplokg.extract.ShortArticles.arabic;
import static org.diplokg.extract.ShortArticles.only;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.diplokg.model.EventType;
import org.diplokg.model.Role;
import org.junit.jupiter.api.Test;

/** Arabic agency copy that reports no event, or no speaker, where a careless reading would find one. */
class ArabicPrecisionTest {
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
