package org.diplokg.extract;

import static org.diplokg.extract.ShortArticles.arabic;
import static org.diplokg.extract.ShortArticles.extract;
import static org.diplokg.extract.ShortArticles.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.diplokg.model.Actor;
import org.diplokg.model.ActorType;
import org.diplokg.model.Event;
import org.diplokg.model.EventType;
import org.diplokg.model.Extraction;
import org.diplokg.model.Role;
import org.diplokg.model.Tenure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Who the actor phrases of short sentences name, and the posts they say those people hold. */
class ActorFinderTest {
    /** holder slug → the state or body of the post the text gives them (or "" when it names none). */
    private static Map<String, String> tenures(Extraction x) {
        return x.tenures().stream().collect(Collectors.toMap(Tenure::holder, t -> t.organization() == null ? "" : t.organization()));
    }

    @Test
    void aPostInConstructWithAnotherTitleIsHeldByTheNameAfterItsComplement() {
        Extraction x = extract("ar", LocalDate.of(2025, 1, 16), "وشارك في المفاوضات الوسيطان المصري والقطري ومبعوث الرئيس "
                + "الأمريكي المنتخب دونالد ترامب إلى الشرق الأوسط ستيف ويتكوف.");
        Map<String, String> posts = tenures(x);
        assertEquals("united-states", posts.get("steve-witkoff"), () -> "tenures " + x.tenures());
        assertEquals("united-states", posts.get("donald-trump"));
        assertEquals("Envoy", x.tenures().stream().filter(t -> t.holder().equals("steve-witkoff")).findFirst().orElseThrow().title());
        assertTrue(x.tenures().stream().noneMatch(t -> t.holder().equals("donald-trump") && t.title().equals("Envoy")));
    }

    @Test
    void aKnownCounterpartHoldsThePostUnderTheTitleOfHisOwnState() {
        Extraction x = extract("en", LocalDate.of(2025, 2, 17), "Jordan's King Abdullah and his Egyptian counterpart Abdel "
                + "Fattah al-Sisi spoke by phone on Monday. Foreign Minister Badr Abdelatty and his Jordanian counterpart "
                + "Ayman Safadi met in Amman on Sunday.");
        Map<String, String> titles = x.tenures().stream().collect(Collectors.toMap(Tenure::holder, Tenure::title, (a, b) -> a));
        assertEquals("President", titles.get("abdel-fattah-el-sisi"), () -> "tenures " + x.tenures());
        // Safadi is deputy prime minister too: the counterpart's post is the one he holds here.
        assertEquals("Foreign Minister", titles.get("ayman-safadi"));
    }

    @Test
    void aPostWithoutItsStateInTheTextTakesTheOneTheGazetteerKnows() {
        Extraction en = extract("en", LocalDate.of(2025, 4, 12), "The talks were led by envoy Steve Witkoff on Saturday.");
        assertEquals("united-states", tenures(en).get("steve-witkoff"), () -> "tenures " + en.tenures());
        Extraction ar = extract("ar", LocalDate.of(2025, 6, 12), "ويستند القرار إلى تقرير أصدره المدير العام للوكالة رافائيل غروسي.");
        assertEquals("iaea", tenures(ar).get("rafael-grossi"), () -> "tenures " + ar.tenures());
    }

    @Test
    void theGovernmentWithADemonymIsAGovernmentBodyOfThatState() {
        Extraction x = extract("ar", LocalDate.of(2023, 4, 14), "بدأت الحكومة اليمنية وجماعة الحوثي تنفيذ صفقة لتبادل الأسرى.");
        Actor government = x.actors().stream().filter(a -> a.type() == ActorType.GovernmentBody).findFirst().orElseThrow(
                () -> new AssertionError("actors " + x.actors()));
        assertEquals("yemen", government.country());
        assertTrue(government.labels().containsValue("الحكومة اليمنية"), () -> "labels " + government.labels());
    }

