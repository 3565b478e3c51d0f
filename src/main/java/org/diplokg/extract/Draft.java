package org.diplokg.extract;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.diplokg.lexicon.EventTypeRule;
import org.diplokg.model.Event;
import org.diplokg.model.EventType;
import org.diplokg.model.Evidence;
import org.diplokg.model.Role;
import org.diplokg.model.TimeValue;
import org.diplokg.extract.time.TimeMention;

/** An event while its arguments are being gathered; becomes an immutable {@link Event} at the end. */
final class Draft {
    EventType type;
    final int sentence;
    final int triggerFirst;
    final int triggerLast;
    final boolean verb;
    final boolean tourWhenPlural;
    /** The earlier event whose subject this one shares (a coordinated verb, a participle, a possessive noun). */
    Draft sharesSubjectWith;
    /** Talks (محادثات، "talks"): a meeting, or a negotiation when mediated or between sides. */
    boolean talks;
    /** A bare round noun that points back to talks the article told before ("في ختام الجولة"): no event of its own. */
    boolean roundToldBefore;
    /** A verb of discussing (بحث، ناقش): what a call just told discussed, when it adds no one, no place and no date. */
    boolean discussion;
    /** A vote (triggers flag body-subject) whose subject is no deliberative body: "Russia voted against", not a resolution. */
    boolean voteOfNoBody;
    /** An attack verb that also means criticism (triggers flag armed-subject) whose subject wages no war: "Trump attacked Biden". */
    boolean attackByNoArmedSide;
    /**
     * A deliberative body that meets on its own ("the assembly met in an emergency session"): its session, where it
     * votes, is no meeting between actors.
     */
    boolean sessionOfABody;
    /** Signing (وقّع، "signed"): a person among its parties signs for the state or body of their post. */
    boolean signed;
    /** A verb of hosting (triggers flag guest-visits): a person it hosts at a place it names visits that place. */
    boolean guestVisits;
    /** A summit or conference: who is said to attend it takes part in it as a participant (see the leaders-gathering flag). */
    boolean leadersGathering;
    /** The people of a meeting named as visitors ("with visiting Prime Minister Netanyahu"): each visits where it is held. */
    final Set<String> visitors = new LinkedHashSet<>();
    /**
     * A trip an apposition's infinitive tells ("Fidan, the most senior Turkish official to travel to the Syrian capital
     * since the regime fell, was received"): the one the main clause, {@link #sharesSubjectWith}, is set on, of its day;
     * the "since" that measures the record looks back from it, not it.
     */
    boolean tripOfTheMainClause;
    /** "Fidan, whose government hosted the session": its subject acts through the state of their post (Turkey hosts). */
    boolean byTheSubjectsState;
    /**
     * A definite noun that names no actor of its own ("الاتفاق", "the truce"): it points back to a deal the article
     * has named, whose sides it has unless the text gives others.
     */
    boolean anaphoric;
    /** A noun with the article ("الجولة", "the tour"): an event already told, or known to the reader. */
    boolean definite;
    /** A noun its phrase opens with "a" ("vetoed a U.S.-drafted resolution"): a new event, not a repeated one. */
    boolean indefinite;
    /**
     * Talks or a meeting called another round ("جولة جديدة من المحادثات", "the next round of talks", "fresh talks"):
     * other than any the article told before, never a back-reference to them.
     */
    boolean anotherRound;
    /**
     * A noun called an earlier one of its type ("the last exchange, in November", "التبادل السابق"): an event of its own
     * before the one the story reports, which it never merges with, and which takes no date from the story.
     */
    boolean earlierOne;
    /**
     * A gathering said to be held ("the next round of talks will be held in Geneva on October 30"): an event of its
     * own, dated by that clause, even when no participant is named.
     */
    boolean saidToBeHeld;
    /** A gathering said to open on a day ("The talks opened on Sunday"): that day is its first, not the whole of it. */
    boolean opened;
    /** The roles its subject takes ("hosting": host and participant); a subject it shares takes them too. */
    List<Role> subjectRoles = List.of();
    /**
     * A joint appearance whose subject the sentence names in no way it can read yet ("…, flanked by Hun Manet and
     * Phumtham Wechayachai, Anwar said"): the people it lists are not its two sides.
     */
    boolean subjectUntold;
    /** A participle (مؤكدا، "saying"): it has no subject of its own. */
    boolean participle;
    /** An absolute participle ("…, with Obasanjo mediating"): it describes the event of the clause before it. */
    boolean absolute;
    /** The event an absolute participle was folded into, which it describes instead of being one of its own. */
    Draft describes;
    /**
     * A noun a light verb governs, its subject between them (أجرى الملك اتصالا، "Erdogan held talks"): that subject is
     * the clause's, as a verb's is.
     */
    boolean afterALightVerb;
    /** A noun with a possessive pronoun (استقباله "his receiving"): its subject is the pronoun's referent. */
    boolean possessive;
    final Map<Role, Set<String>> roles = new EnumMap<>(Role.class);
    final Set<String> places = new LinkedHashSet<>();
    /** The last token of a verb's subject that follows it (VSO), or -1: its object noun comes after that subject. */
    int subjectAfterLast = -1;
    /** The actors its subject (or genitive) names, whatever role they took: a coordinated verb shares them. */
    final Set<String> subject = new LinkedHashSet<>();
    final List<Evidence> evidence = new ArrayList<>();
    final Map<String, Integer> quantities = new LinkedHashMap<>();
    /** The proposal or agreement an acceptance or rejection answers, or null. */
    Draft respondsTo;
    /** The agreement that establishes it ("اتفاقا لوقف إطلاق النار"), whose date it takes when it has none, or null. */
    Draft establishedBy;
    /**
     * A truce whose start the text leaves open ("على أن يتم الإعلان عن توقيت بدء سريانها", "لم يحدد موعد سريانها"):
     * it did not begin with the deal that set it up, and takes no date from it.
     */
    boolean startOpen;
    /** The day a deal said to take effect ("The deal will take effect on Sunday") starts the truce it establishes, or null. */
    TimeValue inForceFrom;
    TimeValue time;
    TimeValue begin;
    TimeValue end;
    String duration;
    Integer phaseCount;
    Integer ordinal;
    String status;
    boolean ownDate;
    boolean fromDiscourse;
    /** Its subject is "the two sides" (الجانبان): an earlier pair of the same sentence comes before the discourse's. */
    boolean dualSubject;
    /** That dual names people ("the two leaders", "dual=person"): they act as themselves, not for their states. */
    boolean dualOfPeople;
    /** Its place is the dateline's, guessed for news of the day, not named by the text. */
    boolean placeFromDateline;
    /** A war waged on a territory (حرب على غزة): the text names the side that wages it, and no other. */
    boolean wagedOnATerritory;
    /**
     * Named by a date that premodifies it ("Hamas's October 7, 2023 attack", "the 2015 nuclear deal"): an event the
     * reader is taken to know by its day, a landmark rather than news the text reports.
     */
    boolean namedByItsDate;
    Draft during;
    /**
     * Reported as held on the sidelines of a gathering ("على هامش القمة", "on the sidelines of the summit"): a
     * meeting of its own, not that gathering, though it shares the day and some of its actors.
     */
    boolean onTheSidelines;

