package org.diplokg.extract;

import static org.diplokg.extract.ShortArticles.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.diplokg.model.Event;
import org.diplokg.model.EventType;
import org.diplokg.model.Extraction;
import org.diplokg.model.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** English lists of states behind people who stand for them, gatherings said to be held, and a city's country. */
class EnglishListsTest {
    private static Set<String> participants(String sentence) {
        return Set.copyOf(only(ShortArticles.english(sentence), EventType.Meeting).actors(Role.participant));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Negotiators from Egypt, Qatar and the United States met in Doha on Sunday.|egypt,qatar,united-states",
            "Officials from Israel, Egypt and Jordan held talks in Amman on Tuesday.|israel,egypt,jordan",
            "Delegations from Armenia and Azerbaijan met in Washington on Thursday.|armenia,azerbaijan",
            "Envoys from France, Germany and Britain met Iranian officials in Geneva on Friday.|france,germany,united-kingdom,iran",
            "Iranian officials met envoys from France, Germany and Britain in Istanbul on Monday.|iran,france,germany,united-kingdom"})
    void peopleFromListedStatesStandForEveryOneOfThem(String sentence, String states) {
        assertEquals(Set.of(states.split(",")), participants(sentence));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Abiy met Uhuru Kenyatta and former South African deputy president Phumzile Mlambo-Ngcuka in Pretoria on Monday.|abiy-ahmed,uhuru-kenyatta,person-phumzile-mlambo-ngcuka",
            "Abiy met former Kenyan president Uhuru Kenyatta and former Nigerian president Olusegun Obasanjo in Nairobi.|abiy-ahmed,uhuru-kenyatta,olusegun-obasanjo"})
    void formerBeforeAPostKeepsTheListGoing(String sentence, String people) {
        assertEquals(Set.of(people.split(",")), participants(sentence));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The next round of talks will be held in Geneva on June 30, a diplomatic source said.|Negotiation|2024-06-30|geneva",
            "A donor conference for Sudan is to be held in Paris on April 15.|Meeting|2024-04-15|paris",
            "A political dialogue forum would be held in Tunisia in early July, the U.N. mission said.|Meeting|2024-07|tunisia",
            "The negotiations are expected to take place in Cairo on June 20.|Negotiation|2024-06-20|cairo",
            "The conference was held in London on June 4, with more than 40 countries attending.|Meeting|2024-06-04|london"})
    void aGatheringSaidToBeHeldIsAnEventWithoutNamedParticipants(String sentence, EventType type, String date, String place) {
        Event gathering = only(ShortArticles.english(sentence), type);
        assertEquals(date, gathering.date().iso());
        assertEquals(List.of(place), gathering.places());
        assertTrue(gathering.roles().values().stream().allMatch(List::isEmpty), () -> "roles " + gathering.roles());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The truce follows talks in Doha that began on May 7, diplomats said.|2024-05-07|doha",
            "The accord came out of talks held in Muscat on March 6.|2024-03-06|muscat",
            "The plan was drafted over two days of talks that opened on Monday in Geneva.|2024-06-10|geneva",
            "Officials from 40 countries attended a meeting in Ankara that got under way on May 9.|2024-05-09|ankara"})
    void aGatheringAParticipleOrRelativeClauseSaysWasHeldIsAnEvent(String sentence, String date, String place) {
        Event gathering = ShortArticles.english(sentence).events().stream()
                .filter(e -> e.type() == EventType.Meeting || e.type() == EventType.Negotiation).findFirst().orElseThrow();
        assertEquals(date, gathering.date().iso());
        assertEquals(List.of(place), gathering.places());
    }

    @Test
    void talksWithNeitherSidesNorAHeldClauseAreNoEvent() {
        Extraction x = ShortArticles.english("The talks in Oslo were useful, officials said on Sunday.");
        assertTrue(x.events().stream().noneMatch(e -> e.type() == EventType.Meeting), () -> "events " + x.events());
    }

    @Test
    void aGatheringThatWillNotTakePlaceIsNoEvent() {
        Extraction x = ShortArticles.english("The meeting will not take place on June 13 as planned, officials said.");
        assertTrue(x.events().stream().noneMatch(e -> e.type() == EventType.Meeting), () -> "events " + x.events());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Egyptian and U.S. negotiators met in Doha, Qatar, on June 2.|Meeting|participant|egypt,united-states|doha",
            "Sudan and South Sudan signed an agreement in Juba, South Sudan, on June 4.|Agreement|party|sudan,south-sudan|juba",
            "The grain deal was signed in Istanbul, Turkey, in July 2022 by Russia and Ukraine.|Agreement|party|russia,ukraine|istanbul"})
    void aStateAfterACityIsTheCitysCountryNotAnActor(String sentence, EventType type, Role role, String actors, String place) {
        Event event = only(ShortArticles.english(sentence), type);
        assertEquals(Set.of(actors.split(",")), Set.copyOf(event.actors(role)));
        assertEquals(List.of(place), event.places());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Israel and the Palestinian militant group Hamas agreed to a truce on Wednesday.|israel,hamas",
            "Israel and the militant group Hamas agreed to a truce on Wednesday.|israel,hamas",
            "Sudan's army and the paramilitary RSF signed a truce on Saturday.|sudanese-armed-forces,rapid-support-forces",
            "JEDDAH, May 20 (AFP) - Sudan's army and the paramilitary RSF signed a truce on Saturday.|sudanese-armed-forces,rapid-support-forces",
            "Saudi Arabia and the Iran-aligned Houthis agreed on a truce on Monday.|saudi-arabia,houthis",
            "Israel and Hamas agreed to a truce on Wednesday.|israel,hamas"})
    void whatAnAgencyWritesBeforeANameBelongsToThatNameAndKeepsTheList(String sentence, String parties) {
        assertEquals(Set.of(parties.split(",")), Set.copyOf(only(ShortArticles.english(sentence), EventType.Agreement).actors(Role.party)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "On Sunday, Qatar's prime minister received Lebanese Druze leader Karim Haddad in Doha.|person-karim-haddad|lebanon",
            "On Monday, Jordan's King Abdullah met Iraqi Shiite cleric Hassan Mahdi in Amman.|person-hassan-mahdi|iraq",
            "On Tuesday, Egypt's foreign minister met Lebanese opposition figure Fadi Karam in Cairo.|person-fadi-karam|lebanon"})
    void aDemonymBeforeACommunityOrDescriptionAndAPersonSaysWhereThePersonIsFrom(String sentence, String person, String state) {
        List<String> met = only(ShortArticles.english(sentence), EventType.Meeting).actors(Role.participant);
        assertTrue(met.contains(person) && !met.contains(state), () -> "participants " + met);
    }

    @Test
    void aDemonymBeforeItsOwnNounStaysTheActor() {
        Event said = only(ShortArticles.english("On Saturday, the Lebanese army said it had deployed troops in the south."), EventType.Statement);
        assertEquals(List.of("lebanon"), said.actors(Role.speaker));
        Event met = only(ShortArticles.english("Turkish officials met Syrian officials in Ankara on Friday."), EventType.Meeting);
        assertEquals(Set.of("turkey", "syria"), Set.copyOf(met.actors(Role.participant)));
    }

    @Test
    void aDemonymBeforeADescribedNameIsNoSide() {
        Event truce = only(ShortArticles.english("Qatar brokered the truce between Israel and the Lebanese group Hezbollah."), EventType.Ceasefire);
        assertEquals(Set.of("israel", "hezbollah"), Set.copyOf(truce.actors(Role.party)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Rivals sign truce under Saudi, U.S. mediation|saudi-arabia,united-states",
            "Rivals sign truce under Qatari, Egyptian mediation|qatar,egypt",
            "Rivals sign truce under Saudi and U.S. mediation|saudi-arabia,united-states"})
    void statesBeforeTheMediationNounAreItsMediatorsCommaOrNot(String headline, String mediators) {
        Event mediated = ShortArticles.english(headline).events().stream().filter(e -> !e.actors(Role.mediator).isEmpty()).findFirst().orElseThrow();
        assertEquals(Set.of(mediators.split(",")), Set.copyOf(mediated.actors(Role.mediator)));
    }

    @Test
    void aCommaBetweenTwoStatesBeforeAVerbKeepsThemApart() {
        Event said = only(ShortArticles.english("In Israel, Egypt said the talks had stalled."), EventType.Statement);
        assertEquals(List.of("egypt"), said.actors(Role.speaker));
    }

    @Test
    void mediatorsWhoPressTheSidesAreNotTheSidesOfTheTalksInTheMainClause() {
        Extraction x = ShortArticles.english("Blinken held talks with Sisi in Cairo on Monday as mediators pressed Israel and Hamas to accept a ceasefire.");
        Event talks = only(x, EventType.Meeting);
        assertEquals(Set.of("antony-blinken", "abdel-fattah-el-sisi"), Set.copyOf(talks.actors(Role.participant)));
        assertTrue(x.events().stream().noneMatch(e -> e.actors(Role.mediator).contains("israel")), () -> "events " + x.events());
        Event brokered = only(ShortArticles.english("Mediators Egypt and Qatar brokered the ceasefire between Israel and Hamas."), EventType.Ceasefire);
        assertEquals(Set.of("egypt", "qatar"), Set.copyOf(brokered.actors(Role.mediator)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Lebanese Parliament Speaker Nabih Berri, a close Hezbollah ally, and U.S. envoy Amos Hochstein met in Beirut on Monday.|nabih-berri,amos-hochstein",
            "Nabih Berri, a Hezbollah ally, met U.S. envoy Amos Hochstein in Beirut on Wednesday.|nabih-berri,amos-hochstein",
            "U.S. envoy Amos Hochstein and Nabih Berri, a Hezbollah ally, held talks in Beirut on Friday.|amos-hochstein,nabih-berri",
            // No word but names between the commas: a list of three, not a description.
            "Antony Blinken, the Qatari prime minister, and Badr Abdelatty met in Doha on Saturday.|antony-blinken,mohammed-bin-abdulrahman-al-thani,badr-abdelatty"})
    void aDescriptionBetweenCommasAfterAPersonLeavesTheListWhole(String sentence, String people) {
        assertEquals(Set.of(people.split(",")), participants(sentence));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Blinken held talks with Prime Minister Nawaf Salam and Parliament Speaker Nabih Berri in Beirut on Monday.|antony-blinken,nawaf-salam,nabih-berri",
            "Blinken met Prime Minister Nawaf Salam and parliament speaker Nabih Berri, a close ally of Hezbollah, in Beirut on Tuesday.|antony-blinken,nawaf-salam,nabih-berri",
            "Prime Minister Nawaf Salam and Parliament Speaker Nabih Berri met Blinken in Beirut on Wednesday.|nawaf-salam,nabih-berri,antony-blinken",
            // A title that names no body stays as it was.
            "Blinken met Prime Minister Nawaf Salam and Speaker Nabih Berri in Beirut on Thursday.|antony-blinken,nawaf-salam,nabih-berri"})
    void aSpeakerNamedWithHisParliamentStaysInTheList(String sentence, String people) {
        assertEquals(Set.of(people.split(",")), participants(sentence));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Egyptian Foreign Minister Badr Abdelatty and his Qatari counterpart met in Cairo on Tuesday.|badr-abdelatty,mohammed-bin-abdulrahman-al-thani",
            "Qatari Prime Minister Mohammed bin Abdulrahman Al Thani and his Egyptian counterpart held talks in Doha on Monday.|mohammed-bin-abdulrahman-al-thani,mostafa-madbouly",
            "Blinken met Egyptian Foreign Minister Badr Abdelatty and his Jordanian counterpart in Amman on Wednesday.|antony-blinken,badr-abdelatty,ayman-safadi"})
    void aCounterpartBehindHisStaysInTheList(String sentence, String people) {
        assertEquals(Set.of(people.split(",")), participants(sentence));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "U.S. Secretary of State Marco Rubio and his Saudi counterpart Prince Faisal bin Farhan met in Riyadh on Tuesday.|marco-rubio,faisal-bin-farhan",
            "Jordan's King Abdullah and his Egyptian counterpart Abdel Fattah al-Sisi met in Aqaba on Monday.|abdullah-ii,abdel-fattah-el-sisi",
            "Putin held talks with Chinese President Xi Jinping and his Kazakh counterpart Kassym-Jomart Tokayev in Astana on Wednesday.|vladimir-putin,xi-jinping,person-kassym-jomart-tokayev",
            // A named aide behind "his" is no counterpart and stays out of the list.
            "Blinken met Israeli President Isaac Herzog and his wife on Monday.|antony-blinken,isaac-herzog"})
    void aNamedCounterpartBehindHisStaysInTheList(String sentence, String people) {
        assertEquals(Set.of(people.split(",")), participants(sentence));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Jordan's King Abdullah and his Egyptian counterpart met in Cairo on Monday.|abdullah-ii,abdel-fattah-el-sisi",
            "Qatar's Emir Sheikh Tamim bin Hamad Al Thani and his Turkish counterpart held talks in Doha on Friday.|tamim-bin-hamad-al-thani,recep-tayyip-erdogan",
            "Turkish President Recep Tayyip Erdogan and his Egyptian counterpart held talks in Ankara on Wednesday.|recep-tayyip-erdogan,abdel-fattah-el-sisi",
            // A prime minister's counterpart is a prime minister: heads of state stand in for no other post.
            "Egyptian Prime Minister Mostafa Madbouly and his Qatari counterpart met in Alexandria on Thursday.|mostafa-madbouly,mohammed-bin-abdulrahman-al-thani"})
    void theCounterpartOfAHeadOfStateHeadsTheOtherStateWhateverHisTitle(String sentence, String people) {
        assertEquals(Set.of(people.split(",")), participants(sentence));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Erdogan, speaking after a cabinet meeting, met Putin in Ankara on Monday.|recep-tayyip-erdogan,vladimir-putin",
            "Erdogan, speaking to reporters, met Putin in Istanbul on Tuesday.|recep-tayyip-erdogan,vladimir-putin",
            "Sisi, backed by Saudi Arabia, met Abbas in Cairo on Wednesday.|abdel-fattah-el-sisi,mahmoud-abbas",
            // No aside: the plain subject and the apposition stay as they were.
            "Erdogan met Putin in Sochi on Thursday.|recep-tayyip-erdogan,vladimir-putin",
            "Nabih Berri, a Hezbollah ally, met U.S. envoy Amos Hochstein in Beirut on Friday.|nabih-berri,amos-hochstein"})
    void aParticipialAsideBetweenCommasLeavesTheNameBeforeItTheSubject(String sentence, String people) {
        assertEquals(Set.of(people.split(",")), participants(sentence));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Trump's special envoy, Steve Witkoff, and his son-in-law, Jared Kushner, met Hamas negotiators in Cairo on Tuesday.|steve-witkoff,jared-kushner,hamas",
            "Hamas negotiators met Trump's envoy, Steve Witkoff, and his son-in-law, Jared Kushner, in Cairo on Tuesday.|hamas,steve-witkoff,jared-kushner",
            "Hamas negotiators met Trump's envoy Steve Witkoff in Cairo on Tuesday.|hamas,steve-witkoff",
            "Trump's special envoy, Steve Witkoff, and the Qatari prime minister, Mohammed bin Abdulrahman Al Thani, met in Doha on Tuesday."
                    + "|steve-witkoff,mohammed-bin-abdulrahman-al-thani"})
    void everyNameOfAListOfAppositionsTakesPartAndTheOwnerOfAPostDoesNot(String sentence, String people) {
        assertEquals(Set.of(people.split(",")), participants(sentence));
    }

    @Test
    void aNounInAppositionBeforeASecondNameKeepsBothSpeakers() {
        Event statement = only(ShortArticles.english("Steve Witkoff and Trump's son-in-law, Jared Kushner, said on Tuesday that "
                + "the talks were going well."), EventType.Statement);
        assertEquals(Set.of("steve-witkoff", "jared-kushner"), Set.copyOf(statement.actors(Role.speaker)));
    }

    @Test
    void aPostAfterAGenitiveIsNotTheOwnersPost() {
        Extraction x = ShortArticles.english("Hamas negotiators met Trump's envoy, Steve Witkoff, in Cairo on Tuesday.");
        assertTrue(x.tenures().stream().noneMatch(t -> t.holder().equals("donald-trump") && t.title().equals("Envoy")),
                () -> "tenures " + x.tenures());
    }
}
