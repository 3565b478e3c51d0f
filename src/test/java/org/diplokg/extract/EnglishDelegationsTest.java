package org.diplokg.extract;

import static org.diplokg.extract.ShortArticles.english;
import static org.diplokg.extract.ShortArticles.only;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.diplokg.model.Event;
import org.diplokg.model.EventType;
import org.diplokg.model.Role;
import org.junit.jupiter.api.Test;

/** A state that sends a delegation somewhere travels there through it, and the talks it is sent for are the state's. */
class EnglishDelegationsTest {
    @Test
    void sendingADelegationIsTheSendersVisit() {
        Event visit = only(english("Ukraine sent a delegation to Istanbul for talks with Russia on Tuesday."), EventType.Visit);
        assertEquals(List.of("ukraine"), visit.actors(Role.participant));
        assertEquals(List.of("istanbul"), visit.places());
        assertEquals("2024-06-04", visit.date().iso());
    }

    @Test
    void theTalksADelegationIsSentForAreTheSendersWithTheOtherSide() {
        Event talks = only(english("Ukraine sent a delegation to Istanbul for talks with Russia on Tuesday."), EventType.Meeting);
        assertEquals(Set.of("ukraine", "russia"), Set.copyOf(talks.actors(Role.participant)));
        assertEquals(List.of("istanbul"), talks.places());
        Event negotiation = only(english("Israel will send a delegation to Cairo on Monday for negotiations with Hamas."),
                EventType.Negotiation);
        assertEquals(Set.of("israel", "hamas"), Set.copyOf(negotiation.actors(Role.party)));
        assertEquals(List.of("cairo"), negotiation.places());
    }

    @Test
    void dispatchingADelegationIsTheSendersVisitToo() {
        Event visit = only(english("Egypt dispatched a delegation to Tel Aviv on Thursday for talks with Israeli officials."),
                EventType.Visit);
        assertEquals(List.of("egypt"), visit.actors(Role.participant));
        assertEquals(List.of("tel-aviv"), visit.places());
    }
}
