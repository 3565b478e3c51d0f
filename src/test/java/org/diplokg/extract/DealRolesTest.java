package org.diplokg.extract;

import static org.diplokg.extract.ShortArticles.arabic;
import static org.diplokg.extract.ShortArticles.extract;
import static org.diplokg.extract.ShortArticles.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.diplokg.model.Event;
import org.diplokg.model.EventType;
import org.diplokg.model.Extraction;
import org.diplokg.model.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The parties, mediators, proposers and agents of deal events: agreements, truces, exchanges, negotiations. */
class DealRolesTest {
    @ParameterizedTest
    @ValueSource(strings = {
            "ar|وتبادل الجانبان وجهات النظر حول التطورات في غزة.",
            "ar|وتبادل الوسطاء الرسائل بين إسرائيل وحماس طوال الليل.",
            "ar|وتبادلت إسرائيل وحزب الله إطلاق النار عبر الحدود.",
            "ar|وبحث الوزيران العلاقات الثنائية، فضلا عن تبادل الرؤى حول القضايا الإقليمية.",
            "ar|كما جرى تبادل الأفكار بشأن تطورات الأوضاع في السودان.",
            "ar|وتبادل الزعيمان يوم الأحد التهاني بمناسبة حلول شهر رمضان.",
            "ar|وتتطلع مصر وتركيا إلى زيادة حجم التبادل التجاري بينهما إلى 15 مليار دولار.",
            "en|Israel and Hamas exchanged accusations over the collapse of the truce.",
            "en|Moscow and Kyiv exchanged messages through Turkish intermediaries."})
    void aThingExchangedThatIsNoCaptiveMakesNoSwap(String languageAndSentence) {
        String[] parts = languageAndSentence.split("\\|");
        Extraction x = extract(parts[0], parts[1]);
        assertTrue(x.events().stream().noneMatch(e -> e.type() == EventType.Exchange), () -> "events " + x.events());
    }

