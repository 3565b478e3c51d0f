package org.diplokg.extract;

import static org.diplokg.extract.ShortArticles.arabic;
import static org.diplokg.extract.ShortArticles.only;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.diplokg.model.Event;
import org.diplokg.model.EventType;
import org.diplokg.model.Role;
import org.junit.jupiter.api.Test;

/** Arabic events found (or not made up) from constructions agency copy uses, on short sentences. */
class ArabicRecallTest {
    @Test
    void aSummitOnWhoseSidelinesLeadersMetIsNoSecondMeeting() {
        Event meeting = only(arabic("التقى الرئيس التركي رجب طيب أردوغان نظيره الأمريكي جو بايدن على هامش قمة مجموعة العشرين في نيودلهي."),
                EventType.Meeting);
        assertEquals(List.of("recep-tayyip-erdogan", "joe-biden"), meeting.actors(Role.participant));
        Event talks = only(arabic("وبحث وزير الخارجية المصري سامح شكري مع نظيره الأردني أيمن الصفدي، على هامش اجتماعات الجمعية العامة للأمم المتحدة، الأوضاع في غزة."),
                EventType.Meeting);
        assertEquals(List.of("ayman-safadi", "sameh-shoukry"), talks.actors(Role.participant));
    }
}
