package org.diplokg.extract;

import static org.diplokg.extract.ShortArticles.only;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.diplokg.model.ActorType;
import org.diplokg.model.Event;
import org.diplokg.model.EventType;
import org.diplokg.model.Extraction;
import org.diplokg.model.Role;
import org.junit.jupiter.api.Test;

/** Frames of everyday English agency copy, each on a short sentence in the wire's own style. */
class EnglishProbesTest {
    private static Extraction extract(String body) {
        return ShortArticles.extract("en", body);
    }

    private static ActorType typeOf(Extraction x, String slug) {
        return x.actors().stream().filter(a -> a.slug().equals(slug)).findFirst().orElseThrow().type();
    }

    @Test
    void trailingAttributionToALowerCaseMinistryGivesTheMinistryAsSpeaker() {
        Extraction x = extract("The talks were constructive, the Iranian foreign ministry said.");
        List<String> speakers = only(x, EventType.Statement).actors(Role.speaker);
        assertEquals(1, speakers.size(), () -> "speakers " + speakers);
        assertEquals(ActorType.GovernmentBody, typeOf(x, speakers.getFirst()));
    }

    @Test
    void withSomeoneInAttendanceOrPresentIsAnAttendee() {
        Event m = only(extract("Putin met Witkoff in St Petersburg on Friday, with Kremlin aide Yuri Ushakov in attendance."), EventType.Meeting);
        assertEquals(2, m.actors(Role.participant).size(), () -> "participants " + m.actors(Role.participant));
        assertEquals(1, m.actors(Role.attendee).size(), () -> "attendees " + m.actors(Role.attendee));
        Event n = only(extract("Netanyahu met Trump at the White House on Monday, with U.S. envoy Steve Witkoff present."), EventType.Meeting);
        assertEquals(List.of("steve-witkoff"), n.actors(Role.attendee));
    }
}
