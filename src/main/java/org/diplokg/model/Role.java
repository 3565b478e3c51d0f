package org.diplokg.model;

/** The roles an actor plays in an event: sub-properties of sem:hasActor, named as in the gold format. */
public enum Role {
    participant, attendee, host, mediator, party, speaker, proposer, agent
}
