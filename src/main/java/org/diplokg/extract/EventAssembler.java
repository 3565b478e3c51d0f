package org.diplokg.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.diplokg.lexicon.EventLexicon;
import org.diplokg.lexicon.EventTypeRule;
import org.diplokg.lexicon.KnownConflicts;
import org.diplokg.model.ActorType;
import org.diplokg.model.EventType;
import org.diplokg.model.Place;
import org.diplokg.model.Role;
import org.diplokg.model.TimeValue;

/**
 * Turns the drafts of a whole article into its events: a visit to several states is a tour; several mentions of
 * one event (the verb, then "لقائهما", then "the meeting") become one; mentions missing what their type needs
 * (a speaker, a date for a war) and mentions with nothing of their own — no actor, date, phases or duration
 * ("the truce agreement") — are dropped.
 */
final class EventAssembler {
    /** How long after a deal the truce it sets up may take effect and still be the truce the article reports. */
    private static final int TAKES_EFFECT_DAYS = 7;
    /** How many days after its opening a gathering may still be the one told before ("three days of talks"). */
    private static final int GATHERING_DAYS = 10;
    private final EventLexicon lexicon;
    private final PeopleRegistry people;
    private final KnownConflicts conflicts;

    EventAssembler(EventLexicon lexicon, PeopleRegistry people, KnownConflicts conflicts) {
        this.lexicon = lexicon;
        this.people = people;
        this.conflicts = conflicts;
    }

    /** @param sidesOfPeople the state or side each person the article names with a post holds it for */
    List<Draft> assemble(List<Draft> found, Map<String, String> sidesOfPeople) {
        TalksToldAgain.readAsTheNegotiation(found);
        List<Draft> drafts = withVisitsOfHostedGuests(found);
        drafts.forEach(this::onsetOfAKnownWar);
        drafts.forEach(d -> openingOfAGatheringToldBefore(drafts, d));
        drafts.forEach(this::visitOfSeveralStatesIsATour);
        var merged = new ArrayList<Draft>();
        for (Draft d : drafts) {
            Draft same = sameEventAs(merged, d, sidesOfPeople);
            if (same == null) {
                merged.add(d);
            } else {
                Set<String> sides = sidesTheirOfficeHoldersRepeat(same, d, sidesOfPeople);
                if (setUpAndThenInForce(same, d) || setUpAndThenInForce(d, same)) keepWhatTheTruceInForceSays(same, d);
                else if (MonthAndDay.toldAtTwoPrecisions(same, d)) MonthAndDay.absorbTheDay(same, d);
                else same.absorb(d);
                keepTheFinerPlaces(same);
                if (sides != null) same.roles.put(lexicon.rule(same.type).principal(), sides);
                drafts.stream().filter(o -> o.establishedBy == d).forEach(o -> o.establishedBy = same);
            }
        }
        merged.forEach(this::noPersonIsASideOfAWar);
        merged.forEach(this::sidesOfAKnownWar);
        merged.forEach(this::beganWithItsDeal);
        List<Draft> events = withDealSides(merged);
        events.forEach(d -> d.respondsTo = answered(d, events));
        events.forEach(visit -> hostOfTheVisitorsMeeting(visit, events));
        return events;
    }

    /**
     * "Trump … while hosting Israeli Prime Minister Benjamin Netanyahu at the White House": the people a verb of
     * hosting receives at a place it names came there, a visit of theirs besides the meeting; another mention of that
     * visit ("Xi arrived in Moscow on Monday … Putin hosted Xi in the Kremlin on Monday evening") merges with it.
     * A state or group hosted ("hosted the talks", "has hosted Hamas's political office") pays no visit. A person a
     * meeting names as visiting ("with visiting Prime Minister Netanyahu") came to where it was held, wherever the text
     * says that is.
     */
    private List<Draft> withVisitsOfHostedGuests(List<Draft> found) {
        var drafts = new ArrayList<Draft>(found);
        for (Draft hosting : found) {
            if (!hosting.guestVisits || hosting.places.isEmpty() || hosting.placeFromDateline) continue;
            Set<String> guests = hosting.actors(Role.participant).stream()
                    .filter(a -> !hosting.subject.contains(a) && !hosting.actors(Role.host).contains(a) && isPerson(a))
                    .collect(Collectors.toCollection(LinkedHashSet::new));
            if (!guests.isEmpty()) drafts.add(hosting.visitOf(guests));
        }
        found.stream().filter(m -> !m.visitors.isEmpty() && !m.places.isEmpty()).forEach(m -> drafts.add(m.visitOf(m.visitors)));
        return drafts;
    }

