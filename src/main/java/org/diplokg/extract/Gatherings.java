package org.diplokg.extract;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.diplokg.lexicon.Cue;
import org.diplokg.lexicon.EventLexicon;
import org.diplokg.lexicon.PhraseIndex.Hit;
import org.diplokg.model.EventType;
import org.diplokg.model.Role;
import org.diplokg.text.Token;

/**
 * Who took part in a gathering, where its wording names them apart from the trigger's frame: lists after "بينهم" /
 * "including", delegations led by someone, heads of delegations, whoever opens a meeting, verbs of taking part
 * ("شارك في", "took part in") and of gathering ("اجتماع ضم", "لقاء جمعه ب"). People who act for a side take its place.
 */
final class Gatherings {
    /** How far before a cue of its people a side may end: its proxy noun and a comma ("the U.S. delegation, led by"). */
    private static final int SIDE_REACH = 3;
    /** Tokens from a verb of taking part to the event it names ("شارك في الاجتماع", "took part in a meeting"). */
    private static final int PARTICIPATION_GAP = 3;
    /** Verbs of taking part ("شارك في", "took part in") and of attending ("حضر الاستقبال"). */
    private static final Set<String> TAKING_PART = Set.of("participation", "attends", "attends-it");
    /** Meeting nouns of a gathering of many ("القمة", "المؤتمر"), which attending is taking part in. */
    private static final Set<String> GATHERING_NOUN = Set.of("gathering-noun");
    /** How many groups after a verb of heading may name its delegation before its head: "ترأس الوفد الروسي ميدينسكي". */
    private static final int HEAD_GROUPS = 2;
    /** Adjectives that may stand between a meeting noun and its verb of gathering (اجتماعا ثلاثيا موسعا ضم). */
    private static final int GATHERED_GAP = 3;
    /** Principal roles that a list after "including" / "بينهم" may fill. */
    private static final Set<Role> GATHERING_ROLES = Set.of(Role.participant, Role.party);
    /** The value of a list cue that adds representatives of the bodies listed after it ("إلى جانب ممثلين عن"). */
    private static final String BESIDE = "beside";
    /** Events whose parties are sides, which a leader does not stand in for: deals, truces, wars, exchanges, talks. */
    private static final Set<EventType> SIDED = EnumSet.of(EventType.Agreement, EventType.Ceasefire, EventType.Conflict,
            EventType.Exchange, EventType.Negotiation);

    /** Verbs whose subject hosts the meeting that is their object: opening it, chairing it. */
    private static final Set<String> OPENING_OR_CHAIRING = Set.of("opening", "heads");
    /** Adjectives and ordinals that may stand between a meeting's noun and the cue of who chairs it. */
    private static final int CHAIR_GAP = 4;
    /** The cue of a relative clause that says who called a meeting (التي دعت إليها); read by the rule extractor too. */
    static final String CONVENED_BY = "convened-by";

    private final EventLexicon lexicon;
    private final PeopleRegistry people;

    Gatherings(EventLexicon lexicon, PeopleRegistry people) {
        this.lexicon = lexicon;
        this.people = people;
    }

    /**
     * "شارك في المؤتمر قادة من 12 دولة، بينهم الرئيس الروسي … والرئيس التركي …", "leaders attended, including …":
     * the actors listed after the cue are principal actors of the nearest event before it, when that event gathers
     * several (a meeting's participants, a war's parties); a statement's "including a Palestinian state with
     * security guarantees for Israel" lists what was said, not who said it.
     */
    void listedParticipants(SentenceFacts facts, Groups sentence, List<Draft> all) {
        for (Hit<Cue> cue : facts.cuesOf("list-intro")) {
            if (!namesItsList(cue) && !facts.pointsBack(cue.last(), lexicon)) continue;
            Groups.Group listed = sentence.after(cue.last(), 0, Set.of());
            Draft event = Draft.lastBefore(all, cue.first());
            if (listed == null || event == null) continue;
            Role principal = lexicon.rule(event.type).principal();
            if (!GATHERING_ROLES.contains(principal)) continue;
            listed.phrases().stream().filter(p -> !p.isPlace()).forEach(p -> event.add(principal, p.slug()));
            if (listed.phrases().stream().anyMatch(ActorPhrase::isPerson)) namedInsteadOfTheirSide(facts, sentence, cue, event, principal);
        }
    }

