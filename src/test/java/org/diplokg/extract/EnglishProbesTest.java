package org.diplokg.extract;

import static org.diplokg.extract.ShortArticles.english;
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

/** Frames of everyday English agency copy, each on a short sentence in the wire's own style. */
class EnglishProbesTest {
    @Test
    void withSomeoneInAttendanceOrPresentIsAnAttendee() {
        Event m = only(english("Putin met Witkoff in St Petersburg on Friday, with Kremlin aide Yuri Ushakov in attendance."), EventType.Meeting);
        assertEquals(2, m.actors(Role.participant).size(), () -> "participants " + m.actors(Role.participant));
        assertEquals(1, m.actors(Role.attendee).size(), () -> "attendees " + m.actors(Role.attendee));
        Event n = only(english("Netanyahu met Trump at the White House on Monday, with U.S. envoy Steve Witkoff present."), EventType.Meeting);
        assertEquals(List.of("steve-witkoff"), n.actors(Role.attendee));
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
    void talksAMeetingIsHeldForAreThatMeeting() {
        Event m = only(english("Saudi Crown Prince Mohammed bin Salman hosted Ukrainian President Volodymyr Zelenskiy for talks in Jeddah on Monday."),
                EventType.Meeting);
        assertEquals(List.of("mohammed-bin-salman"), m.actors(Role.host));
        assertEquals(List.of("jeddah"), m.places());
        assertEquals("2024-06-10", m.date().iso());
    }

    @Test
    void leavingForAPlaceIsTravellingThere() {
        Event v = only(english("U.S. Secretary of State Antony Blinken left for Cairo on Wednesday."), EventType.Visit);
        assertEquals(List.of("cairo"), v.places());
        assertEquals("2024-06-05", v.date().iso());
    }

    @Test
    void attendingASummitIsTakingPartButAttendingAFuneralIsNoMeeting() {
        Event m = only(english("U.N. Secretary-General Antonio Guterres attended the summit in Cairo on Tuesday."), EventType.Meeting);
        assertEquals(List.of("antonio-guterres"), m.actors(Role.participant));
        assertEquals("2024-06-04", m.date().iso());
        assertTrue(ShortArticles.events(english("Russian President Vladimir Putin attended the funeral in Moscow on Monday."), EventType.Meeting).isEmpty());
    }
}
