package org.diplokg.extract;

import static org.diplokg.extract.ShortArticles.extract;
import static org.diplokg.extract.ShortArticles.only;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.diplokg.model.Event;
import org.diplokg.model.EventType;
import org.diplokg.model.Extraction;
import org.diplokg.model.Role;
import org.junit.jupiter.api.Test;

/** Arabic deal events: negotiations, truces, proposals, acceptances, agreements and exchanges, with their frames. */
class ArabicDealsTest {
    @Test
    void talksADealCameOfAreNoPurposeButHappened() {
        Extraction x = extract("ar", "ويأتي الاتفاق ثمرة لمفاوضات انطلقت في جدة في 6 مايو الجاري برعاية سعودية أمريكية.");
        Event talks = only(x, EventType.Negotiation);
        assertEquals("2024-05-06", talks.date().iso());
        assertEquals(List.of("saudi-arabia", "united-states"), talks.actors(Role.mediator));
    }
}
