package org.diplokg.extract;

import static org.diplokg.extract.ShortArticles.arabic;
import static org.diplokg.extract.ShortArticles.events;
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

/** Arabic argument frames of meetings, visits, calls, statements and conflicts, on short sentences. */
class ArabicFramesTest {
    @Test
    void knownHolderPastALocativeComplementOfTheTitleIsTheSpeaker() {
        Extraction x = arabic("وقال المدير الإقليمي للجنة الدولية للصليب الأحمر في الشرق الأدنى والأوسط فابريزيو كاربوني إن العملية تبعث الأمل.");
        assertEquals(List.of("fabrizio-carboni"), only(x, EventType.Statement).actors(Role.speaker));
        assertEquals("icrc", x.tenures().getFirst().organization());
    }

    @Test
    void headOfADelegationNamedPastTheDelegationsAdjective() {
        Extraction x = arabic("وقال رئيس وفد الحوثيين المفاوض محمد عبد السلام إن الجماعة ترحب بالهدنة.");
        assertEquals(List.of("mohammed-abdulsalam"), only(x, EventType.Statement).actors(Role.speaker));
        assertEquals("houthis", x.tenures().getFirst().organization());
    }

    @Test
    void demonymsAfterTheTwoSidesNameThem() {
        Event statement = only(arabic("وأعرب الجانبان السعودي والإيراني عن تقديرهما لسلطنة عمان."), EventType.Statement);
        assertEquals(List.of("saudi-arabia", "iran"), statement.actors(Role.speaker));
    }

    @Test
    void speechNounAfterASpeechVerbIsItsMediumNotASecondStatement() {
        Extraction x = arabic("وقال المتحدث باسم وزارة الخارجية ماجد الأنصاري، في تصريح لوكالة الأنباء القطرية، إن الاتفاق صامد.");
        assertEquals(List.of("majed-al-ansari"), only(x, EventType.Statement).actors(Role.speaker));
    }

    @Test
    void aNounEndingInTaaMarbutaIsNoVerbTrigger() {
        Extraction x = arabic("وأعلنت منظمة الطاقة الذرية الإيرانية ووزارة الخارجية في بيان مشترك رفض طهران للقرار.");
        assertEquals(List.of(), x.events().stream().filter(e -> e.type() == EventType.Visit).toList());
        Event seizure = only(arabic("وجاءت الزيارة بعد سنوات من سيطرة جماعة الحوثي على صنعاء عام 2014."), EventType.MilitaryOperation);
        assertEquals(List.of("houthis"), seizure.actors(Role.agent));
    }

    @Test
    void thePersonInAppositionToABodysMediatorIsTheSpeaker() {
        Event statement = only(arabic("وأعلن وسيط الاتحاد الأفريقي الرئيس النيجيري الأسبق أولوسيغون أوباسانجو أن الطرفين اتفقا."), EventType.Statement);
        assertEquals(List.of("olusegun-obasanjo"), statement.actors(Role.speaker));
    }

    @Test
    void anActorAfterAPrepositionIsNoSubjectOfALightVerb() {
        Extraction x = arabic("وتشن إسرائيل غارات على مناطق في لبنان، كما بدأت عملية برية في الجنوب.");
        assertEquals(List.of(), x.events().stream().filter(e -> e.actors(Role.agent).contains("lebanon")).toList());
    }

    @Test
    void aNewTourReportedWithAVisitIsTheVisitorsTourInEitherLanguage() {
        Event tour = only(arabic("ووصل المبعوث الأمريكي آموس هوكشتاين إلى بيروت صباح الثلاثاء، في إطار جولة إقليمية."), EventType.Tour);
        assertEquals(List.of("amos-hochstein"), tour.actors(Role.participant));
        Event en = only(ShortArticles.extract("en", "U.S. envoy Amos Hochstein arrived in Beirut on Tuesday as part of a regional tour."), EventType.Tour);
        assertEquals(List.of("amos-hochstein"), en.actors(Role.participant));
    }

    /** "بدأها … من السعودية": where a tour set out from is no traveller; the relative clause leaves its doer unsaid. */
    @Test
    void theStateATourSetOutFromIsNoTraveller() {
        Event tour = only(arabic("ووصل الرئيس التركي رجب طيب أردوغان إلى أبوظبي، الأربعاء، في المحطة الأخيرة من جولة خليجية "
                + "بدأها الاثنين من السعودية."), EventType.Tour);
        assertEquals(List.of("recep-tayyip-erdogan"), tour.actors(Role.participant));
    }

