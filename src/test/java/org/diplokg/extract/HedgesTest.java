package org.diplokg.extract;

import static org.diplokg.extract.ShortArticles.arabic;
import static org.diplokg.extract.ShortArticles.english;
import static org.diplokg.extract.ShortArticles.events;
import static org.diplokg.extract.ShortArticles.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.diplokg.model.Event;
import org.diplokg.model.EventType;
import org.diplokg.model.Extraction;
import org.diplokg.model.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Events a sentence only hedges, conditions or pushes for: no event, while the same event told as done stays. */
class HedgesTest {
    @Test
    void anAcceptanceUnderAConditionIsNoAcceptance() {
        assertEquals(List.of(), events(arabic("وإذا وافقت حماس على المقترح الأمريكي، فسيبدأ وقف إطلاق النار في غضون أيام."),
                EventType.Acceptance));
        assertEquals(List.of(), events(arabic("وفي حال وافقت إسرائيل على الصفقة، سيتم الإفراج عن الأسرى على ثلاث مراحل."),
                EventType.Acceptance));
        assertEquals(List.of(), events(arabic("ولو قبلت روسيا الهدنة لأمكن بدء المفاوضات."), EventType.Acceptance));
    }

    @Test
    void anEffortNounHedgesNothingPastTheCommaClosingItsPhrase() {
        Event said = only(arabic("وشكر حسن شيخ محمود الرئيس التركي على جهوده، مؤكدا استعداد بلاده للعمل مع إثيوبيا."), EventType.Statement);
        assertEquals(List.of("hassan-sheikh-mohamud"), said.actors(Role.speaker));
        assertTrue(events(arabic("وتتواصل جهود مصر وقطر للتوصل إلى اتفاق لوقف إطلاق النار."), EventType.Agreement).isEmpty());
    }

    @Test
    void aVisitOnlyScheduledHasNotHappened() {
        assertEquals(List.of(), events(english("The two ministers agreed to schedule a reciprocal visit by Sameh Shoukry to Washington."),
                EventType.Visit));
    }

    @Test
    void anAcceptanceWithoutAConditionStays() {
        var acceptance = only(arabic("وكانت حماس قد وافقت على المقترح المصري القطري في السادس من مايو/أيار الماضي."),
                EventType.Acceptance);
        assertEquals(List.of("hamas"), acceptance.actors(Role.agent));
    }

