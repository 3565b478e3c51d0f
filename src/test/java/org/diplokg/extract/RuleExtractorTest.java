package org.diplokg.extract;

import static org.diplokg.extract.ShortArticles.eventWith;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each trigger frame on short sentences of its own, through the whole extractor. */
class RuleExtractorTest {
    @Test
    void arabicVerbFirstMeetingWithCoordinatedSubjectsAndAttendee() {
        Extraction x = extract("ar", "اجتمع الرئيس المصري عبد الفتاح السيسي ووزير الخارجية الأمريكي أنتوني بلينكن، الاثنين، بالقاهرة، بحضور رئيس المخابرات المصرية اللواء عباس كامل.");
        Event meeting = only(x, EventType.Meeting);
        assertEquals(2, meeting.actors(Role.participant).size());
        assertEquals(1, meeting.actors(Role.attendee).size());
        assertEquals("2024-06-10", meeting.date().iso());
        assertEquals(1, meeting.places().size());
    }

    @Test
    void unknownPersonAfterTitleGetsATenureAndAStableSlug() {
        Extraction a = extract("ar", "قال رئيس المخابرات المصرية اللواء عباس كامل إن المحادثات مستمرة.");
        Extraction b = extract("ar", "أكد رئيس المخابرات المصرية اللواء عباس كامل أن الجهود متواصلة.");
        assertEquals(1, a.tenures().size(), () -> "tenures " + a.tenures());
        assertEquals(a.tenures().getFirst().holder(), b.tenures().getFirst().holder());
        assertEquals(a.tenures().getFirst().holder(), only(a, EventType.Statement).actors(Role.speaker).getFirst());
    }

    @Test
    void negatedAndPurposeMentionsAreNotEvents() {
        assertTrue(events(extract("ar", "لم يلتق الرئيس المصري عبد الفتاح السيسي بلينكن."), EventType.Meeting).isEmpty());
        assertTrue(events(extract("ar", "تتواصل الجهود للتوصل لاتفاق وقف إطلاق النار بين إسرائيل وحماس."), EventType.Ceasefire).isEmpty());
        assertTrue(events(extract("en", "Blinken did not meet Netanyahu on Monday."), EventType.Meeting).isEmpty());
    }

    @Test
    void mediatorsAndPartiesOfNegotiations() {
        Event n = only(extract("ar", "وبوساطة قطر ومصر والولايات المتحدة تجري حماس وإسرائيل مفاوضات غير مباشرة متعثرة."), EventType.Negotiation);
        assertEquals(3, n.actors(Role.mediator).size());
        assertEquals(2, n.actors(Role.party).size());
        assertEquals("stalled", n.status());
    }

    @Test
    void proposalWithPhaseCountAndLateMonthDate() {
        Event p = only(extract("ar", "طرح الرئيس الأمريكي جو بايدن نهاية مايو الماضي مقترحا من 3 مراحل."), EventType.Proposal);
        assertEquals(3, p.phaseCount());
        assertEquals("2024-05", p.date().iso());
        assertEquals(1, p.actors(Role.proposer).size());
    }

    @Test
    void visitToSeveralStatesIsATour() {
        Event tour = only(extract("ar", "أعلنت الخارجية الأمريكية أن بلينكن سيزور مصر وإسرائيل والأردن وقطر بين 10 و12 يونيو الجاري."), EventType.Tour);
        assertEquals("2024-06-10", tour.begin().iso());
        assertEquals("2024-06-12", tour.end().iso());
    }

    @Test
    void dualPronounTakesTheLastPairAndRunningDate() {
        Extraction x = extract("ar", "اتفق الرئيس المصري عبد الفتاح السيسي ووزير الخارجية الأمريكي أنتوني بلينكن، الاثنين، على تعزيز الجهود.\nجاء ذلك خلال لقائهما بالقاهرة.");
        Event meeting = only(x, EventType.Meeting);
        assertEquals(2, meeting.actors(Role.participant).size());
        assertEquals("2024-06-10", meeting.date().iso());
        assertEquals(2, only(x, EventType.Agreement).actors(Role.party).size());
    }

    @Test
    void englishReadoutMeetingAndStatement() {
        Extraction x = extract("en", "Secretary of State Antony Blinken met with Egyptian President Abdel Fattah el-Sisi in Cairo on Monday. The Secretary underscored the need for a ceasefire, Blinken said.");
        Event meeting = only(x, EventType.Meeting);
        assertEquals(2, meeting.actors(Role.participant).size());
        assertEquals("2024-06-10", meeting.date().iso());
        assertEquals(1, meeting.places().size());
        assertTrue(Set.copyOf(meeting.actors(Role.participant)).containsAll(only(x, EventType.Statement).actors(Role.speaker)));
    }

    @Test
    void englishPassiveMediatorAndTitlePostModifier() {
        Extraction x = extract("en", "The deal was brokered by Qatar and Egypt last week, said Abbas Kamel, Egypt's intelligence chief.");
        Event deal = only(x, EventType.Agreement);
        assertEquals(2, deal.actors(Role.mediator).size());
        assertTrue(x.tenures().stream().anyMatch(t -> t.holder().contains("kamel") || t.holder().contains("abbas")), () -> "tenures " + x.tenures());
    }

    @Test
    void aCityAsSubjectSpeaksForItsStateAndAVerbInflectsForTheDual() {
        Event agreement = only(extract("ar", "أعلنت الصين أن الرياض وطهران اتفقتا على استئناف العلاقات."), EventType.Agreement);
        assertEquals(List.of("saudi-arabia", "iran"), agreement.actors(Role.party));
    }

    @Test
    void talksWithAMediatorAreANegotiation() {
        Event talks = only(extract("ar", "انطلقت في مسقط محادثات غير مباشرة بين إيران والولايات المتحدة بوساطة عمانية."), EventType.Negotiation);
        assertEquals(2, talks.actors(Role.party).size());
        assertTrue(events(extract("en", "Blinken held talks with Sisi in Cairo on Monday."), EventType.Negotiation).isEmpty());
    }

    @Test
    void aPossessiveNounTakesTheVerbSubjectAndAParticipleTheMainSpeaker() {
        Extraction x = extract("ar", "قال المبعوث الأمريكي آموس هوكشتاين عقب لقائه رئيس مجلس النواب اللبناني نبيه بري إن الفرصة حقيقية، مؤكدا أن الجهود مستمرة.");
        Event meeting = only(x, EventType.Meeting);
        assertEquals(Set.of("amos-hochstein", "nabih-berri"), Set.copyOf(meeting.actors(Role.participant)));
        assertEquals(List.of("amos-hochstein"), only(x, EventType.Statement).actors(Role.speaker));
    }

