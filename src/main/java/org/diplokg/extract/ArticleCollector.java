package org.diplokg.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.diplokg.extract.time.TimeMention;
import org.diplokg.lexicon.Cue;
import org.diplokg.lexicon.EventLexicon;
import org.diplokg.lexicon.EventTypeRule;
import org.diplokg.lexicon.PhraseIndex.Hit;
import org.diplokg.model.Actor;
import org.diplokg.model.ActorType;
import org.diplokg.model.Event;
import org.diplokg.model.EventType;
import org.diplokg.model.Evidence;
import org.diplokg.model.Extraction;
import org.diplokg.model.Mention;
import org.diplokg.model.Place;
import org.diplokg.model.Role;
import org.diplokg.model.Tenure;
import org.diplokg.model.TimeValue;
import org.diplokg.text.Document;
import org.diplokg.text.Sentence;
import org.diplokg.text.Token;

/**
 * Gathers what each sentence yields — actor mentions, tenures, event drafts — and keeps the discourse up to date:
 * the running date that undated news-of-the-day events take (unless the sentence looks back: "سبق", "earlier"),
 * the last pair of principal actors, the last speaker.
 */
final class ArticleCollector {
    /**
     * Cues of a sentence whose events take no date from the story: anterior (سبق، منذ, earlier than its day) and
     * under-way (حاليا: "يقوم حاليا بجولة", begun at a time the text leaves open).
     */
    private static final Set<String> UNDATED_BY_THE_STORY = Set.of("anterior", "under-way");
    private static final Set<String> FREE_RELATIVE = Set.of("free-relative");
    /** The rounds a bare round noun may point back to: of talks or of a trip. */
    private static final Set<EventType> ROUNDS_POINTED_BACK_TO = Set.of(EventType.Negotiation, EventType.Tour);
    /** Cues of a sentence naming who else was present at the meeting told before ("Also present were", "كما حضره"). */
    private static final Set<String> ATTENDANCE_APART = Set.of("attendance-apart");
    /** The value of an attendance cue that points back only from a sentence reporting no event of its own (see cues-ar.tsv). */
    private static final String ONLY_WITHOUT_EVENTS = "eventless";
    /** Cues opening a sentence that names the occasion of what was said before it ("جاء ذلك خلال مؤتمر صحفي"). */
    private static final Set<String> CAME_ON = Set.of("came-on");
    private static final Set<String> NEGATION = Set.of("negation");
    /** The kinds of cue that say what a speech act followed: "right after" an event it names, "after it". */
    private static final Set<String> FOLLOWING = Set.of("right-after", "after-it");
    /** How an ISO 8601 duration of hours or minutes begins ("PT1H"), unlike one of days or more ("P3D"). */
    private static final String HOURS_OR_MINUTES = "PT";
    /** Cues that open a clause set off from the main one with a subject of its own: "where". */
    private static final Set<String> SUBORDINATE_OPENERS = Set.of("where");
    /** The trigger flag of a verb of reacting in the past, news of the story's days. */
    private static final String PAST_REACTION = "past-reaction";
    /** An act a rejection right before it refuses to do ("رفضا التوقيع", "refused to sign"). */
    private static final Set<String> REFUSED_ACT = Set.of("refused-act");
    /** "There" opening a sentence, pointing back to the place of the event told before; or existential ("There was"). */
    private static final Set<String> THERE_BACK = Set.of("there-back");
    private static final Set<String> EXISTENTIAL = Set.of("existential");
    /** Opening a paragraph, adds to the one before ("كما وقّع"). */
    private static final Set<String> ADDS_ON = Set.of("adds-on");
    /** How far after a cue of attendance the meeting it names may stand ("was joined at those talks"). */
    private static final int WORDS_TO_THE_MEETING_ATTENDED = 2;
    /** How many sentences back the speech act a reply answers may stand (a sentence of other news may come between). */
    private static final int REPLY_REACH = 2;

    private static final double GAZETTEER_CONFIDENCE = 0.95;
    private static final double PATTERN_CONFIDENCE = 0.75;
    /** The method of a tenure a cue of leading gives ("بقيادة"). */
    private static final String LED_BY_METHOD = "led-by";
    private static final double DISCOURSE_CONFIDENCE = 0.6;

    private final Document doc;
    private final PeopleRegistry people;
    private final EventLexicon lexicon;
    private final Discourse discourse;
    private final String datelinePlace;
    private final List<Mention> mentions = new ArrayList<>();
    private final Map<String, Tenure> tenures = new LinkedHashMap<>();
    /** The holders {@link #tenures} has a tenure of: a key is removed only when another of its holder replaces it. */
    private final Set<String> holders = new HashSet<>();
    /** The state or body each person named with a post holds it in ("وزير الدفاع الروسي سيرغي شويغو" → Russia). */
    private final Map<String, String> postsOf = new HashMap<>();
    private final Set<String> actorSlugs = new LinkedHashSet<>();
    private final List<Draft> drafts = new ArrayList<>();
    /** The date the last sentence's speech act took from the event it followed ("عقب التصويت"), which a reply shares. */
    private Optional<TimeValue> occasion = Optional.empty();
    /** The recent day, before the story's, that the paragraph is telling of, until it ends or the story's day returns. */
    private Optional<TimeValue> paragraphDay = Optional.empty();
    private int lastSentenceEnd = -1;
    /** The index of the last sentence that named the occasion of the speech before it, or -1. */
    private int lastOccasionNamed = -1;
    /** The index of the first sentence of the paragraph being read. */
    private int paragraphStart = 0;

    /** @param datelinePlace the place or state the article's dateline names, or null */
    ArticleCollector(Document doc, PeopleRegistry people, EventLexicon lexicon, Discourse discourse, String datelinePlace) {
        this.doc = doc;
        this.datelinePlace = datelinePlace;
        this.people = people;
        this.lexicon = lexicon;
        this.discourse = discourse;
    }

