package org.diplokg.extract;

import static org.diplokg.extract.ShortArticles.arabic;
import static org.diplokg.extract.ShortArticles.english;
import static org.diplokg.extract.ShortArticles.events;
import static org.diplokg.extract.ShortArticles.only;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.diplokg.model.Event;
import org.diplokg.model.EventType;
import org.diplokg.model.Extraction;
import org.diplokg.model.Role;
import org.junit.jupiter.api.Test;

/** Wars, fighting and military operations: their parties, agents, places and dates, on short sentences. */
class ConflictFramesTest {
    @Test
    void warsInOtherPlacesOrBetweenOtherSidesAreOtherWars() {
        Extraction en = english("The war between Israel and Hamas has killed more than 37,000 Palestinians. "
                + "The war in Yemen has killed hundreds of thousands of people since 2015.");
        Event yemen = only(en, EventType.Conflict);
        assertEquals("2015", yemen.date().iso());
        assertEquals(List.of("yemen"), yemen.places());
        assertEquals(Set.of("saudi-arabia", "houthis"), Set.copyOf(yemen.actors(Role.party)));
        Extraction ar = arabic("وأسفرت الحرب بين إسرائيل وحزب الله منذ أكتوبر 2023 عن مقتل أكثر من 3 آلاف شخص في لبنان. "
                + "وتسببت الحرب في اليمن في أسوأ أزمة إنسانية في العالم.");
        Event lebanon = only(ar, EventType.Conflict);
        assertEquals(Set.of("israel", "hezbollah"), Set.copyOf(lebanon.actors(Role.party)));
        assertEquals(List.of("lebanon"), lebanon.places());
    }

    @Test
    void anAttackVerbIsAnOperationOnlyWhenAnArmedSideAttacks() {
        Event ship = only(arabic("وهاجمت جماعة الحوثي سفينة تجارية في البحر الأحمر يوم الأحد."), EventType.MilitaryOperation);
        assertEquals(List.of("houthis"), ship.actors(Role.agent));
        assertEquals(List.of("red-sea"), ship.places());
        assertEquals("2024-06-09", ship.date().iso());
        Event kharkiv = only(arabic("وهاجمت القوات الروسية مدينة خاركيف بطائرات مسيرة ليلة الأحد."), EventType.MilitaryOperation);
        assertEquals(List.of("russia"), kharkiv.actors(Role.agent));
        Extraction critic = arabic("وهاجم الرئيس الأمريكي دونالد ترامب المحكمة الجنائية الدولية يوم السبت.");
        assertEquals(List.of(), events(critic, EventType.MilitaryOperation));
    }

    @Test
    void sidesThatExchangeFireAreAtWarNotSwappingPrisoners() {
        Extraction en = english("Israel and Hezbollah have exchanged fire almost daily since October 8, 2023.");
        Event lebanon = only(en, EventType.Conflict);
        assertEquals(Set.of("israel", "hezbollah"), Set.copyOf(lebanon.actors(Role.party)));
        assertEquals("2023-10-08", lebanon.date().iso());
        assertEquals(List.of(), events(en, EventType.Exchange));
        Event kashmir = only(english("Indian and Pakistani troops traded fire along the Line of Control on Wednesday."), EventType.Conflict);
        assertEquals(Set.of("india", "pakistan"), Set.copyOf(kashmir.actors(Role.party)));
        Extraction ar = arabic("وتواصل تبادل القصف بين حزب الله وإسرائيل منذ الثامن من أكتوبر 2023.");
        assertEquals(Set.of("israel", "hezbollah"), Set.copyOf(only(ar, EventType.Conflict).actors(Role.party)));
        assertEquals(List.of(), events(ar, EventType.Exchange));
    }

    @Test
    void aMilitaryInterventionIsAnOperationOfWhoIntervenes() {
        Event yemen = only(english("A Saudi-led coalition intervened militarily in Yemen in March 2015 to restore the government."),
                EventType.MilitaryOperation);
        assertEquals(List.of("saudi-led-coalition"), yemen.actors(Role.agent));
        assertEquals(List.of("yemen"), yemen.places());
        assertEquals("2015-03", yemen.date().iso());
        Event syria = only(arabic("وأدى التدخل العسكري الروسي في سوريا في سبتمبر 2015 إلى تغيير موازين القوى."), EventType.MilitaryOperation);
        assertEquals(List.of("russia"), syria.actors(Role.agent));
        assertEquals("2015-09", syria.date().iso());
        assertEquals(List.of(), events(arabic("وحذر الوزير من أي تدخل عسكري في النيجر."), EventType.MilitaryOperation));
    }
}