    @Test
    void anArabicBodyNameEndsOnItsLastDefiniteWord() {
        Extraction x = extract("ar", LocalDate.of(2020, 10, 24), "وقال المجلس الرئاسي لحكومة «الوفاق» إن الاتفاق تاريخي.");
        assertTrue(x.actors().stream().anyMatch(a -> a.type() == ActorType.GovernmentBody && a.labels().containsValue("المجلس الرئاسي")),
                () -> "actors " + x.actors());
    }

    @Test
    void aTitleDoesNotReachPastAnotherTitleForItsName() {
        Extraction x = extract("en", LocalDate.of(2024, 6, 10), "The Secretary thanked President el-Sisi for Egypt's role.");
        assertTrue(x.tenures().stream().noneMatch(t -> t.holder().equals("abdel-fattah-el-sisi") && !t.title().equals("President")),
                () -> "tenures " + x.tenures());
        assertEquals("egypt", tenures(x).get("abdel-fattah-el-sisi"));
    }

    @Test
    void aBodyNamedBeforeATitleIsAnActorAndThePostIsInIt() {
        Extraction x = extract("en", LocalDate.of(2025, 4, 12), "Iranian Foreign Ministry spokesman Esmaeil Baghaei said the talks went well.");
        var slugs = x.actors().stream().map(Actor::slug).toList();
        assertTrue(slugs.contains("iran-ministry-of-foreign-affairs") && slugs.contains("iran"), () -> "actors " + slugs);
        assertEquals("iran-ministry-of-foreign-affairs", x.tenures().getFirst().organization(), () -> "tenures " + x.tenures());
    }

    @Test
    void theAgencyADatelineCreditsIsNotAnActorButOneTheTextCitesIs() {
        Extraction credited = extract("en", LocalDate.of(2024, 6, 10), "CAIRO, June 10 (Reuters) - Blinken met Sisi in Cairo on Monday.");
        assertTrue(credited.actors().stream().noneMatch(a -> a.slug().equals("reuters")), () -> "actors " + credited.actors());
        Extraction cited = extract("ar", LocalDate.of(2024, 6, 11), "وقال القيادي في الحركة سامي أبو زهري لوكالة رويترز إن حماس تقبل القرار.");
        var slugs = cited.actors().stream().map(Actor::slug).toList();
        assertTrue(slugs.contains("reuters") && slugs.contains("sami-abu-zuhri"), () -> "actors " + slugs);
    }

    @Test
    void aTitleBehindAWrittenOnConjunctionBelongsToTheNextPerson() {
        Extraction x = extract("ar", LocalDate.of(2025, 5, 16), "شارك في الاجتماع فيدان ووزير الخارجية الأمريكي ماركو روبيو.");
        assertEquals("united-states", tenures(x).get("marco-rubio"), () -> "tenures " + x.tenures());
        assertTrue(x.tenures().stream().noneMatch(t -> t.holder().equals("hakan-fidan") && "united-states".equals(t.organization())),
                () -> "tenures " + x.tenures());
    }

    @Test
    void aFamilyNameAfterItsParticlePointsBackToThePersonNamedInFull() {
        Extraction x = extract("ar", LocalDate.of(2023, 4, 10), "وصل السفير السعودي محمد آل جابر إلى صنعاء أمس.\nوقال آل جابر إن الزيارة تهدف إلى تثبيت الهدنة.");
        assertTrue(x.events().stream().anyMatch(e -> e.type() == org.diplokg.model.EventType.Statement
                && e.actors(org.diplokg.model.Role.speaker).contains("mohammed-al-jaber")), () -> "events " + x.events());
    }

    @Test
    void commissionersAndRegionalDirectorsHoldPosts() {
        Extraction ar = extract("ar", LocalDate.of(2024, 1, 3), "وقال مفوض الأمم المتحدة السامي لحقوق الإنسان فولكر تورك إن الوضع كارثي.");
        assertEquals("united-nations", tenures(ar).get("volker-turk"), () -> "tenures " + ar.tenures());
        Extraction en = extract("en", LocalDate.of(2024, 1, 3), "The regional director Fabrizio Carboni said the operation succeeded.");
        assertTrue(en.tenures().stream().anyMatch(t -> t.title().equals("Regional Director")), () -> "tenures " + en.tenures());
    }

