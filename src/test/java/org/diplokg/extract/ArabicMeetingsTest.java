package org.diplokg.extract;

import static org.diplokg.extract.ShortArticles.arabic;
import static org.diplokg.extract.ShortArticles.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.diplokg.model.ActorType;
import org.diplokg.model.Event;
import org.diplokg.model.EventType;
import org.diplokg.model.Extraction;
import org.diplokg.model.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Arabic meetings, visits, tours and calls: who takes part, who hosts, on short sentences. */
class ArabicMeetingsTest {
    @Test
    void shelteringRefugeesIsNoMeetingButHostingTalksIs() {
        assertEquals(List.of(), ShortArticles.events(arabic("ويستضيف لبنان نحو مليون ونصف لاجئ سوري منذ عام 2012."), EventType.Meeting));
        assertEquals(List.of(), ShortArticles.events(arabic("وشكر الرئيس ألمانيا التي احتضنت ملايين المهاجرين خلال العقد الماضي."), EventType.Meeting));
        assertEquals(List.of(), ShortArticles.events(arabic("وقال الوزير إن بلاده ستستقبل خمسمئة طفل مريض من القطاع."), EventType.Meeting));
        assertEquals(List.of(), ShortArticles.events(arabic("واستقبلت تركيا يوم الأحد عشرات الجرحى الفلسطينيين."), EventType.Meeting));
        Event received = only(arabic("واستقبل الرئيس المصري يوم الأحد نظيره التركي في القاهرة."), EventType.Meeting);
        assertEquals(List.of("cairo"), received.places());
        Event talks = only(arabic("واحتضنت العاصمة العمانية مسقط يوم السبت جولة من المحادثات بين إيران والولايات المتحدة."), EventType.Negotiation);
        assertEquals(List.of("muscat"), talks.places());
        Event guest = only(arabic("واستضافت السعودية يوم الأحد في جدة اجتماعا لوزراء الخارجية العرب."), EventType.Meeting);
        assertEquals(List.of("saudi-arabia"), guest.actors(Role.host));
    }

    @Test
    void whoCalledASummitInARelativeClauseOnItHostsItAndMadeNoStatement() {
        Extraction x = arabic("وانعقد المؤتمر الإقليمي، الذي دعت إليه الأردن، يوم الخميس في عمان بمشاركة وزير الخارجية التركي هاكان فيدان.");
        Event conference = only(x, EventType.Meeting);
        assertEquals(List.of("jordan"), conference.actors(Role.host));
        assertTrue(conference.actors(Role.participant).contains("hakan-fidan"), () -> "conference " + conference);
        assertEquals(List.of(), ShortArticles.events(x, EventType.Statement));
    }

    @Test
    void aVerbRightAfterARelativePronounOnAnActorIsThatActors() {
        Event met = only(arabic("وقال المتحدث إن الرئيس الفرنسي إيمانويل ماكرون، الذي التقى العاهل الأردني الملك عبد الله الثاني في باريس يوم "
                + "الأربعاء، أكد دعمه للمبادرة."), EventType.Meeting);
        assertTrue(met.actors(Role.participant).contains("emmanuel-macron"), () -> "meeting " + met);
    }

    @Test
    void whoeverAttendsAMeetingToldBeforeIsItsAttendee() {
        Extraction x = arabic("استقبل الرئيس المصري عبد الفتاح السيسي الأحد وزير الخارجية الأمريكي أنتوني بلينكن في قصر الاتحادية بالقاهرة.\n"
                + "وحضر اللقاء وزير الخارجية المصري سامح شكري.");
        Event meeting = only(x, EventType.Meeting);
        assertEquals(List.of("abdel-fattah-el-sisi", "antony-blinken"), meeting.actors(Role.participant).stream().sorted().toList());
        assertEquals(List.of("sameh-shoukry"), meeting.actors(Role.attendee), () -> "meeting " + meeting);
    }

    @Test
    void everyoneListedWithHisPostsAsPresentIsAnAttendee() {
        Event attended = only(arabic("التقى الرئيس المصري عبد الفتاح السيسي يوم الأحد وزير الخارجية الأمريكي أنتوني بلينكن.\n"
                + "وحضر اللقاء الشيخ عبدالله بن زايد آل نهيان وزير الخارجية، ورئيس الوزراء بشر الخصاونة رئيس الحكومة، "
                + "والسفير عمرو الحمامي رئيس البعثة."), EventType.Meeting);
        assertEquals(List.of("abdullah-bin-zayed", "bisher-al-khasawneh", "person-mrw-alhmamy"),
                attended.actors(Role.attendee).stream().sorted().toList(), () -> "meeting " + attended);
        Event inThePresence = only(arabic("استقبل الملك عبد الله الثاني يوم الخميس الرئيس الفرنسي إيمانويل ماكرون بحضور وزير الخارجية "
                + "أيمن الصفدي نائب رئيس الوزراء، ومدير المخابرات العامة أحمد حسني."), EventType.Meeting);
        assertEquals(List.of("ayman-safadi", "person-ahmd-hsny"), inThePresence.actors(Role.attendee).stream().sorted().toList(),
                () -> "meeting " + inThePresence);
        // The list ends at a comma that opens no member: who comes after it took part, not attended.
        Event conference = only(arabic("وشارك في المؤتمر، الذي استضافته القاهرة بحضور الأمين العام للأمم المتحدة أنطونيو غوتيريش، "
                + "وزراء من عشر دول، بينهم وزير الخارجية التركي هاكان فيدان، ووزير الخارجية الأردني أيمن الصفدي."), EventType.Meeting);
        assertEquals(List.of("antonio-guterres"), conference.actors(Role.attendee), () -> "conference " + conference);
    }

    @Test
    void aSentenceOfAttendanceAfterAMeetingNamesItsAttendees() {
        Event byPronoun = only(arabic("التقى أمير قطر الشيخ تميم بن حمد آل ثاني في الدوحة يوم الثلاثاء الرئيس التركي رجب طيب أردوغان.\n"
                + "كما حضره رئيس مجلس الوزراء الشيخ محمد بن عبد الرحمن آل ثاني."), EventType.Meeting);
        assertEquals(List.of("mohammed-bin-abdulrahman-al-thani"), byPronoun.actors(Role.attendee), () -> "meeting " + byPronoun);
        Event inThePresence = only(arabic("استقبل الملك عبد الله الثاني في عمان يوم الخميس وزير الخارجية الأمريكي أنتوني بلينكن.\n"
                + "وذلك بحضور وزير الخارجية أيمن الصفدي."), EventType.Meeting);
        assertEquals(List.of("ayman-safadi"), inThePresence.actors(Role.attendee), () -> "meeting " + inThePresence);
        Extraction noMeeting = arabic("ارتفعت أسعار الذهب في القاهرة يوم الأحد.\nكما حضره وزير الخارجية بدر عبد العاطي.");
        assertTrue(noMeeting.events().stream().allMatch(e -> e.actors(Role.attendee).isEmpty()), () -> "events " + noMeeting.events());
    }

    @Test
    void inThePresenceOfWithNoEventOfItsOwnNamesAttendeesOfTheMeetingToldBefore() {
        Event summit = only(arabic("انطلقت في جدة يوم الجمعة أعمال القمة العربية برئاسة ولي العهد السعودي الأمير محمد بن سلمان.\n"
                + "وعقدت الجلسة الافتتاحية بحضور الأمين العام لجامعة الدول العربية أحمد أبو الغيط."), EventType.Meeting);
        assertEquals(List.of("ahmed-aboul-gheit"), summit.actors(Role.attendee), () -> "summit " + summit);
        Extraction signing = arabic("التقى الرئيس المصري عبد الفتاح السيسي يوم الأحد وزير الخارجية الأمريكي أنتوني بلينكن.\n"
                + "ووقع الجانبان اتفاقا للتعاون بحضور وزير الخارجية المصري سامح شكري.");
        Event met = only(signing, EventType.Meeting);
        assertEquals(List.of(), met.actors(Role.attendee), () -> "meeting " + met);
    }

