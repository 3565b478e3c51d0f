package org.diplokg.extract;

import static org.diplokg.extract.ShortArticles.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.diplokg.model.Event;
import org.diplokg.model.EventType;
import org.diplokg.model.Extraction;
import org.diplokg.model.Role;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Constructions found by running fresh Arabic agency-style articles through the extractor. */
class ArabicFreshProbesTest {
    /** "ووقع الزعيمان", "وأكد الزعيمان": the two leaders are the two people named before, and no name follows the dual. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "استقبل الرئيس المصري عبد الفتاح السيسي العاهل الأردني الملك عبد الله الثاني في القاهرة، ووقع الزعيمان اتفاقية للتعاون في مجال الطاقة.|Agreement|party|abdel-fattah-el-sisi abdullah-ii",
        "واجتمع الرئيس الفرنسي إيمانويل ماكرون مع المستشار الألماني أولاف شولتس في باريس، وأكد الزعيمان دعمهما لأوكرانيا.|Statement|speaker|olaf-scholz emmanuel-macron",
        "وعقد وزير الخارجية المصري سامح شكري ونظيره الأردني أيمن الصفدي اجتماعا في عمان، وشدد الوزيران على رفض التهجير.|Statement|speaker|sameh-shoukry ayman-safadi",
        "والتقى علييف وباشينيان في أبوظبي، ووقع الزعيمان إعلانا مشتركا لإنهاء النزاع.|Agreement|party|ilham-aliyev nikol-pashinyan",
    })
    void aDualTitleIsTheTwoPeopleNamedBefore(String sentence, EventType type, Role role, String people) {
        Extraction x = ShortArticles.arabic(sentence);
        Event event = only(x, type);
        assertEquals(List.of(people.split(" ")), event.actors(role));
        assertTrue(x.actors().stream().noneMatch(a -> a.slug().startsWith("person-")), () -> "actors " + x.actors());
    }

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
