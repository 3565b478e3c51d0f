package org.diplokg.extract;

import static org.diplokg.extract.ShortArticles.english;
import static org.diplokg.extract.ShortArticles.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.diplokg.model.Event;
import org.diplokg.model.EventType;
import org.diplokg.model.Role;
import org.junit.jupiter.api.Test;

/**
 * "after a week of African Union-led talks": the actor hyphened to "led" mediates the talks, which the deal of the
 * sentence ended; "The talks opened in Pretoria" later tells the same talks, placed in a city of the state named first.
 */
class EnglishLedTalksTest {
    private static final LocalDate DAY = LocalDate.of(2022, 11, 2);

    @Test
    void theActorHyphenedToLedMediatesTheTalksTheDealCameAfter() {
        Event talks = only(english(DAY, "Ethiopia and the TPLF agreed on Wednesday to a permanent cessation of hostilities "
                + "after a week of African Union-led talks in South Africa."), EventType.Negotiation);
        assertEquals(Set.of("african-union"), Set.copyOf(talks.actors(Role.mediator)), () -> "talks " + talks);
        assertEquals(Set.of("ethiopia", "tplf"), Set.copyOf(talks.actors(Role.party)), () -> "talks " + talks);
        assertEquals("2022-11-02", talks.end().iso());
    }

    @Test
    void ledBeforeAnythingButTalksGivesNoMediator() {
        Event attack = only(english(LocalDate.of(2023, 10, 8), "Hamas-led militants attacked southern Israel on Saturday."),
                EventType.MilitaryOperation);
        assertTrue(attack.actors(Role.mediator).isEmpty(), () -> "attack " + attack);
    }

    @Test
    void talksToldAgainInACityOfTheirStateAreOneNegotiationPlacedInTheCity() {
        Event talks = only(english(DAY, "Ethiopia and the TPLF agreed on Wednesday to a permanent cessation of hostilities "
                + "after a week of African Union-led talks in South Africa. The talks opened in Pretoria on Oct 25, with "
                + "Obasanjo mediating alongside former Kenyan president Uhuru Kenyatta."), EventType.Negotiation);
        assertTrue(talks.actors(Role.mediator).containsAll(List.of("african-union", "olusegun-obasanjo", "uhuru-kenyatta")), () -> "talks " + talks);
        assertEquals("2022-10-25", talks.begin().iso());
        assertEquals(List.of("pretoria"), List.copyOf(talks.places()), () -> "talks " + talks);
    }
}