    @Test
    void whoWasPresentAfterAWarQuotedInASloganWasPresentAtTheGatheringBeforeIt() {
        Event conference = only(arabic("وألقى الوزير كلمة في افتتاح مؤتمر القوى السودانية، الذي استضافته القاهرة يوم السبت تحت شعار "
                + "«معا لوقف الحرب»، بحضور ممثلين عن الأمم المتحدة والاتحاد الأفريقي."), EventType.Meeting);
        assertEquals(List.of("african-union", "united-nations"), conference.actors(Role.attendee).stream().sorted().toList(),
                () -> "conference " + conference);
    }

    @Test
    void everyoneListedWithHisPostsAsTakingPartIsAParticipantButADelegationsHeadIsNot() {
        Event meeting = only(arabic("وعقد رئيس مجلس الوزراء القطري الشيخ محمد بن عبد الرحمن آل ثاني يوم الأحد اجتماعا في الدوحة مع وفد من حركة "
                + "حماس، بمشاركة اللواء حسن رشاد رئيس المخابرات العامة المصرية، والسيد إبراهيم قالن رئيس جهاز الاستخبارات التركي."),
                EventType.Meeting);
        assertTrue(meeting.actors(Role.participant).containsAll(List.of("hassan-rashad", "ibrahim-kalin")), () -> "meeting " + meeting);
        Event talks = only(arabic("واختتمت في بكين يوم الأحد اجتماعات بمشاركة وفد حركة فتح برئاسة محمود العالول، ووفد حركة حماس برئاسة "
                + "موسى أبو مرزوق."), EventType.Meeting);
        assertFalse(talks.actors(Role.participant).contains("mousa-abu-marzouk"), () -> "talks " + talks);
    }

    @Test
    void aPlaceInThePostsOfThosePresentIsNotWhereTheMeetingToldBeforeWasHeld() {
        Event meeting = only(arabic("بحث الشيخ محمد بن زايد آل نهيان والرئيس جو بايدن يوم الأحد خلال لقائهما في البيت الأبيض العلاقات بين البلدين.\n"
                + "حضر اللقاء الشيخ طحنون بن زايد آل نهيان نائب حاكم إمارة أبوظبي مستشار الأمن الوطني."), EventType.Meeting);
        assertEquals(List.of("tahnoun-bin-zayed"), meeting.actors(Role.attendee), () -> "meeting " + meeting);
        assertEquals(List.of("white-house"), meeting.places());
    }

    @Test
    void aCounterpartHoldsThePostOfThePersonHisSentenceNamedBeforeHim() {
        Extraction x = arabic("استقبل ولي العهد السعودي الأمير محمد بن سلمان يوم الأحد وزير الخارجية الإيراني عباس عراقجي في الرياض.\n"
                + "وجرى اللقاء بحضور وزير الخارجية السعودي الأمير فيصل بن فرحان، ووزير الدولة عضو مجلس الوزراء مستشار الأمن الوطني "
                + "مساعد العيبان.\n"
                + "وأجرى عراقجي في وقت لاحق مباحثات مع نظيره السعودي.");
        assertTrue(ShortArticles.events(x, EventType.Meeting).stream()
                        .anyMatch(e -> e.actors(Role.participant).containsAll(List.of("abbas-araghchi", "faisal-bin-farhan"))),
                () -> "meetings " + x.events());
        assertTrue(x.events().stream().noneMatch(e -> e.actors(Role.participant).contains("musaed-al-aiban")), () -> "events " + x.events());
    }

    @Test
    void whoAttendedTheMeetingToldBeforeInItsOwnSentenceIsAnAttendee() {
        Event summit = only(arabic("عقدت القمة العربية الطارئة في القاهرة يوم الثلاثاء بمشاركة العاهل الأردني الملك عبد الله الثاني، "
                + "كما حضرها الأمين العام للأمم المتحدة أنطونيو غوتيريش، والأمين العام للجامعة العربية أحمد أبو الغيط."), EventType.Meeting);
        assertEquals(List.of("antonio-guterres", "ahmed-aboul-gheit"), summit.actors(Role.attendee), () -> "summit " + summit);
        assertTrue(summit.actors(Role.participant).contains("abdullah-ii"), () -> "summit " + summit);
        Extraction nothingBefore = arabic("وحضرها الأمين العام للجامعة العربية أحمد أبو الغيط، وقال إن الأوضاع صعبة.");
        assertTrue(nothingBefore.events().stream().allMatch(e -> e.actors(Role.attendee).isEmpty()), () -> "events " + nothingBefore.events());
    }

    @Test
    void theTwoMinistersAreThePairNamedLastAndTheSingularMinisterStaysATitle() {
        Extraction x = arabic("التقى وزير الخارجية التركي هاكان فيدان نظيره الإيراني عباس عراقجي في أنقرة يوم الإثنين.\n"
                + "وأجرى الوزيران يوم الثلاثاء في طهران محادثات تناولت الأوضاع الإقليمية.\n"
                + "واستقبل الوزير السعودي فيصل بن فرحان يوم الأربعاء في الرياض نظيره الإيراني عباس عراقجي.");
        List<Event> meetings = ShortArticles.events(x, EventType.Meeting);
        assertTrue(meetings.stream().anyMatch(m -> m.places().contains("tehran")
                && m.actors(Role.participant).containsAll(List.of("hakan-fidan", "abbas-araghchi"))), () -> "meetings " + meetings);
        assertTrue(meetings.stream().anyMatch(m -> m.actors(Role.participant).contains("faisal-bin-farhan")), () -> "meetings " + meetings);
    }

    @Test
    void theTwoPresidentsOrKingsAreThePairNamedLastWhenBothHoldThatPost() {
        Extraction x = arabic("استقبل الرئيس المصري عبد الفتاح السيسي يوم الإثنين في القاهرة الرئيس الفرنسي إيمانويل ماكرون.\n"
                + "وأكد الرئيسان أهمية التهدئة في المنطقة.\n"
                + "واستقبل الملك عبد الله الثاني يوم الخميس في عمان الملك محمد السادس.\n"
                + "وأكد الملكان ضرورة تعزيز التعاون.");
        List<Event> statements = ShortArticles.events(x, EventType.Statement);
        assertTrue(statements.stream().anyMatch(s -> s.actors(Role.speaker).containsAll(List.of("abdel-fattah-el-sisi", "emmanuel-macron"))),
                () -> "statements " + statements);
        assertTrue(statements.stream().anyMatch(s -> s.actors(Role.speaker).containsAll(List.of("abdullah-ii", "mohammed-vi"))),
                () -> "statements " + statements);
    }

    @Test
    void theTwoKingsAreNoPairOfAPresidentAndAKingAndTheWordStaysATitle() {
        Extraction x = arabic("استقبل الرئيس المصري عبد الفتاح السيسي يوم الإثنين في القاهرة الملك الأردني عبد الله الثاني.\n"
                + "وأكد الملكان أهمية التنسيق.");
        List<Event> statements = ShortArticles.events(x, EventType.Statement);
        assertTrue(statements.stream().anyMatch(s -> s.actors(Role.speaker).equals(List.of("abdullah-ii"))), () -> "statements " + statements);
    }

    @Test
    void whatTheSidesDiscussedAfterAPhoneCallIsThatCallNotAMeeting() {
        Extraction x = arabic("تلقى وزير الخارجية المصري بدر عبد العاطي يوم الثلاثاء اتصالا هاتفيا من نظيره الأردني أيمن الصفدي.\n"
                + "وبحث الوزيران خلال الاتصال الأوضاع في غزة.\n"
                + "والتقى عبد العاطي يوم الأربعاء في القاهرة المبعوث الأمريكي ستيف ويتكوف، وبحث الجانبان ملف الرهائن.");
        List<Event> meetings = ShortArticles.events(x, EventType.Meeting);
        assertTrue(meetings.stream().noneMatch(m -> m.actors(Role.participant).contains("ayman-safadi")), () -> "meetings " + meetings);
        assertTrue(meetings.stream().anyMatch(m -> m.actors(Role.participant).contains("steve-witkoff")), () -> "meetings " + meetings);
        assertEquals(1, ShortArticles.events(x, EventType.PhoneCall).size(), () -> "calls " + x.events());
    }

