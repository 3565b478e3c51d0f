package org.diplokg.extract;

import static org.diplokg.extract.ShortArticles.arabic;
import static org.diplokg.extract.ShortArticles.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.diplokg.model.Event;
import org.diplokg.model.EventType;
import org.diplokg.model.Extraction;
import org.diplokg.model.Role;
import org.diplokg.model.Tenure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The protocol style of Gulf and Arab official agencies (QNA, SPA, WAM, KUNA, Petra, MENA): datelines, honorifics, back-references. */
class ProtocolStyleTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "الدوحة في 20 أغسطس /قنا/ بحث الشيخ تميم بن حمد آل ثاني مع الرئيس إيمانويل ماكرون خلال اتصال هاتفي اليوم آخر التطورات.|PhoneCall",
            "أبوظبي في 9 أبريل / وام / بحث الشيخ محمد بن زايد آل نهيان مع ناريندرا مودي اليوم علاقات التعاون.|Meeting",
            "الدوحة - قنا: بحث الشيخ محمد بن عبد الرحمن آل ثاني مع هاكان فيدان اليوم تطورات الأوضاع في سوريا.|Meeting"})
    void theVerbRightAfterTheAgencysSlashOrColonOpensTheSentence(String text, EventType type) {
        Event talks = only(ShortArticles.arabic(text), type);
        assertEquals(2, Set.copyOf(talks.actors(Role.participant)).size(), () -> "talks " + talks);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "أجرى الشيخ تميم بن حمد آل ثاني، الإثنين، اتصالا هاتفيا بالرئيس الفرنسي إيمانويل ماكرون.|tamim-bin-hamad-al-thani|emmanuel-macron",
            "أجرى الرئيس عبد الفتاح السيسي، مساء الأحد، اتصالا هاتفيا بوزير الخارجية الأمريكي أنتوني بلينكن.|abdel-fattah-el-sisi|antony-blinken",
            "وأجرى الملك عبدالله الثاني، اليوم، اتصالا بالرئيس جو بايدن تناول الأوضاع في غزة.|abdullah-ii|joe-biden"})
    void theCallerBeforeADateBetweenCommasCallsThePersonAfterBa(String text, String caller, String callee) {
        Event call = only(arabic(text), EventType.PhoneCall);
        assertEquals(Set.of(caller, callee), Set.copyOf(call.actors(Role.participant)), () -> "call " + call);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "استقبل الشيخ تميم بن حمد آل ثاني اليوم الرئيس إيمانويل ماكرون. وأكد سموه حرص دولة قطر على تعزيز العلاقات.|tamim-bin-hamad-al-thani",
            "التقى الملك عبدالله الثاني اليوم الرئيس جو بايدن في واشنطن. وحذر جلالته من خطورة استمرار الحرب على غزة.|abdullah-ii",
            "استقبل الرئيس عبد الفتاح السيسي اليوم أنتوني بلينكن. وأكد فخامته ضرورة وقف إطلاق النار في قطاع غزة.|abdel-fattah-el-sisi"})
    void anHonorificPronounAfterTheVerbIsThePersonLastItsSubject(String text, String speaker) {
        Event statement = only(ShortArticles.arabic(text), EventType.Statement);
        assertEquals(List.of(speaker), statement.actors(Role.speaker));
    }

    @Test
    void theGuestOfAReceptionFollowsWhereItWasHeld() {
        Event inTheCity = only(arabic("استقبل الرئيس الفلسطيني محمود عباس في رام الله المبعوث الأمريكي آموس هوكشتاين."), EventType.Meeting);
        assertEquals(Set.of("mahmoud-abbas", "amos-hochstein"), Set.copyOf(inTheCity.actors(Role.participant)));
        Event inThePalace = only(arabic("استقبل العاهل الأردني الملك عبدالله الثاني، في قصر الحسينية، وزير الخارجية البريطاني ديفيد لامي."),
                EventType.Meeting);
        assertEquals(Set.of("abdullah-ii", "david-lammy"), Set.copyOf(inThePalace.actors(Role.participant)));
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

    /** "حضر اللقاء … معالي علي الشامسي الأمين العام …": a post named without its state is held in the state of the head attended. */
    @Test
    void anAttendeesPostWithoutAStateIsInTheStateOfTheHeadAttended() {
        Extraction x = arabic("بحث صاحب السمو الشيخ محمد بن زايد آل نهيان رئيس الدولة مع الرئيس جو بايدن اليوم في البيت الأبيض علاقات البلدين.\n"
                + "حضر اللقاء سمو الشيخ عبدالله بن زايد آل نهيان وزير الخارجية، ومعالي علي الشامسي الأمين العام للمجلس الأعلى للأمن الوطني.");
        List<String> posts = x.tenures().stream().filter(t -> t.holder().startsWith("person-ly-alshamsy")).map(Tenure::organization).toList();
        assertEquals(List.of("united-arab-emirates"), posts, () -> "tenures " + x.tenures());
    }
}