    @Test
    void anEmbeddedPronounSubjectIsTheSpeaker() {
        Event acceptance = only(extract("en", "Hamas said on Monday it had accepted the proposal."), EventType.Acceptance);
        assertEquals(List.of("hamas"), acceptance.actors(Role.agent));
    }

    @Test
    void aBodyTheGazetteerDoesNotListIsNamedAroundItsHeadWord() {
        Extraction x = extract("en", "The Israel Prison Service said it had released 39 Palestinians.");
        Event statement = only(x, EventType.Statement);
        String speaker = statement.actors(Role.speaker).getFirst();
        assertTrue(speaker.startsWith("body-"), speaker);
        assertTrue(x.actors().stream().anyMatch(a -> a.slug().equals(speaker) && a.country().equals("israel")));
    }

    @Test
    void countsOfReleasedPeopleAndVotes() {
        Event exchange = only(extract("ar", "وبادلت الفصائل 105 من المحتجزين الإسرائيليين خلال الهدنة في 1 ديسمبر 2023."), EventType.Exchange);
        assertEquals(105, exchange.quantities().get("released"));
        Event resolution = only(extract("en", "The U.N. Security Council adopted a resolution on Monday with 14 votes in favour."), EventType.Resolution);
        assertEquals(14, resolution.quantities().get("votesFor"));
    }

    @Test
    void aRejectionAnswersTheProposalBeforeIt() {
        Extraction x = extract("en", "President Joe Biden unveiled a three-phase proposal on May 31. Hamas rejected the proposal on Monday.");
        Event rejection = only(x, EventType.Rejection);
        assertEquals(EventType.Proposal, x.events().get(rejection.respondsTo()).type());
    }

    @Test
    void actorsCalledMediatorsMediateTheNearestAgreement() {
        Event ar = only(extract("ar", "أعلن وزير الخارجية القطري الأربعاء نجاح الوسطاء في مصر وقطر في التوصل إلى اتفاق بين إسرائيل وحماس."),
                EventType.Agreement);
        assertEquals(Set.of("egypt", "qatar"), Set.copyOf(ar.actors(Role.mediator)));
        assertEquals(Set.of("israel", "hamas"), Set.copyOf(ar.actors(Role.party)));
        Event en = only(extract("en", "Qatari and Egyptian mediators brokered a deal between Israel and Hamas on Monday."), EventType.Agreement);
        assertEquals(Set.of("egypt", "qatar"), Set.copyOf(en.actors(Role.mediator)));
        assertTrue(en.actors(Role.party).stream().noneMatch(Set.of("egypt", "qatar")::contains), () -> "parties " + en.actors(Role.party));
    }

    @Test
    void anAdverbBetweenVerbAndObjectKeepsTheObjectAndAnotherPartnerIsAnotherMeeting() {
        Extraction x = extract("ar", "التقى المبعوث الأمريكي آموس هوكشتاين رئيس مجلس النواب اللبناني نبيه بري الاثنين. "
                + "ومن المقرر أن يلتقي هوكشتاين في وقت لاحق اليوم رئيس الحكومة نجيب ميقاتي.");
        List<Event> meetings = events(x, EventType.Meeting);
        assertEquals(2, meetings.size(), () -> "meetings " + meetings);
        assertTrue(meetings.stream().anyMatch(m -> m.actors(Role.participant).contains("najib-mikati")));
        assertTrue(meetings.stream().anyMatch(m -> m.actors(Role.participant).contains("nabih-berri")));
    }

    @Test
    void actorsListedAfterAmongThemTakePartInTheEventBefore() {
        Event ar = only(extract("ar", "وشارك في المؤتمر الأحد قادة ومسؤولون من 12 دولة، بينهم الرئيس الروسي فلاديمير بوتين، والرئيس التركي رجب طيب أردوغان."),
                EventType.Meeting);
        assertEquals(Set.of("vladimir-putin", "recep-tayyip-erdogan"), Set.copyOf(ar.actors(Role.participant)));
        Event en = only(extract("en", "Leaders of 12 states attended the summit on Sunday, including Vladimir Putin and Emmanuel Macron."),
                EventType.Meeting);
        assertEquals(Set.of("vladimir-putin", "emmanuel-macron"), Set.copyOf(en.actors(Role.participant)));
    }

    @Test
    void theTwoSidesPointBackToAnEventOfTwoActorsOnly() {
        Extraction x = extract("ar", "شارك في القمة الأحد قادة، بينهم الرئيس الروسي فلاديمير بوتين والرئيس التركي رجب طيب أردوغان والرئيس الفرنسي إيمانويل ماكرون. "
                + "واتفق الجانبان على وقف إطلاق النار.");
        assertTrue(x.events().stream().noneMatch(e -> e.type() == EventType.Agreement && !e.actors(Role.party).isEmpty()),
                () -> "events " + x.events());
    }

    @Test
    void aCallNamedAsTheSettingOfTheMainVerbIsBetweenItsSubjectAndObject() {
        Event ar = only(extract("ar", "وفي اتصال هاتفي أمس، حث وزير الخارجية الأمريكي أنتوني بلينكن الرئيس الأذربيجاني إلهام علييف على وقف العمليات."),
                EventType.PhoneCall);
        assertEquals(Set.of("antony-blinken", "ilham-aliyev"), Set.copyOf(ar.actors(Role.participant)));
        assertEquals("2024-06-09", ar.date().iso());
        Event en = only(extract("en", "In a phone call on Sunday, Antony Blinken urged Ilham Aliyev to stop the operation."), EventType.PhoneCall);
        assertEquals(Set.of("antony-blinken", "ilham-aliyev"), Set.copyOf(en.actors(Role.participant)));
    }

    @Test
    void aWarWithoutNamedSidesTakesTheKnownWarsSides() {
        Event war = only(extract("en", "Blinken arrived on his eighth trip since the war in Gaza began on Oct. 7, 2023."), EventType.Conflict);
        assertEquals(Set.of("israel", "hamas"), Set.copyOf(war.actors(Role.party)));
    }

    @Test
    void aPersonNamedInFullIsLaterFoundBySurnameAlone() {
        Extraction x = extract("ar", "وترأس الوفد مساعد الرئيس الروسي فلاديمير ميدينسكي. وقال ميدينسكي للصحفيين أمس إن المحادثات مفيدة.");
        String medinsky = x.tenures().getFirst().holder();
        assertEquals(List.of(medinsky), only(x, EventType.Statement).actors(Role.speaker));
        Extraction en = extract("en", "Hamas official Ghazi Barhoumi spoke on Monday. Barhoumi said the talks would resume.");
        assertTrue(en.actorMentions().stream().anyMatch(m -> m.slug().equals(en.tenures().getFirst().holder()) && m.evidence().sentence() == 1));
    }

