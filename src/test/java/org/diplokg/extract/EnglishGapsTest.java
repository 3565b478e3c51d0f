package org.diplokg.extract;

import static org.diplokg.extract.ShortArticles.events;
import static org.diplokg.extract.ShortArticles.extract;
import static org.diplokg.extract.ShortArticles.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.diplokg.model.Event;
import org.diplokg.model.EventType;
import org.diplokg.model.Extraction;
import org.diplokg.model.Role;
import org.junit.jupiter.api.Test;

/** English constructions earlier probes found wrong: compound authors and mediators, mediating prepositions. */
class EnglishGapsTest {
    @Test
    void hyphenedSponsorOfAResolutionIsNotItsAgent() {
        List<Event> resolutions = events(extract("en", "The U.N. Security Council adopted the U.S.-sponsored resolution on Monday."), EventType.Resolution);
        assertEquals(1, resolutions.size(), () -> "resolutions " + resolutions);
        assertEquals(List.of("un-security-council"), resolutions.getFirst().actors(Role.agent));
    }

    @Test
    void houthiAsAnAdjectiveNamesTheGroup() {
        Event attack = only(extract("en", "Houthi forces fired missiles at Eilat on Tuesday."), EventType.MilitaryOperation);
        assertEquals(List.of("houthis"), attack.actors(Role.agent));
        Event said = only(extract("en", "Oman has mediated between Washington and the Houthis, a Houthi spokesman said."), EventType.Statement);
        assertEquals(List.of("houthis"), said.actors(Role.speaker));
    }

    @Test
    void actorThatControlsAPlaceTakesNoPartInWhatHappensThere() {
        Event strike = only(extract("en", "The Houthi-controlled port of Hodeidah was struck by Israeli jets on Friday."), EventType.MilitaryOperation);
        assertEquals(List.of("israel"), strike.actors(Role.agent));
        assertTrue(events(extract("en", "The Hamas-run health ministry said on Sunday that 40 people were killed."), EventType.Statement).stream()
                .noneMatch(e -> e.actors(Role.speaker).contains("hamas")));
    }

    @Test
    void postInAppositionWithAnArticleMakesTheSpeakerItsHolder() {
        Extraction baghaei = extract("en", "Esmaeil Baghaei, the spokesman for Iran's foreign ministry, said on Monday that Tehran would not negotiate.");
        assertEquals(List.of("esmaeil-baghaei"), only(baghaei, EventType.Statement).actors(Role.speaker));
        assertTrue(baghaei.tenures().stream().anyMatch(t -> t.holder().equals("esmaeil-baghaei") && t.organization().startsWith("body-iran")),
                () -> "tenures " + baghaei.tenures());
        Extraction zeid = extract("en", "A spokesman for the Egyptian foreign ministry, Ahmed Abu Zeid, said Cairo was studying the plan.");
        Event said = only(zeid, EventType.Statement);
        assertEquals(1, said.actors(Role.speaker).size());
        assertTrue(zeid.tenures().stream().anyMatch(t -> t.holder().equals(said.actors(Role.speaker).getFirst())), () -> "tenures " + zeid.tenures());
        Extraction houthi = extract("en", "A senior Houthi official, Mohammed al-Bukhaiti, said the group would keep up its attacks.");
        assertTrue(houthi.tenures().stream().anyMatch(t -> "houthis".equals(t.organization())), () -> "tenures " + houthi.tenures());
    }

    @Test
    void unknownNameThatAPostDescribesIsAPerson() {
        Extraction x = extract("en", "Bolat Tursynov, a spokesman for the Kazakh foreign ministry, told reporters that the talks went well.");
        List<String> speakers = only(x, EventType.Statement).actors(Role.speaker);
        assertEquals(1, speakers.size());
        assertTrue(speakers.getFirst().startsWith("person-"), () -> "speakers " + speakers);
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
    void bodyMeetingAloneInSessionIsNoMeeting() {
        assertTrue(events(extract("en", "The U.N. General Assembly met in an emergency session on Monday."), EventType.Meeting).isEmpty());
    }
}
