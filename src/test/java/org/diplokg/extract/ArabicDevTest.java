package org.diplokg.extract;

import static org.diplokg.extract.ShortArticles.arabic;
import static org.diplokg.extract.ShortArticles.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.diplokg.model.Event;
import org.diplokg.model.EventType;
import org.diplokg.model.Extraction;
import org.diplokg.model.Role;
import org.diplokg.model.Tenure;
import org.junit.jupiter.api.Test;

/** Constructions found missing in fresh Arabic agency articles (SPA, Anadolu, Asharq Al-Awsat, Al Jazeera). */
class ArabicDevTest {
    private static boolean holds(Extraction x, String holder, String title, String organization) {
        return x.tenures().stream().anyMatch(t -> t.holder().equals(holder) && t.title().equals(title)
                && organization.equals(t.organization()));
    }

    @Test
    void aTitleSetOffByArabicCommasAfterTheNameLeavesTheCallerTheSubject() {
        Extraction x = arabic("تلقى الشيخ تميم بن حمد آل ثاني، أمير دولة قطر، اتصالا هاتفيا اليوم من الرئيس الأمريكي جو بايدن.");
        Event call = only(x, EventType.PhoneCall);
        assertEquals(Set.of("tamim-bin-hamad-al-thani", "joe-biden"), Set.copyOf(call.actors(Role.participant)));
        assertTrue(holds(x, "tamim-bin-hamad-al-thani", "Emir", "qatar"), () -> "tenures " + x.tenures());
        Event made = only(arabic("أجرى عبد الفتاح السيسي، رئيس جمهورية مصر العربية، اتصالا هاتفيا مع الرئيس التركي رجب طيب أردوغان."),
                EventType.PhoneCall);
        assertEquals(Set.of("abdel-fattah-el-sisi", "recep-tayyip-erdogan"), Set.copyOf(made.actors(Role.participant)));
    }

    @Test
    void aFullLineageAfterAKnownNameBelongsToTheName() {
        Extraction x = arabic("تلقى صاحب السمو الملكي الأمير محمد بن سلمان بن عبدالعزيز آل سعود، ولي العهد رئيس مجلس الوزراء، "
                + "اليوم، اتصالاً هاتفياً من الرئيس الفرنسي إيمانويل ماكرون.");
        Event call = only(x, EventType.PhoneCall);
        assertEquals(Set.of("mohammed-bin-salman", "emmanuel-macron"), Set.copyOf(call.actors(Role.participant)));
        assertTrue(holds(x, "mohammed-bin-salman", "Crown Prince", "saudi-arabia"), () -> "tenures " + x.tenures());
    }

    @Test
    void thePrinceWithTheArticleIsAnHonorificNotAnEmirsPost() {
        Extraction x = arabic("قال الأمير فيصل بن فرحان إن المملكة تدعم الحل السياسي.");
        assertEquals(Set.of("faisal-bin-farhan"), Set.copyOf(only(x, EventType.Statement).actors(Role.speaker)));
        assertTrue(x.tenures().stream().map(Tenure::title).noneMatch("Emir"::equals), () -> "tenures " + x.tenures());
        Extraction royal = arabic("أكد صاحب السمو الملكي الأمير محمد بن سلمان أهمية خفض التصعيد.");
        assertEquals(Set.of("mohammed-bin-salman"), Set.copyOf(only(royal, EventType.Statement).actors(Role.speaker)));
        assertTrue(royal.tenures().isEmpty(), () -> "tenures " + royal.tenures());
    }

    @Test
    void aSurnameThatStemsLikeATitleIsNoMentionOfThePerson() {
        Extraction x = arabic("تلقى ولي العهد السعودي الأمير محمد بن سلمان اتصالا هاتفيا من الرئيس الإيراني إبراهيم رئيسي. "
                + "وأكد رئيس مجلس الوزراء أهمية التعاون. وقال رئيسي إن بلاده تدعم الحوار.");
        var speakers = ShortArticles.events(x, EventType.Statement).stream().map(e -> e.actors(Role.speaker)).toList();
        assertEquals(2, speakers.size(), () -> "statements " + speakers);
        assertTrue(!speakers.get(0).contains("ebrahim-raisi"), () -> "speakers " + speakers);
        assertEquals(java.util.List.of("ebrahim-raisi"), speakers.get(1));
    }

    @Test
    void aBareTitleWithADemonymPointsBackToThePersonWithTheFullerPost() {
        Extraction x = arabic("وصل وزير الخارجية الإيراني عباس عراقجي إلى القاهرة الأربعاء. "
                + "والتقى عراقجي الرئيس المصري عبد الفتاح السيسي. وأشار الوزير الإيراني إلى أهمية وقف التصعيد. "
                + "وقال الرئيس المصري إن القاهرة تدعم الاستقرار.");
        var speakers = ShortArticles.events(x, EventType.Statement).stream().map(e -> Set.copyOf(e.actors(Role.speaker))).toList();
        assertEquals(java.util.List.of(Set.of("abbas-araghchi"), Set.of("abdel-fattah-el-sisi")), speakers);
        assertTrue(!holds(x, "abbas-araghchi", "President", "egypt"), () -> "tenures " + x.tenures());
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

    @Test
    void aMeetingAfterAJoinedVerbHasTheSubjectOfTheVerbBefore() {
        Event talks = only(arabic("وصل وزير الخارجية التركي هاكان فيدان إلى الرياض الأربعاء، وأجرى مباحثات مع نظيره السعودي الأمير فيصل بن فرحان."),
                EventType.Meeting);
        assertEquals(Set.of("hakan-fidan", "faisal-bin-farhan"), Set.copyOf(talks.actors(Role.participant)));
        Event met = only(arabic("وزار رئيس الوزراء العراقي محمد شياع السوداني طهران الاثنين، والتقى المرشد الإيراني علي خامنئي."),
                EventType.Meeting);
        assertEquals(Set.of("mohammed-shia-al-sudani", "ali-khamenei"), Set.copyOf(met.actors(Role.participant)));
        assertEquals("2024-06-10", met.date().iso());
    }

    @Test
    void aMeetingWhereATripWentIsTheTravellersThereOnTheTripsDay() {
        Event met = only(arabic("وتوجه الرئيس الفرنسي إيمانويل ماكرون إلى القاهرة الثلاثاء، حيث اجتمع مع الرئيس المصري عبد الفتاح السيسي."),
                EventType.Meeting);
        assertEquals(Set.of("emmanuel-macron", "abdel-fattah-el-sisi"), Set.copyOf(met.actors(Role.participant)));
        assertEquals("2024-06-04", met.date().iso());
        assertEquals(Set.of("cairo"), Set.copyOf(met.places()));
        Event planned = only(arabic("ومن المقرر أن يتوجه وزير الخارجية التركي هاكان فيدان إلى الدوحة غدا، حيث يلتقي أمير قطر الشيخ تميم بن حمد."),
                EventType.Meeting);
        assertEquals(Set.of("hakan-fidan", "tamim-bin-hamad-al-thani"), Set.copyOf(planned.actors(Role.participant)));
        assertEquals("2024-06-11", planned.date().iso());
    }
}
