package org.diplokg.extract;

import static org.diplokg.extract.ShortArticles.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.diplokg.model.Event;
import org.diplokg.model.EventType;
import org.diplokg.model.Evidence;
import org.diplokg.model.Extraction;
import org.diplokg.model.Role;
import org.junit.jupiter.api.Test;

/**
 * Articles that tell two or three unrelated stories: an anaphor or an event without actors of its own does not take
 * the sides, the speaker or the date of an event from another story, and one event told twice stays one.
 */
class DiscourseTest {

    @Test
    void theTwoSidesThatMeetAgainAreThoseOfTheLastTalksNotOfTheCallBetween() {
        String talks = "Iranian Foreign Minister Abbas Araqchi and U.S. envoy Steve Witkoff held indirect talks in Muscat on Saturday. "
                + "On Sunday, French President Emmanuel Macron spoke by phone with German Chancellor Friedrich Merz. ";
        Event again = only(ShortArticles.extract("en", talks + "The two sides met again in Rome on Monday."), EventType.Meeting);
        assertEquals(Set.of("abbas-araghchi", "steve-witkoff"), Set.copyOf(again.actors(Role.participant)));
        Event call = ShortArticles.events(ShortArticles.extract("en", talks + "The two sides met in Berlin on Monday."), EventType.Meeting)
                .stream().filter(e -> e.places().contains("berlin")).findFirst().orElseThrow();
        assertEquals(Set.of("emmanuel-macron", "friedrich-merz"), Set.copyOf(call.actors(Role.participant)));
    }
    @Test
    void theParticipantsAreThoseOfTheLastGatheringOfThreeOrMore() {
        String gathering = "Egypt, Jordan, Saudi Arabia and Qatar met in Amman on Saturday. ";
        Event agreed = only(ShortArticles.extract("en", gathering + "The participants agreed on the need for an immediate ceasefire."),
                EventType.Agreement);
        assertEquals(Set.of("egypt", "jordan", "saudi-arabia", "qatar"), Set.copyOf(agreed.actors(Role.party)));
        Event arabic = only(ShortArticles.extract("ar", "اجتمعت مصر والأردن والسعودية وقطر في عمان يوم السبت. "
                + "وقال البيان الختامي إن المشاركين اتفقوا على ضرورة وقف فوري لإطلاق النار."), EventType.Agreement);
        assertEquals(Set.of("egypt", "jordan", "saudi-arabia", "qatar"), Set.copyOf(arabic.actors(Role.party)));
    }

    @Test
    void aMeetingOfTwoHasNoParticipantsToPointBackTo() {
        Extraction x = ShortArticles.extract("en", "Blinken met Sisi in Cairo on Saturday. "
                + "The participants agreed on the need for a ceasefire.");
        assertTrue(ShortArticles.events(x, EventType.Agreement).isEmpty(), () -> "events " + x.events());
    }

    @Test
    void talksRetoldByTheMinistersOfTheirStatesAreOneEvent() {
        Extraction x = ShortArticles.extract("en", "Russia and China held negotiations in Moscow on Monday. "
                + "Russian Foreign Minister Sergei Lavrov and Chinese Foreign Minister Wang Yi held talks for three hours, "
                + "with Turkish Foreign Minister Hakan Fidan mediating.");
        Event talks = only(x, EventType.Negotiation);
        assertEquals(Set.of("russia", "china"), Set.copyOf(talks.actors(Role.party)));
        assertEquals(List.of("hakan-fidan"), talks.actors(Role.mediator));
    }

    @Test
    void talksOfTheirMinistersOnAnotherDayAreAnotherRound() {
        Extraction x = ShortArticles.extract("en", "Ukraine and Russia held negotiations in Istanbul on May 16. "
                + "Ukrainian Defence Minister Rustem Umerov and Russian Foreign Minister Sergei Lavrov held negotiations in Istanbul on June 2.");
        assertEquals(2, ShortArticles.events(x, EventType.Negotiation).size(), () -> "events " + x.events());
    }

    @Test
    void meetingsWithTwoOfficialsOfOneStateStayTwo() {
        Extraction x = ShortArticles.extract("en", "U.S. Secretary of State Antony Blinken met Egyptian President Abdel Fattah al-Sisi in Cairo on Tuesday. "
                + "Blinken later met Egyptian Foreign Minister Sameh Shoukry in Cairo.");
        assertEquals(2, ShortArticles.events(x, EventType.Meeting).size(), () -> "events " + x.events());
    }