    Draft(EventType type, int sentence, int triggerFirst, int triggerLast, boolean verb, boolean tourWhenPlural) {
        this.type = type;
        this.tourWhenPlural = tourWhenPlural;
        this.sentence = sentence;
        this.triggerFirst = triggerFirst;
        this.triggerLast = triggerLast;
        this.verb = verb;
    }

    void add(Role role, String slug) {
        roles.computeIfAbsent(role, r -> new LinkedHashSet<>()).add(slug);
    }

    Set<String> actors(Role role) {
        // Asked per rule and per pair of mentions: one lookup, where getOrDefault of an absent role makes two.
        Set<String> actors = roles.get(role);
        return actors != null ? actors : Set.of();
    }

    TimeValue date() {
        return time != null ? time : begin != null ? begin : end;
    }

    boolean hasDate() {
        return date() != null;
    }

    /** The same mention with {@code partner} as the only participant besides its subject: one of separate talks. */
    Draft withOnlyPartner(String partner) {
        var one = copy();
        one.subject.addAll(subject);
        one.roles.get(Role.participant).removeIf(p -> !subject.contains(p) && !p.equals(partner));
        return one;
    }

    /** The same mention with {@code actor} as the only one of its subject: one pair a "respectively" distributes. */
    Draft withOnlySubject(String actor) {
        var one = copy();
        one.subject.add(actor);
        one.roles.values().forEach(slugs -> slugs.removeIf(s -> subject.contains(s) && !s.equals(actor)));
        return one;
    }

    /** Dates it on {@code day}, the text's own date for it. */
    void onDay(TimeValue day) {
        begin = end = null;
        time = day;
        ownDate = true;
    }

    /** Makes {@code place} its only place. */
    void atOnly(String place) {
        places.clear();
        places.add(place);
    }

    /** The same trip with {@code place} as its only destination, on {@code day}: one leg of a trip told leg by leg. */
    Draft legTo(String place, TimeValue day) {
        var leg = copy();
        leg.subject.addAll(subject);
        leg.atOnly(place);
        leg.onDay(day);
        return leg;
    }

    /** One round of talks told as several ({@link RoundDates}): the same sides, mediator and place, on its own day. */
    Draft roundOn(TimeMention day) {
        var round = copy();
        round.subject.addAll(subject);
        round.begin = round.end = round.time = null;
        DateOwners.apply(round, day, false);
        return round;
    }