    @Test
    void aThreeLetterSurnameIsThePersonOnlyRightAfterAVerb() {
        Extraction x = extract("ar", "التقى وزير الخارجية المصري المبعوث الأممي كريم عون أمس. وقال عون إن المحادثات مثمرة. "
                + "وأعلن الجيش أن الهجوم بري وأن عون المجتمع الدولي مطلوب.");
        String aoun = x.tenures().getLast().holder();
        assertTrue(events(x, EventType.Statement).stream().anyMatch(e -> e.actors(Role.speaker).equals(List.of(aoun))
                && e.evidence().getFirst().sentence() == 1), () -> "statements: " + events(x, EventType.Statement));
        assertTrue(x.actorMentions().stream().noneMatch(m -> m.slug().equals(aoun) && m.evidence().sentence() == 2));
    }

    @Test
    void talksReportedWithAMediatedAgreementAreItsNegotiation() {
        Extraction x = extract("en", "Israel and Hamas reached a deal on Monday, brokered by Qatar, after talks that began on May 6.");
        Event talks = only(x, EventType.Negotiation);
        assertEquals(Set.of("israel", "hamas"), Set.copyOf(talks.actors(Role.party)));
        assertEquals(List.of("qatar"), talks.actors(Role.mediator));
        assertEquals("2024-05-06", talks.date().iso());
    }

    @Test
    void aCallWithTwoPartnersIsTwoCallsAndSeparateMeetingsAreSplit() {
        List<Event> calls = events(extract("en", "Joe Biden spoke by phone on Sunday with Benjamin Netanyahu and Najib Mikati."), EventType.PhoneCall);
        assertEquals(Set.of(Set.of("joe-biden", "benjamin-netanyahu"), Set.of("joe-biden", "najib-mikati")),
                calls.stream().map(c -> Set.copyOf(c.actors(Role.participant))).collect(java.util.stream.Collectors.toSet()));
        assertEquals(2, events(extract("en", "Yoav Gallant met Jake Sullivan and Antony Blinken separately on Monday."), EventType.Meeting).size());
        assertEquals(1, events(extract("en", "Yoav Gallant met Jake Sullivan and Antony Blinken on Monday."), EventType.Meeting).size());
    }

    @Test
    void aMediatorAndSidesAfterASpeechVerbBelongToTheEventAfterThem() {
        Extraction x = extract("ar", "أعلنت وزارة الخارجية الإماراتية اليوم نجاح وساطة قادتها دولة الإمارات بين روسيا وأوكرانيا في إنجاز عملية تبادل شملت 478 أسيرا.");
        Event exchange = only(x, EventType.Exchange);
        assertEquals(Set.of("russia", "ukraine"), Set.copyOf(exchange.actors(Role.party)));
        assertEquals(List.of("united-arab-emirates"), exchange.actors(Role.mediator));
    }

    @Test
    void aReadoutAttributedToASpokespersonIsTheirStatement() {
        Extraction x = extract("en", "The below is attributable to Department of State Spokesperson Matthew Miller:");
        assertEquals(List.of("matthew-miller"), only(x, EventType.Statement).actors(Role.speaker));
    }

    @Test
    void anAgreementReachedAtTheCloseOfMediatedTalksHasTheirMediators() {
        Event deal = only(extract("ar", "وقعت الحكومة الإثيوبية وجبهة تحرير شعب تيغراي أمس اتفاقا في ختام محادثات انطلقت في 25 أكتوبر برعاية الاتحاد الأفريقي."),
                EventType.Agreement);
        assertEquals(List.of("african-union"), deal.actors(Role.mediator));
    }

    @Test
    void aPronounSubjectOutsideReportedSpeechIsTheLastSubjectNamed() {
        Extraction x = extract("en", "Antony Blinken met Abdel Fattah el-Sisi in Cairo on Monday. He will fly to Israel later in the day.");
        assertEquals(List.of("antony-blinken"), only(x, EventType.Visit).actors(Role.participant));
    }

    @Test
    void aCityHostingAMeetingStandsForItsStateAndIsWhereItWasHeld() {
        Event meeting = only(extract("ar", "وفي الرابع عشر من نيسان الجاري، استضافت جدة اجتماعا تشاوريا لوزراء الخارجية العرب."), EventType.Meeting);
        assertEquals(List.of("saudi-arabia"), meeting.actors(Role.host));
        assertEquals(List.of("jeddah"), meeting.places());
    }

    @Test
    void aDateInTheReportedClauseDoesNotDateTheSpeechVerb() {
        Event said = only(extract("ar", "قال المتحدث باسم الخارجية القطرية ماجد الأنصاري إن وفدا قطريا سيتوجه إلى القاهرة غدا."), EventType.Statement);
        assertEquals("2024-06-10", said.date().iso());
        Event sentBack = only(extract("en", "Qatari spokesman Majed al-Ansari said that a delegation would travel to Cairo on Wednesday."), EventType.Statement);
        assertEquals("2024-06-10", sentBack.date().iso());
    }

    @Test
    void aSecondDatePassesADatedTriggerToTheUndatedOneAfterIt() {
        Extraction x = extract("ar", "وتشن إسرائيل منذ 23 سبتمبر الماضي غارات على لبنان، كما بدأت في الأول من أكتوبر الماضي عملية برية في الجنوب.");
        List<String> dates = events(x, EventType.MilitaryOperation).stream().map(e -> e.date().iso()).sorted().toList();
        assertEquals(List.of("2023-09-23", "2023-10-01"), dates);
    }

    @Test
    void aNounAfterALightVerbJoinedByKamaSharesTheSubjectOfTheClauseBefore() {
        Extraction x = extract("ar", "وتشن إسرائيل منذ 23 سبتمبر الماضي غارات على لبنان، كما بدأت في الأول من أكتوبر الماضي عملية برية في الجنوب.");
        List<List<String>> agents = events(x, EventType.MilitaryOperation).stream().map(e -> e.actors(Role.agent)).toList();
        assertEquals(2, agents.size());
        assertEquals(1, agents.getFirst().size());
        assertEquals(agents.getFirst(), agents.getLast());
    }

    @Test
    void aSentencesOwnDateMovesTheRunningDateBeforeItsUndatedEventsTakeIt() {
        Extraction x = extract("ar", "رحب الأمين العام للأمم المتحدة أنطونيو غوتيريش بالاتفاق الذي وقعه الطرفان الأحد.");
        assertEquals("2024-06-09", only(x, EventType.Statement).date().iso());
    }

