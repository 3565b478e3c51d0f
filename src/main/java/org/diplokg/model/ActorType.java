package org.diplokg.model;

/** The closed set of actor classes of the ontology (DESIGN 2); the names are the gold format's. */
public enum ActorType {
    Person, State, Organization, GovernmentBody, ArmedGroup, InternationalOrganization
}
