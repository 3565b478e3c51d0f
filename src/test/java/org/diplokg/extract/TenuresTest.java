package org.diplokg.extract;

import static org.diplokg.extract.ShortArticles.arabic;
import static org.diplokg.extract.ShortArticles.english;
import static org.diplokg.extract.ShortArticles.extract;
import static org.diplokg.extract.ShortArticles.holds;
import static org.diplokg.extract.ShortArticles.only;
import static org.diplokg.extract.ShortArticles.typeOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.diplokg.model.ActorType;
import org.diplokg.model.Event;
import org.diplokg.model.EventType;
import org.diplokg.model.Extraction;
import org.diplokg.model.Role;
import org.diplokg.model.Tenure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** People's posts: who holds a post, and in which state or body, for the constructions agency copy names them with. */
class TenuresTest {
    /** The organizations of the posts of the person whose slug contains {@code holder}. */
    private static Set<String> postsOf(Extraction x, String holder) {
        return x.tenures().stream().filter(t -> t.holder().contains(holder)).map(Tenure::organization).collect(Collectors.toSet());
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

    /** English titles that are spelled with the name of a body of state ("CIA Director") are posts in that body. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "CIA Director William Burns arrived in Cairo on Tuesday for talks on a truce.|burns|cia",
            "Mossad chief David Barnea travelled to Doha on Monday.|barnea|mossad",
            "Kremlin spokesman Dmitry Peskov told reporters the call had been constructive.|peskov|russia-kremlin",
            "State Department spokesperson Matthew Miller said the text was under review.|miller|united-states-department-of-state",
            // A title with no body in it keeps the state before it.
            "Chinese Foreign Ministry spokesman Lin Jian said Beijing welcomed the truce.|lin-jian|china-ministry-of-foreign-affairs",
            "Qatari Prime Minister Mohammed bin Abdulrahman Al Thani flew to Cairo on Sunday.|al-thani|qatar"})
    void aTitleSpelledWithABodyIsAPostInThatBody(String sentence, String holder, String organization) {
        assertEquals(Set.of(organization), postsOf(english(sentence), holder));
    }

    @Test
    void anArabicTitleSpelledWithABodyStaysAPostOfTheState() {
        assertEquals(Set.of("united-states"), postsOf(arabic("وصل مدير وكالة المخابرات المركزية الأمريكية وليام بيرنز إلى القاهرة."), "burns"));
    }

    /** "assistant", "مساعد", "المساعد", "نائبة" make another post than the secretary-general's: its holder is the one named. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ar|قال الأمين العام المساعد لجامعة الدول العربية سمير فرج إن القمة ستعقد في بغداد.|arab-league",
            "ar|وقال مساعد الأمين العام للأمم المتحدة خالد خياري إن الهدنة ضرورية.|united-nations",
            "en|Arab League Assistant Secretary-General Samir Farag said the summit would be held in Baghdad.|arab-league",
            "en|U.N. Assistant Secretary-General Khaled Khiari said the truce was essential.|united-nations"})
    void anAssistantSecretaryGeneralIsNotTheSecretaryGeneral(String language, String sentence, String body) {
        Extraction x = extract(language, sentence);
        Tenure only = x.tenures().stream().filter(t -> t.organization().equals(body)).findFirst().orElseThrow();
        assertEquals("Assistant Secretary-General", only.title());
        assertTrue(x.tenures().stream().noneMatch(t -> t.holder().contains("guterres") || t.holder().contains("gheit")),
                () -> "tenures " + x.tenures());
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

    /** A qualifier ("new", "interim") or a portfolio the lexicon does not list ("Infrastructure") between the state and the title. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Lebanon's new President Michel Haddad met U.S. envoy Amos Hochstein in Beirut on Monday.|haddad|lebanon",
            "Iran's newly elected President Hossein Karimi spoke by phone with Russian President Vladimir Putin on Tuesday.|karimi|iran",
            "Israel's outgoing Defence Minister Avi Mizrahi said on Wednesday the army would keep fighting.|mizrahi|israel",
            "Jordan's interim Prime Minister Omar Khalidi visited Washington on Friday.|khalidi|jordan",
            "Ukrainian Infrastructure Minister Oleksandr Petrenko met Polish officials in Warsaw on Thursday.|petrenko|ukraine",
            "Egyptian Petroleum Minister Karim Badawi said on Friday the talks had ended.|badawi|egypt",
            "Former envoy Michael Brown met Chinese climate envoy Xie Zhenhua in Beijing on Monday.|xie-zhenhua|china"})
    void wordsBetweenTheStateAndTheTitleLeaveThePostTheStates(String sentence, String holder, String state) {
        assertEquals(Set.of(state), postsOf(english(sentence), holder));
    }

    @Test
    void aPostWithElectOrDesignateIsThePersonsNotTheHoldersOfThePost() {
        Extraction x = english("Lebanese President Michel Haddad met Qatari Prime Minister Mohammed bin Abdulrahman Al Thani on Monday. "
                + "President-elect Carlos Mendes said on Tuesday he would visit China.");
        assertEquals(List.of("person-carlos-mendes"), only(x, EventType.Statement).actors(Role.speaker));
        Extraction y = english("Lebanese Prime Minister-designate Nabil Salem said on Monday he would form a government soon.");
        assertEquals(Set.of("lebanon"), postsOf(y, "salem"));
        assertTrue(y.tenures().stream().anyMatch(t -> t.title().equals("Prime Minister-designate")), () -> "tenures " + y.tenures());
    }

    @Test
    void anEarlierPostMakesNoTenureAndNamesNoPresentHolder() {
        Extraction x = english("Kenyan President William Ruto met ex-President Uhuru Kenyatta in Nairobi on Monday. "
                + "Then-House Speaker Nancy Pelosi visited Taiwan in August 2022.");
        assertEquals(Set.of("kenya"), postsOf(x, "ruto"));
        assertEquals(Set.of(), postsOf(x, "kenyatta"));
        assertEquals(Set.of(), postsOf(x, "pelosi"));
        assertTrue(x.actors().stream().anyMatch(a -> a.slug().contains("kenyatta")), () -> "actors " + x.actors());
    }

    @Test
    void aTreasurySecretaryIsNoSecretaryOfState() {
        Extraction x = english("Treasury Secretary Janet Yellen will travel to China on Thursday for talks in Guangzhou.");
        assertEquals(List.of("Treasury Secretary"), x.tenures().stream().filter(t -> t.holder().contains("yellen")).map(Tenure::title).toList());
    }


    @Test
    void aSurnameThatStemsLikeATitleIsNoMentionOfThePerson() {
        Extraction x = arabic("تلقى ولي العهد السعودي الأمير محمد بن سلمان اتصالا هاتفيا من الرئيس الإيراني إبراهيم رئيسي. "
                + "وأكد رئيس مجلس الوزراء أهمية التعاون. وقال رئيسي إن بلاده تدعم الحوار.");
        var speakers = ShortArticles.events(x, EventType.Statement).stream().map(e -> e.actors(Role.speaker)).toList();
        assertEquals(2, speakers.size(), () -> "statements " + speakers);
        assertTrue(!speakers.get(0).contains("ebrahim-raisi"), () -> "speakers " + speakers);
        assertEquals(List.of("ebrahim-raisi"), speakers.get(1));
    }

    @Test
    void aBareTitleWithADemonymPointsBackToThePersonWithTheFullerPost() {
        Extraction x = arabic("وصل وزير الخارجية الإيراني عباس عراقجي إلى القاهرة الأربعاء. "
                + "والتقى عراقجي الرئيس المصري عبد الفتاح السيسي. وأشار الوزير الإيراني إلى أهمية وقف التصعيد. "
                + "وقال الرئيس المصري إن القاهرة تدعم الاستقرار.");
        var speakers = ShortArticles.events(x, EventType.Statement).stream().map(e -> Set.copyOf(e.actors(Role.speaker))).toList();
        assertEquals(List.of(Set.of("abbas-araghchi"), Set.of("abdel-fattah-el-sisi")), speakers);
        assertTrue(!holds(x, "abbas-araghchi", "President", "egypt"), () -> "tenures " + x.tenures());
    }

    @Test
    void postInAppositionWithAnArticleMakesTheSpeakerItsHolder() {
        Extraction baghaei = extract("en", "Esmaeil Baghaei, the spokesman for Iran's foreign ministry, said on Monday that Tehran would not negotiate.");
        assertEquals(List.of("esmaeil-baghaei"), only(baghaei, EventType.Statement).actors(Role.speaker));
        assertTrue(baghaei.tenures().stream().anyMatch(t -> t.holder().equals("esmaeil-baghaei") && t.organization().equals("iran-ministry-of-foreign-affairs")),
                () -> "tenures " + baghaei.tenures());
        Extraction zeid = extract("en", "A spokesman for the Egyptian foreign ministry, Ahmed Abu Zeid, said Cairo was studying the plan.");
        Event said = only(zeid, EventType.Statement);
        assertEquals(1, said.actors(Role.speaker).size());
        assertTrue(zeid.tenures().stream().anyMatch(t -> t.holder().equals(said.actors(Role.speaker).getFirst())), () -> "tenures " + zeid.tenures());
        Extraction houthi = extract("en", "A senior Houthi official, Mohammed al-Bukhaiti, said the group would keep up its attacks.");
        assertTrue(houthi.tenures().stream().anyMatch(t -> "houthis".equals(t.organization())), () -> "tenures " + houthi.tenures());
    }
}