    void sentence(SentenceFacts facts, List<Draft> reported) {
        facts.phrases().forEach(p -> phrase(facts.sentence(), p));
        facts.officeHolders().forEach(p -> phrase(facts.sentence(), p));
        LedSides.in(facts, people).forEach(led -> leadership(facts.sentence(), led));
        boolean paragraphStarts = newParagraph(facts.sentence());
        if (paragraphStarts) paragraphStart = facts.sentence().index();
        List<Draft> found = attendeesOfTheLastMeeting(facts, withoutDiscussionsOfTheLastCall(withoutMeetingsToldBefore(reported)));
        found.forEach(this::withoutNewsAgencies);
        found.forEach(ArticleCollector::dateFromDuring);
        found.forEach(d -> d.earlierOne = SentenceAnchors.calledAnEarlierOne(facts, d));
        List<Draft> mainClause = mainClause(facts, found);
        moveRunningDate(facts, mainClause);
        if (paragraphStarts && !addsToTheParagraphBefore(facts)) paragraphDay = Optional.empty();
        Optional<TimeValue> dayTold = dayTold(facts, mainClause);
        Optional<TimeValue> sentenceDate = dateOfASpeechOrVisit(mainClause);
        Optional<TimeValue> occasionOfThisSentence = Optional.empty();
        Optional<TimeValue> thereAndThen = dateOfThePlacePointedBack(facts);
        for (Draft d : found) {
            EventTypeRule rule = lexicon.rule(d.type);
            Optional<TimeValue> shared = occasionsDate(facts, d, found);
            if (shared.isPresent()) {
                d.time = shared.get();
                occasionOfThisSentence = shared;
            }
            if (!d.hasDate() && (rule.narrativeDate() || reactionOfTheDay(facts, d, found) || heldWithinHours(d)) && (d.tripOfTheMainClause || !looksBack(facts, d)) && !contrastsWithADatedClause(facts, d, found)
                    && !planned(facts, d, lexicon) && !attributedTo(facts, d) && !dealInForceBefore(facts, d)) {
                thereAndThen.or(() -> dateToldBefore(d)).or(() -> sentenceDate).or(() -> paragraphDay).or(discourse::runningDate).ifPresent(date -> d.time = date);
            }
            if (d.places.isEmpty() && rule.datelinePlace() && datelinePlace != null && d.hasDate()
                    && discourse.runningDate().map(d.date()::equals).orElse(false)) {
                d.places.add(datelinePlace);
                d.placeFromDateline = true;
            }
            // "The two leaders signed a joint statement": signers the text points back to as people sign as themselves.
            if (d.signed && !d.dualOfPeople) signatoriesForTheirSides(d);
            if (d.byTheSubjectsState || d.sharesSubjectWith != null && d.sharesSubjectWith.byTheSubjectsState) subjectsForTheirStates(d);
            List<String> principals = List.copyOf(d.actors(rule.principal()));
            // "the two sides" are the sides of talks, deals and wars, not two joint speakers nor the company of an untold subject.
            if (d.type != EventType.Statement && !d.subjectUntold) discourse.principals(principals);
            if (EventFinder.HELD_TALKS.contains(d.type)) discourse.talksPrincipals(d.type, principals);
            if (d.type == EventType.Meeting) discourse.gathering(principals);
            // A round of talks counts with its sides unnamed ("جولة جديدة من المفاوضات بمشاركة مسئولين"); a trip needs its traveller.
            if (ROUNDS_POINTED_BACK_TO.contains(d.type) && (!principals.isEmpty() || d.type == EventType.Negotiation)) discourse.roundTold(d.type);
            if (d.type == EventType.Statement && !principals.isEmpty()) discourse.speaker(principals.getFirst());
            if ((d.verb || d.afterALightVerb) && !d.subject.isEmpty() && !inAClauseSetOff(facts, d)) {
                String subject = d.subject.iterator().next();
                discourse.subject(subject, people.actor(subject).map(a -> a.type() == ActorType.Person).orElse(false));
            }
            drafts.add(d);
        }
        if (!found.isEmpty()) occasion = occasionOfThisSentence;
        dayOfTheOccasionNamed(facts).ifPresent(day -> speechesBeforeWereMadeOn(day, facts.sentence().index()));
        dayTold.ifPresent(this::tellOfADay);
        if (!anyVerb(found)) {
            firstPersonNamedIsTheSubject(facts);
            pairOfPeopleOpeningTheSentence(facts);
        }
        SharedDates.dealsNoLaterThanTheirTruces(facts, found, lexicon);
        SharedDates.announcedActsTakeTheAnnouncementsDate(facts, found);
        SharedDates.rejectionsVoicedInADatedSpeechTakeItsDate(facts, found);
        SharedDates.trucesTakeTheirDealsDate(facts, found, lexicon);
        TruceTakingEffect.dateTheTruceBefore(facts, found, drafts, lexicon);
    }

    /** The drafts not in a relative aside: a loop, as this and the rules after it run for every sentence. */
    private static List<Draft> mainClause(SentenceFacts facts, List<Draft> found) {
        List<Draft> main = new ArrayList<>(found.size());
        for (Draft d : found) {
            if (!Clauses.inARelativeAside(facts, d, found)) main.add(d);
        }
        return main;
    }

    private static boolean anyVerb(List<Draft> found) {
        for (Draft d : found) {
            if (d.verb || d.afterALightVerb) return true;
        }
        return false;
    }

    /**
     * "Andriy Yermak led Kyiv's delegation. He said …", "Washington was represented by Jake Sullivan. He told …": an
     * English sentence that tells no event still introduces the person it is about, the first it names, whom the next
     * "he" or "she" means rather than the subject of an earlier event. An Arabic one, verb first, mostly lists who
     * attended or went along ("ويرافقه وفد يضم …"), not whom the story follows.
     */
    private void firstPersonNamedIsTheSubject(SentenceFacts facts) {
        if (lexicon.verbFirst()) return;
        facts.phrases().stream().filter(ActorPhrase::isPerson).findFirst().ifPresent(p -> discourse.subject(p.slug(), true));
    }