    @Test
    void whoeverAttendsASummitIsNoMereAttendee() {
        Extraction x = arabic("وحضر القمة الرئيس المصري عبد الفتاح السيسي والعاهل الأردني الملك عبد الله الثاني.");
        assertTrue(x.events().stream().allMatch(e -> e.actors(Role.attendee).isEmpty()), () -> "events " + x.events());
    }

    @Test
    void whoeverDidNotAttendTookNoPart() {
        Extraction x = arabic("التقى وزير الخارجية الأمريكي أنتوني بلينكن الأحد نظيره المصري سامح شكري في القاهرة.\n"
                + "ولم يحضر الرئيس المصري عبد الفتاح السيسي اللقاء.");
        assertTrue(ShortArticles.events(x, EventType.Meeting).stream().noneMatch(m -> m.actors(Role.attendee).contains("abdel-fattah-el-sisi")
                || m.actors(Role.participant).contains("abdel-fattah-el-sisi")), () -> "meetings " + x.events());
    }

    @Test
    void whoeverInvitedAVisitorHostsTheVisit() {
        Event visit = only(arabic("وزار فيصل المقداد جدة الأربعاء بدعوة من وزير الخارجية السعودي فيصل بن فرحان."),
                EventType.Visit);
        assertEquals(List.of("faisal-mekdad"), visit.actors(Role.participant));
        assertEquals(List.of("faisal-bin-farhan"), visit.actors(Role.host));
    }

    @Test
    void theSponsorOfAGatheringHostsItAndTheSponsorOfTalksMediatesThem() {
        Event summit = only(arabic("وانطلقت في الرياض اليوم القمة العربية الصينية برعاية الملك سلمان بن عبد العزيز."), EventType.Meeting);
        assertEquals(List.of("salman-bin-abdulaziz"), summit.actors(Role.host));
        Event conference = only(arabic("وعقد في القاهرة مؤتمر دولي لإعادة الإعمار تحت رعاية الرئيس عبد الفتاح السيسي."), EventType.Meeting);
        assertEquals(List.of("abdel-fattah-el-sisi"), conference.actors(Role.host));
        Event talks = only(arabic("واستؤنفت المحادثات في القاهرة برعاية مصرية بين الحكومة السودانية وقوات الدعم السريع."),
                EventType.Negotiation);
        assertEquals(List.of("egypt"), talks.actors(Role.mediator));
    }

    @Test
    void aCounterpartIsTheHolderOfTheSamePostInTheStateNamedAfterIt() {
        Extraction x = ShortArticles.extract("ar", LocalDate.of(2023, 4, 18),
                "وزار وزير الخارجية الأمريكي أنتوني بلينكن القاهرة الاثنين بدعوة من نظيره المصري.");
        assertEquals(List.of("sameh-shoukry"), only(x, EventType.Visit).actors(Role.host));
        Event meeting = only(arabic("واستقبل الرئيس المصري عبد الفتاح السيسي نظيره الفرنسي في القاهرة."), EventType.Meeting);
        assertEquals(List.of("abdel-fattah-el-sisi", "emmanuel-macron"), meeting.actors(Role.participant));
    }

    @Test
    void aCounterpartWordWithNoStateAfterItNamesNobody() {
        Extraction x = arabic("وأطلقت حماس سراح أربع رهائن نظير الإفراج عن أسرى فلسطينيين.");
        assertTrue(x.actors().stream().noneMatch(a -> a.type() == ActorType.Person), () -> "actors " + x.actors());
    }

    @Test
    void theMinistersOfSeveralStatesStandForThemInAMeeting() {
        Event meeting = only(arabic("وعقد في الرياض اجتماع لوزراء خارجية دول مجلس التعاون الخليجي ومصر والأردن."), EventType.Meeting);
        assertEquals(List.of("gcc", "egypt", "jordan"), meeting.actors(Role.participant));
    }

    @Test
    void theCallerOfACallIsTheLightVerbsSubjectNotThePartnerAfterBa() {
        Event call = only(arabic("وأجرى الرئيس الفرنسي إيمانويل ماكرون اتصالا هاتفيا بالرئيس الأمريكي دونالد ترامب."), EventType.PhoneCall);
        assertEquals(List.of("emmanuel-macron", "donald-trump"), call.actors(Role.participant));
    }

    @Test
    void whoeverAccompaniesTheCallerIsOnTheCallersSideOfOneCall() {
        Event call = only(arabic("وأجرى الرئيس الفرنسي إيمانويل ماكرون، برفقة زيلينسكي وقادة بريطانيا وألمانيا، اتصالا هاتفيا بالرئيس الأمريكي دونالد ترامب."),
                EventType.PhoneCall);
        assertEquals(List.of("volodymyr-zelensky", "united-kingdom", "germany", "emmanuel-macron", "donald-trump"), call.actors(Role.participant));
    }

    @Test
    void theHeadsOfTheDelegationsTakePartInTheMeeting() {
        Event meeting = only(arabic("وترأس الوفد الروسي فلاديمير ميدينسكي، فيما ترأس الوفد الأوكراني وزير الدفاع رستم عمروف، واستمر الاجتماع ساعتين."),
                EventType.Meeting);
        assertEquals(List.of("vladimir-medinsky", "rustem-umerov"), meeting.actors(Role.participant));
    }

    @Test
    void carryingOutAVisitIsTheVisitOfTheVerbsSubject() {
        Event visit = only(arabic("وقام وزير الخارجية الأمريكي أنتوني بلينكن بزيارة إلى القاهرة الأحد."), EventType.Visit);
        assertEquals(List.of("antony-blinken"), visit.actors(Role.participant));
        assertEquals("2024-06-09", visit.date().iso());
    }

    @Test
    void aTourUnderWayAtPublicationTakesNoDateFromTheStory() {
        Event tour = only(arabic("ويقوم الوزير المقداد حاليا بجولة عربية تشمل الجزائر وتونس."), EventType.Tour);
        assertEquals(List.of("faisal-mekdad"), tour.actors(Role.participant));
        assertEquals(null, tour.date());
    }

    @Test
    void whoeverOpensAMeetingHostsIt() {
        Event meeting = only(arabic("وترأس الوفد الروسي فلاديمير ميدينسكي، فيما ترأس الوفد الأوكراني رستم عمروف، "
                + "وافتتح وزير الخارجية التركي هاكان فيدان الاجتماع بكلمة."), EventType.Meeting);
        assertEquals(List.of("hakan-fidan"), meeting.actors(Role.host));
        assertEquals(List.of("vladimir-medinsky", "rustem-umerov"), meeting.actors(Role.participant));
    }

    @Test
    void whoeverChairsASummitHostsIt() {
        Event summit = only(arabic("انطلقت في الرياض، اليوم الثلاثاء، أعمال القمة الخليجية الرابعة والأربعين برئاسة أمير قطر "
                + "الشيخ تميم بن حمد آل ثاني، بمشاركة الرئيس المصري عبد الفتاح السيسي."), EventType.Meeting);
        assertEquals(List.of("tamim-bin-hamad-al-thani"), summit.actors(Role.host));
        assertEquals(List.of("abdel-fattah-el-sisi"), summit.actors(Role.participant));
        Event chaired = only(arabic("وترأس العاهل الأردني الملك عبد الله الثاني اجتماعا طارئا لوزراء الخارجية العرب في عمان أمس."),
                EventType.Meeting);
        assertEquals(List.of("abdullah-ii"), chaired.actors(Role.host));
    }

