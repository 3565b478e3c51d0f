package org.diplokg.extract;

import static org.diplokg.extract.ShortArticles.english;
import static org.diplokg.extract.ShortArticles.only;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.diplokg.model.Event;
import org.diplokg.model.EventType;
import org.diplokg.model.Role;
import org.junit.jupiter.api.Test;

/** The "by" agent of a passive verb of receiving hosts, even past a place adjunct; the subject is the guest. */
class EnglishPassiveAgentTest {
    @Test
    void theAgentPastAPlaceAdjunctHostsTheGuest() {
        Event meeting = only(english("Algerian President Abdelmadjid Tebboune was received at the presidential palace by Sisi on Sunday."),
                EventType.Meeting);
        assertEquals(List.of("abdel-fattah-el-sisi"), List.copyOf(meeting.actors(Role.host)), () -> "meeting " + meeting);
    }

    @Test
    void whoWelcomesAVisitorAtTheAirportHostsTheVisit() {
        Event visit = only(english(LocalDate.of(2024, 10, 27), "Tebboune, who flew into Cairo earlier in the day on a working visit "
                + "and was welcomed at the airport by Sisi, voiced support for the initiative."), EventType.Visit);
        assertEquals(List.of("abdel-fattah-el-sisi"), List.copyOf(visit.actors(Role.host)), () -> "visit " + visit);
        assertEquals(List.of("abdelmadjid-tebboune"), List.copyOf(visit.actors(Role.participant)), () -> "visit " + visit);
    }
}