    /**
     * "Secretary Blinken and Prime Minister Al Thani discussed the war. … Both agreed to stay in touch": two people
     * opening an English sentence that tells no event are still its subject, and the pair "both" or "the two" next
     * points back to, rather than the sides of a deal told before them (see {@link Discourse#peopleOpening}).
     */
    private void pairOfPeopleOpeningTheSentence(SentenceFacts facts) {
        if (lexicon.verbFirst()) return;
        Groups.Group opening = Groups.ofSentence(facts, lexicon).covering(0);
        if (opening == null || opening.phrases().size() != 2 || !opening.phrases().stream().allMatch(ActorPhrase::isPerson)) return;
        discourse.peopleOpening(opening.phrases().stream().map(ActorPhrase::slug).distinct().toList());
    }

    /**
     * "Among those attending were X and Y", "X and Y joined the meeting", "Blinken was joined at those talks by X",
     * "كما حضره X": a sentence that reports no new meeting names people present at the last meeting its paragraph (or
     * the sentence before) told, else at the last meeting of the day the story is telling. A meeting noun the cue ends
     * on or closely governs ("the meeting", "those talks") is that meeting pointed back to, not a new one, and is dropped.
     */
    private List<Draft> attendeesOfTheLastMeeting(SentenceFacts facts, List<Draft> found) {
        List<Hit<Cue>> cues = facts.cuesOf(ATTENDANCE_APART);
        if (cues.isEmpty()) return found;
        List<Hit<Cue>> attendance = cues.stream().filter(c -> !negated(facts, c.first()))
                .filter(c -> found.isEmpty() || !ONLY_WITHOUT_EVENTS.equals(c.value().value())).toList();
        if (attendance.isEmpty()) return found;
        List<Draft> rest = found.stream().filter(d -> !meetingPointedBack(d, attendance)).toList();
        if (rest.stream().anyMatch(this::anotherMeetingTold)) return found;
        Optional<Draft> told = lastMeetingNearby(facts.sentence().index()).or(this::lastMeetingOfTheRunningDay);
        if (told.isEmpty()) return found;
        Set<String> principals = told.get().actors(lexicon.rule(EventType.Meeting).principal());
        // "Opening the summit he hosted, …. Among those attending were King Abdullah II and Emir Tamim": the guests a
        // host gathered at a summit are its members; at a meeting of others, those who sat in attend it.
        Role present = told.get().leadersGathering && !told.get().actors(Role.host).isEmpty() ? Role.participant : Role.attendee;
        attendeesNamed(facts).stream().filter(slug -> !principals.contains(slug)).forEach(slug -> told.get().add(present, slug));
        return rest;
    }

    /**
     * "Among those attending were X, Y and Z, on his first trip to an Arab summit": an indefinite meeting noun that names
     * none who met tells no other meeting than the one attended; one with its sides named does ("X also attended talks
     * with Y"), and so does a definite one ("the meeting").
     */
    private boolean anotherMeetingTold(Draft d) {
        return d.type == EventType.Meeting && (!d.indefinite || !d.actors(lexicon.rule(EventType.Meeting).principal()).isEmpty());
    }

    /**
     * "… in Gaza, where Israel is at war with Hamas. They seized the Galaxy Leader": the subject of a verb in a clause
     * set off by a comma and opened by "where" is not whom a pronoun of the next sentence means (a relative clause's
     * subject is its antecedent, who may be).
     */
    private static boolean inAClauseSetOff(SentenceFacts facts, Draft d) {
        List<Token> tokens = facts.sentence().tokens();
        return facts.cuesOf(SUBORDINATE_OPENERS).stream().anyMatch(c -> c.first() > 0 && c.last() < d.triggerFirst
                && Groups.isComma(tokens.get(c.first() - 1).surface()) && !facts.punctuationBetween(c.last(), d.triggerFirst));
    }

    /**
     * "a second round of direct peace talks in Istanbul, lasting little more than an hour, brought no breakthrough":
     * talks the text measures in hours or minutes were one sitting, news of a day like a meeting, not the background
     * negotiations of a type without a narrative date.
     */
    private static boolean heldWithinHours(Draft d) {
        return d.duration != null && d.duration.startsWith(HOURS_OR_MINUTES) && EventFinder.HELD_TALKS.contains(d.type);
    }

    /** "Israel had not joined the talks": a negation cue reaches the token. */
    private static boolean negated(SentenceFacts facts, int token) {
        return facts.cuesOf(NEGATION).stream().anyMatch(n -> n.value().reaches(n.last(), token));
    }

    /** The last meeting told in the paragraph of the given sentence, or in the sentence before it. */
    private Optional<Draft> lastMeetingNearby(int sentence) {
        int earliest = Math.min(paragraphStart, sentence - 1);
        return drafts.reversed().stream().filter(d -> d.sentence >= earliest && d.type == EventType.Meeting).findFirst();
    }

    /**
     * A readout's closing "X joined the meeting", paragraphs after "Blinken met today with …", means the meeting of the
     * day the story is telling, even when an earlier one was named since ("his meeting with Netanyahu on Tuesday"),
     * unless its own paragraph tells of another day.
     */
    private Optional<Draft> lastMeetingOfTheRunningDay() {
        return discourse.runningDate().filter(this::paragraphTellsOfNoOtherDay).flatMap(day -> drafts.reversed().stream()
                .filter(d -> d.type == EventType.Meeting && d.hasDate() && d.date().equals(day)).findFirst());
    }

    /** "Blinken landed in Beijing on Sunday …": no event of the paragraph so far is dated another day than the given one. */
    private boolean paragraphTellsOfNoOtherDay(TimeValue day) {
        return drafts.stream().filter(d -> d.sentence >= paragraphStart && d.hasDate()).allMatch(d -> d.date().equals(day));
    }

    /**
     * "joined the meeting", "was joined at those talks by": a meeting noun with no date of its own and no indefinite
     * article that a cue of attendance ends on, or that follows it closely, is the meeting attended.
     */
    private static boolean meetingPointedBack(Draft d, List<Hit<Cue>> attendance) {
        if (d.type != EventType.Meeting || d.verb || d.ownDate || d.indefinite) return false;
        return attendance.stream().anyMatch(c -> d.triggerLast >= c.first() && d.triggerFirst - c.last() <= WORDS_TO_THE_MEETING_ATTENDED);
    }

