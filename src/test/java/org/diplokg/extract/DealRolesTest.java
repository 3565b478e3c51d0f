package org.diplokg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.diplokg.model.Event;
import org.diplokg.model.EventType;
import org.diplokg.model.Extraction;
import org.diplokg.model.Role;
import org.junit.jupiter.api.Test;

/** The parties, mediators, proposers and agents of deal events: agreements, truces, exchanges, negotiations. */
class DealRolesTest {
    private static Event only(Extraction x, EventType type) {
        List<Event> found = x.events().stream().filter(e -> e.type() == type).toList();
        assertEquals(1, found.size(), () -> type + " events in " + x.events());
        return found.getFirst();
    }

    @Test
    void ministersWhoSignAreTheirStatesAsParties() {
        Event deal = only(ShortArticles.extract("ar", "ووقع وزير الدفاع الروسي سيرغي شويغو ووزير الخارجية الأوكراني دميترو كوليبا على الاتفاق في إسطنبول."),
                EventType.Agreement);
        assertEquals(List.of("russia", "ukraine"), deal.actors(Role.party));
    }

    @Test
    void whoSignsOnBehalfOfAGroupMakesTheGroupTheParty() {
        Event deal = only(ShortArticles.extract("en", "The agreement was signed by Getachew Reda, spokesman for the Tigray People's Liberation Front."),
                EventType.Agreement);
        assertEquals(List.of("tplf"), deal.actors(Role.party));
    }

    @Test
    void leadersWhoAgreeRemainThemselvesTheParties() {
        Event deal = only(ShortArticles.extract("ar", "اتفق الرئيس المصري عبد الفتاح السيسي ووزير الخارجية الأمريكي أنتوني بلينكن على تعزيز الجهود."),
                EventType.Agreement);
        assertEquals(List.of("abdel-fattah-el-sisi", "antony-blinken"), deal.actors(Role.party));
    }
}
