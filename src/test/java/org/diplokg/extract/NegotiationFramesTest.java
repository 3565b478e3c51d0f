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
import org.diplokg.model.Extraction;
import org.diplokg.model.Event;
import org.diplokg.model.EventType;
import org.diplokg.model.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The frames that make talks a negotiation and name its parties and mediators. */
class NegotiationFramesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "en | The Hamas delegation held talks with Egyptian mediators in Cairo on Saturday. | hamas | egypt",
            "en | Hamas officials held talks with Qatari and Egyptian mediators in Doha on Saturday. | hamas | qatar egypt",
            "ar | وأجرت حركة حماس محادثات مع الوسطاء المصريين في القاهرة، الأحد. | hamas | egypt"})
    void talksHeldWithMediatorsAreANegotiation(String language, String sentence, String parties, String mediators) {
        Event talks = only(ShortArticles.extract(language, sentence), EventType.Negotiation);
        assertEquals(List.of(parties.split(" ")), talks.actors(Role.party));
        assertEquals(List.of(mediators.split(" ")), talks.actors(Role.mediator));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "واستأنف الجيش السوداني وقوات الدعم السريع، الأحد، المحادثات في جدة. | sudanese-armed-forces rapid-support-forces",
            "وتستأنف إسرائيل وحماس المفاوضات في القاهرة اليوم. | israel hamas",
            "ويستأنف وفدا إسرائيل وحماس المحادثات في الدوحة اليوم. | israel hamas"})
    void talksResumedOrContinuedAreARoundOfNegotiationBetweenTheirSubjects(String sentence, String parties) {
        Event talks = only(ShortArticles.arabic(sentence), EventType.Negotiation);
        assertEquals(List.of(parties.split(" ")), talks.actors(Role.party));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "en | Turkey led the talks between Russia and Ukraine in Istanbul on Friday. | turkey | russia ukraine",
            "en | Egypt led negotiations between Fatah and Hamas in Cairo on Thursday. | egypt | fatah hamas",
            "ar | وقادت تركيا المفاوضات بين روسيا وأوكرانيا في إسطنبول يوم الجمعة. | turkey | russia ukraine"})
    void whoLeadsTalksBetweenOthersMediatesThem(String language, String sentence, String mediators, String parties) {
        Event talks = only(ShortArticles.extract(language, sentence), EventType.Negotiation);
        assertEquals(List.of(mediators.split(" ")), talks.actors(Role.mediator));
        assertEquals(List.of(parties.split(" ")), talks.actors(Role.party));
    }

    @Test
    void gratitudeForAMediationCreditsItAsOneThatTookPlace() {
        Event talks = only(english("He expressed gratitude for Qatar's mediation between Israel and Hamas."), EventType.Negotiation);
        assertEquals(List.of("qatar"), talks.actors(Role.mediator));
        assertEquals(List.of("israel", "hamas"), talks.actors(Role.party));
    }

    @Test
    void companionsSetOffByCommasAfterAMediationMediateToo() {
        Event talks = only(english("He praised Qatar's persistent mediation, alongside Egypt and the United States, between Israel and Hamas."),
                EventType.Negotiation);
        assertEquals(Set.of("qatar", "egypt", "united-states"), Set.copyOf(talks.actors(Role.mediator)));
        assertEquals(List.of("israel", "hamas"), talks.actors(Role.party));
    }

    @Test
    void aRoleTogetherWithOthersInMediatingIsTheirMediation() {
        Event talks = only(english("He praised Egypt's key role, together with Qatar, in mediating between Israel and Hamas."),
                EventType.Negotiation);
        assertEquals(Set.of("egypt", "qatar"), Set.copyOf(talks.actors(Role.mediator)));
        assertEquals(Set.of("israel", "hamas"), Set.copyOf(talks.actors(Role.party)));
    }

    @Test
    void whoJoinsTheMediatorsMediatesToo() {
        Event deal = ShortArticles.eventWith(english("Israel and Hamas signed the deal on Thursday after Witkoff joined the Qatari and Egyptian mediators."),
                EventType.Agreement, Role.mediator, "qatar");
        assertEquals(Set.of("qatar", "egypt", "steve-witkoff"), Set.copyOf(deal.actors(Role.mediator)));
        assertEquals(Set.of("israel", "hamas"), Set.copyOf(deal.actors(Role.party)));
    }

    @Test
    void whoLeadsTalksWithTheOtherSideMediatesNothing() {
        Extraction x = english("Witkoff led the talks with Dmitriev in Riyadh on Tuesday.");
        assertTrue(x.events().stream().allMatch(e -> e.actors(Role.mediator).isEmpty()), () -> "events " + x.events());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ar | قال وزير الخارجية الإيراني عباس عراقجي إن المحادثات غير المباشرة مع الولايات المتحدة كانت بناءة. | united-states iran",
            "ar | وقال الرئيس الأوكراني فولوديمير زيلينسكي إن المفاوضات مع روسيا ستستأنف قريبا. | russia ukraine",
            "en | Iranian Foreign Minister Abbas Araqchi said the indirect talks with the United States were constructive. | united-states iran",
            "ar | وقال وزير الخارجية القطري إن المحادثات بين إسرائيل وحماس مستمرة. | israel hamas"})
    void talksASpeakerReportsWithOneOtherSideAreTheSpeakersSides(String language, String sentence, String parties) {
        Event talks = only(ShortArticles.extract(language, sentence), EventType.Negotiation);
        assertEquals(List.of(parties.split(" ")), talks.actors(Role.party));
    }

    @Test
    void theTwoDelegationsAreTheSidesNamedBefore() {
        Extraction x = arabic("استأنف وفدا إسرائيل وحماس المفاوضات في الدوحة، الأحد. وسيستأنف الوفدان المفاوضات في القاهرة الأسبوع المقبل.");
        assertTrue(events(x, EventType.Negotiation).stream().filter(e -> e.places().contains("cairo"))
                .anyMatch(e -> e.actors(Role.party).containsAll(List.of("israel", "hamas"))), () -> "events " + x.events());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وأشاد الوزير بجولات الحوار التي استضافها العراق وسلطنة عمان بين السعودية وإيران. | iraq oman",
            "وأشاد الوزير بالمحادثات التي استضافها العراق بين السعودية وإيران في أبريل الماضي. | iraq"})
    void talksARelativeClauseSaysWereHostedBetweenOthersAreANegotiationBetweenThem(String sentence, String mediators) {
        Event talks = only(ShortArticles.arabic(sentence), EventType.Negotiation);
        assertEquals(List.of("saudi-arabia", "iran"), talks.actors(Role.party));
        assertEquals(List.of(mediators.split(" ")), talks.actors(Role.mediator));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "واستضافت العاصمة الصينية الأحد محادثات بين وفد سعودي ووفد إيراني. | china",
            "وانتهت المحادثات التي استضافتها العاصمة العمانية مسقط بين وفد سعودي ووفد إيراني. | oman"})
    void aCapitalHostingTalksBetweenOthersStandsForItsStateAsMediator(String sentence, String mediator) {
        Event talks = only(arabic(sentence), EventType.Negotiation);
        assertEquals(List.of("saudi-arabia", "iran"), talks.actors(Role.party));
        assertEquals(List.of(mediator), talks.actors(Role.mediator));
    }

    @Test
    void aHostingVerbOnTalksLendsThemItsMediatorAndSidesAndIsNoMeetingOfItsOwn() {
        Extraction extraction = arabic("وجاء الإعلان إثر محادثات احتضنتها سلطنة عمان بوساطة قطرية بين وفد أمريكي ووفد إيراني.");
        Event talks = only(extraction, EventType.Negotiation);
        assertEquals(Set.of("qatar", "oman"), Set.copyOf(talks.actors(Role.mediator)));
        assertEquals(List.of("united-states", "iran"), talks.actors(Role.party));
        assertEquals(List.of(), events(extraction, EventType.Meeting));
        Event hosted = only(arabic("وانتهت المحادثات التي تحتضنها الدوحة بين الوفدين الأمريكي والإيراني."), EventType.Negotiation);
        assertEquals(List.of("qatar"), hosted.actors(Role.mediator));
    }

    @Test
    void roundsOfDialogueAreANegotiation() {
        Event talks = only(ShortArticles.arabic("وعقدت السعودية وإيران خمس جولات من الحوار في بغداد منذ أبريل 2021."), EventType.Negotiation);
        assertEquals(List.of("saudi-arabia", "iran"), talks.actors(Role.party));
        assertEquals("2021-04", talks.date().iso());
    }

    @Test
    void talksFacilitatedByStatesHaveThemAsMediators() {
        Event talks = only(arabic("انطلقت في الدوحة الأحد محادثات غير مباشرة بين حماس وإسرائيل بتيسير قطري مصري."), EventType.Negotiation);
        assertEquals(Set.of("qatar", "egypt"), Set.copyOf(talks.actors(Role.mediator)));
        assertEquals(Set.of("hamas", "israel"), Set.copyOf(talks.actors(Role.party)));
        Event deal = only(arabic("وقعت أرمينيا وأذربيجان اتفاقا لتبادل الأسرى بتيسير من روسيا."), EventType.Agreement);
        assertEquals(Set.of("russia"), Set.copyOf(deal.actors(Role.mediator)));
        Event eased = only(arabic("وتوصلت صربيا وكوسوفو إلى اتفاق بشأن الحدود يوم الأحد بتسهيل من الاتحاد الأوروبي."), EventType.Agreement);
        assertEquals(Set.of("european-union"), Set.copyOf(eased.actors(Role.mediator)));
    }

    @Test
    void facilitatingAndHelpingStatesMediate() {
        Event talks = only(extract("en", "The talks between Armenia and Azerbaijan were facilitated by Norway."), EventType.Negotiation);
        assertEquals(List.of("norway"), talks.actors(Role.mediator));
        assertEquals(2, talks.actors(Role.party).size());
        Event deal = only(extract("en", "Israel and Hamas reached a deal on Thursday with the help of Qatar."), EventType.Agreement);
        assertEquals(List.of("qatar"), deal.actors(Role.mediator));
        assertEquals(List.of("israel", "hamas"), deal.actors(Role.party));
    }

    @Test
    void talksThatEndedWithoutABreakthroughAreANegotiation() {
        Event talks = only(english("Russian and Ukrainian delegations held talks on Monday in Belarus, without a breakthrough."), EventType.Negotiation);
        assertEquals(List.of("russia", "ukraine"), talks.actors(Role.party));
        assertEquals(List.of(), events(english("Sisi and King Abdullah held talks in Cairo on Monday."), EventType.Negotiation));
    }

    @Test
    void talksTheSidesResumedAreTheirNegotiation() {
        Event talks = only(english("Israel and Hamas resumed indirect talks in Doha on Thursday, officials said."), EventType.Negotiation);
        assertEquals(Set.of("israel", "hamas"), Set.copyOf(talks.actors(Role.party)));
        assertEquals("2024-06-06", talks.date().iso());
        Event round = only(english("Armenia and Azerbaijan resumed talks in Washington on Monday."), EventType.Negotiation);
        assertEquals(Set.of("armenia", "azerbaijan"), Set.copyOf(round.actors(Role.party)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The talks between Russia and Ukraine were hosted and mediated by Turkey. | turkey",
            "Russia and Ukraine held talks in Istanbul on Friday that were hosted and mediated by Turkey. | turkey",
            "The indirect talks between Iran and the United States, hosted and facilitated by Oman, ended on Saturday. | oman"})
    void talksHostedAndMediatedByAStateHaveItAsMediator(String sentence, String mediator) {
        Event talks = only(english(sentence), EventType.Negotiation);
        assertEquals(List.of(mediator), talks.actors(Role.mediator));
        assertEquals(2, talks.actors(Role.party).size());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Qatar has been acting as a mediator between Israel and Hamas since November. | qatar | israel hamas",
            "Kuwait served as a mediator between Saudi Arabia and Qatar in 2017. | kuwait | saudi-arabia qatar"})
    void whoActsAsAMediatorBetweenSidesMediates(String sentence, String mediator, String parties) {
        Event talks = only(english(sentence), EventType.Negotiation);
        assertEquals(List.of(mediator), talks.actors(Role.mediator));
        assertEquals(List.of(parties.split(" ")), talks.actors(Role.party));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Egypt, Qatar and the United States have served as mediators in the talks, which began in January. | egypt qatar united-states | | 2024-01",
            "Saudi Arabia and the United States have acted as mediators in the talks. | saudi-arabia united-states | |",
            "Qatar and Egypt have acted as mediators in the negotiations between Israel and Hamas since November. | qatar egypt | israel hamas | 2023-11",
            "Oman has long served as a mediator in indirect talks between Iran and the United States. | oman | iran united-states |"})
    void talksTheSubjectServedAsMediatorsInAreTheNegotiationItMediates(String sentence, String mediators, String parties, String date) {
        Event talks = only(english(sentence), EventType.Negotiation);
        assertEquals(List.of(mediators.split(" ")), talks.actors(Role.mediator));
        assertEquals(parties == null ? List.of() : List.of(parties.split(" ")), talks.actors(Role.party));
        assertEquals(date, talks.date() == null ? null : talks.date().iso());
        assertEquals(List.of(), events(english(sentence), EventType.Meeting));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "انطلقت الأربعاء في بغداد جولة محادثات بين وفد سعودي برئاسة خالد الحميدان ووفد إيراني برئاسة علي شمخاني. | saudi-arabia iran",
            "وعقدت يوم الاثنين جولة جديدة من المفاوضات بين وفد مصري برئاسة عباس كامل ووفد إسرائيلي في القاهرة. | egypt israel",
            "وبدأت في جدة الخميس مفاوضات بين وفد من الجيش السوداني برئاسة محمد بشير ووفد من قوات الدعم السريع. | sudanese-armed-forces rapid-support-forces"})
    void talksBetweenDelegationsHeadedByNamedPeopleHaveTheDelegationsSidesAsParties(String sentence, String parties) {
        Event talks = only(arabic(sentence), EventType.Negotiation);
        assertEquals(List.of(parties.split(" ")), talks.actors(Role.party));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "واستضافت مسقط الأحد مباحثات بين وفد عماني برئاسة وزير الدولة عضو مجلس الوزراء مستشار الأمن الوطني سالم بن خالد الهنائي ووفد يمني برئاسة رئيس مجلس القيادة الرئاسي رشاد العليمي. | oman yemen",
            "وجرت المفاوضات في الدوحة بين وفد قطري برئاسة وزير الدولة بوزارة الخارجية محمد الخليفي، ووفد من حركة حماس برئاسة رئيس المكتب السياسي للحركة في قطاع غزة خليل الحية. | qatar hamas",
            "وانطلقت المحادثات في جدة بين وفد إماراتي برئاسة مستشار الأمن الوطني نائب رئيس مجلس الوزراء الشيخ طحنون بن زايد والسودان. | united-arab-emirates sudan"})
    void talksBetweenDelegationsWhoseHeadsCarryChainsOfTitlesNamingBodiesKeepEverySide(String sentence, String parties) {
        Event talks = only(arabic(sentence), EventType.Negotiation);
        assertEquals(List.of(parties.split(" ")), talks.actors(Role.party));
    }

    @Test
    void whoChairsAMeetingOfABodyThatIsNoDelegationTakesPart() {
        Event cabinet = only(arabic("عقد مجلس الوزراء اجتماعا الثلاثاء برئاسة الرئيس عبد الفتاح السيسي."), EventType.Meeting);
        assertTrue(cabinet.actors(Role.participant).contains("abdel-fattah-el-sisi"));
    }

    @Test
    void talksBetweenTheDelegationsOfTheTwoCountriesAreBetweenTheLastPair() {
        Event talks = only(arabic("وقعت السعودية والعراق الثلاثاء مذكرة تفاهم في مجال الطاقة. "
                + "وجاء التوقيع في ختام مباحثات جرت بين وفدي البلدين في الرياض."), EventType.Negotiation);
        assertEquals(List.of("saudi-arabia", "iraq"), talks.actors(Role.party));
    }
}
