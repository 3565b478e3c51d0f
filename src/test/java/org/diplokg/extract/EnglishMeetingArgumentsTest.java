package org.diplokg.extract;

import static org.diplokg.extract.ShortArticles.english;
import static org.diplokg.extract.ShortArticles.events;
import static org.diplokg.extract.ShortArticles.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.diplokg.model.Event;
import org.diplokg.model.EventType;
import org.diplokg.model.Extraction;
import org.diplokg.model.Role;
import org.junit.jupiter.api.Test;

/** English participants, hosts and attendees of meetings, visits and calls, on short articles through the whole extractor. */
class EnglishMeetingArgumentsTest {
    @Test
    void theAgentOfAnotherParticipleTakesNoPartInTheMeeting() {
        Event meeting = only(english("Antony Blinken travelled to Beijing in June, meeting Xi Jinping, and was followed by "
                + "Treasury Secretary Janet Yellen."), EventType.Meeting);
        assertEquals(List.of("antony-blinken", "xi-jinping"), meeting.actors(Role.participant).stream().sorted().toList(), () -> "meeting " + meeting);
        Event statement = only(english("Under the arrangement, set out in a statement released by NATO, Sweden will back Turkey's bid."),
                EventType.Statement);
        assertEquals(List.of("nato"), statement.actors(Role.speaker), () -> "statement " + statement);
    }

    @Test
    void whoJoinsTheCallerTakesPartInTheCall() {
        List<Event> calls = events(english("President Joe Biden, joined by Vice President Kamala Harris, spoke by phone with "
                + "Israeli Prime Minister Benjamin Netanyahu on Wednesday."), EventType.PhoneCall);
        assertTrue(calls.stream().anyMatch(c -> c.actors(Role.participant).contains("kamala-harris")), () -> "calls " + calls);
    }

    @Test
    void anEventTheTalksPrepareIsNeitherReportedNorTheirs() {
        Extraction x = english("Antony Blinken travelled to Beijing in June, meeting Xi Jinping, laying the groundwork for Wednesday's summit.");
        Event meeting = only(x, EventType.Meeting);
        assertEquals("2024-06", meeting.date().iso(), () -> "meeting " + meeting);
        Event talks = only(english("National security adviser Jake Sullivan held talks with Foreign Minister Wang Yi in Bangkok in January "
                + "to prepare the ground for further contacts between the leaders."), EventType.Meeting);
        assertEquals(List.of("jake-sullivan", "wang-yi"), talks.actors(Role.participant).stream().sorted().toList(), () -> "talks " + talks);
    }

    @Test
    void whoHostsTheVisitorAtAMeetingThatDayHostsTheVisit() {
        Extraction x = english("Chinese President Xi Jinping arrived in Moscow on Monday for a three-day state visit.\n"
                + "Russian President Vladimir Putin hosted Xi for an informal dinner in the Kremlin on Monday evening.");
        Event visit = only(x, EventType.Visit);
        assertEquals(List.of("vladimir-putin"), visit.actors(Role.host), () -> "visit " + visit);
        // hosted in Paris, Xi visits Paris too: that visit, not the one to Moscow, is Macron's
        List<Event> elsewhere = events(english("Chinese President Xi Jinping arrived in Moscow on Monday for a three-day state visit.\n"
                + "French President Emmanuel Macron hosted Xi for a dinner in Paris on Monday."), EventType.Visit);
        Event moscow = elsewhere.stream().filter(v -> v.places().equals(List.of("moscow"))).findFirst().orElseThrow(() -> new AssertionError("visits " + elsewhere));
        assertTrue(moscow.actors(Role.host).isEmpty(), () -> "visits " + elsewhere);
    }

    @Test
    void whoSatInOnTheMeetingAttendedIt() {
        Event meeting = only(english("Xi received Blinken for about 35 minutes at the Great Hall of the People on Monday. "
                + "China's top diplomat Wang Yi and Foreign Minister Qin Gang also sat in."), EventType.Meeting);
        assertEquals(List.of("qin-gang", "wang-yi"), meeting.actors(Role.attendee).stream().sorted().toList(), () -> "meeting " + meeting);
    }

    @Test
    void theGuestsSaidToAttendAHostedSummitTakePartInIt() {
        Event summit = only(english("Saudi Arabia hosted a summit of Arab leaders in Riyadh on Monday.\n\n"
                + "Among those attending were Jordan's King Abdullah II and Qatar's Emir Sheikh Tamim bin Hamad Al-Thani, "
                + "on his first trip to a Gulf summit."), EventType.Meeting);
        assertEquals(List.of("abdullah-ii", "tamim-bin-hamad-al-thani"), summit.actors(Role.participant).stream().sorted().toList(),
                () -> "summit " + summit);
        Event talks = only(english("Blinken met Qatari Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani in Doha on Monday.\n\n"
                + "Among those attending were Jordan's King Abdullah II and Egyptian intelligence chief Abbas Kamel."), EventType.Meeting);
        assertEquals(List.of("abbas-kamel", "abdullah-ii"), talks.actors(Role.attendee).stream().sorted().toList(), () -> "talks " + talks);
    }

    @Test
    void whoChairsTheBodyThatMetTakesPartInItsMeeting() {
        Event council = only(english("On Sunday, the Security and Defence Council chaired by Sudan's army chief Abdel Fattah al-Burhan "
                + "met in Port Sudan to discuss the truce proposal."), EventType.Meeting);
        assertTrue(council.actors(Role.participant).contains("abdel-fattah-al-burhan"), () -> "council " + council);
        assertTrue(council.actors(Role.host).isEmpty(), () -> "council " + council);
        Event chaired = only(english("Blinken attended a meeting chaired by Foreign Minister Sergei Lavrov on Tuesday."), EventType.Meeting);
        assertEquals(List.of("sergei-lavrov"), chaired.actors(Role.host), () -> "meeting " + chaired);
    }

