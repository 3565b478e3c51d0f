package org.diplokg.extract;

import static org.diplokg.extract.ShortArticles.extract;
import static org.diplokg.extract.ShortArticles.only;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.diplokg.model.Event;
import org.diplokg.model.EventType;
import org.diplokg.model.Extraction;
import org.diplokg.model.Role;
import org.junit.jupiter.api.Test;

/** Arabic frames of talks, mediation and exchanges: rounds of talks, their hosts and mediators, both sides of a swap. */
class ArabicTalksTest {
    @Test
    void aReleaseInReturnForAnotherIsTheOtherSideOfOneExchange() {
        Event swap = only(extract("ar", "أفرجت إسرائيل، فجر الأحد، عن 90 أسيرا فلسطينيا مقابل 3 محتجزات أفرجت عنهن حماس السبت."),
                EventType.Exchange);
        assertEquals("2024-06-09", swap.date().iso());
        assertEquals(List.of("israel", "hamas"), swap.actors(Role.party));
        Event other = only(extract("ar", "وأطلقت حماس، السبت، سراح 4 مجندات إسرائيليات مقابل إفراج إسرائيل عن 200 أسير فلسطيني."),
                EventType.Exchange);
        assertEquals(List.of("hamas", "israel"), other.actors(Role.party));
    }

    @Test
    void aRoundOfTalksIsTheTalksNotATrip() {
        Event round = only(extract("ar", "عقد وفدا السودان وجنوب السودان جولة جديدة من المفاوضات في أديس أبابا، الأحد."),
                EventType.Negotiation);
        assertEquals("2024-06-09", round.date().iso());
        assertEquals(List.of("sudan", "south-sudan"), round.actors(Role.party));
        Event opened = only(extract("ar", "انطلقت في القاهرة، الأحد، جولة جديدة من المفاوضات غير المباشرة بين حماس وإسرائيل."),
                EventType.Negotiation);
        assertEquals("2024-06-09", opened.date().iso());
        assertEquals(List.of("hamas", "israel"), opened.actors(Role.party));
        assertEquals(List.of(), ShortArticles.events(extract("ar", "انطلقت في القاهرة، الأحد، جولة جديدة من المفاوضات غير المباشرة "
                + "بين حماس وإسرائيل."), EventType.Tour));
        assertEquals(1, ShortArticles.events(extract("ar", "وبدأ وزير الخارجية الأمريكي أنتوني بلينكن، الاثنين، جولة في الشرق "
                + "الأوسط تشمل مصر وقطر."), EventType.Tour).size());
    }

    @Test
    void aBareRoundAfterTalksIsThoseTalksNotATrip() {
        Extraction x = extract("ar", "بدأت في الدوحة، الأحد، جولة مفاوضات بين السودان وإثيوبيا بوساطة قطرية. وصرح دبلوماسي عربي "
                + "عند انتهاء الجولة بأن الأجواء كانت إيجابية. وفي شأن آخر، استهل وزير الخارجية الإيراني عباس عراقجي جولة خليجية تشمل الرياض.");
        Event tour = only(x, EventType.Tour);
        assertEquals(List.of("abbas-araghchi"), tour.actors(Role.participant));
        assertEquals(List.of(2), tour.evidence().stream().map(e -> e.sentence()).distinct().toList());
        Event trip = only(extract("ar", "استهل وزير الخارجية الإيراني عباس عراقجي، الأحد، جولة خليجية تشمل الرياض. "
                + "وقال عراقجي في ختام جولته إن المباحثات كانت مثمرة."), EventType.Tour);
        assertEquals(List.of("abbas-araghchi"), trip.actors(Role.participant));
    }

    /** Talks told earlier in the round noun's own sentence are the round it names, though a trip was told before. */
    @Test
    void aBareRoundAfterTalksInItsOwnSentenceIsThoseTalks() {
        Extraction x = extract("ar", "وصل وزير الخارجية الإيراني عباس عراقجي إلى مسقط الأحد في إطار جولة خليجية. واستضافت الدوحة "
                + "الخميس جولة مفاوضات بين السودان وإثيوبيا، فيما لم تشارك إريتريا في الجولة.");
        Event tour = only(x, EventType.Tour);
        assertEquals(List.of("abbas-araghchi"), tour.actors(Role.participant));
        assertEquals(List.of(0), tour.evidence().stream().map(e -> e.sentence()).distinct().toList());
    }