    @Test
    void aSpeechVerbTakesTheDateOfTheStatementItWasMadeIn() {
        Extraction x = extract("ar", "قال مكتب رئيس الوزراء الإسرائيلي اليوم الاثنين إن الحكومة وافقت على الاتفاق.\n"
                + "وفي واشنطن، رحب الرئيس الأمريكي جو بايدن بالاتفاق، وقال في بيان مساء الأحد إنه يشكر أمير دولة قطر.");
        Event welcomed = eventWith(x, EventType.Statement, Role.speaker, "joe-biden");
        assertEquals("2024-06-09", welcomed.date().iso());
    }

    @Test
    void aSinceDateThatASuperlativeMeasuresAgainstDatesNoEvent() {
        Extraction ar = extract("ar", "اتفق الوفدان الروسي والأوكراني الجمعة على تبادل ألف أسير، خلال أول محادثات مباشرة بين روسيا وأوكرانيا منذ مارس 2022.");
        assertTrue(ar.events().stream().noneMatch(e -> e.date() != null && e.date().iso().equals("2022-03")), () -> "events " + ar.events());
        Extraction en = extract("en", "Russia and Ukraine held their first direct talks since March 2022 in Istanbul on Friday.");
        assertTrue(en.events().stream().noneMatch(e -> e.date() != null && e.date().iso().equals("2022-03")), () -> "events " + en.events());
    }

    @Test
    void aVerbJoinedToADatedVerbHappenedThatDay() {
        Extraction x = extract("en", "Antony Blinken met Egyptian President Abdel Fattah el-Sisi in Cairo on Monday. "
                + "Volodymyr Zelenskiy arrived in Jeddah on Sunday and met Saudi Crown Prince Mohammed bin Salman.");
        Event met = eventWith(x, EventType.Meeting, Role.participant, "mohammed-bin-salman");
        assertEquals("2024-06-09", met.date().iso());
    }

    @Test
    void anAcceptanceIsNewsOfTheDayAndARejectionMayBeAStandingPosition() {
        assertEquals("2024-06-10", only(extract("en", "Ukraine accepted the U.S. ceasefire proposal."), EventType.Acceptance).date().iso());
        Event rejected = only(extract("en", "Moscow has repeatedly rejected the idea of European peacekeepers."), EventType.Rejection);
        assertEquals(null, rejected.date());
    }

    @Test
    void whatADatedSpeechActReportsHadHappenedByItsDay() {
        Extraction en = extract("en", "Hamas said on May 6 it had accepted a ceasefire proposal put forward by Egyptian and Qatari mediators.");
        assertEquals("2024-05-06", only(en, EventType.Acceptance).date().iso());
        Extraction ar = extract("ar", "وقالت حماس في السادس من مايو الماضي إنها وافقت على مقترح وقف إطلاق النار.");
        assertEquals("2024-05-06", only(ar, EventType.Acceptance).date().iso());
    }

    @Test
    void talksHeldOnADatedVisitHappenedThatDay() {
        Extraction ar = extract("ar", "وجاء ذلك بعد زيارة السفير السعودي لدى اليمن محمد آل جابر إلى صنعاء في 9 أبريل الماضي، على رأس وفد سعودي عماني أجرى مباحثات مع قيادة الحوثيين.");
        assertEquals("2024-04-09", only(ar, EventType.Meeting).date().iso());
        Extraction en = extract("en", "Steve Witkoff flew to Israel on May 4, where he met Prime Minister Benjamin Netanyahu.");
        assertEquals("2024-05-04", only(en, EventType.Meeting).date().iso());
    }

    @Test
    void anExchangeDatedThatWeekKeepsEarlierNewsFromSettingTheStorysDay() {
        Extraction x = extract("en", "Russia and Ukraine exchanged 390 prisoners each on Sunday. The swap was agreed during talks in Istanbul "
                + "on Thursday. Zelensky said the swap would continue.");
        assertEquals("2024-06-06", only(x, EventType.Agreement).date().iso());
        assertEquals("2024-06-10", only(x, EventType.Statement).date().iso());
    }

    @Test
    void aNounTakesTheDateOfItsRelativeClause() {
        Extraction ar = extract("ar", "تبنى مجلس الأمن الدولي مشروع قرار يدعم المقترح الذي أعلنه الرئيس الأمريكي جو بايدن في 31 مايو الماضي.");
        assertEquals("2024-05-31", only(ar, EventType.Proposal).date().iso());
        Extraction en = extract("en", "The council backed the ceasefire plan, which President Joe Biden announced on May 31.");
        assertEquals("2024-05-31", only(en, EventType.Proposal).date().iso());
    }

    @Test
    void aDateBeforeATriggerIsNotItsWhenANearerDateIs() {
        Extraction x = extract("en", "Israel escalated its campaign in September, killing Hezbollah leader Hassan Nasrallah in a Sept. 27 airstrike in Beirut.");
        assertEquals("2023-09-27", only(x, EventType.MilitaryOperation).date().iso());
    }

    @Test
    void anActorGovernedByAPrepositionIsNoSubjectOfTheVerbAfterIt() {
        Extraction x = extract("en", "The deal was brokered by Qatar with the support of Egypt and the United States, and announced on Wednesday.");
        assertTrue(events(x, EventType.Statement).isEmpty(), () -> "statements " + events(x, EventType.Statement));
    }

    @Test
    void aCallReceivedFromSomeoneIsWithThem() {
        Event call = only(extract("ar", "تلقى الرئيس المصري عبد الفتاح السيسي اليوم اتصالا هاتفيا من العاهل الأردني الملك عبد الله الثاني."),
                EventType.PhoneCall);
        assertEquals(Set.of("abdel-fattah-el-sisi", "abdullah-ii"), Set.copyOf(call.actors(Role.participant)));
    }

    @Test
    void theOfficeOfAPostHolderNamedWithThePostIsThatPostsBody() {
        Extraction x = extract("en", "Israeli Prime Minister Benjamin Netanyahu's office said on Monday that the delegation would not travel.");
        assertEquals(List.of("israel-prime-ministers-office"), only(x, EventType.Statement).actors(Role.speaker));
    }

    @Test
    void aGerundAfterACommaIsTheMainVerbsParticiple() {
        Extraction x = extract("en", "Antony Blinken traveled to Cairo on Monday, meeting Egyptian President Abdel Fattah el-Sisi.");
        assertEquals(Set.of("antony-blinken", "abdel-fattah-el-sisi"), Set.copyOf(only(x, EventType.Meeting).actors(Role.participant)));
    }

