package org.diplokg.extract;

import static org.diplokg.extract.ShortArticles.arabic;
import static org.diplokg.extract.ShortArticles.english;
import static org.diplokg.extract.ShortArticles.events;
import static org.diplokg.extract.ShortArticles.extract;
import static org.diplokg.extract.ShortArticles.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.diplokg.model.Event;
import org.diplokg.model.EventType;
import org.diplokg.model.Extraction;
import org.diplokg.model.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which date an event takes when its sentence names several, or names its date in another event's clause. */
class EventDatesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ar|ومن المقرر أن يعقد الاتحاد الأفريقي، الأربعاء المقبل، في أديس أبابا اجتماعا تحضيريا للحوار السياسي السوداني تستمر أعماله حتى الخامس عشر من يونيو الجاري.",
            "en|The African Union will hold on Wednesday a preparatory meeting in Addis Ababa that will run until June 15."})
    void aDateAfterAnEndCueBoundsTheEventAndLeavesItsDayToTheDateBefore(String language, String sentence) {
        assertEquals("2024-06-12", only(extract(language, sentence), EventType.Meeting).date().iso());
    }

    @Test
    void aFutureDateDoesNotDateAStatementReportedAsMade() {
        Extraction made = english("Biden announced a plan to send aid by June 20.");
        assertEquals("2024-06-10", only(made, EventType.Statement).date().iso());
        assertTrue(events(made, EventType.Proposal).stream().noneMatch(p -> p.date() != null && p.date().iso().equals("2024-06-20")),
                () -> "proposals " + events(made, EventType.Proposal));
        assertEquals("2024-06-13", only(english("Egypt will present a proposal on Thursday."), EventType.Proposal).date().iso());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "A four-day pause in February 2022 saw the release of 40 detainees in exchange for 90 prisoners.|2022-02",
            "The humanitarian truce in March 2021 saw dozens of captives freed.|2021-03",
            "An earlier truce in May 2020 witnessed the swap of 12 soldiers for 30 prisoners.|2020-05"})
    void whatATruceSawHappenedDuringItAndTakesItsDate(String sentence, String month) {
        assertEquals(month, only(extract("en", sentence), EventType.Exchange).date().iso());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "en|Iranian and U.S. negotiators held talks in Geneva on Saturday, a day after Israel launched a missile attack on Iranian air bases.|Meeting|2024-06-08|MilitaryOperation|2024-06-07",
            "en|Egyptian President Abdel Fattah el-Sisi met Turkish President Recep Tayyip Erdogan in Ankara on Wednesday, a day before the two countries signed a trade agreement.|Meeting|2024-06-05|Agreement|2024-06-06",
            "ar|عقد وزيرا خارجية قطر وإيران محادثات في الدوحة يوم السبت، غداة هجوم صاروخي إيراني على قاعدة العديد.|Meeting|2024-06-08|MilitaryOperation|2024-06-07",
            "ar|والتقى الرئيس المصري عبد الفتاح السيسي نظيره التركي رجب طيب أردوغان في أنقرة يوم الأربعاء، عشية توقيع اتفاق تعاون بين البلدين.|Meeting|2024-06-05|Agreement|2024-06-06",
            "en|Hamas released three Israeli hostages in Gaza on Saturday, hours after a ceasefire between Israel and Hamas took effect.|Exchange|2024-06-08|Ceasefire|2024-06-08",
            "ar|أفرجت حركة حماس عن ثلاث محتجزات إسرائيليات يوم السبت، بعد ساعات من دخول وقف إطلاق النار بين إسرائيل وحماس حيز التنفيذ.|Exchange|2024-06-08|Ceasefire|2024-06-08"})
    void anEventADayAfterOrBeforeTheDatedOneIsDatedFromIt(String language, String sentence, EventType main, String day,
                                                       EventType other, String otherDay) {
        Extraction x = extract(language, sentence);
        assertEquals(day, only(x, main).date().iso());
        assertEquals(otherDay, only(x, other).date().iso());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "AMMAN (Reuters) - On Thursday, Jordan's foreign ministry announced the decision.|2024-06-06",
            "WASHINGTON, June 10 (Reuters) - On May 31, U.S. President Joe Biden announced the three-phase plan.|2024-05-31",
            "DOHA (AFP) - On Saturday, Qatar said Hamas wanted a full ceasefire.|2024-06-08",
            "BEIRUT (Reuters) - Israeli troops must leave by the February 18 deadline, Lebanon's president said.|2024-06-10"})
    void aDatelineIsNoClauseBeforeTheOpeningDateOfASpeechVerb(String sentence, String day) {
        assertEquals(day, only(english(sentence), EventType.Statement).date().iso());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Qatar said on Thursday that Hamas had accepted the plan two days earlier.|Acceptance|2024-06-04|2024-06-06",
            "Israel said on Friday it had rejected the offer the night before.|Rejection|2024-06-06|2024-06-07",
            "Netanyahu's office said on Saturday that Israel had accepted the proposal a day earlier.|Acceptance|2024-06-07|2024-06-08"})
    void aDayEarlierCountsBackFromTheSentencesOwnDate(String sentence, EventType reported, String reportedDay, String saidDay) {
        Extraction x = english(sentence);
        assertEquals(reportedDay, only(x, reported).date().iso());
        assertEquals(saidDay, only(x, EventType.Statement).date().iso());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Sisi announced the Cairo initiative on Saturday.|2024-06-08",
            "On Thursday, Egypt announced a new proposal for a ceasefire.|2024-06-06",
            "U.S. President Joe Biden announced the three-phase plan on May 31.|2024-05-31"})
    void aPlanIsProposedTheDayItIsAnnounced(String sentence, String day) {
        Extraction x = english(sentence);
        assertEquals(day, only(x, EventType.Statement).date().iso());
        assertEquals(day, only(x, EventType.Proposal).date().iso());
    }

    @Test
    void aDateInTheClauseAnAnnouncementReportsDatesNoProposalOfItsObject() {
        Extraction x = english("Biden announced on Friday that Israel had offered a new proposal.");
        assertEquals("2024-06-07", only(x, EventType.Statement).date().iso());
        assertTrue(events(x, EventType.Proposal).stream().noneMatch(e -> e.date() != null && e.date().iso().equals("2024-06-07")));
    }

    /** Paragraphs are separated by "¶" in the sources below (a CSV value holds no line break). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "en|Blinken met Sisi in Cairo on Monday.¶Qatari Prime Minister Mohammed bin Abdulrahman Al Thani met Hamas leaders in Doha on Saturday. Qatar said the talks were positive.¶Jordan said it welcomed the efforts.|qatar|jordan",
            "ar|والتقى بلينكن الرئيس السيسي في القاهرة اليوم الاثنين.¶وكان رئيس الوزراء القطري محمد بن عبد الرحمن آل ثاني قد التقى قادة حماس في الدوحة يوم السبت. وقالت قطر إن المحادثات كانت إيجابية.¶وقال الأردن إنه يرحب بالجهود.|qatar|jordan"})
    void undatedNewsInAParagraphAboutARecentDayIsOfThatDay(String language, String body, String flashbackSpeaker, String storySpeaker) {
        List<Event> statements = events(extract(language, body.replace("¶", "\n\n")), EventType.Statement);
        assertEquals("2024-06-08", speaker(statements, flashbackSpeaker).date().iso());
        assertEquals("2024-06-10", speaker(statements, storySpeaker).date().iso());
    }

    private static Event speaker(List<Event> statements, String slug) {
        return statements.stream().filter(e -> e.actors(Role.speaker).contains(slug)).findFirst()
                .orElseThrow(() -> new AssertionError(slug + " speaks in none of " + statements));
    }

    @Test
    void aDayAfterAnEventInASentenceWithNoDateOfItsOwnDatesNothing() {
        Extraction en = extract("en", "Ukraine proposed another round of talks on Friday. "
                + "The talks took place a day after Ukraine launched a drone attack on air bases deep inside Russia.");
        assertEquals(null, only(en, EventType.MilitaryOperation).date());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وشارك الوزير في مفاوضات بين الحكومة السودانية وقوات الدعم السريع، استضافتها جدة في السادس من مايو.|2024-05-06",
            "وتأتي الزيارة بعد جولة من المحادثات غير المباشرة بين إيران والولايات المتحدة، استضافتها مسقط السبت الماضي.|2024-06-08"})
    void talksAClauseAfterThemSaysWereHostedTakeTheHostsDate(String sentence, String day) {
        assertEquals(day, only(extract("ar", sentence), EventType.Negotiation).date().iso());
    }

    @Test
    void aPersonWhoSawAnotherWitnessesNoEvent() {
        assertTrue(events(extract("en", "Lavrov saw Fidan in Ankara on Monday."), EventType.Exchange).isEmpty());
    }

    @Test
    void aDateInANounsOwnPhraseIsItsDateNotTheDateBeforeIt() {
        Extraction ar = extract("ar", "وانسحب ترامب عام 2018 من الاتفاق النووي المبرم بين إيران والقوى الكبرى عام 2015.");
        assertEquals("2015", only(ar, EventType.Agreement).date().iso());
        Extraction en = extract("en", "Trump pulled out in 2018 from the nuclear deal between Iran and world powers in 2015.");
        assertEquals("2015", only(en, EventType.Agreement).date().iso());
    }

    @Test
    void theDateClosingTwoJoinedVerbsDatesTheFirstToo() {
        Extraction en = extract("en", "Zelensky travelled to Turkey and met President Recep Tayyip Erdogan in Ankara on 15 May.");
        assertEquals("2024-05-15", only(en, EventType.Visit).date().iso());
        Extraction ar = extract("ar", "وصل الرئيس الأوكراني فولوديمير زيلينسكي إلى تركيا والتقى الرئيس رجب طيب أردوغان في أنقرة يوم 15 مايو.");
        assertEquals("2024-05-15", only(ar, EventType.Visit).date().iso());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ar|وقال مصدر مصري إن وفد حماس وصل إلى القاهرة مساء السبت. وأعلنت حركة الجهاد الإسلامي في بيان أنها تدعم موقف حماس.",
            "en|An Egyptian source said that the Hamas delegation arrived in Cairo on Saturday. Islamic Jihad said in a statement that it backed Hamas."})
    void whatAnUndatedSpeakerReportsLeavesTheStoryOnItsDay(String language, String text) {
        Extraction x = extract(language, text);
        assertEquals("2024-06-08", only(x, EventType.Visit).date().iso());
        assertEquals("2024-06-10", only(x, EventType.Statement).date().iso());
    }

    @Test
    void theDatelinesDateDatesTheStoryNotTheSpeech() {
        Extraction en = extract("en", "CAIRO, June 10 (Reuters) - Egypt's foreign minister said on Sunday that Cairo would host a conference on Gaza.");
        assertEquals("2024-06-09", only(en, EventType.Statement).date().iso());
        Extraction ar = extract("ar", "القاهرة - 10 يونيو (رويترز) - قال وزير الخارجية المصري يوم الأحد إن مصر ستستضيف مؤتمرا بشأن غزة.");
        assertEquals("2024-06-09", only(ar, EventType.Statement).date().iso());
        Extraction undated = extract("en", "WASHINGTON, June 10 (Reuters) - U.S. Secretary of State Antony Blinken met Saudi Foreign Minister Prince Faisal bin Farhan.");
        assertEquals("2024-06-10", only(undated, EventType.Meeting).date().iso());
    }

    @Test
    void aRejectionItsSpeakerVoicesInADatedSpeechHasItsDate() {
        for (String text : List.of("Jordan's foreign ministry said on Sunday it rejected the Israeli plan to displace Palestinians.",
                "AMMAN, June 10 (Reuters) - Jordan's foreign ministry said on Sunday that it rejected the plan.")) {
            Extraction en = extract("en", text);
            assertEquals("2024-06-09", only(en, EventType.Statement).date().iso(), text);
            assertEquals("2024-06-09", only(en, EventType.Rejection).date().iso(), text);
        }
        Extraction ar = extract("ar", "قالت وزارة الخارجية الأردنية يوم الأحد إنها ترفض الخطة الإسرائيلية لتهجير الفلسطينيين.");
        assertEquals("2024-06-09", only(ar, EventType.Rejection).date().iso());
        assertEquals(null, only(extract("en", "Hamas said on Sunday that Israel rejected the proposal."), EventType.Rejection).date());
        assertEquals(null, only(extract("en", "Egypt's foreign ministry said on Sunday it has repeatedly rejected the plan."),
                EventType.Rejection).date());
    }

    @Test
    void aTruceAgreedOnADayWithNoStartOfItsOwnWasAgreedThatDay() {
        Extraction en = extract("en", "Ethiopia and the TPLF agreed on Saturday to a \"permanent cessation of hostilities\". \n\nEthiopia and the TPLF agreed on Saturday to a truce in Tigray.");
        assertEquals("2024-06-08", only(en, EventType.Ceasefire).date().iso());
        Extraction later = extract("en", "Israel and Hamas agreed on Saturday to a ceasefire that will take effect on Wednesday.");
        assertEquals("2024-06-12", only(later, EventType.Ceasefire).date().iso());
    }

    @Test
    void aRejectionAnAnnouncementNamesHasItsDate() {
        Extraction ar = extract("ar", "أعلنت الحكومة الإيرانية، الخميس، رفض طهران للقرار.");
        assertEquals("2024-06-06", only(ar, EventType.Rejection).date().iso());
        Extraction en = extract("en", "Iran on Thursday announced its rejection of the resolution.");
        assertEquals("2024-06-06", only(en, EventType.Rejection).date().iso());
    }

    @Test
    void whatHappenedDuringABoundedSpanIsNotDatedByItsFirstDay() {
        Extraction en = extract("en", "Iran and Saudi Arabia agreed on Friday to restore ties. "
                + "The deal, reached in Beijing during talks held between June 3 and 7, was announced in a joint statement.");
        assertEquals("2024-06-07", only(en, EventType.Agreement).date().iso());
    }

    @Test
    void whatTheFirstDayOfAnEventSawDatesItsBeginning() {
        Extraction en = extract("en", "Hamas released 13 hostages on Friday in exchange for 39 Palestinian prisoners, "
                + "on the first day of a four-day truce between Israel and Hamas.");
        assertEquals("2024-06-07", only(en, EventType.Ceasefire).date().iso());
        Extraction ar = extract("ar", "أفرجت حماس الجمعة عن 13 محتجزا مقابل 39 أسيرا فلسطينيا، في اليوم الأول من الهدنة بين إسرائيل وحماس.");
        assertEquals("2024-06-07", only(ar, EventType.Ceasefire).date().iso());
    }

    @Test
    void aNounKeyedLikeASpeechVerbTakesNoDateFromTheReportedClause() {
        Extraction ar = extract("ar", "وأوضحت قطر، في بيان، أن الدفعة تضم 18 أسيرا، إضافة إلى 111 معتقلا اعتقلوا بعد السابع من أكتوبر 2023.");
        assertEquals("2024-06-10", only(ar, EventType.Statement).date().iso());
    }

    @Test
    void aDateAfterALightVerbDatesTheEventNounItGoverns() {
        Extraction ar = extract("ar", "وقبل سريان الهدنة، شن الطيران الإسرائيلي أمس الأحد غارات مكثفة على الضاحية الجنوبية لبيروت.");
        assertEquals("2024-06-09", only(ar, EventType.MilitaryOperation).date().iso());
    }

    @Test
    void anIndefiniteNounWithItsOwnDateDoesNotLendItToAnEarlierUndatedMention() {
        Extraction en = extract("en", "The U.N. Security Council adopted the resolution with 14 votes in favour. "
                + "The vote came after Russia and China on Friday vetoed a U.S.-drafted resolution.");
        Event adopted = only(en, EventType.Resolution);
        assertEquals(List.of("un-security-council"), adopted.roles().get(Role.agent));
        assertEquals(null, adopted.date());
    }

    @Test
    void aStatementSetAgainstADatedClauseOfAnotherSubjectStaysUndated() {
        Extraction ar = extract("ar", "وكان ترامب قد أعلن الاثنين الماضي أن بلاده ستجري محادثات مباشرة مع إيران، بينما أكدت طهران أنها ستكون غير مباشرة.");
        assertEquals(List.of("2024-06-03", "-"), statementDates(ar));
        Extraction en = extract("en", "Trump announced on Monday that Washington would hold direct talks with Iran, while Tehran said they would be indirect.");
        assertEquals(List.of("2024-06-10", "-"), statementDates(en));
    }

    @Test
    void aLookBackInWhatASpeechActReportsLeavesTheSpeechActNewsOfTheDay() {
        Extraction ar = extract("ar", "وقال مفوض حقوق الإنسان في البرلمان الأوكراني دميترو لوبينيتس إن هذه هي عملية التبادل التاسعة والأربعون منذ بدء الحرب.");
        assertEquals(List.of("2024-06-10"), statementDates(ar));
        Extraction en = extract("en", "Ukrainian human rights commissioner Dmytro Lubinets said that it was the 49th swap since the start of the war.");
        assertEquals(List.of("2024-06-10"), statementDates(en));
    }

    @Test
    void aSpeechVerbSaidInADocumentTakesTheDateTheDocumentWasIssued() {
        Extraction ar = extract("ar", "ويستند القرار إلى تقرير أصدره المدير العام للوكالة رافائيل غروسي نهاية مايو الماضي، قال فيه إن إيران لم تقدم تفسيرات.");
        assertEquals(List.of("2024-05"), statementDates(ar));
        Extraction en = extract("en", "The text builds on a report issued by IAEA chief Rafael Grossi in late May, in which Grossi said that Iran had not given answers.");
        assertEquals(List.of("2024-05"), statementDates(en));
    }

    /** Paragraphs are separated by "¶" in the sources below; the article is of Monday 2024-06-10. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "قال وزير الخارجية التركي هاكان فيدان إن بلاده تدعم الحل السياسي في سوريا.¶وأضاف أن أنقرة تعمل مع شركائها لوقف الحرب.¶جاء ذلك في مؤتمر صحفي عقده يوم السبت في أنقرة.|2024-06-08",
            "أكد رئيس الوزراء القطري محمد بن عبد الرحمن آل ثاني أن المفاوضات مستمرة.¶وجاء ذلك خلال كلمة ألقاها أمس أمام منتدى الدوحة.|2024-06-09",
            "دعت وزارة الخارجية المصرية إلى وقف فوري للتصعيد.¶جاء ذلك في بيان أصدرته الوزارة الجمعة.|2024-06-07",
            "أعرب الرئيس الفرنسي إيمانويل ماكرون عن قلقه من التصعيد في لبنان.¶وجاءت تصريحاته على هامش قمة مجموعة السبع في إيطاليا الخميس.|2024-06-06",
            "أكد العاهل الأردني الملك عبد الله الثاني دعم بلاده للحل السياسي.¶وجاء ذلك بعد يومين من اجتماع وزراء الخارجية العرب في عمان السبت.|2024-06-10"})
    void whatWasSaidBeforeASentenceNamingItsOccasionIsOfThatOccasionsDay(String body, String day) {
        assertEquals(List.of(day), statementDates(extract("ar", body.replace("¶", "\n\n"))));
    }

    /** Paragraphs are separated by "¶"; the story's own day is Monday 2024-06-10. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "استقبل الرئيس الإماراتي محمد بن زايد الرئيس التركي رجب طيب أردوغان في أبوظبي الاثنين.¶وكان أردوغان قد التقى السبت أمير قطر الشيخ تميم بن حمد آل ثاني في الدوحة.¶وشهد اللقاء توقيع اتفاقيات تعاون بين البلدين في مجال الطاقة.|2024-06-08",
            "استقبل الرئيس المصري عبد الفتاح السيسي العاهل الأردني الملك عبد الله الثاني في القاهرة اليوم الاثنين.¶وكان وزير الخارجية المصري بدر عبد العاطي قد التقى نظيره السعودي فيصل بن فرحان في الرياض الخميس، وشهد اللقاء توقيع مذكرة تفاهم بين البلدين.|2024-06-06"})
    void whatAMeetingToldBeforeWitnessedIsOfItsDay(String body, String day) {
        assertEquals(day, only(extract("ar", body.replace("¶", "\n\n")), EventType.Agreement).date().iso());
    }

    @Test
    void anOccasionNamedAfterTheLastSpeakerDatesNeitherAnotherSpeakerNorADatedSpeech() {
        Extraction x = extract("ar", "قال المتحدث باسم الكرملين ديمتري بيسكوف الأربعاء إن موسكو منفتحة على الحوار.\n\n"
                + "ونفى نائب وزير الخارجية الروسي سيرغي ريابكوف أي اتصالات مع واشنطن.\n\n"
                + "وقال وزير الخارجية الروسي سيرغي لافروف إن المفاوضات يجب أن تراعي مصالح روسيا.\n\n"
                + "جاء ذلك خلال مؤتمر صحفي عقده أمس في موسكو.");
        List<Event> statements = events(x, EventType.Statement);
        assertEquals("2024-06-05", speaker(statements, "dmitry-peskov").date().iso());
        assertNotEquals("2024-06-09", speaker(statements, "sergei-ryabkov").date().iso());
        assertEquals("2024-06-09", speaker(statements, "sergei-lavrov").date().iso());
    }

    @Test
    void aDateAfterTheObjectOfAResponseDatesTheResponseNotTheProposal() {
        Extraction en = extract("en", "Ukraine accepted the U.S. proposal for a 30-day ceasefire on Tuesday, the foreign ministry said.");
        assertEquals("2024-06-04", only(en, EventType.Acceptance).date().iso());
        assertEquals(null, only(en, EventType.Proposal).date());
        Extraction ar = extract("ar", "ردت إسرائيل بالموافقة على المقترح المصري، الأحد.");
        assertEquals("2024-06-09", only(ar, EventType.Acceptance).date().iso());
        Extraction noun = extract("ar", "أعلنت حركة حماس موافقتها على المقترح القطري يوم الجمعة.");
        assertEquals("2024-06-07", only(noun, EventType.Acceptance).date().iso());
        assertEquals(null, only(noun, EventType.Proposal).date());
    }

    @Test
    void aHyphenedCompoundBeforeTheObjectCountsAsOneWordOfItsPhrase() {
        Extraction en = extract("en", "The Houthis accepted the U.N.-brokered truce on Monday.");
        assertEquals("2024-06-10", only(en, EventType.Acceptance).date().iso());
        assertEquals(null, only(en, EventType.Ceasefire).date());
        Extraction plan = extract("en", "Israel rejected the Egyptian-drafted ceasefire plan on Sunday, officials said.");
        assertEquals("2024-06-09", only(plan, EventType.Rejection).date().iso());
    }

    @Test
    void aDateAfterAClosedRelativeClauseDatesTheVerbItInterrupts() {
        Extraction ar = extract("ar", "وصل وزير الخارجية الأمريكي ماركو روبيو، الذي التقى نظيره الأردني أيمن الصفدي الأحد، إلى القاهرة الجمعة.");
        assertEquals("2024-06-07", only(ar, EventType.Visit).date().iso());
        assertEquals("2024-06-09", only(ar, EventType.Meeting).date().iso());
    }

    private static List<String> statementDates(Extraction x) {
        return x.events().stream().filter(e -> e.type() == EventType.Statement)
                .map(e -> e.date() == null ? "-" : e.date().iso()).toList();
    }

    @Test
    void beingDueToTravelIsAPlanSoABareWeekdayIsTheComingOne() {
        Extraction en = extract("en", "Blinken is due to travel to Israel on Tuesday.");
        assertEquals("2024-06-11", only(en, EventType.Visit).date().iso());
        Extraction cause = extract("en", "Talks between Israel and Hamas collapsed on Tuesday due to disagreements over the prisoners.");
        assertEquals("2024-06-04", only(cause, EventType.Negotiation).date().iso());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Iranian negotiators are due in Muscat on Thursday for talks with Omani mediators.|2024-06-13",
            "The Qatari prime minister is set to visit Amman on Thursday.|2024-06-13",
            "Lavrov is scheduled to visit Ankara on Thursday.|2024-06-13",
            "Erdogan is slated to visit Baghdad on Thursday.|2024-06-13",
            "Fidan is poised to visit Tripoli on Thursday.|2024-06-13",
            "The Saudi delegation arrived in Muscat on Thursday for talks with Omani mediators.|2024-06-06"})
    void aStatedPlanIsAPlannedVisitOnTheComingWeekday(String sentence, String day) {
        assertEquals(day, only(extract("en", sentence), EventType.Visit).date().iso());
    }

    @Test
    void aHopeOrAnInvitationToVisitIsNoVisit() {
        assertTrue(events(extract("en", "Macron hopes to visit Algiers on Thursday."), EventType.Visit).isEmpty());
        assertTrue(events(extract("en", "Sisi invited Erdogan to visit Cairo."), EventType.Visit).isEmpty());
    }

    @Test
    void aWeekdayOfAPlanTheSpeakerAnnouncesDoesNotDateTheSpeechBackwards() {
        Extraction en = extract("en", "Iranian negotiators are due in Muscat on Thursday for talks with Omani mediators. "
                + "Blinken will meet Sisi on Thursday in Cairo, the State Department said.");
        assertEquals("2024-06-10", only(en, EventType.Statement).date().iso());
    }

    @Test
    void whatHappensWhereATripGoesHappensThereOnItsDay() {
        Event meeting = only(extract("en", "Blinken will travel to Israel on Tuesday, where he will meet Prime Minister Benjamin Netanyahu."),
                EventType.Meeting);
        assertEquals("2024-06-11", meeting.date().iso());
        assertEquals(List.of("israel"), meeting.places());
    }

    @Test
    void aStartInThePresentTenseDatesWhatFollowsItInTheComingDays() {
        assertEquals("2024-06-16", only(extract("en", "Israel and Hamas agreed to a truce that begins at midnight on Sunday."),
                EventType.Ceasefire).date().iso());
        assertEquals("2024-06-13", only(extract("ar", "وتوصلت إسرائيل وحماس إلى هدنة إنسانية تدخل حيز التنفيذ صباح الخميس."),
                EventType.Ceasefire).date().iso());
        Event signed = only(extract("ar", "وقعت إسرائيل وحماس، مساء السبت، اتفاقا لوقف إطلاق النار يدخل حيز التنفيذ بعد 48 ساعة."),
                EventType.Agreement);
        assertEquals("2024-06-08", signed.date().iso());
    }

    @Test
    void presentVerbOpeningTheSentenceTakesTheComingWeekday() {
        assertEquals("2024-06-16", only(extract("ar", "ويلتقي وزير الخارجية المصري بدر عبد العاطي نظيره الأردني أيمن الصفدي الأحد في القاهرة."),
                EventType.Meeting).date().iso());
        assertEquals("2024-06-15", only(extract("ar", "تستضيف مسقط الجولة المقبلة من المحادثات بين إيران والولايات المتحدة السبت."),
                EventType.Negotiation).date().iso());
        assertEquals("2024-06-13", only(extract("ar", "يتوجه الرئيس الفلسطيني محمود عباس إلى موسكو الخميس في زيارة رسمية."),
                EventType.Visit).date().iso());
    }

    @Test
    void pastVerbsAndVerbsInsideTheSentenceKeepThePastWeekday() {
        assertEquals("2024-06-06", only(extract("ar", "توجه الرئيس الفلسطيني محمود عباس إلى موسكو الخميس في زيارة رسمية."),
                EventType.Visit).date().iso());
        assertEquals("2024-06-09", only(extract("ar", "وكان عبد العاطي قد التقى الصفدي الأحد في القاهرة."),
                EventType.Meeting).date().iso());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "وأكدت المصادر أن وفد حماس سيصل الأربعاء إلى القاهرة لاستئناف المفاوضات.|Visit|2024-06-12",
        "وسيصل وزير الخارجية الإيراني عباس عراقجي إلى مسقط السبت.|Visit|2024-06-15",
        "ويتوقع أن يجتمع الرئيس الفرنسي إيمانويل ماكرون مع المستشار الألماني أولاف شولتس السبت في باريس.|Meeting|2024-06-15",
        "ويُتوقع أن يزور الرئيس التركي رجب طيب أردوغان بغداد الأربعاء.|Visit|2024-06-12"})
    void aFutureVerbOrAnExpectationMakesABareWeekdayTheComingOne(String text, EventType type, String date) {
        assertEquals(date, only(extract("ar", text), type).date().iso());
    }

    @Test
    void dateAfterThePurposeOfADealDatesTheDeal() {
        assertEquals("2024-06-09", only(extract("ar", "توصلت إسرائيل وحزب الله إلى اتفاق لوقف إطلاق النار الأحد بوساطة أمريكية وفرنسية."),
                EventType.Agreement).date().iso());
        assertEquals("2024-06-08", only(extract("ar", "وتوصلت روسيا وأوكرانيا إلى اتفاق جديد لتبادل الأسرى السبت بوساطة إماراتية."),
                EventType.Agreement).date().iso());
    }

    @Test
    void aDateAfterTheDealAResponseNamesDatesTheResponse() {
        Extraction x = english("Israel and Hamas reached a ceasefire deal on Wednesday. Hamas accepted the proposal on Saturday.");
        assertEquals("2024-06-08", only(x, EventType.Acceptance).date().iso());
        Extraction y = english("Israel's security cabinet approved the deal on Friday.");
        assertEquals("2024-06-07", only(y, EventType.Acceptance).date().iso());
    }

    @Test
    void aRelativeClausesDateDoesNotDateTheMainVerb() {
        Extraction x = english("Xi, who arrived in Moscow on Saturday for a three-day state visit, said China stood for peace and dialogue.");
        assertEquals("2024-06-08", only(x, EventType.Visit).date().iso());
        Event said = only(x, EventType.Statement);
        assertEquals(List.of("xi-jinping"), said.actors(Role.speaker));
        assertEquals("2024-06-10", said.date().iso());
    }

    @Test
    void aDateBetweenASubjectAndItsVerbDatesThatVerb() {
        Event veto = only(english("The assembly met in an emergency session after Russia on Friday vetoed a draft resolution."),
                EventType.Rejection);
        assertEquals(List.of("russia"), veto.actors(Role.agent));
        assertEquals("2024-06-07", veto.date().iso());
        Event rejection = only(english("The talks collapsed after Hamas on Tuesday rejected the proposal."), EventType.Rejection);
        assertEquals("2024-06-04", rejection.date().iso());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "ar|وأجرت روسيا وأوكرانيا الأحد عملية تبادل للأسرى بوساطة إماراتية. وكانت آخر عملية تبادل بين البلدين قد جرت في مارس الماضي بوساطة قطرية.|2024-03 2024-06-09",
        "ar|أجرت روسيا وأوكرانيا الأحد عملية تبادل للأسرى بوساطة إماراتية. وجرت عملية التبادل السابقة في الرابع من مارس.|2024-03-04 2024-06-09",
        "en|Russia and Ukraine exchanged 95 prisoners of war each on Sunday. The last exchange, in March, saw 48 prisoners freed on each side.|2024-03 2024-06-09",
        "en|Russia and Ukraine swapped prisoners on Sunday, the Russian Defence Ministry said. The previous swap took place in March under Qatari mediation.|2024-03 2024-06-09"})
    void anEarlierEventOfTheSameTypeKeepsItsOwnDate(String language, String text, String dates) {
        List<String> found = events(extract(language, text), EventType.Exchange).stream().map(e -> e.date().iso()).sorted().toList();
        assertEquals(List.of(dates.split(" ")), found);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Israel and Hezbollah agreed on a ceasefire on Wednesday after more than a year of fighting, U.S. officials said.|2024-06-05|2024-06-05",
        "Armenia and Azerbaijan agreed to a truce that took effect on Sunday, the Russian Foreign Ministry said.|2024-06-09|2024-06-09",
        "Israel and Hamas agreed to a truce that will take effect on Sunday, Qatar said on Wednesday.|2024-06-05|2024-06-16",
        "Sudan's army and the RSF signed a seven-day truce in Jeddah on May 20.|2024-05-20|2024-05-20",
        "Armenia and Azerbaijan agreed to a 72-hour truce that took effect on Sunday, the Russian Foreign Ministry said.|2024-06-09|2024-06-09",
        "Israel and Hamas agreed to a three-phase truce that will take effect on Sunday, Qatar said on Wednesday.|2024-06-05|2024-06-16"})
    void aDealIsMadeNoLaterThanTheTruceItsVerbAgreesOn(String text, String agreed, String truce) {
        Extraction x = english(text);
        assertEquals(agreed, only(x, EventType.Agreement).date().iso());
        assertEquals(truce, only(x, EventType.Ceasefire).date().iso());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Israel and Hamas agreed to a ceasefire in Gaza, mediators said. The deal will take effect on Sunday, the statement said.|2024-06-16",
        "Russia and Ukraine agreed on Monday to a 30-day truce. The agreement takes effect at noon on Wednesday, the Kremlin said.|2024-06-12",
        "Armenia and Azerbaijan agreed to a truce, officials said. The accord is set to come into force on Thursday.|2024-06-13",
        "Israel and Hamas agreed to a ceasefire in Gaza, mediators said. The deal was welcomed on Sunday by Egypt.|2024-06-10"})
    void aTruceStartsWhenItsDealIsSaidToTakeEffect(String text, String truce) {
        assertEquals(truce, only(english(text), EventType.Ceasefire).date().iso());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "en|Antony Blinken arrived in Riyadh on Tuesday on his seventh trip to the Middle East since October.|2024-06-04",
        "en|Egyptian and Ethiopian foreign ministers met in Cairo on Friday for the second time since March.|2024-06-07",
        "en|Joe Biden and Xi Jinping spoke by phone on Tuesday, their third call since January.|2024-06-04",
        "ar|وصل وزير الخارجية الأمريكي أنتوني بلينكن إلى عمان يوم الثلاثاء في زيارته السابعة للمنطقة منذ أكتوبر.|2024-06-04",
        "ar|التقى وزير الخارجية المصري نظيره الإثيوبي في القاهرة يوم الجمعة للمرة الثانية منذ مارس.|2024-06-07"})
    void aSinceDateAnOrdinalCountsFromDatesNoEvent(String language, String text, String day) {
        Extraction x = extract(language, text);
        assertTrue(!x.events().isEmpty() && x.events().stream().allMatch(e -> e.date() != null && e.date().iso().equals(day)),
                () -> "events " + x.events());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Israel has carried out strikes on Gaza since Saturday, the army said.|2024-06-08",
        "The third round of talks was held in Doha on Wednesday, officials said.|2024-06-05"})
    void aSinceDateOrADateWithoutALookBackStillDatesItsEvent(String text, String day) {
        Extraction x = english(text);
        assertTrue(x.events().stream().anyMatch(e -> e.date() != null && e.date().iso().equals(day)), () -> "events " + x.events());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Russian and Ukrainian delegations held their first talks since the invasion on Friday in Istanbul.|2024-06-07|istanbul|russia ukraine",
        "Armenia and Azerbaijan held their first direct talks since the war in Nagorno-Karabakh on Tuesday in Brussels.|2024-06-04|brussels|armenia azerbaijan",
        "Israeli and Lebanese negotiators held the highest-level talks since the war on Wednesday in Naqoura.|2024-06-05|naqoura|israel lebanon"})
    void aLandmarkASuperlativeIsMeasuredSinceLeavesTheDayAndPlaceToTheTalks(String text, String date, String place, String participants) {
        Extraction x = english(text);
        Event talks = only(x, EventType.Meeting);
        assertEquals(date, talks.date().iso());
        assertEquals(List.of(place), talks.places());
        assertEquals(List.of(participants.split(" ")), talks.actors(Role.participant));
        assertEquals(List.of(EventType.Meeting), x.events().stream().map(Event::type).toList());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Israeli and Lebanese officials met in Naqoura on Wednesday, their first direct talks since the 2006 war.|2006",
        "Russia and Ukraine swapped 390 prisoners each on Friday, the largest swap since the war began in February 2022.|2022-02",
        "Blinken arrived in Amman on Monday on his sixth trip to the region since the war in Gaza began with Hamas' Oct. 7 attack.|2023-10-07"})
    void aLandmarkDatedInItsOwnClauseStaysAnEventOfThatDate(String text, String date) {
        assertEquals(date, only(english(text), EventType.Conflict).date().iso());
    }

    /** A refusal to sign on an occasion is news of its day, even where a speech act reports it. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "ar|وأشارت مصادر مشاركة إلى أن مناوي وجبريل إبراهيم رفضا التوقيع على البيان الختامي.",
        "en|Sources said that Minnawi and Jibril Ibrahim refused to sign the final statement."})
    void aRefusalToSignIsNewsOfItsDay(String language, String text) {
        assertEquals("2024-06-10", only(extract(language, text), EventType.Rejection).date().iso());
    }

    /** The event a superlative qualifies is news of the story's day, whatever "منذ" counts it from: a span or an event. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "ووصل وزير الخارجية السعودي فيصل بن فرحان إلى دمشق في أول زيارة له منذ سنوات.|Visit",
        "وأجرى وزير الخارجية المصري أول زيارة إلى أنقرة منذ اندلاع الأزمة بين البلدين.|Visit"})
    void theEventASuperlativeQualifiesIsOfTheStorysDay(String text, EventType type) {
        assertEquals("2024-06-10", only(arabic(text), type).date().iso());
    }

    /** An Arabic date written out in words ("الخامس من حزيران") names the calendar as "June 5" does: no day of the story. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "وتعد هذه الزيارة الأولى للوزير إلى القاهرة منذ اندلاع الحرب على غزة في الخامس من تشرين الأول الماضي.|2023-10-05",
        "وهي أكبر عملية تبادل منذ اندلاع القتال في السودان في العاشر من أبريل الماضي.|2024-04-10",
        "ويعد الاجتماع الثاني بين الجانبين منذ بدء الحرب في أوكرانيا في 24 فبراير 2022.|2022-02-24"})
    void anArabicLandmarkDatedInWordsStaysAnEventOfThatDate(String text, String date) {
        assertEquals(date, only(arabic(text), EventType.Conflict).date().iso());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "U.S. Ambassador Linda Thomas-Greenfield said after the vote that Washington supported the text's goals.",
        "Algerian envoy Amar Bendjama told reporters following the vote that the council had finally acted."})
    void aSpeechActAfterTheVoteTakesTheVotesDate(String speech) {
        Extraction x = english("The U.N. Security Council on Friday adopted a resolution demanding a ceasefire in Gaza. "
                + "Israeli Prime Minister Benjamin Netanyahu on Sunday cancelled a planned visit by an Israeli delegation to Washington. " + speech);
        assertEquals("2024-06-07", only(x, EventType.Statement).date().iso());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "وقال الرئيس الأمريكي دونالد ترامب الاثنين إن الولايات المتحدة ستجري محادثات مع إيران.|Meeting",
        "وأعلن وزير الخارجية الأمريكي أنتوني بلينكن الثلاثاء أنه سيلتقي نظيره السعودي فيصل بن فرحان في الرياض.|Meeting",
        "وقالت الخارجية القطرية في بيان الأربعاء إن وفدا إسرائيليا سيتوجه إلى الدوحة لاستئناف المفاوضات.|Visit",
        "وكشف مصدر مطلع الاثنين أن وزير الخارجية التركي هاكان فيدان سوف يلتقي نظيره الإيراني عباس عراقجي.|Meeting"})
    void aPlannedEventInAReportedClauseTakesNoDateFromTheSpeechAct(String text, EventType type) {
        assertEquals(null, only(extract("ar", text), type).date());
    }

    /** A vague span before the story ("lately", "in recent weeks") names no day: the event is not the story's news. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "والتقى الرئيس التركي رجب طيب أردوغان مؤخرا الرئيس الروسي فلاديمير بوتين.|Meeting",
        "وأجرى وزير الخارجية السعودي فيصل بن فرحان خلال الأيام الماضية اتصالا هاتفيا مع نظيره الإيراني.|PhoneCall",
        "وزار وزير الخارجية القطري في الأسابيع الأخيرة طهران والرياض.|Visit",
        "والتقى الوزير بلينكن في الفترة الأخيرة الرئيس المصري عبد الفتاح السيسي.|Meeting"})
    void anEventInAVaguePastSpanTakesNoDateFromTheStory(String text, EventType type) {
        assertEquals(null, only(extract("ar", text), type).date());
    }

    @Test
    void whatWasSaidOnTheNthDayOfAGatheringIsDatedFromItsFirstDay() {
        Extraction ar = extract("ar", "والتقى وزير الخارجية المصري بدر عبد العاطي نظيره الأردني أيمن الصفدي في عمان يومي الـ 3 والـ 4 من حزيران الجاري، "
                + "وقال وزير الخارجية التركي هاكان فيدان في اليوم الثاني منه إن الحل سياسي.");
        assertEquals("2024-06-03", only(ar, EventType.Meeting).date().iso());
        assertEquals("2024-06-04", only(ar, EventType.Statement).date().iso());
    }

    @Test
    void aDatedEventBesideAVaguePastSpanKeepsItsDate() {
        Extraction ar = extract("ar", "والتقى الرئيس التركي رجب طيب أردوغان الاثنين الرئيس الروسي فلاديمير بوتين بعد اتصالات مكثفة خلال الأيام الماضية.");
        assertEquals("2024-06-10", only(ar, EventType.Meeting).date().iso());
    }

    @Test
    void aPlannedEventInAReportedClauseKeepsItsOwnDate() {
        Extraction ar = extract("ar", "وقال الرئيس الأمريكي دونالد ترامب الاثنين إن الولايات المتحدة ستجري محادثات مع إيران السبت.");
        assertEquals("2024-06-10", only(ar, EventType.Statement).date().iso());
        assertEquals("2024-06-15", only(ar, EventType.Meeting).date().iso());
    }

    @Test
    void anEntryIntoForceDatesTheTruceNotTheDeal() {
        Extraction truce = extract("ar", "وتأتي عملية التبادل في إطار الهدنة التي دخلت حيز التنفيذ الأحد بوساطة مصرية وقطرية.");
        assertEquals("2024-06-09", only(truce, EventType.Ceasefire).date().iso());
        Extraction deal = extract("ar", "وأفرجت حماس عن ثلاثة محتجزين منذ دخول الاتفاق حيز التنفيذ في 19 يناير.");
        assertTrue(events(deal, EventType.Agreement).stream().noneMatch(e -> e.date() != null && e.date().iso().equals("2024-01-19")));
    }

    @Test
    void aHaltOfAllMilitaryOperationsIsATruceNotAnOperation() {
        Extraction ar = extract("ar", "وأوضح المبعوث الأممي أن الأطراف وافقت على وقف جميع العمليات العسكرية الهجومية داخل اليمن.");
        assertEquals(List.of(), events(ar, EventType.MilitaryOperation));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "On Friday, Israeli jets struck targets in southern Lebanon, while Hezbollah fighters fired rockets into northern Israel.|2024-06-07",
            "On Sunday, Sudan's army shelled positions in Omdurman, while the Rapid Support Forces launched drone attacks on Port Sudan.|2024-06-09"})
    void aDateOpeningTheSentenceDatesTheClauseSetAgainstTheMainOne(String sentence, String day) {
        List<Event> operations = events(english(sentence), EventType.MilitaryOperation);
        assertEquals(2, operations.size());
        operations.forEach(op -> assertEquals(day, op.date().iso()));
    }

    @Test
    void whatASpeechActInTheContrastedClauseReportsKeepsNoOpeningDate() {
        Extraction x = english("On Wednesday, Netanyahu met U.S. envoy Steve Witkoff in Jerusalem, while Hamas said it rejected the proposal.");
        assertEquals("2024-06-05", only(x, EventType.Meeting).date().iso());
        assertEquals(null, only(x, EventType.Rejection).date());
    }

    @Test
    void aVerbWithItsOwnDateAfterItIsNotDatedByTheClauseBefore() {
        Extraction x = english("U.S. envoy Steve Witkoff joined the mediators on Wednesday, and the two sides signed the agreement early Thursday.");
        assertTrue(events(x, EventType.Agreement).stream().anyMatch(e -> "2024-06-06".equals(e.date().iso())), "the signing keeps its own day");
        Extraction fronted = english("On Wednesday, Egyptian Foreign Minister Badr Abdelatty met U.S. envoy Steve Witkoff in Cairo.");
        assertEquals("2024-06-05", only(fronted, EventType.Meeting).date().iso());
    }

    @Test
    void aDateLineDatesTheDispatchItHeadsInADigest() {
        Extraction en = ShortArticles.english(java.time.LocalDate.of(2025, 3, 5), """
                Minister Fidan's Call with Jordanian Foreign Minister Safadi

                MARCH 3, 2025

                Turkish Foreign Minister Hakan Fidan spoke today with Jordanian Foreign Minister Ayman Safadi about Gaza. \
                Fidan stressed the need for a lasting ceasefire.

                Wednesday, 5 March 2025

                Fidan met yesterday in Riyadh with Saudi Foreign Minister Prince Faisal bin Farhan.""");
        assertEquals("2025-03-03", only(en, EventType.PhoneCall).date().iso());
        assertEquals("2025-03-03", only(en, EventType.Statement).date().iso());
        assertEquals("2025-03-04", only(en, EventType.Meeting).date().iso());
    }

    @Test
    void aDateInsideASentenceIsNoDateLine() {
        Extraction en = ShortArticles.english(java.time.LocalDate.of(2025, 3, 5), "Aid deliveries to Gaza resumed on March 3, 2025. "
                + "Turkish Foreign Minister Hakan Fidan met Jordanian Foreign Minister Ayman Safadi in Amman today.");
        assertEquals("2025-03-05", only(en, EventType.Meeting).date().iso());
    }

    @Test
    void aDatedEventInThePerfectLooksBackAndLeavesTheStorysDayToWhatFollows() {
        Extraction x = english("Turkish Foreign Minister Hakan Fidan told reporters the talks were useful. "
                + "On Saturday he had told CNN that a deal was close. "
                + "Jordanian Foreign Minister Ayman Safadi said the mediators would meet again.");
        Event safadi = events(x, EventType.Statement).stream()
                .filter(e -> e.actors(Role.speaker).stream().anyMatch(s -> s.contains("safadi"))).findFirst().orElseThrow();
        assertEquals("2024-06-10", safadi.date().iso());
        assertTrue(events(x, EventType.Statement).stream().anyMatch(e -> e.date() != null && e.date().iso().equals("2024-06-08")));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The UN General Assembly on Friday called on Israel to withdraw, adopting a resolution by 120 votes to 14.|2024-06-07|general-assembly",
            "The UN Security Council on Wednesday demanded that aid be allowed into Gaza, adopting a resolution drafted by Malta.|2024-06-05|security-council"})
    void aParticipleAfterAReportedClauseIsTheMainClausesAndTakesItsSubjectAndDate(String sentence, String day, String body) {
        Event resolution = only(english(sentence), EventType.Resolution);
        assertEquals(day, resolution.date().iso());
        assertTrue(resolution.actors(Role.agent).stream().anyMatch(a -> a.contains(body)), () -> "agents " + resolution.actors(Role.agent));
    }

    @Test
    void adoptingAnApproachIsNoResolution() {
        assertEquals(List.of(), events(english("Moscow on Tuesday insisted that the West was to blame, adopting a harsher tone."),
                EventType.Resolution));
    }

    @Test
    void gatheringsHostedOnWhoseSidelinesTwoMetAreOfTheirDay() {
        List<Event> meetings = events(arabic("والتقى فيدان نظيره الأمريكي أنتوني بلينكن، السبت الماضي، على هامش اجتماعات "
                + "استضافتها مدينة العقبة الأردنية حول سوريا."), EventType.Meeting);
        assertEquals(2, meetings.size());
        assertTrue(meetings.stream().allMatch(m -> m.date().iso().equals("2024-06-08")), () -> "meetings " + meetings);
    }

    @Test
    void aSentenceOpeningWithThereTellsOfTheEventDatedJustBefore() {
        Extraction x = english("The talks built on the leaders' last meeting, on Nov. 14, 2022, on the Indonesian island of Bali. "
                + "There Biden said there \"need not be a new Cold War\" between the two powers. "
                + "There was no comment from the Kremlin, Peskov said.");
        List<Event> statements = events(x, EventType.Statement);
        Event biden = statements.stream().filter(e -> e.actors(Role.speaker).contains("joe-biden")).findFirst().orElseThrow();
        assertEquals("2022-11-14", biden.date().iso());
        Event peskov = statements.stream().filter(e -> e != biden).findFirst().orElseThrow();
        assertEquals("2024-06-10", peskov.date().iso());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"كما وقّع|2024-06-08", "ووقّع|2024-06-10"})
    void aParagraphOpeningWithAlsoGoesOnTellingOfTheDayBefore(String opening, String day) {
        Extraction x = arabic("استقبل الرئيس عبد الفتاح السيسي اليوم وزير الخارجية الأمريكي أنتوني بلينكن في القاهرة.\n"
                + "وكان بلينكن قد التقى السبت في الرياض وزير الخارجية السعودي الأمير فيصل بن فرحان.\n"
                + opening + " الوزيران مذكرة تفاهم للتعاون في مجال الطاقة.");
        assertEquals(day, only(x, EventType.Agreement).date().iso());
    }

    @Test
    void aDateInTheRelativeClauseOfAnAnsweredNounIsThatNounsOwn() {
        Event strikes = only(arabic("وجاء الهجوم ردا على غارات شنتها قاذفات أميركية فجر الأحد الماضي على منشآت فوردو ونطنز النووية."),
                EventType.MilitaryOperation);
        assertEquals("2024-06-09", strikes.date().iso());
    }
}
