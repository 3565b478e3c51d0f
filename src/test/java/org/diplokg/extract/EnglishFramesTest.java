package org.diplokg.extract;

import static org.diplokg.extract.ShortArticles.english;
import static org.diplokg.extract.ShortArticles.events;
import static org.diplokg.extract.ShortArticles.only;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.diplokg.model.Event;
import org.diplokg.model.EventType;
import org.diplokg.model.Extraction;
import org.diplokg.model.Role;
import org.junit.jupiter.api.Test;

/** English argument frames of meetings, statements, wars and operations, on short sentences through the whole extractor. */
class EnglishFramesTest {
    @Test
    void aBodyBeforeATitleQualifiesThePostAndTakesNoRole() {
        Event met = only(english("U.S. envoy Amos Hochstein met Lebanese parliament Speaker Nabih Berri on Monday."), EventType.Meeting);
        assertEquals(Set.of("amos-hochstein", "nabih-berri"), Set.copyOf(met.actors(Role.participant)));
        Event withHaftar = only(english("Sisi spoke after a meeting with Libyan National Army (LNA) commander Khalifa Haftar on Saturday."),
                EventType.Meeting);
        // The speaker is the other side of the meeting his clause comes after (TripPurposeTest); the LNA takes no role.
        assertEquals(List.of("khalifa-haftar", "abdel-fattah-el-sisi"), withHaftar.actors(Role.participant));
    }

    @Test
    void whileHostingSomeoneTheSubjectOfTheMainVerbIsHostAndParticipant() {
        Event met = only(english("Trump told reporters on Monday while hosting Israeli Prime Minister Benjamin Netanyahu at the White House."),
                EventType.Meeting);
        assertEquals(Set.of("donald-trump", "benjamin-netanyahu"), Set.copyOf(met.actors(Role.participant)));
        assertEquals(List.of("donald-trump"), met.actors(Role.host));
    }

    @Test
    void aVerbHyphenedToTheWordBeforeItEndsACompound() {
        assertEquals(List.of(), events(english("Blinken welcomed Egypt's co-hosting of the conference on Monday."), EventType.Meeting));
    }

    @Test
    void aMideastEnvoyIsATitleNotAPlace() {
        Event talks = only(english("Iranian Foreign Minister Abbas Araghchi and U.S. Mideast envoy Steve Witkoff met on Saturday."),
                EventType.Meeting);
        assertEquals(Set.of("abbas-araghchi", "steve-witkoff"), Set.copyOf(talks.actors(Role.participant)));
        assertEquals(List.of(), talks.places());
    }

    @Test
    void aDroneAttackLaunchedBySomeoneIsTheirOperation() {
        Event attack = only(english("On Monday, Ukraine launched its largest drone attack on Moscow."), EventType.MilitaryOperation);
        assertEquals(List.of("ukraine"), attack.actors(Role.agent));
    }

    @Test
    void aPrepositionBeforeADateGovernsTheDateNotTheSubjectAfterIt() {
        Event attack = only(english("In November, Israel launched an offensive on Gaza."), EventType.MilitaryOperation);
        assertEquals(List.of("israel"), attack.actors(Role.agent));
    }

    @Test
    void theTwoNeighboursWhoFoughtAWarAreItsParties() {
        Event war = only(english("Armenia and Azerbaijan agreed on the text of a peace treaty on Thursday. "
                + "The two neighbours fought a war in 2020 over Nagorno-Karabakh."), EventType.Conflict);
        assertEquals(Set.of("armenia", "azerbaijan"), Set.copyOf(war.actors(Role.party)));
        assertEquals("2020", war.date().iso());
    }

    @Test
    void anActorHyphenedToAParticipleModifiesTheActorAfterIt() {
        Event war = only(english("In Yemen, Saudi Arabia has fought the Iran-backed Houthi rebels since 2015."), EventType.Conflict);
        assertEquals(Set.of("saudi-arabia", "houthis"), Set.copyOf(war.actors(Role.party)));
    }