    /**
     * "إلى جانب ممثلين عن الاتحاد الأوروبي": a cue that adds the representatives of the bodies after it names whom it
     * lists itself, where "بينهم" lists those its pronoun points back to.
     */
    private static boolean namesItsList(Hit<Cue> cue) {
        return BESIDE.equals(cue.value().value());
    }

    /**
     * "The U.S. delegation, led by Rubio and national security adviser Mike Waltz, met …": the people who head a
     * delegation or officials take part, in whatever role the side they stand for took, instead of that side. A side
     * named as itself ("between the army, led by Gen. al-Burhan, and the RSF, commanded by Dagalo") keeps its role,
     * and its leaders, who only say who it is, take none beside it.
     */
    void ledDelegations(SentenceFacts facts, Groups sentence, List<Draft> all) {
        for (Hit<Cue> cue : facts.cuesOf(LedSides.LED_BY)) {
            Groups.Group side = sentence.before(cue.first(), Set.of());
            Groups.Group leaders = sentence.after(cue.last(), 0, Set.of());
            if (leaders == null) continue;
            List<String> people = leaders.phrases().stream().filter(ActorPhrase::isPerson).map(ActorPhrase::slug).toList();
            if (people.isEmpty()) continue;
            if (side == null || cue.first() - side.last() > SIDE_REACH) {
                if (cue.first() > 0 && facts.sentence().tokens().get(cue.first() - 1).isPunct()) noSidesOfTheWar(all, people);
                continue;
            }
            for (ActorPhrase p : side.phrases()) {
                if (standsForItsSide(facts, p)) all.forEach(d -> standIn(d, p.slug(), people));
                else if (!p.isPlace()) all.forEach(d -> leadersBeside(d, p.slug(), people));
            }
        }
    }

    /**
     * "«الجيش الوطني» بقيادة المشير خليفة حفتر", "قوات الدعم السريع بقيادة دقلو", "الجيش الذي يقوده": a party of a
     * deal, truce, war, exchange or talks is the side its leader leads (see {@link LedSides}); the leader is no party
     * beside it.
     */
    void sidesOfTheirLeaders(SentenceFacts facts, List<Draft> all) {
        for (LedSides.Led led : LedSides.in(facts, people)) {
            String leader = led.leader().slug();
            all.stream().filter(d -> SIDED.contains(d.type) && d.actors(Role.party).contains(leader)).forEach(d -> {
                d.roles.get(Role.party).remove(leader);
                d.add(Role.party, led.side());
            });
        }
    }

    /**
     * "between the army, led by Gen. al-Burhan, and the RSF": a side the text names by a common noun in apposition is
     * no less a side of the war, and the leader who says who it is no side beside it.
     */
    private static void noSidesOfTheWar(List<Draft> all, List<String> leaders) {
        all.stream().filter(d -> d.type == EventType.Conflict && d.roles.containsKey(Role.party))
                .forEach(d -> d.roles.get(Role.party).removeAll(leaders));
    }

    private static void leadersBeside(Draft d, String side, List<String> people) {
        for (Role role : List.copyOf(d.roles.keySet())) {
            if (d.actors(role).contains(side)) d.roles.get(role).removeAll(people);
        }
    }

    /**
     * "وترأس الوفد الروسي ميدينسكي، فيما ترأس الوفد الأوكراني عمروف، وافتتح فيدان الاجتماع": whoever heads a delegation
     * takes part in the meeting, call or visit its sentence names, the nearest one to the verb.
     */
    void delegationHeads(SentenceFacts facts, Groups sentence, List<Draft> all) {
        for (Hit<Cue> cue : facts.cuesOf("heads")) {
            Draft event = all.stream().filter(d -> lexicon.rule(d.type).principal() == Role.participant)
                    .min(Comparator.comparingInt(d -> Math.abs(d.triggerFirst - cue.first()))).orElse(null);
            List<String> heads = headsAfter(sentence, cue.last());
            if (event != null) heads.forEach(person -> event.add(Role.participant, person));
        }
    }

