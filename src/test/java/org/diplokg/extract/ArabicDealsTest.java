package org.diplokg.extract;

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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Arabic deal events: negotiations, truces, proposals, acceptances, agreements and exchanges, with their frames. */
class ArabicDealsTest {
    @Test
    void talksADealCameOfAreNoPurposeButHappened() {
        Extraction x = extract("ar", "ويأتي الاتفاق ثمرة لمفاوضات انطلقت في جدة في 6 مايو الجاري برعاية سعودية أمريكية.");
        Event talks = only(x, EventType.Negotiation);
        assertEquals("2024-05-06", talks.date().iso());
        assertEquals(List.of("saudi-arabia", "united-states"), talks.actors(Role.mediator));
    }

    @Test
    void aTitleWithTheArticleIsNoVerbTrigger() {
        // المشير (the field marshal) keys like مشيرا (indicating): read as a speech verb, it split the deal from its truce.
        Extraction x = extract("ar", "وقّع وفدا حكومة الوفاق والجيش الوطني بقيادة المشير خليفة حفتر، أمس، "
                + "اتفاقا لوقف إطلاق النار في جميع أنحاء ليبيا.");
        assertEquals(List.of(), ShortArticles.events(x, EventType.Statement));
        assertEquals("2024-06-09", only(x, EventType.Ceasefire).date().iso());
    }

