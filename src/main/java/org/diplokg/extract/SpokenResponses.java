package org.diplokg.extract;

import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.diplokg.model.EventType;
import org.diplokg.model.Role;

/**
 * "Hamas said on Oct. 3 that it accepted parts of the plan", "Hamas said on May 6 it had accepted a ceasefire
 * proposal": a speaker who says it accepts or rejects a proposal makes the response by saying so. The response is
 * the event; the speech verb that reports it is no statement of its own.
 */
final class SpokenResponses {
    /** The responses a speaker makes by announcing them. */
    private static final Set<EventType> RESPONSES = Set.of(EventType.Acceptance, EventType.Rejection);
    /** Cues that open a clause of their own inside a reported one ("while", "and"). */
    private static final Set<String> CLAUSE_BREAKS = Set.of("contrast", "coordinator");

    private SpokenResponses() {
    }

    /**
     * Drops each statement whose verb reports, in its own clause, a response its own speaker makes; the response
     * takes the day the speech gives it ("said on Oct. 3 that it accepted"), which the statement no longer passes on.
     */
    static void leaveTheResponse(SentenceFacts facts, List<Draft> drafts, boolean verbFirst) {
        List<Draft> responses = drafts.stream().filter(d -> RESPONSES.contains(d.type) && d.verb).toList();
        drafts.removeIf(speech -> {
            Draft response = ownResponseReported(facts, speech, responses, verbFirst);
            if (response == null) return false;
            if (!response.hasDate() && speech.ownDate) {
                response.time = speech.date();
                response.ownDate = true;
            }
            return true;
        });
    }

    /** The response (a kept one, not a denied or hoped-for one) of its own speaker that a statement's verb reports, or null. */
    private static Draft ownResponseReported(SentenceFacts facts, Draft speech, List<Draft> responses, boolean verbFirst) {
        if (speech.type != EventType.Statement || !speech.verb || speech.subject.isEmpty()) return null;
        return responses.stream().filter(response -> response.triggerFirst > speech.triggerLast
                && !Collections.disjoint(response.actors(Role.agent), speech.subject)
                && inTheReportedClause(facts, speech, response, verbFirst)).findFirst().orElse(null);
    }

    /** The response stands in what the speech verb reports: past its "that", or right after it, no clause between. */
    private static boolean inTheReportedClause(SentenceFacts facts, Draft speech, Draft response, boolean verbFirst) {
        int complementizer = Clauses.lastComplementizer(facts, speech.triggerLast, response.triggerFirst);
        int opening = complementizer < 0 && !verbFirst ? speech.triggerLast : complementizer;
        if (opening < 0) return false;
        return !facts.punctuationBetween(opening, response.triggerFirst)
                && facts.cuesOf(CLAUSE_BREAKS).stream().noneMatch(c -> c.first() > opening && c.last() < response.triggerFirst);
    }
}
