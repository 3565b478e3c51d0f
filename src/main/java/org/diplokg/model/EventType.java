package org.diplokg.model;

/** The closed set of event classes of DESIGN section 2; the names are the ontology's and the gold format's. */
public enum EventType {
    Meeting, Visit, Tour, PhoneCall, Statement, Negotiation, Proposal, Agreement, Acceptance, Rejection,
    Ceasefire, Exchange, MilitaryOperation, Resolution, Conflict
}
