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

/** A verb right after "which"/"who" (auxiliaries aside) has the actor the pronoun points back to as its subject. */
class EnglishRelativeSubjectTest {
    private static final LocalDate DAY = LocalDate.of(2025, 3, 13);

    @Test
    void theGroupARelativeClausePointsBackToMediatesNotAnEarlierActor() {
        Event talks = only(english(DAY, "He said a signing required Armenia to remove claims to Azerbaijani territory from its "
                + "constitution, as well as the formal dissolution of the OSCE Minsk Group, which has mediated the conflict since 1992."),
                EventType.Negotiation);
        assertEquals(List.of("osce-minsk-group"), List.copyOf(talks.actors(Role.mediator)), () -> "talks " + talks);
    }

    @Test
    void thePersonAfterAPrepositionIsTheSubjectOfTheRelativeClauseOnHim() {
        Event visit = only(english(DAY, "Sisi held talks with Blinken, who arrived in Cairo on Monday."), EventType.Visit);
        assertEquals(List.of("antony-blinken"), List.copyOf(visit.actors(Role.participant)), () -> "visit " + visit);
    }
}