    @Test
    void aKnownWarWithOneOfItsSidesNamedTakesAllItsSides() {
        Event war = only(english("Fighting erupted on 15 April 2023 between the army, led by Gen. Abdel Fattah al-Burhan, "
                + "and the RSF, commanded by Mohamed Hamdan Dagalo."), EventType.Conflict);
        assertEquals(true, war.actors(Role.party).containsAll(Set.of("sudanese-armed-forces", "rapid-support-forces")),
                () -> "parties " + war.actors(Role.party));
    }

    @Test
    void officialsListedAfterIncludingTakePartInsteadOfTheirSide() {
        Event met = only(english("Secretary of State Marco Rubio met Ukrainian officials including Foreign Minister Andrii Sybiha on Tuesday."),
                EventType.Meeting);
        assertEquals(Set.of("marco-rubio", "andrii-sybiha"), Set.copyOf(met.actors(Role.participant)));
    }

    @Test
    void theHeadsOfADelegationTakePartInsteadOfTheirSide() {
        Event met = only(english("The U.S. delegation, led by Secretary of State Marco Rubio and national security adviser Mike Waltz, "
                + "met Ukrainian Foreign Minister Andrii Sybiha on Tuesday."), EventType.Meeting);
        assertEquals(Set.of("marco-rubio", "mike-waltz", "andrii-sybiha"), Set.copyOf(met.actors(Role.participant)));
    }

    @Test
    void aListGoesOnAfterAnAppositionWhoseComplementOnlyQualifiesTheTitle() {
        Event met = only(english("Secretary of State Antony Blinken met Andriy Yermak, head of President Volodymyr Zelenskiy's office, "
                + "Foreign Minister Dmytro Kuleba and Defence Minister Rustem Umerov in Kyiv on Wednesday."), EventType.Meeting);
        assertEquals(Set.of("antony-blinken", "andriy-yermak", "dmytro-kuleba", "rustem-umerov"), Set.copyOf(met.actors(Role.participant)));
    }

    @Test
    void aVerbRightAfterAndSharesTheSubjectThatOpensItsClause() {
        Event invasion = only(english("Israel killed Hezbollah leader Hassan Nasrallah in September and launched a ground invasion "
                + "of southern Lebanon on Oct. 1."), EventType.MilitaryOperation);
        assertEquals(List.of("israel"), invasion.actors(Role.agent));
        Event met = only(english("Zelensky travelled to Turkey and met President Recep Tayyip Erdogan in Ankara on 15 May."), EventType.Meeting);
        assertEquals(Set.of("volodymyr-zelensky", "recep-tayyip-erdogan"), Set.copyOf(met.actors(Role.participant)));
        Event visit = only(english("In Doha, his envoy Steve Witkoff had joined Brett McGurk for the final stretch of talks, "
                + "and flew to Israel on Saturday."), EventType.Visit);
        assertEquals(List.of("steve-witkoff"), visit.actors(Role.participant));
    }

    @Test
    void theCountedCountriesAreTheLastThatManyStatesNamed() {
        String named = "U.S. President Joe Biden spoke with Egyptian President Abdel Fattah el-Sisi on Saturday. "
                + "Jordan and Qatar provided support for the plan, according to a joint statement issued on Sunday by the ";
        Event statement = only(english(named + "four countries."), EventType.Statement);
        assertEquals(Set.of("united-states", "egypt", "jordan", "qatar"), Set.copyOf(statement.actors(Role.speaker)));
        // Fewer states named than counted: the statement has no speaker, and no event is made of it.
        assertEquals(List.of(), events(english(named + "five countries."), EventType.Statement));
    }

    @Test
    void aPronounPointsBackToTheSubjectOfTheEarlierVerbOfItsSentence() {
        Event met = only(english("Donald Trump said on Sunday that talks were going well. U.S. envoy Steve Witkoff flew to Israel on "
                + "Saturday, where he met Prime Minister Benjamin Netanyahu."), EventType.Meeting);
        assertEquals(Set.of("steve-witkoff", "benjamin-netanyahu"), Set.copyOf(met.actors(Role.participant)));
    }