    /**
     * "وافتتح وزير الخارجية التركي هاكان فيدان الاجتماع", "وترأس العاهل الأردني اجتماعا طارئا": whoever opens or chairs
     * a meeting named right after them, the verb's object, hosts it.
     */
    void openers(SentenceFacts facts, Groups sentence, List<Draft> all) {
        for (Hit<Cue> cue : facts.cuesOf(OPENING_OR_CHAIRING)) {
            Draft meeting = meetingAfterItsSubject(sentence, cue, all);
            if (meeting != null) hosts(sentence.after(cue.last(), 0, Set.of()), meeting);
            else hostOfAFrontedOpening(facts, sentence, cue, all);
        }
    }

    /**
     * "Opening the summit he hosted, Egyptian President Abdel Fattah al-Sisi said …": a participle of opening that
     * starts the sentence, with the meeting named right after it, has the main clause's subject, the group right after
     * the clause's comma, who hosts that meeting. "At the opening of the summit, Guterres said" names no opener.
     */
    private void hostOfAFrontedOpening(SentenceFacts facts, Groups sentence, Hit<Cue> cue, List<Draft> all) {
        List<Token> tokens = facts.sentence().tokens();
        if (cue.first() > 0 && !tokens.get(cue.first() - 1).isPunct()) return;
        Draft meeting = namedRightAfter(all, cue.last());
        if (meeting == null || meeting.type != EventType.Meeting) return;
        int comma = IntStream.range(meeting.triggerLast + 1, tokens.size()).filter(k -> Groups.isComma(tokens.get(k).surface()))
                .findFirst().orElse(-1);
        if (comma >= 0) hosts(sentence.after(comma, 0, Set.of()), meeting);
    }

    /**
     * "وعقدت القمة، التي دعت إليها مصر، بمشاركة …" (the summit, which Egypt called): the actors right after a convening
     * relative clause on a meeting's noun and its adjectives convened the meeting, and so host it.
     */
    void conveners(SentenceFacts facts, Groups sentence, List<Draft> all) {
        for (Hit<Cue> cue : facts.cuesOf(CONVENED_BY)) {
            Draft meeting = Draft.lastBefore(all, cue.first());
            if (meeting == null || meeting.type != EventType.Meeting || facts.wordsBetween(meeting.triggerLast, cue.first()) > CHAIR_GAP) continue;
            hosts(sentence.after(cue.last(), 0, Set.of()), meeting);
        }
    }

    /**
     * "انطلقت أعمال القمة العربية الثانية والثلاثين برئاسة ولي العهد السعودي": the person a cue of heading names right
     * after a meeting's noun and its adjectives chairs it, and so hosts it. An actor between makes the cue another's
     * ("وفد سعودي برئاسة …" is a delegation's head). A relative clause set off by commas on the noun is passed over
     * ("وعقدت القمة، التي دعت إليها مصر، برئاسة السيسي"): its subject is not the chair's.
     */
    void chairs(SentenceFacts facts, Groups sentence, List<Draft> all) {
        for (Hit<Cue> cue : facts.cuesOf("headed-by")) {
            int before = Clauses.relativeAsideBefore(facts, cue.first());
            Draft meeting = Draft.lastBefore(all, before);
            if (meeting == null || meeting.type != EventType.Meeting || facts.wordsBetween(meeting.triggerLast, before) > CHAIR_GAP
                    || facts.phrases().stream().anyMatch(p -> p.first() > meeting.triggerLast && p.last() < before)) continue;
            hosts(sentence.after(cue.last(), 0, Set.of()), meeting);
        }
    }

    /** The meeting that is the object of a verb whose subject follows it: "افتتح فيدان الاجتماع". */
    private Draft meetingAfterItsSubject(Groups sentence, Hit<Cue> verb, List<Draft> all) {
        Groups.Group subject = sentence.after(verb.last(), 0, Set.of());
        if (subject == null) return null;
        return all.stream().filter(d -> d.triggerFirst == subject.last() + 1 && lexicon.rule(d.type).principal() == Role.participant)
                .findFirst().orElse(null);
    }

    /**
     * "استضافت البحرين القمة", "المؤتمر الذي استضافته ميركل", "Saudi Arabia hosted a summit of Arab leaders": who hosts
     * a gathering the verb names as its object or the relative clause is on only hosts it (the gold's reading); who
     * hosts a guest ("استضاف السيسي ماكرون", "hosted Xi") meets them, and stays a participant.
     */
    void hostsOfAGathering(SentenceFacts facts, List<Draft> all) {
        for (Draft verb : all) {
            if (!verb.verb || !verb.subjectRoles.contains(Role.host) || verb.describes != null) continue;
            Set<String> hosts = verb.actors(Role.host);
            Draft hosted = hostedGathering(facts, all, verb);
            if (!hosts.containsAll(verb.actors(Role.participant)) || hosted == null) continue;
            verb.roles.remove(Role.participant);
            // The noun may have taken its relative clause's subject as its participants; they only host it.
            Set<String> participants = hosted.roles.get(Role.participant);
            if (participants != null && participants.removeAll(hosts) && participants.isEmpty()) hosted.roles.remove(Role.participant);
        }
    }

