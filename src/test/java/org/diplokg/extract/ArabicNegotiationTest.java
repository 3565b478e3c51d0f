package org.diplokg.extract;

import static org.diplokg.extract.ShortArticles.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.diplokg.model.Event;
import org.diplokg.model.EventType;
import org.diplokg.model.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Arabic negotiations: who the parties are and who mediates, across the ways agency copy reports talks. */
class ArabicNegotiationTest {
    /**
     * "تقود قطر ومصر وساطة بين إسرائيل وحماس": whoever leads a mediation mediates it, and a bare وساطة is the event's
     * noun, not the preposition بوساطة whose object would be taken for the mediator; so do the leaders a relative
     * clause names after talks ("المفاوضات التي تقودها قطر ومصر"). The noun with the article (قادت قطر الوساطة) is no
     * preposition بالوساطة, though keyed alike. A relative clause after the sides the talks noun names is still on the
     * talks, and "in it" (فيها) after its verb leaves the subject to follow ("التي يتوسط فيها هوكشتاين").
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وتقود قطر ومصر وساطة متعثرة منذ أشهر بين إسرائيل وحركة حماس للتوصل إلى اتفاق لوقف إطلاق النار.|qatar egypt|israel hamas",
            "وتقود سلطنة عمان منذ أبريل وساطة بين إيران والولايات المتحدة بشأن البرنامج النووي.|oman|iran united-states",
            "وقادت تركيا العام الماضي وساطة بين روسيا وأوكرانيا.|turkey|russia ukraine",
            "وقادت قطر الوساطة بين إسرائيل وحماس طوال أشهر الحرب.|qatar|israel hamas",
            "وتقود سلطنة عمان منذ أبريل الوساطة بين إيران والولايات المتحدة.|oman|iran united-states",
            "وتواصلت الأربعاء المفاوضات غير المباشرة بين إسرائيل وحماس التي تقودها قطر ومصر والولايات المتحدة.|qatar egypt united-states|israel hamas",
            "وانطلقت في القاهرة الأحد المفاوضات التي تقودها مصر بين إسرائيل وحماس.|egypt|israel hamas",
            "واستؤنفت السبت المحادثات بين روسيا وأوكرانيا، التي قادتها تركيا العام الماضي.|turkey|russia ukraine",
            "وتتواصل المفاوضات غير المباشرة بين لبنان وإسرائيل التي يتوسط فيها هوكشتاين منذ أشهر.|amos-hochstein|lebanon israel",
            "واستؤنفت المحادثات بين إسرائيل وحماس التي تتوسط فيها قطر.|qatar|israel hamas",
    })
    void whoLeadsAMediationMediatesBetweenTheSides(String sentence, String mediators, String parties) {
        assertTalks(sentence, mediators, parties);
    }

    /**
     * "أشاد الوزير بالوساطة القطرية بين…": after a verb of praising or welcoming, the ب of بالوساطة marks what is
     * praised, so the mediation is the talks' own noun, its adjective the mediator; elsewhere بالوساطة still names
     * the mediator of the deal before it.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وأشاد الوزير بالوساطة القطرية بين إسرائيل وحركة حماس.|qatar|israel hamas",
            "ورحب وزير الخارجية الأمريكي بالوساطة التي تقودها مصر بين إسرائيل وحماس.|egypt|israel hamas",
    })
    void aPraisedMediationIsTheTalks(String sentence, String mediators, String parties) {
        assertTalks(sentence, mediators, parties);
        Event deal = only(ShortArticles.arabic("توصل الطرفان إلى اتفاق بالوساطة القطرية."), EventType.Agreement);
        assertEquals(List.of("qatar"), deal.actors(Role.mediator));
    }

    /** "نجاح وساطة قادتها قطر … في إنجاز صفقة تبادل": the successful mediation is how the exchange came about. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "أعلنت الخارجية التركية الأحد نجاح وساطة قادتها تركيا بين روسيا وأوكرانيا في إنجاز عملية تبادل للأسرى.|turkey|russia ukraine",
            "أكد المتحدث نجاح وساطة قادتها قطر بين إسرائيل وحماس في إنجاز صفقة لتبادل الأسرى.|qatar|israel hamas",
    })
    void aSuccessfulMediationIsTheExchangesMediation(String sentence, String mediators, String parties) {
        var x = ShortArticles.arabic(sentence);
        Event exchange = only(x, EventType.Exchange);
        assertEquals(List.of(mediators.split(" ")), exchange.actors(Role.mediator));
        assertEquals(List.of(parties.split(" ")), exchange.actors(Role.party));
        assertEquals(List.of(), ShortArticles.events(x, EventType.Negotiation));
    }

    /**
     * "المحادثات غير المباشرة بين طهران وواشنطن": capitals right after the noun of talks, a deal or a war stand for
     * their states, the sides; they are no places of the event.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وأعلنت مسقط أن الجولة الرابعة من المحادثات غير المباشرة بين طهران وواشنطن ستعقد السبت.|Negotiation|iran united-states|",
            "وعقدت الأسبوع الماضي جولة من المباحثات بين أنقرة ودمشق في بغداد.|Negotiation|turkey syria|baghdad",
            "وأكد الوزير أن الاتفاق بين الرياض وطهران ما زال صامدا.|Agreement|saudi-arabia iran|",
            "وتتواصل الحرب بين موسكو وكييف منذ فبراير 2022.|Conflict|russia ukraine|",
    })
    void capitalsAfterTheNounAreItsSides(String sentence, EventType type, String parties, String place) {
        Event event = only(ShortArticles.arabic(sentence), type);
        assertEquals(List.of(parties.split(" ")), event.actors(Role.party));
        assertEquals(place == null ? List.of() : List.of(place), event.places());
    }

    /** "يتنقل بين مسقط وروما", "الطريق بين رفح وخان يونس", "تنقلت جولات المفاوضات بين الدوحة والقاهرة": places, no sides. */
    @ParameterizedTest
    @ValueSource(strings = {
            "ويتنقل المبعوث العماني بين مسقط وروما لنقل الرسائل بين الطرفين.",
            "وأغلق الجيش الإسرائيلي الطريق بين رفح وخان يونس يوم الاثنين.",
            "وتنقلت جولات المفاوضات بين الدوحة والقاهرة طوال الأشهر الماضية.",
    })
    void placesOfAJourneyAreNoSides(String sentence) {
        var x = ShortArticles.arabic(sentence);
        assertEquals(List.of(), x.events().stream().flatMap(e -> e.actors(Role.party).stream()).toList());
    }