    /**
     * The people a sentence of attendance names ("U.S. Ambassador Edgar Kagan and China's envoy, Ouyang Yujing"), not the
     * states of their posts; the actors it names when it names no person ("a delegation of Egypt also attended").
     */
    private static List<String> attendeesNamed(SentenceFacts facts) {
        List<ActorPhrase> actors = facts.phrases().stream().filter(p -> !p.isPlace()).toList();
        boolean namesPeople = actors.stream().anyMatch(ActorPhrase::isPerson);
        return actors.stream().filter(p -> !namesPeople || p.isPerson()).map(ActorPhrase::slug).distinct().toList();
    }

    /**
     * "The Woodside talks built on the leaders' last meeting, on Nov. 14, 2022, on Bali. There Biden said …", "… met on
     * Nov. 15 at the APEC summit. There they agreed …": a sentence that opens with "There" pointing back tells what
     * happened at the event the sentence before dated, on its day, not on the story's running date; empty otherwise.
     */
    private Optional<TimeValue> dateOfThePlacePointedBack(SentenceFacts facts) {
        boolean pointsBack = facts.cuesOf(THERE_BACK).stream().anyMatch(c -> c.first() == 0)
                && facts.cuesOf(EXISTENTIAL).stream().noneMatch(c -> c.first() == 0);
        if (!pointsBack) return Optional.empty();
        int before = facts.sentence().index() - 1;
        return drafts.reversed().stream().filter(d -> d.sentence == before && d.ownDate && d.hasDate()).map(Draft::date).findFirst();
    }

    /**
     * "Xi's visit came days after …" once "Xi arrived in Moscow on Monday" was told: an undated event noun whose
     * principals an earlier dated mention of its type had tells that event again, on its day, not a new one that day.
     */
    private Optional<TimeValue> dateToldBefore(Draft d) {
        Set<String> principals = d.actors(lexicon.rule(d.type).principal());
        if (d.verb || principals.isEmpty()) return Optional.empty();
        return drafts.reversed().stream().filter(o -> o.type == d.type && o.hasDate() && o.actors(lexicon.rule(o.type).principal()).equals(principals))
                .map(Draft::date).findFirst();
    }

    /**
     * "وأكد بن فرحان خلال الاجتماع", "وشدد فيدان في ختام المباحثات": a meeting named only by a definite noun as the
     * setting of another event of its sentence, which reports no other meeting, is the last meeting the article
     * reported that its participants took part in ("ثم اجتمع بسلام … وأفادت الرئاسة بأن عون شدد خلال اللقاء" is the
     * meeting with Aoun), when it names no one that meeting lacks: what happened during it is of that meeting's day,
     * and the noun reports no second meeting.
     */
    private List<Draft> withoutMeetingsToldBefore(List<Draft> found) {
        Draft setting = theOnlyMeeting(found);
        if (setting == null) return found;
        Role principal = lexicon.rule(EventType.Meeting).principal();
        Set<String> named = setting.actors(principal);
        Optional<Draft> told = lastDatedDraft(d -> d.type == EventType.Meeting && d.actors(principal).containsAll(named))
                .or(() -> lastDatedDraft(d -> d.type == EventType.Meeting));
        if (told.isEmpty()) return found;
        List<Draft> inside = found.stream().filter(d -> d.during == setting).toList();
        // Its earlier mentions ("عقب الاجتماع") may each name only some of its participants.
        Set<String> participants = new HashSet<>();
        drafts.stream().filter(d -> d.type == EventType.Meeting && d.hasDate() && d.date().equals(told.get().date()))
                .forEach(d -> participants.addAll(d.actors(principal)));
        boolean toldAgain = setting.definite && !setting.possessive && !setting.ownDate && !inside.isEmpty()
                && participants.containsAll(setting.actors(principal));
        if (!toldAgain) return found;
        inside.forEach(d -> d.during = told.get());
        return found.stream().filter(d -> d != setting).toList();
    }

    /** The one meeting among {@code found}, or null when there is none or more than one. */
    private static Draft theOnlyMeeting(List<Draft> found) {
        Draft meeting = null;
        for (Draft d : found) {
            if (d.type != EventType.Meeting) continue;
            if (meeting != null) return null;
            meeting = d;
        }
        return meeting;
    }

    /**
     * "تلقى ولي العهد اتصالا هاتفيا من الرئيس الفرنسي. وبحث الجانبان خلال الاتصال …", "وبحث الوزيران المستجدات": a
     * verb of discussing right after a phone call (the last dated event but speech), between no one the call lacks and
     * with no place or date of its own, tells what the call discussed; it reports no meeting.
     */
    private List<Draft> withoutDiscussionsOfTheLastCall(List<Draft> found) {
        if (found.isEmpty()) return found;
        Optional<Draft> last = lastDatedDraft(d -> d.type != EventType.Statement);
        if (last.isEmpty() || last.get().type != EventType.PhoneCall) return found;
        Set<String> callers = last.get().actors(lexicon.rule(EventType.PhoneCall).principal());
        return found.stream().filter(d -> !discussesTheCall(d, callers)).toList();
    }

    /** A meeting of discussing with no place or date of its own, between callers only. */
    private boolean discussesTheCall(Draft d, Set<String> callers) {
        if (!d.discussion || d.type != EventType.Meeting || d.ownDate || !d.places.isEmpty()) return false;
        Set<String> sides = d.actors(lexicon.rule(d.type).principal());
        return !sides.isEmpty() && callers.containsAll(sides);
    }

    /**
     * The date an undated statement shares with the occasion it was said on: the event it followed, or, for a reply
     * or a speech that goes on, the occasion of the statement before it; empty for other drafts.
     */
    private Optional<TimeValue> occasionsDate(SentenceFacts facts, Draft d, List<Draft> found) {
        if (d.hasDate() || d.type != EventType.Statement) return Optional.empty();
        return dateOfWhatItFollows(facts, d, found).or(() -> sameOccasion(facts, d) ? occasion : Optional.empty())
                .or(() -> opensAsAReply(facts) ? dateOfTheSpeechAnswered(facts.sentence().index()) : Optional.empty());
    }

