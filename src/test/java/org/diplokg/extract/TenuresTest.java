package org.diplokg.extract;

import static org.diplokg.extract.ShortArticles.extract;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.stream.Collectors;
import org.diplokg.model.ActorType;
import org.diplokg.model.Extraction;
import org.diplokg.model.Tenure;
import org.junit.jupiter.api.Test;

/** People's posts: who holds a post, and in which state or body, for the constructions agency copy names them with. */
class TenuresTest {
    /** The organizations of the posts of the person whose slug contains {@code holder}. */
    private static Set<String> postsOf(Extraction x, String holder) {
        return x.tenures().stream().filter(t -> t.holder().contains(holder)).map(Tenure::organization).collect(Collectors.toSet());
    }

    private static ActorType typeOf(Extraction x, String slug) {
        return x.actors().stream().filter(a -> a.slug().equals(slug)).findFirst().orElseThrow().type();
    }

    @Test
    void aBodyNamedBeforeTheTitleIsWhereThePostIs() {
        assertEquals(Set.of("iran-ministry-of-foreign-affairs"),
                postsOf(extract("en", "Iranian Foreign Ministry spokesman Esmaeil Baghaei said the talks would be indirect."), "baghaei"));
        assertEquals(Set.of("russia-ministry-of-defence"),
                postsOf(extract("en", "Russian Defence Ministry spokesman Igor Konashenkov said the troops had pulled back."), "konashenkov"));
        // A state named before the title is the post's state.
        assertEquals(Set.of("iran"), postsOf(extract("en", "Iranian Foreign Minister Abbas Araghchi arrived in Muscat on Saturday."), "araghchi"));
    }

    @Test
    void aBodyWrittenInLowerCaseAfterADemonymIsWhereThePostIs() {
        Extraction x = extract("en", "Egyptian foreign ministry spokesman Ahmed Abu Zeid said Cairo welcomed the proposal.");
        Set<String> posts = postsOf(x, "abu-zeid");
        assertEquals(1, posts.size(), () -> "tenures " + x.tenures());
        String body = posts.iterator().next();
        assertEquals(ActorType.GovernmentBody, typeOf(x, body));
        assertTrue(x.actors().stream().anyMatch(a -> a.slug().equals("egypt")), "the demonym still names Egypt");
    }

    @Test
    void anArabicTitleThatNamesItsMinistryIsAPostOfTheState() {
        assertEquals(Set.of("qatar"), postsOf(extract("ar", "قال المتحدث باسم الخارجية القطرية ماجد الأنصاري إن المفاوضات مستمرة."), "ansari"));
        assertEquals(Set.of("lebanon"), postsOf(extract("ar", "التقى رئيس مجلس النواب اللبناني نبيه بري المبعوث الأمريكي."), "berri"));
        assertEquals(Set.of("iran"), postsOf(extract("ar",
                "وقال إسماعيل بقائي، المتحدث باسم وزارة الخارجية الإيرانية، إن المحادثات ستكون غير مباشرة."), "baghaei"));
    }

    @Test
    void noNameBeginsInsideTheNameOfAState() {
        Extraction x = extract("en", "Anwar Gargash, a senior diplomatic adviser to the president of the United Arab Emirates, said the region needed calm.");
        assertTrue(x.actors().stream().noneMatch(a -> a.type() == ActorType.Person && a.slug().contains("emirates")), () -> "actors " + x.actors());
        Extraction y = extract("en", "Ali Shamkhani, the secretary of the Supreme National Security Council, signed the deal on Friday.");
        assertTrue(y.actors().stream().noneMatch(a -> a.type() == ActorType.Person && a.slug().contains("council")), () -> "actors " + y.actors());
    }
}
