package org.diplokg.extract;

import static org.diplokg.extract.ShortArticles.arabic;
import static org.diplokg.extract.ShortArticles.only;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.diplokg.model.Event;
import org.diplokg.model.EventType;
import org.diplokg.model.Role;
import org.junit.jupiter.api.Test;

/** Arabic agency copy that reports a strike in the speaker's own words: who struck, on short sentences. */
class ArabicReportedStrikesTest {
    /**
     * "إن طائراته قصفت" (that its aircraft struck): the pronoun on the subject noun is the speaker's, so the speaker
     * struck; the owner of the targets ("مواقع لحزب الله") is who was struck, not the attacker.
     */
    @Test
    void theSpeakersOwnForcesStrike() {
        Event strike = only(arabic("قال الجيش الإسرائيلي إن طائراته قصفت مواقع لحزب الله في جنوب لبنان."), EventType.MilitaryOperation);
        assertEquals(List.of("idf"), strike.actors(Role.agent));
        Event attack = only(arabic("وقالت وزارة الدفاع الروسية إن قواتها شنت هجوما على مواقع أوكرانية في منطقة خاركيف."),
                EventType.MilitaryOperation);
        assertEquals(List.of("russia-ministry-of-defence"), attack.actors(Role.agent));
    }
}
