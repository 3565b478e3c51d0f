package org.diplokg.extract;

import static org.diplokg.extract.ShortArticles.events;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.diplokg.model.Event;
import org.diplokg.model.EventType;
import org.diplokg.model.Extraction;
import org.diplokg.model.Role;
import org.diplokg.model.Tenure;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Constructions of fresh English agency copy that the corpus under-represents. */
class EnglishWireTest {
    /** The speakers of the statements the sentence yields. */
    private static List<String> speakers(String sentence) {
        Extraction x = ShortArticles.english(sentence);
        return events(x, EventType.Statement).stream().flatMap(e -> e.actors(Role.speaker).stream()).toList();
    }

    /** The dates of the events of a type the sentence yields, "" for an undated one. */
    private static List<String> dates(String sentence, EventType type) {
        return events(ShortArticles.english(sentence), type).stream().map(e -> e.date() == null ? "" : e.date().iso()).toList();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Iran's state news agency IRNA quoted Foreign Minister Abbas Araqchi as saying Tehran was open to talks.|abbas-araghchi",
            "The official Saudi Press Agency quoted Crown Prince Mohammed bin Salman as saying the kingdom backed the truce.|mohammed-bin-salman",
            "State television quoted Supreme Leader Ali Khamenei as saying pressure would not work.|ali-khamenei",
            "Turkish President Tayyip Erdogan met Egyptian Foreign Minister Badr Abdelatty in Ankara, saying ties would deepen.|recep-tayyip-erdogan"})
    void theOneAnOutletQuotesAsSayingIsTheSpeaker(String sentence, String speaker) {
        assertEquals(List.of(speaker), speakers(sentence));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Former Russian President Dmitry Medvedev mocked the Ukrainian leader on Friday.|dmitry-medvedev",
            "Iranian Foreign Minister Abbas Araqchi mocked the new sanctions on Tuesday.|abbas-araghchi"})
    void mockingIsAReaction(String sentence, String speaker) {
        assertEquals(List.of(speaker), speakers(sentence));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Russian Foreign Minister Sergei Lavrov, Putin's longest-serving aide, said on Monday the plan would fail.|sergei-lavrov",
            "Hungarian Prime Minister Viktor Orban, Trump's closest ally in Europe, said the talks had failed.|viktor-orban",
            "Egypt, Israel's main partner in the region, condemned the strike on Saturday.|egypt"})
    void aNameBeforeAnAppositionOpenedByAPossessiveIsTheSpeaker(String sentence, String speaker) {
        assertEquals(List.of(speaker), speakers(sentence));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Israeli jets struck Rafah on Tuesday, a day after Israel, which Hamas said had violated the truce, sent tanks into the city.|",
            "Qatar, which Egypt said had pressed both sides, hosted the talks on Monday.|",
            "Iran, which the United States said on Monday had supplied drones, denied the charge.|united-states iran"})
    void speechInsideARelativeClauseIsContentUnlessDated(String sentence, String expected) {
        assertEquals(expected == null ? List.of() : List.of(expected.split(" ")), speakers(sentence));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Egypt condemned the attack on Rafah on May 7.|2024-06-10",
            "Turkey denounced the killing of aid workers on April 1, its foreign ministry said on Tuesday.|2024-06-04",
            "Qatar condemned on Sunday the raid on the camp.|2024-06-09",
            "Jordan on Friday condemned the strike on Rafah on May 26.|2024-06-07"})
    void aCalendarDateAfterAReactionsObjectDatesTheObject(String sentence, String date) {
        Extraction x = ShortArticles.english(sentence);
        assertEquals(List.of(date), events(x, EventType.Statement).stream().map(e -> e.date().iso()).distinct().toList());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Israel and Hamas signed a truce deal on Monday. Antonio Guterres said on Tuesday he was confident the deal would hold.|israel hamas",
            "Armenia and Azerbaijan agreed a peace accord on Friday. Kaja Kallas said she hoped the accord would be implemented.|armenia azerbaijan",
            "Hamas said on Tuesday it had reached a deal.|hamas"})
    void aPronounSubjectOfAnotherPredicateIsNoPartyOfTheDeal(String text, String parties) {
        List<String> found = events(ShortArticles.english(text), EventType.Agreement).stream()
                .flatMap(e -> e.actors(Role.party).stream()).distinct().toList();
        assertEquals(List.of(parties.split(" ")), found);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Armenia and Azerbaijan signed a peace accord on Monday. The European Union welcomed the accord on Wednesday.|2024-06-05",
            "Israel and Hamas agreed a truce on Monday. Egypt announced the truce on Thursday.|2024-06-06",
            "Egypt on Thursday announced a new truce deal.|2024-06-06"})
    void aDateAfterAKnownDealDatesTheSpeechAboutIt(String text, String date) {
        assertEquals(List.of(date), events(ShortArticles.english(text), EventType.Statement).stream().map(e -> e.date().iso()).toList());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "U.S. Treasury Secretary Scott Bessent said on Monday the talks would continue.|Treasury Secretary|united-states",
            "British Home Secretary Yvette Cooper said on Monday the plan would go ahead.|Home Secretary|united-kingdom",
            "U.S. Commerce Secretary Howard Lutnick told reporters on Tuesday that talks would continue.|Secretary of Commerce|united-states"})
    void aPortfolioBeforeSecretaryNamesThePost(String sentence, String title, String state) {
        Tenure tenure = ShortArticles.english(sentence).tenures().getFirst();
        assertEquals(List.of(title, state), List.of(tenure.title(), tenure.organization()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "\"We hope this round will bring a deal,\" Egyptian Foreign Minister Badr Abdelatty said on Tuesday.|0",
            "Qatar's prime minister said on Monday he hoped an agreement would be signed within days.|0",
            "U.S. officials expected a ceasefire deal to be concluded before the end of the month.|0",
            "Blinken said on Thursday that a deal could be reached this week.|0",
            "A ceasefire agreement may be announced as early as Friday, officials said.|0",
            "The talks aim at a comprehensive agreement between Israel and Hamas.|0",
            "Israel and Hamas signed a ceasefire agreement in Doha on Wednesday.|1"})
    void aDealHopedForExpectedOrPossibleIsNoAgreement(String sentence, int agreements) {
        Extraction x = ShortArticles.english(sentence);
        assertEquals(agreements, events(x, EventType.Agreement).size(), () -> "agreements " + events(x, EventType.Agreement));
        if (agreements == 0) assertEquals(List.of(), events(x, EventType.Ceasefire));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The ceasefire deal between Israel and Hamas, reached on Saturday, took effect on Sunday.|2024-06-08|2024-06-09",
            "A truce agreed on Friday by Russia and Ukraine came into force on Monday.|2024-06-07|2024-06-10",
            "A ceasefire between Israel and Hezbollah went into effect at 4 a.m. on Sunday.||2024-06-09"})
    void aTruceTakesEffectOnTheDateAfterTheVerbNotOnItsDeals(String sentence, String agreed, String begins) {
        Extraction x = ShortArticles.english(sentence);
        assertEquals(agreed == null ? List.of() : List.of(agreed), events(x, EventType.Agreement).stream().map(e -> e.date().iso()).toList());
        assertEquals(List.of(begins), events(x, EventType.Ceasefire).stream().map(e -> e.date().iso()).toList());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Qatar's foreign ministry spokesman Majed al-Ansari said the talks went on. An Egyptian foreign ministry spokesman said on Monday that Cairo was in contact with both parties.|majed-al-ansari egypt-ministry-of-foreign-affairs",
            "Qatar's foreign ministry spokesman Majed al-Ansari said the talks went on. A Saudi foreign ministry spokesperson said the kingdom welcomed the deal.|majed-al-ansari saudi-arabia-ministry-of-foreign-affairs"})
    void anIndefiniteSpokesmanIsNotTheOneNamedBefore(String text, String expected) {
        assertEquals(List.of(expected.split(" ")), speakers(text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Egypt will host the talks.|",
            "Qatar will host a meeting of the mediators, a diplomat said.|",
            "Egypt will host the talks on Sunday.|2024-06-16",
            "Egypt hosted the talks.|2024-06-10"})
    void aTriggerThatSpellsTheFutureLeavesItsEventUndated(String sentence, String date) {
        assertEquals(List.of(date == null ? "" : date), dates(sentence, EventType.Meeting));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Russia and Ukraine agreed to a prisoner exchange on Sunday.|2024-06-09",
            "Israel and Hamas agreed to a four-day truce on Friday.|2024-06-07",
            "Israel and Hamas agreed on Friday to a four-day truce.|2024-06-07"})
    void aDateAfterTheTermsADealAgreesToDatesTheDeal(String sentence, String date) {
        assertEquals(List.of(date), dates(sentence, EventType.Agreement));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The prisoner exchange between Russia and Ukraine took place on Wednesday under UAE auspices.|Exchange|united-arab-emirates",
            "Sudan's warring parties signed a declaration in Jeddah on Thursday under Saudi and U.S. auspices.|Agreement|saudi-arabia united-states",
            "The talks between Armenia and Azerbaijan opened on Monday under the auspices of Kazakhstan.|Negotiation|kazakhstan",
            "Russia and Ukraine exchanged prisoners on Wednesday.|Exchange|"})
    void theStatesWhoseAuspicesADealIsUnderMediateIt(String sentence, EventType type, String mediators) {
        List<String> found = events(ShortArticles.english(sentence), type).stream().flatMap(e -> e.actors(Role.mediator).stream()).toList();
        assertEquals(mediators == null ? List.of() : List.of(mediators.split(" ")), found);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Tehran had received the U.S. proposal on Sunday, Iranian Foreign Minister Abbas Araqchi said.|0",
            "Hamas said on Monday it had received a new ceasefire proposal from the mediators.|0",
            "Russian President Vladimir Putin received a message from U.S. President Donald Trump on Monday.|0",
            "Saudi Crown Prince Mohammed bin Salman received French President Emmanuel Macron in Riyadh on Thursday.|1",
            "Egyptian President Abdel Fattah el-Sisi received a delegation from Hamas in Cairo on Tuesday.|1"})
    void receivingAProposalOrALetterIsNoMeeting(String sentence, int meetings) {
        assertEquals(meetings, events(ShortArticles.english(sentence), EventType.Meeting).size());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Qatar is leading mediation efforts between Israel and Hamas, the ministry said on Tuesday.|qatar|israel hamas",
            "Kuwait leads mediation efforts to end the dispute between Saudi Arabia and Qatar.|kuwait|saudi-arabia qatar",
            "Egypt is leading efforts to mediate between Israel and Hamas.|egypt|israel hamas",
            "Oman has led the mediation between Iran and the United States.|oman|iran united-states"})
    void whoLeadsAMediationOrEffortsToMediateIsTheMediator(String sentence, String mediator, String parties) {
        List<Event> talks = events(ShortArticles.english(sentence), EventType.Negotiation);
        assertEquals(List.of(List.of(mediator), List.of(parties.split(" "))),
                List.of(List.copyOf(talks.getFirst().actors(Role.mediator)), List.copyOf(talks.getFirst().actors(Role.party))));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Emmanuel Macron is to fly to Israel on Monday.|Visit|2024-06-17",
            "The hostages are to be released by Hamas on Monday.|Exchange|2024-06-17",
            "Antony Blinken is to travel to Cairo on Wednesday, the State Department said.|Visit|2024-06-19",
            "Emmanuel Macron flew to Israel on Monday.|Visit|2024-06-10"})
    void isToMarksAPlanWhoseWeekdayIsTheComingOne(String sentence, EventType type, String date) {
        Extraction x = ShortArticles.english(LocalDate.of(2024, 6, 14), sentence);
        assertEquals(List.of(date), events(x, type).stream().map(e -> e.date().iso()).toList());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Israel and Hamas signed a truce deal on Monday. Under the deal, Israel will withdraw its troops from the city on Friday.|1",
            "Armenia and Azerbaijan signed a peace accord on Monday. Under the accord, the border is to reopen on Thursday.|1",
            "Israel and Hamas signed a truce deal on Monday. Israel will pull its troops back to an agreed line on Friday.|1",
            "Israel and Hamas signed a truce deal on Monday. Egypt and Qatar brokered a deal under the auspices of the United Nations on Sunday.|2"})
    void aDealTheSentenceIsUnderIsTheOneAlreadyTold(String text, int agreements) {
        assertEquals(agreements, events(ShortArticles.english(text), EventType.Agreement).size());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Israel and Hamas signed a truce deal on Monday. Under the deal, Hamas is to release 20 hostages in exchange for 2,000 prisoners on Saturday.|hamas israel"})
    void anExchangeUnderAToldDealTakesItsSides(String text, String parties) {
        List<String> found = events(ShortArticles.english(text), EventType.Exchange).stream()
                .flatMap(e -> e.actors(Role.party).stream()).sorted().toList();
        assertEquals(List.of(parties.split(" ")), found);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "David Lammy held talks with Wang Yi in Beijing on Friday. On Saturday, Lammy flew to Tokyo. Wang Yi said after the talks that China was ready to cooperate.|2024-06-07",
            "Hakan Fidan met Sergei Lavrov in Moscow on Thursday. On Friday, Fidan flew to Doha. Lavrov told reporters following the meeting that ties were strong.|2024-06-06",
            "Hakan Fidan met Sergei Lavrov in Moscow on Thursday. Lavrov said afterwards that ties were strong.|2024-06-06",
            "Hakan Fidan met Sergei Lavrov in Moscow on Thursday. On Friday, Fidan flew to Doha. Lavrov said on Saturday that ties were strong.|2024-06-08"})
    void aStatementAfterTheTalksTakesTheirDay(String text, String date) {
        assertEquals(List.of(date), dates(text, EventType.Statement));
    }
}