    /** The meeting noun a hosting verb takes as its object, right after it (and its subject), or in whose relative clause it is. */
    private Draft hostedGathering(SentenceFacts facts, List<Draft> all, Draft verb) {
        Draft antecedent = Mediators.relativeClauseAntecedent(facts, all, verb, lexicon);
        Draft object = Draft.firstAfter(all, verb.triggerLast);
        Draft hosted = antecedent != null ? antecedent
                : object != null && object.triggerFirst - verb.triggerLast <= DateOwners.LIGHT_VERB_SPAN ? object : null;
        return hosted != null && !hosted.verb && hosted.type == EventType.Meeting ? hosted : null;
    }

    /** Whoever opens or chairs a meeting hosts it; whether they also take part, other frames say. */
    private static void hosts(Groups.Group chair, Draft meeting) {
        if (chair != null) chair.phrases().stream().filter(p -> !p.isPlace()).forEach(p -> meeting.add(Role.host, p.slug()));
    }

    /** The people of the first group after the verb that names any, past the delegation it heads ("الوفد الروسي"). */
    private static List<String> headsAfter(Groups sentence, int verbLast) {
        Groups.Group group = sentence.after(verbLast, 0, Set.of());
        for (int k = 0; k < HEAD_GROUPS && group != null; k++) {
            List<String> people = group.phrases().stream().filter(ActorPhrase::isPerson).map(ActorPhrase::slug).toList();
            if (!people.isEmpty()) return people;
            group = sentence.after(group.last(), 0, Set.of());
        }
        return List.of();
    }

    private static void standIn(Draft d, String side, List<String> people) {
        for (Role role : List.copyOf(d.roles.keySet())) {
            if (!d.actors(role).contains(side) || role == Role.party && SIDED.contains(d.type)) continue;
            d.roles.get(role).remove(side);
            people.forEach(person -> d.add(role, person));
        }
    }

    /**
     * "met Ukrainian officials including Andriy Yermak …": the people listed are who took part for the side the noun
     * before the cue stands for, which then is no participant of its own.
     */
    private static void namedInsteadOfTheirSide(SentenceFacts facts, Groups sentence, Hit<Cue> cue, Draft event, Role principal) {
        Groups.Group side = sentence.before(cue.first(), Set.of());
        if (side == null || side.last() != cue.first() - 1 && side.last() != cue.first() - 2) return;
        side.phrases().stream().filter(p -> standsForItsSide(facts, p))
                .forEach(p -> event.roles.getOrDefault(principal, new HashSet<>()).remove(p.slug()));
    }

    /** "Ukrainian officials", "the U.S. delegation": a side named through the people who act for it. */
    private static boolean standsForItsSide(SentenceFacts facts, ActorPhrase p) {
        return p.method().equals("demonym+proxy")
                || facts.cuesOf("proxy-noun").stream().anyMatch(c -> c.first() == p.last() + 1);
    }

