package org.diplokg.extract;

import static org.diplokg.extract.ShortArticles.arabic;
import static org.diplokg.extract.ShortArticles.english;
import static org.diplokg.extract.ShortArticles.events;
import static org.diplokg.extract.ShortArticles.extract;
import static org.diplokg.extract.ShortArticles.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
        List<Event> wars = events(en, EventType.Conflict);
        assertEquals(2, wars.size(), () -> "wars " + wars);
        Event gaza = wars.getFirst();
        assertEquals(Set.of("israel", "hamas"), Set.copyOf(gaza.actors(Role.party)), "an undated war keeps the sides its text names");
        assertEquals(null, gaza.date());
        Event yemen = wars.getLast();
        assertEquals("2015", yemen.date().iso());
        assertEquals(List.of("yemen"), yemen.places());
        assertEquals(Set.of("saudi-arabia", "houthis"), Set.copyOf(yemen.actors(Role.party)));
        Extraction ar = arabic("وأسفرت الحرب بين إسرائيل وحزب الله منذ أكتوبر 2023 عن مقتل أكثر من 3 آلاف شخص في لبنان. "
                + "وتسببت الحرب في اليمن في أسوأ أزمة إنسانية في العالم.");
        Event lebanon = only(ar, EventType.Conflict);
        assertEquals(Set.of("israel", "hezbollah"), Set.copyOf(lebanon.actors(Role.party)));
        assertEquals(List.of("lebanon"), lebanon.places());
    }

    /**
     * "The conflict in Sudan" alludes to a war the reader knows; undated, it takes no sides the text does not name, and
     * with neither sides nor date it is no event. One whose sides are named is, undated.
     */
    @Test
    void anUndatedWarTakesOnlyTheSidesItsTextNames() {
        assertEquals(List.of(), events(english("The two leaders discussed efforts to end the conflict in Sudan."), EventType.Conflict));
        Event lebanon = only(arabic("لإنهاء حرب استمرت أكثر من عام بين إسرائيل وحزب الله."), EventType.Conflict);
        assertEquals(Set.of("israel", "hezbollah"), Set.copyOf(lebanon.actors(Role.party)));
        assertEquals(null, lebanon.date());
    }

    /** "The war between Burhan and his former deputy Daglo": leaders stand for the sides, and the known war gives them. */
    @Test
    void aPersonIsNoSideOfAWar() {
        Event sudan = only(english("The war between Burhan and his former deputy Daglo, which erupted in April 2023, has killed tens of thousands."),
                EventType.Conflict);
        assertEquals(Set.of("sudanese-armed-forces", "rapid-support-forces"), Set.copyOf(sudan.actors(Role.party)));
    }

    /** The lam after an escalation governs what escalates, which happened: no purpose that blocks the war noun. */
    @Test
    void theFightingAnEscalationContinuesIsAWar() {
        Event lebanon = only(arabic("وقصفت إسرائيل الضاحية، في تصعيد للمواجهات التي اندلعت مع حزب الله في 8 أكتوبر 2023."), EventType.Conflict);
        assertEquals("2023-10-08", lebanon.date().iso());
        assertEquals(Set.of("israel", "hezbollah"), Set.copyOf(lebanon.actors(Role.party)));
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

    @Test
    void aWarWagedOnATerritoryHasOnlyTheSideThatWagesIt() {
        var war = only(arabic("وتتواصل الحرب الإسرائيلية على قطاع غزة منذ السابع من أكتوبر/تشرين الأول الماضي."), EventType.Conflict);
        assertEquals(List.of("israel"), war.actors(Role.party));
        var named = only(arabic("وتخوض إسرائيل وحماس حربا في غزة منذ السابع من أكتوبر/تشرين الأول 2023."), EventType.Conflict);
        assertEquals(List.of("israel", "hamas"), named.actors(Role.party));
    }

    /** One report of the war as waged on a territory speaks for the others: no known side is added to the merged war. */
    @Test
    void aWarReportedOnceAsWagedOnATerritoryKeepsOnlyItsNamedSide() {
        var war = only(arabic("وشدد الملك على ضرورة وقف الحرب الدائرة في القطاع فورا. ويزور الوزير المنطقة للمرة السابعة "
                + "منذ بدء الحرب الإسرائيلية على غزة في السابع من أكتوبر 2023."), EventType.Conflict);
        assertEquals(List.of("israel"), war.actors(Role.party));
        var unnamed = only(arabic("وتتواصل الحرب في غزة منذ السابع من أكتوبر 2023. وتخوض إسرائيل وحماس الحرب منذ أشهر."),
                EventType.Conflict);
        assertEquals(List.of("israel", "hamas"), unnamed.actors(Role.party));
    }

    @Test
    void aWarWagedOnAStateIsBetweenBoth() {
        var war = only(arabic("ومنذ اندلاع الحرب الروسية على أوكرانيا في 24 فبراير/شباط 2022 تعطلت صادرات الحبوب."), EventType.Conflict);
        assertEquals(List.of("russia", "ukraine"), war.actors(Role.party));
    }

    /** "العدوان" names a war as Palestinian and Syrian agency copy does; undated, it is no event of its own. */
    @Test
    void anAggressionDatedSinceItsStartIsAWar() {
        var war = only(arabic("ويتواصل العدوان الإسرائيلي على لبنان منذ الثالث والعشرين من أيلول 2024، ما أسفر عن نزوح الآلاف."), EventType.Conflict);
        assertEquals("2024-09-23", war.date().iso());
        assertEquals(List.of("israel"), war.actors(Role.party).subList(0, 1));
        assertTrue(arabic("وطالب الوزير بوقف العدوان على المدنيين.").events().stream().noneMatch(e -> e.type() == EventType.Conflict));
    }

    @Test
    void aLandmarkDatedInWordsKeepsItsDateFromTheTourItMeasures() {
        var article = arabic("وصل وزير الخارجية الأمريكي إلى عمان اليوم في إطار جولته العاشرة بالمنطقة منذ اندلاع الحرب في السابع من أكتوبر.");
        assertEquals("2023-10-07", only(article, EventType.Conflict).date().iso());
        assertEquals("2024-06-10", only(article, EventType.Tour).date().iso());
    }

    @Test
    void firingMissilesIsAnAttackButLaunchingAnInitiativeOrAReleaseIsNot() {
        Event salvo = only(arabic("أطلقت إيران مساء الثلاثاء نحو 180 صاروخا باليستيا على إسرائيل."), EventType.MilitaryOperation);
        assertEquals(List.of("iran"), salvo.actors(Role.agent));
        assertEquals("2024-06-04", salvo.date().iso());
        Event dated = only(arabic("وتأتي الزيارة بعد أن أطلقت إيران في الأول من أكتوبر/ تشرين الأول الماضي نحو 200 صاروخ على إسرائيل."),
                EventType.MilitaryOperation);
        assertEquals("2023-10-01", dated.date().iso());
        assertTrue(ShortArticles.events(arabic("وأطلقت مصر مبادرة جديدة لوقف الحرب الخميس."), EventType.MilitaryOperation).isEmpty());
        Event release = only(arabic("وفي أكتوبر 2020، أطلق الطرفان سراح 1056 أسيرا."), EventType.Exchange);
        assertEquals("2020-10", release.date().iso());
    }

    @Test
    void backerOfAnAttackIsNotItsAgent() {
        for (Event attack : events(extract("en", "Iran-backed Houthi attacks on shipping in the Red Sea continued on Tuesday."), EventType.MilitaryOperation)) {
            assertTrue(!attack.actors(Role.agent).contains("iran"), () -> "agents " + attack.actors(Role.agent));
        }
    }

    @Test
    void aDemonymBeforeAnAttackNamesItsAgent() {
        Event strikes = only(english("Israeli strikes in Gaza killed dozens of people on Monday."), EventType.MilitaryOperation);
        assertEquals(List.of("israel"), strikes.actors(Role.agent));
        assertEquals("2024-06-10", strikes.date().iso());
        Event us = only(english("The U.S. strikes on three Iranian nuclear sites on June 8 drew condemnation."), EventType.MilitaryOperation);
        assertEquals(List.of("united-states"), us.actors(Role.agent));
    }

    @Test
    void aGenitiveBeforeAnAttackNamesTheStandingCampaignNotAStrike() {
        Extraction x = english("Israel's offensive has since killed more than 46,000 Palestinians, according to Gaza's Health Ministry.");
        assertTrue(ShortArticles.events(x, EventType.MilitaryOperation).isEmpty(), () -> "operations " + x.events());
    }

    @Test
    void anAttackVerbWithItsTargetIsAnOperationButAStruckDealIsNot() {
        Event strike = only(english("Israel struck targets in Rafah on Tuesday, killing at least 21 people."), EventType.MilitaryOperation);
        assertEquals(List.of("israel"), strike.actors(Role.agent));
        assertEquals(List.of("rafah"), strike.places());
        assertEquals(List.of("russia"), only(english("Russia fired missiles at Kyiv on Sunday."), EventType.MilitaryOperation).actors(Role.agent));
        for (String body : List.of("Egypt and Qatar struck a deal with Hamas on Monday.", "The deal was struck in Doha on Wednesday.",
                "Madrid struck when it mattered.")) {
            Extraction x = english(body);
            assertTrue(ShortArticles.events(x, EventType.MilitaryOperation).isEmpty(), () -> body + " " + x.events());
        }
    }

    @Test
    void anAttackWithoutAnAgentElsewhereIsAnotherAttack() {
        Extraction x = english("Russia fired missiles at Kyiv on Sunday. Drones hit a commercial ship in the Red Sea on Sunday.");
        assertEquals(2, ShortArticles.events(x, EventType.MilitaryOperation).size(), () -> "operations " + x.events());
    }

    @Test
    void aGenitiveBeforeAWarFoughtElsewhereIsItsSideNotAnotherWarsPlace() {
        Extraction x = english("War broke out in Khartoum in April 2023 between the army and the Rapid Support Forces. "
                + "Russia's war in Ukraine has drawn attention away from Sudan, diplomats said.");
        List<Event> wars = events(x, EventType.Conflict);
        assertEquals(2, wars.size(), () -> "wars " + wars);
        Event war = wars.getFirst();
        assertEquals(List.of("khartoum"), war.places());
        assertEquals("2023-04", war.date().iso());
        assertEquals(List.of("russia"), wars.getLast().actors(Role.party), "the undated war in Ukraine is a war of its own");
    }
}
