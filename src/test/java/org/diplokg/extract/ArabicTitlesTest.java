package org.diplokg.extract;

import static org.diplokg.extract.ShortArticles.arabic;
import static org.diplokg.extract.ShortArticles.holds;
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

/** Arabic titles written after a person's name: the person's post, never an actor of the event beside the person. */
class ArabicTitlesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "التقى أنتوني بلينكن وزير الخارجية الأمريكي، الثلاثاء، وزير الخارجية المصري بدر عبد العاطي في القاهرة.|antony-blinken|united-states",
            "واجتمع الرئيس المصري عبد الفتاح السيسي مع لويد أوستن وزير الدفاع الأمريكي في القاهرة.|lloyd-austin|united-states",
            "بحث الشيخ محمد بن عبدالرحمن آل ثاني رئيس مجلس الوزراء وزير الخارجية، مع السيد أنتوني بلينكن وزير خارجية الولايات المتحدة، مستجدات غزة.|antony-blinken|united-states"})
    void aTitleAfterANameIsThatPersonsPost(String sentence, String person, String state) {
        Extraction x = ShortArticles.arabic(sentence);
        Event meeting = only(x, EventType.Meeting);
        assertEquals(2, meeting.actors(Role.participant).size(), () -> "participants " + meeting.actors(Role.participant));
        assertTrue(meeting.actors(Role.participant).contains(person), () -> "participants " + meeting.actors(Role.participant));
        List<String> posts = x.tenures().stream().filter(t -> t.holder().equals(person)).map(Tenure::organization).toList();
        assertEquals(List.of(state), posts, () -> "tenures " + x.tenures());
    }


    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وقال سامر خليل المتحدث باسم وزارة الخارجية المصرية يوم الثلاثاء إن القاهرة تدعم الاتفاق.|person-samr-khlyl",
            "وقال براين هيوز، المتحدث باسم مجلس الأمن القومي الأمريكي، إن المقترح لا يعالج الأزمة.|person-brayn-hywz",
            "وقالت المتحدثة باسم منظمة الصحة العالمية مارغريت هاريس الخميس إن الوضع كارثي.|person-marghryt-harys"})
    void aPersonTheGazetteerDoesNotListIsTheSpeakerNotTheStateOfTheirPost(String sentence, String speaker) {
        Event statement = only(ShortArticles.arabic(sentence), EventType.Statement);
        assertEquals(List.of(speaker), statement.actors(Role.speaker));
    }

    /** Russian and French given names as Arabic copy writes them start an unlisted envoy's name after the post. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "من جانبه، قال السفير الروسي لدى سوريا ألكسندر يفيموف إن بلاده تدعم وحدة سوريا.|person-alksndr-yfymwf",
            "وقال نائب وزير الخارجية الروسي أندريه رودينكو للصحفيين إن موسكو مستعدة للوساطة.|person-andryh-rwdynkw"})
    void aForeignGivenNameStartsTheEnvoysName(String sentence, String speaker) {
        Event statement = only(ShortArticles.arabic(sentence), EventType.Statement);
        assertEquals(List.of(speaker), statement.actors(Role.speaker));
    }

    /** "السابق" after a post and its demonym qualifies the post; the honorific and name after it still follow it. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وقال رئيس الوزراء السوداني السابق الدكتور عبد الله حمدوك إن اللقاء خطوة أولى.|abdalla-hamdok",
            "وقال الرئيس النيجيري الأسبق الجنرال أولوسيغون أوباسانجو إن الاتفاق بداية.|olusegun-obasanjo"})
    void aFormerPostStillLeadsToItsHoldersName(String sentence, String speaker) {
        Event statement = only(ShortArticles.arabic(sentence), EventType.Statement);
        assertEquals(List.of(speaker), statement.actors(Role.speaker));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "التقى بلينكن الرئيس المصري في القاهرة.|antony-blinken|abdel-fattah-el-sisi",
            "واستقبل السيسي وزير الخارجية الأمريكي في القاهرة أمس.|abdel-fattah-el-sisi|antony-blinken",
            "التقى بلينكن أمير قطر في الدوحة.|antony-blinken|tamim-bin-hamad-al-thani"})
    void aTitleOfAnotherStateAfterAKnownPersonIsTheObjectNotTheirPost(String sentence, String subject, String object) {
        Event meeting = only(ShortArticles.arabic(sentence), EventType.Meeting);
        assertEquals(List.of(subject, object), meeting.actors(Role.participant));
    }

    /** Gulf protocol copy puts "معالي" (His Excellency) before a minister's name: an honorific, and the name starts after it. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "استقبل الرئيس المصري عبد الفتاح السيسي، الأحد، معالي خلدون خليفة المبارك في القاهرة.|person-khldwn-",
            "والتقى السيسي في القاهرة أمس وزير الدفاع التركي يشار غولر.|",
            "التقى السيسي معالي يشار كمال رئيس الهيئة في القاهرة الخميس.|person-yshar-",
            "استقبل الرئيس المصري عبد الفتاح السيسي في القاهرة اليوم معالي علي الشامسي الأمين العام للمجلس الأعلى للأمن الوطني.|person-ly-alshamsy"})
    void anHonorificOrAGivenNameStartsTheNameOfAnUnlistedPerson(String sentence, String slugStart) {
        Event meeting = only(ShortArticles.arabic(sentence), EventType.Meeting);
        List<String> participants = meeting.actors(Role.participant);
        assertEquals(2, participants.size(), () -> "participants " + participants);
        assertTrue(participants.contains("abdel-fattah-el-sisi"), () -> "participants " + participants);
        if (slugStart != null) assertTrue(participants.stream().anyMatch(p -> p.startsWith(slugStart)), () -> "participants " + participants);
    }

    @Test
    void aNounAndItsAdjectiveAfterATitleAreTheObjectNotAName() {
        Extraction x = arabic("وتسلم الرئيس الإيراني، اليوم، من وزير الخارجية القطري رسالة خطية من أمير قطر.");
        assertTrue(x.tenures().stream().noneMatch(t -> t.holder().startsWith("person-")), () -> "tenures " + x.tenures());
        assertTrue(holds(x, "mohammed-bin-abdulrahman-al-thani", "Foreign Minister", "qatar"), () -> "tenures " + x.tenures());
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

    /**
     * "فخامة" and "سعادة" (His Excellency) open the name phrase as "معالي" does, so a parenthesis on the first person
     * ("حفظه الله") does not keep the conjoined one out of the meeting.
     */
    @Test
    void fakhamaIsAnHonorificBeforeTheTitleAndName() {
        Event meeting = only(arabic("بحث صاحب السمو الشيخ محمد بن زايد آل نهيان رئيس الدولة \"حفظه الله\" وفخامة الرئيس جو بايدن "
                + "رئيس الولايات المتحدة الأمريكية، خلال لقائهما اليوم في البيت الأبيض، علاقات الصداقة بين البلدين."), EventType.Meeting);
        assertEquals(Set.of("mohamed-bin-zayed", "joe-biden"), Set.copyOf(meeting.actors(Role.participant)));
    }

    /** "سلطان" is a given name, not the title Sultan, inside a lineage: before "بن" or after another name. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "التقى الرئيس المصري عبد الفتاح السيسي في القاهرة اليوم معالي الدكتور سلطان بن أحمد الجابر وزير الصناعة الإماراتي.|person-sltan-bn-ahmd",
            "التقى الرئيس المصري عبد الفتاح السيسي في القاهرة اليوم معالي عمر سلطان العلماء وزير الدولة الإماراتي.|person-mr-sltan"})
    void sultanInsideALineageIsPartOfTheName(String sentence, String slugStart) {
        List<String> participants = only(arabic(sentence), EventType.Meeting).actors(Role.participant);
        assertEquals(2, participants.size(), () -> "participants " + participants);
        assertTrue(participants.stream().anyMatch(p -> p.startsWith(slugStart)), () -> "participants " + participants);
    }

    /** A known person's surname that opens with "بن" ("بن مبارك"), after another given name, is that other person's lineage. */
    @Test
    void aGivenNameBeforeAKnownBinSurnameMakesSomeoneElse() {
        List<String> participants = only(arabic("استقبل الرئيس المصري عبد الفتاح السيسي في القاهرة اليوم معالي محمد بن مبارك "
                + "المزروعي وزير الدولة لشؤون الدفاع الإماراتي."), EventType.Meeting).actors(Role.participant);
        assertEquals(2, participants.size(), () -> "participants " + participants);
        assertTrue(participants.stream().noneMatch(p -> p.equals("ahmed-awad-bin-mubarak")), () -> "participants " + participants);
        assertTrue(participants.stream().anyMatch(p -> p.startsWith("person-mhmd-bn-mbark-almzr")), () -> "participants " + participants);
    }

    /** The speakers of the article's Statements, in order. */
    private static List<List<String>> speakers(Extraction x) {
        return ShortArticles.events(x, EventType.Statement).stream().map(e -> e.actors(Role.speaker)).toList();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وأعرب سمو الأمير عن ترحيبه بالرئيس الفرنسي.|tamim-bin-hamad-al-thani",
            "وأشاد سمو الأمير بالعلاقات التاريخية بين البلدين.|tamim-bin-hamad-al-thani",
            "وأكد فخامة الرئيس حرص بلاده على تعزيز العلاقات.|emmanuel-macron",
            "وأكد الرئيس الفرنسي تطلع بلاده إلى تعزيز التعاون.|emmanuel-macron"})
    void aBareTitlePointsBackToItsHolder(String sentence, String speaker) {
        Extraction x = arabic("استقبل الشيخ تميم بن حمد آل ثاني أمير دولة قطر، اليوم، الرئيس الفرنسي إيمانويل ماكرون في الدوحة.\n"
                + sentence);
        assertEquals(List.of(List.of(speaker)), speakers(x), () -> "statements " + x.events());
        assertTrue(x.tenures().stream().allMatch(t -> t.holder().equals("tamim-bin-hamad-al-thani") || t.holder().equals("emmanuel-macron")),
                () -> "tenures " + x.tenures());
    }

    @Test
    void aTitleBeforeAnHonorificReachesTheNameAfterIt() {
        Extraction x = arabic("التقى الرئيس المصري عبد الفتاح السيسي وزير الخارجية الأمريكي أنتوني بلينكن في القاهرة.\n"
                + "والتقى بلينكن العاهل الأردني الملك عبد الله الثاني في عمان، بحضور وزير الخارجية الأمير فيصل بن فرحان.");
        Event meeting = ShortArticles.events(x, EventType.Meeting).getLast();
        assertEquals(List.of("faisal-bin-farhan"), meeting.actors(Role.attendee), () -> "meeting " + meeting);
        assertTrue(holds(x, "faisal-bin-farhan", "Foreign Minister", "saudi-arabia"), () -> "tenures " + x.tenures());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "التقى صاحب السمو الملكي الأمير خالد بن سلمان وزير الدفاع اليوم المرشد الإيراني علي خامنئي في طهران.|وأكد الأمير خالد حرص المملكة على تعزيز العلاقات.|khalid-bin-salman",
            "استقبل الشيخ محمد بن عبدالرحمن آل ثاني رئيس مجلس الوزراء وزير الخارجية اليوم وزير الخارجية المصري بدر عبد العاطي في الدوحة.|وشدد الشيخ محمد على ضرورة وقف إطلاق النار.|mohammed-bin-abdulrahman-al-thani",
            "التقى الرئيس الإماراتي الشيخ محمد بن زايد آل نهيان اليوم رئيس الوزراء القطري الشيخ محمد بن عبدالرحمن آل ثاني في أبوظبي.|وأكد الشيخ محمد عمق العلاقات الأخوية.|person-",
            "التقى وزير الخارجية السعودي الأمير فيصل بن فرحان اليوم نظيره الإيراني عباس عراقجي في الرياض.|وأكد الشيخ أحمد أهمية الحوار.|person-"})
    void anHonorificAndAGivenNamePointBackToTheOnePersonNamedInFullWithIt(String lede, String sentence, String speaker) {
        Extraction x = arabic(lede + "\n" + sentence);
        List<String> said = only(x, EventType.Statement).actors(Role.speaker);
        // "person-": two people of the article bear the given name, or none, so it names someone not known.
        assertTrue(said.size() == 1 && said.getFirst().startsWith(speaker), () -> "statements " + x.events());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "أكد وزيرا الخارجية الأردني أيمن الصفدي والمصري بدر عبد العاطي، خلال اتصال هاتفي الأحد، ضرورة وقف الحرب على غزة.|Statement|speaker|ayman-safadi|badr-abdelatty|egypt",
            "وبحث وزيرا خارجية مصر سامح شكري والأردن أيمن الصفدي في عمان الأربعاء تطورات الأوضاع.|Meeting|participant|sameh-shoukry|ayman-safadi|jordan",
            "واتفق رئيسا وزراء العراق محمد شياع السوداني والأردن جعفر حسان على تعزيز التعاون.|Agreement|party|mohammed-shia-al-sudani|jafar-hassan|jordan"})
    void aPostSaidOnceForTwoConjoinedStatesIsHeldByBothNames(String sentence, EventType type, Role role, String first, String second,
                                                            String secondsState) {
        Extraction x = arabic(sentence);
        assertEquals(List.of(first, second), only(x, type).actors(role), () -> "events " + x.events());
        String title = x.tenures().stream().filter(t -> t.holder().equals(first)).findFirst().orElseThrow().title();
        assertTrue(holds(x, second, title, secondsState), () -> "tenures " + x.tenures());
    }

    /** A title that heads an unlisted body of a state, then a rank and a name: the person, with the state's post. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "زار رئيس هيئة الأركان العامة الأردني اللواء الركن سامي حداد القاهرة أمس.|jordan",
            "زار قائد القوات البحرية المصرية الفريق أول ركن كريم نصار عمّان أمس.|egypt",
            "زار رئيس هيئة الأركان العامة للقوات المسلحة العراقية الفريق الركن ماجد الحسني القاهرة أمس.|iraq"})
    void aRankAfterATitledBodyOpensTheHoldersName(String sentence, String state) {
        Extraction x = arabic(sentence);
        Event visit = only(x, EventType.Visit);
        String visitor = visit.actors(Role.participant).getFirst();
        assertTrue(visitor.startsWith("person-"), () -> "participants " + visit.actors(Role.participant));
        List<String> posts = x.tenures().stream().filter(t -> t.holder().equals(visitor)).map(Tenure::organization).toList();
        assertEquals(List.of(state), posts, () -> "tenures " + x.tenures());
    }
    /** "لرئيس مصري": a bare head with a state's demonym is that state's head, the visitor the sentence names, not the state. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وصل الرئيس التركي رجب طيب أردوغان إلى القاهرة أمس، في أول زيارة لرئيس تركي إلى مصر منذ 12 عاما.|recep-tayyip-erdogan|turkey",
            "وزار الرئيس الإيراني مسعود بزشكيان بغداد الأربعاء، في زيارة هي الأولى لرئيس إيراني إلى العراق منذ عامين.|masoud-pezeshkian|iran"})
    void aBareHeadWithADemonymIsThatStatesHead(String sentence, String head, String state) {
        Extraction x = arabic(sentence);
        List<String> visitors = x.events().stream().filter(e -> e.type() == EventType.Visit)
                .flatMap(e -> e.actors(Role.participant).stream()).distinct().toList();
        assertEquals(List.of(head), visitors, () -> "events " + x.events());
    }
}