    @Test
    void aVetoRejectsWhatItIsCastAgainst() {
        Event vetoed = only(english("Russia and China on Friday vetoed a U.S.-drafted resolution on Gaza."), EventType.Rejection);
        assertEquals(Set.of("russia", "china"), Set.copyOf(vetoed.actors(Role.agent)));
        Event used = only(english("Russia used its veto against the draft on Friday."), EventType.Rejection);
        assertEquals(List.of("russia"), used.actors(Role.agent));
        Event arabic = only(ShortArticles.extract("ar", "استخدمت روسيا حق النقض ضد مشروع القرار يوم الجمعة."), EventType.Rejection);
        assertEquals(List.of("russia"), arabic.actors(Role.agent));
    }

    @Test
    void beingInTalksWithSomeoneIsNegotiatingWithThem() {
        Event talks = only(english("Saudi Arabia, which has been in talks with the Houthis on ending the war in Yemen, called for restraint."),
                EventType.Negotiation);
        assertEquals(Set.of("saudi-arabia", "houthis"), Set.copyOf(talks.actors(Role.party)));
        assertEquals(List.of(), events(english("Saudi Arabia, which has been in talks with the Houthis, called for restraint."), EventType.Meeting));
        Event negotiating = only(english("The Houthis have been negotiating with Saudi Arabia on a truce."), EventType.Negotiation);
        assertEquals(Set.of("saudi-arabia", "houthis"), Set.copyOf(negotiating.actors(Role.party)));
    }

    @Test
    void theLeadersOfASideNamedAsItselfOnlySayWhoItIs() {
        Event war = only(english("Fighting erupted on 15 April between the Sudanese army, led by Gen. Abdel Fattah al-Burhan, "
                + "and the RSF, commanded by Mohamed Hamdan Dagalo."), EventType.Conflict);
        assertEquals(Set.of("sudanese-armed-forces", "rapid-support-forces"), Set.copyOf(war.actors(Role.party)));
    }

    @Test
    void aBodyRightBeforeAResolutionPassedIt() {
        Event resolution = only(english("The deal is based on U.N. Security Council Resolution 1701, which ended the 2006 war."),
                EventType.Resolution);
        assertEquals(List.of("un-security-council"), resolution.actors(Role.agent));
        // A state before the noun is what the resolution is about, not who passed it.
        assertEquals(List.of(), events(english("The board on Monday debated an Iran resolution."), EventType.Resolution));
    }

    @Test
    void theTruceADealIsNamedByIsBetweenItsParties() {
        Extraction x = english("The Sudanese army and the RSF signed a short-term ceasefire agreement in Jeddah on Saturday.");
        Event truce = only(x, EventType.Ceasefire);
        assertEquals(Set.of("sudanese-armed-forces", "rapid-support-forces"), Set.copyOf(truce.actors(Role.party)));
        // The signing dates the deal, not the truce, which runs from when it takes effect.
        assertEquals(null, truce.date());
        assertEquals(Set.of("sudanese-armed-forces", "rapid-support-forces"), Set.copyOf(only(x, EventType.Agreement).actors(Role.party)));
    }

    @Test
    void aDealAgreedDuringTalksIsBetweenTheirSides() {
        Event deal = only(english("The exchange was agreed during direct talks between Russian and Ukrainian delegations in Istanbul on 16 May."),
                EventType.Agreement);
        assertEquals(Set.of("russia", "ukraine"), Set.copyOf(deal.actors(Role.party)));
        Event arabic = only(ShortArticles.extract("ar", "تم التوصل إلى الاتفاق خلال محادثات بين روسيا وأوكرانيا في إسطنبول يوم 16 مايو."),
                EventType.Agreement);
        assertEquals(Set.of("russia", "ukraine"), Set.copyOf(arabic.actors(Role.party)));
    }
}
