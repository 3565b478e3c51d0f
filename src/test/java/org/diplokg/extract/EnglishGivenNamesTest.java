package org.diplokg.extract;

import static org.diplokg.extract.ShortArticles.english;
import static org.diplokg.extract.ShortArticles.only;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.diplokg.model.Event;
import org.diplokg.model.EventType;
import org.diplokg.model.Role;
import org.junit.jupiter.api.Test;

/** A person the gazetteer does not know is found by a common given name before a capitalised surname. */
class EnglishGivenNamesTest {
    @Test
    void aShortGivenNameOpensThePersonsName() {
        Event meeting = only(english("On Friday, Xi met Bill Gates in Beijing."), EventType.Meeting);
        assertTrue(meeting.actors(Role.participant).contains("person-bill-gates"), meeting.actors(Role.participant).toString());
    }
}