    /** A later tour noun with a pronoun or the article and no date of its own retells the tour begun days before. */
    @Test
    void aTourToldAgainLaterIsTheTourBegunBefore() {
        Extraction x = arabic("استقبل أمير قطر الشيخ تميم بن حمد آل ثاني، الأحد، الرئيس التركي رجب طيب أردوغان في الدوحة، في المحطة "
                + "الأخيرة من جولة خليجية بدأها الخميس الماضي. ويرافق أردوغان في جولته وفد رفيع. وتأتي الجولة في سياق تقارب متسارع.");
        Event tour = only(x, EventType.Tour);
        assertEquals("2024-06-06", tour.begin() == null ? tour.date().iso() : tour.begin().iso());
        assertEquals(List.of("recep-tayyip-erdogan"), tour.actors(Role.participant));
    }

    @Test
    void whoeverARelativeClauseSaysAnnouncedAProposalProposedIt() {
        Extraction x = arabic("تبنى مجلس الأمن مشروع قرار قدمته الولايات المتحدة يدعم المقترح الذي أعلنه الرئيس الأمريكي جو بايدن في 31 مايو الماضي.");
        assertEquals(List.of("joe-biden"), only(x, EventType.Proposal).actors(Role.proposer));
        assertEquals(List.of(), x.events().stream().filter(e -> e.type() == EventType.Statement).toList());
    }

    @Test
    void anIndefiniteProposalsRelativeClauseNamesItsProposerAndTheEnglishOnesToo() {
        assertEquals(List.of("egypt"), only(arabic("وبحث الجانبان مقترحا طرحته مصر لوقف إطلاق النار."), EventType.Proposal).actors(Role.proposer));
        Extraction en = ShortArticles.extract("en", "The Security Council backed the proposal announced by President Joe Biden on May 31.");
        Event proposal = only(en, EventType.Proposal);
        assertEquals(List.of("joe-biden"), proposal.actors(Role.proposer));
        assertEquals("2024-05-31", proposal.date().iso());
        assertEquals(List.of(), en.events().stream().filter(e -> e.type() == EventType.Statement).toList());
        Extraction which = ShortArticles.extract("en", "The council backed the ceasefire plan, which President Joe Biden announced on May 31.");
        assertEquals(List.of("joe-biden"), only(which, EventType.Proposal).actors(Role.proposer));
    }

    @Test
    void aPossessedTripDuringAnUnreadVerbIsItsSubjectsNotThePrepositionalObjects() {
        Event visit = only(arabic("وسلمها المستشار أنور قرقاش إلى عراقجي خلال زيارته طهران في 12 مارس الماضي."), EventType.Visit);
        assertEquals(List.of("anwar-gargash"), visit.actors(Role.participant));
        assertEquals(List.of("tehran"), visit.places());
        Event en = only(ShortArticles.extract("en", "Anwar Gargash handed the letter to Abbas Araghchi during his visit to Tehran on March 12."), EventType.Visit);
        assertEquals(List.of("anwar-gargash"), en.actors(Role.participant));
        assertEquals(List.of(), arabic("قررت لجنة التسعير التلقائي للمنتجات البترولية، في اجتماعها اليوم الجمعة، زيادة الأسعار.").events());
    }

    @Test
    void aTripFromOnePlaceToAnotherWentToTheSecond() {
        assertEquals(List.of("damascus"), only(arabic("ووصل عراقجي من بيروت إلى دمشق السبت."), EventType.Visit).places());
        assertEquals(List.of("damascus"),
                only(ShortArticles.extract("en", "Abbas Araghchi traveled from Beirut to Damascus on Saturday."), EventType.Visit).places());
        assertEquals(List.of("tehran"), only(arabic("وحل وزير الخارجية السعودي ضيفا على طهران في 17 من الشهر نفسه."), EventType.Visit).places());
    }

    @Test
    void aVerbAfterAlaAnSharesTheMainVerbsSubject() {
        Event visit = only(arabic("ويلتقي بلينكن الرئيس المصري في القاهرة، على أن يزور الدوحة غدا."), EventType.Visit);
        assertEquals(List.of("antony-blinken"), visit.actors(Role.participant));
        assertEquals(List.of("doha"), visit.places());
        Event meeting = only(arabic("واتفق بوتين وأردوغان على أن يلتقيا في أنقرة الشهر المقبل."), EventType.Meeting);
        assertEquals(List.of("vladimir-putin", "recep-tayyip-erdogan"), meeting.actors(Role.participant));
        Extraction relative = arabic("ويشارك بلينكن في مؤتمر الذي يستضيفه الأردن ومصر في البحر الميت، على أن يزور الدوحة غدا.");
        assertEquals(List.of(), relative.events().stream().filter(e -> e.actors(Role.participant).contains("jordan") && e.type() == EventType.Visit).toList());
    }