    @Test
    void theChairOfASummitIsFoundPastARelativeClauseOnIt() {
        Event summit = only(arabic("وعقدت القمة الخليجية، التي نظمتها الأمانة العامة لمجلس التعاون، أمس برئاسة ولي العهد الأمير محمد بن سلمان "
                + "وبمشاركة أمير قطر الشيخ تميم بن حمد آل ثاني."), EventType.Meeting);
        assertEquals(List.of("mohammed-bin-salman"), summit.actors(Role.host));
        Event talks = only(arabic("وانطلق في عمان الاجتماع الوزاري، الذي يستمر يومين، صباح الأحد برئاسة وزير الخارجية الأردني أيمن الصفدي."),
                EventType.Meeting);
        assertEquals(List.of("ayman-safadi"), talks.actors(Role.host));
    }

    @Test
    void whoHostsAGatheringOnlyHostsIt() {
        Event next = only(arabic("ومن المقرر أن تستضيف البحرين القمة العربية المقبلة عام 2025."), EventType.Meeting);
        assertEquals(List.of("bahrain"), next.actors(Role.host));
        assertEquals(List.of(), next.actors(Role.participant));
        Event conference = only(arabic("واستضافت القاهرة في 10 مارس مؤتمرا دوليا لإعادة إعمار غزة."), EventType.Meeting);
        assertEquals(List.of("egypt"), conference.actors(Role.host));
        assertEquals(List.of(), conference.actors(Role.participant));
        Event inRelative = only(arabic("وكان اجتماع جدة الذي استضافته السعودية في مايو قد انتهى دون اتفاق."), EventType.Meeting);
        assertEquals(List.of("saudi-arabia"), inRelative.actors(Role.host));
        assertEquals(List.of(), inRelative.actors(Role.participant));
        Event guest = only(arabic("واستضاف الرئيس المصري عبد الفتاح السيسي نظيره الفرنسي إيمانويل ماكرون في القاهرة الأحد."), EventType.Meeting);
        assertEquals(List.of("abdel-fattah-el-sisi"), guest.actors(Role.host));
        assertEquals(List.of("abdel-fattah-el-sisi", "emmanuel-macron"), guest.actors(Role.participant));
    }

    @Test
    void aCityNamedWithItsKindStillHostsForItsState() {
        Event resort = only(arabic("واستضافت مدينة شرم الشيخ يوم الاثنين قمة دولية حول غزة."), EventType.Meeting);
        assertEquals(List.of("egypt"), resort.actors(Role.host));
        assertEquals(List.of("sharm-el-sheikh"), resort.places());
        Event capital = only(arabic("واحتضنت العاصمة الرياض يوم الأحد اجتماعا لوزراء الخارجية العرب."), EventType.Meeting);
        assertEquals(List.of("saudi-arabia"), capital.actors(Role.host));
        assertEquals(List.of("riyadh"), capital.places());
        Event inRelative = only(arabic("وكانت القمة الثلاثية التي استضافتها مدينة العلمين في أغسطس قد دعت إلى التهدئة."), EventType.Meeting);
        assertEquals(List.of("egypt"), inRelative.actors(Role.host));
        // A visit to a city names where the visitor went; the city hosts nothing.
        Event visit = only(arabic("وزار الرئيس الفرنسي إيمانويل ماكرون مدينة العلمين يوم الأربعاء."), EventType.Visit);
        assertEquals(List.of("emmanuel-macron"), visit.actors(Role.participant));
    }

    @Test
    void aQuotedNameBetweenTheGatheringAndItsRelativeClauseKeepsItsHost() {
        Event quoted = only(arabic("وتوجه الرئيس الفرنسي إيمانويل ماكرون إلى القاهرة للمشاركة في مؤتمر \"دعم السودان\"، الذي تستضيفه مصر يوم الخميس."),
                EventType.Meeting);
        assertEquals(List.of("egypt"), quoted.actors(Role.host));
        assertEquals(List.of("emmanuel-macron"), quoted.actors(Role.participant));
        Event summit = only(arabic("وشارك الرئيس التركي رجب طيب أردوغان في القمة التي تستضيفها قطر يوم الأحد."), EventType.Meeting);
        assertEquals(List.of("qatar"), summit.actors(Role.host));
        assertFalse(summit.actors(Role.participant).contains("qatar"));
    }

    @Test
    void theHeadOfADelegationHostsNothing() {
        Event meeting = only(arabic("واستقبل الرئيس المصري عبد الفتاح السيسي في القاهرة الخميس وفدا سعوديا برئاسة وزير الخارجية "
                + "فيصل بن فرحان."), EventType.Meeting);
        assertTrue(meeting.actors(Role.host).isEmpty());
    }

    @Test
    void aDelegationNamedByTheAccusativeNisbaStandsForItsState() {
        Event meeting = only(arabic("والتقى الرئيس اللبناني جوزيف عون وفدا سعوديا في بيروت الخميس."), EventType.Meeting);
        assertEquals(List.of("joseph-aoun", "saudi-arabia"), meeting.actors(Role.participant));
        Event visit = only(arabic("وقال المتحدث إن وفدا قطريا سيتوجه إلى القاهرة غدا الثلاثاء."), EventType.Visit);
        assertEquals(List.of("qatar"), visit.actors(Role.participant));
    }

    @Test
    void aCapitalSpelledLikeANisbaFormStaysThePlace() {
        Event visit = only(arabic("ووصل الرئيس الفرنسي إيمانويل ماكرون إلى برازيليا الخميس في زيارة رسمية."), EventType.Visit);
        assertEquals(List.of("brasilia"), visit.places());
    }

    @Test
    void beginningOrConcludingAVisitIsTheVisitOfTheVerbsSubject() {
        Event begun = only(arabic("ويبدأ الرئيس الصيني شي جين بينغ اليوم زيارة إلى موسكو تستمر ثلاثة أيام."), EventType.Visit);
        assertEquals(List.of("xi-jinping"), begun.actors(Role.participant));
        assertEquals(List.of("moscow"), begun.places());
        Event concluded = only(arabic("واختتم الرئيس الفرنسي إيمانويل ماكرون، السبت، زيارة إلى الجزائر استمرت يومين."), EventType.Visit);
        assertEquals(List.of("emmanuel-macron"), concluded.actors(Role.participant));
    }

    @Test
    void aMeetingAfterAlaAnAndAVerbIsHeldByTheMainClausesSubject() {
        Extraction x = arabic("ومن المقرر أن يلتقي المبعوث الأمريكي آموس هوكشتاين اليوم رئيس الحكومة نجيب ميقاتي، "
                + "على أن يعاود لقاء رئيس مجلس النواب نبيه بري غدا الثلاثاء.");
        Event again = ShortArticles.events(x, EventType.Meeting).stream().filter(e -> e.date() != null && e.date().iso().equals("2024-06-11"))
                .findFirst().orElseThrow(() -> new AssertionError("meetings " + x.events()));
        assertEquals(List.of("nabih-berri", "amos-hochstein"), again.actors(Role.participant));
    }

    @Test
    void aStateMarkedWithLamAfterAVisitIsWhereItGoesNotTheVisitor() {
        Event visit = only(arabic("وأكد المستشار الألماني أولاف شولتس، في زيارة للأردن هي الأولى له، دعم بلاده لحل الدولتين."),
                EventType.Visit);
        assertEquals(List.of("olaf-scholz"), visit.actors(Role.participant));
        assertEquals(List.of("jordan"), visit.places());
        Event official = only(arabic("وتأتي زيارة لوزير الخارجية الأمريكي أنتوني بلينكن إلى القاهرة في إطار جهود التهدئة."),
                EventType.Visit);
        assertEquals(List.of("antony-blinken"), official.actors(Role.participant));
    }