    /**
     * "وأكد عبد اللهيان خلال المؤتمر أن … من جانبه، شدد فيصل بن فرحان": a reply answers the speech act told just
     * before it (in the sentence before, or the one before that), on the same occasion, so on its day.
     */
    private Optional<TimeValue> dateOfTheSpeechAnswered(int sentence) {
        return drafts.reversed().stream().takeWhile(d -> d.sentence >= sentence - REPLY_REACH)
                .filter(d -> d.type == EventType.Statement).findFirst().filter(Draft::hasDate).map(Draft::date);
    }

    /**
     * "وقال المندوب الأمريكي عقب التصويت إن", "بعد اجتماع عقد في 13 يوليو، أعلن أكار في أعقابه": a speech act said
     * right after an event the article reported (a right-after cue names its type) or its sentence reported before it
     * (an after-it cue points back to it) is of that event's day, which the story's running date may have left.
     */
    private Optional<TimeValue> dateOfWhatItFollows(SentenceFacts facts, Draft speech, List<Draft> found) {
        for (Hit<Cue> c : facts.cues()) {
            if (!FOLLOWING.contains(c.value().kind()) || Clauses.reportedBy(facts, speech, c.first())) continue;
            Optional<TimeValue> date = switch (c.value().kind()) {
                case "right-after" -> saysWhatItFollows(c, speech) ? lastDatedFollowed(c.value().value()) : Optional.empty();
                case "after-it" -> lastOwnDateBefore(found, c.first());
                default -> Optional.empty();
            };
            if (date.isPresent()) return date;
        }
        return Optional.empty();
    }

    /** The own date of the last of {@code found} that ends before the token. */
    private static Optional<TimeValue> lastOwnDateBefore(List<Draft> found, int token) {
        Draft last = null;
        for (Draft d : found) {
            if (d.ownDate && d.triggerLast < token) last = d;
        }
        return last == null ? Optional.empty() : Optional.of(last.date());
    }

    /**
     * The date a sentence opening with a came-on cue gives the occasion it names: "جاء ذلك في كلمة ألقاها أمس السبت"
     * Saturday; empty when it opens otherwise or gives no date ("جاء ذلك في بيان").
     */
    private static Optional<TimeValue> dayOfTheOccasionNamed(SentenceFacts facts) {
        return facts.cuesOf(CAME_ON).stream().filter(c -> c.first() == 0).findFirst()
                .flatMap(cue -> facts.times().stream()
                        .filter(t -> t.first() > cue.last() && t.mention().kind() == TimeMention.Kind.DATE && t.mention().value() != null)
                        .map(t -> t.mention().value()).findFirst());
    }

    /**
     * "قال فيدان إن … وأضاف أن … جاء ذلك في مؤتمر صحفي عقده الأحد": the last speaker's speech acts told since the
     * last sentence that named an occasion (those without a subject go on with that speaker), which took the story's
     * running date for want of their own, were made on the day of the occasion now named; so is the speech that goes
     * on after it ("وأشار إلى أن").
     */
    private void speechesBeforeWereMadeOn(TimeValue day, int sentence) {
        Role speaker = lexicon.rule(EventType.Statement).principal();
        Optional<Set<String>> lastSpeaker = drafts.reversed().stream()
                .filter(d -> d.sentence < sentence && d.type == EventType.Statement && !d.actors(speaker).isEmpty())
                .findFirst().map(d -> d.actors(speaker));
        lastSpeaker.ifPresent(who -> drafts.reversed().stream()
                .filter(d -> d.sentence < sentence)
                .takeWhile(d -> d.sentence > lastOccasionNamed)
                .filter(d -> d.type == EventType.Statement)
                .takeWhile(d -> d.actors(speaker).isEmpty() || d.actors(speaker).equals(who))
                .filter(d -> !d.ownDate && d.hasDate())
                .forEach(d -> d.time = day));
        discourse.runningDate(day);
        occasion = Optional.of(day);
        lastOccasionNamed = sentence;
    }

    /**
     * "من جانبه، أوضح المندوب الروسي أن", "بدوره، قال": a sentence that opens as the other side's answer, or a speech
     * verb without a subject of its own that goes on with the last speaker ("وأضاف أن"), reports a speech act of the
     * occasion the one before it was said on.
     */
    private static boolean sameOccasion(SentenceFacts facts, Draft speech) {
        boolean goesOn = speech.verb && speech.subject.isEmpty();
        return goesOn || opensAsAReply(facts);
    }

    /** "من جانبه،", "بدوره،": the sentence opens as the other side's answer. */
    private static boolean opensAsAReply(SentenceFacts facts) {
        return facts.cues().stream().anyMatch(c -> c.first() == 0
                && (c.value().kind().equals("reply") || "reply".equals(c.value().value())));
    }

    /** The date of the last event of that type the article has reported so far. */
    private Optional<TimeValue> lastDated(EventType type) {
        return lastDated(d -> d.type == type);
    }

    private Optional<TimeValue> lastDated(Predicate<Draft> which) {
        return lastDatedDraft(which).map(Draft::date);
    }

    private Optional<Draft> lastDatedDraft(Predicate<Draft> which) {
        for (int k = drafts.size() - 1; k >= 0; k--) {
            Draft d = drafts.get(k);
            if (which.test(d) && d.hasDate()) return Optional.of(d);
        }
        return Optional.empty();
    }

    /**
     * A right-after cue that names what came before says when the speech act was made wherever it stands ("after the
     * vote, the envoy said"); "afterwards" only after the speech verb ("Leaf said afterwards"): at the head of its
     * sentence it orders the sentence's own news after the last ("Afterwards, the ministers spoke briefly, a spokesman
     * said").
     */
    private static boolean saysWhatItFollows(Hit<Cue> cue, Draft speech) {
        return cue.value().value() != null || cue.first() > speech.triggerLast;
    }

    /**
     * The date of the event a right-after cue names: "said after the vote" the last vote; "after the talks" the last
     * talks, held or negotiated; "said afterwards", which names none, the last event other than a speech act.
     */
    private Optional<TimeValue> lastDatedFollowed(String typeName) {
        if (typeName == null) return lastDated(d -> d.type != EventType.Statement);
        EventType type = EventType.valueOf(typeName);
        return EventFinder.HELD_TALKS.contains(type) ? lastDated(d -> EventFinder.HELD_TALKS.contains(d.type)) : lastDated(type);
    }

