package org.diplokg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    @Test
    void aTruceTheSidesAgreedToIsBetweenThem() {
        Event truce = only(ShortArticles.extract("en", "Israel and Hamas have agreed to a ceasefire in the Gaza Strip that takes effect on Sunday, Qatar's prime minister said."),
                EventType.Ceasefire);
        assertEquals(List.of("israel", "hamas"), truce.actors(Role.party));
    }

    @Test
    void theAgreementPointsBackToTheDealNamedBeforeIt() {
        Extraction x = ShortArticles.extract("ar", "بدأت الحكومة اليمنية وجماعة الحوثي، الجمعة، تنفيذ صفقة لتبادل نحو 900 أسير. "
                + "ويقضي الاتفاق، الذي جرى التوصل إليه في 20 مارس الماضي، بإطلاق سراح 181 محتجزا.");
        Event deal = only(x, EventType.Agreement);
        assertEquals(only(x, EventType.Exchange).actors(Role.party), deal.actors(Role.party));
        assertEquals(2, deal.actors(Role.party).size());
        assertTrue(deal.evidence().stream().anyMatch(e -> e.method().startsWith("discourse:") && e.confidence() < 0.6), () -> "evidence " + deal.evidence());
    }

    @Test
    void aNewTruceDoesNotTakeTheSidesOfAnEarlierDeal() {
        Extraction x = ShortArticles.extract("en", "Ethiopia and the Tigray People's Liberation Front signed an agreement on Wednesday. "
                + "A humanitarian truce agreed in March collapsed in late August.");
        assertTrue(x.events().stream().filter(e -> e.type() == EventType.Ceasefire).allMatch(e -> e.actors(Role.party).isEmpty()),
                () -> "events " + x.events());
    }
}