    private boolean isPerson(String slug) {
        return people.actor(slug).map(a -> a.type() == ActorType.Person).orElse(false);
    }

    /**
     * The complete mentions, with the sides of deals that point back to others; talks named only by a definite noun
     * ("who led the negotiations") count once they have the sides of the deal they produced.
     */
    private List<Draft> withDealSides(List<Draft> merged) {
        var deals = new DealSides();
        List<Draft> events = merged.stream().filter(this::complete).toList();
        deals.resolve(events);
        if (!deals.anaphoricTalks(merged, events)) return events;
        events = merged.stream().filter(this::complete).toList();
        deals.resolve(events);
        return events;
    }

    /**
     * The proposal or agreement an acceptance or rejection answers: one in its own sentence, else the latest one
     * reported before it.
     */
    private static Draft answered(Draft d, List<Draft> events) {
        if (d.type != EventType.Acceptance && d.type != EventType.Rejection) return null;
        Draft answered = null;
        for (Draft candidate : events) {
            if (candidate.type != EventType.Proposal && candidate.type != EventType.Agreement) continue;
            if (candidate.sentence == d.sentence) return candidate;
            if (candidate.sentence < d.sentence) answered = candidate;
        }
        return answered;
    }

    /**
     * "Hamas's October 7, 2023 attack on Israel", "since Hamas' Oct. 7 attack": an attack named by its date, as a landmark
     * the reader knows, by a side of a known war on the very day that war began is the war's onset, told as the start
     * of the war: the war itself, between that war's sides, not placed where the attack struck. So it is one
     * event with "Israel launched its war on Gaza", which names one side only. The attacks a report of those days tells
     * ("Hamas attacked Israel on October 7") are news of their own.
     */
    private void onsetOfAKnownWar(Draft d) {
        if (d.type != EventType.MilitaryOperation || !d.namedByItsDate) return;
        Optional<KnownConflicts.Conflict> war = conflicts.begunOnThatDayBy(d.actors(Role.agent), d.date().iso());
        if (war.isEmpty()) return;
        d.type = EventType.Conflict;
        d.roles.remove(Role.agent);
        war.get().sides().forEach(side -> d.add(Role.party, side));
        // The attack's target ("on Israel") is not where the war is fought.
        d.places.clear();
    }

    /**
     * "signed a declaration on Tuesday, after three days of talks hosted by China … The talks opened on Sunday": talks
     * said to open on a day, naming no sides, are the talks the article told before on a later day (within
     * {@link #GATHERING_DAYS}), which ran from that opening day to the day told before. Both mentions get that span,
     * and so become one event.
     */
    private void openingOfAGatheringToldBefore(List<Draft> drafts, Draft opening) {
        if (!opening.opened || opening.time == null || opening.time.precision() != TimeValue.Precision.DAY || !principals(opening).isEmpty()) return;
        LocalDate first = opening.time.firstDay();
        Draft told = drafts.subList(0, drafts.indexOf(opening)).stream()
                .filter(d -> d.talks == opening.talks && (d.talks || d.type == opening.type))
                .filter(d -> lastDayTold(d) != null && lastDayTold(d).firstDay().isAfter(first)
                        && !lastDayTold(d).firstDay().isAfter(first.plusDays(GATHERING_DAYS)))
                .reduce((a, b) -> b).orElse(null);
        if (told == null) return;
        told.end = opening.end = lastDayTold(told);
        told.begin = opening.begin = opening.time;
        told.time = opening.time = null;
        opening.type = told.type;
    }

    /** The one day a mention gives, as its date or as its end ("after three days of talks" ends them), or null. */
    private static TimeValue lastDayTold(Draft d) {
        TimeValue day = d.time != null ? d.time : d.begin == null ? d.end : null;
        return day != null && day.precision() == TimeValue.Precision.DAY ? day : null;
    }

