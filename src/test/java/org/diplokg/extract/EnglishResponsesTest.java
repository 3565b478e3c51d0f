package org.diplokg.extract;

import static org.diplokg.extract.ShortArticles.english;
import static org.diplokg.extract.ShortArticles.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.diplokg.model.Event;
import org.diplokg.model.EventType;
import org.diplokg.model.Role;
import org.junit.jupiter.api.Test;

/** English responses to proposals (rejections, acceptances) and the statements around them: who makes them. */
class EnglishResponsesTest {

    @Test
    void rulingACourseOutRejectsItAndHeIsTheSentencesOpeningActor() {
        Event rejection = only(english("Netanyahu has come under pressure from the families of captives to secure their release, "
                + "but he has repeatedly ruled out ending the war before Hamas is destroyed."), EventType.Rejection);
        assertEquals(List.of("benjamin-netanyahu"), rejection.actors(Role.agent));
        assertNull(rejection.date(), "a standing refusal has no day");
    }
}