    /**
     * Whether the sentence reports {@code d} as earlier than the story's day ("سبق", "since", "the previous swap"). A
     * look-back cue that only measures a superlative does not, nor does one for the event the superlative qualifies
     * ("أول زيارة له منذ سنوات"), nor one in a relative clause before it ("Putin, who has ruled since 2000, said"), nor
     * one inside what a speech act reports: "وقال لوبينيتس إن هذه هي عملية التبادل التاسعة والأربعون منذ بدء الحرب" is
     * said today about the time since the war began.
     */
    private static boolean looksBack(SentenceFacts facts, Draft d) {
        return d.earlierOne || speechInThePerfect(facts, d) || facts.cues().stream().anyMatch(c -> UNDATED_BY_THE_STORY.contains(c.value().kind())
                && !DateOwners.measuresASuperlative(facts, c) && !DateOwners.qualifiedBySuperlative(facts, c, d)
                && !Clauses.reportedBy(facts, d, c.first())
                && !Clauses.closedRelativeClauseAround(facts, c.first(), c.last(), d.triggerFirst));
    }

    /**
     * "The two ministers are to meet in Geneva", "وستعقد اللجنة اجتماعها الأول في جنيف" (a light verb that is
     * planned too), "أعلن أنه سيلتقي نظيره" (a verb in the future): an event still to come that
     * the text does not date is of no day yet, neither the story's nor that of the speech reporting it. A trigger
     * may spell the cue itself ("Egypt will host the talks").
     */
    static boolean planned(SentenceFacts facts, Draft d, EventLexicon lexicon) {
        boolean futureVerb = d.verb && facts.triggers().stream().anyMatch(t -> t.first() == d.triggerFirst && lexicon.isFutureVerb(t.value()));
        return futureVerb || facts.cues().stream().anyMatch(c -> (c.value().kind().equals("planned") || "planned".equals(c.value().value()))
                && (c.value().reaches(c.last(), d.triggerFirst) || c.first() >= d.triggerFirst && c.last() <= d.triggerLast));
    }

    /**
     * "Israel dismissed the declaration within hours", "رفض البيت الأبيض الخطة": a rejection told in the past (a verb
     * flagged past-reaction) in the main clause, not in the perfect nor in what a speech act reports (after "that" or
     * right after its verb: "Hamas said it rejected", which dates it only by a day of its own), answers the
     * story's news and is news of its day like a statement; other rejections are standing positions and stay undated.
     * A verb whose pronoun suffix points back to what it rejects opens a relative clause ("وهي الدعوة التي رفضها
     * البلدان", "وهو ما رفضه الكرملين"): background. A refusal to do an act ("أشارت مصادر إلى أن مناوي وجبريل إبراهيم
     * رفضا التوقيع على البيان") is no position at all: reported or not, it is news of its day.
     */
    private boolean reactionOfTheDay(SentenceFacts facts, Draft d, List<Draft> found) {
        boolean reported = found.stream().anyMatch(s -> s.type == EventType.Statement && s.verb && s.triggerLast < d.triggerFirst)
                || Clauses.complementizerBetween(facts, -1, d.triggerFirst);
        return d.verb && (!reported || facts.cueStartsAt(d.triggerLast + 1, REFUSED_ACT))
                && facts.triggers().stream().anyMatch(t -> t.first() == d.triggerFirst && t.value().flags().contains(PAST_REACTION))
                && !Clauses.inThePerfect(facts, d) && !lexicon.hasPronounSuffix(facts.sentence().tokens().get(d.triggerLast).surface());
    }

    /**
     * "المرحلة الثانية من اتفاق وقف إطلاق النار، الذي دخل حيز التنفيذ في 19 يناير", "the truce deal, which took effect
     * in November": a deal noun the sentence says has taken effect is in force by the story's day, made at a time the
     * text does not give here, so it takes no date from the story.
     */
    private static boolean dealInForceBefore(SentenceFacts facts, Draft d) {
        return d.type == EventType.Agreement && !d.verb && facts.cuesOf("in-force").stream().anyMatch(c -> c.first() > d.triggerLast);
    }

    /**
     * "بحسب ما أعلنه وزير الخارجية العماني", "وفق ما نقلته وكالة", "حسبما أفادت به الوزارة": a speech verb an
     * attribution governs names the source of the news, not the day it spoke, so it takes no date from the story.
     */
    private static boolean attributedTo(SentenceFacts facts, Draft d) {
        return d.type == EventType.Statement && d.verb && facts.cues().stream()
                .filter(c -> c.value().kind().equals("attribution"))
                .anyMatch(c -> c.last() + 1 == d.triggerFirst
                        || c.last() + 2 == d.triggerFirst && facts.cueStartsAt(c.last() + 1, FREE_RELATIVE));
    }

    /**
     * "Pashinyan has said the country needs a new constitution", "وكان التحالف قد أعلن وقف العمليات": a speech act
     * in the perfect states a standing position or background to the story, not news of its day. (Other events in
     * the perfect, "have agreed", are often the news itself.)
     */
    private static boolean speechInThePerfect(SentenceFacts facts, Draft d) {
        return d.type == EventType.Statement && d.verb && Clauses.inThePerfect(facts, d);
    }

    /**
     * "وكان ترامب قد أعلن الاثنين الماضي …، بينما أكدت طهران أنها …": a speech act in a clause set against a dated one
     * with another subject answers it at a time the text leaves open, so neither that day nor the running date it set
     * dates it.
     */
    private static boolean contrastsWithADatedClause(SentenceFacts facts, Draft d, List<Draft> found) {
        if (d.type != EventType.Statement || d.subject.isEmpty()) return false;
        return facts.cuesOf("contrast").stream().filter(c -> c.last() < d.triggerFirst)
                .anyMatch(c -> found.stream().anyMatch(other -> other.ownDate && other.triggerLast < c.first()
                        && !other.subject.isEmpty() && Collections.disjoint(other.subject, d.subject)));
    }