    /** A round of talks whose sides go unnamed is still the last round told: the bare round after it is those talks. */
    @Test
    void aBareRoundAfterTalksOfUnnamedSidesIsThoseTalks() {
        Extraction x = extract("ar", "وصل وزير الخارجية الإيراني عباس عراقجي إلى مسقط الأحد في إطار جولة خليجية. واستضافت الدوحة "
                + "الخميس جولة جديدة من المفاوضات بمشاركة مسؤولين رفيعي المستوى. وأعلنت مصر وقطر، في بيان مشترك في ختام الجولة، "
                + "أن المحادثات ستستأنف.");
        Event tour = only(x, EventType.Tour);
        assertEquals(List.of("abbas-araghchi"), tour.actors(Role.participant));
        assertEquals(List.of(0), tour.evidence().stream().map(e -> e.sentence()).distinct().toList());
    }

    @Test
    void theTermsADealSetAreNoEventsOfTheirOwn() {
        Extraction x = extract("ar", "وقع السودان وإثيوبيا في القاهرة، الأحد، اتفاقا بوساطة مصرية. ونص الاتفاق على وقف إطلاق النار "
                + "وتبادل الأسرى.");
        assertEquals(List.of(), ShortArticles.events(x, EventType.Ceasefire));
        only(x, EventType.Agreement);
        Extraction text = extract("ar", "ونشرت الخارجية المصرية نص الاتفاق الذي وقعه السودان وإثيوبيا في القاهرة، الأحد.");
        assertEquals(List.of("ethiopia", "sudan"), only(text, EventType.Agreement).actors(Role.party).stream().sorted().toList());
    }

    @Test
    void whoHostsTalksBetweenOthersMediatesThemAndMeetsNoOne() {
        Extraction x = extract("ar", "استضافت تركيا، الجمعة، محادثات مباشرة بين روسيا وأوكرانيا في إسطنبول.");
        assertEquals(List.of(), ShortArticles.events(x, EventType.Meeting));
        Event talks = only(x, EventType.Negotiation);
        assertEquals("2024-06-07", talks.date().iso());
        assertEquals(List.of("russia", "ukraine"), talks.actors(Role.party));
        assertEquals(List.of("turkey"), talks.actors(Role.mediator));
        Extraction guest = extract("ar", "استضاف الرئيس المصري عبد الفتاح السيسي، الأحد، الرئيس الفلسطيني محمود عباس في القاهرة، "
                + "وبحثا مفاوضات السلام بين الفلسطينيين وإسرائيل.");
        assertEquals(List.of("abdel-fattah-el-sisi"), only(guest, EventType.Meeting).actors(Role.host));
    }

    @Test
    void whoARelativeClauseSaysMediatesTalksMediatesThem() {
        Event sponsored = only(extract("ar", "واتهم الكرملين كييف بعرقلة المفاوضات التي ترعاها السعودية في جدة."), EventType.Negotiation);
        assertEquals(List.of("saudi-arabia"), sponsored.actors(Role.mediator));
        Event mediated = only(extract("ar", "وقال نتنياهو إن المحادثات التي تتوسط فيها قطر مع حماس تمر بمرحلة حرجة."), EventType.Negotiation);
        assertEquals(List.of("qatar"), mediated.actors(Role.mediator));
        assertEquals(List.of(), mediated.places());
    }

    @Test
    void statesOfTheNisbasOnAnEffortNounMediateTheDeal() {
        Event deal = only(extract("ar", "أسفرت الجهود المصرية القطرية عن التوصل إلى اتفاق لوقف إطلاق النار بين حماس وإسرائيل."),
                EventType.Agreement);
        assertEquals(List.of("egypt", "qatar"), deal.actors(Role.mediator));
        assertEquals(List.of("hamas", "israel"), deal.actors(Role.party));
    }

    @Test
    void effortsTheTalksDiscussMediateNeitherTheTalksNorTheDealSought() {
        Event talks = only(extract("ar", "عقد وزير الخارجية المصري بدر عبد العاطي جلسة مباحثات مع نظيره الأمريكي أنتوني بلينكن، الاثنين، "
                + "تناولت مستجدات الجهود المصرية القطرية للتوصل إلى اتفاق لوقف إطلاق النار."), EventType.Meeting);
        assertEquals(Set.of("badr-abdelatty", "antony-blinken"), Set.copyOf(talks.actors(Role.participant)));
        assertEquals(List.of(), talks.actors(Role.mediator));
    }
}
