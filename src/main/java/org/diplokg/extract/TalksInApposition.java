package org.diplokg.extract;

import java.util.List;
import java.util.Set;
import org.diplokg.model.ActorType;
import org.diplokg.model.EventType;
import org.diplokg.model.Role;
import org.diplokg.text.Token;

/**
 * "Hamas and Fatah officials had already met in Beijing in April, their first such talks hosted by China", "Russian
 * and Ukrainian negotiators last met face to face on May 16 …, their first direct talks since …": a meeting of sides
 * (states, groups: their delegations meet) that an apposition after a comma calls their talks is a negotiation
 * between those sides, and who hosted it mediated. Leaders meeting ("Biden and Xi met …, their first talks in a
 * year") hold a summit, which stays a meeting.
 */
final class TalksInApposition {
    /** Words from the possessive that opens the apposition to its talks noun: "their first direct talks". */
    private static final int APPOSITION_REACH = 4;
    private static final Set<String> PLURAL_POSSESSIVE = Set.of("possessive");

    private final PeopleRegistry people;

    TalksInApposition(PeopleRegistry people) {
        this.people = people;
    }

    void meetingsOfSidesCalledTalks(SentenceFacts facts, List<Draft> all) {
        for (Draft talks : all) {
            if (talks.verb || !talks.talks || talks.type != EventType.Meeting) continue;
            Draft meeting = meetingBeforeTheApposition(facts, all, talks);
            if (meeting == null || meeting.actors(Role.participant).size() < 2 || meeting.actors(Role.participant).stream().anyMatch(this::isPerson)) continue;
            for (Draft d : List.of(meeting, talks)) {
                d.becomeNegotiation();
                d.actors(Role.host).forEach(host -> d.add(Role.mediator, host));
                d.roles.remove(Role.host);
            }
        }
    }

    /** The meeting verb before a comma and "their" that open the apposition ending at the talks noun, or null. */
    private static Draft meetingBeforeTheApposition(SentenceFacts facts, List<Draft> all, Draft talks) {
        List<Token> tokens = facts.sentence().tokens();
        int possessive = -1;
        for (int k = talks.triggerFirst - 1; k >= Math.max(1, talks.triggerFirst - APPOSITION_REACH); k--) {
            if (tokens.get(k).isPunct()) return null;
            if (facts.cueStartsAt(k, PLURAL_POSSESSIVE) && "plural".equals(possessiveValue(facts, k)) && Groups.isComma(tokens.get(k - 1).surface())) {
                possessive = k;
                break;
            }
        }
        if (possessive < 0) return null;
        Draft before = Draft.lastBefore(all, possessive);
        return before != null && before.verb && before.type == EventType.Meeting ? before : null;
    }

    private static String possessiveValue(SentenceFacts facts, int token) {
        return facts.cuesOf("possessive").stream().filter(c -> c.first() == token).map(c -> c.value().value()).findFirst().orElse(null);
    }

    private boolean isPerson(String slug) {
        return people.actor(slug).map(a -> a.type() == ActorType.Person).orElse(slug.startsWith("person-"));
    }
}
