package org.diplokg.extract;

import static org.diplokg.extract.ShortArticles.arabic;
import static org.diplokg.extract.ShortArticles.english;
import static org.diplokg.extract.ShortArticles.eventWith;
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

/** Trips and visits: where and when a trip goes, and the meetings it is made for or that come before or after it. */
class TripPurposeTest {
    /** Published Monday 10 June 2024. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "en|Blinken arrived in Saudi Arabia late on Sunday after talks in Abu Dhabi with UAE President Sheikh Mohamed bin Zayed.|Meeting|antony-blinken+mohamed-bin-zayed|2024-06-09",
        "en|Russian Foreign Minister Sergei Lavrov flew to Ankara on Tuesday following a meeting with Iranian Foreign Minister Abbas Araqchi.|Meeting|sergei-lavrov+abbas-araghchi|2024-06-04",
        "en|German Chancellor Olaf Scholz left Beijing on Wednesday after a phone call with U.S. President Joe Biden.|PhoneCall|olaf-scholz+joe-biden|2024-06-05",
        "en|French President Emmanuel Macron will travel to Cairo on Thursday ahead of talks with Egyptian President Abdel Fattah al-Sisi.|Meeting|emmanuel-macron+abdel-fattah-el-sisi|2024-06-13",
        "ar|وصل وزير الخارجية الأمريكي أنتوني بلينكن إلى الرياض مساء الأحد بعد مباحثات مع رئيس دولة الإمارات الشيخ محمد بن زايد في أبوظبي.|Meeting|antony-blinken+mohamed-bin-zayed|2024-06-09",
        "ar|وغادر الرئيس الفرنسي إيمانويل ماكرون بيروت قبيل لقائه رئيس الوزراء الإسرائيلي بنيامين نتنياهو في القدس.|Meeting|emmanuel-macron+benjamin-netanyahu|2024-06-10",
    })
    void meetingBeforeOrAfterTheClauseIsTheSubjects(String language, String sentence, EventType type, String sides, String date) {
        Event meeting = only(ShortArticles.extract(language, sentence), type);
        assertEquals(sorted(List.of(sides.split("\\+"))), sorted(meeting.actors(Role.participant)));
        assertEquals(date, meeting.date().iso());
    }

    @Test
    void talksBetweenOthersAfterATripAreNotTheTravellers() {
        Event talks = only(ShortArticles.english("Blinken arrived in Cairo on Monday after a meeting between Sisi and Netanyahu."), EventType.Meeting);
        assertTrue(!talks.actors(Role.participant).contains("antony-blinken"), () -> "talks " + talks);
    }

    @Test
    void aMeetingWithSeveralAfterTheClauseIsTheSubjectsToo() {
        Event meeting = only(ShortArticles.english("President Abdel Fattah El-Sisi made the announcement at a press conference in Cairo "
                + "following a meeting with Libyan commander Khalifa Haftar and Aguila Saleh, the speaker of the House of Representatives."),
                EventType.Meeting);
        assertTrue(meeting.actors(Role.participant).containsAll(List.of("abdel-fattah-el-sisi", "khalifa-haftar", "aguila-saleh")),
                () -> "meeting " + meeting);
        Event flew = only(ShortArticles.english("Blinken flew to Amman on Monday after talks with Sisi and Netanyahu."), EventType.Meeting);
        assertTrue(flew.actors(Role.participant).contains("antony-blinken"), () -> "meeting " + flew);
    }

    @Test
    void meetingWithThePurposeLamIsTheTravellersAtTheDestination() {
        Event meeting = only(ShortArticles.arabic("ويتوجه بلينكن إلى الرياض الثلاثاء المقبل للقاء ولي العهد السعودي الأمير محمد بن سلمان."),
                EventType.Meeting);
        assertEquals(sorted(List.of("antony-blinken", "mohammed-bin-salman")), sorted(meeting.actors(Role.participant)));
        assertEquals("2024-06-11", meeting.date().iso());
        assertEquals(List.of("riyadh"), meeting.places());
    }

    private static List<String> sorted(List<String> slugs) {
        return slugs.stream().sorted().toList();
    }

    @Test
    void aMeetingAfterAJoinedVerbHasTheSubjectOfTheVerbBefore() {
        Event talks = only(arabic("وصل وزير الخارجية التركي هاكان فيدان إلى الرياض الأربعاء، وأجرى مباحثات مع نظيره السعودي الأمير فيصل بن فرحان."),
                EventType.Meeting);
        assertEquals(Set.of("hakan-fidan", "faisal-bin-farhan"), Set.copyOf(talks.actors(Role.participant)));
        Event met = only(arabic("وزار رئيس الوزراء العراقي محمد شياع السوداني طهران الاثنين، والتقى المرشد الإيراني علي خامنئي."),
                EventType.Meeting);
        assertEquals(Set.of("mohammed-shia-al-sudani", "ali-khamenei"), Set.copyOf(met.actors(Role.participant)));
        assertEquals("2024-06-10", met.date().iso());
    }

    @Test
    void aMeetingWhereATripWentIsTheTravellersThereOnTheTripsDay() {
        Event met = only(arabic("وتوجه الرئيس الفرنسي إيمانويل ماكرون إلى القاهرة الثلاثاء، حيث اجتمع مع الرئيس المصري عبد الفتاح السيسي."),
                EventType.Meeting);
        assertEquals(Set.of("emmanuel-macron", "abdel-fattah-el-sisi"), Set.copyOf(met.actors(Role.participant)));
        assertEquals("2024-06-04", met.date().iso());
        assertEquals(Set.of("cairo"), Set.copyOf(met.places()));
        Event planned = only(arabic("ومن المقرر أن يتوجه وزير الخارجية التركي هاكان فيدان إلى الدوحة غدا، حيث يلتقي أمير قطر الشيخ تميم بن حمد."),
                EventType.Meeting);
        assertEquals(Set.of("hakan-fidan", "tamim-bin-hamad-al-thani"), Set.copyOf(planned.actors(Role.participant)));
        assertEquals("2024-06-11", planned.date().iso());
    }

    @Test
    void talksHeldByALightVerbWhereATripWentAreTheTravellersThere() {
        Event talks = only(arabic("وصل وزير الخارجية الأردني أيمن الصفدي إلى بغداد الاثنين، حيث أجرى مباحثات مع نظيره العراقي فؤاد حسين."),
                EventType.Meeting);
        assertTrue(talks.actors(Role.participant).contains("ayman-safadi"), () -> "talks " + talks);
        assertEquals("2024-06-10", talks.date().iso());
        assertEquals(List.of("baghdad"), talks.places());
        Event held = only(arabic("وتوجه الرئيس الفرنسي إيمانويل ماكرون إلى الدوحة الأحد، حيث عقد مباحثات مع أمير قطر الشيخ تميم بن حمد."),
                EventType.Meeting);
        assertEquals(Set.of("emmanuel-macron", "tamim-bin-hamad-al-thani"), Set.copyOf(held.actors(Role.participant)));
        assertEquals(List.of("doha"), held.places());
    }

    @Test
    void aCounterpartAmongTheSidesMetWhereATripWentLeavesTheTravellerAsSubject() {
        Event met = only(arabic("وانتقل وزير الخارجية الروسي سيرغي لافروف من بيروت إلى دمشق الأحد، حيث التقى الرئيس السوري بشار الأسد ونظيره السوري بسام صباغ."),
                EventType.Meeting);
        assertEquals(Set.of("sergei-lavrov", "bashar-al-assad", "bassam-sabbagh"), Set.copyOf(met.actors(Role.participant)));
    }

    @Test
    void aMeetingBeforeThatIsTheTravellersNextStepNotTheWhereClauses() {
        Event met = eventWith(arabic("ووصل وزير الخارجية التركي هاكان فيدان إلى الدوحة الأحد، حيث استقبله في المطار مسؤولون قطريون، قبل أن يلتقي أمير قطر الشيخ تميم بن حمد."),
                EventType.Meeting, Role.participant, "tamim-bin-hamad-al-thani");
        assertEquals(Set.of("hakan-fidan", "tamim-bin-hamad-al-thani"), Set.copyOf(met.actors(Role.participant)));
    }

    @Test
    void aPronounWhereATripNounWentIsTheTraveller() {
        Event met = eventWith(english("As Lavrov held talks in Beijing, French President Emmanuel Macron made an unannounced trip to Kyiv, where he met Ukrainian President Volodymyr Zelensky on Sunday."),
                EventType.Meeting, Role.participant, "volodymyr-zelensky");
        assertEquals(Set.of("emmanuel-macron", "volodymyr-zelensky"), Set.copyOf(met.actors(Role.participant)));
        assertEquals(List.of("kyiv"), met.places());
    }

    @Test
    void talksAfterALightVerbAreNoPartOfAVisitNounBeforeIt() {
        Event talks = only(english("Blinken landed in Beijing on Sunday for the two-day visit and held more than five hours of talks with Chinese Foreign Minister Qin Gang."),
                EventType.Meeting);
        assertEquals(Set.of("antony-blinken", "qin-gang"), Set.copyOf(talks.actors(Role.participant)));
        assertEquals("2024-06-09", talks.date().iso());
    }

    @Test
    void comingAsAGuestOfAPlaceIsVisitingIt() {
        Event visit = only(arabic("ويحل الرئيس التركي رجب طيب أردوغان ضيفا على القاهرة الأربعاء المقبل."), EventType.Visit);
        assertEquals(List.of("recep-tayyip-erdogan"), visit.actors(Role.participant));
        assertEquals(List.of("cairo"), visit.places());
        assertEquals("2024-06-12", visit.date().iso());
        Extraction show = arabic("وحل وزير الخارجية المصري ضيفا على برنامج تلفزيوني مساء أمس.");
        assertTrue(show.events().stream().noneMatch(e -> e.type() == EventType.Visit), () -> "events " + show.events());
    }

    @Test
    void talksATripIsMadeForAreHeldByTheTravellerAtTheDestination() {
        Extraction x = english("Russian Foreign Minister Sergei Lavrov flew to Ankara on Tuesday for talks with Turkish Foreign Minister Hakan Fidan.");
        Event talks = only(x, EventType.Meeting);
        assertEquals(Set.of("sergei-lavrov", "hakan-fidan"), Set.copyOf(talks.actors(Role.participant)));
        assertEquals("2024-06-04", talks.date().iso());
        assertEquals(List.of("ankara"), talks.places());
        Event indirect = only(english("Iranian Foreign Minister Abbas Araqchi travelled to Muscat on Friday for indirect talks with U.S. envoy Steve Witkoff."),
                EventType.Negotiation);
        assertEquals(2, indirect.actors(Role.party).size(), () -> "parties " + indirect.actors(Role.party));
        assertEquals("2024-06-07", indirect.date().iso());
    }

    @Test
    void leavingForAPlaceIsTravellingThere() {
        Event v = only(english("U.S. Secretary of State Antony Blinken left for Cairo on Wednesday."), EventType.Visit);
        assertEquals(List.of("cairo"), v.places());
        assertEquals("2024-06-05", v.date().iso());
    }

    @Test
    void beingDueOrExpectedInAPlaceIsAPlannedVisit() {
        Extraction x = english("Iranian Foreign Minister Abbas Araqchi is expected in Muscat on Saturday for talks with U.S. envoy Steve Witkoff.");
        Event visit = only(x, EventType.Visit);
        assertEquals(List.of("abbas-araghchi"), visit.actors(Role.participant));
        assertEquals(List.of("muscat"), visit.places());
        assertEquals("2024-06-15", visit.date().iso());
        assertEquals(List.of("muscat"), only(x, EventType.Meeting).places());
        assertEquals(List.of("riyadh"), only(english("Blinken is due in Riyadh on Thursday."), EventType.Visit).places());
        assertTrue(english("A decision on the aid package is due in July.").events().isEmpty());
    }

    @Test
    void flyingFromOnePlaceToAnotherIsATripToTheSecond() {
        Extraction x = english("Egyptian Foreign Minister Sameh Shoukry flew from Cairo to Washington on Sunday for talks with Secretary of State Antony Blinken.");
        Event visit = only(x, EventType.Visit);
        assertEquals(List.of("sameh-shoukry"), visit.actors(Role.participant));
        assertEquals(List.of("washington"), visit.places());
        assertEquals("2024-06-09", visit.date().iso());
        assertEquals(List.of("washington"), only(x, EventType.Meeting).places());
    }

    @Test
    void destinationsWithADayEachAreOneVisitEach() {
        List<Event> legs = english("Russian Foreign Minister Sergei Lavrov will travel to Doha on Thursday and then to London on Friday.")
                .events().stream().filter(e -> e.type() == EventType.Visit).toList();
        assertEquals(2, legs.size(), () -> "visits " + legs);
        assertEquals(List.of("doha"), legs.get(0).places());
        assertEquals("2024-06-13", legs.get(0).date().iso());
        assertEquals(List.of("london"), legs.get(1).places());
        assertEquals("2024-06-14", legs.get(1).date().iso());
        legs.forEach(leg -> assertEquals(List.of("sergei-lavrov"), leg.actors(Role.participant)));
    }

    @Test
    void destinationsSharingOneDayAreOneTrip() {
        Event trip = only(english("Qatar's prime minister will fly to Cairo and Amman on Wednesday."), EventType.Visit);
        assertEquals(Set.of("cairo", "amman"), Set.copyOf(trip.places()));
        assertEquals("2024-06-12", trip.date().iso());
    }
}