    /**
     * "the war in Gaza", "the war that began in February 2022": a war with fewer than two sides named takes the known
     * war's. One with two or more takes them when a named side is one of that war's ("the army, led by Burhan, and the
     * RSF", "Eritrea fought alongside Ethiopian forces in Tigray"): the text names the sides its sentence is about.
     * A war waged on a territory ("حرب على غزة") has only the side the text names: its other side goes unsaid. An
     * undated one ("the conflict in Sudan", "حرب استمرت أكثر من عام بين إسرائيل وحزب الله") has the sides its text
     * names, if any: without a date it is a war the text alludes to, not one it tells, and the reader takes no more from it.
     */
    private void sidesOfAKnownWar(Draft d) {
        if (d.type != EventType.Conflict || d.wagedOnATerritory || !d.hasDate()) return;
        Set<String> places = d.actors(Role.party).size() >= 2 ? Set.of() : Set.copyOf(d.places);
        conflicts.match(places, d.actors(Role.party), d.date().iso())
                .filter(war -> sideOfIt(war, d))
                .ifPresent(war -> war.sides().forEach(side -> d.add(Role.party, side)));
    }

    /**
     * "The Houthis have attacked ships in the Red Sea since November in support for Palestinians in Gaza": a war
     * whose one named side is none of the known war's is another war, though fought near it.
     */
    private static boolean sideOfIt(KnownConflicts.Conflict war, Draft d) {
        Set<String> named = d.actors(Role.party);
        return named.isEmpty() || !Collections.disjoint(war.sides(), named);
    }

    /**
     * Wars are fought between states and armed groups; a person the war's stretch of the sentence names (the leader
     * who speaks of it, "Burhan's army") is no side of it.
     */
    private void noPersonIsASideOfAWar(Draft d) {
        if (d.type != EventType.Conflict || !d.roles.containsKey(Role.party)) return;
        d.roles.get(Role.party).removeIf(slug -> people.actor(slug).map(a -> a.type() == ActorType.Person).orElse(false));
    }

    /**
     * "The war between Israel and Hamas … The war in Yemen has killed …": two mentions of wars are two wars when each
     * names a different known war, or when one names no sides and their places lie in different states ("الحرب في
     * اليمن" is not the war between Israel and Hezbollah in Lebanon).
     */
    private boolean otherWars(Draft a, Draft b) {
        var warA = namedWar(a);
        var warB = namedWar(b);
        if (warA.isPresent() && warB.isPresent() && !warA.equals(warB)) return true;
        return (principals(a).isEmpty() || principals(b).isEmpty()) && inOtherStates(a, b);
    }

    private Optional<KnownConflicts.Conflict> namedWar(Draft d) {
        return conflicts.named(Set.copyOf(d.places), d.actors(Role.party), d.hasDate() ? d.date().iso() : null);
    }

    /**
     * "وقعت إسرائيل وحماس أمس اتفاقا لوقف إطلاق النار": a truce an agreement establishes, which the article dates
     * nowhere else (it would say when a later start is set), began when the agreement was made. One whose start the
     * text leaves open did not: it keeps no date of its deal's, which its own sentence may have lent it. One whose deal
     * is said to take effect on a day ("The deal will take effect on Sunday") began that day, not on the deal's.
     */
    private void beganWithItsDeal(Draft d) {
        Draft deal = d.establishedBy;
        if (deal == null || !deal.hasDate() || !lexicon.rule(d.type).fromDeal()) return;
        if (deal.inForceFrom != null && (!d.ownDate || d.date().equals(deal.date()))) {
            d.time = deal.inForceFrom;
            d.ownDate = true;
            return;
        }
        if (d.startOpen && d.hasDate() && d.date().equals(deal.date())) d.time = d.begin = d.end = null;
        if (d.hasDate() || d.startOpen) return;
        d.time = deal.date();
        d.ownDate = deal.ownDate;
    }