    @Test
    void aVerbOfGatheringNamesTheMeetingsParticipants() {
        Event joined = only(arabic("وأكد الرئيس محمود عباس، خلال اجتماع جمعه بالرئيس المصري عبد الفتاح السيسي في القاهرة، ضرورة وقف العدوان."),
                EventType.Meeting);
        assertEquals(List.of("mahmoud-abbas", "abdel-fattah-el-sisi"), joined.actors(Role.participant));
        Event included = only(arabic("وقال وزير الخارجية الأردني أيمن الصفدي، في اجتماع ضم وزراء خارجية مصر والسعودية وقطر، إن الحرب يجب أن تتوقف."),
                EventType.Meeting);
        assertEquals(List.of("ayman-safadi", "egypt", "saudi-arabia", "qatar"), included.actors(Role.participant));
        Event between = only(arabic("وعقد أمس لقاء ثنائي جمع بين الرئيس التركي رجب طيب أردوغان ونظيره الإيراني مسعود بزشكيان."),
                EventType.Meeting);
        assertEquals(List.of("recep-tayyip-erdogan", "masoud-pezeshkian"), between.actors(Role.participant));
    }

    @Test
    void theTwoSidesBeforeTheTalksALightVerbGovernsAreTheLastPair() {
        Extraction x = arabic("والتقى وزير الخارجية الأمريكي أنتوني بلينكن الرئيس المصري عبد الفتاح السيسي في القاهرة الأحد. "
                + "وعقد الجانبان جلسة محادثات موسعة الاثنين.");
        Event talks = ShortArticles.events(x, EventType.Meeting).stream().filter(e -> e.date() != null && e.date().iso().equals("2024-06-10"))
                .findFirst().orElseThrow(() -> new AssertionError("meetings " + x.events()));
        assertEquals(List.of("antony-blinken", "abdel-fattah-el-sisi"), talks.actors(Role.participant));
    }

    @Test
    void thePronounOnATripALightVerbGovernsIsTheVerbsSubject() {
        Event visit = only(arabic("واختتمت رئيسة الوزراء الإيطالية جورجيا ميلوني زيارتها إلى تونس الأربعاء."), EventType.Visit);
        assertEquals(List.of("giorgia-meloni"), visit.actors(Role.participant));
        Event tour = only(arabic("ويستهل الرئيس الصيني شي جين بينغ جولته الأوروبية بزيارة إلى فرنسا الأحد."), EventType.Tour);
        assertEquals(List.of("xi-jinping"), tour.actors(Role.participant));
    }

    @Test
    void aDelegationStandsForItsStatePastAnAdjectiveBeforeTheNisba() {
        Event meeting = only(arabic("واستقبل الرئيس محمود عباس، اليوم الأربعاء، وفدا أمنيا مصريا برئاسة اللواء أحمد عبد الخالق."),
                EventType.Meeting);
        assertTrue(meeting.actors(Role.participant).contains("egypt"), () -> "participants " + meeting.actors(Role.participant));
        Event met = only(arabic("والتقى الرئيس اللبناني جوزاف عون الوفد العسكري الأمريكي في بيروت."), EventType.Meeting);
        assertEquals(List.of("joseph-aoun", "united-states"), met.actors(Role.participant));
    }

    @Test
    void aCounterpartAfterAVerbIsItsObjectAndTheSubjectIsTheMainClauses() {
        Event planned = only(arabic("ويصل الرئيس التركي رجب طيب أردوغان إلى القاهرة الأربعاء، على أن يلتقي نظيره المصري عبد الفتاح السيسي."),
                EventType.Meeting);
        assertEquals(List.of("abdel-fattah-el-sisi", "recep-tayyip-erdogan"), planned.actors(Role.participant));
        Event joined = only(arabic("ووصل وزير الخارجية السعودي فيصل بن فرحان إلى طهران، والتقى نظيره الإيراني حسين أمير عبد اللهيان."),
                EventType.Meeting);
        assertEquals(List.of("hossein-amir-abdollahian", "faisal-bin-farhan"), joined.actors(Role.participant));
    }

    @Test
    void aVerbJoinedToAnEarlierOneSharesItsSubjectNotTheNisbaOfItsObject() {
        Extraction x = arabic("وأشادت حركة حماس بالورقة المصرية ووافقت عليها الاثنين.");
        assertEquals(List.of("hamas"), only(x, EventType.Acceptance).actors(Role.agent));
    }

    @Test
    void pluralTitlesStandForTheStatesNamedAfterThem() {
        Event chiefs = only(arabic("وعقد في عمان، الاثنين، اجتماع ضم رؤساء أركان جيوش الأردن ومصر والعراق."), EventType.Meeting);
        assertEquals(List.of("jordan", "egypt", "iraq"), chiefs.actors(Role.participant));
        Event ministers = only(arabic("واجتمع وزراء دفاع تركيا وروسيا وإيران في موسكو الأربعاء."), EventType.Meeting);
        assertEquals(List.of("turkey", "russia", "iran"), ministers.actors(Role.participant));
    }

    @Test
    void aBodyThatRatifiesADealAcceptsItButTheGivenNameSadiqRatifiesNothing() {
        Event ratified = only(arabic("وصادق البرلمان التركي الثلاثاء على اتفاقية التعاون العسكري مع ليبيا."), EventType.Acceptance);
        assertEquals(List.of("turkey-grand-national-assembly"), ratified.actors(Role.agent));
        Extraction name = arabic("وقال عمدة لندن صادق خان إن المدينة ترحب بالاتفاق.");
        assertTrue(name.events().stream().noneMatch(e -> e.type() == EventType.Acceptance), () -> "events " + name.events());
    }

    @Test
    void travellingToAPlaceIsAVisitThereButTravellingAlongsideSomeoneIsNot() {
        Event visit = only(arabic("وسافر وزير الخارجية الإيراني عباس عراقجي إلى مسقط يوم السبت لإجراء محادثات."), EventType.Visit);
        assertEquals(List.of("abbas-araghchi"), visit.actors(Role.participant));
        assertEquals(List.of("muscat"), visit.places());
        assertEquals("2024-06-08", visit.date().iso());
        Extraction companion = arabic("وقال الوزير إن الوفد الذي سافر مع الرئيس سيعود غدا.");
        assertTrue(companion.events().stream().noneMatch(e -> e.type() == EventType.Visit), () -> "events " + companion.events());
    }

    @Test
    void aMeetingDuringTheTripAVerbPointsBackToIsTheTravellersOnTheTripsDay() {
        Extraction x = arabic("وأجرى وزير الخارجية التركي هاكان فيدان زيارة إلى دمشق الاثنين، التقى خلالها الرئيس السوري أحمد الشرع.");
        Event meeting = only(x, EventType.Meeting);
        assertEquals(List.of("ahmed-al-sharaa", "hakan-fidan"), meeting.actors(Role.participant));
        assertEquals(only(x, EventType.Visit).date(), meeting.date());
        assertEquals(List.of("damascus"), meeting.places());
        Event planned = only(arabic("ووصل الرئيس الجزائري عبد المجيد تبون إلى روما، الأحد، في زيارة رسمية يلتقي خلالها رئيسة الوزراء الإيطالية جورجيا ميلوني."),
                EventType.Meeting);
        assertEquals(List.of("giorgia-meloni", "abdelmadjid-tebboune"), planned.actors(Role.participant));
        assertEquals("2024-06-09", planned.date().iso());
    }

    @Test
    void receivingAVisitorIsAMeetingOfTwoParticipantsWithNoHost() {
        Event meeting = only(arabic("واستقبل أمير قطر الشيخ تميم بن حمد آل ثاني الرئيس الفرنسي إيمانويل ماكرون الأربعاء."), EventType.Meeting);
        assertEquals(List.of("tamim-bin-hamad-al-thani", "emmanuel-macron"), meeting.actors(Role.participant));
        assertEquals(List.of(), meeting.actors(Role.host));
    }

    @Test
    void theSubjectOfALightVerbIsWhomAnHonorificPronounAfterItPointsBackTo() {
        Extraction x = arabic("أجرى العاهل الأردني الملك عبد الله الثاني اتصالا هاتفيا مع الرئيس الأمريكي جو بايدن، الاثنين. "
                + "وحذر جلالته من خطورة التصعيد في غزة.");
        assertEquals(List.of("abdullah-ii"), only(x, EventType.Statement).actors(Role.speaker));
    }