    @Test
    void delegationsAndRepresentativesStandForTheirSides() {
        Event meeting = only(extract("ar", "وقال البيان إن اجتماعا سيعقد الخميس بين وفد أذربيجان ووفد أرمينيا."), EventType.Meeting);
        assertEquals(Set.of("azerbaijan", "armenia"), Set.copyOf(meeting.actors(Role.participant)));
        Event other = only(extract("ar", "وقال البيان إن اجتماعا سيعقد الخميس بين ممثلين عن أذربيجان وممثلي أرمينيا."), EventType.Meeting);
        assertEquals(Set.of("azerbaijan", "armenia"), Set.copyOf(other.actors(Role.participant)));
    }

    @Test
    void participationNamesParticipantsNotAttendees() {
        Event ar = only(extract("ar", "وعقد الاجتماع في إسطنبول الأربعاء بمشاركة وفود عسكرية من روسيا وأوكرانيا."), EventType.Meeting);
        assertEquals(Set.of("russia", "ukraine"), Set.copyOf(ar.actors(Role.participant)));
        assertTrue(ar.actors(Role.attendee).isEmpty());
        Event en = only(extract("en", "The meeting was held in Istanbul on Wednesday with the participation of Russia and Ukraine."), EventType.Meeting);
        assertEquals(Set.of("russia", "ukraine"), Set.copyOf(en.actors(Role.participant)));
    }

    @Test
    void envoyToAPlaceIsNamedAfterTheDestination() {
        Extraction x = extract("ar", "وأكد المبعوث الأممي إلى ليبيا غسان سلامة أن البيان الختامي سيحال إلى مجلس الأمن.");
        assertEquals(List.of("ghassan-salame"), only(x, EventType.Statement).actors(Role.speaker));
        // Libya is where he is sent, not what his post belongs to.
        assertTrue(x.tenures().stream().noneMatch(t -> "libya".equals(t.organization())), () -> "tenures " + x.tenures());
        Extraction en = extract("en", "U.S. envoy to the Middle East Steve Witkoff said the talks would resume.");
        assertEquals(List.of("steve-witkoff"), only(en, EventType.Statement).actors(Role.speaker));
    }

    @Test
    void whoeverTakesPartInAMeetingIsItsParticipant() {
        Event ar = only(extract("ar", "وعقد في إسطنبول الجمعة اجتماع ثلاثي، شارك فيه وزير الخارجية التركي هاكان فيدان ووزير الخارجية الأمريكي ماركو روبيو."),
                EventType.Meeting);
        assertEquals(Set.of("hakan-fidan", "marco-rubio"), Set.copyOf(ar.actors(Role.participant)));
        Event en = only(extract("en", "Hakan Fidan and Marco Rubio took part in a meeting in Istanbul on Friday."), EventType.Meeting);
        assertEquals(Set.of("hakan-fidan", "marco-rubio"), Set.copyOf(en.actors(Role.participant)));
    }

    @Test
    void whoeverTakesPartRightAfterTheVerbJoinsTheMeetingNamedAfterThem() {
        Event summit = only(extract("ar", "وشارك الرئيس الفلسطيني محمود عباس في القمة العربية التي تستضيفها الرياض."), EventType.Meeting);
        assertEquals(Set.of("mahmoud-abbas"), Set.copyOf(summit.actors(Role.participant)));
        assertEquals(Set.of("saudi-arabia"), Set.copyOf(summit.actors(Role.host)));
        Event meeting = only(extract("ar", "ويشارك وزير الخارجية الأمريكي أنتوني بلينكن في الاجتماع الذي يعقد في القاهرة."), EventType.Meeting);
        assertEquals(Set.of("antony-blinken"), Set.copyOf(meeting.actors(Role.participant)));
        // Talks between parties have no participants: who takes part in them is none.
        Event talks = only(extract("ar", "وشارك الأردن في المحادثات التي استضافتها الدوحة بين حماس وإسرائيل."), EventType.Negotiation);
        assertTrue(talks.actors(Role.participant).isEmpty());
    }

    @Test
    void whatMediationResultedInHappened() {
        Event agreement = only(extract("ar", "أعلنت قطر نجاح الوساطة بين إسرائيل وحركة حماس، والتي أسفرت عن التوصل إلى اتفاق على هدنة إنسانية."),
                EventType.Agreement);
        assertEquals(Set.of("israel", "hamas"), Set.copyOf(agreement.actors(Role.party)));
    }

    @Test
    void aGovernmentRatifyingADealAcceptsIt() {
        Event acceptance = only(extract("ar", "وكانت الحكومة الإسرائيلية قد صادقت فجر اليوم على الاتفاق بعد اجتماع مطول."), EventType.Acceptance);
        assertEquals("2024-06-10", acceptance.date().iso());
        assertEquals(1, acceptance.actors(Role.agent).size());
    }

    @Test
    void theSidesAfterBetweenAreNoListOfSpeakers() {
        Event statement = only(extract("ar", "أعلنت قطر نجاح الجهود بين إسرائيل وحركة حماس."), EventType.Statement);
        assertEquals(List.of("qatar"), statement.actors(Role.speaker));
    }

    @Test
    void aMeetingBetweenTwoSidesAndTalksBetweenThemStayApart() {
        Event meeting = only(extract("en", "A meeting between Russia and Ukraine will be held in Istanbul on Friday."), EventType.Meeting);
        assertEquals(Set.of("russia", "ukraine"), Set.copyOf(meeting.actors(Role.participant)));
        Event talks = only(extract("en", "Talks between Russia and Ukraine resumed in Istanbul on Friday."), EventType.Negotiation);
        assertEquals(Set.of("russia", "ukraine"), Set.copyOf(talks.actors(Role.party)));
    }

    @Test
    void aGroupBehindASecondPrepositionIsThatOnesObject() {
        Event war = only(extract("ar", "ويأتي ذلك بعد حرب استمرت 44 يوما في خريف 2020 بين أذربيجان وأرمينيا."), EventType.Conflict);
        assertEquals(Set.of("azerbaijan", "armenia"), Set.copyOf(war.actors(Role.party)));
    }

    @Test
    void twoCallsWithTwoPartnersAreTwoCalls() {
        Extraction x = extract("ar", "أجرى رئيس المكتب السياسي لحماس إسماعيل هنية اتصالين هاتفيين مع رئيس الوزراء القطري محمد بن عبد الرحمن آل ثاني، "
                + "ومع رئيس المخابرات المصرية اللواء عباس كامل.");
        List<Event> calls = events(x, EventType.PhoneCall);
        assertEquals(2, calls.size(), () -> "calls " + calls);
        assertTrue(calls.stream().allMatch(c -> c.actors(Role.participant).contains("ismail-haniyeh")));
        assertTrue(calls.stream().anyMatch(c -> c.actors(Role.participant).contains("abbas-kamel")));
    }

