package org.diplokg.extract;

import static org.diplokg.extract.ShortArticles.english;
import static org.diplokg.extract.ShortArticles.only;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.diplokg.model.Event;
import org.diplokg.model.EventType;
import org.diplokg.model.Role;
import org.junit.jupiter.api.Test;

/** Constructions found wanting on fresh English articles written before the extractor ran on them. */
class EnglishDevTest {
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
}