    @Test
    void aVerbAfterAComplementizerWithAPronounIsTheSpeakersAndTheActorAfterItTheOneMet() {
        Event meeting = only(arabic("وقال المبعوث الأمريكي آموس هوكشتاين إنه التقى رئيس مجلس النواب اللبناني نبيه بري."), EventType.Meeting);
        assertEquals(List.of("nabih-berri", "amos-hochstein"), meeting.actors(Role.participant));
    }

    @Test
    void theVisitNamedAfterDuringIsTheVisitTheSentenceReported() {
        Extraction x = arabic("وزار وزير الخارجية الإيراني عباس عراقجي الدوحة، والتقى خلال الزيارة أمير قطر الشيخ تميم بن حمد آل ثاني.");
        Event visit = only(x, EventType.Visit);
        assertEquals(List.of("abbas-araghchi"), visit.actors(Role.participant));
        Event meeting = only(x, EventType.Meeting);
        assertEquals(List.of("abbas-araghchi", "tamim-bin-hamad-al-thani"), meeting.actors(Role.participant).stream().sorted().toList(),
                () -> "meeting " + meeting);
        assertEquals(List.of("doha"), meeting.places());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "والتقى الرئيس محمود عباس، خلال زيارته إلى عمان اليوم الأحد، العاهل الأردني الملك عبد الله الثاني.|mahmoud-abbas abdullah-ii",
            "والتقى الرئيس التركي رجب طيب أردوغان، على هامش القمة العربية الإسلامية في الرياض، نظيره الإيراني مسعود بزشكيان.|recep-tayyip-erdogan masoud-pezeshkian",
            "والتقى فيصل بن فرحان، على هامش اجتماعات الجمعية العامة للأمم المتحدة في نيويورك، وزير الخارجية الأمريكي أنتوني بلينكن.|faisal-bin-farhan antony-blinken",
            "والتقى رئيس الوزراء القطري محمد بن عبد الرحمن آل ثاني خلال زيارته إلى واشنطن وزير الخارجية الأمريكي ماركو روبيو.|mohammed-bin-abdulrahman-al-thani marco-rubio"})
    void theOccasionBetweenAMeetingVerbsSubjectAndItsObjectDoesNotCutTheObjectOff(String sentence, String participants) {
        Event meeting = only(arabic(sentence), EventType.Meeting);
        assertEquals(List.of(participants.split(" ")), meeting.actors(Role.participant));
    }

    @Test
    void aMeetingNounALightVerbHoldsDuringTheVisitIsTheVisitorsOnTheVisitsDay() {
        Extraction x = arabic("وزار أمير قطر الشيخ تميم بن حمد آل ثاني عمان الثلاثاء، وعقد خلال الزيارة لقاء مع العاهل الأردني الملك عبد الله الثاني.");
        Event meeting = only(x, EventType.Meeting);
        assertEquals(List.of("abdullah-ii", "tamim-bin-hamad-al-thani"), meeting.actors(Role.participant));
        assertEquals(only(x, EventType.Visit).date(), meeting.date());
        assertEquals(List.of("amman"), meeting.places());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ووصل وزير الخارجية الإيراني عباس عراقجي إلى بغداد، الأحد، في زيارة رسمية، وبحث خلالها مع رئيس الوزراء العراقي محمد شياع السوداني العلاقات الثنائية.|mohammed-shia-al-sudani abbas-araghchi|baghdad",
            "ووصل الرئيس الفلسطيني محمود عباس إلى عمان، الاثنين، وبحث مع العاهل الأردني الملك عبد الله الثاني آخر المستجدات.|abdullah-ii mahmoud-abbas|",
            "وأجرى وزير الخارجية المصري بدر عبد العاطي زيارة إلى الرياض، ناقش خلالها مع نظيره السعودي فيصل بن فرحان الأوضاع في غزة.|faisal-bin-farhan badr-abdelatty|riyadh"})
    void discussingWithSomeoneAfterATripIsMeetingThemNotAVisitOfTheirs(String sentence, String participants, String place) {
        Extraction x = arabic(sentence);
        Event meeting = only(x, EventType.Meeting);
        assertEquals(List.of(participants.split(" ")), meeting.actors(Role.participant));
        if (place != null) assertEquals(List.of(place), meeting.places());
        assertEquals(List.of(participants.split(" ")[1]), only(x, EventType.Visit).actors(Role.participant));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "والتقى وزير الخارجية التركي هاكان فيدان نظيره الروسي سيرغي لافروف في موسكو، الأربعاء، لبحث التصعيد في أوكرانيا.|moscow",
            "واجتمع الرئيس المصري عبد الفتاح السيسي مع الرئيس الفرنسي إيمانويل ماكرون في باريس لمناقشة الأوضاع الإنسانية في غزة.|paris",
            "والتقى العاهل الأردني الملك عبد الله الثاني الرئيس الأمريكي جو بايدن في واشنطن، وبحثا التصعيد في الضفة الغربية.|washington"})
    void aPlaceInTheMatterDiscussedIsNotWhereTheMeetingWas(String sentence, String place) {
        assertEquals(List.of(place), only(arabic(sentence), EventType.Meeting).places());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وعقد لقاء بين الجانبين السعودي والإيراني في بغداد الثلاثاء.|saudi-arabia iran",
            "وانعقد في عمان الاثنين اجتماع بين الوفدين الأردني والعراقي.|jordan iraq",
            "وعقد في مسقط الثلاثاء لقاء بين الجانبين السعودي والحوثي برعاية عمانية.|saudi-arabia"})
    void theSidesNamedByNisbasAfterBetweenAreTheMeetingsNotTheLastPair(String sentence, String participants) {
        Extraction x = arabic("والتقى الرئيس المصري عبد الفتاح السيسي نظيره الفرنسي إيمانويل ماكرون في القاهرة الأحد. " + sentence);
        Event meeting = ShortArticles.events(x, EventType.Meeting).stream().filter(e -> e.evidence().getFirst().sentence() == 1)
                .findFirst().orElseThrow(() -> new AssertionError("meetings " + x.events()));
        assertEquals(List.of(participants.split(" ")), meeting.actors(Role.participant));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وعقد وزراء خارجية مصر والأردن والسعودية اجتماعا في عمان أمس.|egypt jordan saudi-arabia",
            "وعقد رؤساء أركان جيوش دول مجلس التعاون الخليجي اجتماعا في الكويت الاثنين.|gcc",
            "وعقد وزراء دفاع دول حلف شمال الأطلسي اجتماعا في بروكسل الخميس.|nato"})
    void theStatesBehindPluralTitlesAreTheSubjectOfTheLightVerbBeforeThem(String sentence, String participants) {
        assertEquals(List.of(participants.split(" ")), only(arabic(sentence), EventType.Meeting).actors(Role.participant));
    }

    @Test
    void theMeetingASpeechActIsSaidDuringIsTheOneToldBeforeOnItsDay() {
        Extraction x = arabic("ووصل وزير الخارجية الأمريكي أنتوني بلينكن إلى الرياض اليوم. "
                + "وعقد وزير الخارجية السعودي فيصل بن فرحان اجتماعا مع نظيره الأمريكي أنتوني بلينكن في الرياض الأحد. "
                + "وأكد بن فرحان خلال الاجتماع دعم المملكة للحل السلمي.");
        Event meeting = only(x, EventType.Meeting);
        assertEquals("2024-06-09", meeting.date().iso());
        assertEquals("2024-06-09", only(x, EventType.Statement).date().iso());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وأفاد الديوان الملكي، في بيان، بأن الملك عبدالله الثاني أكد خلال اللقاء ضرورة وقف الحرب.",
            "وقال المتحدث باسم الرئاسة المصرية إن الرئيس السيسي شدد خلال الاجتماع على أهمية خفض التصعيد."})
    void aReadoutOfWhatAHostSaidDuringTheMeetingPointsToThatHostsMeeting(String readout) {
        Extraction x = arabic("واستقبل العاهل الأردني الملك عبدالله الثاني الرئيس المصري عبد الفتاح السيسي في عمان الأحد. "
                + "ثم التقى السيسي رئيس الوزراء جعفر حسان في عمان الاثنين.\n" + readout);
        assertEquals(2, ShortArticles.events(x, EventType.Meeting).size(), () -> "no third meeting: " + x.events());
        List<Event> statements = ShortArticles.events(x, EventType.Statement);
        String speaker = readout.contains("السيسي") ? "abdel-fattah-el-sisi" : "abdullah-ii";
        assertTrue(statements.stream().anyMatch(s -> s.actors(Role.speaker).contains(speaker)), () -> "the speaker's own statement: " + statements);
        String day = readout.contains("السيسي") ? "2024-06-10" : "2024-06-09";
        assertTrue(statements.stream().filter(s -> s.actors(Role.speaker).contains(speaker)).allMatch(s -> s.date().iso().equals(day)),
                () -> "said at the speaker's last meeting: " + statements);
    }

    @Test
    void aSpeechReportedWithoutAnOccasionOfItsOwnStaysContent() {
        Extraction x = arabic("وقال وزير الخارجية المصري بدر عبد العاطي إن الرئيس السيسي أكد أهمية خفض التصعيد.");
        assertEquals(List.of("badr-abdelatty"), only(x, EventType.Statement).actors(Role.speaker));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ومن المقرر أن يعقد مجلس الأمن الدولي جلسة طارئة بشأن السودان الخميس، بطلب من بريطانيا.|un-security-council|2024-06-13",
            "ومن المقرر أن يعقد مجلس الأمن الدولي جلسة طارئة بشأن قره باغ الخميس.|un-security-council|2024-06-13",
            "وعقد مجلس جامعة الدول العربية جلسة طارئة على مستوى المندوبين في القاهرة اليوم لبحث العدوان على غزة.|arab-league-council|2024-06-10",
            "ويعقد مجلس الأمن، مساء الثلاثاء المقبل، جلسة مغلقة لمناقشة التصعيد في البحر الأحمر.|un-security-council|2024-06-11"})
    void aSessionQualifiedAsASittingOfItsOwnIsAMeetingOfTheBodyHoldingIt(String sentence, String participant, String date) {
        Event meeting = only(arabic(sentence), EventType.Meeting);
        assertEquals(List.of(participant), meeting.actors(Role.participant));
        assertEquals(date, meeting.date().iso());
        assertTrue(meeting.places().stream().noneMatch(p -> p.contains("karabakh")), () -> "the matter is no place: " + meeting);
        assertTrue(ShortArticles.events(arabic("وقال المندوب الجزائري عمار بن جامع خلال الجلسة الافتتاحية إن بلاده تدعو إلى وقف إطلاق النار."),
                EventType.Meeting).isEmpty());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وكان وزير الخارجية الأردني أيمن الصفدي قد زار دمشق الأحد، حيث التقاه الرئيس السوري بشار الأسد.|bashar-al-assad ayman-safadi",
            "ووصلت وزيرة الخارجية الألمانية أنالينا بيربوك إلى عمان الاثنين، والتقاها العاهل الأردني الملك عبد الله الثاني.|abdullah-ii annalena-baerbock"})
    void aMeetingVerbWithAnObjectPronounMeetsTheTraveller(String sentence, String participants) {
        assertMeetingOf(sentence, participants);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وزار وزير الخارجية التركي هاكان فيدان الرياض الأربعاء بدعوة من نظيره السعودي، وعقد معه جلسة مباحثات.|hakan-fidan faisal-bin-farhan",
            "ووصل رئيس الوزراء العراقي محمد شياع السوداني إلى القاهرة بدعوة من الرئيس عبد الفتاح السيسي، وعقد معه جلسة مباحثات موسعة.|mohammed-shia-al-sudani abdel-fattah-el-sisi"})
    void withAPronounAfterAJoinedLightVerbIsTheOtherPersonOfTheClauseBefore(String sentence, String participants) {
        assertMeetingOf(sentence, participants);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وعقد مجلس جامعة الدول العربية اجتماعا طارئا بشأن ليبيا في القاهرة الأحد.|arab-league-council",
            "وعقد الرئيس المصري عبد الفتاح السيسي اجتماعا حول السودان في القاهرة الأحد.|abdel-fattah-el-sisi"})
    void theStateAMeetingIsAboutIsNoParticipant(String sentence, String participants) {
        assertMeetingOf(sentence, participants);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "واستقبل الرئيس المصري الرئيس الفلسطيني محمود عباس في قصر الاتحادية.|abdel-fattah-el-sisi mahmoud-abbas",
            "والتقى ولي العهد السعودي الرئيس زيلينسكي على هامش القمة.|mohammed-bin-salman volodymyr-zelensky",
            "والتقى الرئيس التركي رئيس الوزراء العراقي محمد شياع السوداني في أنقرة.|recep-tayyip-erdogan mohammed-shia-al-sudani",
            "واستقبل العاهل الأردني الملك عبد الله الثاني وزير الخارجية الأمريكي أنتوني بلينكن.|abdullah-ii antony-blinken"})
    void aSecondTitleAfterAPostWithItsStateNamesTheObjectNotASecondOffice(String sentence, String participants) {
        assertMeetingOf(sentence, participants);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وانتقل وزير الخارجية المصري بدر عبد العاطي إلى بنغازي، حيث التقى المشير خليفة حفتر.|badr-abdelatty khalifa-haftar|benghazi|2024-06-10",
            "وعاد المبعوث الأمريكي آموس هوكشتاين إلى بيروت الأحد، حيث اجتمع مع رئيس مجلس النواب نبيه بري.|amos-hochstein nabih-berri|beirut|2024-06-09",
            "وانتقل الأمير فيصل بن فرحان من عمان إلى دمشق أمس، حيث عقد جلسة مباحثات مع الرئيس السوري بشار الأسد.|faisal-bin-farhan bashar-al-assad|damascus|2024-06-09"})
    void aWhereClauseAfterAnUnreadTripVerbIsTheTravellersMeetingAtTheDestination(String sentence, String participants, String place,
            String date) {
        Event meeting = only(arabic(sentence), EventType.Meeting);
        assertEquals(Set.of(participants.split(" ")), Set.copyOf(meeting.actors(Role.participant)));
        assertEquals(List.of(place), meeting.places());
        assertEquals(date, meeting.date().iso());
    }

    @Test
    void theStateOfACapitalTheTravellerWentToIsNoSubjectOfTheWhereClause() {
        Event meeting = only(arabic("ووصل وزير الخارجية الأردني أيمن الصفدي إلى العاصمة السورية الأحد، حيث عقد جلسة مباحثات مع الرئيس السوري بشار الأسد."),
                EventType.Meeting);
        assertEquals(Set.of("ayman-safadi", "bashar-al-assad"), Set.copyOf(meeting.actors(Role.participant)));
        assertEquals(List.of("damascus"), meeting.places());
    }

    @Test
    void aVerbJoinedToTheWhereClauseMeetsTheTravellerNotTheObjectBeforeIt() {
        List<Event> meetings = ShortArticles.events(arabic(
                "وانتقل وزير الخارجية الأردني أيمن الصفدي إلى عين التينة، حيث التقى رئيس مجلس النواب نبيه بري، ثم اجتمع برئيس الحكومة نواف سلام."),
                EventType.Meeting);
        assertEquals(2, meetings.size());
        assertTrue(meetings.stream().allMatch(m -> m.actors(Role.participant).contains("ayman-safadi")));
        assertTrue(meetings.stream().noneMatch(m -> m.actors(Role.participant).containsAll(List.of("nabih-berri", "nawaf-salam"))));
    }

    @Test
    void aWhereClauseWhoseSubjectStandsAfterWhereTakesNoOtherSide() {
        Event meeting = only(arabic("وعقدت القمة في جدة، حيث التقى ولي العهد السعودي الأمير محمد بن سلمان الرئيس السوري بشار الأسد."),
                EventType.Meeting);
        assertEquals(Set.of("mohammed-bin-salman", "bashar-al-assad"), Set.copyOf(meeting.actors(Role.participant)));
    }

    private static void assertMeetingOf(String sentence, String participants) {
        assertEquals(List.of(participants.split(" ")), only(arabic(sentence), EventType.Meeting).actors(Role.participant));
    }
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وكان مؤتمر روما حول السودان، الذي عقد في 3 مارس، قد دعا إلى هدنة إنسانية.|Meeting|2024-03-03|rome",
            "وأكدت القمة التي انعقدت في الدوحة أمس تضامنها مع الشعب اللبناني.|Meeting|2024-06-09|doha",
            "وانعقدت القمة العربية في جدة يوم الجمعة وسط حضور واسع.|Meeting|2024-06-07|jeddah",
            "ودعا المشاركون في الاجتماع المنعقد في القاهرة أمس إلى فتح المعابر.|Meeting|2024-06-09|cairo"})
    void aGatheringSaidToBeHeldIsAnEventWithoutNamedParticipants(String sentence, EventType type, String date, String place) {
        Event gathering = only(arabic(sentence), type);
        assertEquals(date, gathering.date().iso());
        assertEquals(List.of(place), gathering.places());
    }

    @Test
    void theLightVerbBeforeItsNounIsNoHeldGathering() {
        Event meeting = only(arabic("وعقد وزير الخارجية المصري اجتماعا مع نظيره الأردني في القاهرة أمس."), EventType.Meeting);
        assertEquals(2, meeting.actors(Role.participant).size(), () -> "participants " + meeting.roles());
    }

    @Test
    void theVerbAfterAFrontedVisitIsHeldByTheVisitorWhereTheVisitWent() {
        Extraction x = arabic("وخلال زيارته إلى الدوحة، بحث بلينكن مع أمير قطر التطورات في غزة.");
        Event visit = only(x, EventType.Visit);
        assertEquals(List.of("antony-blinken"), visit.actors(Role.participant));
        Event meeting = only(x, EventType.Meeting);
        assertTrue(meeting.actors(Role.participant).containsAll(List.of("antony-blinken", "tamim-bin-hamad-al-thani")), () -> "roles " + meeting.roles());
        assertEquals(List.of("doha"), meeting.places());
    }

    @Test
    void aVisitOnWhoseSidelinesOrAtWhoseEndAMeetingWasHeldTookPlaceToo() {
        Extraction sidelines = arabic("وعلى هامش زيارته إلى القاهرة، التقى بلينكن الرئيس عبد الفتاح السيسي.");
        assertEquals(List.of("antony-blinken"), only(sidelines, EventType.Visit).actors(Role.participant));
        assertEquals(List.of("cairo"), only(sidelines, EventType.Meeting).places());
        Extraction end = arabic("وفي ختام زيارته إلى أنقرة، اجتمع بلينكن مع الرئيس رجب طيب أردوغان.");
        assertEquals(List.of("ankara"), only(end, EventType.Visit).places());
        assertEquals(List.of("ankara"), only(end, EventType.Meeting).places());
    }

    @Test
    void aMeetingSetByAGatheringKeepsNoTripPlace() {
        Event meeting = only(arabic("وعلى هامش القمة العربية في الرياض، التقى الرئيس عبد الفتاح السيسي الملك عبد الله الثاني."), EventType.Meeting);
        assertEquals(List.of("riyadh"), meeting.places());
    }

    @Test
    void aGatheringTheActorTookPartInIsTheSettingNotASecondMeeting() {
        Event meeting = only(arabic("التقى الرئيس التونسي قيس سعيد الرئيس الجزائري عبد المجيد تبون على هامش مشاركته في القمة الأفريقية"
                + " في أديس أبابا يوم 17 فبراير."), EventType.Meeting);
        assertEquals(List.of("addis-ababa"), meeting.places());
        Event attending = only(arabic("والتقت الوزيرة الرئيس الفرنسي إيمانويل ماكرون على هامش حضورها مؤتمر المناخ في دبي."), EventType.Meeting);
        assertEquals(List.of("dubai"), attending.places());
    }
    /** "لمجلس التعاون بين مصر وتركيا": the sides after a council are its members; its chairs are who met. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ترأس الرئيس المصري عبد الفتاح السيسي والرئيس التركي رجب طيب أردوغان في أنقرة أمس اجتماع مجلس التعاون الاستراتيجي رفيع المستوى بين مصر وتركيا.|egypt|turkey",
            "وترأس ولي العهد السعودي الأمير محمد بن سلمان والرئيس الفرنسي إيمانويل ماكرون في الرياض أمس اجتماع مجلس الشراكة الاستراتيجية رفيع المستوى بين السعودية وفرنسا.|saudi-arabia|france"})
    void theSidesAfterACouncilAreItsMembersNotParticipants(String sentence, String first, String second) {
        Extraction x = arabic(sentence);
        List<String> participants = x.events().stream().filter(e -> e.type() == EventType.Meeting)
                .flatMap(e -> e.actors(Role.participant).stream()).toList();
        assertTrue(!participants.contains(first) && !participants.contains(second), () -> "events " + x.events());
    }
    /** "إلى جانب ممثلين عن …", "إلى جانب ممثلي …": the bodies whose representatives are added take part beside the leaders. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "انطلق في برلين اليوم مؤتمر دولي حول ليبيا بمشاركة الرئيس الروسي فلاديمير بوتين والرئيس التركي رجب طيب أردوغان، إلى جانب ممثلين عن الاتحاد الأوروبي والاتحاد الإفريقي وجامعة الدول العربية.",
            "وشارك في المؤتمر قادة من 12 دولة، بينهم الرئيس الروسي فلاديمير بوتين والرئيس التركي رجب طيب أردوغان، إلى جانب ممثلي الاتحاد الأوروبي والاتحاد الإفريقي."})
    void representativesAddedBesideTheLeadersMakeTheirBodiesParticipants(String sentence) {
        List<String> participants = only(arabic(sentence), EventType.Meeting).actors(Role.participant);
        assertTrue(participants.containsAll(List.of("vladimir-putin", "recep-tayyip-erdogan", "european-union", "african-union")),
                () -> "participants " + participants);
    }
    /** "في قصر البحر", "في مقر الوزارة": a building noun and the noun it is construct to say where, between the verb and its object. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "استقبل الشيخ تميم بن حمد آل ثاني في قصر البحر اليوم السيد تشاي جيون المبعوث الصيني.",
            "استقبل الشيخ تميم بن حمد آل ثاني بمكتبه في قصر البحر اليوم السيد تشاي جيون المبعوث الصيني.",
            "استقبل الشيخ تميم بن حمد آل ثاني في مقر الوزارة اليوم السيد تشاي جيون المبعوث الصيني."})
    void aVenueBeforeTheTimeLeavesTheObjectOfTheVerbInReach(String sentence) {
        List<String> participants = only(arabic(sentence), EventType.Meeting).actors(Role.participant);
        assertEquals(Set.of("tamim-bin-hamad-al-thani", "zhai-jun"), Set.copyOf(participants));
    }

    /** "والهيئة الحكومية للتنمية «إيجاد» وجامعة الدول العربية": a body's abbreviation in guillemets does not part the list. */
    @Test
    void anAbbreviationInGuillemetsLeavesTheListWhole() {
        Event meeting = only(arabic("افتتح وزير الخارجية المصري بدر عبد العاطي أمس مؤتمر القوى السياسية السودانية في القاهرة، بحضور ممثلين "
                + "عن الأمم المتحدة والاتحاد الأفريقي والهيئة الحكومية للتنمية «إيجاد» وجامعة الدول العربية والاتحاد الأوروبي."), EventType.Meeting);
        assertTrue(meeting.actors(Role.attendee).containsAll(List.of("igad", "arab-league", "european-union")), () -> "meeting " + meeting);
    }
}
