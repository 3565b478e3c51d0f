package org.diplokg.extract;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.diplokg.lexicon.Cue;
import org.diplokg.lexicon.EventLexicon;
import org.diplokg.lexicon.EventTypeRule;
import org.diplokg.lexicon.PhraseIndex.Hit;
import org.diplokg.lexicon.Preposition;
import org.diplokg.lexicon.Trigger;
import org.diplokg.model.ActorType;
import org.diplokg.model.EventType;
import org.diplokg.model.Role;
import org.diplokg.text.Token;

/**
 * The actors and places that role prepositions give an event ("مع" participant, "بوساطة" mediator, "بين X وY"
 * parties, "في" place; "with", "by", "between", "in"): which trigger each preposition serves, and whether the group
 * after it is its object rather than a date, a topic's place, the scope of a deal's content or a route.
 */
final class PrepositionalArguments {
    static final int PREPOSITION_GAP = 2;
    /** What an agreement may be about, the terms it sets ("اتفقوا على تمديد الهدنة"), and how far after it they stand. */
    private static final Set<EventType> AGREED_TERMS = Set.of(EventType.Ceasefire, EventType.Exchange);
    private static final int TERMS_REACH = 8;
    /** Words that may stand between a noun and a complement of its own ("المحادثات النووية غير المباشرة بين"). */
    private static final int NOUN_MODIFIERS = 3;
    private static final Set<ActorType> BODIES = EnumSet.of(ActorType.InternationalOrganization, ActorType.GovernmentBody,
            ActorType.Organization);
    private static final String SHUTTLE = "shuttle";
    private static final Set<String> CLAUSE_OR_VERB = Set.of("relative", "free-relative", "complementizer", "contrast", "coordinator",
            "light-verb", "realis", "scene");
    private static final Set<String> ATTENDANCE = Set.of("attendance");
    /** A cue before a later event the sentence's act prepares ("laying the groundwork for"). */
    static final Set<String> GROUNDWORK = Set.of("groundwork");
    /** The role of whoever was present ("بحضور", "in the presence of"), which a list of them fills member by member. */
    private static final List<String> ATTENDEE = List.of(Role.attendee.name());
    /** The flag of talks nouns, which a mediator or sides make a negotiation. */
    private static final String TALKS = "negotiation-when-mediated";
    /** The flag of a verb of announcing (أعلن). */
    private static final String ANNOUNCES = "announces";
    /** Deals whose makers a relative clause on their noun may name: an agreement, a truce. */
    private static final Set<EventType> DEALS = Set.of(EventType.Agreement, EventType.Ceasefire);
    private static final Set<String> NEGOTIATION_ROLES = Set.of("mediator", "party");
    /** The roles of those who take part in a gathering or are present at it. */
    private static final Set<String> ROLES_OF_THOSE_PRESENT = Set.of(Role.participant.name(), Role.attendee.name());
    /**
     * Words whose object is a way something goes ("across", "عبر"), where an actor comes from ("from", an oblique cue)
     * or the matter discussed ("بشأن", a topic cue).
     */
    private static final Set<String> ORIGIN_ROUTE_OR_TOPIC = Set.of("route", "oblique", "topic");
    /** A verb after a deal's content noun ("… reached in Doha", "الموقع في جدة"): the place after it is the verb's. */
    private static final Set<String> SCENE = Set.of("scene", "light-verb", "realis");

    private final EventLexicon lexicon;
    private final boolean verbFirst;
    private final Capitals capitals;
    private final Subjects subjects;

    PrepositionalArguments(EventLexicon lexicon, Capitals capitals, Subjects subjects) {
        this.lexicon = lexicon;
        this.verbFirst = lexicon.verbFirst();
        this.capitals = capitals;
        this.subjects = subjects;
    }