    /**
     * "Xi arrived in Moscow on Monday for a state visit. … Putin hosted Xi for an informal dinner on Monday evening":
     * whoever hosts the visitor at a meeting on the day of the visit hosts the visit. A meeting held elsewhere that
     * day, in another state, is another leg's.
     */
    private void hostOfTheVisitorsMeeting(Draft visit, List<Draft> events) {
        if (visit.type != EventType.Visit || !visit.hasDate() || visit.actors(Role.participant).isEmpty() || !visit.actors(Role.host).isEmpty()) return;
        events.stream().filter(m -> m.type == EventType.Meeting && m.hasDate() && m.date().equals(visit.date()) && !m.actors(Role.host).isEmpty()
                        && m.actors(Role.participant).containsAll(visit.actors(Role.participant))
                        && Collections.disjoint(m.actors(Role.host), visit.actors(Role.participant)) && !inAnotherState(visit, m))
                .findFirst().ifPresent(m -> m.actors(Role.host).forEach(host -> visit.add(Role.host, host)));
    }

    /** "Moscow" and "the Kremlin" lie in one state; places whose states differ, both named, are apart. */
    private boolean inAnotherState(Draft a, Draft b) {
        Set<String> states = a.places.stream().map(p -> stateOf(p, true)).flatMap(Optional::stream).collect(Collectors.toSet());
        Set<String> others = b.places.stream().map(p -> stateOf(p, true)).flatMap(Optional::stream).collect(Collectors.toSet());
        return !states.isEmpty() && !others.isEmpty() && Collections.disjoint(states, others);
    }

    /**
     * The state a place lies in, or the state itself; with {@code bodies}, also the state of a body that stands for a
     * place ("the Kremlin").
     */
    private Optional<String> stateOf(String place, boolean bodies) {
        return people.place(place).map(Place::country).or(() -> people.actor(place)
                .filter(a -> bodies || a.type() == ActorType.State).map(a -> a.type() == ActorType.State ? a.slug() : a.country()));
    }

    private void visitOfSeveralStatesIsATour(Draft d) {
        if (d.type != EventType.Visit || !d.tourWhenPlural) return;
        long states = d.places.stream().filter(p -> people.actor(p).map(a -> a.type() == ActorType.State).orElse(false)).count();
        if (states < 2) return;
        d.type = EventType.Tour;
        if (d.begin == null && d.time != null) {
            d.begin = d.time;
            d.time = null;
        }
    }

    /**
     * The mention already merged that reports the same event as {@code d}: one with just its principals before one
     * whose principals only include or are included in its own, so that "the meeting between Macron and Erdogan" is
     * their meeting, not the summit of Macron that came first.
     */
    private Draft sameEventAs(List<Draft> merged, Draft d, Map<String, String> sidesOfPeople) {
        Set<String> principals = principals(d);
        Draft first = null;
        // Runs for every pair of mentions of the article: a mention of another type is never the same event.
        for (Draft m : merged) {
            if (m.type != d.type || !sameEvent(m, d) && !repeatedByOfficeHolders(m, d, sidesOfPeople)) continue;
            if (!principals.isEmpty() && principals(m).equals(principals)) return m;
            if (first == null) first = m;
        }
        return first;
    }

    /**
     * Two mentions of a type on one day are one event when one's principals are among the other's: "لقاء بري"
     * repeats the meeting with Berri, but a meeting with Mikati the same day is another meeting. A mention without
     * actors points to the other ("the meeting"), but a speech act without a speaker is no one's statement (the
     * unnamed "mediators said" is not the White House's statement of the same day), and an
     * indefinite noun with a date of its own ("on Friday vetoed a U.S.-drafted resolution") introduces another event:
     * it does not point back to an undated one and lend it that date. A meeting on the sidelines of a summit is not
     * the summit: with other principals, they are two meetings. Another round ("جولة جديدة من المحادثات", "the next
     * round of talks") is no earlier round told again, and an earlier one ("the last exchange, in November",
     * "التبادل السابق") is not the one the story reports.
     */
    private boolean sameEvent(Draft a, Draft b) {
        return sameEvent(a, b, principals(a), principals(b));
    }