    @Test
    void mediatorsRelayingMessagesBetweenTwoSidesMediateTheirTalksButQuotingOrMovingPeopleDoesNot() {
        Event talks = only(ShortArticles.arabic("ونقل الوسطاء القطريون والمصريون الرسائل بين حماس وإسرائيل خلال الأيام الماضية."), EventType.Negotiation);
        assertEquals(Set.of("qatar", "egypt"), Set.copyOf(talks.actors(Role.mediator)));
        assertEquals(Set.of("hamas", "israel"), Set.copyOf(talks.actors(Role.party)));
        assertTrue(ShortArticles.events(ShortArticles.arabic("ونقلت وكالة رويترز عن مسؤول مصري قوله إن المفاوضات مستمرة."), EventType.Negotiation).isEmpty());
        assertTrue(ShortArticles.events(ShortArticles.arabic("ونقل الهلال الأحمر الجرحى إلى مستشفيات مصر."), EventType.Negotiation).isEmpty());
    }

    /**
     * "جولة ثالثة بوساطة قطرية", "جولتين من المحادثات غير المباشرة": a round noun with a mediator, or with the talks it
     * is a round of close after it, is a round of talks, a negotiation; a round in a region stays a tour.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وعقدت في الدوحة جولة ثالثة بوساطة قطرية بين حماس وإسرائيل.|qatar|hamas israel",
            "وانطلقت في جدة جولة جديدة برعاية سعودية بين الجيش السوداني وقوات الدعم السريع.|saudi-arabia|sudanese-armed-forces rapid-support-forces",
    })
    void aBrokeredRoundIsANegotiation(String sentence, String mediators, String parties) {
        assertTalks(sentence, mediators, parties);
    }

    @Test
    void aRoundOfTalksIsANegotiationAndARegionalRoundATour() {
        Event talks = only(ShortArticles.arabic("واستضافت أنقرة جولتين من المحادثات غير المباشرة بين البلدين."), EventType.Negotiation);
        assertEquals(List.of("turkey"), talks.actors(Role.mediator));
        var trip = ShortArticles.arabic("وبدأ وزير الخارجية الأمريكي أنتوني بلينكن جولة جديدة في الشرق الأوسط.");
        assertEquals(1, ShortArticles.events(trip, EventType.Tour).size());
        assertTrue(ShortArticles.events(trip, EventType.Negotiation).isEmpty());
    }

    /**
     * "جولة من المحادثات غير المباشرة بين إيران والولايات المتحدة، استضافتها مسقط": a comma between the sides and the
     * hosting verb still leaves the relative clause on the talks; the host mediates them and there is no meeting.
     */
    @Test
    void aHostingClauseSetOffByACommaAfterTheSidesIsOnTheTalks() {
        var x = ShortArticles.arabic("وتأتي الزيارة بعد أيام من جولة أولى من المحادثات غير المباشرة بين إيران والولايات المتحدة، استضافتها مسقط السبت الماضي.");
        Event talks = only(x, EventType.Negotiation);
        assertEquals(List.of("oman"), talks.actors(Role.mediator));
        assertEquals(Set.of("iran", "united-states"), Set.copyOf(talks.actors(Role.party)));
        assertTrue(ShortArticles.events(x, EventType.Meeting).isEmpty());
    }