    /**
     * Each preposition serves the trigger it belongs to (see {@link #owner}), wherever its object stands in the
     * sentence: past the complements between them ("اتفاق لوقف إطلاق النار … بين إسرائيل وحماس").
     */
    void assign(SentenceFacts facts, Groups sentence, Draft draft, Set<ActorPhrase> used, int n,
                                    int[] owners, EventTypeRule rule, boolean takesDestination) {
        List<Hit<List<Preposition>>> prepositions = facts.prepositions();
        for (int k = 0; k < prepositions.size(); k++) {
            Hit<List<Preposition>> prep = prepositions.get(k);
            if (owners[k] != n || governsADate(facts, prep)) continue;
            // "المحادثات التي تتوسط فيها قطر": "in it" has its object in its suffix; قطر is the verb's subject.
            if (facts.cueEndsAt(prep.last(), Subjects.IN_IT) || agentOfAnotherParticiple(facts, prep) || ofAPreparedEvent(facts, prep)) continue;
            if (capitalAfter(facts, prep, draft, used, rule.takesPlace() || takesDestination)) continue;
            Groups.Group group = sentence.after(prep.last(), PREPOSITION_GAP, used);
            if (group == null || outOfReach(facts, prep, group, draft.type) || subjects.absoluteSubject(facts, group)
                    || draft.type == EventType.Statement && possessedNounBetween(facts, prep, group)
                    || agentInTheReportedClause(facts, prep, draft) || unnamedAgent(facts, prep, group, draft)) continue;
            ActorPhrase head = group.phrases().getFirst();
            Groups.Group states = capitalsForTheirStates(facts, draft, prep, group) ? group.governments() : null;
            for (Preposition p : prep.value()) {
                if (!p.appliesTo(draft.type, draft.verb)) continue;
                // "مقترحا جديدا من الوسطاء": whom a proposal comes from follows it; "في كلمة من البيت الأبيض" before it is not.
                if (p.role().equals(Role.proposer.name()) && prep.first() < draft.triggerFirst) continue;
                boolean place = p.role().equals("place");
                if (place && (!rule.takesPlace() && !takesDestination || scopeOfTheDealsContent(facts, draft, prep)
                        || placeOfATopic(facts, prep))) continue;
                if (draft.type == EventType.Meeting && membersOfABody(facts, draft, prep, group)) continue;
                boolean sides = states != null && p.role().equals("party");
                if (place ? !head.canBePlace() : group.allPlaces() && !sides) continue;
                if (sides) used.addAll(group.phrases());
                List<String> roles = roles(facts, draft, n, prep, group, p);
                // "بمشاركة اللواء حسن رشاد رئيس المخابرات المصرية، والسيد إبراهيم قالن رئيس جهاز الاستخبارات التركي":
                // those taking part or present are listed each with his posts, as attendees are.
                boolean listOfThosePresent = roles.equals(ATTENDEE) || namesOnlyThosePresent(prep);
                Groups.Group filled = listOfThosePresent ? sentence.withThoseListedAfter(group) : sides ? states : group;
                draft.assign(filled, roles, rule, used);
                break;
            }
        }
    }

    /**
     * "ترأسا الاجتماع الأول لمجلس التعاون الاستراتيجي رفيع المستوى بين مصر وتركيا": the sides named after a body (with
     * its adjectives) are the members of that council or committee, not who met: its chairs, named as the subject, did.
     */
    private static boolean membersOfABody(SentenceFacts facts, Draft draft, Hit<List<Preposition>> prep, Groups.Group sides) {
        boolean betweenSides = sides.phrases().size() > 1 && prep.value().stream().anyMatch(p -> p.role().equals(Role.party.name()));
        // "A White House meeting between Trump and Zelensky": a body before the meeting noun is where it was held.
        return betweenSides && facts.phrases().stream().anyMatch(p -> p.first() > draft.triggerLast && p.last() < prep.first()
                && BODIES.contains(p.type())
                && facts.wordsBetween(p.last(), prep.first()) <= NOUN_MODIFIERS);
    }

    /**
     * The roles the preposition gives its object: "attendee" for a participant said to be present; the verb's subject
     * roles for the agent of a passive ("Fidan was received by al-Sharaa": al-Sharaa hosts); else the preposition's role.
     */
    private List<String> roles(SentenceFacts facts, Draft draft, int n, Hit<List<Preposition>> prep, Groups.Group group, Preposition p) {
        if (attends(facts, group, p, draft.type)) return ATTENDEE;
        boolean agent = !draft.subjectRoles.isEmpty() && facts.triggers().get(n).value().object() != null
                && subjects.passiveWithAgent(facts, facts.triggers().get(n)) && prep.equals(PassiveAgents.agentAfter(facts.sentence().tokens(),
                        facts.prepositions(), facts.phrases(), draft.triggerLast));
        if (agent) return draft.subjectRoles.stream().map(Role::name).toList();
        if (p.role().equals(Role.host.name()) && chairOfTheSubjectBody(facts, draft, prep)) return List.of(Role.participant.name());
        return p.role().equals(Role.party.name()) && companionOfAMediator(facts, prep) ? List.of(Role.mediator.name()) : List.of(p.role());
    }