    @Test
    void describingIsAStatementUnlessAFreeRelativeMakesItANaming() {
        Extraction said = arabic("ووصف رئيس الوزراء القطري الاتفاق بأنه خطوة تاريخية.");
        assertEquals(1, only(said, EventType.Statement).actors(Role.speaker).size());
        Extraction named = arabic("وشنت القوات الإسرائيلية ما وصفته بعملية محدودة في رفح.");
        assertEquals(List.of(), named.events().stream().filter(e -> e.type() == EventType.Statement).toList());
    }

    @Test
    void discussingOpensTheSentenceButInsideItIsTheVerbalNoun() {
        Event meeting = only(arabic("بحث الرئيس المصري عبد الفتاح السيسي مع العاهل الأردني الملك عبدالله الثاني، الاثنين، الأوضاع في المنطقة."),
                EventType.Meeting);
        assertEquals(Set.of("abdel-fattah-el-sisi", "abdullah-ii"), Set.copyOf(meeting.actors(Role.participant)));
        Extraction x = arabic("وأكد وزير الخارجية المصري سامح شكري أهمية بحث سبل التعاون مع الأردن.");
        assertTrue(events(x, EventType.Meeting).isEmpty(), () -> "meetings " + events(x, EventType.Meeting));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وجاءت التصريحات خلال زيارة يقوم بها الرئيس الفرنسي إيمانويل ماكرون إلى الجزائر.|emmanuel-macron|algeria",
            "وفي زيارة يجريها الرئيس التركي رجب طيب أردوغان إلى العراق، وقع البلدان عدة اتفاقيات.|recep-tayyip-erdogan|iraq",
            "والتقى الرئيس الصيني شي جين بينغ المستشار الألماني خلال زيارة يقوم بها أولاف شولتس إلى بكين.|olaf-scholz|beijing"})
    void aVisitWhoseRelativeLightVerbPointsBackToItIsThatVerbsSubjects(String sentence, String visitor, String place) {
        Event visit = only(arabic(sentence), EventType.Visit);
        assertEquals(List.of(visitor), List.copyOf(visit.actors(Role.participant)));
        assertEquals(List.of(place), visit.places());
    }
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وأدانت الكويت الهجوم الذي شنته إسرائيل على العاصمة القطرية الدوحة.|israel",
            "وتتواصل العملية العسكرية التي تنفذها روسيا في أوكرانيا منذ ثلاثة أعوام.|russia",
            "وجاءت الإدانة بعد الغارات التي شنتها الولايات المتحدة على مواقع في اليمن.|united-states"})
    void anAttackWhoseRelativeLightVerbPointsBackToItIsWagedByThatVerbsSubject(String sentence, String agent) {
        Event attack = only(arabic(sentence), EventType.MilitaryOperation);
        assertEquals(List.of(agent), List.copyOf(attack.actors(Role.agent)));
    }

    @Test
    void aWarWhoseRelativeLightVerbPointsBackToItIsWagedByThatVerbsSubject() {
        Event war = only(arabic("وتأتي المحادثات في ظل الحرب التي تشنها إسرائيل على قطاع غزة منذ السابع من أكتوبر 2023."), EventType.Conflict);
        assertEquals(List.of("israel"), List.copyOf(war.actors(Role.party)));
    }
    @Test
    void theOccupationWithItsNisbaOrItsAuthoritiesNamesIsrael() {
        Event war = only(arabic("ويتواصل عدوان الاحتلال الإسرائيلي على قطاع غزة منذ السابع من أكتوبر 2023."), EventType.Conflict);
        assertEquals(List.of("israel"), List.copyOf(war.actors(Role.party)));
        Event statement = only(arabic("وقالت حكومة الاحتلال في بيان إنها لن توقف الحرب."), EventType.Statement);
        assertEquals(List.of("israel"), List.copyOf(statement.actors(Role.speaker)));
        Event meeting = only(arabic("وبحث الرئيس الفلسطيني محمود عباس مع المبعوث الأممي سبل إنهاء الاحتلال."), EventType.Meeting);
        assertTrue(!meeting.actors(Role.participant).contains("israel"), () -> "participants " + meeting.actors(Role.participant));
    }
    @Test
    void aPositiveAnswerToAProposalAcceptsIt() {
        Event acceptance = only(arabic("وقدمت حركة حماس ردا إيجابيا على المقترح المصري يوم الأحد."), EventType.Acceptance);
        assertEquals(List.of("hamas"), List.copyOf(acceptance.actors(Role.agent)));
        Extraction x = arabic("وقدمت حركة حماس ردها على المقترح المصري يوم الأحد.");
        assertTrue(events(x, EventType.Acceptance).isEmpty(), () -> "acceptances " + events(x, EventType.Acceptance));
    }
}