    /**
     * A fresh mention of the same event with this one's arguments, date, places and setting, to narrow down to one of
     * the several events this mention tells (absorbing into an undated draft takes the date and whether it is its own).
     */
    private Draft copy() {
        var one = new Draft(type, sentence, triggerFirst, triggerLast, verb, tourWhenPlural);
        one.absorb(this);
        one.fromDiscourse = fromDiscourse;
        one.during = during;
        return one;
    }

    /**
     * The visit of {@code guests} this hosting tells ("while hosting Netanyahu at the White House"): at its places,
     * on its day, with its hosts as theirs.
     */
    Draft visitOf(Set<String> guests) {
        var visit = new Draft(EventType.Visit, sentence, triggerFirst, triggerLast, verb, false);
        guests.forEach(guest -> visit.add(Role.participant, guest));
        actors(Role.host).forEach(host -> visit.add(Role.host, host));
        visit.places.addAll(places);
        visit.evidence.addAll(evidence);
        visit.time = time;
        visit.begin = begin;
        visit.end = end;
        visit.ownDate = ownDate;
        visit.fromDiscourse = fromDiscourse;
        return visit;
    }

    /** Folds a second report of the same event into this one. */
    void absorb(Draft other) {
        other.roles.forEach((role, slugs) -> slugs.forEach(s -> add(role, s)));
        places.addAll(other.places);
        evidence.addAll(other.evidence);
        if (time == null && begin == null && end == null) {
            time = other.time;
            begin = other.begin;
            end = other.end;
            ownDate = other.ownDate;
        }
        // "The agreement was signed by …": one mention of a signing makes the event's person parties signatories.
        signed |= other.signed;
        saidToBeHeld |= other.saidToBeHeld;
        guestVisits |= other.guestVisits;
        leadersGathering |= other.leadersGathering;
        subjectUntold |= other.subjectUntold;
        visitors.addAll(other.visitors);
        startOpen |= other.startOpen;
        // "الحرب الجارية في القطاع … الحرب الإسرائيلية على قطاع غزة": one report of the war as waged on a territory
        // says its other side goes unsaid, for every report of it.
        wagedOnATerritory |= other.wagedOnATerritory;
        if (inForceFrom == null) inForceFrom = other.inForceFrom;
        if (duration == null) duration = other.duration;
        if (phaseCount == null) phaseCount = other.phaseCount;
        if (ordinal == null) ordinal = other.ordinal;
        if (status == null) status = other.status;
        other.quantities.forEach(quantities::putIfAbsent);
    }

    /** @param respondsTo index in the article's event list of the event this one answers, or -1 */
    Event toEvent(int respondsTo) {
        Map<Role, List<String>> frozen = new EnumMap<>(Role.class);
        roles.forEach((role, slugs) -> frozen.put(role, List.copyOf(slugs)));
        return new Event(type, frozen, List.copyOf(places), time, begin, end, duration, phaseCount, List.of(), ordinal,
                status, quantities, respondsTo, evidence);
    }

    /** Mediated talks are a negotiation, and those who met in them its sides. */
    void becomeNegotiation() {
        type = EventType.Negotiation;
        Set<String> sides = new LinkedHashSet<>(actors(Role.participant));
        roles.remove(Role.participant);
        sides.forEach(side -> add(Role.party, side));
    }

    /** The first of the sentence's events whose trigger begins after token {@code token}, or null. */
    static Draft firstAfter(List<Draft> drafts, int token) {
        return firstBetween(drafts, token, Integer.MAX_VALUE);
    }

    /** The first of the sentence's events whose trigger begins strictly between the two tokens, or null. */
    static Draft firstBetween(List<Draft> drafts, int after, int before) {
        for (Draft d : drafts) if (d.triggerFirst > after && d.triggerFirst < before) return d;
        return null;
    }

    /** The last of the sentence's events whose trigger ends before token {@code token}, or null. */
    static Draft lastBefore(List<Draft> drafts, int token) {
        Draft last = null;
        for (Draft d : drafts) if (d.triggerLast < token) last = d;
        return last;
    }

    /**
     * Gives the group's actors the roles ("principal" is the type's principal role), or, for "place", makes the
     * places among them where the event happened; whatever is taken is marked used.
     */
    void assign(Groups.Group group, List<String> roles, EventTypeRule rule, Set<ActorPhrase> used) {
        for (ActorPhrase p : group.phrases()) {
            for (String role : roles) {
                if (role.equals("place")) {
                    if (p.canBePlace()) {
                        places.add(p.slug());
                        used.add(p);
                    }
                } else if (!p.isPlace()) {
                    add(role.equals("principal") ? rule.principal() : Role.valueOf(role), p.slug());
                    used.add(p);
                }
            }
        }
    }

}