    /**
     * "the Security and Defence Council chaired by army chief Abdel Fattah al-Burhan met": who chairs a body named
     * before the verb, its subject, sits in it and meets with it; he chairs the body, not a meeting of others he hosts ("a meeting
     * chaired by Blinken").
     */
    private static boolean chairOfTheSubjectBody(SentenceFacts facts, Draft draft, Hit<List<Preposition>> prep) {
        ActorPhrase before = facts.phrases().stream().filter(a -> a.last() == prep.first() - 1).findFirst().orElse(null);
        return draft.verb && before != null && BODIES.contains(before.type()) && prep.last() < draft.triggerFirst;
    }

    /**
     * "a truce brokered by Qatar with Egypt and the United States": the comitative "with" (the preposition that also
     * gives a visit its companion) right after the one actor a mediator preposition governs adds fellow mediators, not
     * sides of the deal; "brokered by Qatar between Israel and Hamas" still names the sides.
     */
    private static boolean companionOfAMediator(SentenceFacts facts, Hit<List<Preposition>> with) {
        if (with.value().stream().noneMatch(p -> p.appliesTo(EventType.Visit))) return false;
        return facts.prepositions().stream().filter(m -> m.value().stream().anyMatch(p -> p.role().equals(Role.mediator.name())))
                .anyMatch(m -> facts.phrases().stream().anyMatch(a -> a.first() == m.last() + 1 && a.last() == with.first() - 1));
    }

    /**
     * "rebels from the northern Tigray region", "grain exports across the Black Sea", "عبر البحر الأسود", "جلسة بشأن قره
     * باغ": a place a route, origin or topic word governs is a way something goes, where an actor comes from or the
     * matter discussed, and one a place preposition
     * governs that the event did not take ("اتفاق لوقف إطلاق النار في الخرطوم", a deal's scope) is somewhere else:
     * neither is where the event happened. Arabic من is left alone: it is also "of" (الجانب الفلسطيني من معبر رفح).
     */
    static boolean placeOfSomethingElse(SentenceFacts facts, Groups sentence, ActorPhrase place) {
        boolean byPreposition = facts.prepositions().stream()
                .filter(prep -> prep.value().stream().anyMatch(p -> p.role().equals("place")) && !governsADate(facts, prep))
                .anyMatch(prep -> governs(sentence, prep.last(), place));
        return byPreposition || facts.cues().stream()
                .anyMatch(c -> ORIGIN_ROUTE_OR_TOPIC.contains(c.value().kind()) && governs(sentence, c.last(), place));
    }

    /**
     * "انتقل الوزير من بيروت إلى دمشق", "flew from Beirut to Damascus": a place right after a preposition that gives a
     * place no role in a trip, and right before one that gives the place right after it the trip's, is where the trip set out
     * from, not where it went.
     */
    static boolean originBeforeADestination(SentenceFacts facts, Groups.Group place, EventType trip) {
        boolean fromWord = false;
        boolean toWord = false;
        for (Hit<List<Preposition>> prep : facts.prepositions()) {
            if (prep.last() != place.first() - 1 && prep.first() != place.last() + 1) continue;
            boolean placeOfTheTrip = prep.value().stream().anyMatch(p -> p.role().equals("place") && p.appliesTo(trip));
            if (prep.last() == place.first() - 1) fromWord = !placeOfTheTrip;
            if (prep.first() == place.last() + 1) {
                ActorPhrase next = facts.phraseAt(prep.last() + 1);
                toWord = placeOfTheTrip && next != null && next.canBePlace();
            }
        }
        return fromWord && toWord;
    }

    private static boolean governs(Groups sentence, int word, ActorPhrase phrase) {
        Groups.Group group = sentence.after(word, PREPOSITION_GAP, Set.of());
        return group != null && group.phrases().contains(phrase);
    }