    @Test
    void aHedgeReachesItsNounPastArticlesAndHyphenedModifiers() {
        assertTrue(events(english("The two sides could sign an agreement as early as Friday."), EventType.Agreement).isEmpty());
        Extraction call = english("Blinken spoke by phone with Egyptian Foreign Minister Badr Abdelatty on Tuesday to discuss efforts to secure a ceasefire in Gaza.");
        assertTrue(events(call, EventType.Ceasefire).isEmpty(), () -> "ceasefires " + events(call, EventType.Ceasefire));
        Extraction plan = english("Ukraine accepted the U.S. proposal for a 30-day ceasefire.");
        assertTrue(events(plan, EventType.Ceasefire).isEmpty(), () -> "ceasefires " + events(plan, EventType.Ceasefire));
        assertEquals(1, events(english("Israel and Hamas signed a ceasefire agreement on Friday."), EventType.Agreement).size());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Kenyan and Ethiopian officials met in Nairobi on Friday and agreed to hold another round of talks.",
        "The Armenian and Azerbaijani delegations have agreed to meet again in Abu Dhabi, the ministry said.",
        "Moscow and Kyiv agreed to resume talks after the holiday, a Turkish official said."})
    void agreeingToMeetAgainIsNoAgreement(String sentence) {
        Extraction x = english(sentence);
        assertEquals(List.of(), events(x, EventType.Agreement), () -> "agreements " + events(x, EventType.Agreement));
    }

    @Test
    void agreeingToADealOrAnExchangeStaysAnAgreement() {
        assertEquals(1, events(english("Kenya and Ethiopia agreed to exchange 500 prisoners each on Friday."), EventType.Agreement).size());
        assertEquals(1, events(english("The two sides agreed to a ten-day truce and to further talks."), EventType.Agreement).size());
    }

    @Test
    void talksSomeonePushesForAreStillAGoal() {
        assertTrue(ShortArticles.events(english("Egypt pushed on Monday for talks between Israel and Hamas."), EventType.Meeting).isEmpty());
    }

    @Test
    void anEnglishConditionHedgesTheEventItReaches() {
        assertEquals(List.of(), events(english("\"If you want a ceasefire, press Hamas to say yes,\" Blinken told reporters on Monday."),
                EventType.Ceasefire));
        Extraction offer = english("Israel will halt its offensive if Hamas accepts the deal.");
        assertEquals(List.of(), events(offer, EventType.Acceptance));
        assertEquals(List.of(), events(offer, EventType.Agreement));
        assertEquals(List.of("hamas"), only(english("Hamas accepted the deal on Monday."), EventType.Acceptance).actors(Role.agent));
    }

    @Test
    void wouldInAReportedClauseAnnouncesAPlan() {
        Extraction plan = english(LocalDate.parse("2025-08-16"),
                "Zelensky said he would travel to Washington on Monday to meet Trump.");
        Event visit = only(plan, EventType.Visit);
        assertEquals(List.of("volodymyr-zelensky"), visit.actors(Role.participant));
        assertEquals("2025-08-18", visit.date().iso());
        assertEquals(List.of(), events(english("A visit to Washington would be a sign of goodwill, analysts say."), EventType.Visit));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Netanyahu called off a planned visit to Washington by an Israeli delegation on Monday.|Visit",
            "Egypt cancelled a planned meeting between Israeli and Hamas negotiators in Cairo on Sunday.|Meeting",
            "Iran's foreign minister canceled his visit to Riyadh on Tuesday.|Visit"})
    void anEventCalledOffOrCancelledDoesNotTakePlace(String sentence, EventType cancelled) {
        assertEquals(List.of(), events(english(sentence), cancelled));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The envoy will fly to Amman on Wednesday to ensure the ceasefire holds.|Ceasefire",
            "Witkoff travelled to Doha on Sunday to secure a truce deal between Israel and Hamas.|Agreement",
            "The prime minister is expected to convene his ministers on Friday to approve the agreement.|Agreement",
            "Egypt sent a delegation to Khartoum on Monday to broker a ceasefire.|Ceasefire",
            "Oman offered to host new talks between Washington and Tehran.|Meeting",
            "Turkey proposed to host a meeting between the two sides in Istanbul.|Meeting"})
    void anInfinitiveOfPurposeOrAnOfferToHostIsAGoal(String sentence, EventType goal) {
        assertEquals(List.of(), events(english(sentence), goal));
    }

    @Test
    void theSameEventsToldAsDoneStay() {
        assertEquals(1, events(english("The ceasefire between Israel and Hamas held on Wednesday."), EventType.Ceasefire).size());
        assertEquals(1, events(english("Oman hosted talks between Washington and Tehran on Saturday."), EventType.Negotiation).size()
                + events(english("Oman hosted talks between Washington and Tehran on Saturday."), EventType.Meeting).size());
        assertEquals(1, events(english("Israel and Hamas signed the agreement in Doha on Friday."), EventType.Agreement).size());
    }
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "The Kenyan president said on Tuesday he was ready to meet Ethiopian Prime Minister Abiy Ahmed in person.",
        "Hamas is willing to meet Egyptian mediators in Cairo next week, a senior official said.",
        "Ruto said on Friday that he was prepared to meet Abiy Ahmed at any time."})
    void readinessToMeetIsNoMeeting(String sentence) {
        assertEquals(List.of(), events(english(sentence), EventType.Meeting));
    }

    @Test
    void aMeetingThatHappenedStays() {
        assertEquals(1, events(english("The Kenyan president met Ethiopian Prime Minister Abiy Ahmed in Nairobi on Tuesday."),
                EventType.Meeting).size());
    }

    @Test
    void shuttlingBetweenCapitalsIsNoTourButShuttlingLastWeekIs() {
        assertEquals(List.of(), events(english("Turkish Foreign Minister Hakan Fidan has been shuttling between Nairobi and Addis Ababa for weeks."),
                EventType.Tour));
        assertEquals(1, events(english("Turkish Foreign Minister Hakan Fidan shuttled between Nairobi and Addis Ababa last week."),
                EventType.Tour).size());
    }
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "ar|وقال الرئيس الأوكراني إن المحادثات مع موسكو لن تبدأ قبل انسحاب القوات الروسية.|Negotiation",
        "ar|وأكد مصدر مطلع أن المفاوضات بين الحكومة والمتمردين لم تنطلق بعد.|Negotiation",
        "ar|وأعلن الكرملين أن القمة بين الرئيسين لن تعقد في موعدها.|Meeting",
        "en|Kyiv said talks with Moscow would not begin until Russian troops withdraw.|Negotiation",
        "en|Negotiations between the government and the rebels have yet to start, a mediator said.|Negotiation",
        "en|The Kremlin said the summit between the two presidents won't be held next week.|Meeting",
        "ar|وأفادت مصادر دبلوماسية بأن اللقاء بين الوزيرين لم يعقد حتى الآن.|Meeting",
        "en|The meeting between the two envoys has not yet taken place, diplomats said.|Meeting"})
    void talksWhoseVerbOfHappeningIsNegatedAreNoEvent(String language, String sentence, EventType type) {
        Extraction x = language.equals("ar") ? arabic(sentence) : english(sentence);
        assertEquals(List.of(), events(x, type), () -> "events " + events(x, type));
    }

    @Test
    void talksDeniedUntilALaterTimeStay() {
        assertEquals(1, events(arabic("وقال مصدر إن المفاوضات بين السودان وجنوب السودان لم تبدأ إلا بعد وصول الوسيط الكيني إلى جوبا."),
                EventType.Negotiation).size());
        assertEquals(1, events(english("The meeting between Sudan and South Sudan did not begin until late on Tuesday."),
                EventType.Meeting).size());
    }

    @Test
    void realTalksWhoseLengthIsDeniedStay() {
        var talks = only(arabic("وقال مسؤول إن المفاوضات التي بدأت أمس بين السودان وجنوب السودان لن تستمر طويلا."), EventType.Negotiation);
        assertEquals(List.of("sudan", "south-sudan"), talks.actors(Role.party));
        assertEquals(1, events(english("The talks between Sudan and South Sudan, which began on Monday, will not last long."),
                EventType.Negotiation).size());
    }
}
