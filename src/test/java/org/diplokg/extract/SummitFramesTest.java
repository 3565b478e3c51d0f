package org.diplokg.extract;

import static org.diplokg.extract.ShortArticles.arabic;
import static org.diplokg.extract.ShortArticles.english;
import static org.diplokg.extract.ShortArticles.events;
import static org.diplokg.extract.ShortArticles.extract;
import static org.diplokg.extract.ShortArticles.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.diplokg.model.Event;
import org.diplokg.model.EventType;
import org.diplokg.model.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Summits, conferences and ministerial meetings: who takes part, who hosts, and which gathering is which. */
class SummitFramesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ar|استضاف الرئيس الفرنسي إيمانويل ماكرون، الخميس، قمة في باريس بمشاركة قادة ألمانيا وبريطانيا وبولندا.|emmanuel-macron|germany",
            "ar|واستضافت برلين، الأحد، مؤتمرا دوليا حول ليبيا بمشاركة الرئيس التركي رجب طيب أردوغان.|germany|recep-tayyip-erdogan"})
    void aGatheringHostedAfterADateIsTheHostsMeeting(String language, String text, String host, String participant) {
        Event summit = only(extract(language, text), EventType.Meeting);
        assertEquals(List.of(host), summit.actors(Role.host));
        assertTrue(summit.actors(Role.participant).contains(participant), () -> "participants " + summit.actors(Role.participant));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "en|Iranian Foreign Minister Abbas Araqchi and U.S. envoy Steve Witkoff are to meet again in Oman, the foreign ministry said.",
            "en|Iranian Foreign Minister Abbas Araqchi will meet U.S. envoy Steve Witkoff in Rome, officials said on Friday.",
            "ar|ومن المقرر أن يلتقي وزير الخارجية الإيراني عباس عراقجي المبعوث الأمريكي ستيف ويتكوف في روما.",
            "ar|وستعقد اللجنة العسكرية المشتركة اجتماعها الأول في جنيف خلال الأيام المقبلة."})
    void aPlannedMeetingTheTextDoesNotDateIsUndated(String language, String text) {
        Event meeting = only(extract(language, text), EventType.Meeting);
        assertNull(meeting.date(), () -> "meeting " + meeting);
        assertFalse(meeting.actors(Role.participant).isEmpty(), () -> "meeting " + meeting);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ar|استضاف الرئيس الفرنسي إيمانويل ماكرون، الخميس، قمة في باريس بمشاركة قادة ألمانيا وبريطانيا. وعلى هامش القمة، التقى ماكرون الرئيس التركي رجب طيب أردوغان.",
            "en|French President Emmanuel Macron hosted a summit in Paris on Thursday with the participation of the leaders of Germany and Britain. "
                    + "On the sidelines of the summit, Macron met Turkish President Recep Tayyip Erdogan."})
    void aMeetingOnTheSidelinesIsNotTheSummit(String language, String text) {
        List<Event> meetings = events(extract(language, text), EventType.Meeting);
        assertEquals(2, meetings.size(), () -> "meetings " + meetings);
        assertTrue(meetings.stream().anyMatch(m -> Set.copyOf(m.actors(Role.participant)).equals(Set.of("emmanuel-macron", "recep-tayyip-erdogan"))),
                () -> "meetings " + meetings);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "en|NATO defence ministers met in Brussels on Wednesday to discuss aid to Ukraine.|nato",
            "en|EU foreign ministers met in Luxembourg on Monday.|european-union",
            "ar|واجتمع وزراء خارجية دول مجلس التعاون الخليجي في الرياض الخميس.|gcc"})
    void aBodysMinistersMeetingIsAMeetingOfTheBody(String language, String text, String body) {
        assertTrue(only(extract(language, text), EventType.Meeting).actors(Role.participant).contains(body));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"en|The U.N. Security Council met on Monday.", "en|The Arab League Council met in Cairo on Sunday.",
            "en|The U.N. General Assembly met in an emergency session on Monday."})
    void aBodySittingAloneIsNoMeeting(String language, String text) {
        assertTrue(events(extract(language, text), EventType.Meeting).isEmpty());
    }

    @Test
    void aSummitOnWhoseSidelinesLeadersMetIsNoSecondMeeting() {
        Event meeting = only(arabic("التقى الرئيس التركي رجب طيب أردوغان نظيره الأمريكي جو بايدن على هامش قمة مجموعة العشرين في نيودلهي."),
                EventType.Meeting);
        assertEquals(List.of("recep-tayyip-erdogan", "joe-biden"), meeting.actors(Role.participant));
        Event talks = only(arabic("وبحث وزير الخارجية المصري سامح شكري مع نظيره الأردني أيمن الصفدي، على هامش اجتماعات الجمعية العامة للأمم المتحدة، الأوضاع في غزة."),
                EventType.Meeting);
        assertEquals(List.of("ayman-safadi", "sameh-shoukry"), talks.actors(Role.participant));
    }

    @Test
    void attendingASummitIsTakingPartButAttendingAFuneralIsNoMeeting() {
        Event m = only(english("U.N. Secretary-General Antonio Guterres attended the summit in Cairo on Tuesday."), EventType.Meeting);
        assertEquals(List.of("antonio-guterres"), m.actors(Role.participant));
        assertEquals("2024-06-04", m.date().iso());
        assertTrue(events(english("Russian President Vladimir Putin attended the funeral in Moscow on Monday."), EventType.Meeting).isEmpty());
    }
}