    /**
     * "اتفاق لوقف إطلاق النار في الخرطوم", "a deal on a truce in Lebanon": a place after the event noun a deal is
     * about is that event's scope, not where the deal was reached, unless a verb of reaching or signing comes between
     * ("… تم التوصل إليه في الدوحة", "… signed in Beirut").
     */
    private static boolean scopeOfTheDealsContent(SentenceFacts facts, Draft draft, Hit<List<Preposition>> prep) {
        if (draft.type != EventType.Agreement) return false;
        int content = -1;
        for (Hit<Trigger> t : facts.triggers()) {
            if (t.first() > draft.triggerLast && t.last() < prep.first()) content = t.value().type() == EventType.Agreement ? -1 : t.last();
        }
        int after = content;
        return content >= 0 && facts.cues().stream()
                .noneMatch(c -> SCENE.contains(c.value().kind()) && c.first() > after && c.last() < prep.first());
    }

    /**
     * "discussed the situation in Gaza", "بحثا التطورات في السودان": the place is the topic's, not the talks'; so is
     * the place of the landmark a superlative's "since" reaches ("the first talks since the war in Gaza").
     */
    private static boolean placeOfATopic(SentenceFacts facts, Hit<List<Preposition>> prep) {
        return facts.cues().stream().anyMatch(c -> (c.value().kind().equals("topic") || measuredSince(facts, c)) && c.value().reaches(c.last(), prep.first()));
    }

    private static boolean measuredSince(SentenceFacts facts, Hit<Cue> since) {
        return since.value().kind().equals("anterior") && facts.cues().stream().anyMatch(c -> DateOwners.measuresFrom(c, since));
    }

    /**
     * "المحادثات غير المباشرة بين طهران وواشنطن", "the war between Moscow and Kyiv": capitals right after the noun of
     * talks, a deal or a war stand for their states, the sides; only capitals, and only with nothing but the noun's
     * modifiers between (no actor, other trigger or word that opens a clause or is a verb): "يتنقل بين مسقط وروما"
     * and "الطريق بين رفح وخان يونس" are places, and so are those a verb of going to and fro reaches ("تنقلت جولات
     * المفاوضات بين الدوحة والقاهرة").
     */
    private boolean capitalsForTheirStates(SentenceFacts facts, Draft draft, Hit<List<Preposition>> prep, Groups.Group group) {
        if (draft.verb || !group.allPlaces() || !group.phrases().stream().allMatch(capitals::seatOfGovernment)) return false;
        int noun = draft.triggerLast;
        boolean between = facts.cuesOf(CLAUSE_OR_VERB).stream().anyMatch(c -> c.first() > noun && c.last() < prep.first())
                || facts.phrases().stream().anyMatch(p -> p.first() > noun && p.last() < prep.first())
                || facts.triggers().stream().anyMatch(t -> t.first() > noun && t.last() < prep.first());
        boolean shuttled = facts.cuesOf(SHUTTLE).stream().anyMatch(c -> c.value().reaches(c.last(), prep.first()));
        return !between && !shuttled && facts.wordsBetween(noun, prep.first()) <= NOUN_MODIFIERS;
    }

    /** "met in the Saudi capital", "وصل إلى العاصمة العمانية": the capital a place preposition governs is the place. */
    private static boolean capitalAfter(SentenceFacts facts, Hit<List<Preposition>> prep, Draft draft, Set<ActorPhrase> used,
                                        boolean takesPlace) {
        Capitals.Capital capital = capitalAfter(facts, prep.last());
        if (capital == null) return false;
        if (takesPlace && prep.value().stream().anyMatch(p -> p.role().equals("place") && p.appliesTo(draft.type))) {
            draft.places.add(capital.city());
            used.addAll(capital.phrases());
        }
        return true;
    }

    private static Capitals.Capital capitalAfter(SentenceFacts facts, int preposition) {
        List<Capitals.Capital> capitals = facts.capitals();
        for (int i = 0; i < capitals.size(); i++) if (capitals.get(i).preposition() == preposition) return capitals.get(i);
        return null;
    }

    /**
     * "held talks with Wang Yi to prepare the ground for further contacts between the leaders": a preposition a
     * groundwork cue reaches belongs to the later event prepared for, not to an event the sentence reports.
     */
    static boolean ofAPreparedEvent(SentenceFacts facts, Hit<List<Preposition>> prep) {
        return preparedFor(facts.cuesOf(GROUNDWORK), prep.first());
    }

    /** Whether a "groundwork" cue among these reaches the token: what stands there is of a later event prepared for. */
    static boolean preparedFor(List<Hit<Cue>> cues, int token) {
        // Asked of every preposition and trigger: a plain loop, no stream to set up.
        for (int k = 0; k < cues.size(); k++) {
            Hit<Cue> c = cues.get(k);
            if (GROUNDWORK.contains(c.value().kind()) && c.value().reaches(c.last(), token)) return true;
        }
        return false;
    }

