package org.diplokg.extract;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.diplokg.extract.time.TimeMention;
import org.diplokg.lexicon.Cue;
import org.diplokg.lexicon.EventLexicon;
import org.diplokg.lexicon.PhraseIndex.Hit;
import org.diplokg.model.EventType;
import org.diplokg.model.Role;
import org.diplokg.text.Token;

/**
 * The sides and makers of proposals and deals within one sentence: who a relative clause or a noun of making public
 * says proposed a plan, what talks and the agreement they produced share (sides, mediators, place), whose side an
 * accepter or announcer of a truce is, and the sides of an exchange reported with a truce or given in return.
 */
final class DealRoles {
    private static final Set<EventType> DEALS_ACCEPTED = Set.of(EventType.Agreement, EventType.Ceasefire);
    /** Acts that whoever announces them may be making themselves: a truce, an exchange of prisoners. */
    private static final Set<EventType> ANNOUNCED_OWN = Set.of(EventType.Ceasefire, EventType.Exchange);
    /** The cue of a verb of ending: "انتهت", "ended". */
    private static final String END = "end";
    /** Words between a verb of ending and the deal it ended with: the preposition and an article ("ended with a"). */
    private static final int WORDS_BEFORE_THE_DEAL = 2;
    /** Words between a verb of signing and the truce it takes as its object: an article and adjectives ("signed a humanitarian"). */
    private static final int WORDS_BEFORE_THE_SIGNED = 3;
    /** How far after a deal noun the event it is named by may begin: "a deal for a ceasefire". */
    private static final int NAMING_EVENT_REACH = 3;
    /** Cues that govern the deal a swap was made in: "in a deal", "as part of the deal". */
    private static final Set<String> DEAL_FRAMES = Set.of("adjunct", "deal-frame");
    /** The cue of "during": "خلال", "خلالها". */
    private static final String DURING = "during";
    /** What a release may be made under or during: a truce, a deal. */
    private static final Set<EventType> TRUCES_AND_DEALS = Set.of(EventType.Ceasefire, EventType.Agreement);
    /** The cue of a verb whose object noun carries the event: "قدم", "أطلق". */
    private static final String LIGHT_VERB = "light-verb";
    /** The relative pronouns ("under which", "whereby") that open a clause of the terms of the deal noun before them. */
    private static final String TERMS = "terms";

    private final EventLexicon lexicon;