    /**
     * "ووقع وزير الدفاع الروسي سيرغي شويغو على الوثيقة", "signed by Getachew Reda, spokesman for the TPLF": a minister
     * or envoy signs for the state or body of their post, which is the party to what they sign; a person whose post
     * the article does not name stays a party.
     */
    private void signatoriesForTheirSides(Draft d) {
        if (d.actors(Role.party).isEmpty()) return;
        var parties = new LinkedHashSet<String>();
        for (String party : d.actors(Role.party)) parties.add(postsOf.getOrDefault(party, party));
        d.roles.put(Role.party, parties);
    }

    /**
     * "Fidan, whose government hosted the session": the person's roles go to the state of their post (Turkey hosts);
     * a person whose post the article does not name keeps them.
     */
    private void subjectsForTheirStates(Draft d) {
        for (String person : List.copyOf(d.subject)) {
            String state = postsOf.get(person);
            if (state == null) continue;
            d.roles.values().forEach(actors -> {
                if (actors.remove(person)) actors.add(state);
            });
            d.subject.remove(person);
            d.subject.add(state);
        }
    }

    /**
     * What happened during a dated event takes its date, but not the first day of a span the text bounds at both ends
     * ("the deal, reached during talks held between March 6 and 10" came on one of those days, not on March 6).
     */
    private static void dateFromDuring(Draft d) {
        Draft setting = d.during;
        if (d.hasDate() || setting == null || !setting.hasDate() || !setting.ownDate) return;
        if (setting.time == null && setting.begin != null && setting.end != null) return;
        d.time = setting.date();
        d.ownDate = true;
    }

    /**
     * "Hamas said on May 6 it had accepted the proposal", "The deal was … announced on Wednesday", "زيارة آل جابر إلى
     * صنعاء الأحد الماضي على رأس وفد أجرى مباحثات": what a dated speech act reports or announces, and what a visitor
     * did on a dated visit, had happened by that day, which is a better date for it than the story's. A visit still
     * to come dates nothing else.
     */
    private Optional<TimeValue> dateOfASpeechOrVisit(List<Draft> found) {
        java.time.LocalDate published = doc.article().published();
        for (Draft d : found) {
            if (!(d.type == EventType.Statement || d.type == EventType.Visit) || !d.ownDate) continue;
            TimeValue date = d.date();
            if (date.precision() == TimeValue.Precision.DAY && (published == null || !date.firstDay().isAfter(published))) {
                return Optional.of(date);
            }
        }
        return Optional.empty();
    }

    /**
     * The sentence's own dates move the running date before its undated events take it: in "تعهد المشاركون في
     * مؤتمر برلين، الذي عقد الأحد" the pledge is of the conference's Sunday, not of the publication day. The own date
     * of a type that only marks the story's day (an exchange, a strike) keeps earlier news from setting it. What an
     * undated speaker reports ("قال مصدر إن وفد حماس وصل مساء السبت", "a source said the delegation arrived on
     * Saturday") happened before the day the speaker spoke on, which stays the story's day. An event in the perfect
     * looks back from the story's day ("On Thursday she had told reporters", "وكان الوزير قد أعلن الخميس"): what
     * follows it is told as of the story's day again.
     */
    private void moveRunningDate(SentenceFacts facts, List<Draft> found) {
        for (Draft d : found) {
            EventTypeRule rule = lexicon.rule(d.type);
            if (!d.ownDate || !rule.narrativeDate() && !rule.marksTheDay()) continue;
            if (reportedByAnUndatedSpeaker(facts, d, found) || Clauses.inThePerfect(facts, d)) continue;
            if (rule.narrativeDate()) discourse.runningDate(d.date());
            else discourse.newsOfTheDay(d.date());
        }
    }

    private boolean newParagraph(Sentence s) {
        boolean breakBefore = lastSentenceEnd >= 0 && doc.article().body().substring(lastSentenceEnd, s.start()).indexOf('\n') >= 0;
        lastSentenceEnd = s.end();
        return breakBefore;
    }

    /**
     * "وكان الحرس الثوري قد أعلن مساء أمس استهداف قاعدة العديد. وقالت وزارة الدفاع القطرية إن …": a sentence that tells
     * of a recent day before the story's makes the undated news after it in its paragraph that day's; a sentence
     * dated to the story's day brings it back. What an undated speaker reports ("قال مصدر إن الوفد وصل مساء السبت")
     * happened before the day he spoke on, and tells of no day; nor does the perfect ("he had told CNN on Saturday"),
     * which looks back (the Arabic pluperfect of recent news does tell of its day), nor a day before the one an
     * exchange or strike marked as the story's ("exchanged prisoners on Sunday. The swap was agreed on Thursday.").
     */
    private Optional<TimeValue> dayTold(SentenceFacts facts, List<Draft> mainClause) {
        for (Draft d : mainClause) {
            if (d.ownDate && d.hasDate() && lexicon.rule(d.type).narrativeDate()
                    && !reportedByAnUndatedSpeaker(facts, d, mainClause) && !Clauses.lookingBackInThePerfect(facts, d)
                    && d.date().precision() == TimeValue.Precision.DAY) {
                return Optional.of(d.date());
            }
        }
        return Optional.empty();
    }

    /**
     * "وفي اليوم التالي، وقّعت وزارة الدفاع السعودية عقدين … ¶ كما وقّع وزير الدفاع السعودي … خطة": a paragraph that opens
     * by adding to the one before goes on telling of its day.
     */
    private static boolean addsToTheParagraphBefore(SentenceFacts facts) {
        return facts.cuesOf(ADDS_ON).stream().anyMatch(c -> c.first() == 0);
    }

    private void tellOfADay(TimeValue day) {
        boolean recentEarlier = discourse.isRecent(day) && !discourse.beforeTheMarkedDay(day)
                && discourse.runningDate().map(running -> day.iso().compareTo(running.iso()) < 0).orElse(false);
        paragraphDay = recentEarlier ? Optional.of(day) : Optional.empty();
    }

    private static boolean reportedByAnUndatedSpeaker(SentenceFacts facts, Draft d, List<Draft> found) {
        return found.stream().anyMatch(speech -> speech.type == EventType.Statement && speech.verb && !speech.hasDate()
                && Clauses.reportedBy(facts, speech, d.triggerFirst));
    }