    /**
     * "travelled to Beijing, meeting Xi, and was followed by Yellen and Raimondo": a bare "by" right after a participle
     * that reports no event of its own names that participle's agent, not the principal of the event it serves. One
     * right after an event noun says who made that event ("a statement issued by NATO", "the proposal outlined by Biden").
     */
    private boolean agentOfAnotherParticiple(SentenceFacts facts, Hit<List<Preposition>> prep) {
        int participle = prep.first() - 1;
        if (prep.first() != prep.last() || participle <= 0) return false;
        for (Preposition p : prep.value()) if (!p.namesTheAgent()) return false;
        if (!lexicon.isPastParticiple(facts.sentence().tokens().get(participle).surface())) return false;
        for (Hit<Trigger> t : facts.triggers()) if (t.first() <= participle && participle - 1 <= t.last()) return false;
        return true;
    }

    /** "met Abdullah, with Kamel in attendance": a participant's preposition whose object is said to be present makes an attendee. */
    private static boolean attends(SentenceFacts facts, Groups.Group group, Preposition p, EventType type) {
        return type == EventType.Meeting && p.role().equals("participant") && facts.cueStartsAt(group.last() + 1, ATTENDANCE);
    }

    /** "On Monday, Ukraine launched …", "In 2020, Azerbaijan …": the date is the preposition's object, not what comes after it. */
    private static boolean governsADate(SentenceFacts facts, Hit<List<Preposition>> prep) {
        for (SentenceFacts.TimedSpan t : facts.times()) if (t.first() == prep.last() + 1) return true;
        return false;
    }

    /**
     * A group is no object of a preposition across a trigger ("وفي الرابع عشر من نيسان، استضافت جدة اجتماعا": جدة is
     * the verb's subject) or behind a second preposition that the event takes ("حرب في خريف 2020 بين أذربيجان
     * وأرمينيا": the sides are بين's), nor past a comma that closes the phrase the preposition governs ("spoke with
     * Erdogan by phone on Tuesday, the Elysee said": the Elysee reports the call, it is no agent of it).
     */
    private static boolean outOfReach(SentenceFacts facts, Hit<List<Preposition>> prep, Groups.Group group, EventType type) {
        for (Hit<Trigger> t : facts.triggers()) if (t.first() > prep.last() && t.last() < group.first()) return true;
        if (Clauses.commaBetween(facts.sentence().tokens(), prep.last(), group.first())) return true;
        for (Hit<List<Preposition>> other : facts.prepositions()) {
            if (other.first() > prep.last() && other.last() < group.first() && appliesTo(other, type)) return true;
        }
        return false;
    }

    private static boolean appliesTo(Hit<List<Preposition>> prep, EventType type) {
        for (Preposition p : prep.value()) if (p.appliesTo(type)) return true;
        return false;
    }

    /**
     * "said all weapons, including those held by the SDF, would …", "said Sinwar was killed by Israeli forces": what
     * a speech verb reports is a clause of its own, whose passives have their own agents. A "by" names the speaker only
     * in the speech verb's own passive, right after it, times aside ("announced by Blinken", "announced on Sunday by").
     */
    private static boolean agentInTheReportedClause(SentenceFacts facts, Hit<List<Preposition>> prep, Draft draft) {
        return draft.type == EventType.Statement && draft.verb && prep.value().stream().anyMatch(Preposition::namesTheAgent)
                && !facts.onlyTimesBetween(draft.triggerLast, prep.first());
    }

    /**
     * "accused by U.S. prosecutors", "announced by Israeli officials": an agent the text does not name, only its state
     * qualifies, makes no named actor's statement, as with "U.S. officials said" (see Subjects#unnamedSpeaker).
     */
    private static boolean unnamedAgent(SentenceFacts facts, Hit<List<Preposition>> prep, Groups.Group group, Draft draft) {
        return draft.type == EventType.Statement && prep.value().stream().anyMatch(Preposition::namesTheAgent)
                && facts.cues().stream().anyMatch(c -> c.first() == group.last() + 1 && Subjects.unnamedSpeakerCue(c));
    }

