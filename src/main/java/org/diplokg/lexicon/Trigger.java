package org.diplokg.lexicon;

import java.util.List;
import java.util.Set;
import org.diplokg.model.EventType;

/**
 * A word or phrase that reports an event, with its argument frame (data/lexicon/triggers-*.tsv).
 *
 * @param phrase  the phrase as listed
 * @param type    the event type it reports
 * @param verb    a verb (takes a subject) rather than a noun (takes a genitive)
 * @param subject roles its subject or genitive plays ("principal" = the type's principal role)
 * @param object  role of the actor or place after the subject ("place", a role name, or null)
 * @param flags   "plural-places": several places make it a tour; "signatory": a person who signs acts for the state
 *                or body of their post; others as listed in the header of triggers-*.tsv
 */
public record Trigger(String phrase, EventType type, boolean verb, List<String> subject, String object, Set<String> flags) {
    public Trigger {
        subject = List.copyOf(subject);
        flags = Set.copyOf(flags);
    }

    /** The phrase's first word, as listed: the verb or noun itself, without what follows it. */
    public String firstWord() {
        int space = phrase.indexOf(' ');
        return space < 0 ? phrase : phrase.substring(0, space);
    }

    /** The verb's letters read as its verbal noun ("بالرفض" for رفض): the same event, its actor the genitive after it. */
    public Trigger asVerbalNoun() {
        return new Trigger(phrase, type, false, subject, object, Set.of());
    }

    /**
     * The same verb read as naming what its object is ("called the talks \"constructive\"", "called Zelenskyy a
     * dictator"): a speech act of its subject, the frame of the speech verbs, with no object role.
     */
    public Trigger asNaming() {
        return new Trigger(phrase, EventType.Statement, true, List.of("principal"), null, Set.of());
    }

    /**
     * The same verb read as receiving a guest ("welcomed Emir Tamim to the White House"): a meeting its subject hosts
     * and takes part in, with the guest as the other participant, the frame of "hosted" and "received".
     */
    /** The same verb for an event of another type: "تباحث … هاتفيا" (discussed by phone) is a call, not a meeting. */
    public Trigger ofType(EventType other) {
        return new Trigger(phrase, other, verb, subject, object, flags);
    }

    public Trigger asHosting() {
        return new Trigger(phrase, EventType.Meeting, true, List.of("host", "participant"), "participant", Set.of());
    }
}