    @Test
    void warplanesAreNoWarAndTheirStrikesAreTheirStatesOperation() {
        Extraction x = extract("ar", "وشن الطيران الحربي الإسرائيلي مساء الاثنين غارات عنيفة على مدينة رفح.");
        assertTrue(events(x, EventType.Conflict).isEmpty(), () -> "events " + x.events());
        Event strikes = only(x, EventType.MilitaryOperation);
        assertEquals(List.of("israel"), strikes.actors(Role.agent));
        assertEquals(List.of("rafah"), strikes.places());
    }

    @Test
    void aPrepositionDoesNotReachAcrossAVerbToItsSubject() {
        Event meeting = only(extract("ar", "وفي الرابع عشر من يونيو الجاري، استضافت جدة اجتماعا لوزراء خارجية مصر والأردن."), EventType.Meeting);
        assertEquals(List.of("saudi-arabia"), meeting.actors(Role.host));
        assertEquals("2024-06-14", meeting.date().iso());
    }

    @Test
    void backingAnActorIsAnAllianceAndBackingAPlanAnAcceptance() {
        Extraction x = extract("en", "The Government of National Accord, which is backed by Turkey, announced on Thursday that it had regained Tripoli. "
                + "Khalifa Haftar backed the initiative on Saturday.");
        assertEquals(List.of("khalifa-haftar"), only(x, EventType.Acceptance).actors(Role.agent));
        assertTrue(events(extract("en", "Iran and Saudi Arabia have backed opposing sides in Yemen."), EventType.Acceptance).isEmpty());
    }

    @Test
    void aPossessiveDeterminerMakesTheNounTheSubjectsOwn() {
        Extraction x = extract("en", "Antony Blinken met Egyptian President Abdel Fattah el-Sisi in Cairo on Monday at the start of his eighth trip to the Middle East.");
        Event tour = only(x, EventType.Tour);
        assertEquals(List.of("antony-blinken"), tour.actors(Role.participant));
        assertEquals(8, tour.ordinal());
        Event talks = only(extract("en", "Iran and the United States held their first negotiations on Saturday in Oman."), EventType.Negotiation);
        assertEquals(Set.of("iran", "united-states"), Set.copyOf(talks.actors(Role.party)));
    }

    @Test
    void aPurposeInfinitiveSharesTheSubjectAndHappensWhereTheTripGoes() {
        Extraction x = extract("en", "Antony Blinken arrived in Cairo on Monday. He will fly to Israel later in the day to meet Prime Minister Benjamin Netanyahu.");
        Event meeting = only(x, EventType.Meeting);
        assertEquals(Set.of("antony-blinken", "benjamin-netanyahu"), Set.copyOf(meeting.actors(Role.participant)));
        assertEquals(List.of("israel"), meeting.places());
    }

    @Test
    void anActorHyphenedToARoleParticipleHasThatRoleInTheNounAfterIt() {
        Extraction x = extract("en", "Armenia and Azerbaijan fought a war in 2020, which ended with a Russian-brokered ceasefire in November 2020.");
        assertEquals(List.of("russia"), only(x, EventType.Ceasefire).actors(Role.mediator));
        assertTrue(x.events().stream().noneMatch(e -> e.actors(Role.party).contains("russia")), () -> "events " + x.events());
        Event talks = only(extract("en", "Israel and Hamas held Qatari-mediated talks in Doha on Monday."), EventType.Negotiation);
        assertEquals(List.of("qatar"), talks.actors(Role.mediator));
    }

    @Test
    void aListAfterIncludingAddsParticipantsButNoSpeakers() {
        Extraction x = extract("en", "Egypt stressed the rights of all states in the region, including Israel and Lebanon.");
        assertEquals(List.of("egypt"), only(x, EventType.Statement).actors(Role.speaker));
    }

    @Test
    void aPronounRightBeforeTheVerbIsItsSubjectRatherThanAnActorFurtherBack() {
        Extraction x = extract("en", "Volodymyr Zelenskiy met Antony Blinken on Tuesday. It was now up to the United States to convince Russia, he said.");
        assertEquals(List.of("volodymyr-zelensky"), only(x, EventType.Statement).actors(Role.speaker));
    }

    @Test
    void phrasesJoinedByCommasAloneAreNoList() {
        Extraction x = extract("en", "The hostages were flown to hospitals in Israel, the Israeli army said.");
        assertEquals(List.of("idf"), only(x, EventType.Statement).actors(Role.speaker));
    }

    @Test
    void talksHostedBySomeoneHaveThemAsHostNotAsParticipant() {
        Event talks = only(extract("en", "Iran and Saudi Arabia held talks hosted by Iraq in Baghdad on Monday."), EventType.Meeting);
        assertEquals(List.of("iraq"), talks.actors(Role.host));
        assertEquals(Set.of("iran", "saudi-arabia"), Set.copyOf(talks.actors(Role.participant)));
    }

    @Test
    void aPronounInReportedSpeechIsTheSubjectOfItsVerbNotOfTheVerbsObject() {
        Extraction x = extract("en", "Hamas said on Monday it had accepted a ceasefire proposal put forward by Egyptian and Qatari mediators.");
        assertEquals(List.of("hamas"), only(x, EventType.Acceptance).actors(Role.agent));
        assertEquals(Set.of("egypt", "qatar"), Set.copyOf(only(x, EventType.Proposal).actors(Role.proposer)));
    }

    @Test
    void theSpeakerIsTheSubjectOfThePronounVerbInReportedSpeech() {
        Extraction x = extract("en", "President Joe Biden said he had spoken by phone earlier in the day with Israeli Prime Minister Benjamin Netanyahu "
                + "and Lebanese Prime Minister Najib Mikati.");
        List<Event> calls = events(x, EventType.PhoneCall);
        assertEquals(2, calls.size(), () -> "calls " + calls);
        calls.forEach(call -> assertEquals(2, call.actors(Role.participant).size(), () -> "call " + call));
        assertTrue(calls.stream().allMatch(call -> call.actors(Role.participant).contains("joe-biden")));
    }

    @Test
    void shuttlingBetweenPlacesIsATourAndWhatItsParticipleDoesHappensOnIt() {
        Extraction x = extract("en", "U.S. envoy Amos Hochstein shuttled between Beirut and Israel last week, meeting Prime Minister Benjamin Netanyahu.");
        assertEquals(List.of("amos-hochstein"), only(x, EventType.Tour).actors(Role.participant));
        Event meeting = only(x, EventType.Meeting);
        assertTrue(meeting.actors(Role.participant).contains("amos-hochstein"), () -> "meeting " + meeting);
        assertTrue(meeting.places().contains("israel"), () -> "meeting " + meeting);
    }