    /**
     * "أعرب عن تقديرهما لسلطنة عمان": an Arabic noun with a pronoun suffix right after the preposition of a speech verb
     * is what was expressed; the actor after it is that noun's complement, not the speaker. (Elsewhere the word may be
     * a verb with an object pronoun: "وساطة قادتها دولة الإمارات".)
     */
    private boolean possessedNounBetween(SentenceFacts facts, Hit<List<Preposition>> prep, Groups.Group group) {
        int next = prep.last() + 1;
        return verbFirst && next < group.first() && lexicon.hasPronounSuffix(facts.sentence().tokens().get(next).surface())
                && facts.cues().stream().noneMatch(c -> c.first() <= next && next <= c.last());
    }

    /** The trigger each preposition of the sentence serves (see {@link #owner}), in the order of its prepositions. */
    int[] owners(SentenceFacts facts, List<Readings.Reading> readings) {
        List<Hit<List<Preposition>>> prepositions = facts.prepositions();
        int[] owners = new int[prepositions.size()];
        for (int k = 0; k < owners.length; k++) owners[k] = owner(facts, readings, prepositions.get(k));
        return owners;
    }

    /**
     * The trigger a preposition serves: the event or goal whose phrase ends with it ("travels to", "arrived in": the
     * second leg of "arrived in Cairo and then travels to Amman" is not the first's; a purpose complement such as
     * "للسيطرة على" serves the event before it); else its owner on the left
     * ({@link Readings#owner}), unless that is a speech verb which does not take it: then the first trigger after it
     * that does ("أعلنت الوزارة نجاح وساطة قادتها الإمارات بين روسيا وأوكرانيا في إنجاز عملية تبادل": the mediator and
     * the sides are the exchange's, not the announcement's).
     */
    int owner(SentenceFacts facts, List<Readings.Reading> readings, Hit<List<Preposition>> prep) {
        List<Hit<Trigger>> triggers = facts.triggers();
        for (int n = 0; n < triggers.size(); n++) {
            boolean owns = readings.get(n) == Readings.Reading.REAL || readings.get(n) == Readings.Reading.MODAL;
            if (owns && triggers.get(n).first() < prep.first() && triggers.get(n).last() >= prep.last()) return n;
        }
        int left = Readings.owner(readings, triggers, participlesSharingTheAgent(facts, prep.first()));
        if (mediatesTheAgreementOn(triggers, readings, left, prep) || describesHostedTalks(facts, triggers, left, prep)
                || mediatesTheDealAnnounced(facts, triggers, left, prep)) return left - 1;
        int gathering = gatheringBeforeAQuotedEvent(facts, readings, left, prep);
        if (gathering >= 0) return gathering;
        if (triggers.isEmpty() || triggers.get(left).value().type() != EventType.Statement || takes(prep, triggers.get(left))) return left;
        for (int n = 0; n < triggers.size(); n++) {
            if (triggers.get(n).first() > prep.last() && readings.get(n) != Readings.Reading.FORM && takes(prep, triggers.get(n))) return n;
        }
        return left;
    }

    /**
     * "محادثات استضافتها جنيف بوساطة أممية بين وفد الحكومة ووفد المعارضة": a hosting verb in a relative clause on talks
     * only says who hosted them (see {@link Mediators#hostsAndMediatorsOfTalks}); the mediator and the sides named after
     * it are those of the talks, which they make a negotiation.
     */
    private boolean describesHostedTalks(SentenceFacts facts, List<Hit<Trigger>> triggers, int verb, Hit<List<Preposition>> prep) {
        if (verb < 1 || triggers.get(verb).last() >= prep.first()) return false;
        Hit<Trigger> host = triggers.get(verb);
        Hit<Trigger> talks = triggers.get(verb - 1);
        return host.value().verb() && host.value().subject().contains(Role.host.name())
                && talks.value().flags().contains(TALKS) && facts.relativeClauseOn(talks.last(), host.first(), host.last(), lexicon)
                && prep.value().stream().anyMatch(p -> p.appliesTo(EventType.Negotiation) && NEGOTIATION_ROLES.contains(p.role()));
    }