    /**
     * "استضافت أنقرة جولتين من المحادثات ...، الأولى في الأول من يوليو، والثانية يومي 12 و13 أغسطس": rounds whose
     * ordinals each take a day are one negotiation per round, on its own day, with the same sides and mediator.
     */
    @Test
    void roundsWithADayEachAreOneNegotiationPerRound() {
        var x = ShortArticles.arabic("واستضافت أنقرة جولتين من المحادثات غير المباشرة بين إثيوبيا والصومال، الأولى في الأول من مايو الماضي، "
                + "والثانية يومي 12 و13 مايو الماضي، بوساطة وزير الخارجية التركي هاكان فيدان.");
        List<Event> rounds = ShortArticles.events(x, EventType.Negotiation);
        assertEquals(Set.of("2024-05-01", "2024-05-12"), Set.copyOf(rounds.stream().map(e -> e.date().iso()).toList()));
        for (Event round : rounds) {
            assertEquals(Set.of("ethiopia", "somalia"), Set.copyOf(round.actors(Role.party)));
            assertTrue(round.actors(Role.mediator).contains("hakan-fidan"));
        }
    }

    /**
     * "استضافت أنقرة جولة من المحادثات ... بوساطة وزير الخارجية التركي هاكان فيدان": talks that name a person as their
     * mediator are that person's mediation; the state of the host city hosts them and is no second mediator.
     */
    @Test
    void aHostOfTalksThatNameAMediatingPersonOnlyHostsThem() {
        Event talks = only(ShortArticles.arabic("واستضافت أنقرة جولة من المحادثات غير المباشرة بين إثيوبيا والصومال في الأول من مايو، "
                + "بوساطة وزير الخارجية التركي هاكان فيدان."), EventType.Negotiation);
        assertEquals(List.of("hakan-fidan"), talks.actors(Role.mediator));
        assertEquals(Set.of("ethiopia", "somalia"), Set.copyOf(talks.actors(Role.party)));
    }

    /** The sentence tells one negotiation, mediated and between the sides given (slugs, space-separated, in order). */
    private static void assertTalks(String sentence, String mediators, String parties) {
        Event talks = only(ShortArticles.arabic(sentence), EventType.Negotiation);
        assertEquals(List.of(mediators.split(" ")), talks.actors(Role.mediator));
        assertEquals(List.of(parties.split(" ")), talks.actors(Role.party));
    }
}