    @Test
    void captivesAndACeasefireAfterAnExchangeStillMakeASwap() {
        Event swap = only(arabic("وتبادلت روسيا وأوكرانيا 300 أسير الجمعة."), EventType.Exchange);
        assertEquals(List.of("russia", "ukraine"), swap.actors(Role.party));
        Extraction deal = arabic("واتفقت إسرائيل وحماس على تبادل الأسرى ووقف إطلاق النار.");
        assertEquals(1, deal.events().stream().filter(e -> e.type() == EventType.Exchange).count(), () -> "events " + deal.events());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "وانسحبت الولايات المتحدة في عام 2018 من الاتفاق النووي الذي أبرمته إيران مع القوى الكبرى عام 2015.|iran",
            "ويستند القرار إلى الاتفاق الذي أبرمته إسرائيل مع حماس في نوفمبر.|israel hamas"})
    void theSubjectOfARelativeLightVerbSignedTheDeal(String sentenceAndParties) {
        String[] parts = sentenceAndParties.split("\\|");
        Event deal = only(arabic(parts[0]), EventType.Agreement);
        assertEquals(Set.of(parts[1].split(" ")), Set.copyOf(deal.actors(Role.party)));
    }

    /**
     * "الاتفاق الذي أعلنته السعودية وإيران … برعاية صينية": who a relative clause says announced a deal are its sides,
     * the mediator after the clause mediated it, and the announcing is no statement of its own.
     */
    @Test
    void whoAnnouncedTheDealInARelativeClauseAreItsSides() {
        var x = arabic("وتأتي الزيارة بعد أكثر من 5 أشهر على الاتفاق الذي أعلنته السعودية وإيران من بكين في العاشر من مارس الماضي برعاية صينية.");
        Event deal = only(x, EventType.Agreement);
        assertEquals(Set.of("saudi-arabia", "iran"), Set.copyOf(deal.actors(Role.party)));
        assertEquals(List.of("china"), deal.actors(Role.mediator));
        assertTrue(ShortArticles.events(x, EventType.Statement).isEmpty());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The GNA said it had regained the capital, ending the offensive on Tripoli that Haftar launched in April 2019.|MilitaryOperation|agent|khalifa-haftar",
            "The offensive that Russia has waged since 2022 has displaced millions.|MilitaryOperation|agent|russia",
            "The visit that Blinken made to Cairo on Monday was his eighth since the war began.|Visit|participant|antony-blinken",
            "The truce that Qatar brokered in November collapsed within a week.|Ceasefire|mediator|qatar",
            "The ceasefire, which Egypt mediated last week, held through the night.|Ceasefire|mediator|egypt"})
    void theSubjectOfAnEnglishObjectRelativeDoesWhatItsVerbSaysToTheNoun(String sentence, EventType type, Role role, String actor) {
        Extraction x = extract("en", sentence);
        assertEquals(List.of(actor), only(x, type).actors(role));
        assertTrue(x.events().stream().noneMatch(e -> e.type() == EventType.Negotiation), () -> "events " + x.events());
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
    void aDealAWarEndedWithIsBetweenTheSidesOfTheWar() {
        Extraction ar = extract("ar", "وجاء ذلك بعد حرب استمرت 44 يوما بين أذربيجان وأرمينيا، وانتهت باتفاق لوقف إطلاق النار برعاية روسية في نوفمبر 2020.");
        assertEquals(List.of("azerbaijan", "armenia"), only(ar, EventType.Agreement).actors(Role.party));
        assertEquals(List.of("azerbaijan", "armenia"), only(ar, EventType.Ceasefire).actors(Role.party));
        Extraction en = extract("en", "The war between Ethiopia and Eritrea, which broke out in 1998, ended with a peace deal signed in Algiers in 2000.");
        assertEquals(List.of("ethiopia", "eritrea"), only(en, EventType.Agreement).actors(Role.party));
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

    @Test
    void theDefiniteMediationNamesTheMediatorsOfTheDealItBrought() {
        Event deal = only(ShortArticles.extract("ar", "أعلنت الوزارة نجاح الوساطة المشتركة لدولة قطر وجمهورية مصر العربية بين إسرائيل وحماس، "
                + "والتي أسفرت عن التوصل إلى اتفاق على هدنة إنسانية في قطاع غزة."), EventType.Agreement);
        assertEquals(List.of("qatar", "egypt"), deal.actors(Role.mediator));
        assertEquals(List.of("israel", "hamas"), deal.actors(Role.party));
    }

    @Test
    void aStateAfterTheDefiniteMediatorsIsTheObjectOfTheirVerb() {
        Extraction x = ShortArticles.extract("ar", "قال مكتب رئيس الوزراء الإسرائيلي بنيامين نتنياهو، اليوم الخميس، إن الحكومة لن تجتمع للمصادقة على الاتفاق إلى أن يبلغ الوسطاء إسرائيل بأن حماس قبلت كل عناصره.");
        assertTrue(x.events().stream().noneMatch(e -> e.actors(Role.mediator).contains("israel")), () -> "events " + x.events());
        Event talks = only(ShortArticles.extract("ar", "وقال الوسطاء في مصر وقطر إن المفاوضات بين إسرائيل وحماس مستمرة."), EventType.Negotiation);
        assertEquals(List.of("egypt", "qatar"), talks.actors(Role.mediator));
    }

    @Test
    void aFacilitationOrSponsorshipAfterADealNamesItsMediator() {
        Event accord = only(ShortArticles.extract("en", "Kenya and Somalia signed a border accord on Sunday under the facilitation of the African Union."),
                EventType.Agreement);
        assertEquals("2024-06-09", accord.date().iso());
        assertEquals(List.of("african-union"), accord.actors(Role.mediator));
        assertEquals(Set.of("kenya", "somalia"), Set.copyOf(accord.actors(Role.party)));
        Event deal = only(ShortArticles.extract("en", "Ethiopia and Eritrea reached a deal through the mediation of Saudi Arabia."), EventType.Agreement);
        assertEquals(List.of("saudi-arabia"), deal.actors(Role.mediator));
        assertEquals(Set.of("ethiopia", "eritrea"), Set.copyOf(deal.actors(Role.party)));
        Event talks = only(ShortArticles.extract("en", "Serbia and Kosovo held talks in Brussels on Friday under the sponsorship of the European Union."),
                EventType.Negotiation);
        assertEquals(List.of("european-union"), talks.actors(Role.mediator));
    }

    @Test
    void anAbbreviationInBracketsKeepsTheListOfSidesWhole() {
        Event truce = only(ShortArticles.extract("en", "Sudan's army and the Rapid Support Forces (RSF) signed a truce in Jeddah on Sunday."),
                EventType.Ceasefire);
        assertEquals("2024-06-09", truce.date().iso());
        assertEquals(Set.of("sudanese-armed-forces", "rapid-support-forces"), Set.copyOf(truce.actors(Role.party)));
        Event deal = only(ShortArticles.extract("en", "Syria and the Syrian Democratic Forces (SDF) reached an agreement on Friday."),
                EventType.Agreement);
        assertEquals(Set.of("syria", "sdf"), Set.copyOf(deal.actors(Role.party)));
    }

    @Test
    void aForumUnderAPatronageHasNoMediator() {
        Extraction x = ShortArticles.extract("en", "An investment forum opened in Rabat on Monday under the patronage of King Mohammed VI.");
        assertTrue(x.events().stream().allMatch(e -> e.actors(Role.mediator).isEmpty()), () -> "events " + x.events());
    }

    @Test
    void whoSupervisesOrBrokersAnExchangeMediatesIt() {
        Event swap = only(ShortArticles.extract("ar", "بدأت الحكومة اليمنية وجماعة الحوثي، الجمعة، تنفيذ صفقة لتبادل نحو 900 أسير بإشراف اللجنة الدولية للصليب الأحمر."),
                EventType.Exchange);
        assertEquals(List.of("icrc"), swap.actors(Role.mediator));
        Event brokered = only(ShortArticles.extract("en", "Russia and Ukraine exchanged 230 prisoners on Wednesday in a swap brokered by the United Arab Emirates."),
                EventType.Exchange);
        assertEquals(List.of("united-arab-emirates"), brokered.actors(Role.mediator));
    }

    @Test
    void theTalksBehindADealBetweenTheSameSidesShareItsMediators() {
        Extraction x = ShortArticles.extract("en", "Israel and Hamas agreed on Wednesday to a four-day truce in a deal brokered by Qatar and Egypt. "
                + "The announcement came after weeks of indirect negotiations between Israel and Hamas.");
        Event talks = only(x, EventType.Negotiation);
        assertEquals(List.of("qatar", "egypt"), talks.actors(Role.mediator));
        assertTrue(talks.evidence().stream().anyMatch(e -> e.method().equals("discourse:mediator-of-Agreement")), () -> "evidence " + talks.evidence());
    }

    @Test
    void anOlderRoundOfTalksKeepsItsOwnMediators() {
        Extraction x = ShortArticles.extract("en", "Iran and Saudi Arabia agreed on Friday to restore ties in a deal brokered by China. "
                + "Indirect talks between Iran and Saudi Arabia in 2021 ended without a breakthrough.");
        Event talks = only(x, EventType.Negotiation);
        assertTrue(talks.actors(Role.mediator).isEmpty(), () -> "talks " + talks);
    }

    @Test
    void anEnglishModifierBeforeAProposalNamesItsProposer() {
        Event proposal = only(ShortArticles.extract("en", "Ukraine said on Tuesday it was ready to accept a U.S. proposal for an immediate 30-day ceasefire."),
                EventType.Proposal);
        assertEquals(List.of("united-states"), proposal.actors(Role.proposer));
    }

    @ParameterizedTest
    @ValueSource(strings = {"in exchange for", "in return for"})
    void anEnglishReleaseGivenInReturnIsTheOtherSideOfOneExchange(String inReturn) {
        Extraction x = ShortArticles.extract("en", "Israel freed 90 Palestinian prisoners on Sunday " + inReturn + " three hostages released by Hamas.");
        assertEquals(Set.of("israel", "hamas"), Set.copyOf(only(x, EventType.Exchange).actors(Role.party)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Hamas released four hostages on Saturday in exchange for 200 prisoners held by Israel.",
        "Hamas freed three captives in return for dozens of detainees held by Israel on Saturday."})
    void theNounOfTheCueIsNoSecondSwapAndItsHolderIsTheOtherSide(String sentence) {
        Event swap = only(ShortArticles.extract("en", sentence), EventType.Exchange);
        assertEquals(Set.of("hamas", "israel"), Set.copyOf(swap.actors(Role.party)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Russia and Ukraine exchanged 150 prisoners each on Friday in a deal mediated by the United Arab Emirates.",
        "Moscow and Kyiv swapped 84 prisoners of war on Thursday as part of a deal brokered by the UAE."})
    void aDealThatFramesASwapIsTheSwapsOwnAndItsMediatorMediatesIt(String sentence) {
        Extraction x = ShortArticles.extract("en", sentence);
        assertEquals(List.of("united-arab-emirates"), only(x, EventType.Exchange).actors(Role.mediator));
        assertTrue(ShortArticles.events(x, EventType.Agreement).isEmpty());
    }

    @Test
    void aDealNamedByWhatItSetsIsAnotherDeal() {
        Extraction x = ShortArticles.extract("en", "Hamas freed three hostages on Saturday as part of a deal for a ceasefire mediated by Qatar.");
        assertTrue(ShortArticles.events(x, EventType.Exchange).stream().allMatch(swap -> swap.actors(Role.mediator).isEmpty()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Lebanon is studying the Egyptian truce plan.", "Lebanon is studying the Egyptian cease-fire proposal.",
        "Lebanon is studying the Egyptian ceasefire plan."})
    void aTruceAPlanProposesIsNoTruceAndTheDemonymProposesIt(String sentence) {
        Extraction x = ShortArticles.extract("en", sentence);
        assertEquals(List.of("egypt"), only(x, EventType.Proposal).actors(Role.proposer));
        assertTrue(ShortArticles.events(x, EventType.Ceasefire).isEmpty(), () -> "truces " + x.events());
    }

    @Test
    void whoeverAcceptsADealWithOneSideIsItsOtherSideThroughTheStateTheyActFor() {
        Event truce = only(ShortArticles.extract("ar", "وأقرت الحكومة الإسرائيلية اتفاق وقف إطلاق النار مع لبنان بأغلبية 10 وزراء مقابل وزير واحد."),
                EventType.Ceasefire);
        assertEquals(List.of("lebanon", "israel"), truce.actors(Role.party));
        Event deal = only(ShortArticles.extract("en", "Israel's cabinet approved the ceasefire deal with Hezbollah late on Tuesday."), EventType.Agreement);
        assertEquals(List.of("hezbollah", "israel"), deal.actors(Role.party));
    }

    @Test
    void approvingIsAnAcceptanceOnlyOfAnEvent() {
        assertEquals(List.of("hamas"), only(ShortArticles.extract("ar", "وأقرت حركة حماس الاتفاق."), EventType.Acceptance).actors(Role.agent));
        Extraction admitted = ShortArticles.extract("ar", "وأقر المتحدث باسم الجيش الإسرائيلي بأن القوات تكبدت خسائر.");
        assertEquals(List.of(), admitted.events().stream().filter(e -> e.type() == EventType.Acceptance).toList());
    }

    @Test
    void understandingsAreAgreementsAndARoadmapIsAProposal() {
        Event deal = only(ShortArticles.extract("ar", "وتوصلت حماس وإسرائيل إلى تفاهمات بشأن تبادل الأسرى."), EventType.Agreement);
        assertEquals(List.of("hamas", "israel"), deal.actors(Role.party));
        assertEquals(List.of("egypt"), only(ShortArticles.extract("ar", "وقدمت مصر خارطة طريق لإنهاء الحرب."), EventType.Proposal).actors(Role.proposer));
    }

    @Test
    void aVerbAndItsObjectNounPastALongSubjectAreOneSigning() {
        Extraction x = ShortArticles.extract("ar", "التقى الوزيران في واشنطن يوم الأربعاء الماضي. "
                + "ووقع وزير الخارجية الأرميني أرارات ميرزويان ونظيره الأذربيجاني جيهون بيراموف اتفاقا للسلام في واشنطن الجمعة.");
        Event deal = only(x, EventType.Agreement);
        assertEquals("2024-06-07", deal.date().iso());
    }

    @Test
    void anAnnouncingVerbReachesTheDealPastItsSubjectButNotPastAComplementizer() {
        Event deal = only(ShortArticles.extract("ar", "وأعلن الوسطاء (مصر وقطر والولايات المتحدة) الأربعاء التوصل إلى اتفاق بين إسرائيل وحماس."),
                EventType.Agreement);
        assertEquals(List.of("egypt", "qatar", "united-states"), deal.actors(Role.mediator));
        assertEquals(List.of("israel", "hamas"), deal.actors(Role.party));
        assertEquals(1, ShortArticles.extract("ar", "وأعلن رئيس الوزراء وزير الخارجية القطري الشيخ محمد بن عبد الرحمن آل ثاني، مساء الأربعاء، "
                + "التوصل إلى اتفاق بين إسرائيل وحماس.").events().stream().filter(e -> e.type() == EventType.Agreement).count());
        Extraction sought = ShortArticles.extract("ar", "وأعلنت قطر أنها تسعى للتوصل إلى اتفاق بين إسرائيل وحماس.");
        assertTrue(sought.events().stream().noneMatch(e -> e.type() == EventType.Agreement), () -> "events " + sought.events());
    }

    @Test
    void twoAgreementsSetUpTwoTruces() {
        Extraction x = ShortArticles.extract("ar", "وقعت الحكومة الإثيوبية وجبهة تحرير شعب تيغراي، الأربعاء، اتفاقا لوقف الأعمال العدائية. "
                + "وكانت أرمينيا وأذربيجان قد وقعتا في نوفمبر 2020 اتفاقا لوقف إطلاق النار برعاية روسية.");
        List<Event> truces = x.events().stream().filter(e -> e.type() == EventType.Ceasefire).toList();
        assertEquals(2, truces.size(), () -> "events " + x.events());
        assertTrue(truces.stream().anyMatch(t -> t.actors(Role.party).equals(List.of("armenia", "azerbaijan"))), () -> "truces " + truces);
    }

    @Test
    void theTruceADealSetsUpIsTheTruceReportedInForceDaysLater() {
        Extraction x = ShortArticles.extract("ar", "دخل وقف إطلاق النار بين إسرائيل وحزب الله حيز التنفيذ فجر اليوم الاثنين. "
                + "وكان الرئيس الأمريكي جو بايدن قد أعلن مساء السبت، في كلمة من البيت الأبيض، التوصل إلى اتفاق بين لبنان وإسرائيل لوقف الأعمال العدائية.");
        Event truce = only(x, EventType.Ceasefire);
        assertEquals("2024-06-10", truce.date().iso());
        assertEquals(List.of("israel", "hezbollah"), truce.actors(Role.party));
        assertEquals("2024-06-08", only(x, EventType.Agreement).date().iso());
    }

    @Test
    void aMediatorAfterTheTermsOfAnAgreementBrokeredTheAgreement() {
        Extraction x = ShortArticles.extract("ar", "واتفقت إسرائيل وحماس، الاثنين، على تمديد الهدنة يومين إضافيين بوساطة قطرية.");
        assertEquals(List.of("qatar"), only(x, EventType.Agreement).actors(Role.mediator));
        assertTrue(only(x, EventType.Ceasefire).actors(Role.mediator).isEmpty(), () -> "events " + x.events());
        Extraction swap = ShortArticles.extract("ar", "واتفق الجانبان الروسي والأوكراني على تبادل 500 أسير برعاية الإمارات.");
        assertEquals(List.of("united-arab-emirates"), only(swap, EventType.Agreement).actors(Role.mediator));
    }

    @Test
    void theEventAHostingVerbTakesIsOfTheVerbsDay() {
        Extraction x = ShortArticles.extract("ar", "أعلنت الخارجية المصرية، الاثنين، أن الوزير سامح شكري سيلتقي نظيره الأردني. "
                + "واستضافت القاهرة، الثلاثاء، اجتماعا رباعيا بين مصر والأردن والسعودية والإمارات.");
        List<Event> hosted = x.events().stream().filter(e -> e.actors(Role.host).contains("egypt") || e.actors(Role.participant).contains("saudi-arabia")).toList();
        assertEquals(1, hosted.size(), () -> "events " + x.events());
        assertEquals("2024-06-04", hosted.getFirst().date().iso());
    }

    @Test
    void theDealItsMediatorsBrokeredPointsBackToTheDealNamedBeforeIt() {
        Extraction x = ShortArticles.extract("ar", "دخل اتفاق وقف إطلاق النار بين حماس وإسرائيل حيز التنفيذ صباح الأحد. "
                + "ويقضي الاتفاق، الذي تم التوصل إليه الأربعاء الماضي بوساطة قطرية ومصرية، بالإفراج عن 33 محتجزا.");
        Event deal = only(x, EventType.Agreement);
        assertEquals(List.of("hamas", "israel"), deal.actors(Role.party));
        assertEquals(List.of("qatar", "egypt"), deal.actors(Role.mediator));
        Extraction other = ShortArticles.extract("en", "Iran and Saudi Arabia agreed on Friday to restore ties in a deal brokered by China. "
                + "The agreement, brokered by the United Nations, provides for the exchange of 900 prisoners.");
        assertTrue(other.events().stream().filter(e -> e.actors(Role.mediator).contains("united-nations"))
                .allMatch(e -> e.actors(Role.party).isEmpty()), () -> "events " + other.events());
    }

    @Test
    void whoeverAnnouncesReachingADealWithOneSideIsItsOtherSide() {
        Event deal = only(ShortArticles.extract("ar", "أعلنت الحكومة السودانية، الأحد، التوصل إلى اتفاق مع قوات الدعم السريع."), EventType.Agreement);
        assertEquals(List.of("rapid-support-forces", "sudan"), deal.actors(Role.party));
        Extraction reported = ShortArticles.extract("ar", "وأعلنت قطر أن إسرائيل توصلت إلى اتفاق مع حماس.");
        assertTrue(reported.events().stream().noneMatch(e -> e.actors(Role.party).contains("qatar")), () -> "events " + reported.events());
    }

    @Test
    void aCeasefireWithItsAdjectivesInsideThePhraseIsATruce() {
        Event truce = only(arabic("وتوصلت أذربيجان وأرمينيا، الثلاثاء، إلى وقف كامل لإطلاق النار برعاية روسية."), EventType.Ceasefire);
        assertEquals(List.of("azerbaijan", "armenia"), truce.actors(Role.party));
        assertEquals(List.of("russia"), truce.actors(Role.mediator));
        Event permanent = only(arabic("ووقعت الحكومة الليبية والجيش الوطني الليبي، الجمعة، اتفاقا لوقف دائم لإطلاق النار."), EventType.Ceasefire);
        assertEquals(2, permanent.actors(Role.party).size());
    }

    @Test
    void aDraftOfADealIsAProposalNotTheDeal() {
        Extraction x = arabic("وقدمت الولايات المتحدة مسودة اتفاق جديدة إلى الطرفين، الأحد.");
        assertEquals(List.of("united-states"), only(x, EventType.Proposal).actors(Role.proposer));
        assertEquals(List.of(), ShortArticles.events(x, EventType.Agreement));
    }

    @Test
    void hyphenedAuthorOfAPlanIsItsProposer() {
        Event plan = only(extract("en", "The Egyptian-drafted plan calls for a six-week truce."), EventType.Proposal);
        assertEquals(List.of("egypt"), plan.actors(Role.proposer));
        Event backed = only(extract("en", "Israel said on Monday it would study the U.S.-backed proposal."), EventType.Proposal);
        assertEquals(List.of("united-states"), backed.actors(Role.proposer));
    }

    @Test
    void mediatorOfTheTalksMediatesTheAgreementTheyProduced() {
        Event deal = only(extract("en", "The government and the opposition signed an agreement in Barbados on Tuesday, in talks facilitated by Norway."), EventType.Agreement);
        assertEquals(List.of("norway"), deal.actors(Role.mediator));
        assertEquals("2024-06-04", deal.date().iso());
    }

    @Test
    void ownerOfAnAnnouncementProposedWhatItNames() {
        Event biden = only(extract("en", "The trip follows President Joe Biden's announcement on May 31 of what he described as an Israeli proposal for a truce."), EventType.Proposal);
        assertEquals(List.of("joe-biden"), biden.actors(Role.proposer));
        assertEquals("2024-05-31", biden.date().iso());
        Event egypt = only(extract("en", "Egypt's unveiling on Sunday of a new plan for Gaza drew praise from Arab states."), EventType.Proposal);
        assertEquals(List.of("egypt"), egypt.actors(Role.proposer));
        assertEquals("2024-06-09", egypt.date().iso());
    }

    @Test
    void twoLeadersWhoSignAreThemselvesTheParties() {
        Event deal = only(extract("en", "Turkish President Tayyip Erdogan met Azerbaijani President Ilham Aliyev in Ankara on Monday. "
                + "The two leaders signed a joint statement on energy cooperation."), EventType.Agreement);
        assertEquals(List.of("recep-tayyip-erdogan", "ilham-aliyev"), deal.actors(Role.party));
    }

    @Test
    void twoMinistersWhoAgreeAreThePairMetBefore() {
        Event deal = only(extract("en", "Blinken met Chinese Foreign Minister Qin Gang in Beijing on Sunday. "
                + "A spokesperson said the two ministers agreed to schedule a visit by Qin to Washington."), EventType.Agreement);
        assertEquals(Set.of("antony-blinken", "qin-gang"), Set.copyOf(deal.actors(Role.party)));
    }

    @Test
    void aCeasefireDealTakesTheSidesOfTheTruceItNames() {
        Event deal = only(arabic("وتنتهي المهلة المنصوص عليها في اتفاق وقف إطلاق النار بين لبنان وإسرائيل الأحد المقبل."), EventType.Agreement);
        assertEquals(Set.of("lebanon", "israel"), Set.copyOf(deal.actors(Role.party)));
    }

    @Test
    void aDealInForceIsNotOfTheStorysDay() {
        Extraction x = arabic("وتأتي القمة في ظل تعثر المفاوضات بشأن المرحلة الثانية من اتفاق وقف إطلاق النار، الذي دخل حيز التنفيذ في 19 يناير الماضي بوساطة مصرية قطرية أمريكية.");
        Event deal = only(x, EventType.Agreement);
        assertNull(deal.date(), () -> "dated " + deal.date());
        assertEquals("2024-01-19", only(x, EventType.Ceasefire).date().iso());
    }

    @Test
    void applyingADealPointsToOneMadeBefore() {
        Extraction x = arabic("وأضاف أن الرياض تؤكد أهمية تطبيق اتفاق وقف إطلاق النار، وانسحاب إسرائيل من الأراضي اللبنانية.");
        assertTrue(x.events().stream().noneMatch(e -> e.type() == EventType.Agreement), () -> "events " + x.events());
    }

    @Test
    void aRejectionToldInThePastIsNewsOfTheDay() {
        Event rejection = only(ShortArticles.english("Israel dismissed the declaration within hours."), EventType.Rejection);
        assertEquals(ShortArticles.PUBLISHED.toString(), rejection.date().iso());
        Event standing = only(ShortArticles.english("Iran has rejected direct talks with the United States."), EventType.Rejection);
        assertNull(standing.date(), () -> "dated " + standing.date());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "ar|واندلعت الحرب في أبريل 2023 بين الجيش السوداني وقوات الدعم السريع. وتعد الطاقة أحد محاور التعاون بين "
                    + "الإمارات والولايات المتحدة، إذ وقع البلدان في نوفمبر 2022 اتفاقية الشراكة للطاقة النظيفة.",
            "en|Fighting broke out in April 2023 between the Sudanese army and the Rapid Support Forces. Washington and "
                    + "Abu Dhabi also work on energy: the two countries signed a clean energy partnership in November 2022."})
    void theTwoCountriesAreTheLastTwoStatesNamedNotAnArmyAndAMilitia(String languageAndSentence) {
        String[] parts = languageAndSentence.split("\\|");
        Extraction x = extract(parts[0], parts[1]);
        assertEquals(Set.of("united-states", "united-arab-emirates"), Set.copyOf(only(x, EventType.Agreement).actors(Role.party)));
    }
}
