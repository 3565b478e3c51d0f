package org.diplokg.graph;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.diplokg.model.ActorType;
import org.diplokg.model.EventType;
import org.diplokg.model.Role;

/** The diplokg ontology's terms (ontology/diplokg.ttl); a test keeps the two in step. */
public final class DIP {
    public static final String NS = "https://w3id.org/diplokg/ontology#";
    public static final String ID = "https://w3id.org/diplokg/id/";

    private DIP() {}

    private static Resource c(String local) { return ResourceFactory.createResource(NS + local); }
    private static Property p(String local) { return ResourceFactory.createProperty(NS + local); }

    // Actors, places, posts
    public static final Resource Actor = c("Actor");
    public static final Resource Person = c("Person");
    public static final Resource State = c("State");
    public static final Resource Organization = c("Organization");
    public static final Resource GovernmentBody = c("GovernmentBody");
    public static final Resource ArmedGroup = c("ArmedGroup");
    public static final Resource InternationalOrganization = c("InternationalOrganization");
    public static final Resource Place = c("Place");
    public static final Resource Tenure = c("Tenure");

    // Events: one class per EventType, same names
    public static final Resource Event = c("Event");
    public static final Resource Meeting = c("Meeting");
    public static final Resource Visit = c("Visit");
    public static final Resource Tour = c("Tour");
    public static final Resource PhoneCall = c("PhoneCall");
    public static final Resource Statement = c("Statement");
    public static final Resource Negotiation = c("Negotiation");
    public static final Resource Proposal = c("Proposal");
    public static final Resource Agreement = c("Agreement");
    public static final Resource Acceptance = c("Acceptance");
    public static final Resource Rejection = c("Rejection");
    public static final Resource Ceasefire = c("Ceasefire");
    public static final Resource Exchange = c("Exchange");
    public static final Resource MilitaryOperation = c("MilitaryOperation");
    public static final Resource Resolution = c("Resolution");
    public static final Resource Conflict = c("Conflict");
    public static final Resource Phase = c("Phase");
    public static final Resource Mention = c("Mention");
    public static final Resource ExtractionRun = c("ExtractionRun");

    // Roles (sub-properties of sem:hasActor)
    public static final Property participant = p("participant");
    public static final Property attendee = p("attendee");
    public static final Property host = p("host");
    public static final Property mediator = p("mediator");
    public static final Property party = p("party");
    public static final Property speaker = p("speaker");
    public static final Property proposer = p("proposer");
    public static final Property agent = p("agent");

    // Event attributes
    public static final Property eventCode = p("eventCode");
    public static final Property timeQualifier = p("timeQualifier");
    public static final Property phaseCount = p("phaseCount");
    public static final Property hasPhase = p("hasPhase");
    public static final Property ordinal = p("ordinal");
    public static final Property status = p("status");
    public static final Property attributedOrigin = p("attributedOrigin");
    public static final Property releasedCount = p("releasedCount");
    public static final Property votesFor = p("votesFor");
    public static final Property votesAgainst = p("votesAgainst");
    public static final Property abstentions = p("abstentions");
    public static final Property outcome = p("outcome");
    public static final Property respondsTo = p("respondsTo");
    public static final Property during = p("during");
    public static final Property identityKey = p("identityKey");
    public static final Property defaultEventCode = p("defaultEventCode");

    // Actors and posts
    public static final Property title = p("title");
    public static final Property asOf = p("asOf");
    public static final Property country = p("country");
    public static final Property heldFrom = p("heldFrom");
    public static final Property heldUntil = p("heldUntil");
    public static final Property demonym = p("demonym");
    public static final Property placeKind = p("placeKind");
    public static final Property organizationKind = p("organizationKind");

    // Evidence and provenance
    public static final Property evidence = p("evidence");
    public static final Property confidence = p("confidence");
    public static final Property sentenceIndex = p("sentenceIndex");
    public static final Property method = p("method");
    public static final Property contentHash = p("contentHash");
    public static final Property extractorVersion = p("extractorVersion");
    public static final Property dateline = p("dateline");
    public static final Property body = p("body");
    public static final Property mentions = p("mentions");

    /** The class of an actor type: {@code dip:Person} for {@link ActorType#Person}. */
    public static Resource actorClass(ActorType type) {
        return c(type.name());
    }

    /** The class of an event type: {@code dip:Meeting} for {@link EventType#Meeting}. */
    public static Resource eventClass(EventType type) {
        return c(type.name());
    }

    /** The role property: {@code dip:participant} for {@link Role#participant}. */
    public static Property role(Role role) {
        return p(role.name());
    }
}
