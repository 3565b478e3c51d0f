package org.diplokg.extract;

import static org.diplokg.extract.ShortArticles.only;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.diplokg.model.EventType;
import org.diplokg.model.Role;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Constructions found by running fresh Arabic agency-style articles through the extractor. */
class ArabicFreshProbesTest {
    /** "اللجنة الخماسية المؤلفة من …": the participle of composition opens a reduced relative clause, outside the body's name. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "وجاءت الزيارة بعد اجتماع اللجنة الخماسية المؤلفة من الولايات المتحدة وفرنسا والسعودية وقطر ومصر في الدوحة.|Meeting|participant|body-alljnh-alkhmasyh",
        "وقالت اللجنة الوزارية المؤلفة من خمسة وزراء إنها ستواصل جهودها.|Statement|speaker|body-alljnh-alwzaryh",
        "وأعلن المجلس الرئاسي المكون من ثمانية أعضاء رفضه للمبادرة.|Rejection|agent|body-almjls-alryasy",
    })
    void aParticipleOfCompositionEndsTheBodysName(String sentence, EventType type, Role role, String body) {
        assertTrue(only(ShortArticles.arabic(sentence), type).actors(role).contains(body));
    }
}