    /**
     * "عقد اجتماع ثلاثي شارك فيه فيدان وروبيو", "شارك في الاجتماع وزراء …", "ministers took part in the talks": the
     * subject of a verb of taking part is a participant of the meeting, call or visit named right after the verb, else
     * of the nearest one before it. A verb of attending a meeting told before makes its subject an attendee of it, and
     * so does one whose object pronoun is the meeting its sentence told before it.
     */
    void takingPart(SentenceFacts facts, Groups sentence, List<Draft> all) {
        for (Hit<Cue> cue : facts.cuesOf(TAKING_PART)) {
            if (negated(facts, cue)) continue;
            Groups.Group before = sentence.before(cue.first(), Set.of());
            Groups.Group subject = before != null && before.last() == cue.first() - 1 ? before
                    : sentence.after(cue.last(), PARTICIPATION_GAP + 1, Set.of());
            // "وشارك أردوغان في القمة": with the subject right after the verb, the event is named after the subject.
            Groups.Group subjectAfter = subject != null && subject != before && subject.first() == cue.last() + 1 ? subject : null;
            Draft named = namedRightAfter(all, cue.last());
            if (named == null && subjectAfter != null) named = namedRightAfter(all, subjectAfter.last());
            Draft event = named != null ? named : Draft.lastBefore(all, cue.first());
            if (event == null || lexicon.rule(event.type).principal() != Role.participant) continue;
            boolean attending = cue.value().kind().equals("attends");
            boolean attendingIt = cue.value().kind().equals("attends-it");
            if (attending && (event != named || !aMeetingToldBefore(facts, event))) continue;
            // "عقدت القمة … كما حضرها غوتيريش": the pronoun is the meeting told before the verb, never one after it.
            if (attendingIt && (named != null || event.type != EventType.Meeting)) continue;
            Role role = attending || attendingIt ? Role.attendee : Role.participant;
            Groups.Group present = subject != null && role == Role.attendee ? sentence.withThoseListedAfter(subject) : subject;
            if (present != null) present.phrases().stream().filter(p -> !p.isPlace()).forEach(p -> event.add(role, p.slug()));
            if (attending && present != null) withoutPlacesOfThePresent(facts, event, present);
        }
    }

    /**
     * "حضر اللقاء الشيخ طحنون بن زايد نائب حاكم إمارة أبوظبي": a place named among the people present at a meeting told
     * before is in their posts, not where that meeting was held, and would keep the mention from the meeting it retells.
     */
    private static void withoutPlacesOfThePresent(SentenceFacts facts, Draft meeting, Groups.Group present) {
        facts.phrases().stream().filter(p -> p.isPlace() && p.first() >= present.first()).forEach(p -> meeting.places.remove(p.slug()));
    }

    /**
     * "حضر الاستقبال الأمير فيصل بن فرحان", "وحضر اللقاء السفير": a definite meeting noun names a meeting already told
     * between its own sides, which whoever attends it was present at. "حضر القمة قادة", a gathering of many, or
     * "حضر اجتماعا", a new meeting, is attended by taking part in it, which this verb alone does not tell apart from
     * a place or a date after the noun ("حضر القمة العربية في البحرين"): it names no one there.
     */
    private static boolean aMeetingToldBefore(SentenceFacts facts, Draft meeting) {
        return meeting.type == EventType.Meeting && meeting.definite && !facts.cueStartsAt(meeting.triggerFirst, GATHERING_NOUN);
    }

    /** "ولم يحضر بوتين المحادثات": a verb of taking part that a negation reaches names no one who took part. */
    private static boolean negated(SentenceFacts facts, Hit<Cue> verb) {
        return facts.cuesOf("negation").stream().anyMatch(n -> n.value().reaches(n.last(), verb.first()));
    }

    /** The event whose trigger comes within a few tokens after {@code index}, or null. */
    private static Draft namedRightAfter(List<Draft> all, int index) {
        return all.stream().filter(d -> d.triggerFirst > index && d.triggerFirst <= index + PARTICIPATION_GAP).findFirst().orElse(null);
    }

    /**
     * "في اجتماع ضم وزراء خارجية مصر والسعودية وقطر", "خلال لقاء جمعه بالرئيس السيسي", "وجمعهما لقاء مغلق": a verb
     * of gathering whose subject is a meeting, named right before it (past its adjectives) or right after it; the
     * actors after the verb, past a "بين", took part in that meeting.
     */
    void gatheredParticipants(SentenceFacts facts, Groups sentence, List<Draft> all) {
        for (Hit<Cue> cue : facts.cuesOf("gathers")) {
            Draft before = Draft.lastBefore(all, cue.first());
            Draft meeting = before != null && cue.first() - before.triggerLast <= GATHERED_GAP ? before
                    : all.stream().filter(d -> d.triggerFirst == cue.last() + 1).findFirst().orElse(null);
            if (meeting == null || meeting.type != EventType.Meeting) continue;
            Groups.Group gathered = sentence.after(cue.last(), 1, Set.of());
            if (gathered == null || meeting.triggerFirst > cue.last() && gathered.first() > meeting.triggerFirst) continue;
            gathered.phrases().stream().filter(p -> !p.isPlace()).forEach(p -> meeting.add(Role.participant, p.slug()));
        }
    }
}
