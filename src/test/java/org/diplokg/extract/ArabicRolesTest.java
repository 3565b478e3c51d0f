package org.diplokg.extract;

import static org.diplokg.extract.ShortArticles.arabic;
import static org.diplokg.extract.ShortArticles.only;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.diplokg.model.Event;
import org.diplokg.model.EventType;
import org.diplokg.model.Extraction;
import org.diplokg.model.Role;
import org.junit.jupiter.api.Test;

/** Arabic roles of meetings and deals that are found, on short sentences. */
class ArabicRolesTest {
    @Test
    void theActorBetweenAPerfectAuxiliaryAndItsVerbIsTheSubject() {
        Event meeting = only(arabic("وكان المبعوث الأمريكي آموس هوكشتاين قد التقى رئيس مجلس النواب اللبناني نبيه بري الثلاثاء في بيروت."),
                EventType.Meeting);
        assertEquals(List.of("amos-hochstein", "nabih-berri"), meeting.actors(Role.participant));
        Event withoutParticle = only(arabic("وكان وزير الخارجية الإيراني عباس عراقجي التقى المبعوث الأمريكي ستيف ويتكوف في مسقط السبت."),
                EventType.Meeting);
        assertEquals(List.of("abbas-araghchi", "steve-witkoff"), withoutParticle.actors(Role.participant));
    }

    @Test
    void aMinisterialAdjectiveIsNoVisit() {
        Extraction x = arabic("وعقد الخميس في الرياض اجتماع وزاري لوزراء خارجية دول مجلس التعاون الخليجي ومصر والأردن.");
        assertEquals(List.of(), x.events().stream().filter(e -> e.type() == EventType.Visit).toList());
        assertEquals(List.of("gcc", "egypt", "jordan"), only(x, EventType.Meeting).actors(Role.participant));
    }

    @Test
    void theLamGenitiveAfterTheMeetingsAdjectiveNamesItsParticipants() {
        Event meeting = only(arabic("وشهدت الرياض الخميس اجتماعا تشاوريا لوزراء خارجية مصر والأردن."), EventType.Meeting);
        assertEquals(List.of("egypt", "jordan"), meeting.actors(Role.participant));
    }
}
