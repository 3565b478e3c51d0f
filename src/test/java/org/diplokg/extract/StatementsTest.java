package org.diplokg.extract;

import static org.diplokg.extract.ShortArticles.arabic;
import static org.diplokg.extract.ShortArticles.english;
import static org.diplokg.extract.ShortArticles.events;
import static org.diplokg.extract.ShortArticles.extract;
import static org.diplokg.extract.ShortArticles.only;
import static org.diplokg.extract.ShortArticles.typeOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.diplokg.model.ActorType;
import org.diplokg.model.Event;
import org.diplokg.model.EventType;
import org.diplokg.model.Extraction;
import org.diplokg.model.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Statements: who the speaker is and which day the speech act is of. */
class StatementsTest {
    private static List<String> speakers(Event statement) {
        return statement.actors(Role.speaker);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Officials from both countries said the envoys would seek a nationwide truce.",
        "The talks will resume next month, sources on both sides said.",
        "Officials in both countries said the next round would focus on prisoners.",
        "Ethiopian officials have said the envoys would seek a nationwide truce."})
    void unnamedPeopleFromBothSidesAreNotTheTwoSides(String said) {
        Extraction x = english("Egyptian President Abdel Fattah al-Sisi met Ethiopian Prime Minister Abiy Ahmed in Cairo on Monday. " + said);
        for (Event statement : events(x, EventType.Statement)) {
            assertEquals(List.of(), speakers(statement), () -> "unnamed speakers: " + statement);
        }
        Event named = only(english("Egyptian President Abdel Fattah al-Sisi met Ethiopian Prime Minister Abiy Ahmed in Cairo on Monday. "
                + "Both sides said the envoys would seek a nationwide truce."), EventType.Statement);
        assertEquals(Set.of("abdel-fattah-el-sisi", "abiy-ahmed"), Set.copyOf(speakers(named)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Nabih Berri, a Hezbollah ally, described the meeting as positive.",
        "Nabih Berri, a Hezbollah ally who has negotiated on the group's behalf, said the meeting was positive.",
        "Nabih Berri, the speaker of Lebanon's parliament, told reporters the meeting was positive.",
        "Nabih Berri, the senior adviser for Lebanon, said the meeting was positive."})
    void anActorInAnAppositionDescribesTheNameBeforeItAndSpeaksForNobody(String said) {
        Event statement = only(english(said), EventType.Statement);
        assertEquals(List.of("nabih-berri"), speakers(statement));
    }

    @Test
    void aChineseNameIsShortenedToItsFamilyNameThatComesFirst() {
        Extraction x = english("Chinese Foreign Minister Qin Gang met Antony Blinken in Beijing on Sunday. "
                + "Qin told Blinken that Taiwan was the most prominent risk.");
        assertEquals(List.of("qin-gang"), speakers(only(x, EventType.Statement)));
    }

    @Test
    void englishSpeakerAfterTheVerbOnlyAfterTheQuote() {
        Event quoted = only(extract("en", "\"We will know,\" said Antony Blinken."), EventType.Statement);
        assertEquals(List.of("antony-blinken"), speakers(quoted));
        Extraction coordinated = extract("en", "Antony Blinken confirmed the talks had ended, but said China would decide.");
        for (Event statement : events(coordinated, EventType.Statement)) {
            assertTrue(!speakers(statement).contains("china"), () -> "China opens the reported clause: " + statement);
        }
    }

    @Test
    void aSpeechVerbAfterButSharesItsClausesSubject() {
        Event thanks = only(english("Antony Blinken thanked Egypt for its efforts but said the talks would go on."), EventType.Statement);
        assertEquals(List.of("antony-blinken"), speakers(thanks));
        Extraction insisted = english("Kremlin spokesman Dmitry Peskov said that Russia would follow the meeting, but insisted that "
                + "Ukraine's leadership did not want peace.");
        for (Event statement : events(insisted, EventType.Statement)) {
            assertEquals(List.of("dmitry-peskov"), speakers(statement), () -> "\"but\" after a comma goes back to the main clause: " + statement);
        }
    }

    @Test
    void aVerbOfReactionTakesItsObjectAfterItAndNoInvertedSpeaker() {
        Event mocked = only(english("Dmitry Medvedev, now deputy head of the country's Security Council, mocked Zelenskyy."),
                EventType.Statement);
        assertEquals(List.of("dmitry-medvedev"), speakers(mocked));
    }

    @Test
    void aLookBackInAnAppositionOfTheSubjectLeavesTheSpeechTheStorysDay() {
        Event said = only(english("Xi Jinping, who arrived in Moscow on Sunday for a state visit, his first trip abroad since securing "
                + "a third term, said China stood on the side of peace."), EventType.Statement);
        assertEquals("2024-06-10", said.date().iso());
    }

    @Test
    void theLeaderOfAStateIsTheHeadTheTextNamed() {
        Extraction x = english("Turkish President Recep Tayyip Erdogan met Ulf Kristersson in Vilnius. "
                + "Speaking to reporters, the Turkish leader urged the bloc to open the way.");
        assertEquals(List.of("recep-tayyip-erdogan"), speakers(only(x, EventType.Statement)));
    }

    @Test
    void attributableToNamesTheSpeakerAfterIt() {
        Event readout = only(extract("en", "The below is attributable to Department of State Spokesperson Matthew Miller:"), EventType.Statement);
        assertEquals(1, speakers(readout).size());
    }

    @Test
    void speechInThePerfectTakesNoRunningDate() {
        Event position = only(extract("en", "Armenian Prime Minister Nikol Pashinyan has said the country needs a new constitution."),
                EventType.Statement);
        assertNull(position.date());
        Event background = only(extract("ar", "وكان الرئيس المصري عبد الفتاح السيسي قد أعلن دعم المبادرة."), EventType.Statement);
        assertNull(background.date());
        Event dated = only(extract("ar", "وكان الرئيس المصري عبد الفتاح السيسي قد أعلن أمس دعم المبادرة."), EventType.Statement);
        assertEquals("2024-06-09", dated.date().iso());
    }

    @Test
    void definiteParticipleIsATitleNotASpeechAct() {
        Extraction x = extract("ar", "وقع وفد الجيش الوطني الليبي بقيادة المشير خليفة حفتر، أمس، اتفاقا لوقف إطلاق النار.");
        assertTrue(events(x, EventType.Statement).isEmpty(), () -> "statements in " + x.events());
        Event stressing = only(extract("ar", "رحب الرئيس المصري عبد الفتاح السيسي بالاتفاق، مشيرا إلى أهمية تنفيذه."), EventType.Statement);
        assertEquals(List.of("abdel-fattah-el-sisi"), speakers(stressing));
    }

    @Test
    void participleAfterAReportedClauseContinuesTheSpeechVerb() {
        Extraction x = extract("ar", "قال وزير الخارجية الأمريكي أنتوني بلينكن إن ترحيب حماس بالقرار مؤشر إيجابي، مشيرا إلى أهمية المقترح.");
        Event blinken = events(x, EventType.Statement).stream().filter(e -> speakers(e).contains("antony-blinken")).findFirst().orElseThrow();
        assertEquals(2, blinken.evidence().size(), () -> "the participle joins Blinken's statement: " + x.events());
    }

    @Test
    void denialOfWhatWasSaidIsTheDeniersStatement() {
        Extraction x = extract("ar", "قال مكتب رئيس الوزراء الإسرائيلي إن حماس تراجعت عن بعض التفاهمات، متهما الحركة بالمماطلة، "
                + "وهو ما نفاه القيادي في حماس عزت الرشق، مؤكدا التزام الحركة بالاتفاق.");
        Event denial = events(x, EventType.Statement).stream().filter(e -> speakers(e).contains("izzat-al-rishq")).findFirst()
                .orElseThrow(() -> new AssertionError("no statement of al-Rishq in " + x.events()));
        assertEquals("2024-06-10", denial.date().iso());
        assertTrue(events(x, EventType.Statement).stream().noneMatch(e -> speakers(e).contains("hamas")), () -> "Hamas only in what is said: " + x.events());
    }

    @Test
    void speakerBeforeAnAbbreviationAndARelativeClause() {
        Event announced = only(extract("en", "The Tripoli-based Government of National Accord (GNA), which is backed by Turkey, announced on Thursday "
                + "that it had regained full control of the capital."), EventType.Statement);
        assertEquals(List.of("libya-government-of-national-accord"), speakers(announced));
        assertEquals("2024-06-06", announced.date().iso());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "en|U.S. officials said on Tuesday that the talks in Doha had stalled.",
        "en|Western diplomats told reporters that Washington expected a reply from Hamas.",
        "en|The proposal includes a six-week truce, Qatari officials said.",
        "ar|وقال مسؤولون أمريكيون، الثلاثاء، إن المحادثات في الدوحة تعثرت.",
        "ar|وقال مسؤول في وزارة الخارجية الأمريكية للصحفيين إن واشنطن تنتظر رد حماس.",
        "ar|وأكد مسؤول قطري أن المقترح يتضمن هدنة لستة أسابيع."})
    void unnamedOfficialsMakeNoStatementOfTheirState(String language, String sentence) {
        Extraction x = extract(language, sentence);
        assertTrue(events(x, EventType.Statement).isEmpty(), () -> "no named speaker in " + x.events());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "An Israeli official said on Monday that the talks in Cairo had made progress.",
        "A senior Hamas official told Reuters the group had not yet received a new proposal.",
        "The talks made progress, a senior Egyptian official told reporters on Sunday.",
        "A Qatari source said the mediators expected an answer by Thursday.",
        "Israel is studying a new proposal for a truce in Gaza, said an Israeli official who asked not to be named.",
        "The proposal was delivered by Qatari mediators on Monday, said a senior Egyptian source.",
        "Hamas has not yet responded to the offer, said one Palestinian official.",
        "Egypt will host the next round of talks, said Western diplomats briefed on the discussions."})
    void aSingleUnnamedOfficialMakesNoStatementOfTheStateOrGroupBeforeOrAfterTheVerb(String sentence) {
        Extraction x = english(sentence);
        assertTrue(events(x, EventType.Statement).isEmpty(), () -> "no named speaker in " + x.events());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "A senior Iranian official, who spoke on condition of anonymity, said Tehran would not discuss its missile program.",
        "An Egyptian official, who asked not to be named, told Reuters that Hamas had received the proposal.",
        "Officials in both countries said on Thursday that the text of the treaty was ready.",
        "A Qatari official with knowledge of the talks said the mediators expected a reply by Friday."})
    void anUnnamedOfficialQualifiedBeforeTheVerbMakesNoStatement(String sentence) {
        Extraction x = english(sentence);
        assertTrue(events(x, EventType.Statement).isEmpty(), () -> "no named speaker in " + x.events());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Egypt, which hosted the talks, said on Monday that the two sides had made progress.|egypt",
        "Qatari Prime Minister Mohammed bin Abdulrahman Al Thani, who met Blinken in Doha, said the talks had made progress.|mohammed-bin-abdulrahman-al-thani",
        "Qatar, whose mediators hosted Israeli and Hamas negotiators in Doha, said on Monday that the gaps had narrowed.|qatar"})
    void aNamedActorQualifiedBeforeTheVerbStillSpeaks(String sentence, String speaker) {
        Event statement = only(english(sentence), EventType.Statement);
        assertEquals(List.of(speaker), speakers(statement));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Jordan's King Abdullah received Lavrov in Amman on Tuesday. The king said the war in Gaza must end.|abdullah-ii",
        "Jordanian King Abdullah II met the Russian foreign minister on Tuesday. The king told him the war in Gaza must end.|abdullah-ii"})
    void aBareTitlePointsBackToThePersonWhoseNameCarriedIt(String text, String speaker) {
        Extraction x = english(text);
        assertTrue(events(x, EventType.Statement).stream().anyMatch(s -> speakers(s).equals(List.of(speaker))),
                () -> "the king speaks in " + x.events());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Netanyahu met Blinken in Jerusalem on Tuesday, said Egyptian Foreign Minister Sameh Shoukry.|sameh-shoukry",
        "Hamas is studying the new proposal, said a senior Hamas official, Basem Naim.|basem-naim",
        "Netanyahu, speaking in Jerusalem, said Blinken would arrive on Tuesday.|benjamin-netanyahu"})
    void aPersonEndingTheClauseAfterAnInvertedSpeechVerbIsTheSpeaker(String sentence, String speaker) {
        Event statement = only(english(sentence), EventType.Statement);
        assertEquals(List.of(speaker), speakers(statement));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "An aide to Netanyahu said on Monday that Israel would send a delegation to Cairo.",
        "A senior aide to Netanyahu told reporters the offer was under review."})
    void thePersonAnUnnamedAideServesIsNoSpeakerAndHoldsNoPost(String sentence) {
        Extraction x = english(sentence);
        assertTrue(events(x, EventType.Statement).isEmpty(), () -> "the aide is unnamed: " + x.events());
        assertTrue(x.tenures().stream().noneMatch(t -> t.title().equals("Aide")), () -> "no aide named: " + x.tenures());
    }

    @Test
    void officialsNamedOrOutsideSpeechKeepTheirActors() {
        Event meeting = only(extract("en", "Israeli officials met Egyptian Foreign Minister Sameh Shoukry in Cairo on Monday."), EventType.Meeting);
        assertTrue(meeting.actors(Role.participant).contains("israel"), () -> "Israel meets: " + meeting);
        Extraction named = extract("ar", "وقال مسؤول في حركة حماس، أسامة حمدان، إن الحركة ستدرس المقترح.");
        assertEquals(1, events(named, EventType.Statement).size(), () -> "a named official speaks: " + named.events());
        Event titled = only(english("Hamas official Ghazi Hamad said the group would study the proposal."), EventType.Statement);
        assertEquals(List.of("ghazi-hamad"), speakers(titled));
        Event state = only(english("Egypt's foreign ministry said in a statement that the talks would resume on Wednesday."),
                EventType.Statement);
        assertEquals(1, speakers(state).size(), () -> "the ministry speaks: " + state);
    }
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "en|Turkish Foreign Minister Mevlut Cavusoglu said Ankara welcomed the deal.|mevlut-cavusoglu",
        "en|Saudi Foreign Minister Faisal bin Farhan said Riyadh had told Washington that it would not normalize ties.|faisal-bin-farhan",
        "ar|وقال وزير الخارجية الأمريكي أنتوني بلينكن إن ترحيب حماس بالقرار مؤشر إيجابي.|antony-blinken",
        "ar|وقال وزير الخارجية الأمريكي أنتوني بلينكن إن رئيس الوزراء الإسرائيلي بنيامين نتنياهو أكد له التزامه بالمقترح.|antony-blinken"})
    void speechOfAnotherSpeakerInsideWhatIsReportedIsContent(String language, String sentence, String speaker) {
        Extraction x = extract(language, sentence);
        assertEquals(List.of(List.of(speaker)), events(x, EventType.Statement).stream().map(StatementsTest::speakers).toList(),
                () -> "only the reporting speaker speaks: " + x.events());
    }

    @Test
    void speechOfAnotherSpeakerInAClauseOfItsOwnIsAStatement() {
        Extraction x = extract("en", "Hamas said on May 6 it had accepted the proposal, but Israel said the terms fell short.");
        assertEquals(2, events(x, EventType.Statement).size(), () -> "two speakers: " + x.events());
    }

    @Test
    void dateInWhatWasSaidBeforeTheAttributionIsNotTheStatements() {
        Event withdrawal = only(extract("en", "Israeli forces must complete their withdrawal by the January 26 deadline, "
                + "the Lebanese presidency said on Wednesday."), EventType.Statement);
        assertEquals("2024-06-05", withdrawal.date().iso());
        Event vote = only(extract("en", "The vote will take place on June 20, Ukrainian President Volodymyr Zelensky said."), EventType.Statement);
        assertEquals("2024-06-10", vote.date().iso());
        Event opening = only(extract("en", "On Monday, Hamas said it had accepted the proposal."), EventType.Statement);
        assertEquals("2024-06-10", opening.date().iso());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "ar|شدد الرئيس الإيراني مسعود بزشكيان، بحسب بيان للرئاسة الإيرانية، على دعم طهران للبنان.",
        "ar|شدد الرئيس الإيراني مسعود بزشكيان على دعم طهران للبنان، بحسب بيان للرئاسة الإيرانية.",
        "ar|وأكد وزير الخارجية المصري سامح شكري، وفقا لبيان وزارة الخارجية المصرية، أهمية التهدئة."})
    void statementAttributedToABodyIsTheBodysOwn(String language, String sentence) {
        Extraction x = extract(language, sentence);
        List<Event> statements = events(x, EventType.Statement);
        assertEquals(2, statements.size(), () -> "the person's and the body's: " + x.events());
        assertTrue(statements.stream().allMatch(e -> speakers(e).size() == 1), () -> "one speaker each: " + x.events());
    }

    @Test
    void anUnnamedSourceIsNoSpeakerAndTheAgencyItToldIsNoneEither() {
        assertEquals(List.of(), events(arabic("وقال مصدر مطلع لوكالة الأناضول إن الوسطاء يعملون على صياغة مقترح جديد."),
                EventType.Statement));
        assertEquals(List.of(), events(arabic("وأفادت مصادر في الرئاسة التركية بأن تركيا ستواصل دعم الشعب الفلسطيني."),
                EventType.Statement));
    }

    @Test
    void aNamedSpeakerWhoToldAnAgencyStaysTheSpeaker() {
        var statement = only(arabic("وقال المتحدث باسم الخارجية القطرية ماجد الأنصاري لوكالة الأنباء القطرية إن الوساطة مستمرة."),
                EventType.Statement);
        assertEquals(List.of("majed-al-ansari"), statement.actors(Role.speaker));
    }

    @Test
    void timeRightAfterASpeechVerbDatesTheSpeechNotTheReportedFuture() {
        Event hamas = only(extract("en", "Hamas official Osama Hamdan said on Wednesday the group would continue to negotiate."), EventType.Statement);
        assertEquals("2024-06-05", hamas.date().iso());
        Event netanyahu = only(extract("en", "Israeli Prime Minister Benjamin Netanyahu said Tuesday Israel would send a delegation to Cairo."),
                EventType.Statement);
        assertEquals("2024-06-04", netanyahu.date().iso());
    }


    @Test
    void trailingAttributionToALowerCaseMinistryGivesTheMinistryAsSpeaker() {
        Extraction x = english("The talks were constructive, the Iranian foreign ministry said.");
        List<String> speakers = only(x, EventType.Statement).actors(Role.speaker);
        assertEquals(1, speakers.size(), () -> "speakers " + speakers);
        assertEquals(ActorType.GovernmentBody, typeOf(x, speakers.getFirst()));
    }

    @Test
    void theSpeakerOfATrailingAttributionTookNoPartInTheCallTheClauseReports() {
        Extraction x = english("Putin and Trump discussed Ukraine in a phone call on Wednesday, the Kremlin said.");
        Event call = only(x, EventType.PhoneCall);
        assertEquals(Set.of("vladimir-putin", "donald-trump"), Set.copyOf(call.actors(Role.participant)));
        assertEquals(List.of("russia-kremlin"), only(x, EventType.Statement).actors(Role.speaker));
    }

    @Test
    void aBodyNamedAfterTheCommaIsTheSpeakerNotTheActorBeforeIt() {
        Extraction x = english("Turkish President Tayyip Erdogan met Hamas leader Ismail Haniyeh in Istanbul on Saturday, the Turkish presidency said.");
        assertEquals(List.of("turkey-presidency"), only(x, EventType.Statement).actors(Role.speaker));
        assertEquals(List.of("turkey-presidency"),
                only(english("The Turkish presidency said the two discussed the situation in Gaza."), EventType.Statement).actors(Role.speaker));
    }

    @Test
    void anUnnamedSpeakerAfterTheCommaLeavesTheMeetingsParticipantsSilent() {
        Extraction x = english("Erdogan met Haniyeh in Istanbul on Saturday, a spokesman said.");
        assertTrue(ShortArticles.events(x, EventType.Statement).isEmpty(), () -> "statements " + x.events());
        Extraction y = english("Hamas leader Ismail Haniyeh, the group's top negotiator, said talks would resume.");
        assertEquals(List.of("ismail-haniyeh"), only(y, EventType.Statement).actors(Role.speaker));
    }

    @Test
    void speakerStandsBeforeARelativeClauseThatNamesAnotherActor() {
        Event said = only(english("French President Emmanuel Macron, who spoke after meeting Jordan's King Abdullah, said Paris would send more aid."),
                EventType.Statement);
        assertEquals(List.of("emmanuel-macron"), said.actors(Role.speaker));
        Event putin = only(english("Putin, who has ruled Russia since 2000, said the West was to blame."), EventType.Statement);
        assertEquals(List.of("vladimir-putin"), putin.actors(Role.speaker));
        assertEquals("2024-06-10", putin.date().iso());
    }

    @Test
    void aDateInAReportedClauseWithoutThatDoesNotDateTheSpeech() {
        Event ministry = only(english("The Egyptian foreign ministry said the crossing would reopen next month."), EventType.Statement);
        assertEquals("2024-06-10", ministry.date().iso());
        Event kishida = only(english("Japanese Prime Minister Fumio Kishida said Tokyo would double defence spending by 2027."), EventType.Statement);
        assertEquals("2024-06-10", kishida.date().iso());
        Event blinken = only(english("Blinken said on Friday the two sides had made progress."), EventType.Statement);
        assertEquals("2024-06-07", blinken.date().iso());
    }

    @Test
    void theTwoSidesAfterAPronounAndItsSpeechVerbOpenTheReportedClause() {
        Extraction x = english("""
                Egyptian Foreign Minister Badr Abdelatty met Qatari Prime Minister Mohammed bin Abdulrahman Al Thani in Cairo on Monday. \
                "We are making progress," Turkish Foreign Minister Hakan Fidan told reporters. \
                He said the two sides had agreed to meet again next week.""");
        for (Event statement : events(x, EventType.Statement)) {
            assertEquals(List.of("hakan-fidan"), speakers(statement), () -> "the two sides are no speaker: " + x.events());
        }
        Event sides = only(english("Israel and Hamas held talks on Monday. The two sides said progress had been made."), EventType.Statement);
        assertEquals(Set.of("israel", "hamas"), Set.copyOf(speakers(sides)));
    }

    private static Extraction datelined(String dateline, String body) {
        return ShortArticles.datelined("en", dateline, body);
    }

    @Test
    void theBodyOfNoStateNamedIsTheOneOfTheCapitalInTheDateline() {
        Event amman = only(datelined("AMMAN", "AMMAN, June 10 (Reuters) - The foreign ministry said it rejected the plan."), EventType.Statement);
        assertEquals(List.of("jordan-ministry-of-foreign-affairs"), speakers(amman));
        Event cairo = only(datelined("CAIRO", "CAIRO, June 10 (Reuters) - The Foreign Ministry said talks would resume."), EventType.Statement);
        assertEquals(List.of("egypt-ministry-of-foreign-affairs"), speakers(cairo));
        Event named = only(datelined("AMMAN", "AMMAN, June 10 (Reuters) - Israel's foreign ministry said talks would resume."), EventType.Statement);
        assertEquals(List.of("israel-ministry-of-foreign-affairs"), speakers(named));
        Extraction dubai = datelined("DUBAI", "DUBAI, June 10 (Reuters) - The foreign ministry said talks would resume.");
        assertTrue(events(dubai, EventType.Statement).stream().noneMatch(e -> speakers(e).stream().anyMatch(sp -> sp.endsWith("ministry-of-foreign-affairs"))),
                () -> "Dubai is no capital: " + dubai.events());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "AMMAN|AMMAN, June 10 (Reuters) - The royal court said the king would travel to Washington.|jordan-royal-hashemite-court",
        "AMMAN|AMMAN, June 10 (Reuters) - The king will travel to Washington next week, a statement from the Royal Court said.|jordan-royal-hashemite-court",
        "CAIRO|CAIRO, June 10 (Reuters) - The presidency said talks on a truce would resume next week.|egypt-presidency",
        "RIYADH|RIYADH, June 10 (Reuters) - The crown prince will host the talks, the royal court said.|saudi-royal-court"})
    void aCourtOrPresidencyNamedBareIsTheOneTheDatelineStateHasListed(String dateline, String text, String speaker) {
        Event statement = only(datelined(dateline, text), EventType.Statement);
        assertEquals(List.of(speaker), speakers(statement));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "CAIRO, June 10 (Reuters) - The Supreme Court said the talks would resume next week.",
        "AMMAN, June 10 (Reuters) - The court said the talks would resume next week.",
        "CAIRO, June 10 (Reuters) - The Constitutional Court of Egypt said the talks would resume next week."})
    void aCourtOfLawIsNoBodyOfState(String text) {
        Extraction x = datelined(text.substring(0, text.indexOf(',')), text);
        assertTrue(x.actors().stream().noneMatch(a -> a.slug().contains("court")), () -> "no court body: " + x.actors());
    }

    @Test
    void aStatementFromABodyHasItForSpeakerButASpeechVerbTakesNoSpeakerFromFrom() {
        Event noun = only(english("The two sides discussed a truce in Gaza, according to a statement from Egypt's presidency."), EventType.Statement);
        assertEquals(List.of("egypt-presidency"), speakers(noun));
        Event said = only(english("A statement from the Turkish foreign ministry said the talks would resume in Istanbul."), EventType.Statement);
        assertEquals(List.of("turkey-ministry-of-foreign-affairs"), speakers(said));
        Event verb = only(english("Antony Blinken said he received assurances from Israel that aid would flow."), EventType.Statement);
        assertEquals(List.of("antony-blinken"), speakers(verb));
    }

    @Test
    void aBareMinisterIsTheOnePersonNamedWithAMinistersTitleWhateverTheState() {
        Event said = only(english("Turkish Foreign Minister Hakan Fidan met NATO officials in Brussels on Tuesday. The minister said on Wednesday "
                + "that the talks had gone well."), EventType.Statement);
        assertEquals(List.of("hakan-fidan"), speakers(said));
        Extraction two = english("Turkish Foreign Minister Hakan Fidan met Egyptian Foreign Minister Badr Abdelatty in Ankara on Tuesday. "
                + "The minister said on Wednesday that the talks had gone well.");
        assertTrue(events(two, EventType.Statement).stream().allMatch(e -> speakers(e).isEmpty()),
                () -> "two ministers named, the minister is neither: " + two.events());
    }

    @Test
    void theOfficeOrThePresidencyPointsBackToTheOneNamedLast() {
        Extraction x = english("Netanyahu's office announced a visit to Washington on Tuesday. Since he took office, Netanyahu has met "
                + "Biden twice. Netanyahu spoke by phone with Trump on Wednesday, the office said on Thursday.");
        assertTrue(events(x, EventType.Statement).stream().anyMatch(e -> e.evidence().getFirst().quote().contains("the office said")
                && speakers(e).equals(List.of("israel-prime-ministers-office"))), () -> "the office is Netanyahu's: " + x.events());
    }

    @Test
    void aPassiveByInsideTheReportedClauseNamesNoSpeaker() {
        Event said = only(english("Antony Blinken said Yahya Sinwar was killed by Israeli forces."), EventType.Statement);
        assertEquals(List.of("antony-blinken"), speakers(said));
        Extraction accused = english("Nicolas Maduro was accused by U.S. prosecutors of drug trafficking.");
        assertTrue(events(accused, EventType.Statement).stream().noneMatch(e -> speakers(e).contains("united-states")),
                () -> "unnamed prosecutors are no speaker: " + accused.events());
    }

    @Test
    void callingSomethingANameIsAStatementButCallingForIsNot() {
        Event named = only(english("Hamas called the resolution an \"insufficient step\"."), EventType.Statement);
        assertEquals(List.of("hamas"), speakers(named));
        Extraction urged = english("Sergei Lavrov called for restraint and \"avoiding escalation\".");
        assertTrue(events(urged, EventType.PhoneCall).isEmpty(), () -> "calling for is no call: " + urged.events());
    }

    @Test
    void aSettingAdjunctBetweenCommasKeepsTheSubjectBeforeIt() {
        Event said = only(english("Hamas, in a statement, said the talks had failed."), EventType.Statement);
        assertEquals(List.of("hamas"), speakers(said));
    }

    @Test
    void congratulatingAndReplyingAreSpeechActs() {
        assertEquals(List.of("abdel-fattah-el-sisi"), speakers(only(english("Sisi congratulated Trump on his victory."), EventType.Statement)));
        assertEquals(List.of("joe-biden"), speakers(only(english("Asked about the talks, Biden replied that a deal was close."), EventType.Statement)));
    }

    @Test
    void whatFailedToHappenIsNoEvent() {
        Extraction x = english("Antony Blinken failed to meet Abdel Fattah al-Sisi in Cairo on Monday.");
        assertTrue(events(x, EventType.Meeting).isEmpty(), () -> "a failed meeting: " + x.events());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Israel's assault has since killed at least 26,637 Palestinians, the Health Ministry in Gaza said.",
        "The strikes killed 40 people, the health ministry in the Gaza Strip said."})
    void theHealthMinistryPlacedInGazaIsGazasHealthMinistry(String said) {
        Event statement = only(english(said), EventType.Statement);
        assertEquals(List.of("gaza-ministry-of-health"), speakers(statement));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "European Commission President Ursula von der Leyen and European Council President Antonio Costa issued a joint message telling Zelenskyy: \"Be strong, be brave, be fearless.\"",
        "Ursula von der Leyen and Antonio Costa issued a joint statement on Friday welcoming the deal."})
    void aStatementIssuedIsMadeByWhoIssuedIt(String issued) {
        Event statement = only(english(issued), EventType.Statement);
        assertEquals(Set.of("ursula-von-der-leyen", "antonio-costa"), Set.copyOf(speakers(statement)));
    }

    @Test
    void anArrestWarrantIssuedIsNoStatement() {
        assertEquals(List.of(), events(english("The International Criminal Court issued an arrest warrant for Putin."), EventType.Statement));
    }
}