    @Test
    void whoeverAccompaniesAVisitorVisitsToo() {
        Event ar = only(extract("ar", "وصل السفير السعودي لدى اليمن محمد آل جابر، أمس الأحد، إلى صنعاء، يرافقه وفد عماني."), EventType.Visit);
        assertEquals(Set.of("mohammed-al-jaber", "oman"), Set.copyOf(ar.actors(Role.participant)));
        Event en = only(extract("en", "Antony Blinken arrived in Cairo on Monday, accompanied by Amos Hochstein."), EventType.Visit);
        assertEquals(Set.of("antony-blinken", "amos-hochstein"), Set.copyOf(en.actors(Role.participant)));
    }

    @Test
    void meetingsUnderAMediatorAreANegotiation() {
        Event talks = only(extract("ar", "انطلقت الاثنين الجولة الرابعة من اجتماعات الوفدين برعاية الأمم المتحدة."), EventType.Negotiation);
        assertEquals(List.of("united-nations"), talks.actors(Role.mediator));
    }

    @Test
    void theTwoSidesAreThePairNamedEarlierInTheSentence() {
        Extraction x = extract("ar", "اختتمت في مسقط اليوم السبت جولة من المحادثات غير المباشرة بين إيران والولايات المتحدة، "
                + "واتفق الجانبان على مواصلة المحادثات السبت المقبل.");
        assertEquals(Set.of("iran", "united-states"), Set.copyOf(only(x, EventType.Agreement).actors(Role.party)));
        assertTrue(events(x, EventType.Meeting).isEmpty(), () -> "resumed talks are a round of the negotiation: " + x.events());
    }

    @Test
    void theTwoSidesAsAnObjectAreNoSubject() {
        Extraction x = extract("ar", "التقى وزير الخارجية الأمريكي أنتوني بلينكن الرئيس المصري عبد الفتاح السيسي اليوم.\n"
                + "وأعرب وزير الخارجية العماني بدر البوسعيدي في بيان عن شكره للطرفين.");
        assertTrue(events(x, EventType.Statement).stream().noneMatch(s -> s.actors(Role.speaker).contains("antony-blinken")),
                () -> "statements " + events(x, EventType.Statement));
    }

    @Test
    void aVerbWhoseRootBeginsWithWawIsNotCoordinated() {
        Extraction x = extract("ar", "وقال المبعوث الأممي هانس غروندبرغ في بيان إن الأطراف وافقت على وقف جميع العمليات العسكرية.");
        assertTrue(events(x, EventType.Acceptance).stream().noneMatch(a -> a.actors(Role.agent).contains("hans-grundberg")),
                () -> "acceptances " + events(x, EventType.Acceptance));
    }

    @Test
    void anAbsoluteClauseOfMediationNamesTheMediatorsOfTheTalksBeforeIt() {
        Extraction x = extract("en", "The talks opened in Pretoria on Monday, with Olusegun Obasanjo mediating alongside Uhuru Kenyatta.");
        Event talks = only(x, EventType.Negotiation);
        assertEquals(Set.of("olusegun-obasanjo", "uhuru-kenyatta"), Set.copyOf(talks.actors(Role.mediator)));
        assertTrue(talks.actors(Role.party).isEmpty(), () -> "parties " + talks.actors(Role.party));
        assertTrue(x.events().stream().noneMatch(e -> e.type() == EventType.Meeting), () -> "events " + x.events());
    }

    @Test
    void anAdverbBetweenTheSubjectOfAnAbsoluteClauseAndItsVerbLeavesItTheMediator() {
        Extraction x = extract("en", "Armenia and Azerbaijan resumed talks in Geneva on Tuesday, with Switzerland once again acting as mediator.");
        Event talks = only(x, EventType.Negotiation);
        assertEquals(List.of("switzerland"), talks.actors(Role.mediator));
        assertEquals(Set.of("armenia", "azerbaijan"), Set.copyOf(talks.actors(Role.party)));
    }

    @Test
    void whoChairsOrConvenesTalksBetweenTwoSidesMediatesThem() {
        Extraction x = extract("en", "Sudan's army and the Rapid Support Forces held indirect talks in Jeddah on Sunday, co-chaired by "
                + "Saudi Arabia and the United States.");
        Event talks = only(x, EventType.Negotiation);
        assertEquals(Set.of("saudi-arabia", "united-states"), Set.copyOf(talks.actors(Role.mediator)));
    }

    @Test
    void whoChairsAMeetingHostsIt() {
        Extraction x = extract("en", "Foreign ministers of Egypt and Jordan met in Cairo on Sunday in a meeting chaired by Qatar.");
        Event meeting = only(x, EventType.Meeting);
        assertEquals(List.of("qatar"), meeting.actors(Role.host));
    }

    @Test
    void aGenitiveInAnAppositionQualifiesTheTitleOfTheNameBeforeIt() {
        Extraction x = extract("en", "Mohammed Abdulsalam, the Houthis' chief negotiator, said there was no justification for the attack.");
        assertEquals(List.of("mohammed-abdulsalam"), only(x, EventType.Statement).actors(Role.speaker));
    }

    @Test
    void aNounForUnnamedPeopleIsTheSubjectSoNoActorFurtherBackSpeaks() {
        Extraction x = extract("en", "Explosions were heard in Saada, the Houthis' northern stronghold, witnesses said.");
        assertTrue(x.events().stream().noneMatch(e -> e.type() == EventType.Statement), () -> "events " + x.events());
    }

    @Test
    void anExchangeReportedWithATruceIsBetweenTheTrucesSides() {
        Extraction x = extract("en", "Thirteen Israeli hostages were freed on Friday in exchange for 39 Palestinian prisoners, "
                + "on the first day of a four-day truce between Israel and Hamas.");
        assertEquals(Set.of("israel", "hamas"), Set.copyOf(only(x, EventType.Exchange).actors(Role.party)));
    }

    @Test
    void aDemandedOrUrgedTruceIsNotInEffect() {
        Extraction x = extract("en", "The U.N. Security Council on Monday demanded an immediate ceasefire between Israel and Hamas.");
        assertTrue(x.events().stream().noneMatch(e -> e.type() == EventType.Ceasefire), () -> "events " + x.events());
        Extraction urged = extract("en", "Antony Blinken on Monday urged a ceasefire between Israel and Hamas.");
        assertTrue(urged.events().stream().noneMatch(e -> e.type() == EventType.Ceasefire), () -> "events " + urged.events());
        assertEquals(List.of("antony-blinken"), only(urged, EventType.Statement).actors(Role.speaker));
    }

