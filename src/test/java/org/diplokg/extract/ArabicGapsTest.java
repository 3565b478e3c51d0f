package org.diplokg.extract;

import static org.diplokg.extract.ShortArticles.extract;
import static org.diplokg.extract.ShortArticles.only;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.diplokg.model.EventType;
import org.junit.jupiter.api.Test;

/** Arabic constructions earlier probe rounds found wrong, each on short agency-style sentences (published Monday 2024-06-10). */
class ArabicGapsTest {
    @Test
    void answerWithTheVerbalNounOfARejectionVerb() {
        assertEquals(java.util.List.of("hamas"), only(extract("ar", "ردت حركة حماس بالرفض على المقترح الإسرائيلي الأخير."),
                EventType.Rejection).actors(org.diplokg.model.Role.agent));
        assertEquals(java.util.List.of("hezbollah"), only(extract("ar", "ورفضه حزب الله الثلاثاء."),
                EventType.Rejection).actors(org.diplokg.model.Role.agent));
    }
}