    /**
     * "الاتفاق الذي أعلنته السعودية وإيران من بكين … برعاية صينية": an announcing verb in a relative clause on a deal
     * noun only says who made the deal (see {@link DealRoles#makersInRelativeClauses}); the mediator named after it
     * mediated the deal.
     */
    private boolean mediatesTheDealAnnounced(SentenceFacts facts, List<Hit<Trigger>> triggers, int verb, Hit<List<Preposition>> prep) {
        if (verb < 1 || triggers.get(verb).last() >= prep.first()) return false;
        Hit<Trigger> announcing = triggers.get(verb);
        Hit<Trigger> deal = triggers.get(verb - 1);
        return announcing.value().verb() && announcing.value().flags().contains(ANNOUNCES) && !deal.value().verb()
                && DEALS.contains(deal.value().type()) && facts.relativeClauseOn(deal.last(), announcing.first(), announcing.last(), lexicon)
                && prep.value().stream().anyMatch(p -> p.role().equals(Role.mediator.name()) && p.appliesTo(deal.value().type()));
    }

    /**
     * "The talks were hosted and mediated by Türkiye": a participle coordinated before the by-phrase ("mediated by")
     * shares its agent, so the phrase is said of what that participle is said of (the talks), not of the participle.
     * Returns where the coordination starts, or the phrase's own start.
     */
    private int participlesSharingTheAgent(SentenceFacts facts, int phrase) {
        if (phrase < 2 || !lexicon.isCoordinator(facts.sentence().tokens().get(phrase - 1).surface())) return phrase;
        for (Hit<Trigger> participle : facts.triggers()) {
            if (participle.value().verb() && participle.last() == phrase - 2) return participle.first();
        }
        return phrase;
    }

    /**
     * "اتفقت الأطراف اليمنية، الاثنين، على تمديد الهدنة برعاية الأمم المتحدة", "اتفق الجانبان على تبادل الأسرى بوساطة
     * قطرية": a mediator named after the truce or exchange an agreement right before it is about brokered the
     * agreement; the truce or exchange is only its terms.
     */
    private static boolean mediatesTheAgreementOn(List<Hit<Trigger>> triggers, List<Readings.Reading> readings, int content,
                                                  Hit<List<Preposition>> prep) {
        if (content < 1 || !AGREED_TERMS.contains(triggers.get(content).value().type())
                || triggers.get(content).last() >= prep.first()) return false;
        Hit<Trigger> agreement = triggers.get(content - 1);
        return agreement.value().type() == EventType.Agreement && readings.get(content - 1) == Readings.Reading.REAL
                && triggers.get(content).first() - agreement.last() <= TERMS_REACH
                && prep.value().stream().anyMatch(p -> p.role().equals("mediator") && p.appliesTo(EventType.Agreement));
    }

    /**
     * "افتتاح مؤتمر القوى السودانية … تحت شعار «معا لوقف الحرب»، بمشاركة … وبحضور ممثلين عن الأمم المتحدة": a
     * preposition that names only who took part or was present, after an event word quoted in a name or slogan that
     * cannot take it (the war), serves the nearest gathering before the quote that it can serve; -1 when there is none,
     * or when the event on its left is not quoted or can take it.
     */
    private static int gatheringBeforeAQuotedEvent(SentenceFacts facts, List<Readings.Reading> readings, int left, Hit<List<Preposition>> prep) {
        List<Hit<Trigger>> triggers = facts.triggers();
        if (triggers.isEmpty() || takes(prep, triggers.get(left)) || !namesOnlyThosePresent(prep)) return -1;
        for (int n = left - 1; n >= 0; n--) {
            boolean read = readings.get(n) == Readings.Reading.REAL || readings.get(n) == Readings.Reading.MODAL;
            if (read && takes(prep, triggers.get(n))) {
                return quoteBetween(facts, triggers.get(n).last(), triggers.get(left).first())
                        && quoteBetween(facts, triggers.get(left).last(), prep.first()) ? n : -1;
            }
        }
        return -1;
    }

    /** Whether the preposition names only who took part or was present ("بمشاركة", "بحضور"), no side of a deal or talks. */
    private static boolean namesOnlyThosePresent(Hit<List<Preposition>> prep) {
        for (Preposition p : prep.value()) if (!ROLES_OF_THOSE_PRESENT.contains(p.role())) return false;
        return true;
    }

    /** Whether a quotation mark stands strictly between the two tokens. */
    private static boolean quoteBetween(SentenceFacts facts, int from, int to) {
        return facts.sentence().tokens().subList(from + 1, to).stream().anyMatch(Token::isQuotationMark);
    }

    private static boolean takes(Hit<List<Preposition>> prep, Hit<Trigger> trigger) {
        EventType type = trigger.value().type();
        boolean verb = trigger.value().verb();
        for (Preposition p : prep.value()) if (p.appliesTo(type, verb)) return true;
        return false;
    }
}