    /** {@link #sameEvent(Draft, Draft)} with the principals {@code pa} and {@code pb} the mentions are read to have. */
    private boolean sameEvent(Draft a, Draft b, Set<String> pa, Set<String> pb) {
        if (a.type != b.type) return false;
        if (b.anotherRound && !a.anotherRound) return false;
        if (a.earlierOne != b.earlierOne) return false;
        if (establishedByOtherDeals(a, b)) return false;
        if (lexicon.rule(a.type).placeBound() && inOtherStates(a, b)) return false;
        if (a.type == EventType.Conflict && otherWars(a, b)) return false;
        if (setUpAndThenInForce(a, b) || setUpAndThenInForce(b, a)) return pa.isEmpty() || pb.isEmpty() || !Collections.disjoint(pa, pb);
        if (a.hasDate() && b.hasDate() && !a.date().iso().equals(b.date().iso()) && !tourToldAgain(a, b)
                && !MonthAndDay.sameOccasion(a, b, pa, pb)) return false;
        if (a.onTheSidelines != b.onTheSidelines && !pa.isEmpty() && !pb.isEmpty() && !pa.equals(pb)) return false;
        if ((pa.isEmpty() || pb.isEmpty()) && lexicon.rule(a.type).placeBound() && heldElsewhere(a, b)
                && !inTheStateTheOtherNames(a, b) && !inTheStateTheOtherNames(b, a)) return false;
        if ((pa.isEmpty() || pb.isEmpty()) && mediatedByOthers(a, b)) return false;
        if ((pa.isEmpty() || pb.isEmpty()) && a.type == EventType.Statement) return false;
        if (pb.isEmpty()) return !(b.indefinite && b.ownDate && !a.hasDate());
        if (pa.isEmpty()) return true;
        return pa.containsAll(pb) || pb.containsAll(pa);
    }

    /**
     * "بدأ أردوغان الاثنين جولة خليجية … ويرافقه في جولته وفد … وتأتي الجولة في سياق": a later tour noun with a pronoun
     * or the article, and no date of its own (the day it took is the story's), is the tour told before, which lasts
     * over days, not a new tour of that day; a numbered one ("جولته الثانية") is the same only with the same number.
     */
    private static boolean tourToldAgain(Draft earlier, Draft later) {
        return earlier.type == EventType.Tour && (later.possessive || later.definite) && !later.ownDate
                && (later.ordinal == null || later.ordinal.equals(earlier.ordinal));
    }

    /**
     * "Iran and the United States held talks on Saturday … Iranian Foreign Minister Araghchi and U.S. envoy Witkoff held
     * indirect talks": a mention whose principals are people holding posts for exactly the states or sides another
     * mention of its type names retells that event, as far as the rest of {@link #sameEvent} allows (one day, one
     * place, one round). Both mentions naming people stay apart: Blinken's meeting with Sisi is not his meeting with
     * Egypt's foreign minister.
     */
    private boolean repeatedByOfficeHolders(Draft a, Draft b, Map<String, String> sidesOfPeople) {
        Set<String> sides = sidesTheirOfficeHoldersRepeat(a, b, sidesOfPeople);
        // Both mentions are weighed with the office-holders read as the sides they hold posts for.
        return sides != null && sameEvent(a, b, sides, sides);
    }

    /**
     * The sides one of the two mentions names whose office-holders are all the other's principals, or null: a copy in
     * the article's order, since the mention it comes from may absorb the other before the sides are put back.
     */
    private Set<String> sidesTheirOfficeHoldersRepeat(Draft a, Draft b, Map<String, String> sidesOfPeople) {
        if (a.type != b.type) return null;
        Set<String> pa = principals(a);
        Set<String> pb = principals(b);
        if (holdersOf(pa, pb, sidesOfPeople)) return new LinkedHashSet<>(pa);
        if (holdersOf(pb, pa, sidesOfPeople)) return new LinkedHashSet<>(pb);
        return null;
    }

    /** Whether every one of {@code people} holds a post for one of {@code sides}, and together they stand for all. */
    private static boolean holdersOf(Set<String> sides, Set<String> people, Map<String, String> sidesOfPeople) {
        if (sides.size() < 2) return false;
        for (String side : sides) if (sidesOfPeople.containsKey(side)) return false;
        if (!sidesOfPeople.keySet().containsAll(people)) return false;
        return people.stream().map(sidesOfPeople::get).collect(Collectors.toSet()).equals(sides);
    }

