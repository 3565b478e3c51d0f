package org.diplokg.extract;

import static org.diplokg.extract.ShortArticles.english;
import static org.diplokg.extract.ShortArticles.eventWith;
import static org.diplokg.extract.ShortArticles.events;
import static org.diplokg.extract.ShortArticles.only;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.diplokg.model.Event;
import org.diplokg.model.EventType;
import org.diplokg.model.Extraction;
import org.diplokg.model.Role;
import org.junit.jupiter.api.Test;

/** English sides and mediators of agreements, negotiations, truces and swaps, on short texts through the whole extractor. */
class EnglishDealSidesTest {
    /**
     * "The two agreed to stay in close touch": "the two" standing alone as the subject, as "both" does, is the pair of
     * people the readout named last; the negotiations of the clause after it are no talks between those two.
     */
    @Test
    void theTwoStandingAloneAgreeAsTheLastPair() {
        Extraction readout = english("Secretary Blinken and Foreign Minister Abdelatty discussed ways to increase the flow of aid into Gaza. "
                + "The two agreed to stay in close touch as the negotiations move forward.");
        Event agreed = eventWith(readout, EventType.Agreement, Role.party, "antony-blinken");
        assertEquals(Set.of("antony-blinken", "badr-abdelatty"), Set.copyOf(agreed.actors(Role.party)));
    }

    /**
     * "a deal last year under which Saudi Arabia and Iran restored diplomatic ties": the sides that act under a deal in
     * a relative clause of its terms are its parties; one side alone there names no pair.
     */
    @Test
    void theSidesOfAClauseOfTermsAreTheDealsParties() {
        Event deal = only(english("Beijing has sought a larger role as a broker in the Middle East since it mediated a deal last year "
                + "under which Saudi Arabia and Iran restored diplomatic ties."), EventType.Agreement);
        assertEquals(Set.of("saudi-arabia", "iran"), Set.copyOf(deal.actors(Role.party)));
        Event accord = only(english("The accord whereby Armenia and Azerbaijan recognise each other's borders was initialled in August."),
                EventType.Agreement);
        assertEquals(Set.of("armenia", "azerbaijan"), Set.copyOf(accord.actors(Role.party)));
    }

    /** "pulling back to agreed-upon lines": the hyphened participle qualifies the lines and tells no agreement. */
    @Test
    void agreedUponLinesAreNoAgreement() {
        Extraction x = english("The Israeli military said its troops had begun pulling back to agreed-upon lines inside the territory at noon.");
        assertEquals(List.of(), events(x, EventType.Agreement));
    }

    /**
     * "a week-long pause last November during which 105 hostages were freed": what a relative clause of "during which"
     * tells happened inside the period before it, and takes its month.
     */
    @Test
    void aReleaseDuringWhichATruceHeldTakesTheTrucesDate() {
        Extraction x = english(LocalDate.of(2024, 10, 27), "Mediators have secured only one truce between Israel and Hamas, "
                + "a week-long pause last November during which 105 hostages were freed in exchange for 240 Palestinian prisoners.");
        assertEquals("2023-11", only(x, EventType.Ceasefire).date().iso());
        assertEquals("2023-11", only(x, EventType.Exchange).date().iso());
    }

    /**
     * "have spent months mediating between Israel and Hamas but have secured only one truce": a truce naming no side,
     * told with mediated talks between two sides, is between those sides.
     */
    @Test
    void aTruceOfMediatedTalksIsBetweenTheirSides() {
        Extraction x = english(LocalDate.of(2024, 10, 27), "Qatar, Egypt and the United States have spent months mediating between Israel "
                + "and Hamas but have secured only one truce, a week-long pause last November.");
        assertEquals(Set.of("israel", "hamas"), Set.copyOf(only(x, EventType.Ceasefire).actors(Role.party)));
    }

    /**
     * "The deal follows talks in Jeddah that began on 6 May and produced a declaration, which the two sides signed": talks
     * that name no one, told with a deal between two sides, are the negotiation between those sides.
     */
    @Test
    void talksNamingNoOneAreTheNegotiationOfTheDealTheyAreToldWith() {
        Extraction x = english(LocalDate.of(2023, 5, 21), "Sudan's army and the Rapid Support Forces signed a ceasefire agreement in Jeddah on Saturday. "
                + "The deal follows talks in Jeddah that began on 6 May and produced a declaration, which the two sides signed on 11 May.");
        Event talks = only(x, EventType.Negotiation);
        assertEquals("2023-05-06", talks.date().iso());
        assertEquals(Set.of("sudanese-armed-forces", "rapid-support-forces"), Set.copyOf(talks.actors(Role.party)));
        assertEquals(List.of(), events(x, EventType.Meeting));
    }

    /** "There they agreed to restore military communications": "they" agreeing are the pair named last. */
    @Test
    void theyAgreeingAreTheLastPair() {
        Extraction x = english(LocalDate.of(2024, 4, 2), "Biden and Xi last met in Woodside on Nov. 15. "
                + "There they agreed to restore military communications that Beijing had cut.");
        Event agreed = only(x, EventType.Agreement);
        assertEquals(Set.of("joe-biden", "xi-jinping"), Set.copyOf(agreed.actors(Role.party)));
        assertEquals("2023-11-15", agreed.date().iso());
    }
}
