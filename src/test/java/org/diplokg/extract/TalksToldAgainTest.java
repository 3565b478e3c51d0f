package org.diplokg.extract;

import static org.diplokg.extract.ShortArticles.english;
import static org.diplokg.extract.ShortArticles.events;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.diplokg.model.Event;
import org.diplokg.model.EventType;
import org.diplokg.model.Extraction;
import org.diplokg.model.Role;
import org.junit.jupiter.api.Test;

/** "The talks" after a negotiation the article told is that negotiation told again, not a meeting of its own. */
class TalksToldAgainTest {
    @Test
    void theTalksAfterANegotiationAreThatNegotiation() {
        Extraction x = english(LocalDate.of(2025, 4, 12), "Iran and the United States held their first negotiations"
                + " under President Donald Trump's second term on Saturday in Oman. Araghchi told Iranian state television"
                + " the talks were held in a calm and respectful atmosphere.");
        assertTrue(events(x, EventType.Meeting).isEmpty(), "no meeting of Iran and the United States besides the talks");
        List<Event> talks = events(x, EventType.Negotiation);
        assertEquals(1, talks.size());
        assertEquals(List.of("iran", "united-states"), talks.getFirst().actors(Role.party));
    }

    @Test
    void theDayTheTalksOpenedIsTheirBeginning() {
        Extraction x = english(LocalDate.of(2024, 7, 23), "Hamas and Fatah signed a declaration in Beijing on Tuesday"
                + " after three days of talks mediated by China. The talks opened on Sunday.");
        assertTrue(events(x, EventType.Meeting).isEmpty());
        List<Event> talks = events(x, EventType.Negotiation);
        assertEquals(1, talks.size());
        assertEquals("2024-07-21", talks.getFirst().begin().iso());
        assertEquals("2024-07-23", talks.getFirst().end().iso());
        assertEquals(List.of("china"), talks.getFirst().actors(Role.mediator));
    }

    @Test
    void theTalksOfAMeetingThatDayStayThatMeeting() {
        Extraction x = english(LocalDate.of(2024, 6, 10), "Blinken held talks with Egyptian President Abdel Fattah el-Sisi"
                + " in Cairo on Monday. They discussed the negotiations between Israel and Hamas mediated by Egypt and Qatar."
                + " The talks lasted two hours, the State Department said.");
        Event meeting = ShortArticles.only(x, EventType.Meeting);
        assertEquals("PT2H", meeting.duration());
        assertTrue(events(x, EventType.Negotiation).stream().allMatch(e -> e.date() == null), "the negotiation discussed is not dated by the meeting");
    }
}
