package org.diplokg.extract;

import static org.diplokg.extract.ShortArticles.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.diplokg.model.EventType;
import org.diplokg.model.Extraction;
import org.diplokg.model.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Arabic statements: who speaks in the constructions agency copy reports speech with, and what is no statement. */
class ArabicStatementsTest {
    /** Kuwait's Bayan Palace: the palace's name is no statement of the Emir who receives guests there. */
    @Test
    void thePalaceOfBayanIsNoStatement() {
        Extraction x = ShortArticles.arabic("استقبل أمير الكويت في قصر بيان اليوم وزير الخارجية المصري بدر عبد العاطي.");
        assertEquals(List.of(), ShortArticles.events(x, EventType.Statement));
        assertEquals(1, ShortArticles.events(x, EventType.Meeting).size());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "والتقى الرئيس التركي رجب طيب أردوغان نظيره الروسي فلاديمير بوتين الأحد، وأعرب عن أمله في التوصل إلى هدنة.|recep-tayyip-erdogan",
            "واستقبل الرئيس المصري عبد الفتاح السيسي رئيس الوزراء القطري محمد بن عبد الرحمن آل ثاني في القاهرة، وشدد خلال اللقاء على ضرورة وقف الحرب.|abdel-fattah-el-sisi"})
    void aJoinedSpeechVerbIsSpokenByTheEarlierVerbsSubjectNotItsObject(String sentence, String speaker) {
        assertSpokenBy(sentence, speaker);
    }

    /** Participles of speech after a clause whose verb tells no event of its own speak for that clause's subject. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وغادر رئيس الوزراء السوداني عبد الله حمدوك القاهرة، واصفا اللقاء بأنه خطوة أولى.|abdalla-hamdok",
            "ووصل الرئيس التركي رجب طيب أردوغان إلى الدوحة، مبديا تفاؤله بالتوصل إلى اتفاق.|recep-tayyip-erdogan"})
    void aParticipleOfSpeechSpeaksForItsClausesSubject(String sentence, String speaker) {
        assertSpokenBy(sentence, speaker);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وأجرى الرئيس الإماراتي الشيخ محمد بن زايد اتصالا هاتفيا بالرئيس الفرنسي إيمانويل ماكرون، وأكد خلاله أهمية التهدئة.|mohamed-bin-zayed",
            "وكان أمير قطر الشيخ تميم بن حمد آل ثاني قد تلقى اتصالا هاتفيا من الرئيس الأمريكي جو بايدن الثلاثاء، وأعرب خلاله عن تطلعه إلى التهدئة.|tamim-bin-hamad-al-thani",
            "وعقد وزير الخارجية التركي هاكان فيدان مباحثات مع نظيره الروسي سيرغي لافروف في أنقرة، وأعرب عن أمله في إنهاء الحرب.|hakan-fidan"})
    void aSpeechVerbJoinedToALightVerbsEventIsSpokenByItsSubject(String sentence, String speaker) {
        assertSpokenBy(sentence, speaker);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وقال وزير الخارجية السعودي فيصل بن فرحان إن الهدنة صامدة، داعيا الطرفين إلى احترامها.|faisal-bin-farhan",
            "وأعرب وزير الخارجية المصري بدر عبد العاطي عن ترحيبه بالاتفاق، داعيا الجانبين إلى تنفيذه بالكامل.|badr-abdelatty",
            "وقال المبعوث الأممي إلى اليمن هانس غروندبرغ إن الإفراج عن المحتجزين خطوة مهمة، مؤكدا للطرفين استعداده لدعمهما.|hans-grundberg",
            "ودعت الرياض الطرفين المتحاربين إلى وقف القتال فورا.|saudi-arabia",
            "ودعت القاهرة الجانبين إلى ضبط النفس.|egypt",
            "ودعا وزير الخارجية السعودي الطرفين إلى العودة إلى طاولة المفاوضات.|faisal-bin-farhan"})
    void theTwoSidesASpeakerCallsOnAreNotItsSpeakers(String sentence, String speaker) {
        assertSpokenBy("واندلعت الحرب بين الجيش السوداني وقوات الدعم السريع في أبريل الماضي.\n" + sentence, speaker);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وكان التحالف العربي في اليمن بقيادة السعودية قد أعلن تأييده للمبادرة الأممية.|saudi-led-coalition",
            "وكانت قوات الدعم السريع بقيادة محمد حمدان دقلو قد أعلنت التزامها بالهدنة.|rapid-support-forces"})
    void aSideLedBySomeoneSpeaksNotItsLeader(String sentence, String speaker) {
        assertSpokenBy(sentence, speaker);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ونقلت وكالة الأنباء الفرنسية عن وزير الخارجية الفرنسي جان نويل بارو قوله إن باريس تدعم الوساطة القطرية.|jean-noel-barrot",
            "وكانت قناة الجزيرة قد نقلت أمس عن رئيس الوزراء القطري محمد بن عبد الرحمن آل ثاني قوله إن المفاوضات متعثرة.|mohammed-bin-abdulrahman-al-thani"})
    void aSourceQuotingSomeoneReportsThatPersonsStatement(String sentence, String speaker) {
        assertSpokenBy(sentence, speaker);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ونقل الموقع الرسمي للمرشد الإيراني علي خامنئي عنه قوله إن الحوار مع الجيران مفيد.|ali-khamenei",
            "ونقل مكتب رئيس الوزراء الإسرائيلي بنيامين نتنياهو عنه قولها إن العملية ستتواصل.|benjamin-netanyahu"})
    void aSourceNamedAfterSomeoneQuotingHimReportsThatPersonsStatement(String sentence, String speaker) {
        assertSpokenBy(sentence, speaker);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ونقلت وكالة الأنباء الرسمية عنه قوله إن البلدين يدعمان الحل السياسي.",
            "ونقلت وسائل إعلام إسرائيلية عن مسؤول كبير قوله إن الاتفاق بات قريبا.",
            "وقال مصدر مطلع إن الزيارة ستستمر يومين."})
    void aQuoteOfAnUnnamedSourceIsNoStatement(String sentence) {
        assertNoStatement(sentence);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وقالت وكالة الأناضول إن الاجتماع استمر ساعتين.",
            "وأعلنت وكالة الأنباء الإماراتية (وام) أن الرئيس الإماراتي تلقى اتصالا هاتفيا من الرئيس الفرنسي إيمانويل ماكرون.",
            "وبحث وزير الخارجية السعودي فيصل بن فرحان مع نظيره الأردني أيمن الصفدي تطورات المنطقة، بحسب ما أفادت به وكالة الأنباء السعودية (واس).",
            "وذكرت رويترز أن الوفد الإسرائيلي غادر القاهرة."})
    void aNewsOutletReportingMakesNoStatement(String sentence) {
        assertNoStatement(sentence);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وقال وزير الخارجية المصري سامح شكري لوكالة رويترز إن المحادثات إيجابية.|sameh-shoukry",
            "وأكد الرئيس التركي رجب طيب أردوغان أن بلاده تدعم وقف إطلاق النار، وفق ما أوردته وكالة رويترز.|recep-tayyip-erdogan"})
    void theSpeakerAnOutletQuotesOrTalksToSpeaks(String sentence, String speaker) {
        assertSpokenBy(sentence, speaker);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وصل الموفد الفرنسي جان إيف لودريان إلى بيروت الاثنين. وأشار الموفد الفرنسي إلى أن بلاده مستعدة لدعم الحوار.|jean-yves-le-drian",
            "التقى الرئيس اللبناني جوزاف عون الموفدة الأمريكية مورغان أورتاغوس في بعبدا. وقالت الموفدة الأمريكية إن واشنطن تدعم الجيش اللبناني.|morgan-ortagus"})
    void aBareEnvoyTitlePointsBackToTheEnvoyNamedBefore(String text, String speaker) {
        assertSpokenBy(text, speaker);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "قال الموفد الفرنسي جان إيف لودريان، الذي وصل إلى بيروت الأحد، إن على القوى اللبنانية انتخاب رئيس للجمهورية.",
            "وأكد وزير الخارجية الأمريكي أنتوني بلينكن، الذي التقى نظيره المصري سامح شكري في القاهرة أمس، أن واشنطن تدعم الوساطة."})
    void aDateInARelativeClauseAfterTheSpeakerIsTheClausesNotTheSpeechs(String sentence) {
        Extraction x = ShortArticles.arabic(sentence);
        assertEquals("2024-06-10", only(x, EventType.Statement).date().iso());
        assertTrue(x.events().stream().anyMatch(e -> e.type() != EventType.Statement && e.date().iso().equals("2024-06-09")),
                () -> "events " + x.events());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "افتتح وزير الخارجية التركي هاكان فيدان الاجتماع بكلمة قال فيها إن تركيا مستعدة لاستضافة المفاوضات.|hakan-fidan",
            "وألقى الأمين العام للأمم المتحدة أنطونيو غوتيريش كلمة أمام مجلس الأمن الثلاثاء أكد فيها ضرورة وقف إطلاق النار.|antonio-guterres",
            "وترأس الوفد الروسي فلاديمير ميدينسكي، وافتتح وزير الخارجية التركي هاكان فيدان الاجتماع بكلمة قال فيها إن الطرفين أمام طريقين.|hakan-fidan"})
    void aVerbSaidInASpeechIsSpokenByWhoeverGaveTheSpeech(String sentence, String speaker) {
        assertSpokenBy(sentence, speaker);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وجاء في بيان مشترك سعودي - أميركي، الأحد، أن المحادثات ستستأنف.|saudi-arabia;united-states",
            "وأكد بيان مشترك مصري قطري أمريكي ضرورة التوصل إلى وقف فوري لإطلاق النار.|egypt;qatar;united-states",
            "وقال بيان مشترك تركي-روسي إن الجانبين سيواصلان التنسيق بشأن سوريا.|turkey;russia"})
    void theNisbasAfterAJointStatementAreItsSpeakers(String sentence, String speakers) {
        assertSpokenBy(sentence, speakers);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "والتقت وزيرة الخارجية الألمانية أنالينا بيربوك نظيرها الأردني أيمن الصفدي في عمان، وأعربا عن قلقهما من التصعيد.|annalena-baerbock;ayman-safadi",
            "وأجرى ولي العهد السعودي الأمير محمد بن سلمان اتصالا هاتفيا مع الرئيس الفرنسي إيمانويل ماكرون، وشددا على أهمية خفض التصعيد.|mohammed-bin-salman;emmanuel-macron",
            "واستقبل الرئيس المصري عبد الفتاح السيسي العاهل الأردني الملك عبد الله الثاني في القاهرة، مؤكدين رفضهما تهجير الفلسطينيين.|abdel-fattah-el-sisi;abdullah-ii"})
    void aDualVerbOrParticipleAfterAMeetingIsSpokenByBothSides(String sentence, String speakers) {
        assertSpokenBy(sentence, speakers);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وقالت الرياض وواشنطن في بيان مشترك إن طرفي النزاع اتفقا على هدنة قصيرة.|saudi-arabia;united-states",
            "وأوضح بيان مشترك سعودي - أميركي أن المحادثات ستتركز على وقف إطلاق النار، معربا عن الشكر للطرفين على انخراطهما.|saudi-arabia;united-states"})
    void theTwoSidesAfterAWrittenOnPrepositionOrBeforeADualVerbSpeakNot(String sentence, String speakers) {
        assertSpokenBy(sentence, speakers);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "تبنى مجلس الأمن الدولي، مساء الجمعة، قرارا يدعو إلى وقف فوري لإطلاق النار في السودان. وقال المندوب البريطاني لدى الأمم المتحدة جيمس كاريوكي عقب التصويت إن القرار يبعث برسالة واضحة.|2024-06-07",
            "تبنى مجلس الأمن الدولي، السبت، قرارا بشأن غزة. وقال المتحدث باسم الخارجية القطرية ماجد الأنصاري، اليوم الاثنين، إن الوساطة مستمرة. وعقب التصويت، قال المندوب البريطاني جيمس كاريوكي إن القرار انتصار للعدالة.|2024-06-08",
            "تبنى مجلس الأمن الدولي، السبت، قرارا بشأن غزة. وقال المندوب البريطاني جيمس كاريوكي الأحد بعد التصويت إن القرار انتصار للعدالة.|2024-06-09",
            "وقال المندوب البريطاني جيمس كاريوكي عقب التصويت إن القرار انتصار للعدالة.|2024-06-10"})
    void aSpeechRightAfterTheVoteIsOfTheVotesDayUnlessItHasItsOwn(String text, String date) {
        Extraction x = ShortArticles.arabic(text);
        assertEquals(date, x.events().stream().filter(e -> e.type() == EventType.Statement && !e.actors(Role.speaker).contains("majed-al-ansari"))
                .findFirst().orElseThrow().date().iso(), () -> "events " + x.events());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ويأتي الاتفاق بعد اجتماع رباعي استضافته إسطنبول في 5 يونيو الجاري، أعلن وزير الدفاع التركي خلوصي أكار في أعقابه التوصل إلى توافق.|2024-06-05",
            "والتقى وزير الخارجية المصري سامح شكري نظيره الأردني أيمن الصفدي في عمان يوم 3 يونيو. وأكد الرئيس الفلسطيني محمود عباس الأحد دعمه للمبادرة. وقال شكري عقب الاجتماع إن البلدين متفقان.|2024-06-03",
            "ووقعت مصر والأردن في عمان يوم 4 يونيو اتفاقية للتعاون في مجال الطاقة. وأكد الرئيس الفلسطيني محمود عباس الأحد دعمه للمبادرة. وقال وزير الخارجية المصري سامح شكري عقب التوقيع إن الاتفاقية خطوة مهمة.|2024-06-04"})
    void aSpeechAfterTheMeetingOrTheSigningIsOfItsDay(String text, String date) {
        assertLastStatementDated(text, date);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "من جانبه، أوضح المندوب الروسي فاسيلي نيبينزيا أن بلاده امتنعت لأن القرار يترك أسئلة كثيرة.|2024-06-07",
            "بدوره، قال المندوب الجزائري عمار بن جامع إن المجلس تأخر كثيرا.|2024-06-07",
            "وأضاف أن على الطرفين الالتزام به. ومن جهته، أكد المندوب الصيني فو كونغ أن بكين لا تعارض النص.|2024-06-07",
            "وأعلنت الحكومة السودانية ترحيبها بالقرار. من جانبها، قالت قوات الدعم السريع إنها ستدرس القرار.|2024-06-10"})
    void aReplyToASpeechRightAfterTheVoteIsOfTheVotesDay(String reply, String date) {
        assertLastStatementDated("تبنى مجلس الأمن الدولي، الجمعة، قرارا يدعو إلى وقف فوري لإطلاق النار في السودان. "
                + "وقالت المندوبة البريطانية باربرا وودوارد عقب التصويت إن القرار يبعث برسالة واضحة. " + reply, date);
    }

    @Test
    void aReplyInANewParagraphIsOfTheDayOfTheSpeechItAnswers() {
        String arabic = "استقبل الرئيس المصري عبد الفتاح السيسي وزير الخارجية الأمريكي أنتوني بلينكن في القاهرة اليوم الاثنين.\n\n"
                + "ووصل بلينكن إلى عمان أمس الأحد، حيث عقد مباحثات مع نظيره الأردني أيمن الصفدي أعقبها مؤتمر صحفي مشترك. "
                + "وأكد بلينكن خلال المؤتمر أن الولايات المتحدة تدعم وقف إطلاق النار.\n\n"
                + "من جانبه، شدد الصفدي على ضرورة إدخال المساعدات.";
        assertEquals("2024-06-09", replyDate(ShortArticles.arabic(arabic)));
        String english = "Egyptian President Abdel Fattah al-Sisi received Secretary of State Antony Blinken in Cairo on Monday.\n\n"
                + "Blinken arrived in Amman on Sunday, where he held talks with Jordanian Foreign Minister Ayman Safadi. "
                + "Blinken said during the talks that the United States supported a ceasefire.\n\n"
                + "For his part, Safadi stressed the need to let aid in.";
        assertEquals("2024-06-09", replyDate(ShortArticles.english(english)));
    }

    /** The day of Safadi's reply. */
    private static String replyDate(Extraction x) {
        return ShortArticles.eventWith(x, EventType.Statement, Role.speaker, "ayman-safadi").date().iso();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ومن المقرر أن تعقد جولة جديدة من المحادثات بين طهران وواشنطن الأحد المقبل في مسقط، بحسب ما أعلنه وزير الخارجية العماني بدر البوسعيدي.|badr-albusaidi",
            "وقتل 20 فلسطينيا في غارات إسرائيلية على غزة، وفق ما أعلنته وزارة الصحة في القطاع.|gaza-ministry-of-health",
            "وذلك حسبما أفادت به وزارة الخارجية القطرية.|qatar-ministry-of-foreign-affairs"})
    void aSpeechVerbAnAttributionGovernsIsNotOfTheStorysDay(String text, String speaker) {
        Extraction x = ShortArticles.arabic(text);
        var statement = ShortArticles.eventWith(x, EventType.Statement, Role.speaker, speaker);
        assertNull(statement.date(), () -> "events " + x.events());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وقال الرئيس الفرنسي إيمانويل ماكرون إن باريس تدعم الوساطة. وشدد البيان الختامي للقمة العربية على رفض تهجير الفلسطينيين.|emmanuel-macron",
            "وقال وزير الخارجية التركي هاكان فيدان إن أنقرة تدعم الحل. وقال البيان الصادر عن وزارة الخارجية القطرية إن الدوحة ستواصل جهودها.|hakan-fidan;qatar-ministry-of-foreign-affairs"})
    void aStatementNounWithAnOwnerOfItsOwnIsNotTheLastSpeakers(String text, String speakers) {
        Extraction x = ShortArticles.arabic(text);
        assertEquals(List.of(speakers.split(";")), ShortArticles.events(x, EventType.Statement).stream()
                .map(e -> String.join("+", e.actors(Role.speaker))).toList());
    }

    /** The last statement the text reports is of that day. */
    private static void assertLastStatementDated(String text, String date) {
        Extraction x = ShortArticles.arabic(text);
        assertEquals(date, ShortArticles.events(x, EventType.Statement).getLast().date().iso(), () -> "events " + x.events());
    }

    /** The text reports one statement, by these speakers (";" between them) alone. */
    private static void assertNoStatement(String sentence) {
        Extraction x = ShortArticles.arabic(sentence);
        assertTrue(ShortArticles.events(x, EventType.Statement).isEmpty(), () -> "events " + x.events());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "الرياض|الرياض (واس) - ذكرت الخارجية أن المملكة ترحب بالاتفاق بين الطرفين.|saudi-arabia-ministry-of-foreign-affairs",
            "الدوحة|الدوحة - وأكدت وزارة الخارجية أن قطر ترحب بالهدنة.|qatar-ministry-of-foreign-affairs",
            "القاهرة|القاهرة - قالت الرئاسة في بيان إن مصر ترحب بالاتفاق.|egypt-presidency",
            "الرياض|الرياض - ذكر بيان للديوان الملكي أن خادم الحرمين الشريفين غادر إلى جدة.|saudi-royal-court",
            "الدوحة|الدوحة - قال الديوان الأميري في بيان إن أمير قطر تلقى اتصالا من بايدن.|qatar-amiri-diwan",
            "عمان|عمان - وقالت الخارجية إن الوزير سيزور القاهرة الأسبوع المقبل.|jordan-ministry-of-foreign-affairs"})
    void aBodyNamedBareIsTheOneOfTheDatelinesStateNotTheDatelineCity(String dateline, String text, String speaker) {
        Extraction x = ShortArticles.datelined("ar", dateline, text);
        assertEquals(List.of(speaker), only(x, EventType.Statement).actors(Role.speaker));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ذكر بيان للرئاسة المصرية أن السيسي استقبل بلينكن.|egypt-presidency",
            "وقالت الرئاسة التركية في بيان إن أردوغان بحث مع بوتين الحرب.|turkey-presidency",
            "وذكر بيان للخارجية السعودية أن المملكة ترحب بالاتفاق.|saudi-arabia-ministry-of-foreign-affairs"})
    void aBodyNamedBareWithADemonymIsThatStatesBodyAlone(String text, String speaker) {
        assertEquals(List.of(speaker), ShortArticles.events(ShortArticles.arabic(text), EventType.Statement).getFirst().actors(Role.speaker));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "الرياض|الرياض - وذكرت مصادر أن المملكة ترحب بالاتفاق.",
            "الدوحة|الدوحة (قنا) - وقالت مصادر مطلعة إن المفاوضات مستمرة."})
    void theDatelineCityIsNoSpeaker(String dateline, String text) {
        assertTrue(ShortArticles.events(ShortArticles.datelined("ar", dateline, text), EventType.Statement).isEmpty());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "بيروت|بيروت - وقالت الرئاسة الدورية لمجلس الأمن إن الجلسة ستعقد غدا.",
            "القاهرة|القاهرة - وذكرت مصادر في الرئاسة الثانية أن الاجتماع انتهى."})
    void aBareNameWithAnotherDefiniteWordNamesNoBodyOfTheDatelinesState(String dateline, String text) {
        Extraction x = ShortArticles.datelined("ar", dateline, text);
        assertTrue(x.events().stream().noneMatch(e -> e.actors(Role.speaker).stream().anyMatch(s -> s.endsWith("presidency"))), x.events()::toString);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ولا يحظى إقليم \"أرض الصومال\"، الذي أعلن انفصاله من جانب واحد عام 1991، باعتراف دولي.|somalia",
            "وأعلن إقليم كردستان إجراء الاستفتاء في موعده.|iraq"})
    void aRegionDoesNotSpeakForTheStateItLiesIn(String sentence, String state) {
        Extraction x = ShortArticles.arabic(sentence);
        assertTrue(ShortArticles.events(x, EventType.Statement).stream().noneMatch(e -> e.actors(Role.speaker).contains(state)),
                x.events()::toString);
    }

    private static void assertSpokenBy(String text, String speakers) {
        assertEquals(Set.of(speakers.split(";")), Set.copyOf(only(ShortArticles.arabic(text), EventType.Statement).actors(Role.speaker)));
    }
}