    DealRoles(EventLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** Indefinite talks read as a meeting that name no actor in any role. */
    private static boolean unnamedTalks(Draft d) {
        return d.talks && d.type == EventType.Meeting && !d.definite && d.roles.values().stream().allMatch(Set::isEmpty);
    }

    /** The first draft that passes the test, or null: rules ask it of a sentence's drafts again and again, so no stream. */
    private static Draft first(List<Draft> all, Predicate<Draft> test) {
        for (Draft d : all) if (test.test(d)) return d;
        return null;
    }

    /**
     * "وقّع الطرفان إعلان جدة برعاية السعودية والولايات المتحدة بعد أسبوع من المحادثات", "the deal, brokered by Qatar,
     * came after weeks of talks": talks reported with a mediated agreement are the negotiation that produced it,
     * between its parties, with its mediators and, unless the talks have a place of their own, where it was reached.
     */
    void talksBehindAnAgreement(List<Draft> all) {
        Draft agreement = first(all, d -> d.type == EventType.Agreement && !d.actors(Role.mediator).isEmpty());
        if (agreement != null) {
            for (Draft d : all) {
                if (!d.talks || d.type != EventType.Meeting) continue;
                d.becomeNegotiation();
                agreement.actors(Role.mediator).forEach(m -> d.add(Role.mediator, m));
                if (d.places.isEmpty()) d.places.addAll(agreement.places);
            }
        } else {
            mediatorsOfTheTalksBehind(all);
        }
        sidesOfTheAgreement(all);
    }

    /**
     * "signed an agreement … in talks facilitated by Norway", "reached a deal after Qatari-mediated talks": who mediated the talks an agreement came out of mediated the agreement.
     */
    private static void mediatorsOfTheTalksBehind(List<Draft> all) {
        Draft agreement = first(all, d -> d.type == EventType.Agreement);
        Draft talks = first(all, d -> d.type == EventType.Negotiation && !d.actors(Role.mediator).isEmpty());
        if (agreement == null || talks == null) return;
        talks.actors(Role.mediator).stream().filter(m -> !agreement.actors(Role.party).contains(m)).forEach(m -> agreement.add(Role.mediator, m));
    }

    /**
     * "المقترح الذي أعلنه الرئيس الأمريكي جو بايدن", "مقترحا طرحته مصر", "the plan, which Biden announced", "the
     * proposal announced by Biden": whoever a relative clause on a proposal noun says announced or put it forward made
     * it, whatever actor the noun took from around it ("مشروع قرار قدمته الولايات المتحدة يدعم المقترح"); that verb is
     * the proposal's making, no event of its own.
     */
    void proposersInRelativeClauses(SentenceFacts facts, Groups sentence, List<Draft> all) {
        for (Draft proposal : all) {
            if (proposal.type != EventType.Proposal || proposal.verb) continue;
            Draft making = first(all, d -> d.triggerFirst > proposal.triggerLast);
            if (making == null || !makesAProposal(facts, making) || !facts.relativeClauseOn(proposal.triggerLast, making.triggerFirst, making.triggerLast, lexicon)) {
                putForwardWithALightVerb(facts, sentence, proposal);
                continue;
            }
            Set<String> proposers = making.actors(lexicon.rule(making.type).principal());
            if (proposers.isEmpty()) continue;
            proposal.roles.put(Role.proposer, new LinkedHashSet<>(proposers));
            making.describes = proposal;
        }
    }

    /**
     * "المقترح الذي قدمه الرئيس الأمريكي جو بايدن", "المبادرة التي أطلقتها قطر": a light verb whose pronoun suffix points
     * back to the proposal noun opens its relative clause, and the actor right after it put the proposal forward.
     */
    private void putForwardWithALightVerb(SentenceFacts facts, Groups sentence, Draft proposal) {
        List<Token> tokens = facts.sentence().tokens();
        Hit<Cue> light = facts.cues().stream().filter(c -> c.value().kind().startsWith(LIGHT_VERB) && c.first() > proposal.triggerLast
                && lexicon.hasPronounSuffix(tokens.get(c.last()).surface())
                && facts.relativeClauseOn(proposal.triggerLast, c.first(), c.last(), lexicon)).findFirst().orElse(null);
        if (light == null) return;
        Groups.Group maker = sentence.after(light.last(), Subjects.SUBJECT_GAP, Set.of());
        if (maker == null || maker.allPlaces()) return;
        var proposers = new LinkedHashSet<String>();
        maker.phrases().stream().filter(p -> !p.isPlace()).forEach(p -> proposers.add(p.slug()));
        proposal.roles.put(Role.proposer, proposers);
    }

    /**
     * "الاتفاق الذي أعلنته السعودية وإيران من بكين", "الهدنة التي أعلنتها روسيا وأوكرانيا": whoever a relative clause on
     * a deal noun without sides says announced it made it, and are its sides (a mediator who announced it stays its
     * mediator); the verb of the clause is the deal's making, no event of its own. Verbs of reaching (توصلت إليه) were
     * tried too and changed no score.
     */
    void makersInRelativeClauses(SentenceFacts facts, List<Draft> all) {
        for (Draft deal : all) {
            if (!DEALS_ACCEPTED.contains(deal.type) || deal.verb || !deal.actors(Role.party).isEmpty()) continue;
            Draft making = first(all, d -> d.triggerFirst > deal.triggerLast);
            if (making != null && announces(facts, making) && facts.relativeClauseOn(deal.triggerLast, making.triggerFirst, making.triggerLast, lexicon)) {
                making.actors(lexicon.rule(making.type).principal()).forEach(maker -> addSide(deal, maker));
                if (!deal.actors(Role.party).isEmpty()) making.describes = deal;
            }
        }
    }

    /** A maker of the deal is its side unless the deal names them its mediator. */
    private static void addSide(Draft deal, String maker) {
        if (!deal.actors(Role.mediator).contains(maker)) deal.add(Role.party, maker);
    }

    /** A verb of announcing (أعلنه، announced). */
    private static boolean announces(SentenceFacts facts, Draft verb) {
        return verb.verb && facts.triggers().stream().anyMatch(t -> t.first() == verb.triggerFirst && t.value().flags().contains("announces"));
    }

    /**
     * "President Joe Biden's announcement on May 31 of what he described as an Israeli proposal", "Egypt's unveiling on
     * Sunday of a new plan": a noun of making public ("making" cues) owned by an actor makes that actor the proposer
     * of the proposal it names after it (the modifier "Israeli" only says whose the plan is said to be), made public
     * on the date that stands between them.
     */
    void proposalsMadePublic(SentenceFacts facts, List<Draft> all) {
        List<Token> tokens = facts.sentence().tokens();
        for (Hit<Cue> cue : facts.cuesOf("making")) {
            ActorPhrase owner = facts.phrases().stream().filter(p -> !p.isPlace() && Genitives.owns(tokens, p.last())
                    && cue.first() - p.last() <= 2 && p.last() < cue.first()).findFirst().orElse(null);
            Draft next = first(all, d -> d.type == EventType.Proposal && d.triggerFirst > cue.last()
                    && cue.value().reaches(cue.last(), d.triggerFirst));
            if (owner == null || next == null) continue;
            next.roles.put(Role.proposer, new LinkedHashSet<>(List.of(owner.slug())));
            facts.times().stream().filter(t -> t.first() > cue.last() && t.last() < next.triggerFirst
                    && t.mention().kind() == TimeMention.Kind.DATE).findFirst()
                    .ifPresent(t -> { next.time = t.mention().value(); next.ownDate = true; });
        }
    }

    /** A verb that puts a proposal forward (طرحه، proposed) or announces it (أعلنه، announced). */
    private static boolean makesAProposal(SentenceFacts facts, Draft verb) {
        return verb.verb && (verb.type == EventType.Proposal || announces(facts, verb));
    }

    /**
     * Negotiations without sides of their own, reported with an agreement, were between its parties; not definite ones
     * ("The two agreed to stay in close touch as the negotiations move forward"): talks told before have their own.
     * Talks that name no one at all are such negotiations ("The deal follows talks in Jeddah that began on 6 May and
     * produced the Jeddah Declaration, which the two sides signed on 11 May").
     */
    private static void sidesOfTheAgreement(List<Draft> all) {
        Draft agreement = first(all, d -> d.type == EventType.Agreement && !d.actors(Role.party).isEmpty());
        if (agreement == null) return;
        for (Draft d : all) {
            if (unnamedTalks(d)) d.becomeNegotiation();
            if (d.type == EventType.Negotiation && !d.definite && d.actors(Role.party).isEmpty()) agreement.actors(Role.party).forEach(p -> d.add(Role.party, p));
        }
    }

    /**
     * "وقعا اتفاقا في ختام محادثات برعاية الاتحاد الأفريقي", "the deal reached after talks mediated by Egypt", "The
     * exchange was agreed during direct talks between Russian and Ukrainian delegations": an agreement reported with
     * negotiations was reached in them; the mediators and the sides it does not name itself are theirs.
     */
    void agreementOfTheTalks(List<Draft> all) {
        fromTheTalks(all, Role.mediator, 1);
        fromTheTalks(all, Role.party, 2);
    }

    /**
     * "Qatar, Egypt and the United States have spent months mediating between Israel and Hamas but have secured only one
     * truce": a truce naming no side, reported with mediated talks between two sides, is between those sides, the
     * ones the mediators brought to it.
     */
    void trucesOfTheMediatedTalks(List<Draft> all) {
        Draft talks = first(all, d -> d.type == EventType.Negotiation && !d.actors(Role.mediator).isEmpty()
                && d.actors(Role.party).size() == 2);
        if (talks == null) return;
        for (Draft d : all) {
            if (d.type == EventType.Ceasefire && d.actors(Role.party).isEmpty()) talks.actors(Role.party).forEach(p -> d.add(Role.party, p));
        }
    }

    /** The first negotiation with at least {@code least} actors in {@code role} gives them to agreements with none. */
    private static void fromTheTalks(List<Draft> all, Role role, int least) {
        Draft talks = first(all, d -> d.type == EventType.Negotiation && d.actors(role).size() >= least);
        if (talks == null) return;
        for (Draft d : all) {
            if (d.type == EventType.Agreement && d.actors(role).isEmpty()) talks.actors(role).forEach(a -> d.add(role, a));
        }
    }

    /**
     * "أقرت الحكومة الإسرائيلية اتفاق وقف إطلاق النار مع لبنان", "Hamas accepted a truce with Israel", "أعلنت الحكومة
     * السودانية التوصل إلى اتفاق مع قوات الدعم السريع": whoever accepts a deal that names one side, or announces it
     * as their own act (not in a reported clause), is its other side, through the state they act for when the text
     * names one.
     */
    void acceptersSide(SentenceFacts facts, List<Draft> all) {
        for (Draft act : all) {
            if (act.type != EventType.Acceptance && act.type != EventType.Statement) continue;
            Draft deal = first(all, d -> DEALS_ACCEPTED.contains(d.type) && d.triggerFirst > act.triggerLast
                    && d.actors(Role.party).size() == 1);
            if (deal == null) continue;
            if (act.type == EventType.Acceptance) act.actors(Role.agent).forEach(agent -> deal.add(Role.party, sideOf(facts, agent)));
            else if (Clauses.announcesItself(facts, act, deal)) {
                act.actors(Role.speaker).forEach(speaker -> deal.add(Role.party, sideOf(facts, speaker)));
            }
        }
    }

    /**
     * "أعلن التحالف بقيادة السعودية وقف العمليات العسكرية", "أعلنت إسرائيل هدنة إنسانية من جانب واحد", "أعلنت روسيا
     * وأوكرانيا تبادل 230 أسيرا", "أعلنت كييف تبادل 90 أسيرا مع روسيا": a truce or exchange an announcing verb names as
     * its own object is the announcers' own act when each announcer is a side that can hold fire or hold prisoners (a
     * state, its organs, an armed group; a capital as the subject stands for its state), which are then its sides. A
     * truce already with a side is left to {@link #acceptersSide}; an exchange takes the announcers until it has two.
     * An international organization or a person (an envoy, a president who brokered it) that announces a truce or an
     * exchange as often reports the sides' act as makes it, and a mediator of the act is no side of it.
     */
    void announcersOwnActs(SentenceFacts facts, List<Draft> all) {
        for (Draft act : all) {
            if (act.type != EventType.Statement || act.actors(Role.speaker).isEmpty()) continue;
            Draft own = all.stream().filter(d -> ANNOUNCED_OWN.contains(d.type) && d.triggerFirst > act.triggerLast).findFirst()
                    .filter(d -> lacksSides(d) && Clauses.announcesItself(facts, act, d)).orElse(null);
            if (own == null || !act.actors(Role.speaker).stream().allMatch(speaker -> armedSide(facts, speaker)
                    && !own.actors(Role.mediator).contains(speaker))) continue;
            act.actors(Role.speaker).forEach(speaker -> own.add(Role.party, speaker));
        }
    }

    /** A truce without sides, an exchange without both. */
    private static boolean lacksSides(Draft d) {
        return d.actors(Role.party).isEmpty() || d.type == EventType.Exchange && d.actors(Role.party).size() < 2;
    }

    /** The actor's phrase is a state, an organ or an armed group, or a place standing for the state it is in ("أعلنت موسكو"). */
    private static boolean armedSide(SentenceFacts facts, String actor) {
        return facts.phrases().stream().anyMatch(p -> p.slug().equals(actor) && EventFinder.ARMED_SIDES.contains(p.type())
                || p.isPlace() && actor.equals(p.state()));
    }

    private static String sideOf(SentenceFacts facts, String actor) {
        return facts.phrases().stream().filter(p -> p.slug().equals(actor) && p.state() != null).map(ActorPhrase::state)
                .findFirst().orElse(actor);
    }

    /**
     * "حرب استمرت 44 يوما بين أذربيجان وأرمينيا، وانتهت باتفاق لوقف إطلاق النار", "the war between Eritrea and Ethiopia,
     * which ended with a peace deal": a deal or truce that a war ended with, named right after the verb of its end, was
     * made between the sides of that war.
     */
    void dealsThatEndedAWar(SentenceFacts facts, List<Draft> all) {
        for (Hit<Cue> cue : facts.cuesOf(END)) {
            Draft war = Draft.lastBefore(all, cue.first());
            Draft deal = first(all, d -> d.triggerFirst > cue.last());
            if (war == null || war.type != EventType.Conflict || deal == null || deal.verb || !DEALS_ACCEPTED.contains(deal.type)
                    || !deal.actors(Role.party).isEmpty() || facts.wordsBetween(cue.last(), deal.triggerFirst) > WORDS_BEFORE_THE_DEAL) continue;
            war.actors(Role.party).forEach(side -> deal.add(Role.party, side));
        }
    }

    /**
     * "هدنة استمرت أسبوعا، أفرج خلالها عن 105 رهائن" (a truce during which 105 hostages were freed), "أطلق خلالها سراح":
     * a release verb right before "during" with a pronoun (خلالها), or its noun right after it, took place during the
     * truce or deal the sentence told before it.
     */
    void releasesDuringATruce(SentenceFacts facts, List<Draft> all) {
        List<Token> tokens = facts.sentence().tokens();
        for (Hit<Cue> cue : facts.cuesOf(DURING)) {
            if (!lexicon.hasPronounSuffix(tokens.get(cue.last()).surface())) continue;
            Draft release = first(all, d -> d.type == EventType.Exchange
                    && (d.verb && d.triggerLast == cue.first() - 1 || d.triggerFirst == cue.last() + 1));
            if (release == null) continue;
            Draft truce = Draft.lastBefore(all.stream().filter(d -> TRUCES_AND_DEALS.contains(d.type)).toList(), release.triggerFirst);
            if (truce != null) release.during = truce;
        }
    }

    /**
     * "the RSF signed a truce with the army", "Hamas agreed a ceasefire with Israel": the truce a verb of agreeing takes
     * as its object keeps the "with" partner, while the verb keeps the subject; both sides signed the truce, and it is
     * between both. The object follows the verb with no actor between them.
     */
    void sidesOfASignedTruce(SentenceFacts facts, List<Draft> all) {
        for (int n = 1; n < all.size(); n++) {
            Draft signing = all.get(n - 1), truce = all.get(n);
            boolean object = signing.type == EventType.Agreement && signing.verb && truce.type == EventType.Ceasefire && !truce.verb
                    && truce.triggerFirst > signing.triggerLast
                    && facts.wordsBetween(signing.triggerLast, truce.triggerFirst) <= WORDS_BEFORE_THE_SIGNED
                    && facts.phrases().stream().noneMatch(p -> p.first() > signing.triggerLast && p.last() < truce.triggerFirst);
            if (!object || signing.actors(Role.party).isEmpty() || truce.actors(Role.party).isEmpty()) continue;
            Set<String> sides = new LinkedHashSet<>(signing.actors(Role.party));
            sides.addAll(truce.actors(Role.party));
            sides.forEach(side -> {
                signing.add(Role.party, side);
                truce.add(Role.party, side);
            });
        }
    }

    /**
     * "hostages were freed in exchange for Palestinian prisoners, on the first day of a truce between Israel and Hamas":
     * an exchange reported with a truce or deal between two sides is between those sides; the demonyms of those
     * released name where they come from, not who released them.
     */
    void sidesOfTheTruce(List<Draft> all) {
        Draft truce = first(all, d -> (d.type == EventType.Ceasefire || d.type == EventType.Agreement)
                && d.actors(Role.party).size() >= 2);
        if (truce == null) return;
        for (Draft d : all) {
            if (d.type != EventType.Exchange || d.actors(Role.party).containsAll(truce.actors(Role.party))) continue;
            d.roles.put(Role.party, new LinkedHashSet<>(truce.actors(Role.party)));
        }
    }

    /**
     * "أفرجت إسرائيل عن 90 أسيرا مقابل 3 محتجزات أفرجت عنهن حماس", "أطلقت حماس سراح 4 مجندات مقابل إفراج إسرائيل عن
     * 200 أسير": a release given in return for another ("in-return" cues) is the other side of one exchange; whoever
     * made it is a party of the exchange before the cue, and it is no event of its own.
     */
    void sidesOfAnExchange(SentenceFacts facts, List<Draft> all) {
        for (Hit<Cue> cue : facts.cuesOf("in-return")) {
            Draft given = all.stream().filter(d -> d.type == EventType.Exchange && d.triggerLast < cue.first())
                    .reduce((a, b) -> b).orElse(null);
            if (given != null) foldTheCuesNoun(all, cue, given);
            Draft returned = first(all, d -> d.type == EventType.Exchange && cue.value().reaches(cue.last(), d.triggerFirst));
            if (given == null || returned == null || given.describes != null) continue;
            returned.actors(Role.party).forEach(side -> given.add(Role.party, side));
            returned.describes = given;
        }
    }

    /**
     * "Russia and Ukraine exchanged 150 prisoners each in a deal mediated by the UAE", "Venezuela also freed 20
     * prisoners as part of the deal": a bare deal noun an adjunct or deal-frame cue governs after a swap of its
     * sentence, with its sides named, is that swap's deal; its mediators mediate the swap and it is no agreement of
     * its own. A deal with sides of its own, or named by another event ("as part of the ceasefire deal"), is another.
     */
    void swapsFramedAsADeal(SentenceFacts facts, List<Draft> all) {
        for (Draft deal : all) {
            if (deal.type != EventType.Agreement || deal.verb || !deal.actors(Role.party).isEmpty()) continue;
            int frame = facts.governingWord(deal.triggerFirst, lexicon);
            if (!facts.cueEndsAt(frame, DEAL_FRAMES) || namedByAnotherEvent(facts, deal)) continue;
            Draft swap = all.stream().filter(d -> d.type == EventType.Exchange && d.triggerLast < frame).reduce((a, b) -> b).orElse(null);
            // A swap whose sides are still to be found ("أطلق الطرفان سراح 1056 أسيرا في صفقة") may find them through its deal.
            if (swap == null || swap.describes != null || swap.actors(Role.party).isEmpty()) continue;
            deal.actors(Role.mediator).forEach(mediator -> swap.add(Role.mediator, mediator));
            deal.describes = swap;
        }
    }

    /**
     * "اتفاق وقف إطلاق النار بين لبنان وإسرائيل", "اتفاق لوقف إطلاق النار بين أذربيجان وأرمينيا": a deal noun without
     * sides that names the truce right after it is the deal of that truce, made between the truce's sides (the sides
     * attach to the nearer noun).
     */
    void sidesOfTheTruceItNames(SentenceFacts facts, List<Draft> all) {
        for (Draft deal : all) {
            if (deal.type != EventType.Agreement || deal.verb || !deal.actors(Role.party).isEmpty()) continue;
            all.stream().filter(d -> d.type == EventType.Ceasefire && !d.verb && d.triggerFirst > deal.triggerLast
                    && d.triggerFirst - deal.triggerLast <= NAMING_EVENT_REACH && d.actors(Role.party).size() >= 2
                    && facts.phrases().stream().noneMatch(p -> p.first() > deal.triggerLast && p.last() < d.triggerFirst))
                    .findFirst().ifPresent(truce -> truce.actors(Role.party).forEach(side -> deal.add(Role.party, side)));
        }
    }

    /**
     * "أعادت السعودية وإيران علاقاتهما الدبلوماسية ... بموجب اتفاق رعته الصين": a clause that acts under a deal (cue
     * under-deal right before a new deal noun) acts as that deal's sides, so the deal, naming none of its own, takes the
     * clause's subject when it names two sides or more: the first group of the clause no preposition governs, before
     * the cue. A definite deal ("بموجب الاتفاق") is one told before, whose sides discourse gives.
     */
    void sidesActingUnderIt(SentenceFacts facts, Groups sentence, List<Draft> all) {
        for (Draft deal : all) {
            if (deal.type != EventType.Agreement || deal.verb || deal.definite || deal.anaphoric || !deal.actors(Role.party).isEmpty()) continue;
            Hit<Cue> under = facts.cuesOf("under-deal").stream().filter(c -> c.value().reaches(c.last(), deal.triggerFirst)).findFirst().orElse(null);
            if (under == null) continue;
            int clauseStart = facts.cuesOf("complementizer").stream().mapToInt(Hit::last).filter(k -> k < under.first()).max().orElse(-1);
            Groups.Group subject = sentence.subjectAfter(facts, clauseStart, Integer.MAX_VALUE, Set.of());
            if (subject == null || subject.last() >= under.first()) continue;
            List<ActorPhrase> sides = subject.governments().phrases().stream().filter(p -> !p.isPlace()).toList();
            if (sides.size() >= 2) sides.forEach(side -> deal.add(Role.party, side.slug()));
        }
    }

    /**
     * "since it mediated a deal last year under which Saudi Arabia and Iran restored diplomatic ties", "an accord
     * whereby Armenia and Azerbaijan recognise each other's borders": the subject of a relative clause of terms (cue
     * relative=terms, at most its window of words after a deal noun naming no side, dates aside) acts under the deal,
     * so, when it names two sides or more, they are the deal's parties.
     */
    void sidesActingInItsTerms(SentenceFacts facts, Groups sentence, List<Draft> all) {
        for (Hit<Cue> terms : facts.cuesOf("relative")) {
            if (!TERMS.equals(terms.value().value())) continue;
            Draft deal = all.stream().filter(d -> d.type == EventType.Agreement && !d.verb && d.triggerLast < terms.first()
                    && facts.wordsBetween(d.triggerLast, terms.first()) <= terms.value().window()).reduce((a, b) -> b).orElse(null);
            if (deal == null || !deal.actors(Role.party).isEmpty()) continue;
            Groups.Group subject = sentence.subjectAfter(facts, terms.last(), 0, Set.of());
            if (subject == null) continue;
            List<ActorPhrase> sides = subject.governments().phrases().stream().filter(p -> !p.isPlace()).toList();
            if (sides.size() >= 2) sides.forEach(side -> deal.add(Role.party, side.slug()));
        }
    }

    /** Another trigger stands just after the deal noun, past a preposition and an article at most ("a deal for a ceasefire"). */
    private static boolean namedByAnotherEvent(SentenceFacts facts, Draft deal) {
        return facts.triggers().stream().anyMatch(t -> t.first() > deal.triggerLast && t.first() - deal.triggerLast <= NAMING_EVENT_REACH);
    }

    /**
     * "Hamas freed 16 hostages in exchange for prisoners held by Israel": the noun of exchange inside the cue names no
     * second swap but the one the release before it tells; whoever it found (the holder of what is given in return)
     * is that swap's other side.
     */
    private static void foldTheCuesNoun(List<Draft> all, Hit<Cue> cue, Draft given) {
        for (Draft noun : all) {
            if (noun == given || noun.type != EventType.Exchange || noun.triggerFirst < cue.first() || noun.triggerLast > cue.last()) continue;
            noun.actors(Role.party).forEach(side -> given.add(Role.party, side));
            noun.describes = given;
        }
    }
}