    @Test
    void aPossessedOfficeBeginsNoBodyName() {
        Extraction x = arabic("استقبل الرئيس الفلسطيني محمود عباس في مكتبه المبعوث الأمريكي آموس هوكشتاين.");
        assertEquals(Set.of("mahmoud-abbas", "amos-hochstein"), Set.copyOf(only(x, EventType.Meeting).actors(Role.participant)));
    }

    @Test
    void aShortNameRunningIntoTheFullNameIsOneMentionSoTheObjectFollows() {
        Event meeting = only(arabic("التقى الشيخ تميم بن حمد آل ثاني الرئيس المصري عبد الفتاح السيسي في الدوحة."), EventType.Meeting);
        assertEquals(Set.of("tamim-bin-hamad-al-thani", "abdel-fattah-el-sisi"), Set.copyOf(meeting.actors(Role.participant)));
    }

    @Test
    void aTitleAfterAMinistersNameStartsTheNextTitle() {
        Extraction x = arabic("استقبل ولي العهد الأمير محمد بن سلمان في جدة اليوم "
                + "وزير الدولة عضو مجلس الوزراء مستشار الأمن الوطني مساعد العيبان.");
        Event meeting = only(x, EventType.Meeting);
        assertEquals(Set.of("mohammed-bin-salman", "musaed-al-aiban"), Set.copyOf(meeting.actors(Role.participant)));
        // The body's name ends on its definite word; the next title is not part of it.
        assertTrue(x.actors().stream().noneMatch(a -> a.label("ar").contains("مستشار")), () -> "actors " + x.actors());
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

    @Test
    void houthiAsAnAdjectiveNamesTheGroup() {
        Event attack = only(extract("en", "Houthi forces fired missiles at Eilat on Tuesday."), EventType.MilitaryOperation);
        assertEquals(List.of("houthis"), attack.actors(Role.agent));
        Event said = only(extract("en", "Oman has mediated between Washington and the Houthis, a Houthi spokesman said."), EventType.Statement);
        assertEquals(List.of("houthis"), said.actors(Role.speaker));
    }

    @Test
    void unknownNameThatAPostDescribesIsAPerson() {
        Extraction x = extract("en", "Bolat Tursynov, a spokesman for the Kazakh foreign ministry, told reporters that the talks went well.");
        List<String> speakers = only(x, EventType.Statement).actors(Role.speaker);
        assertEquals(1, speakers.size());
        assertTrue(speakers.getFirst().startsWith("person-"), () -> "speakers " + speakers);
    }

    @Test
    void aPostNamedWithoutItsHolderIsWhoeverHeldItOnTheArticlesDay() {
        String en = "Lebanon's prime minister met the Iranian foreign minister in Beirut on Monday.";
        assertTrue(ShortArticles.holds(extract("en", LocalDate.of(2025, 3, 10), en), "nawaf-salam", "Prime Minister", "lebanon"));
        assertTrue(ShortArticles.holds(extract("en", LocalDate.of(2025, 3, 10), en), "abbas-araghchi", "Foreign Minister", "iran"));
        assertTrue(ShortArticles.holds(extract("en", LocalDate.of(2025, 1, 20), en), "najib-mikati", "Prime Minister", "lebanon"));
        assertTrue(ShortArticles.holds(extract("en", LocalDate.of(2023, 3, 10), en), "hossein-amir-abdollahian", "Foreign Minister", "iran"));
        String ar = "واستقبل الرئيس السوري وزير الخارجية المصري في دمشق اليوم.";
        assertTrue(ShortArticles.holds(extract("ar", LocalDate.of(2025, 3, 10), ar), "ahmed-al-sharaa", "President", "syria"));
        assertTrue(ShortArticles.holds(extract("ar", LocalDate.of(2025, 3, 10), ar), "badr-abdelatty", "Foreign Minister", "egypt"));
        assertTrue(ShortArticles.holds(extract("ar", LocalDate.of(2023, 3, 10), ar), "bashar-al-assad", "President", "syria"));
        assertTrue(ShortArticles.holds(extract("ar", LocalDate.of(2023, 3, 10), ar), "sameh-shoukry", "Foreign Minister", "egypt"));
    }
}