    /**
     * "اجتماعها الأول في جنيف" after the conference in Berlin, "drones hit a ship in the Red Sea" after missiles fired
     * at Kyiv: a mention without actors is an anaphor of an event of its type ("the meeting") only if it names no
     * place the other does not: held elsewhere, it is another event. The dateline's place is a guess, not a place the
     * text names.
     */
    static boolean heldElsewhere(Draft a, Draft b) {
        return !a.placeFromDateline && !b.placeFromDateline && !a.places.isEmpty() && !b.places.isEmpty()
                && Collections.disjoint(a.places, b.places);
    }

    /**
     * "دخل وقف إطلاق النار بين إسرائيل وحزب الله حيز التنفيذ فجر اليوم … أعلن بايدن أمس التوصل إلى اتفاق بين لبنان
     * وإسرائيل لوقف الأعمال العدائية": the truce a deal sets up, dated by that deal if at all, is the truce the article
     * reports on its own with a side in common, when that one starts on the deal's day or within
     * {@link #TAKES_EFFECT_DAYS} after it; a truce months apart is another round.
     */
    private boolean setUpAndThenInForce(Draft setUp, Draft inForce) {
        Draft deal = setUp.establishedBy;
        if (deal == null || inForce.establishedBy != null || !lexicon.rule(setUp.type).fromDeal()) return false;
        if (!deal.hasDate() || !inForce.hasDate() || setUp.hasDate() && !setUp.date().iso().equals(deal.date().iso())) return false;
        String agreed = deal.date().iso();
        String starts = inForce.date().iso();
        if (agreed.length() != 10 || starts.length() != 10 || agreed.equals(starts)) return false;
        var day = java.time.LocalDate.parse(agreed);
        var start = java.time.LocalDate.parse(starts);
        return !start.isBefore(day) && !start.isAfter(day.plusDays(TAKES_EFFECT_DAYS));
    }

    /**
     * The truce in force and the one its deal set up are one truce, which has the start and, when it names them, the
     * sides the report of it in force gives: the deal's day and its signatories are the deal's.
     */
    private void keepWhatTheTruceInForceSays(Draft same, Draft d) {
        Draft inForce = setUpAndThenInForce(same, d) ? d : same;
        var roles = new EnumMap<Role, Set<String>>(Role.class);
        inForce.roles.forEach((role, actors) -> roles.put(role, new LinkedHashSet<>(actors)));
        var time = inForce.time;
        var begin = inForce.begin;
        var end = inForce.end;
        boolean ownDate = inForce.ownDate;
        boolean sidesOfItsOwn = !principals(inForce).isEmpty();
        same.absorb(d);
        if (sidesOfItsOwn) {
            same.roles.clear();
            same.roles.putAll(roles);
        }
        same.time = time;
        same.begin = begin;
        same.end = end;
        same.ownDate = ownDate;
    }

    /**
     * "وقعت إثيوبيا وتيغراي اتفاقا لوقف الأعمال العدائية … وكانت أرمينيا وأذربيجان قد وقعتا اتفاقا لوقف إطلاق النار":
     * what two separate agreements establish are two truces, though neither names its sides or date yet.
     */
    private static boolean establishedByOtherDeals(Draft a, Draft b) {
        return a.establishedBy != null && b.establishedBy != null && a.establishedBy != b.establishedBy;
    }

    /**
     * "arrived in Riyadh on Sunday before heading to Abu Dhabi": mentions placed in different states are different
     * legs, each its own event, though one traveller made both on one day; "flew to Baghdad, then to Erbil" stays one
     * visit to Iraq. A place whose state is unknown decides nothing.
     */
    private boolean inOtherStates(Draft a, Draft b) {
        if (a.placeFromDateline || b.placeFromDateline) return false;
        Set<String> sa = statesOf(a);
        Set<String> sb = statesOf(b);
        return !sa.isEmpty() && !sb.isEmpty() && Collections.disjoint(sa, sb);
    }

