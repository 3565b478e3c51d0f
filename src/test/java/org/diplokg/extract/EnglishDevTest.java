package org.diplokg.extract;

import static org.diplokg.extract.ShortArticles.english;
import static org.diplokg.extract.ShortArticles.only;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.diplokg.model.Event;
import org.diplokg.model.EventType;
import org.diplokg.model.Extraction;
import org.diplokg.model.Role;
import org.junit.jupiter.api.Test;

/** Constructions found wanting on fresh English articles written before the extractor ran on them. */
class EnglishDevTest {
    @Test
    void speakerStandsBeforeARelativeClauseThatNamesAnotherActor() {
        Event said = only(english("French President Emmanuel Macron, who spoke after meeting Jordan's King Abdullah, said Paris would send more aid."),
                EventType.Statement);
        assertEquals(List.of("emmanuel-macron"), said.actors(Role.speaker));
        Event putin = only(english("Putin, who has ruled Russia since 2000, said the West was to blame."), EventType.Statement);
        assertEquals(List.of("vladimir-putin"), putin.actors(Role.speaker));
        assertEquals("2024-06-10", putin.date().iso());
    }

    @Test
    void aRelativeClausesDateDoesNotDateTheMainVerb() {
        Extraction x = english("Xi, who arrived in Moscow on Saturday for a three-day state visit, said China stood for peace and dialogue.");
        assertEquals("2024-06-08", only(x, EventType.Visit).date().iso());
        Event said = only(x, EventType.Statement);
        assertEquals(List.of("xi-jinping"), said.actors(Role.speaker));
        assertEquals("2024-06-10", said.date().iso());
    }

    @Test
    void aDateInAReportedClauseWithoutThatDoesNotDateTheSpeech() {
        Event ministry = only(english("The Egyptian foreign ministry said the crossing would reopen next month."), EventType.Statement);
        assertEquals("2024-06-10", ministry.date().iso());
        Event kishida = only(english("Japanese Prime Minister Fumio Kishida said Tokyo would double defence spending by 2027."), EventType.Statement);
        assertEquals("2024-06-10", kishida.date().iso());
        Event blinken = only(english("Blinken said on Friday the two sides had made progress."), EventType.Statement);
        assertEquals("2024-06-07", blinken.date().iso());
    }

    @Test
    void aDeliberativeBodyThatVotesToActPassesAResolution() {
        Event assembly = only(english("The U.N. General Assembly on Wednesday overwhelmingly voted to reprimand Russia for invading Ukraine."),
                EventType.Resolution);
        assertEquals(List.of("un-general-assembly"), assembly.actors(Role.agent));
        assertEquals("2024-06-05", assembly.date().iso());
        Event board = only(english("The IAEA Board of Governors passed a resolution on Thursday censuring Iran."), EventType.Resolution);
        assertEquals(List.of("iaea-board-of-governors"), board.actors(Role.agent));
        assertEquals(0, ShortArticles.events(english("Russia, Belarus and Syria voted against the text, while China abstained."),
                EventType.Resolution).size());
    }

    @Test
    void aDateBetweenASubjectAndItsVerbDatesThatVerb() {
        Event veto = only(english("The assembly met in an emergency session after Russia on Friday vetoed a draft resolution."),
                EventType.Rejection);
        assertEquals(List.of("russia"), veto.actors(Role.agent));
        assertEquals("2024-06-07", veto.date().iso());
        Event rejection = only(english("The talks collapsed after Hamas on Tuesday rejected the proposal."), EventType.Rejection);
        assertEquals("2024-06-04", rejection.date().iso());
    }
}
