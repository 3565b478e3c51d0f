package org.diplokg.extract;

import static org.diplokg.extract.ShortArticles.english;
import static org.diplokg.extract.ShortArticles.eventWith;
import static org.diplokg.extract.ShortArticles.events;
import static org.diplokg.extract.ShortArticles.extract;
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
import org.junit.jupiter.params.provider.ValueSource;

/** English argument frames of meetings, statements, resolutions, wars and operations, on short sentences through the whole extractor. */
class EnglishFramesTest {
    @ParameterizedTest
    @ValueSource(strings = {
        "Vladimir Putin said on Tuesday that relations were strong, after formal talks in the Kremlin with Xi Jinping.",
        "Vladimir Putin said on Tuesday that relations were strong, after lengthy talks with Xi Jinping."})
    void anAdjectiveBeforeTalksAfterTheClauseKeepsTheSubjectAsTheOtherSide(String sentence) {
        Event talks = only(english(sentence), EventType.Meeting);
        assertEquals(Set.of("vladimir-putin", "xi-jinping"), Set.copyOf(talks.actors(Role.participant)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Egypt presented a new ceasefire proposal to Hamas on Monday.|egypt",
        "Qatar submitted a proposal to both sides on Monday.|qatar",
        "Zelenskyy's 10-point peace formula calls for a full withdrawal.|volodymyr-zelensky"})
    void aSidePuttingOutADocumentOfSettlementProposesIt(String sentence, String proposer) {
        assertEquals(List.of(proposer), only(english(sentence), EventType.Proposal).actors(Role.proposer));
    }

    @Test
    void aPersonHostedAtAPlaceVisitsIt() {
        Extraction hosting = english("Trump announced new tariffs on Monday while hosting Israeli Prime Minister Benjamin Netanyahu at the White House.");
        Event visit = only(hosting, EventType.Visit);
        assertEquals(List.of("benjamin-netanyahu"), visit.actors(Role.participant), () -> "visit " + visit);
        assertEquals(List.of("donald-trump"), visit.actors(Role.host), () -> "visit " + visit);
        assertEquals(List.of("white-house"), visit.places(), () -> "visit " + visit);
        assertEquals("2024-06-10", visit.date().iso(), () -> "visit " + visit);
        assertEquals(1, events(hosting, EventType.Meeting).size(), () -> "events " + hosting.events());
        for (String noVisit : List.of("Next week Biden will host Japanese Prime Minister Fumio Kishida for talks.",
                "Qatar has hosted Hamas's political office in Doha since 2012.")) {
            assertTrue(events(english(noVisit), EventType.Visit).isEmpty(), noVisit);
        }
    }

    @Test
    void aPairInThePossessiveOwnsAnEarlierMeeting() {
        String lede = "Indian Prime Minister Narendra Modi and Chinese President Xi Jinping met in Kazan on Tuesday.\n";
        for (String background : List.of("The leaders' last meeting, on Aug. 23, 2023, in Johannesburg, ended a long freeze.",
                "The two leaders' meeting on Aug. 23, 2023, in Johannesburg ended a long freeze.",
                "Their meeting on Aug. 23, 2023, in Johannesburg ended a long freeze.")) {
            List<Event> meetings = events(english(lede + background), EventType.Meeting);
            assertEquals(2, meetings.size(), () -> background + " " + meetings);
            Event earlier = meetings.stream().filter(m -> m.date() != null && m.date().iso().equals("2023-08-23")).findFirst().orElseThrow(() -> new AssertionError(background + " " + meetings));
            assertEquals(List.of("narendra-modi", "xi-jinping"), earlier.actors(Role.participant).stream().sorted().toList(), background);
        }
        Extraction assault = english("Israeli Prime Minister Benjamin Netanyahu met Egyptian President Abdel Fattah al-Sisi on Monday.\n"
                + "Israeli forces pressed on with their assault on Khan Younis on Tuesday.");
        assertTrue(assault.events().stream().noneMatch(e -> e.type() != EventType.Meeting && e.roles().values().stream().anyMatch(a -> a.contains("abdel-fattah-al-sisi"))),
                () -> "events " + assault.events());
    }

    @Test
    void aSentenceOfAttendanceAfterAMeetingNamesItsAttendees() {
        Event among = only(english("Jordan's King Abdullah met U.S. Secretary of State Antony Blinken in Amman on Sunday.\n"
                + "Among those attending were Foreign Minister Ayman Safadi and U.S. Ambassador Yael Lempert."), EventType.Meeting);
        assertEquals(List.of("ayman-safadi", "person-yael-lempert"), among.actors(Role.attendee).stream().sorted().toList(), () -> "meeting " + among);
        Event also = only(english("Qatar's Emir Sheikh Tamim bin Hamad Al Thani met Turkish President Recep Tayyip Erdogan in Doha on Thursday.\n"
                + "Turkish Foreign Minister Hakan Fidan also attended."), EventType.Meeting);
        assertEquals(List.of("hakan-fidan"), also.actors(Role.attendee), () -> "meeting " + also);
        Extraction noMeeting = english("Prices rose sharply in Jordan on Sunday.\nAlso present were Foreign Minister Ayman Safadi and the U.S. ambassador.");
        assertTrue(noMeeting.events().stream().allMatch(e -> e.actors(Role.attendee).isEmpty()), () -> "events " + noMeeting.events());
    }

    @Test
    void whoJoinedTheMeetingToldBeforeAttendedIt() {
        Event joined = only(english("Egyptian President Abdel Fattah el-Sisi received Jordan's King Abdullah in Cairo on Tuesday.\n"
                + "The two leaders discussed the war in Gaza.\n\nForeign Minister Ayman Safadi and intelligence chief Hassan Rashad joined the meeting."),
                EventType.Meeting);
        assertTrue(joined.actors(Role.attendee).contains("ayman-safadi"), () -> "meeting " + joined);
        assertEquals(2, joined.actors(Role.attendee).size(), () -> "meeting " + joined);
        assertEquals("2024-06-04", joined.date().iso(), () -> "meeting " + joined);
        Event atThoseTalks = only(english("Blinken held talks with Chinese Foreign Minister Qin Gang in Beijing on Sunday.\n"
                + "Blinken was joined at those talks by U.S. Ambassador Nicholas Burns."), EventType.Meeting);
        assertEquals(1, atThoseTalks.actors(Role.attendee).size(), () -> "meeting " + atThoseTalks);
        assertEquals(2, atThoseTalks.actors(Role.participant).size(), () -> "meeting " + atThoseTalks);
        Extraction denied = english("Sisi met Abbas in Cairo on Monday.\nNetanyahu said Israel had not joined the talks.");
        assertTrue(denied.events().stream().allMatch(e -> e.actors(Role.attendee).isEmpty()), () -> "events " + denied.events());
    }

    @Test
    void whoHostsAGatheringOnlyHostsIt() {
        Event talks = only(english("Egypt will host the talks next week, the foreign ministry said."), EventType.Meeting);
        assertEquals(List.of("egypt"), talks.actors(Role.host));
        assertEquals(List.of(), talks.actors(Role.participant));
        Event hostedBy = only(english("The talks, hosted by Qatar in Doha on Sunday, ended without agreement."), EventType.Meeting);
        assertEquals(List.of("qatar"), hostedBy.actors(Role.host));
        Event indirect = only(english("Indirect talks hosted by Oman in Muscat on Saturday ended without a deal."), EventType.Negotiation);
        assertEquals(List.of("oman"), indirect.actors(Role.mediator));
        Event summit = only(english("Saudi Arabia hosted a summit of Arab leaders in Jeddah on Friday."), EventType.Meeting);
        assertEquals(List.of("saudi-arabia"), summit.actors(Role.host));
        assertEquals(List.of(), summit.actors(Role.participant));
        Event guest = only(english("Egyptian President Abdel Fattah el-Sisi hosted French President Emmanuel Macron in Cairo on Sunday."),
                EventType.Meeting);
        assertEquals(List.of("abdel-fattah-el-sisi", "emmanuel-macron"), guest.actors(Role.participant));
    }

    @Test
    void talksThatMendARiftOrThatAMediationIncludesAreMediatedByTheirHost() {
        Event reconciliation = only(english("Reconciliation talks hosted by Algeria in Algiers in October ended without a deal."),
                EventType.Negotiation);
        assertEquals(List.of("algeria"), reconciliation.actors(Role.mediator));
        Event included = only(english("Earlier mediation, including talks hosted by Kuwait in 2019, produced short-lived truces."),
                EventType.Negotiation);
        assertEquals(List.of("kuwait"), included.actors(Role.mediator));
        Event coHosted = only(english("The army was invited to truce talks in Geneva, co-hosted by Switzerland, beginning August 14."),
                EventType.Negotiation);
        assertEquals(List.of("switzerland"), coHosted.actors(Role.mediator));
        Event dinner = only(english("The talks were hosted by Jordan in Amman on Monday, officials said."), EventType.Meeting);
        assertEquals(List.of("jordan"), dinner.actors(Role.host));
    }

    @Test
    void aGuestWelcomedByAPersonIsHostedButAWelcomedDecisionIsAStatement() {
        Event airport = only(english("Kenyan President William Ruto was welcomed by Turkish President Recep Tayyip Erdogan "
                + "at Ankara airport on Monday."), EventType.Meeting);
        assertEquals(List.of("recep-tayyip-erdogan"), airport.actors(Role.host));
        assertTrue(airport.actors(Role.participant).contains("william-ruto"));
        assertEquals(List.of(), events(english("The truce was welcomed by Hezbollah on Monday."), EventType.Meeting));
        assertEquals(List.of(), events(english("Egypt welcomed the decision on Sunday, its foreign ministry said."), EventType.Meeting));
    }

    @Test
    void whoOpensAMeetingInAFrontedParticipleHostsIt() {
        Event opened = only(english("Opening the forum in Basra on Friday, Iraqi Prime Minister Mohammed Shia al-Sudani said trade must grow."),
                EventType.Meeting);
        assertEquals(List.of("mohammed-shia-al-sudani"), opened.actors(Role.host));
        assertEquals(List.of(), events(english("At the opening of the summit in Doha on Sunday, UN Secretary-General Antonio Guterres "
                + "said the war must end."), EventType.Meeting));
    }

    @Test
    void bothAfterTwoPeopleOpeningASentenceMeansThosePeople() {
        Extraction readout = english("Secretary of State Marco Rubio spoke on Monday with Omani Foreign Minister Badr Albusaidi. "
                + "The Secretary praised Oman's efforts toward a truce agreement between Russia and Ukraine. "
                + "Secretary Rubio and Foreign Minister Albusaidi reviewed regional developments. Both agreed to stay in close contact.");
        Event agreed = eventWith(readout, EventType.Agreement, Role.party, "marco-rubio");
        assertEquals(Set.of("marco-rubio", "badr-albusaidi"), Set.copyOf(agreed.actors(Role.party)));
        // "both countries" still means the sides of the last event, not the two people who opened a sentence since.
        Extraction countries = english("Hungary and Slovakia signed a gas deal on Monday. "
                + "Prime Minister Viktor Orban and Prime Minister Robert Fico reviewed the project. Both countries agreed to expand the pipeline.");
        assertTrue(events(countries, EventType.Agreement).stream().noneMatch(e -> e.actors(Role.party).contains("viktor-orban")));
    }

    @Test
    void aRoundAgreedOnIsHeldByTheSidesOfTheLastTalks() {
        Extraction sides = english("Iran and the United States held indirect talks in Muscat on Saturday. "
                + "The two sides agreed to meet again in Rome on June 22.");
        Event next = events(sides, EventType.Negotiation).stream().filter(e -> e.places().contains("rome")).findFirst().orElseThrow();
        assertEquals(Set.of("iran", "united-states"), Set.copyOf(next.actors(Role.party)));
        Extraction reconvene = english("Russian and Ukrainian delegations met in Istanbul on Friday. They agreed to reconvene in Geneva on July 3.");
        Event geneva = events(reconvene, EventType.Meeting).stream().filter(e -> e.places().contains("geneva")).findFirst().orElseThrow();
        assertEquals(Set.of("russia", "ukraine"), Set.copyOf(geneva.actors(Role.participant)));
        assertTrue(events(reconvene, EventType.Agreement).isEmpty());
        Extraction participle = english("Israel and Hamas held indirect talks in Doha on Sunday, agreeing to meet again next Sunday.");
        assertEquals(2, events(participle, EventType.Negotiation).size());
        Extraction hedged = english("Armenia and Azerbaijan held talks in Almaty on Thursday. The two sides are expected to meet again next month.");
        assertEquals(1, events(hedged, EventType.Meeting).size());
        Extraction others = english("Iran and the United States held indirect talks in Muscat on Saturday. Blinken met Netanyahu again in Jerusalem on Sunday.");
        assertTrue(events(others, EventType.Meeting).stream().anyMatch(e -> e.places().contains("jerusalem")));
    }

    @Test
    void hostingRefugeesIsNoMeetingButHostingTalksOrAGuestIs() {
        assertEquals(List.of(), events(english("Lebanon, which hosts some 1.5 million Syrian refugees, called for aid on Monday."), EventType.Meeting));
        assertEquals(List.of(), events(english("Germany hosted more than a million migrants in 2015."), EventType.Meeting));
        Event talks = only(english("Qatar hosted talks on refugees in Doha on Thursday."), EventType.Meeting);
        assertEquals(List.of("qatar"), talks.actors(Role.host));
        Event guest = only(english("Saudi Arabia hosted Zelensky in Jeddah on Sunday."), EventType.Meeting);
        assertEquals(List.of("saudi-arabia"), guest.actors(Role.host));
    }

    @Test
    void aVerbWhoseParticleTurnsItsSenseReportsNoEvent() {
        assertEquals(List.of(), events(english("Turkey on Sunday backed away from the French proposal for talks."), EventType.Acceptance));
        assertEquals(List.of(), events(english("The plan was met with skepticism in Ankara on Monday."), EventType.Meeting));
        assertEquals(List.of("turkey"), only(english("Turkey on Sunday backed the French proposal for talks."), EventType.Acceptance).actors(Role.agent));
    }

    @Test
    void aRejectionOfAnyThingIsAStandingPositionNotAnAnswer() {
        assertEquals(List.of(), events(english("Egypt on Sunday reiterated its rejection of any foreign military presence on the border."), EventType.Rejection));
        assertEquals(List.of(), events(english("Jordan on Monday rejected any attempt to resettle refugees in the kingdom."), EventType.Rejection));
        assertEquals(List.of("hamas"), only(english("Hamas on Tuesday rejected the latest proposal for a truce."), EventType.Rejection).actors(Role.agent));
    }

    @Test
    void aPromptRejectionAndAFloatedIdeaAreEvents() {
        Event quick = only(english("Iran was swift to reject the European proposal on Thursday."), EventType.Rejection);
        assertEquals(List.of("iran"), quick.actors(Role.agent));
        Event aside = only(english("On Saturday, the Kremlin brushed aside the Ukrainian proposal."), EventType.Rejection);
        assertEquals(List.of("russia-kremlin"), aside.actors(Role.agent));
        Event floated = only(english("Erdogan floated the idea of a buffer zone on January 12."), EventType.Proposal);
        assertEquals(List.of("recep-tayyip-erdogan"), floated.actors(Role.proposer));
        assertEquals(List.of(), events(english("The minister urged Egypt to reject the plan on March 9."), EventType.Rejection));
    }

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
    void theGenitiveOfAnEventNounHoldsTheEvent() {
        Event visit = only(english("Talks on Gaza followed Erdogan's visit to Cairo on Thursday."), EventType.Visit);
        assertEquals(List.of("recep-tayyip-erdogan"), visit.actors(Role.participant));
        assertEquals(List.of("cairo"), visit.places());
        Event trip = only(english("Witkoff's two-day trip to Moscow ended on Friday."), EventType.Visit);
        assertEquals(List.of("steve-witkoff"), trip.actors(Role.participant));
        Event meeting = only(english("Sisi's meeting with Blinken lasted three hours."), EventType.Meeting);
        assertEquals(Set.of("abdel-fattah-el-sisi", "antony-blinken"), Set.copyOf(meeting.actors(Role.participant)));
        Event call = only(english("Biden's call with Netanyahu on Sunday focused on hostages."), EventType.PhoneCall);
        assertEquals(Set.of("joe-biden", "benjamin-netanyahu"), Set.copyOf(call.actors(Role.participant)));
    }

    @Test
    void anUndatedEventNounOfTheSameHoldersTellsTheirEarlierEventAgain() {
        Extraction x = english("Erdogan visited Cairo on Monday. Two days later, officials praised Erdogan's visit in televised remarks.");
        assertEquals(1, events(x, EventType.Visit).size());
    }

    @Test
    void payingAVisitIsMakingIt() {
        Event visit = only(english("Macron will pay a visit to Beirut on Friday."), EventType.Visit);
        assertEquals(List.of("emmanuel-macron"), visit.actors(Role.participant));
        assertEquals(List.of("beirut"), visit.places());
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
    void aVerbInAFirstTimeClauseIsTheRecordNotAnEventOfItsOwn() {
        Event visit = only(english("Erdogan arrived in Cairo on Monday, the first time a Turkish president has visited Egypt since 2012."),
                EventType.Visit);
        assertEquals("2024-06-10", visit.date().iso());
        Event met = only(english("Putin received Kim Jong Un in Vladivostok on Sunday, the first time the Russian leader has met "
                + "a North Korean leader since 2019."), EventType.Meeting);
        assertEquals("2024-06-09", met.date().iso());
        assertTrue(met.actors(Role.participant).stream().anyMatch(slug -> slug.contains("putin")), () -> "participants " + met.actors(Role.participant));
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

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Andriy Yermak, the head of Ukraine's presidential office, led Kyiv's delegation. He said the talks were productive.|andriy-yermak",
        "Washington was represented by national security adviser Jake Sullivan. He told reporters the talks were useful.|jake-sullivan"})
    void aPronounAfterASentenceOfNoEventPointsToThePersonItIntroduced(String introduced, String speaker) {
        Event statement = only(english("Donald Trump met Mohammed bin Salman in Riyadh on Tuesday. " + introduced), EventType.Statement);
        assertEquals(List.of(speaker), statement.actors(Role.speaker));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "On Thursday, Khalil Mansour, head of Jordan's General Intelligence Directorate (GID), went to Damascus.|person-khalil-mansour",
        "Omar Haddad, director of the Egyptian General Intelligence Service (GIS), travelled to Doha on Friday.|person-omar-haddad",
        "On Thursday, Khalil Mansour, head of Jordan's General Intelligence Directorate, went to Damascus.|person-khalil-mansour"})
    void anAcronymInBracketsDoesNotMakeAnAppositionTheSubject(String sentence, String traveller) {
        assertEquals(List.of(traveller), only(english(sentence), EventType.Visit).actors(Role.participant));
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

    @Test
    void hyphenedSponsorOfAResolutionIsNotItsAgent() {
        List<Event> resolutions = events(extract("en", "The U.N. Security Council adopted the U.S.-sponsored resolution on Monday."), EventType.Resolution);
        assertEquals(1, resolutions.size(), () -> "resolutions " + resolutions);
        assertEquals(List.of("un-security-council"), resolutions.getFirst().actors(Role.agent));
    }

    @Test
    void actorThatControlsAPlaceTakesNoPartInWhatHappensThere() {
        Event strike = only(extract("en", "The Houthi-controlled port of Hodeidah was struck by Israeli jets on Friday."), EventType.MilitaryOperation);
        assertEquals(List.of("israel"), strike.actors(Role.agent));
        assertTrue(events(extract("en", "The Hamas-run health ministry said on Sunday that 40 people were killed."), EventType.Statement).stream()
                .noneMatch(e -> e.actors(Role.speaker).contains("hamas")));
    }

    @Test
    void aDeliberativeBodyThatVotesToActPassesAResolution() {
        Event assembly = only(english("The U.N. General Assembly on Wednesday overwhelmingly voted to reprimand Russia for invading Ukraine."),
                EventType.Resolution);
        assertEquals(List.of("un-general-assembly"), assembly.actors(Role.agent));
        assertEquals("2024-06-05", assembly.date().iso());
        Event board = only(english("The IAEA Board of Governors passed a resolution on Thursday censuring Iran."), EventType.Resolution);
        assertEquals(List.of("iaea-board-of-governors"), board.actors(Role.agent));
        assertEquals(0, ShortArticles.events(english("Russia, Belarus and Syria voted against the text, while China abstained."),
                EventType.Resolution).size());
    }

    @Test
    void whatABodyDemandsByACountedVoteItDemandsByAResolution() {
        Event assembly = only(english("The U.N. General Assembly on Wednesday demanded a humanitarian truce by 120 votes to 14."),
                EventType.Resolution);
        assertEquals(List.of("un-general-assembly"), assembly.actors(Role.agent));
        assertEquals("2024-06-05", assembly.date().iso());
        Event council = only(english("The Security Council demanded on Monday the release of all hostages, with 14 votes in favour."),
                EventType.Resolution);
        assertEquals("2024-06-10", council.date().iso());
        assertEquals(0, events(english("The General Assembly demanded answers from the secretariat."), EventType.Resolution).size());
        assertEquals(0, events(english("The Egyptian Foreign Ministry demanded a halt to the strikes on Friday."), EventType.Resolution).size());
    }

    @Test
    void councilOrAssemblyPointsBackToTheBodyNamedWithThatWord() {
        Event vote = only(extract("en", "Russia vetoed the draft in the U.N. Security Council on Friday. On Sunday, the council voted 11-1 to refer the matter "
                + "to the General Assembly."), EventType.Resolution);
        assertEquals(List.of("un-security-council"), vote.actors(Role.agent));
        assertEquals("2024-06-09", vote.date().iso());
        Event board = only(extract("en", "The IAEA Board of Governors met in Vienna this week. The board passed a resolution censuring Iran on Thursday."),
                EventType.Resolution);
        assertEquals(List.of("iaea-board-of-governors"), board.actors(Role.agent));
    }

    @Test
    void withSomeoneInAttendanceOrPresentIsAnAttendee() {
        Event m = only(english("Putin met Witkoff in St Petersburg on Friday, with Kremlin aide Yuri Ushakov in attendance."), EventType.Meeting);
        assertEquals(2, m.actors(Role.participant).size(), () -> "participants " + m.actors(Role.participant));
        assertEquals(1, m.actors(Role.attendee).size(), () -> "attendees " + m.actors(Role.attendee));
        Event n = only(english("Netanyahu met Trump at the White House on Monday, with U.S. envoy Steve Witkoff present."), EventType.Meeting);
        assertEquals(List.of("steve-witkoff"), n.actors(Role.attendee));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Macron received Sisi at the Elysee Palace on Thursday.|elysee-palace",
            "Putin met Erdogan in the Kremlin on Tuesday.|kremlin",
            "Austin met Gallant at the Pentagon on Wednesday.|pentagon"})
    void aBodyAfterAPrepositionOfPlaceIsTheBuildingItSitsIn(String sentence, String building) {
        assertEquals(List.of(building), only(english(sentence), EventType.Meeting).places());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Jordan's foreign ministry said it welcomed the truce.",
            "The Jordanian foreign ministry said it welcomed the truce.",
            "Jordan's Foreign Ministry said it welcomed the truce."})
    void aStatesBodyInAnyCaseIsTheListedBody(String sentence) {
        assertEquals(List.of("jordan-ministry-of-foreign-affairs"), only(english(sentence), EventType.Statement).actors(Role.speaker));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The foreign ministry of Jordan said it welcomed the truce.|jordan-ministry-of-foreign-affairs",
            "The Ministry of Foreign Affairs of Qatar said it welcomed the truce.|qatar-ministry-of-foreign-affairs",
            "The Foreign Ministry of Egypt said it welcomed the truce.|egypt-ministry-of-foreign-affairs",
            "Egypt's Ministry of Foreign Affairs said it welcomed the truce.|egypt-ministry-of-foreign-affairs",
            "The Qatari Ministry of Foreign Affairs said it welcomed the truce.|qatar-ministry-of-foreign-affairs",
            "Israel's defence ministry said it welcomed the truce.|israel-ministry-of-defense"})
    void aBodyNamedWithItsStateAfterItOrInAnotherWordingIsTheListedBody(String sentence, String body) {
        assertEquals(List.of(body), only(english(sentence), EventType.Statement).actors(Role.speaker));
    }

    @Test
    void aDatelinePlaceIsNoSpeakerOfTheClauseWithItsOwnSubject() {
        var events = english("AMMAN, June 9 (Reuters) - The electoral commission said on Sunday it rejected the complaint.");
        assertTrue(events.events().stream().noneMatch(e -> e.actors(Role.speaker).contains("jordan") || e.actors(Role.agent).contains("jordan")));
    }

    @Test
    void theMinistryPointsBackToTheMinistryNamedBefore() {
        var events = english("Egypt's foreign ministry condemned the raid on Sunday. The ministry said it rejected the proposal.");
        assertEquals(List.of("egypt-ministry-of-foreign-affairs"), only(events, EventType.Rejection).actors(Role.agent));
    }

    @Test
    void theMinistryWithNoMinistryNamedBeforeIsNoSpeaker() {
        var events = english("Foreign Minister Sameh Shoukry met Ayman Safadi on Sunday. The ministry said it rejected the proposal.");
        assertTrue(events.events().stream().noneMatch(e -> e.type() == EventType.Rejection && !e.actors(Role.agent).isEmpty()));
    }

    @Test
    void aBodyThatSpeaksStaysTheBody() {
        Event said = only(english("The Kremlin said Putin would attend the summit."), EventType.Statement);
        assertEquals(List.of("russia-kremlin"), said.actors(Role.speaker));
        assertEquals(List.of(), said.places());
    }

    @Test
    void talksAMeetingIsHeldForAreThatMeeting() {
        Event m = only(english("Saudi Crown Prince Mohammed bin Salman hosted Ukrainian President Volodymyr Zelenskiy for talks in Jeddah on Monday."),
                EventType.Meeting);
        assertEquals(List.of("mohammed-bin-salman"), m.actors(Role.host));
        assertEquals(List.of("jeddah"), m.places());
        assertEquals("2024-06-10", m.date().iso());
    }

    @Test
    void welcomingAPersonIsHostingAMeetingWelcomingADecisionIsAStatement() {
        Event m = only(english("Biden welcomed Emir Sheikh Tamim bin Hamad Al Thani to the White House on Thursday."), EventType.Meeting);
        assertEquals(List.of("joe-biden"), m.actors(Role.host));
        assertEquals(Set.of("joe-biden", "tamim-bin-hamad-al-thani"), Set.copyOf(m.actors(Role.participant)));
        assertEquals("2024-06-06", m.date().iso());
        Extraction decision = english("Biden welcomed Netanyahu's decision to send negotiators.");
        assertTrue(events(decision, EventType.Meeting).isEmpty(), () -> "meetings " + events(decision, EventType.Meeting));
        assertEquals(List.of("joe-biden"), only(decision, EventType.Statement).actors(Role.speaker));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Sheikh Tamim and Sisi exchanged views on regional developments in a phone call on Monday.",
            "The two ministers discussed an exchange of views on Syria on Tuesday.",
            "Israel and Hamas exchanged accusations on Sunday over the delay.",
            "Egypt's central bank let the exchange rate float on Wednesday.",
            "China and Argentina renewed a currency swap line on Thursday."})
    void viewsRatesAndCurrencySwapsAreNoExchangeOfCaptives(String sentence) {
        assertEquals(List.of(), events(english(sentence), EventType.Exchange));
    }

    @Test
    void prisonersExchangedAndAnExchangeOfFireStayEvents() {
        assertEquals(Set.of("russia", "ukraine"), Set.copyOf(only(english("Russia and Ukraine exchanged 390 prisoners of war on Friday."),
                EventType.Exchange).actors(Role.party)));
        Extraction fire = english("Israeli troops and Hezbollah fighters were involved in an exchange of fire on Wednesday.");
        assertEquals(List.of(), events(fire, EventType.Exchange));
        assertEquals("2024-06-05", only(fire, EventType.Conflict).date().iso());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The Qatari foreign ministry released a statement on Monday welcoming the truce.|qatar-ministry-of-foreign-affairs",
            "Under the plan, set out in a statement released by the European Union on Monday, Kyiv will hold talks.|european-union",
            "Jordan released a joint statement with Egypt on Monday calling for a ceasefire.|jordan"})
    void aStatementReleasedIsAStatementNoReleaseOfCaptives(String sentence, String speaker) {
        Extraction told = english(sentence);
        assertEquals(List.of(), events(told, EventType.Exchange));
        assertTrue(only(told, EventType.Statement).actors(Role.speaker).contains(speaker), () -> "events " + told.events());
    }

    @Test
    void captivesReleasedStayAnExchange() {
        assertEquals(List.of("hamas"), only(english("Hamas released four Israeli hostages in Gaza on Saturday."), EventType.Exchange)
                .actors(Role.party));
    }

    @Test
    void anAnniversaryMeasuresTimeByAPastEventItDoesNotReport() {
        Extraction met = english("Zelensky met European leaders in Kyiv on Monday, the third anniversary of Russia's full-scale invasion.");
        assertEquals(List.of(), events(met, EventType.MilitaryOperation));
        assertEquals("2024-06-10", only(met, EventType.Meeting).date().iso());
        assertEquals(List.of(), events(english("Crowds gathered in Kyiv on Sunday to mark the second anniversary of the Russian invasion."),
                EventType.MilitaryOperation));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Armenian and Azerbaijani envoys held their first talks in Abu Dhabi on Monday.|armenia|azerbaijan",
        "Saudi and Iranian officials held talks in Baghdad on Wednesday.|saudi-arabia|iran",
        "Israeli and Lebanese negotiators met in Naqoura on Tuesday.|israel|lebanon"})
    void coordinatedDemonymsBeforeAGroupNounAreTheTwoSides(String sentence, String one, String other) {
        Event meeting = only(english(sentence), EventType.Meeting);
        assertEquals(List.of(one, other), meeting.actors(Role.participant));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Israel and Hamas agreed on Wednesday to a four-day truce mediated by Qatar and Egypt.|israel|hamas|2024-06-05|2024-06-05",
        "Sudan's army and the RSF agreed late on Saturday to a seven-day ceasefire brokered by Saudi Arabia.|sudanese-armed-forces|rapid-support-forces|2024-06-08|2024-06-08",
        "India and Pakistan agreed to an immediate ceasefire on Saturday.|india|pakistan|2024-06-08|2024-06-08",
        "Russia and Ukraine agreed on an Easter truce.|russia|ukraine|2024-06-10|2024-06-10",
        "Hezbollah and Israel agreed Tuesday to a 60-day ceasefire that will begin on Wednesday.|hezbollah|israel|2024-06-04|2024-06-12"})
    void aTruceAgreedToIsEstablishedByTheAgreement(String sentence, String one, String other, String agreed, String begins) {
        Extraction x = english(sentence);
        Event deal = only(x, EventType.Agreement);
        Event truce = only(x, EventType.Ceasefire);
        assertEquals(agreed, deal.date().iso());
        assertEquals(List.of(one, other), truce.actors(Role.party));
        // The truce starts when the text says, else on the day it was agreed; its brokers mediated the agreement.
        assertEquals(begins, truce.date().iso());
        assertEquals(List.of(), truce.actors(Role.mediator));
        assertEquals(List.of(), events(english("Armenia and Azerbaijan agreed to work toward a ceasefire."), EventType.Ceasefire));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Thailand and Cambodia have agreed to an immediate ceasefire, Malaysian Prime Minister Anwar Ibrahim said.|thailand|cambodia",
        "Israel and Hamas have agreed to a ceasefire deal, Qatar's prime minister said Wednesday.|israel|hamas"})
    void theSpeakerAfterAReportedDealIsNoPartyOfIt(String sentence, String one, String other) {
        Extraction x = english(sentence);
        assertEquals(List.of(one, other), only(x, EventType.Agreement).actors(Role.party));
        assertEquals(List.of(one, other), only(x, EventType.Ceasefire).actors(Role.party));
        assertEquals(1, only(x, EventType.Statement).actors(Role.speaker).size());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Russia and Ukraine exchanged 150 prisoners of war each on Wednesday under Emirati mediation.|Exchange|united-arab-emirates",
        "Armenia and Azerbaijan signed a peace agreement on Friday with U.S. mediation.|Agreement|united-states"})
    void aMediationNounAPrepositionGovernsNamesTheMediatorOfTheEventBefore(String sentence, EventType type, String mediator) {
        Extraction x = english(sentence);
        assertEquals(List.of(), events(x, EventType.Negotiation));
        Event mediated = only(x, type);
        assertEquals(List.of(mediator), mediated.actors(Role.mediator));
        assertTrue(!mediated.actors(Role.party).contains(mediator), () -> "parties " + mediated.actors(Role.party));
    }
    @Test
    void theTwoSidesAsTheObjectOfAMeetingAreTheLastPairNamed() {
        Event met = only(english("Israeli and Hamas negotiators arrived in Doha on Tuesday. U.S. Secretary of State Antony Blinken "
                + "met the two sides on Wednesday."), EventType.Meeting);
        assertEquals(Set.of("antony-blinken", "israel", "hamas"), Set.copyOf(met.actors(Role.participant)));
        Event withLeaders = only(english("Armenia and Azerbaijan agreed to resume talks. Russian President Vladimir Putin met with "
                + "the two leaders in Moscow on Friday."), EventType.Meeting);
        assertEquals(Set.of("vladimir-putin", "armenia", "azerbaijan"), Set.copyOf(withLeaders.actors(Role.participant)));
        Event urged = only(english("Israeli and Hamas negotiators arrived in Doha on Tuesday. Blinken met Netanyahu on Wednesday "
                + "and urged the two sides to accept the proposal."), EventType.Meeting);
        assertEquals(Set.of("antony-blinken", "benjamin-netanyahu"), Set.copyOf(urged.actors(Role.participant)));
    }

    @Test
    void theTwoSidesAsSubjectKeepBothThoughTheClauseNamesOne() {
        String deal = "Armenia and Azerbaijan signed a border deal in Almaty on Saturday. ";
        Event swap = only(english(deal + "In June 2021, the two sides exchanged prisoners, with Azerbaijan freeing 15 Armenian soldiers."),
                EventType.Exchange);
        assertEquals(Set.of("armenia", "azerbaijan"), Set.copyOf(swap.actors(Role.party)));
        Extraction withOther = english(deal + "In July 2022, the two countries signed a transit deal with Georgia in Tbilisi.");
        assertTrue(events(withOther, EventType.Agreement).stream().anyMatch(e -> e.actors(Role.party).contains("georgia")));
        Event said = only(english(deal + "Pashinyan said on Sunday relations between the two neighbours would improve."), EventType.Statement);
        assertEquals(Set.of("nikol-pashinyan"), Set.copyOf(said.actors(Role.speaker)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"U.S. envoy Steve Witkoff joined the mediators on Wednesday, and the two sides signed the text early Thursday.",
            "Qatari Prime Minister Mohammed bin Abdulrahman Al Thani hosted the talks, but the two sides signed the text in Cairo.",
            "The talks produced the Doha Declaration, which the two sides signed on May 11."})
    void theTwoSidesOpeningAClauseAreItsSubjectNotTheActorBefore(String sentence) {
        Extraction x = english("Israel and Hamas agreed on a truce in Gaza on Monday. " + sentence);
        List<Event> signed = events(x, EventType.Agreement).stream().filter(e -> !e.actors(Role.party).isEmpty()).toList();
        assertTrue(signed.stream().allMatch(e -> Set.copyOf(e.actors(Role.party)).equals(Set.of("israel", "hamas"))), () -> "deals " + signed);
    }

    @ParameterizedTest
    @ValueSource(strings = {"The two sides will hold talks in Vienna on May 20.",
            "Military commanders of the two countries are to hold talks in Vienna on May 20.",
            "Both countries held talks in Vienna on May 20."})
    void theTwoSidesBeforeTheLightVerbHoldTheTalks(String sentence) {
        Event talks = only(english("Armenia and Azerbaijan signed a border deal in Almaty on Saturday. " + sentence), EventType.Meeting);
        assertEquals(Set.of("armenia", "azerbaijan"), Set.copyOf(talks.actors(Role.participant)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"The warring parties exchanged prisoners in Khartoum on May 2.",
            "The two parties exchanged prisoners in Khartoum on May 2.", "Both warring sides exchanged prisoners in Khartoum on May 2."})
    void theWarringPartiesAreTheLastPair(String sentence) {
        Event swap = only(english("The Sudanese army and the Rapid Support Forces signed a truce in Jeddah on Saturday. " + sentence),
                EventType.Exchange);
        assertEquals(Set.of("sudanese-armed-forces", "rapid-support-forces"), Set.copyOf(swap.actors(Role.party)));
    }

    @Test
    void theTwoSidesUrgedToHoldTalksHoldNone() {
        Extraction x = english("Armenia and Azerbaijan signed a border deal in Almaty on Saturday. Blinken urged the two sides to "
                + "hold talks in Rome on June 12.");
        assertTrue(events(x, EventType.Meeting).stream().noneMatch(e -> e.actors(Role.participant).contains("armenia")));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The paramilitary Rapid Support Forces signed a truce with the Sudanese army on Saturday.|rapid-support-forces|sudanese-armed-forces",
            "Hamas agreed a ceasefire with Israel on Friday.|hamas|israel",
            "Ukraine signed a humanitarian truce with Russia.|ukraine|russia"})
    void aTruceSignedWithAPartnerIsBetweenTheSignerAndThePartner(String sentence, String signer, String partner) {
        Extraction x = english(sentence);
        assertEquals(Set.of(signer, partner), Set.copyOf(only(x, EventType.Agreement).actors(Role.party)));
        assertEquals(Set.of(signer, partner), Set.copyOf(only(x, EventType.Ceasefire).actors(Role.party)));
    }
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Egypt, Qatar and the United States brokered the truce between Israel and Hamas in January.|egypt;qatar;united-states",
            "The United States brokered a ceasefire between Israel and Lebanon in November.|united-states",
            "Qatar and Egypt mediated the ceasefire between Israel and Hamas.|qatar;egypt"})
    void whoBrokersATruceMediatesIt(String sentence, String mediators) {
        Event truce = only(english(sentence), EventType.Ceasefire);
        assertEquals(Set.of(mediators.split(";")), Set.copyOf(truce.actors(Role.mediator)));
        assertTrue(truce.actors(Role.party).stream().noneMatch(truce.actors(Role.mediator)::contains), () -> "parties " + truce.actors(Role.party));
    }

    @Test
    void whoBacksAPlanDoesNotMediateIt() {
        Event backed = only(english("The United States backed the ceasefire plan on Monday."), EventType.Acceptance);
        assertEquals(List.of("united-states"), backed.actors(Role.agent));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "U.S. President Joe Biden on Monday praised Qatar for mediating talks between Israel and Hamas.",
        "Zelenskiy on Tuesday thanked Turkey for hosting talks between Russia and Ukraine.",
        "The minister on Sunday commended Oman for hosting talks between Iran and the United States."})
    void theActSomeoneIsThankedOrPraisedForIsReal(String sentence) {
        Event talks = only(english(sentence), EventType.Negotiation);
        assertEquals(2, talks.actors(Role.party).stream().filter(p -> Set.of("israel", "hamas", "russia", "ukraine", "iran",
                "united-states").contains(p)).count(), () -> "parties " + talks.actors(Role.party));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Secretary of State Antony Blinken thanked Egypt for hosting the talks in Cairo on Monday.|Meeting|host|egypt|antony-blinken",
            "Jordan's King Abdullah on Sunday commended Saudi Arabia for hosting the summit in Riyadh.|Meeting|host|saudi-arabia|abdullah-ii",
            "Iranian Foreign Minister Abbas Araqchi praised Oman for its mediation.|Negotiation|mediator|oman|abbas-araghchi"})
    void whoIsThankedForAnActDoesIt(String sentence, EventType type, Role role, String doer, String thanker) {
        Event act = only(english(sentence), type);
        assertEquals(List.of(doer), act.actors(role));
        assertTrue(act.roles().values().stream().noneMatch(actors -> actors.contains(thanker)), () -> "roles " + act.roles());
    }

    @Test
    void aRolePraisedIsStillItsHoldersWithoutAnActAfterFor() {
        Event talks = only(english("Macron on Monday praised Germany's role in the negotiations."), EventType.Negotiation);
        assertTrue(talks.actors(Role.party).stream().noneMatch("emmanuel-macron"::equals), () -> "parties " + talks.actors(Role.party));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Turkish Foreign Minister Hakan Fidan was received by Syrian President Ahmed al-Sharaa in Damascus on Monday.|ahmed-al-sharaa|hakan-fidan",
            "Palestinian President Mahmoud Abbas was received by Egyptian President Abdel Fattah al-Sisi in Cairo on Sunday.|abdel-fattah-el-sisi|mahmoud-abbas",
            "Secretary of State Antony Blinken was hosted by Crown Prince Mohammed bin Salman in Riyadh on Monday.|mohammed-bin-salman|antony-blinken",
            "Putin was hosted by Erdogan in Istanbul on Thursday.|recep-tayyip-erdogan|vladimir-putin"})
    void theAgentOfAPassiveHostIsTheHost(String sentence, String host, String guest) {
        Event meeting = only(english(sentence), EventType.Meeting);
        assertEquals(List.of(host), meeting.actors(Role.host));
        assertEquals(Set.of(host, guest), Set.copyOf(meeting.actors(Role.participant)));
    }

    @Test
    void talksHostedByAStateHaveItAsHostAlone() {
        Event talks = only(english("The talks were hosted by Oman in Muscat on Saturday."), EventType.Meeting);
        assertEquals(List.of("oman"), talks.actors(Role.host));
        assertEquals(List.of(), talks.actors(Role.participant));
    }

    @Test
    void anActiveHostStillHosts() {
        Event meeting = only(english("Sisi received Abbas in Cairo on Sunday."), EventType.Meeting);
        assertEquals(List.of("abdel-fattah-el-sisi"), meeting.actors(Role.host));
    }

    @Test
    void aPersonWhoseGovernmentHostsHostsForTheirState() {
        Event meeting = only(english("Turkish Foreign Minister Hakan Fidan, whose government hosted the session in Istanbul on Monday, "
                + "said a deal was near."), EventType.Meeting);
        assertEquals(List.of("turkey"), meeting.actors(Role.host));
        Event raid = only(english("Israeli Prime Minister Benjamin Netanyahu, whose forces attacked Rafah on Sunday, spoke to reporters."),
                EventType.MilitaryOperation);
        assertTrue(raid.roles().values().stream().noneMatch(actors -> actors.contains("benjamin-netanyahu")), () -> "roles " + raid.roles());
    }

    @Test
    void bothAloneBeforeItsVerbIsTheLastPairNamed() {
        Extraction x = english("Turkish President Tayyip Erdogan met Ukrainian President Volodymyr Zelenskiy in Ankara on Monday. "
                + "Both said on Tuesday that a ceasefire was needed. Both Israel and Hamas rejected the plan on Friday.");
        List<Event> statements = events(x, EventType.Statement);
        assertEquals(1, statements.size());
        assertEquals(Set.of("recep-tayyip-erdogan", "volodymyr-zelensky"), Set.copyOf(statements.getFirst().actors(Role.speaker)));
        assertEquals(Set.of("israel", "hamas"), Set.copyOf(only(x, EventType.Rejection).actors(Role.agent)));
    }

    @Test
    void bothOpeningACoordinationOfUnknownSidesIsNoPronoun() {
        Extraction x = english("Turkish President Tayyip Erdogan met Ukrainian President Volodymyr Zelenskiy in Ankara on Monday. "
                + "Both the army and the militias welcomed the truce on Thursday.");
        assertTrue(events(x, EventType.Statement).stream()
                .noneMatch(e -> e.actors(Role.speaker).contains("recep-tayyip-erdogan")));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Yemeni negotiator Abdulaziz al-Maqaleh arrived in Muscat on Monday. Maqaleh told reporters on Tuesday that a deal was near.|person-abdulaziz-al-maqaleh",
            "Thai acting Prime Minister Phumtham Wechayachai arrived in Kuala Lumpur on Monday. Phumtham said on Tuesday that Thailand wanted peace.|person-phumtham-wechayachai",
            "Chinese Foreign Minister Wang Yi arrived in Moscow on Monday. Wang said on Tuesday that ties were strong.|wang-yi"})
    void aLaterBareNameIsThePersonNamedInFull(String text, String speaker) {
        assertEquals(Set.of(speaker), Set.copyOf(only(english(text), EventType.Statement).actors(Role.speaker)));
    }

    @Test
    void aCallThenWithAPersonNamedEarlierByTheTextIsASecondCall() {
        Extraction x = english("Thai acting Prime Minister Phumtham Wechayachai said on Sunday Thailand was ready to talk. On Tuesday, "
                + "Malaysian Prime Minister Anwar Ibrahim spoke by phone with Cambodian Prime Minister Hun Manet and then with Phumtham.");
        assertTrue(events(x, EventType.PhoneCall).stream().anyMatch(e -> Set.copyOf(e.actors(Role.participant))
                .equals(Set.of("person-anwar-ibrahim", "person-phumtham-wechayachai"))));
    }

    @Test
    void aBareTripPastItsModifiersIsTheUnreadVerbsSubject() {
        Event visit = only(english("Hakan Fidan gave Jordan's King Abdullah an invitation during an official visit to Amman on June 4."), EventType.Visit);
        assertEquals(List.of("hakan-fidan"), visit.actors(Role.participant));
        assertEquals(List.of("amman"), visit.places());
        assertEquals(List.of(), english("Syrian President Ahmed al-Sharaa received an invitation from Emmanuel Macron during a visit to Damascus.").events());
    }
}