    @Test
    void aTruceDoesNotTakeTheSidesOfAnExchangeInAnotherStory() {
        Extraction x = ShortArticles.extract("en", "Russia and Ukraine exchanged 150 prisoners of war each on Saturday. "
                + "In Gaza, the ceasefire that took effect on Jan. 19 remained fragile.");
        assertEquals(List.of("russia", "ukraine"), only(x, EventType.Exchange).actors(Role.party));
        assertTrue(only(x, EventType.Ceasefire).actors(Role.party).isEmpty(), () -> "events " + x.events());
    }

    @Test
    void unnamedSpeakersAreNotTheStatementOfAnotherStory() {
        Extraction x = ShortArticles.extract("ar", "أعلنت وزارة الدفاع الروسية، السبت، أن روسيا وأوكرانيا تبادلتا 150 أسيرا. "
                + "وقال الوسطاء إن المفاوضات بشأن غزة متعثرة.");
        Event statement = only(x, EventType.Statement);
        assertEquals(List.of(0), statement.evidence().stream().map(Evidence::sentence).distinct().toList());
    }

    @Test
    void aDealWithOtherMediatorsIsAnotherDeal() {
        Extraction x = ShortArticles.extract("en", "Russia and Ukraine exchanged 150 prisoners of war each on Saturday in a deal mediated by the United Arab Emirates. "
                + "Israel and Hamas signed the truce after months of talks brokered by Qatar and Egypt.");
        Event signed = ShortArticles.eventWith(x, EventType.Agreement, Role.party, "hamas");
        assertEquals(List.of("qatar", "egypt"), signed.actors(Role.mediator));
        assertEquals(List.of(1), signed.evidence().stream().map(Evidence::sentence).distinct().toList());
    }

    @Test
    void stalledTalksDoNotStallTheTruceTheyAreAbout() {
        Extraction x = ShortArticles.extract("en", "Israel and Hamas agreed to a ceasefire in January, but talks on its second phase have stalled, Egypt said.");
        assertNull(only(x, EventType.Ceasefire).status());
        Event talks = only(ShortArticles.extract("en", "Qatar said it would push to revive the stalled talks between Israel and Hamas."), EventType.Negotiation);
        assertEquals("stalled", talks.status());
    }

    @Test
    void aNewRoundOfTalksIsNotAnEarlierMeeting() {
        Extraction x = ShortArticles.extract("ar", "استقبل وزير الخارجية المصري بدر عبد العاطي، اليوم السبت، نظيره الأردني أيمن الصفدي في القاهرة. "
                + "ومن المقرر أن يتوجه مدير وكالة المخابرات المركزية الأمريكية وليام بيرنز إلى الدوحة الأحد المقبل لعقد جولة جديدة من المحادثات.");
        Event cairo = meetingWith(x, "ayman-safadi");
        assertEquals(List.of("cairo"), cairo.places());
        assertEquals(List.of(0), sentencesOf(cairo));
    }

    @Test
    void talksATripIsMadeForAreTheTravellersOnItsDay() {
        Extraction x = ShortArticles.extract("ar", "ووصل المبعوث الأمريكي آموس هوكشتاين إلى بيروت أمس لإجراء مباحثات مع رئيس مجلس النواب نبيه بري.");
        Event talks = meetingWith(x, "nabih-berri");
        assertTrue(talks.actors(Role.participant).contains("amos-hochstein"), () -> "events " + x.events());
        assertEquals(List.of("beirut"), talks.places());
        assertEquals(only(x, EventType.Visit).date(), talks.date());
    }

    @Test
    void oneMeetingToldTwiceIsOneEventWithBothSentences() {
        for (var article : List.of(
                List.of("ar", "استقبل الرئيس المصري عبد الفتاح السيسي، اليوم الاثنين، وزير الخارجية الأمريكي أنتوني بلينكن في القاهرة. "
                        + "وخلال اللقاء، أكد السيسي ضرورة التوصل إلى وقف فوري لإطلاق النار في غزة."),
                List.of("en", "Egyptian President Abdel Fattah el-Sisi met U.S. Secretary of State Antony Blinken in Cairo on Monday. "
                        + "During the meeting, Sisi stressed the need for an immediate ceasefire in Gaza."))) {
            Event meeting = only(ShortArticles.extract(article.get(0), article.get(1)), EventType.Meeting);
            assertEquals(List.of(0, 1), sentencesOf(meeting), article::getFirst);
        }
    }

    private static Event meetingWith(Extraction x, String participant) {
        return ShortArticles.events(x, EventType.Meeting).stream().filter(e -> e.actors(Role.participant).contains(participant))
                .findFirst().orElseThrow(() -> new AssertionError("no meeting with " + participant + " in " + x.events()));
    }

    private static List<Integer> sentencesOf(Event e) {
        return e.evidence().stream().map(Evidence::sentence).distinct().toList();
    }
}
