package org.diplokg.extract;

import static org.diplokg.extract.ShortArticles.arabic;
import static org.diplokg.extract.ShortArticles.english;
import static org.diplokg.extract.ShortArticles.events;
import static org.diplokg.extract.ShortArticles.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.diplokg.model.Event;
import org.diplokg.model.EventType;
import org.diplokg.model.Extraction;
import org.diplokg.model.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Phone calls: who takes part in a call, whoever makes, receives or reports it, in either language. */
class CallsTest {
    /** A meeting verb done by phone ("هاتفيا") is a call, and the two who talked are its sides. */
    @ParameterizedTest
    @ValueSource(strings = {"وتباحث بوتين وأردوغان هاتفيا يوم السبت.", "وبحث بوتين هاتفيا مع أردوغان يوم السبت العلاقات الثنائية.",
            "وتحادث بوتين وأردوغان هاتفيا يوم السبت."})
    void aMeetingVerbDoneByPhoneIsACall(String sentence) {
        var x = arabic(sentence);
        assertEquals(Set.of("vladimir-putin", "recep-tayyip-erdogan"), Set.copyOf(only(x, EventType.PhoneCall).actors(Role.participant)));
        assertTrue(events(x, EventType.Meeting).isEmpty(), () -> "events " + x.events());
    }

    /** "تحدثا" (the two talked), in someone's presence: a meeting of the two. */
    @Test
    void theTwoWhoTalkedMet() {
        Event met = only(arabic("وقالت الخارجية الإيرانية إن عراقجي وويتكوف تحدثا بشكل مباشر لبضع دقائق بحضور وزير الخارجية العماني."),
                EventType.Meeting);
        assertEquals(Set.of("abbas-araghchi", "steve-witkoff"), Set.copyOf(met.actors(Role.participant)));
    }