    /**
     * "after a week of African Union-led talks in South Africa … The talks opened in Pretoria": a mention placed only in
     * states, and one placed in cities of those states, are told at two scales, not held elsewhere.
     */
    private boolean inTheStateTheOtherNames(Draft inCities, Draft inStates) {
        boolean onlyStates = !inStates.places.isEmpty() && inStates.places.stream()
                .allMatch(p -> people.actor(p).map(a -> a.type() == ActorType.State).orElse(false));
        return onlyStates && inCities.places.stream().allMatch(p -> stateOf(p, false).filter(inStates.places::contains).isPresent());
    }

    /** Two mentions of one event placed at two scales ("in South Africa", "in Pretoria"): the city says where it was. */
    private void keepTheFinerPlaces(Draft d) {
        // Runs for every mention merged into another: most name no city, and no set is made for them.
        Set<String> statesOfCities = null;
        for (String p : d.places) {
            if (people.place(p).isEmpty()) continue;
            Optional<String> state = stateOf(p, false);
            if (state.isEmpty()) continue;
            if (statesOfCities == null) statesOfCities = new HashSet<>();
            statesOfCities.add(state.get());
        }
        if (statesOfCities == null) return;
        Set<String> states = statesOfCities;
        d.places.removeIf(p -> states.contains(p) && people.actor(p).map(a -> a.type() == ActorType.State).orElse(false));
    }

    /** The states a mention's places are in (a state stands for itself), or none if one of them is unknown. */
    private Set<String> statesOf(Draft d) {
        var states = new HashSet<String>();
        for (String place : d.places) {
            Optional<String> state = stateOf(place, false);
            if (state.isEmpty()) return Set.of();
            states.add(state.get());
        }
        return states;
    }

    /**
     * "a deal mediated by the United Arab Emirates" is not the truce "brokered by Qatar and Egypt" that a later
     * paragraph reports: two mentions, one without sides of its own, that both name mediators but none in common report
     * different deals. Mediators of two kinds are no such contrast: "African Union-led talks" and "talks … with
     * Obasanjo mediating alongside Kenyatta" name the body and the people who mediate for it.
     */
    private boolean mediatedByOthers(Draft a, Draft b) {
        return mediatedByOthers(a, b, true) || mediatedByOthers(a, b, false);
    }

    /** Whether both mentions name mediators that are people ({@code people}), or that are not, and none in common. */
    private boolean mediatedByOthers(Draft a, Draft b, boolean people) {
        Set<String> ma = a.actors(Role.mediator);
        Set<String> mb = b.actors(Role.mediator);
        if (ma.isEmpty() || mb.isEmpty() || !anyMediator(mb, people)) return false;
        boolean any = false;
        for (String m : ma) {
            if (isPerson(m) != people) continue;
            if (mb.contains(m)) return false;
            any = true;
        }
        return any;
    }

    private boolean anyMediator(Set<String> mediators, boolean people) {
        for (String m : mediators) if (isPerson(m) == people) return true;
        return false;
    }

    /**
     * A mention counts when it has what its type needs — its principal actor, a mediator for talks whose sides go
     * unnamed, or the host of a meeting named only by who hosts it ("استضافت البحرين القمة"), as the shapes allow —
     * and something of its own: an actor, a date, phases or a duration.
     */
    private boolean complete(Draft d) {
        EventTypeRule rule = lexicon.rule(d.type);
        boolean hasAgent = !principals(d).isEmpty() || rule.mediated() && !d.actors(Role.mediator).isEmpty()
                || d.type == EventType.Meeting && !d.actors(Role.host).isEmpty();
        // A gathering the text dates as it says it is held stands without named participants (see the gold's Berlin conference).
        if (rule.needsAgent() && !hasAgent && !(d.saidToBeHeld && d.ownDate)) return false;
        return hasActor(d) || d.ownDate || d.phaseCount != null || d.duration != null;
    }

    private static boolean hasActor(Draft d) {
        for (Set<String> actors : d.roles.values()) if (!actors.isEmpty()) return true;
        return false;
    }

    private Set<String> principals(Draft d) {
        return d.actors(lexicon.rule(d.type).principal());
    }
}