    private void phrase(Sentence s, ActorPhrase p) {
        if (p.isPlace()) return;
        double confidence = switch (p.method()) {
            case "gazetteer", "demonym", "demonym+proxy", "title+gazetteer" -> GAZETTEER_CONFIDENCE;
            case "title-only" -> DISCOURSE_CONFIDENCE;
            default -> PATTERN_CONFIDENCE;
        };
        Evidence evidence = evidence(s, p, confidence);
        mention(p.slug(), evidence);
        String post = p.state();
        if (post != null) {
            String state = stateOf(post);
            if (!post.equals(p.slug())) mention(post, evidence);
            if (!state.equals(p.slug()) && !state.equals(post)) mention(state, evidence);
        }
        if (p.isPerson() && p.title() != null) tenure(new Tenure(p.slug(), p.state(), p.title(), "en", evidence));
        if (p.isPerson() && p.state() != null) postsOf.putIfAbsent(p.slug(), p.state());
    }

    /**
     * "قوات الدعم السريع بقيادة محمد حمدان دقلو": the person a cue of leading names leads the side before it, whatever
     * other post the text gives him ("الجيش بقيادة رئيس مجلس السيادة البرهان"), and signs for it. A state's side
     * gives no tenure: what a state is led by is its delegation's head ("وفد مصري بقيادة"), no post in the state.
     */
    private void leadership(Sentence s, LedSides.Led led) {
        postsOf.putIfAbsent(led.leader().slug(), led.side());
        if (isState(led.side()) || led.side().equals(led.leader().state())) return;
        Evidence evidence = evidence(s, led.cue().first(), led.leader().last(), PATTERN_CONFIDENCE, LED_BY_METHOD);
        mention(led.side(), evidence);
        tenure(new Tenure(led.leader().slug(), led.side(), led.title(), "en", evidence));
    }

    /**
     * "…, Reuters reported", "told AFP", "according to the TASS news agency": an agency that reports an event takes no
     * part in it (no gold event gives one a role); it stays an actor the article mentions.
     */
    private void withoutNewsAgencies(Draft d) {
        d.roles.values().forEach(slugs -> slugs.removeIf(people::isNewsAgency));
        d.roles.values().removeIf(Set::isEmpty);
    }

    private void mention(String slug, Evidence evidence) {
        actorSlugs.add(slug);
        mentions.add(new Mention(slug, evidence));
    }

    /**
     * The state a government body belongs to, which a name of the body names too ("Iranian Foreign Ministry" names Iran);
     * a post is still in the body the text names: where a title names its body itself ("المتحدث باسم الخارجية
     * القطرية", "head of Egyptian intelligence"), ActorFinder has already given the post to the state.
     */
    private String stateOf(String organization) {
        return people.actor(organization)
                .filter(a -> a.type() == ActorType.GovernmentBody && a.country() != null)
                .map(Actor::country).orElse(organization);
    }

    /** One tenure per holder and organization; a later mention that names it replaces one that did not ("the Secretary"). */
    private void tenure(Tenure t) {
        String unplaced = t.holder() + "|null";
        if (t.organization() == null) {
            if (holders.add(t.holder())) tenures.put(unplaced, t);
            return;
        }
        holders.add(t.holder());
        tenures.remove(unplaced);
        tenures.putIfAbsent(t.holder() + "|" + t.organization(), t);
    }

    private Evidence evidence(Sentence s, ActorPhrase p, double confidence) {
        return evidence(s, p.first(), p.last(), confidence, p.method());
    }

    private Evidence evidence(Sentence s, int first, int last, double confidence, String method) {
        int start = s.tokens().get(first).start();
        int end = s.tokens().get(last).end();
        return new Evidence(s.index(), doc.codePointOffset(start), doc.codePointOffset(end),
                doc.article().body().substring(start, end), confidence, method);
    }

    /** The state or side each person named with a post holds it for: a ministry's spokesman speaks for its state. */
    private Map<String, String> sidesOfPeople() {
        var sides = new HashMap<String, String>();
        postsOf.forEach((person, post) -> sides.put(person, stateOf(post)));
        return sides;
    }

    /**
     * "حضر اللقاء … ومعالي محمد بن مبارك المزروعي وزير دولة لشؤون الدفاع، ومعالي علي الشامسي الأمين العام": protocol
     * copy names the officials present at a meeting by posts that leave out their state, which is the state of the
     * first one its subject names (the head they attend); a post the text gave a state keeps it.
     */
    private void attendeesServeTheFirstParticipantsState(Draft meeting) {
        Set<String> attendees = meeting.actors(Role.attendee);
        if (attendees.isEmpty()) return;
        Optional<String> state = meeting.subject.stream().findFirst().flatMap(this::stateServed);
        if (state.isEmpty()) return;
        for (String attendee : attendees) {
            Tenure unplaced = tenures.get(attendee + "|null");
            if (unplaced != null) tenure(new Tenure(attendee, state.get(), unplaced.title(), unplaced.language(), unplaced.evidence()));
        }
    }

    /** The state an actor is or serves: a state itself, or the state of the post the text gave a person. */
    private Optional<String> stateServed(String slug) {
        if (isState(slug)) return Optional.of(slug);
        return Optional.ofNullable(postsOf.get(slug)).map(this::stateOf).filter(this::isState);
    }

    private boolean isState(String slug) {
        return people.actor(slug).map(a -> a.type() == ActorType.State).orElse(false);
    }

    Extraction extraction(EventAssembler assembler, String version) {
        List<Draft> assembled = assembler.assemble(drafts, sidesOfPeople());
        assembled.forEach(this::attendeesServeTheFirstParticipantsState);
        List<Event> events = assembled.stream().map(d -> d.toEvent(assembled.indexOf(d.respondsTo))).toList();
        var places = new LinkedHashMap<String, Place>();
        for (Event e : events) {
            for (String slug : e.places()) people.place(slug).ifPresent(p -> places.put(slug, p));
            for (Role r : Role.values()) actorSlugs.addAll(e.actors(r));
        }
        List<Actor> actors = actorSlugs.stream().map(people::actor).flatMap(Optional::stream).toList();
        return new Extraction(doc.article(), actors, List.copyOf(places.values()), mentions, List.copyOf(tenures.values()),
                events, version);
    }
}
