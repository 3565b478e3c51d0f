package org.diplokg.extract;

import static org.diplokg.extract.ShortArticles.english;
import static org.diplokg.extract.ShortArticles.events;
import static org.diplokg.extract.ShortArticles.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.diplokg.model.Event;
import org.diplokg.model.EventType;
import org.diplokg.model.Extraction;
import org.diplokg.model.Role;
import org.junit.jupiter.api.Test;

/** English agreements, truces and swaps that a sentence reports or only seems to: dates, sides and denials. */
class EnglishDealArgumentsTest {
    /**
     * "expired on Saturday without agreement on the next stage": an agreement that comes "without" did not happen;
     * the truce that expired still did.
     */
    @Test
    void anAgreementWithoutWhichAPhaseEndedIsNone() {
        Extraction x = english(LocalDate.of(2025, 3, 4), "The first phase expired on Saturday without agreement on the next stage.");
        assertEquals(List.of(), events(x, EventType.Agreement));
        Extraction talks = english(LocalDate.of(2025, 3, 4), "The talks in Cairo ended on Monday without reaching an agreement.");
        assertEquals(List.of(), events(talks, EventType.Agreement));
        Extraction truce = english(LocalDate.of(2025, 3, 4), "The truce expired on Saturday without agreement on the next stage.");
        assertEquals("2025-03-01", only(truce, EventType.Ceasefire).end().iso());
    }

    /**
     * "… a fragile ceasefire between Israel and Hamas hangs in the balance. Its first phase, which took effect on
     * January 19, expired on Saturday": the pronoun points back to the truce, which began on the day it took effect.
     */
    @Test
    void aTruceTakesTheDayItsPronounSaysItTookEffect() {
        Extraction x = english(LocalDate.of(2025, 3, 4), "The summit comes as a fragile ceasefire between Israel and Hamas hangs in the balance. "
                + "Its first phase, which took effect on January 19, expired on Saturday.");
        assertEquals("2025-01-19", only(x, EventType.Ceasefire).date().iso());
        Extraction brokered = english(LocalDate.of(2021, 3, 4), "Russia brokered a ceasefire between Armenia and Azerbaijan. It took effect on November 10.");
        assertEquals("2020-11-10", only(brokered, EventType.Ceasefire).date().iso());
    }

    /**
     * "exchanged 390 prisoners each … the exchange was expected to continue on Saturday and Sunday": the swap named
     * again goes on over later days; those days date no second swap.
     */
    @Test
    void aSwapThatContinuesOnLaterDaysIsStillOne() {
        Extraction x = english(LocalDate.of(2025, 5, 23), "Russia and Ukraine on Friday exchanged 390 prisoners each. "
                + "Zelensky said the exchange was expected to continue on Saturday and Sunday.");
        assertEquals("2025-05-23", only(x, EventType.Exchange).date().iso());
        Extraction truce = english(LocalDate.of(2025, 5, 23), "Israel and Hamas began a truce on Friday. The truce continued on Saturday.");
        assertEquals("2025-05-23", only(truce, EventType.Ceasefire).date().iso());
    }

    /**
     * "The war between Armenia and Azerbaijan ended with a Russian-brokered ceasefire in November 2020": the truce that
     * ends a war is between its sides; a plan's truce ("would bring a six-week ceasefire") gets none so.
     */
    @Test
    void aTruceThatEndedAWarIsBetweenItsSides() {
        Extraction x = english(LocalDate.of(2025, 3, 13), "The war between Armenia and Azerbaijan ended with a Russian-brokered ceasefire in November 2020.");
        Event truce = only(x, EventType.Ceasefire);
        assertEquals(Set.of("armenia", "azerbaijan"), Set.copyOf(truce.actors(Role.party)));
        assertEquals(List.of("russia"), truce.actors(Role.mediator));
        Extraction fought = english(LocalDate.of(2025, 3, 13), "Armenia and Azerbaijan fought a six-week war in 2020, which ended with a Russian-brokered ceasefire in November.");
        assertEquals(Set.of("armenia", "azerbaijan"), Set.copyOf(only(fought, EventType.Ceasefire).actors(Role.party)));
    }

    /**
     * "WE HAVE A DEAL FOR THE HOSTAGES. THEY WILL BE RELEASED SHORTLY": the subject pronoun of a passive release is who
     * is freed, not the state last named as a subject; in the active ("They released 33 hostages") it is the releaser.
     */
    @Test
    void thosePassivelyReleasedAreNoSideOfTheSwap() {
        Extraction x = english(LocalDate.of(2025, 1, 15), "Qatar said on Wednesday that a deal had been reached. They will be released shortly, Trump said.");
        assertEquals(List.of(), events(x, EventType.Exchange).stream().filter(e -> e.actors(Role.party).contains("qatar")).toList());
        Extraction active = english(LocalDate.of(2025, 1, 15), "Israel and Hamas agreed on a deal on Wednesday. They released 33 hostages on Sunday.");
        assertTrue(only(active, EventType.Exchange).actors(Role.party).contains("israel"));
    }
}
