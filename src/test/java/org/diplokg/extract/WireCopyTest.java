package org.diplokg.extract;

import static org.diplokg.extract.ShortArticles.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.diplokg.model.Event;
import org.diplokg.model.EventType;
import org.diplokg.model.Extraction;
import org.diplokg.model.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Constructions of English agency copy (Reuters, AP, AFP) that fresh probes found read wrong. */
class WireCopyTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Hamas fighters attacked southern Israel on Oct. 7, 2023, killing 1,200 people.|hamas|2023-10-07",
            "Houthi militants attacked a commercial ship in the Red Sea on Tuesday.|houthis|2024-06-04",
            "Israeli troops raided the Jenin refugee camp on Wednesday.|israel|2024-06-05"})
    void armedGroupNounsThatAttackAreTheirGroupAsAgent(String sentence, String agent, String date) {
        Event attack = only(ShortArticles.english(sentence), EventType.MilitaryOperation);
        assertEquals(List.of(agent), attack.actors(Role.agent));
        assertEquals(date, attack.date().iso());
    }

    @Test
    void anAttackThatStartedAWarIsTheWarsBeginning() {
        Extraction x = ShortArticles.english("The war began when Hamas-led militants attacked southern Israel on Oct. 7, 2023, killing about 1,200 people.");
        assertTrue(x.events().stream().noneMatch(e -> e.type() == EventType.MilitaryOperation), () -> "events " + x.events());
        only(x, EventType.Conflict);
    }

    @Test
    void attacksInThePerfectSinceADateAreACampaignBegunThen() {
        Event campaign = only(ShortArticles.english("The Houthis have attacked ships in the Red Sea since November."), EventType.Conflict);
        assertEquals(List.of("houthis"), campaign.actors(Role.party));
        assertEquals("2023-11", campaign.date().iso());
    }
}
