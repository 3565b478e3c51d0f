package org.diplokg.extract;

import static org.diplokg.extract.ShortArticles.english;
import static org.diplokg.extract.ShortArticles.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.LocalDate;
import java.util.List;
import org.diplokg.model.Event;
import org.diplokg.model.EventType;
import org.diplokg.model.Role;
import org.junit.jupiter.api.Test;

/** A span after the story's day in what a proposal puts forward is the plan's, not the day it was proposed. */
class EnglishProposedSpanTest {
    @Test
    void aProposalIsNotDatedByTheSpanItProposes() {
        Event proposal = only(english(LocalDate.of(2025, 6, 2), "Ukraine also proposed holding another round between "
                + "June 20 and June 30, and gave the Russians a list of children."), EventType.Proposal);
        assertEquals(List.of("ukraine"), proposal.actors(Role.proposer));
        assertNotEquals("2025-06-20", proposal.date() == null ? null : proposal.date().iso());
    }
}