    @Test
    void discussingWithACounterpartInAPhoneCallIsOneCallOfBoth() {
        Extraction x = arabic("بحث وزير الخارجية المصري سامح شكري مع نظيره الأردني أيمن الصفدي، في اتصال هاتفي، اليوم، التطورات في قطاع غزة.");
        Event call = only(x, EventType.PhoneCall);
        assertEquals(Set.of("sameh-shoukry", "ayman-safadi"), Set.copyOf(call.actors(Role.participant)));
        assertEquals("2024-06-10", call.date().iso());
        assertTrue(events(x, EventType.Meeting).isEmpty(), () -> "meetings " + events(x, EventType.Meeting));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Putin congratulated Trump by phone on his election victory.",
        "Putin thanked Trump in a phone call on Saturday for his efforts.",
        "Putin assured Trump over the phone that Russia wanted peace."})
    void thePersonAnUnreadVerbAddressesByPhoneIsTheOtherSide(String sentence) {
        Event call = only(english(sentence), EventType.PhoneCall);
        assertEquals(Set.of("vladimir-putin", "donald-trump"), Set.copyOf(call.actors(Role.participant)));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "A senior Hamas official, Basem Naim, told AFP by phone that the group had not received the proposal.",
        "Trump said in a phone interview with Fox News on Friday that Putin wanted a deal."})
    void talkingToTheNewsByPhoneIsNoCall(String sentence) {
        Extraction x = english(sentence);
        assertEquals(List.of(), events(x, EventType.PhoneCall), () -> "calls " + events(x, EventType.PhoneCall));
    }

    @Test
    void whoeverReceivesACallTakesPartEvenNamedByPostAndName() {
        Event call = only(arabic("تلقى وزير الخارجية السعودي فيصل بن فرحان اتصالا هاتفيا، اليوم، من وزير الخارجية الأمريكي أنتوني بلينكن."),
                EventType.PhoneCall);
        assertEquals(Set.of("faisal-bin-farhan", "antony-blinken"), Set.copyOf(call.actors(Role.participant)));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "واتصل الرئيس الأمريكي جو بايدن برئيس الوزراء الإسرائيلي بنيامين نتنياهو، اليوم.",
        "واتصلت رئيسة الوزراء الإيطالية جورجيا ميلوني هاتفيا بالرئيس عبد الفتاح السيسي، اليوم.",
        "وهاتف الرئيس التركي رجب طيب أردوغان هاتفيا نظيره الروسي فلاديمير بوتين، اليوم."})
    void callingSomeoneIsOneCallOfBothEvenToldByPhone(String sentence) {
        Event call = only(arabic(sentence), EventType.PhoneCall);
        assertEquals(2, call.actors(Role.participant).size(), () -> "participants " + call.actors(Role.participant));
        assertEquals("2024-06-10", call.date().iso());
    }

    @Test
    void aReadoutThatSomeoneSpokeWithAnActorIsACall() {
        Event call = only(english("Secretary Blinken spoke with Egyptian Foreign Minister Badr Abdelatty on Tuesday."), EventType.PhoneCall);
        assertEquals(Set.of("antony-blinken", "badr-abdelatty"), Set.copyOf(call.actors(Role.participant)));
        assertEquals("2024-06-04", call.date().iso());
        assertEquals(2, only(english("Mohammed bin Salman talked with Iranian President Masoud Pezeshkian on Sunday."), EventType.PhoneCall)
                .actors(Role.participant).size());
        assertTrue(events(english("Biden spoke with reporters at the White House on Monday."), EventType.PhoneCall).isEmpty());
    }

    @Test
    void aLeaderSpokenToIsCalledAndAnAudienceIsNot() {
        Event byPhone = only(english("Macron spoke to Erdogan by telephone on Wednesday."), EventType.PhoneCall);
        assertEquals(Set.of("emmanuel-macron", "recep-tayyip-erdogan"), Set.copyOf(byPhone.actors(Role.participant)));
        assertEquals("2024-06-05", byPhone.date().iso());
        assertEquals(2, only(english("The Saudi crown prince talked to Netanyahu on the phone on Sunday."), EventType.PhoneCall)
                .actors(Role.participant).size());
        assertTrue(events(english("Lavrov spoke to reporters in Moscow on Monday."), EventType.PhoneCall).isEmpty());
        assertTrue(events(english("Sisi spoke to the Arab League in Cairo on Monday."), EventType.PhoneCall).isEmpty());
        assertTrue(events(english("The minister spoke to Reuters on Monday."), EventType.PhoneCall).isEmpty());
    }

    @Test
    void aLeaderSpokenToWithBothAnotherMakesTwoCalls() {
        List<Event> calls = events(english("Scholz spoke to both Biden and Zelenskiy on Thursday, a spokesman said."), EventType.PhoneCall);
        assertEquals(Set.of(Set.of("olaf-scholz", "joe-biden"), Set.of("olaf-scholz", "volodymyr-zelensky")),
                calls.stream().map(c -> Set.copyOf(c.actors(Role.participant))).collect(Collectors.toSet()));
    }

    @Test
    void whoeverReportsACallAfterACommaTakesNoPartInIt() {
        for (String text : List.of("Scholz spoke with Erdogan by phone on Tuesday, the Kremlin said.",
                "Scholz spoke with Erdogan by telephone, the White House said on Tuesday.",
                "Scholz and Erdogan spoke by phone on Tuesday, the Elysee said in a statement.")) {
            Event call = only(english(text), EventType.PhoneCall);
            assertEquals(Set.of("olaf-scholz", "recep-tayyip-erdogan"), Set.copyOf(call.actors(Role.participant)), text);
        }
    }

    @Test
    void aCallAndTalksInTwoClausesKeepTheirOwnDates() {
        Extraction x = english("Biden spoke to Xi by phone on May 2, and US and Chinese officials held talks in Geneva on May 9.");
        assertEquals("2024-05-02", only(x, EventType.PhoneCall).date().iso());
        Event talks = only(x, EventType.Meeting);
        assertEquals("2024-05-09", talks.date().iso());
        assertEquals(Set.of("united-states", "china"), Set.copyOf(talks.actors(Role.participant)));
    }

    @Test
    void aTimeOrAnAdverbBetweenSpokeAndItsWithStillTellsACall() {
        Event today = only(english("Secretary Rubio spoke today with Turkish Foreign Minister Hakan Fidan about Syria."), EventType.PhoneCall);
        assertEquals(Set.of("marco-rubio", "hakan-fidan"), Set.copyOf(today.actors(Role.participant)));
        Event thursday = only(english("President Biden spoke on Thursday with Prime Minister Netanyahu."), EventType.PhoneCall);
        assertEquals(Set.of("joe-biden", "benjamin-netanyahu"), Set.copyOf(thursday.actors(Role.participant)));
        assertEquals("2024-06-06", thursday.date().iso());
        assertEquals(2, only(english("Erdogan spoke again with Putin on Friday."), EventType.PhoneCall).actors(Role.participant).size());
        assertTrue(events(english("Blinken spoke today to reporters in Doha."), EventType.PhoneCall).isEmpty());
        assertTrue(events(english("Rubio spoke on Monday at a news conference in Paris."), EventType.PhoneCall).isEmpty());
        assertTrue(events(english("Blinken spoke on Monday with journalists travelling with him."), EventType.PhoneCall).isEmpty());
    }

    @Test
    void callsMadeWithSeveralLeadersAreOneCallPerLeaderButTheBareNounIsNoCall() {
        var calls = events(arabic("وأجرى الرئيس الفلسطيني محمود عباس اتصالات مع كل من الرئيس المصري عبد الفتاح السيسي والعاهل الأردني الملك عبد الله الثاني."),
                EventType.PhoneCall);
        assertEquals(Set.of(Set.of("mahmoud-abbas", "abdel-fattah-el-sisi"), Set.of("mahmoud-abbas", "abdullah-ii")),
                calls.stream().map(c -> Set.copyOf(c.actors(Role.participant))).collect(Collectors.toSet()));
        assertTrue(events(arabic("وقال وزير الاتصالات المصري إن الشبكة تعمل بشكل طبيعي."), EventType.PhoneCall).isEmpty());
        assertTrue(events(arabic("وأكد الرئيس الروسي فلاديمير بوتين استعداد موسكو لمواصلة الاتصالات مع واشنطن."), EventType.PhoneCall).isEmpty());
    }

    static Stream<Arguments> callsSetByAnUnreadVerb() {
        return Stream.of(
                Arguments.of("Erdogan, who has close ties with both sides, discussed the grain corridor with Russian President Vladimir Putin in a phone call on Tuesday.",
                        EventType.PhoneCall, Set.of("recep-tayyip-erdogan", "vladimir-putin")),
                Arguments.of("In a phone call on Wednesday, Saudi Crown Prince Mohammed bin Salman and Iranian President Ebrahim Raisi discussed regional tensions.",
                        EventType.PhoneCall, Set.of("mohammed-bin-salman", "ebrahim-raisi")),
                Arguments.of("Macron raised the issue of hostages with Netanyahu during a phone call on March 2.",
                        EventType.PhoneCall, Set.of("emmanuel-macron", "benjamin-netanyahu")),
                Arguments.of("Sisi reviewed the Gaza situation with Blinken during a meeting in Cairo on Monday.",
                        EventType.Meeting, Set.of("abdel-fattah-el-sisi", "antony-blinken")));
    }

    @ParameterizedTest
    @MethodSource
    void callsSetByAnUnreadVerb(String sentence, EventType type, Set<String> participants) {
        assertEquals(participants, Set.copyOf(only(english(sentence), type).actors(Role.participant)));
    }

    @Test
    void calledWithAnActorAfterItIsACallBetweenSubjectAndObject() {
        Event call = only(english("Jordan's King Abdullah called Turkish President Tayyip Erdogan on Thursday."), EventType.PhoneCall);
        assertEquals(Set.of("abdullah-ii", "recep-tayyip-erdogan"), Set.copyOf(call.actors(Role.participant)));
        Event calls = only(english("Macron calls Putin after the strike on Kyiv."), EventType.PhoneCall);
        assertEquals(Set.of("emmanuel-macron", "vladimir-putin"), Set.copyOf(calls.actors(Role.participant)));
    }

    @Test
    void calledForOnOffOrNamingIsNoCall() {
        Stream.of("Egypt called on Israel to withdraw from the crossing on Friday.",
                "Turkey called for restraint on Friday.",
                "Iran called Netanyahu a war criminal on Friday.",
                "Hamas called Israel's demands \"unacceptable\" on Friday.",
                "The Palestinian Authority condemned what it called Israeli aggression on Friday.",
                "Qatar called the strike a violation of its sovereignty on Friday.")
                .forEach(text -> assertTrue(events(english(text), EventType.PhoneCall).isEmpty(), text));
    }

    @Test
    void himOrHerAfterAMeetingVerbIsThePersonTheSentenceBeforeWasAbout() {
        Event received = only(english("Iraqi Foreign Minister Fuad Hussein arrived in Riyadh on Monday. "
                + "Saudi Crown Prince Mohammed bin Salman received him at Al-Yamamah Palace."), EventType.Meeting);
        assertTrue(received.actors(Role.participant).containsAll(Set.of("fuad-hussein", "mohammed-bin-salman")), received::toString);
        Event talks = only(english("German Foreign Minister Annalena Baerbock landed in Beirut on Monday. "
                + "Lebanese Prime Minister Najib Mikati held talks with her on the border."), EventType.Meeting);
        assertEquals(Set.of("annalena-baerbock", "najib-mikati"), Set.copyOf(talks.actors(Role.participant)));
        Event delegation = only(english("Sheikh Mohammed visited Tehran on Monday. Pezeshkian met her delegation."), EventType.Meeting);
        assertEquals(Set.of("masoud-pezeshkian"), Set.copyOf(delegation.actors(Role.participant)));
    }
}
