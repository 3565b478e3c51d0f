package org.diplokg.extract;

import static org.diplokg.extract.ShortArticles.english;
import static org.diplokg.extract.ShortArticles.events;
import static org.diplokg.extract.ShortArticles.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

/** English wars told as background, visits told by travel, and the mediators of negotiations, on short sentences. */
class EnglishConflictTest {
    @Test
    void theInvasionOfAStateIsTheWarBetweenInvaderAndInvaded() {
        Event launched = only(english("Russia launched its full-scale invasion of Ukraine in February 2022."), EventType.Conflict);
        assertEquals(Set.of("russia", "ukraine"), Set.copyOf(launched.actors(Role.party)));
        assertEquals("2022-02", launched.date().iso());
        Event genitive = only(english("Iraq's invasion of Kuwait in August 1990 prompted a U.S.-led coalition to intervene."), EventType.Conflict);
        assertEquals(Set.of("iraq", "kuwait"), Set.copyOf(genitive.actors(Role.party)));
        assertEquals("1990-08", genitive.date().iso());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Israeli forces pressed on with their assault on Khan Younis on Saturday.|israel",
        "Russia stepped up its offensive in Donetsk on Saturday.|russia",
        "Israeli forces have been pressing an air and ground offensive in Gaza.|israel"})
    void aVerbThatPressesOrWidensAnOperationGivesItItsSubject(String sentence, String agent) {
        assertEquals(List.of(agent), only(english(sentence), EventType.MilitaryOperation).actors(Role.agent));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "The talks followed the killing of Hezbollah commander Fuad Shukr by Israeli forces in Beirut.",
        "Hezbollah commander Fuad Shukr was killed by Israeli forces in Beirut, officials said."})
    void aKillingByAnActorIsItsAttack(String sentence) {
        Event killing = only(english(sentence), EventType.MilitaryOperation);
        assertEquals(List.of("israel"), killing.actors(Role.agent));
    }

    @Test
    void shootingDownIsAnArmedActionOfTheShooter() {
        Event downed = only(english("In March the Turkish military shot down a Syrian drone near the border."), EventType.MilitaryOperation);
        assertEquals(List.of("turkey"), downed.actors(Role.agent));
    }

    @Test
    void aKillingWithNoKillerNamedIsNoAttack() {
        assertEquals(List.of(), events(english("The fighting has killed thousands of civilians, officials said."), EventType.MilitaryOperation));
        assertEquals(List.of(), events(english("Three people were killed in the blast, officials said."), EventType.MilitaryOperation));
    }

    @Test
    void theInvasionOfARegionStaysAnOperation() {
        Extraction x = english("Israel launched a ground invasion of southern Lebanon on Oct. 1.");
        assertEquals(List.of(), events(x, EventType.Conflict));
        assertEquals(List.of("israel"), only(x, EventType.MilitaryOperation).actors(Role.agent));
    }

    @Test
    void aGenitiveBeforeTheDateOfAStrikeNamesItsAttacker() {
        Event odesa = only(english("Ministers recalled Russia's March 3, 2024 missile strike on Odesa."), EventType.MilitaryOperation);
        assertEquals(List.of("russia"), odesa.actors(Role.agent));
        assertEquals("2024-03-03", odesa.date().iso());
        Event rafah = only(english("The talks resumed after Israel's May 26, 2024 air strike on Rafah."), EventType.MilitaryOperation);
        assertEquals(List.of("israel"), rafah.actors(Role.agent));
        assertEquals("2024-05-26", rafah.date().iso());
        // Without the date the genitive names a standing campaign, not the attacker of one strike.
        Event campaign = only(english("Israel's offensive has killed thousands since October 2023."), EventType.MilitaryOperation);
        assertEquals(List.of(), campaign.actors(Role.agent));
    }

    @Test
    void withAfterTheOneWhoBrokeredADealAddsFellowMediators() {
        Event truce = only(english("A week-long truce brokered by Qatar with Egypt and the United States ended on December 1, 2023."),
                EventType.Ceasefire);
        assertEquals(Set.of("qatar", "egypt", "united-states"), Set.copyOf(truce.actors(Role.mediator)));
        assertEquals(List.of(), truce.actors(Role.party));
        Event deal = only(english("The deal, mediated by Turkey with the United Nations, was signed on Friday."), EventType.Agreement);
        assertEquals(2, deal.actors(Role.mediator).size());
        assertEquals(List.of(), deal.actors(Role.party));
    }

    @Test
    void aMediatorWhoShuttledOrRelayedMessagesMediatedBetweenTheSides() {
        Event oman = only(english("Omani Foreign Minister Badr Albusaidi shuttled messages between Iranian Foreign Minister "
                + "Abbas Araqchi and U.S. envoy Steve Witkoff on Saturday."), EventType.Negotiation);
        assertEquals(List.of("badr-albusaidi"), oman.actors(Role.mediator));
        assertEquals(Set.of("abbas-araghchi", "steve-witkoff"), Set.copyOf(oman.actors(Role.party)));
        Event qatar = only(english("Qatar relayed messages between Israel and Hamas last week."), EventType.Negotiation);
        assertEquals(List.of("qatar"), qatar.actors(Role.mediator));
        assertEquals(Set.of("israel", "hamas"), Set.copyOf(qatar.actors(Role.party)));
    }

    @Test
    void aMediationNounAfterTalksNamesTheirMediators() {
        Extraction x = english("Sudan's army and the RSF began talks in Jeddah on May 6 with Saudi and U.S. mediation.");
        Event talks = only(x, EventType.Negotiation);
        assertEquals(Set.of("saudi-arabia", "united-states"), Set.copyOf(talks.actors(Role.mediator)));
        assertEquals(Set.of("sudanese-armed-forces", "rapid-support-forces"), Set.copyOf(talks.actors(Role.party)));
        assertEquals("2024-05-06", talks.date().iso());
        assertEquals(List.of(), events(x, EventType.Meeting));
        Event under = only(english("Armenia and Azerbaijan held talks in Washington on Monday under U.S. mediation."), EventType.Negotiation);
        assertEquals(List.of("united-states"), under.actors(Role.mediator));
        assertEquals(Set.of("armenia", "azerbaijan"), Set.copyOf(under.actors(Role.party)));
    }

    @Test
    void theGenitiveOfARoleInMediatingIsTheMediator() {
        Event talks = only(english("The Secretary thanked President el-Sisi for Egypt's critical role, alongside Qatar, "
                + "in mediating the negotiations between Israel and Hamas."), EventType.Negotiation);
        assertEquals(Set.of("egypt", "qatar"), Set.copyOf(talks.actors(Role.mediator)));
        assertEquals(Set.of("israel", "hamas"), Set.copyOf(talks.actors(Role.party)));
        Event oman = only(english("Blinken praised Oman's role in mediating between Iran and the United States on Saturday."), EventType.Negotiation);
        assertEquals(List.of("oman"), oman.actors(Role.mediator));
        assertEquals(Set.of("iran", "united-states"), Set.copyOf(oman.actors(Role.party)));
    }

    @Test
    void aTripToOneCityOrStateIsAVisitThere() {
        Event kyiv = only(english("Japanese Prime Minister Fumio Kishida made an unannounced trip to Kyiv on Tuesday."), EventType.Visit);
        assertEquals(List.of("person-fumio-kishida"), kyiv.actors(Role.participant));
        assertEquals(List.of("kyiv"), kyiv.places());
        assertEquals("2024-06-04", kyiv.date().iso());
        Event riyadh = only(english("Erdogan will make a two-day trip to Saudi Arabia on Monday."), EventType.Visit);
        assertEquals(List.of("recep-tayyip-erdogan"), riyadh.actors(Role.participant));
        Extraction region = english("Blinken met Sisi in Cairo on Monday at the start of his eighth trip to the Middle East.");
        assertEquals(List.of(), events(region, EventType.Visit));
        assertEquals(List.of("antony-blinken"), only(region, EventType.Tour).actors(Role.participant));
    }

    @Test
    void theOneMetDuringAVisitIsItsHost() {
        Event beijing = only(english("Blinken met Chinese President Xi Jinping during a visit to Beijing on Friday."), EventType.Visit);
        assertEquals(List.of("antony-blinken"), beijing.actors(Role.participant));
        assertEquals(List.of("xi-jinping"), beijing.actors(Role.host));
        assertEquals(List.of("beijing"), beijing.places());
        Extraction ankara = english("During his visit to Ankara on Tuesday, Hungarian Prime Minister Viktor Orban met Turkish President Recep Tayyip Erdogan.");
        assertEquals(List.of("recep-tayyip-erdogan"), only(ankara, EventType.Visit).actors(Role.host));
        assertEquals(Set.of("viktor-orban", "recep-tayyip-erdogan"), Set.copyOf(only(ankara, EventType.Meeting).actors(Role.participant)));
    }

    @Test
    void aYearBeforeAWarNounIsTheWarsDateNotTheEndOfWhatEndedIt() {
        Extraction x = english("The deal is based on U.N. Security Council Resolution 1701, which ended the 2006 war between Israel and Hezbollah.");
        Event war = only(x, EventType.Conflict);
        assertEquals("2006", war.date().iso());
        assertEquals(Set.of("israel", "hezbollah"), Set.copyOf(war.actors(Role.party)));
        assertEquals("2006", only(x, EventType.Resolution).date().iso());
        Event eritrea = only(english("The accord, which ended the 1998-2000 war between Ethiopia and Eritrea, was signed in Algiers."), EventType.Conflict);
        assertEquals(Set.of("ethiopia", "eritrea"), Set.copyOf(eritrea.actors(Role.party)));
        assertEquals("1998", eritrea.date().iso());
    }

    @Test
    void aTripInAppositionToAVisitIsThatVisit() {
        Extraction lula = english("Brazilian President Luiz Inacio Lula da Silva arrived in Beijing on Thursday for a state visit, "
                + "his first trip abroad since taking office.");
        assertEquals(List.of("beijing"), only(lula, EventType.Visit).places());
        assertEquals(List.of(), events(lula, EventType.Tour));
        Extraction ishiba = english("Japanese Prime Minister Shigeru Ishiba will visit Washington on Feb. 7, his first foreign trip since becoming prime minister.");
        assertEquals(List.of(), events(ishiba, EventType.Tour));
        Extraction stop = english("Hochstein arrived in Beirut on Monday, the first stop of a regional tour.");
        assertEquals(List.of("amos-hochstein"), only(stop, EventType.Tour).actors(Role.participant));
    }

    private static Event visitTo(Extraction x, String place) {
        return events(x, EventType.Visit).stream().filter(v -> v.places().equals(List.of(place))).findFirst().orElseThrow();
    }

    @Test
    void eachLegOfATripIsAVisitOfItsOwnWithItsOwnDate() {
        Extraction x = english(java.time.LocalDate.of(2024, 6, 12),
                "Canadian officials said Prime Minister Justin Trudeau arrived in Washington on Wednesday and then travels to Ottawa on Thursday.");
        assertEquals(2, events(x, EventType.Visit).size());
        assertEquals("2024-06-12", visitTo(x, "washington").date().iso());
        Event ottawa = visitTo(x, "ottawa");
        assertEquals(List.of("justin-trudeau"), ottawa.actors(Role.participant));
        assertEquals("2024-06-13", ottawa.date().iso());
        Extraction riyadh = english("French President Emmanuel Macron landed in Riyadh on Sunday before heading to Abu Dhabi.");
        assertEquals(2, events(riyadh, EventType.Visit).size());
        assertEquals(List.of("emmanuel-macron"), visitTo(riyadh, "abu-dhabi").actors(Role.participant));
        Extraction vienna = english(java.time.LocalDate.of(2024, 6, 12),
                "Indian Prime Minister Narendra Modi visited Moscow on Monday and will travel on to Vienna on Tuesday.");
        assertEquals("2024-06-10", visitTo(vienna, "moscow").date().iso());
        assertEquals("2024-06-18", visitTo(vienna, "vienna").date().iso());
        Event baghdad = only(english("Erdogan flew to Baghdad on Monday, then traveled to Erbil."), EventType.Visit);
        assertEquals(Set.of("baghdad", "erbil"), Set.copyOf(baghdad.places()));
    }

    @Test
    void aPresentTravelVerbTellsALegToCome() {
        Event china = only(english(java.time.LocalDate.of(2024, 6, 12), "Scholz travels to China on Saturday, his spokesman said."),
                EventType.Visit);
        assertEquals("2024-06-15", china.date().iso());
        Event israel = only(english(java.time.LocalDate.of(2024, 6, 11),
                "Blinken met Sisi in Cairo on Monday. He will fly to Israel later in the day."), EventType.Visit);
        assertEquals("2024-06-10", israel.date().iso());
    }

    @Test
    void theNegotiationsLedByAnEnvoyAreTheTalksOfTheDeal() {
        Extraction x = english("Israel and Hezbollah agreed to a ceasefire brokered by the United States and France on Tuesday. "
                + "U.S. envoy Amos Hochstein, who led the negotiations, shuttled between Beirut and Israel last week.");
        Event talks = only(x, EventType.Negotiation);
        assertEquals(Set.of("israel", "hezbollah"), Set.copyOf(talks.actors(Role.party)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The OSCE Minsk Group, which has mediated the conflict since 1992, was not invited. | osce-minsk-group | | 1992",
            "France mediated the war between Russia and Georgia in August 2008. | france | russia georgia | 2008-08",
            "Saudi Arabia, which has mediated the war since May 2023, hosted the talks. | saudi-arabia | | 2023-05"})
    void aWarAMediatorMediatesIsTheTopicOfTheNegotiationNoWarOfItsOwn(String sentence, String mediator, String sides, String date) {
        Extraction x = english(sentence);
        Event talks = only(x, EventType.Negotiation);
        assertEquals(List.of(mediator), talks.actors(Role.mediator));
        assertEquals(sides == null ? List.of() : List.of(sides.split(" ")), talks.actors(Role.party));
        assertEquals(date, talks.date().iso());
        assertEquals(List.of(), events(x, EventType.Conflict));
    }

    @Test
    void theLeaderInAppositionToASideNamedByACommonNounIsNoSideOfTheWar() {
        Event war = only(english("War broke out in April 2023 between the army, led by Gen. Abdel Fattah al-Burhan, and the RSF."),
                EventType.Conflict);
        assertFalse(war.actors(Role.party).contains("abdel-fattah-al-burhan"));
        assertTrue(war.actors(Role.party).contains("rapid-support-forces"));
    }
}