    @Test
    void receivingQuotedWordsIsNoMeeting() {
        Extraction x = english("Former Russian President Dmitry Medvedev mocked Zelenskyy, writing that he had received \"a proper slap down\".");
        assertTrue(events(x, EventType.Meeting).isEmpty(), () -> "events " + x.events());
        Extraction guest = english("Egyptian President Abdel Fattah al-Sisi received Antony Blinken in Cairo on Monday.");
        assertEquals(1, events(guest, EventType.Meeting).size(), () -> "events " + guest.events());
    }

    @Test
    void aJointNewsConferenceWithSomeoneIsAMeetingOfTheSubjectWithThem() {
        Extraction x = english("Trump first floated his idea on February 4, at a joint news conference in Washington with "
                + "Israeli Prime Minister Benjamin Netanyahu.");
        Event meeting = only(x, EventType.Meeting);
        assertEquals(List.of("benjamin-netanyahu", "donald-trump"), meeting.actors(Role.participant).stream().sorted().toList(),
                () -> "meeting " + meeting);
        assertEquals("2024-02-04", meeting.date().iso(), () -> "meeting " + meeting);
        // with no one to face the press with, the conference is the speaker's remarks alone
        Extraction alone = english("Blinken told a joint news conference on Monday that talks would resume.");
        assertTrue(events(alone, EventType.Meeting).isEmpty(), () -> "events " + alone.events());
    }

    @Test
    void whoIsMetAsVisitingCameOnAVisit() {
        Extraction x = english("Egyptian President Abdel Fattah al-Sisi received visiting Chinese Foreign Minister Wang Yi in Cairo on Monday.");
        Event meeting = only(x, EventType.Meeting);
        assertTrue(meeting.actors(Role.participant).contains("wang-yi"), () -> "meeting " + meeting);
        Event visit = only(x, EventType.Visit);
        assertEquals(List.of("wang-yi"), visit.actors(Role.participant), () -> "visit " + visit);
        assertEquals(List.of("abdel-fattah-el-sisi"), visit.actors(Role.host), () -> "visit " + visit);
        assertEquals(List.of("cairo"), visit.places(), () -> "visit " + visit);
    }

    @Test
    void theInfinitiveOfAnAppositionIsThePersonsTrip() {
        Extraction x = english("Turkish Foreign Minister Hakan Fidan met Ahmed al-Sharaa in Damascus on Sunday.\n"
                + "Fidan, the most senior Turkish official to travel to the Syrian capital since the regime fell, was received by "
                + "al-Sharaa at the start of the visit, according to diplomatic sources.");
        Event visit = only(x, EventType.Visit);
        assertEquals(List.of("hakan-fidan"), visit.actors(Role.participant), () -> "visit " + visit);
        assertEquals(List.of("ahmed-al-sharaa"), visit.actors(Role.host), () -> "visit " + visit);
        assertEquals("2024-06-09", visit.date().iso(), () -> "visit " + visit);
    }

    @Test
    void whoIsDueToHostAMeetingHostsIt() {
        Extraction x = english("Starmer is due to host European leaders, along with Zelenskyy, at a summit on Ukraine in London on Sunday.");
        Event meeting = only(x, EventType.Meeting);
        assertEquals(List.of("keir-starmer"), meeting.actors(Role.host), () -> "meeting " + meeting);
        assertTrue(events(x, EventType.Visit).isEmpty(), () -> "events " + x.events());
    }

    @Test
    void whoAskedSomeoneToTravelPaysNoVisit() {
        Extraction x = english("Blinken replied that President Joe Biden had asked him to travel to Beijing because the two "
                + "powers had an obligation to manage their relationship.");
        assertTrue(events(x, EventType.Visit).stream().noneMatch(v -> v.actors(Role.participant).contains("joe-biden")),
                () -> "events " + x.events());
    }

    @Test
    void spendingHoursWithSomeoneIsMeetingThem() {
        Event meeting = only(english("Blinken spent three hours with Chinese Foreign Minister Qin Gang on Sunday."), EventType.Meeting);
        assertEquals(List.of("antony-blinken", "qin-gang"), meeting.actors(Role.participant).stream().sorted().toList(), () -> "meeting " + meeting);
        Extraction money = english("Washington spent billions on aid to Kyiv last year.");
        assertTrue(events(money, EventType.Meeting).isEmpty(), () -> "events " + money.events());
    }

    @Test
    void whoFlanksTheSpeakerAtAJointNewsConferenceMeetsThem() {
        Event meeting = only(english("Speaking at a joint news conference at his official residence, flanked by Cambodian Prime Minister "
                + "Hun Manet and Thailand's acting premier, Phumtham Wechayachai, Malaysian Prime Minister Anwar Ibrahim said the truce "
                + "would come into force at midnight."), EventType.Meeting);
        assertEquals(3, meeting.actors(Role.participant).size(), () -> "meeting " + meeting);
        assertTrue(meeting.actors(Role.participant).stream().anyMatch(a -> a.contains("anwar")), () -> "meeting " + meeting);
        assertTrue(meeting.actors(Role.participant).stream().anyMatch(a -> a.contains("hun-manet")), () -> "meeting " + meeting);
    }
}