    @Test
    void itsForeignMinistryIsTheMinistryOfTheStateTheSentenceIsAbout() {
        Extraction x = extract("en", "Saudi Arabia, which has been in talks with the Houthis on ending the war in Yemen, called for restraint, "
                + "its foreign ministry said on Friday.");
        assertEquals(List.of("saudi-arabia-ministry-of-foreign-affairs"), only(x, EventType.Statement).actors(Role.speaker));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Israeli Prime Minister Benjamin Netanyahu met the U.S. envoy on Saturday, his office said.|israel-prime-ministers-office",
            "Netanyahu spoke by phone with U.S. President Joe Biden on Wednesday, his office said.|israel-prime-ministers-office",
            "Turkish President Tayyip Erdogan received Hamas leader Ismail Haniyeh in Istanbul, his office said in a statement.|recep-tayyip-erdogan"})
    void hisOfficeIsTheOfficeOfThePersonTheSentenceIsAboutOrThatPerson(String sentence, String speaker) {
        assertEquals(List.of(speaker), only(extract("en", sentence), EventType.Statement).actors(Role.speaker));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "French Foreign Minister Jean-Noel Barrot will travel to Lebanon on Thursday, his ministry said.|france-ministry-of-foreign-affairs",
            "Iranian Foreign Minister Abbas Araghchi will visit Beirut next week, his ministry said on Sunday.|iran-ministry-of-foreign-affairs",
            "Araghchi held talks with Omani officials in Muscat on Monday, his foreign ministry said.|iran-ministry-of-foreign-affairs"})
    void hisMinistryIsTheMinistryOfThePostOfThePersonTheSentenceIsAbout(String sentence, String speaker) {
        assertEquals(List.of(speaker), only(extract("en", sentence), EventType.Statement).actors(Role.speaker));
    }

    @Test
    void someoneShuttlingMessagesInAnAbsoluteClauseMediatesTheTalks() {
        Extraction x = extract("en", "Iran and the United States held indirect talks in Muscat on Saturday, "
                + "with Badr Albusaidi shuttling messages between the two delegations.");
        Event talks = only(x, EventType.Negotiation);
        assertEquals(List.of("badr-albusaidi"), talks.actors(Role.mediator));
        assertEquals(Set.of("iran", "united-states"), Set.copyOf(talks.actors(Role.party)));
    }

    @Test
    void roundsOfTalksHostedByAThirdSideAreANegotiationItMediates() {
        Extraction x = extract("en", "Iran and Saudi Arabia had held several rounds of talks hosted by Iraq and Oman in 2021.");
        Event talks = only(x, EventType.Negotiation);
        assertEquals(Set.of("iraq", "oman"), Set.copyOf(talks.actors(Role.mediator)));
        assertEquals(Set.of("iran", "saudi-arabia"), Set.copyOf(talks.actors(Role.party)));
    }

    @Test
    void aListEndsWithItsCoordinatedMemberSoTheNameAfterTheCommaSpeaksAlone() {
        Extraction x = extract("en", "Speaking at the White House alongside Vice President Kamala Harris and Secretary of State Antony Blinken, "
                + "President Joe Biden said the deal would halt the fighting in Gaza.");
        assertEquals(List.of("joe-biden"), only(x, EventType.Statement).actors(Role.speaker));
    }

    @Test
    void talksFirstSinceADateAreHeldOnTheDayOfWhatWasAgreedInThem() {
        Event talks = only(extract("ar", "اتفق الوفدان الروسي والأوكراني، الجمعة، على تبادل الأسرى، خلال أول محادثات مباشرة "
                + "بين روسيا وأوكرانيا منذ مارس/ آذار 2022 في إسطنبول."), EventType.Negotiation);
        assertEquals("2024-06-07", talks.date().iso());
        assertEquals(2, talks.actors(Role.party).size());
    }

    @Test
    void aDateInAFrontedCallDatesTheMainVerb() {
        Event urged = only(extract("ar", "وفي اتصال هاتفي أمس، حث وزير الخارجية الأمريكي أنتوني بلينكن الرئيس الأذربيجاني إلهام علييف "
                + "على وقف الأعمال القتالية."), EventType.Statement);
        assertEquals("2024-06-09", urged.date().iso());
    }

    @Test
    void aDateInsideAQuotationDatesNothingOutsideIt() {
        Event said = only(extract("ar", "وقال وزير الخارجية الأمريكي أنتوني بلينكن: «لن يتغير شيء قبل يوم الجمعة»."), EventType.Statement);
        assertEquals("2024-06-10", said.date().iso());
    }

    @Test
    void aMeetingWithoutActorsHeldElsewhereIsAnotherMeeting() {
        Event cairo = only(extract("ar", "التقى الرئيس المصري عبد الفتاح السيسي وزير الخارجية الأمريكي أنتوني بلينكن في القاهرة. "
                + "وتعقد اللجنة اجتماعها الأول في جنيف."), EventType.Meeting);
        assertEquals(List.of("cairo"), cairo.places());
    }

    @Test
    void theTwoCountriesPointBackToThePairOfTheLastEvent() {
        Extraction x = extract("ar", "وقعت السعودية وإيران اتفاقا في بكين اليوم.\nوأكد البلدان في بيان مشترك التزامهما بالاتفاق.");
        assertTrue(events(x, EventType.Statement).stream().anyMatch(s -> Set.copyOf(s.actors(Role.speaker)).equals(Set.of("saudi-arabia", "iran"))),
                () -> "statements " + events(x, EventType.Statement));
    }

    @Test
    void theTwoSidesBeforeAParticipleAreNotItsSubject() {
        Extraction x = extract("ar", "التقى وزير الخارجية الأمريكي أنتوني بلينكن الرئيس المصري عبد الفتاح السيسي اليوم.\n"
                + "وقالت الإمارات في بيان إن الوساطة تعكس العلاقات التي تجمعها بكل من البلدين، معربة عن شكرها لهما.");
        assertTrue(events(x, EventType.Statement).stream().noneMatch(s -> s.actors(Role.speaker).contains("antony-blinken")),
                () -> "statements " + events(x, EventType.Statement));
    }

    @Test
    void anEnglishSpeechVerbTakesItsSpeakerAfterItOnlyRightAfterAQuoteOrComma() {
        assertEquals(List.of(), events(extract("en", "The court accused Israel of violating the order on Monday."), EventType.Statement));
        Event inverted = only(extract("en", "\"We are close to a deal,\" said Antony Blinken on Monday."), EventType.Statement);
        assertEquals(List.of("antony-blinken"), inverted.actors(Role.speaker));
        Event attributed = only(extract("en", "The below is attributable to Department of State Spokesperson Matthew Miller:"), EventType.Statement);
        assertEquals(List.of("matthew-miller"), attributed.actors(Role.speaker));
    }
}