    @Test
    void aTruceADealEstablishesBeganWithTheDealUnlessDatedElsewhere() {
        Event truce = only(extract("ar", "وقعت إسرائيل وحماس، أمس الأحد، اتفاقا لوقف إطلاق النار في غزة."), EventType.Ceasefire);
        assertEquals("2024-06-09", truce.date().iso());
        assertEquals(List.of("israel", "hamas"), truce.actors(Role.party));
        Extraction later = extract("ar", "وقعت إسرائيل وحماس، أمس الأحد، اتفاقا لوقف إطلاق النار في غزة. "
                + "وقال البيان إن وقف إطلاق النار يبدأ سريانه يوم الأربعاء 12 يونيو.");
        assertEquals("2024-06-12", only(later, EventType.Ceasefire).date().iso());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "وقعت حركتا فتح وحماس، أمس، اتفاقا للمصالحة في الجزائر.|Agreement|2024-06-09",
        "استؤنفت يوم الخميس الماضي المفاوضات بين حركتي حماس وفتح في القاهرة.|Negotiation|2024-06-06",
        "رحبت قطر بالاتفاق الذي وقعه الحركتان \"فتح\" و\"حماس\" الأحد.|Agreement|2024-06-09"})
    void aPluralHeadLendsItsSingularToEachNameAfterIt(String sentence, EventType type, String date) {
        Event deal = only(extract("ar", sentence), type);
        assertEquals(date, deal.date().iso());
        assertEquals(Set.of("fatah", "hamas"), Set.copyOf(deal.actors(Role.party)));
    }

    @Test
    void aPluralHeadLendsItsSingularToNamesOnly() {
        Extraction x = extract("ar", "وقالت الحركتان إن اتفاق المصالحة فتح صفحة جديدة.");
        assertEquals(List.of(), x.actors().stream().filter(a -> a.slug().equals("fatah")).toList());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "وقعت حركة حماس الفلسطينية وإسرائيل، أمس، اتفاقا لوقف إطلاق النار.|hamas israel",
        "وقعت جماعة «الحوثي» اليمنية والسعودية، أمس، اتفاقا لوقف إطلاق النار.|houthis saudi-arabia",
        "وقع حزب الله اللبناني وإسرائيل، أمس، اتفاقا لوقف إطلاق النار.|hezbollah israel",
        "وقعت إسرائيل وحركة الجهاد الإسلامي، أمس، اتفاقا لوقف إطلاق النار.|israel palestinian-islamic-jihad"})
    void aDemonymOfAMovementsOwnCountryQualifiesItAndIsNoSecondParty(String sentence, String parties) {
        Event truce = only(extract("ar", sentence), EventType.Ceasefire);
        assertEquals(List.of(parties.split(" ")), truce.actors(Role.party));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "وقعت حكومة الوحدة الوطنية و«الجيش الوطني» بقيادة المشير خليفة حفتر، أمس، اتفاقا لوقف إطلاق النار.|Ceasefire|libya-government-of-national-unity libyan-national-army",
        "اندلعت الحرب بين الجيش السوداني بقيادة عبد الفتاح البرهان وقوات الدعم السريع بقيادة محمد حمدان دقلو في أبريل 2023.|Conflict|sudanese-armed-forces rapid-support-forces",
        "بدأت في الدوحة، أمس، مفاوضات بين وفد إسرائيلي بقيادة رئيس الموساد ديفيد برنياع ووفد من حركة حماس.|Negotiation|israel hamas"})
    void aSideLedBySomeoneIsThePartyNotItsLeader(String sentence, EventType type, String parties) {
        Event event = only(extract("ar", sentence), type);
        assertEquals(Set.of(parties.split(" ")), Set.copyOf(event.actors(Role.party)));
    }

    @Test
    void aDelegationLedBySomeoneVisitsInThePersonOfItsLeader() {
        Event visit = only(extract("ar", "وصل إلى القاهرة، أمس، وفد بقيادة وزير الخارجية السعودي فيصل بن فرحان في زيارة رسمية."),
                EventType.Visit);
        assertEquals(List.of("faisal-bin-farhan"), visit.actors(Role.participant));
    }

    @Test
    void talksADealWasReachedAfterEndedWithIt() {
        Event talks = only(extract("ar", "ويقضي الاتفاق، الذي جرى التوصل إليه في 20 مارس الماضي في سويسرا بعد عشرة أيام من "
                + "المفاوضات برعاية الأمم المتحدة، بإطلاق سراح 181 محتجزا."), EventType.Negotiation);
        assertEquals("2024-03-20", talks.date().iso());
        assertEquals(List.of("united-nations"), talks.actors(Role.mediator));
    }

    @Test
    void talksBeforeADealTheSentenceDoesNotDateStayUndated() {
        Event talks = only(extract("ar", "وأعلن الوسطاء التوصل إلى الاتفاق بعد أسابيع من المفاوضات غير المباشرة بين إسرائيل وحماس."),
                EventType.Negotiation);
        assertEquals(null, talks.date());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "وأعلنت روسيا، الأحد، وقفا مؤقتا لإطلاق النار في أوكرانيا.|russia",
        "وأعلنت إسرائيل، الأحد، هدنة إنسانية من جانب واحد في رفح.|israel",
        "وأعلنت قوات الدعم السريع، الأحد، وقف إطلاق النار من جانب واحد.|rapid-support-forces"})
    void aTruceAnnouncedByASideIsItsOwnOfTheAnnouncementsDay(String sentence, String side) {
        Event truce = only(extract("ar", sentence), EventType.Ceasefire);
        assertEquals("2024-06-09", truce.date().iso());
        assertEquals(List.of(side), truce.actors(Role.party));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "وأعلن الرئيس الأمريكي، الأحد، وقفا \"كاملا وشاملا\" لإطلاق النار بين إيران وإسرائيل.",
        "وأعلن الوسطاء، الأحد، التوصل إلى وقف فوري وغير مشروط لإطلاق النار بين إيران وإسرائيل."})
    void aCeasefireWithSeveralAdjectivesBeforeItsFireIsStillOneBetweenTheSides(String sentence) {
        Event truce = only(extract("ar", sentence), EventType.Ceasefire);
        assertEquals(List.of("iran", "israel"), truce.actors(Role.party));
    }

    @Test
    void aTruceAnnouncedByAnEnvoyOrBetweenNamedSidesIsNotTheAnnouncers() {
        Event reported = only(extract("ar", "وأعلن المبعوث الأممي إلى اليمن هانس غروندبرغ، الجمعة، هدنة لمدة شهرين."), EventType.Ceasefire);
        assertEquals(List.of(), reported.actors(Role.party));
        Event between = only(extract("ar", "وأعلنت قطر، الأربعاء، هدنة إنسانية في غزة بين إسرائيل وحماس."), EventType.Ceasefire);
        assertEquals(List.of("israel", "hamas"), between.actors(Role.party));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "اتفقت أذربيجان وأرمينيا، الخميس، على وقف إطلاق النار.|2024-06-06|azerbaijan armenia|''",
        "واتفقت إسرائيل وحزب الله، الثلاثاء، على وقف لإطلاق النار برعاية أمريكية فرنسية.|2024-06-04|israel hezbollah|united-states france",
        "وتوصلت الهند وباكستان، السبت، إلى اتفاق على وقف إطلاق النار بوساطة أمريكية.|2024-06-08|india pakistan|united-states"})
    void aTruceAgreedOnIsSetUpByTheDeal(String sentence, String day, String sides, String mediators) {
        Extraction x = extract("ar", sentence);
        Event truce = only(x, EventType.Ceasefire);
        assertEquals(day, truce.date().iso());
        assertEquals(List.of(sides.split(" ")), truce.actors(Role.party));
        assertEquals(List.of(), truce.actors(Role.mediator));
        assertEquals(mediators.isEmpty() ? List.of() : List.of(mediators.split(" ")), only(x, EventType.Agreement).actors(Role.mediator));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "وقدم لبنان، الاثنين، ردا إيجابيا على المقترح الأمريكي مع بعض الملاحظات.|united-states",
        "وقدمت الحكومة السودانية ردا على المبادرة المصرية.|egypt",
        "وسلمت حماس ردها على المقترح المصري إلى الوسطاء يوم الأحد.|egypt",
        "ووصل المبعوث إلى بيروت الأحد لبحث الرد اللبناني على مقترح أمريكي لوقف إطلاق النار.|united-states"})
    void aProposalAnsweredIsNeitherTheAnswerersNorOfTheAnswersDay(String sentence, String proposer) {
        Event proposal = only(extract("ar", sentence), EventType.Proposal);
        assertEquals(null, proposal.date());
        assertEquals(List.of(proposer), proposal.actors(Role.proposer));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "واتفقت الحكومة اليمنية والحوثيون، الجمعة، على وقف إطلاق النار على أن يتم الإعلان عن توقيت بدء سريانها لاحقا.",
        "واتفقت كمبوديا وتايلاند، الاثنين، على هدنة لم يحدد موعد سريانها بعد.",
        "وتوصلت كمبوديا وتايلاند، الأحد، إلى اتفاق لوقف إطلاق النار، ولم يتم تحديد موعد بدء الهدنة.",
        "وأعلنت قطر التوصل إلى اتفاق على هدنة بين إسرائيل وحماس. وأوضحت الوزارة أن الهدنة تمتد أربعة أيام، على أن يتم الإعلان عن توقيت بدء سريانها خلال 24 ساعة."})
    void aTruceWhoseStartIsLeftOpenStaysUndated(String text) {
        Extraction x = extract("ar", text);
        assertEquals(null, only(x, EventType.Ceasefire).date());
    }

    @Test
    void aDateLeftOpenForOtherTalksLeavesTheTruceItsDeal() {
        Event truce = only(extract("ar", "واتفقت أذربيجان وأرمينيا، الخميس، على وقف إطلاق النار، ولم يحدد موعد الجولة المقبلة من المفاوضات."),
                EventType.Ceasefire);
        assertEquals("2024-06-06", truce.date().iso());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "ووقعت الحكومة الإثيوبية والجبهة الشعبية لتحرير تيغراي، الأربعاء، اتفاقا لوقف دائم للأعمال العدائية.|2024-06-05|tplf",
        "واتفقت أذربيجان وأرمينيا، الخميس، على وقف كامل للأعمال العدائية.|2024-06-06|armenia",
        "وأعلن الجيش الإسرائيلي، الأحد، وقف العمليات القتالية في جنوب لبنان.|2024-06-09|idf"})
    void aHaltOfHostilitiesIsATruceAndNoWar(String sentence, String day, String side) {
        Extraction x = extract("ar", sentence);
        Event truce = only(x, EventType.Ceasefire);
        assertEquals(day, truce.date().iso());
        assertEquals(true, truce.actors(Role.party).contains(side));
        assertEquals(List.of(), ShortArticles.events(x, EventType.Conflict));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "ورحبت الحكومة اللبنانية بالمقترح الذي قدمه المبعوث الأمريكي ستيف ويتكوف لوقف التصعيد.|steve-witkoff",
        "وأعلن الجيش السوداني تحفظه على المبادرة التي أطلقتها السعودية الشهر الماضي.|saudi-arabia",
        "ودرس الوفد الإسرائيلي الخطة التي طرحتها قطر بشأن المرحلة الثانية.|qatar"})
    void aProposalNounTakesItsProposerFromItsRelativeClause(String sentence, String proposer) {
        Event proposal = only(extract("ar", sentence), EventType.Proposal);
        assertEquals(List.of(proposer), proposal.actors(Role.proposer));
    }

    @Test
    void twoProposalsEachWithItsProposerInItsRelativeClauseStayTwo() {
        Extraction x = extract("ar", "وقال وزير الخارجية إن بلاده تدعم المقترح الذي قدمه الرئيس الفرنسي إيمانويل ماكرون. "
                + "وأضاف أن الحكومة تدرس أيضا الخطة التي طرحتها تركيا.");
        List<List<String>> proposers = ShortArticles.events(x, EventType.Proposal).stream().map(e -> e.actors(Role.proposer)).toList();
        assertEquals(List.of(List.of("emmanuel-macron"), List.of("turkey")), proposers);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "وصمدت هدنة بين روسيا وأوكرانيا ثلاثة أيام في مايو 2025، أفرج خلالها عن 390 أسيرا من كل جانب.",
        "واستمرت الهدنة الإنسانية أسبوعا في ديسمبر 2024، أطلق خلالها سراح 60 محتجزا مقابل 180 معتقلا."})
    void aReleaseDuringATruceHappenedInIt(String sentence) {
        Event truce = only(extract("ar", sentence), EventType.Ceasefire);
        Event release = only(extract("ar", sentence), EventType.Exchange);
        assertEquals(truce.date(), release.date());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "ar|ورفض المتحدث باسم وزارة الخارجية الروسية التعليق على التقارير.",
        "ar|ورفضت الرئاسة التركية تأكيد موعد الزيارة.",
        "ar|ورفض مسؤول أمريكي الكشف عن تفاصيل المحادثات.",
        "en|A Kremlin spokesman refused to comment on the report.",
        "en|The foreign ministry refused to confirm the talks."})
    void refusingToSayIsNoRejection(String language, String sentence) {
        assertEquals(List.of(), ShortArticles.events(extract(language, sentence), EventType.Rejection));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "ar|ورفضت روسيا المقترح الأوكراني الذي يتضمن تعليق العمليات.|russia",
        "en|Hamas refused the Egyptian proposal.|hamas"})
    void aRefusalWhoseObjectIsNoSayingStaysARejection(String language, String sentence, String agent) {
        assertEquals(List.of(agent), only(extract(language, sentence), EventType.Rejection).actors(Role.agent));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "وتلقت حركة حماس، مساء الأحد، مقترحا جديدا من الوسطاء المصريين والقطريين.|egypt qatar",
        "وتسلم الرئيس الفلسطيني محمود عباس خطة من المبعوث الأمريكي ستيف ويتكوف.|steve-witkoff",
        "وقال مسؤول إن الحكومة السودانية تلقت مبادرة من الاتحاد الأفريقي.|african-union"})
    void aProposalReceivedFromSomeoneIsTheirsNotTheReceivers(String sentence, String proposers) {
        Event proposal = only(extract("ar", sentence), EventType.Proposal);
        assertEquals(List.of(proposers.split(" ")), proposal.actors(Role.proposer));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "أعلنت روسيا وأوكرانيا، الأربعاء، تبادل 230 أسيرا بوساطة إماراتية.|2024-06-05|russia,ukraine",
        "وأعلنت أوكرانيا، الجمعة، تبادل 75 أسيرا مع روسيا.|2024-06-07|russia,ukraine",
        "وأعلنت كييف، الخميس، تبادل 90 أسيرا مع روسيا.|2024-06-06|russia,ukraine",
        "وأعلنت موسكو، السبت، وقفا لإطلاق النار لمدة ثلاثة أيام.|2024-06-08|russia"})
    void anExchangeOrTruceAnnouncedBySidesIsTheirsOfTheAnnouncementsDay(String sentence, String day, String sides) {
        Event act = extract("ar", sentence).events().stream()
                .filter(e -> e.type() == EventType.Exchange || e.type() == EventType.Ceasefire).findFirst().orElseThrow();
        assertEquals(day, act.date().iso());
        assertEquals(Set.of(sides.split(",")), Set.copyOf(act.actors(Role.party)));
    }

    @Test
    void anExchangeAnnouncedByItsMediatorOrAnAgencyIsNotTheirs() {
        Event mediated = only(extract("ar", "وأعلنت الإمارات، الخميس، نجاح وساطتها في تبادل 190 أسيرا بين روسيا وأوكرانيا."),
                EventType.Exchange);
        assertEquals(List.of("russia", "ukraine"), mediated.actors(Role.party));
        List<Event> reported = ShortArticles.events(extract("ar", "وأعلنت اللجنة الدولية للصليب الأحمر، الأحد، تبادل 200 أسير."),
                EventType.Exchange);
        assertEquals(true, reported.stream().allMatch(e -> e.actors(Role.party).isEmpty()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "وأعلنت الخارجية السعودية أن الطرفين السودانيين وقعا على إعلان جدة.",
        "ووقع الطرفان السودانيان اتفاقا في جدة أمس."})
    void theTwoSidesOfOneStateAreTheSidesOfItsWarNotTheState(String sentence) {
        Extraction x = extract("ar", "اندلعت الحرب بين الجيش السوداني وقوات الدعم السريع في أبريل 2023. " + sentence);
        assertEquals(List.of("sudanese-armed-forces", "rapid-support-forces"), only(x, EventType.Agreement).actors(Role.party));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "وقال بلينكن إن أي اتفاق بين إسرائيل وحماس يجب أن يضمن الإفراج عن جميع الرهائن.",
        "وبحث الوزيران الاتفاق المحتمل بين لبنان وإسرائيل.",
        "وتحدث المسؤول عن اتفاق محتمل بين روسيا وأوكرانيا خلال أسابيع.",
        "وأوضح الرئيس الأمريكي أن مثل هذه الصفقة، في حال إنجازها، من شأنها أن تحقق فترة من الهدوء في غزة لمدة ستة أسابيع.",
        "وقالت المندوبة الأمريكية إن المجلس بعث برسالة واضحة إلى حماس: اقبلوا اتفاق وقف إطلاق النار المطروح على الطاولة."})
    void anyOrAPossibleDealIsNoAgreement(String sentence) {
        assertNoEvent(EventType.Agreement, sentence);
    }

    /** "بعد أيام من الاعتداءات التي شنتها فلول النظام": assaults are an attack, and the deal signed after them no new deal of their day. */
    @Test
    void assaultsADealCameAfterAreAnAttackNotTheDeal() {
        Extraction x = extract("ar", "ويأتي توقيع الاتفاق بعد أيام من الاعتداءات التي شنتها فلول النظام البائد يوم الخميس الماضي على دوريات للأمن العام في ريف اللاذقية.");
        assertEquals(1, ShortArticles.events(x, EventType.MilitaryOperation).size());
        assertTrue(ShortArticles.events(x, EventType.Agreement).isEmpty());
    }

    /** "تتفقان على ضرورة": in the present, agreeing on the need of something is a shared view; in the past a deal stays. */
    @Test
    void agreeingInThePresentOnANeedIsAViewNotADeal() {
        assertNoEvent(EventType.Agreement, "وقال عراقجي إن طهران والرياض تتفقان على ضرورة منع اتساع رقعة الحرب.");
        Event deal = only(extract("ar", "واتفقت مصر وتركيا على ضرورة وقف إطلاق النار في غزة."), EventType.Agreement);
        assertEquals(Set.of("egypt", "turkey"), Set.copyOf(deal.actors(Role.party)));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "وقال مسؤول إن الحكومة ستدرس القرار الإسرائيلي بشأن المعابر.",
        "وارتفعت أسعار الوقود بقرار الحكومة المصرية يوم الجمعة.",
        "وجاءت الخطوة بعد قرار البنك المركزي المصري في السادس من مارس رفع أسعار الفائدة.",
        "وأعلن الرئيس الأمريكي قراره الانسحاب من الاتفاق النووي."})
    void aDecisionOfAStateOrItsBodyIsNoResolution(String sentence) {
        assertNoEvent(EventType.Resolution, sentence);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "وتبنى مجلس الأمن الدولي يوم الاثنين القرار 2735 بأغلبية 14 صوتا.|un-security-council",
        "ورحبت مصر بقرار مجلس الأمن الدولي بشأن غزة.|un-security-council",
        "وتبنى مجلس الأمن الدولي مساء الاثنين قراره الأول بشأن غزة.|un-security-council"})
    void aDecisionNumberedVotedOrOfAnInternationalBodyIsAResolution(String sentence, String body) {
        assertEquals(List.of(body), only(extract("ar", sentence), EventType.Resolution).actors(Role.agent));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "وتساءل المسؤول عما إذا كانت إسرائيل قد وافقت فعلا على المقترح.",
        "ولم يتضح ما إذا كانت حماس قبلت العرض المصري.",
        "وقال المندوب إنه لا يعرف ما إذا كانت إسرائيل قد وافقت على الخطة الأمريكية."})
    void anAcceptanceAskedWhetherIsNone(String sentence) {
        assertNoEvent(EventType.Acceptance, sentence);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "وأعلن المتحدث باسم حركة فتح، الأحد، التوصل إلى توافق مع حركة حماس بشأن تشكيل الحكومة.",
        "وأكد الرئيس التونسي قيس سعيد حرص بلاده على توافق الفرقاء الليبيين.",
        "وتحدث الوزير عن توافق واسع بين الدول العربية حول الملف."})
    void aVerbTriggersLettersAfterAPrepositionAreANoun(String sentence) {
        assertNoEvent(EventType.Acceptance, sentence);
    }

    @Test
    void theSameVerbOpeningItsClauseStillAccepts() {
        Event accepted = only(extract("ar", "وتوافق إسرائيل على المقترح المصري."), EventType.Acceptance);
        assertEquals(List.of("israel"), accepted.actors(Role.agent));
    }

    @ParameterizedTest
    @ValueSource(strings = {"واتفق طرفا النزاع، السبت، على هدنة لمدة أسبوع.", "واتفق طرفا الصراع، السبت، على هدنة لمدة أسبوع."})
    void theTwoPartiesOfTheConflictAreItsParties(String sentence) {
        Extraction x = extract("ar", "ويشهد السودان منذ أبريل 2023 حربا بين الجيش السوداني وقوات الدعم السريع. " + sentence);
        Event deal = only(x, EventType.Agreement);
        assertEquals("2024-06-08", deal.date().iso());
        assertEquals(List.of("sudanese-armed-forces", "rapid-support-forces"), deal.actors(Role.party));
        assertEquals("2023-04", only(x, EventType.Conflict).date().iso());
    }

    /**
     * "أعادت السعودية وإيران علاقاتهما ... بموجب اتفاق رعته الصين": the states that act under a deal are its parties,
     * the one that sponsored it its mediator.
     */
    @Test
    void theSidesActingUnderADealAreItsParties() {
        Event deal = only(ShortArticles.arabic("وأعادت السعودية وإيران علاقاتهما الدبلوماسية في مارس/ آذار 2023 بموجب اتفاق رعته الصين، بعد قطيعة استمرت 7 سنوات."),
                EventType.Agreement);
        assertEquals(Set.of("saudi-arabia", "iran"), Set.copyOf(deal.actors(Role.party)));
        assertEquals(List.of("china"), deal.actors(Role.mediator));
    }

    private static void assertNoEvent(EventType type, String sentence) {
        assertEquals(List.of(), ShortArticles.events(extract("ar", sentence), type));
    }
}
