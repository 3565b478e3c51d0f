package org.diplokg.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.diplokg.extract.SentenceFacts.TimedSpan;
import org.diplokg.extract.time.TimeMention;
import org.diplokg.lexicon.Cue;
import org.diplokg.lexicon.EventLexicon;
import org.diplokg.lexicon.PhraseIndex.Hit;
import org.diplokg.model.EventType;
import org.diplokg.model.TimeValue;
import org.diplokg.text.Token;

/**
 * Which event of a sentence a time expression dates: by default the nearest trigger on its left, else the first;
 * the constructions that say otherwise come first (a date inside a quote, a noun's premodifier, the measure of a
 * superlative, a truce in force, the object of a reaction or answer, a deal's purpose or object, a light verb's event
 * noun, an attribution after a clause, a reported clause, a closed relative clause). Durations and the end of a span
 * go where their dates go.
 */
final class DateOwners {
    /** How far a light verb reaches over its subject and a date to its event noun ("شن الطيران الإسرائيلي أمس الثلاثاء غارات"). */
    static final int LIGHT_VERB_SPAN = 7;
    /** The trigger flag of a speech verb that reacts to something named as its object ("condemned the attack"). */
    private static final String REACTION = "reaction";
    /** A superlative or ordinal ("أول", "the first time") that a look-back cue after it measures from. */
    private static final String YARDSTICK_KIND = "yardstick";
    private static final Set<String> YARDSTICK = Set.of(YARDSTICK_KIND);
    /** The trigger flag of a speech verb that makes public what it names as its object ("announced the plan"). */
    private static final String ANNOUNCES = "announces";
    /** The value of a relative cue that points back to a person or group ("who"), never to an event. */
    private static final String PERSON = "person";
    /** Acts a text reports as made by its day: what was said, what was put forward. */
    private static final Set<EventType> SAID_OR_PUT_FORWARD = Set.of(EventType.Statement, EventType.Proposal);
    /** Verbs that answer a proposal or a deal named as their object. */
    private static final Set<EventType> RESPONSES = Set.of(EventType.Acceptance, EventType.Rejection);
    /** What a deal sets as its terms, agreed to on the deal's day ("agreed to a prisoner exchange on Sunday"); talks agreed on may be later. */
    private static final Set<EventType> TERMS_OF_A_DEAL = Set.of(EventType.Ceasefire, EventType.Exchange);
    /** Deals a definite noun points back to ("the deal", "the truce"): spoken of later, they keep the day they were made. */
    private static final Set<EventType> KNOWN_DEALS = Set.of(EventType.Agreement, EventType.Ceasefire, EventType.Exchange);
    /** How many words the object a speech verb names by a quotation may take ("called the Paris talks \"constructive\""). */
    private static final int NAMED_OBJECT_REACH = 5;
    /** How far after such a verb its object noun may begin: "approved the U.S. ceasefire deal". */
    private static final int OBJECT_REACH = 4;
    /** How far an event noun may stand after the one whose phrase names it: "proposal for a 30-day ceasefire". */
    private static final int NOUN_CHAIN_REACH = 6;
    /** How far a purpose may stand after the noun it is the purpose of: "اتفاق جديد لوقف إطلاق النار". */
    private static final int PURPOSE_REACH = 2;
    /** Tokens from a date to the event noun it premodifies: the noun itself, or one modifier before it ("2015 nuclear deal"). */
    private static final int PREMODIFIER_REACH = 2;
    /** Words before a date that make a clause of their own, more than an opening adverbial ("Late on Monday,"). */
    private static final int CONTENT_BEFORE_A_DATE = 3;
    /** Words an attribution that ends a sentence may have after its verb: "said in a statement", "told reporters". */
    private static final int WORDS_AFTER_AN_ATTRIBUTION = 3;

    private DateOwners() {}

    /**
     * A date belongs to the nearest trigger on its left (Arabic and English both put the date after the verb
     * phrase), else to the first trigger on its right ("On Monday, Blinken met …"). Two refinements: a date in a
     * reported clause does not date the speech verb outside it ("قال إن وفدا سيتوجه غدا", "said that … on
     * Friday", "said the crossing would reopen next month"), nor does a date before a complementizer date what the
     * clause after it reports ("كشف مصدر الاثنين أن فيدان سيلتقي عراقجي"); and a trigger already dated by a nearer date leaves the next date to the undated trigger after it
     * ("تشن منذ 23 سبتمبر غارات، كما بدأت في الأول من أكتوبر عملية برية").
     */
    static void attachTimes(SentenceFacts facts, List<Draft> drafts, EventLexicon lexicon, LocalDate published) {
        if (drafts.isEmpty()) return;
        for (TimedSpan span : facts.times()) {
            if (isYardstick(facts, span) || datesAPreparedEvent(facts, span) || DealGoingOn.datesADealGoingOn(facts, drafts, span)) continue;
            if (span.mention().ahead()) {
                eventNamedAfter(drafts, span).ifPresent(d -> apply(d, span.mention(), false));
                continue;
            }
            Draft modified = span.mention().kind() == TimeMention.Kind.DURATION ? null : nounItModifies(facts, drafts, span, lexicon);
            if (modified != null) {
                apply(modified, span.mention(), false);
                modified.namedByItsDate = true;
                endedBy(facts, drafts, span).ifPresent(ending -> apply(ending, span.mention(), true));
                continue;
            }
            Draft owner = span.mention().kind() == TimeMention.Kind.DURATION ? nearestOnLeft(drafts, span) : dateOwner(facts, drafts, span, lexicon);
            int quote = quoteAround(facts, span.first());
            if (owner != null && (quote < 0 || quote == quoteAround(facts, owner.triggerFirst)) && !madeBeforeThat(facts, owner, span, published, lexicon)) {
                apply(owner, span.mention(), endCueBefore(facts, span));
                if (span.mention().kind() == TimeMention.Kind.DATE) announcementAndItsProposal(facts, drafts, owner).ifPresent(other -> apply(other, span.mention(), false));
            }
        }
    }

    /**
     * "Biden announced a plan to send aid by June 20", "Ukraine also proposed holding another round between June 20 and
     * June 30": a proposal or statement the text reports as made, not still to come ({@link ArticleCollector#planned}),
     * was made by the story's day; a date or span after that day is of what it says or plans, not its own.
     */
    private static boolean madeBeforeThat(SentenceFacts facts, Draft d, TimedSpan span, LocalDate published, EventLexicon lexicon) {
        return SAID_OR_PUT_FORWARD.contains(d.type) && span.mention().kind() != TimeMention.Kind.DURATION
                && startsAfter(span.mention().value(), published) && !ArticleCollector.planned(facts, d, lexicon);
    }

    /** Whether a date, at its precision, begins after the given day (a month or year from its first day). */
    private static boolean startsAfter(TimeValue value, LocalDate day) {
        return value != null && day != null && value.firstDay().isAfter(day);
    }

    /**
     * "Biden announced the three-phase plan on May 31", "On Saturday, Sisi announced the initiative": a plan is made
     * public the day it is announced, so a date of either the announcing verb (flagged announces) or the proposal noun
     * that is its object dates the other, still undated, too; or empty.
     */
    private static Optional<Draft> announcementAndItsProposal(SentenceFacts facts, List<Draft> drafts, Draft dated) {
        int at = drafts.indexOf(dated);
        Draft other = dated.type == EventType.Proposal && !dated.verb && at > 0 ? drafts.get(at - 1)
                : at + 1 < drafts.size() ? drafts.get(at + 1) : null;
        if (other == null || other.hasDate()) return Optional.empty();
        Draft speech = other.triggerFirst < dated.triggerFirst ? other : dated;
        Draft proposal = speech == other ? dated : other;
        boolean announces = speech.type == EventType.Statement && speech.verb && facts.triggers().stream()
                .anyMatch(t -> t.first() == speech.triggerFirst && t.value().flags().contains(ANNOUNCES));
        boolean itsObject = proposal.type == EventType.Proposal && !proposal.verb
                && facts.wordsBetween(speech.triggerLast, proposal.triggerFirst) <= OBJECT_REACH
                && facts.sentence().tokens().subList(speech.triggerLast + 1, proposal.triggerFirst).stream().noneMatch(DateOwners::breaksAPhrase);
        return announces && itsObject ? Optional.of(other) : Optional.empty();
    }

    /** "a day after Israel launched an attack", "غداة الهجوم": the first trigger after the phrase, if still undated. */
    private static Optional<Draft> eventNamedAfter(List<Draft> drafts, TimedSpan span) {
        return Optional.ofNullable(Draft.firstAfter(drafts, span.last())).filter(d -> !d.hasDate());
    }

    /**
     * The quotation a token stands in, as the index of its opening mark, or -1: a time inside a quotation is the
     * speaker's ("نعلم أننا لم نحل كل مشاكل ليبيا اليوم", "we will talk again next week") and dates nothing outside it;
     * a date outside may still date a quoted phrase ("agreed on Wednesday to a \"permanent cessation of hostilities\"").
     */
    private static int quoteAround(SentenceFacts facts, int token) {
        int open = -1;
        List<Token> tokens = facts.sentence().tokens();
        for (int k = 0; k < token; k++) {
            String mark = tokens.get(k).surface();
            if (SentenceFacts.OPENING_QUOTES.contains(mark) || mark.equals("\"") && open < 0) open = k;
            else if (SentenceFacts.closesAQuotation(mark)) open = -1;
        }
        return open;
    }

    /**
     * "which ended the 2006 war between Israel and Hezbollah", "revive the 2015 nuclear deal", "since Iran's October
     * 1 missile attack": a date right after a determiner or a genitive and before an event noun, with at most one modifier between, is that noun's own date, whatever verb
     * governs the noun phrase (an "ended" before it ends the war, it does not date the war's end); or null.
     */
    private static Draft nounItModifies(SentenceFacts facts, List<Draft> drafts, TimedSpan span, EventLexicon lexicon) {
        List<Token> tokens = facts.sentence().tokens();
        boolean determined = span.first() > 0 && (lexicon.isDeterminer(tokens.get(span.first() - 1).surface())
                || facts.cueEndsAt(span.first() - 1, Set.of("possessive")) || Genitives.closesAt(tokens, span.first() - 1));
        if (!determined) return null;
        return Optional.ofNullable(Draft.firstAfter(drafts, span.last()))
                .filter(d -> !d.verb && !d.hasDate() && d.triggerFirst - span.last() <= PREMODIFIER_REACH)
                .filter(d -> tokens.subList(span.last() + 1, d.triggerFirst).stream().noneMatch(DateOwners::breaksAPhrase))
                .orElse(null);
    }

    /** "Resolution 1701, which ended the 2006 war": what ended a dated event, undated itself, ended at that date. */
    private static Optional<Draft> endedBy(SentenceFacts facts, List<Draft> drafts, TimedSpan span) {
        if (!endCueBefore(facts, span)) return Optional.empty();
        return Optional.ofNullable(Draft.lastBefore(drafts, span.first())).filter(d -> !d.hasDate());
    }

    /** "أول محادثات مباشرة منذ مارس 2022", "the largest attack since 2022": a "since" date a superlative measures against. */
    static boolean isYardstick(SentenceFacts facts, TimedSpan span) {
        // Asked of every time of every sentence with events: plain loops, no stream to set up.
        for (Hit<Cue> since : facts.cuesOf("anterior")) {
            if (since.last() != span.first() - 1) continue;
            for (Hit<Cue> c : facts.cues()) if (measuresFrom(c, since)) return true;
            return false;
        }
        return false;
    }

    /** "laying the groundwork for Wednesday's summit": the date of the later event prepared for dates nothing the sentence reports. */
    private static boolean datesAPreparedEvent(SentenceFacts facts, TimedSpan span) {
        return PrepositionalArguments.preparedFor(facts.cuesOf(PrepositionalArguments.GROUNDWORK), span.first());
    }

    /** A yardstick cue (a superlative, "first") that the look-back cue after it measures: "the first talks since". */
    static boolean measuresFrom(Hit<Cue> yardstick, Hit<Cue> since) {
        return yardstick.value().kind().equals(YARDSTICK_KIND) && yardstick.last() < since.first() && yardstick.value().reaches(yardstick.last(), since.last() + 1);
    }

    /**
     * Whether a look-back cue only measures a superlative ("أول محادثات مباشرة منذ مارس 2022"): the sentence then
     * still reports news of the story's day, not something earlier.
     */
    static boolean measuresASuperlative(SentenceFacts facts, Hit<Cue> anterior) {
        return facts.times().stream().anyMatch(span -> span.first() == anterior.last() + 1 && isYardstick(facts, span));
    }

    /**
     * "وصل إلى دمشق في أول زيارة له منذ سنوات", "أكبر عملية من نوعها منذ اندلاع الحرب": an event before the look-back
     * cue, told again or named by the noun a superlative qualifies before that cue, is news of the story's day,
     * whatever the cue counts from; what it counts from stays earlier.
     */
    static boolean qualifiedBySuperlative(SentenceFacts facts, Hit<Cue> anterior, Draft d) {
        if (d.triggerLast >= anterior.first()) return false;
        return facts.cuesOf(YARDSTICK).stream().filter(c -> measuresFrom(c, anterior)).anyMatch(c -> facts.triggers().stream()
                .anyMatch(t -> t.value().type() == d.type && t.first() > c.last() && t.last() < anterior.first()));
    }

    private static Draft nearestOnLeft(List<Draft> drafts, TimedSpan span) {
        Draft owner = Draft.lastBefore(drafts, span.first());
        return owner != null ? owner : drafts.getFirst();
    }

    private static Draft dateOwner(SentenceFacts facts, List<Draft> drafts, TimedSpan span, EventLexicon lexicon) {
        Hit<Cue> inForce = null;
        for (Hit<Cue> c : facts.cuesOf("in-force")) {
            if (c.value().reaches(c.last(), span.first())) {
                inForce = c;
                break;
            }
        }
        if (inForce != null) {
            Draft truce = truceInForce(drafts, inForce, lexicon);
            if (truce == null) dealInForce(drafts, inForce, span);
            return truce;
        }
        Draft left = Draft.lastBefore(drafts, span.first());
        if (left != null && inARelativeClauseAboutSomeone(facts, left, span)) return null;
        Draft object = lightVerbsObject(facts, drafts, span);
        if (object != null) return object;
        Draft deal = dealOfItsObject(facts, drafts, left, span);
        if (deal != null) return deal;
        Draft speech = speechAboutAKnownDeal(facts, drafts, left, span);
        if (speech != null) return speech;
        Draft framed = verbAfterItsSubjectAndDate(facts, drafts, span);
        if (framed != null) return framed;
        if (left != null && datesTheReactionsObject(facts, left, span)) return null;
        Draft namer = namerOfAQuotedObject(facts, drafts, left, span);
        if (namer != null) return namer;
        if (left != null && !left.hasDate() && !reportedClause(facts, left, span, lexicon)) {
            Optional<Draft> response = responseTo(facts, drafts, left);
            // "سلمت الحكومة ردها على المبادرة يوم الثلاثاء": the day of an answer is not that of what it answers.
            if (response.isEmpty() && facts.answeredNoun(left.triggerFirst) && !inItsRelativeClause(facts, left, span, lexicon)) return null;
            return response.orElseGet(() -> dealOfItsPurpose(facts, drafts, left, lexicon));
        }
        Draft main = left == null ? null : verbBeforeItsClosedRelativeClause(facts, drafts, left, span, lexicon);
        if (main != null) return main;
        for (Draft d : drafts) {
            if (d.triggerFirst > span.last() && !d.hasDate()) {
                return dateBetween(facts, span.last(), d.triggerFirst) || datedRightAfterIt(facts, drafts, d)
                        || dateInItsPhrase(facts, drafts, d) || facts.answeredNoun(d.triggerFirst)
                        || Clauses.complementizerBetween(facts, span.last(), d.triggerFirst) && !Clauses.participleAfterAComma(facts, d)
                        || Clauses.closedRelativeClauseAround(facts, span.first(), span.last(), d.triggerFirst)
                        || attributedAfterIt(facts, d, span) ? null : d;
            }
        }
        return null;
    }

    /**
     * "The ceasefire deal, reached on Tuesday, took effect on Wednesday", "a truce agreed on Monday came into force on
     * Thursday": the date after an in-force verb is the start of the truce its subject names, not the day of the deal
     * that set it up; a deal itself in force ("the accord, signed on Friday, entered into force on Saturday") keeps
     * the day it was made, so that date dates nothing else.
     */
    private static Draft truceInForce(List<Draft> drafts, Hit<Cue> inForce, EventLexicon lexicon) {
        return drafts.stream().filter(d -> d.triggerLast < inForce.first() && lexicon.rule(d.type).fromDeal()).reduce((a, b) -> b).orElse(null);
    }

    /**
     * "The deal will take effect on Sunday, the statement said", "The agreement takes effect at noon on Friday": with no
     * truce in the sentence, a deal noun in force names the truce it establishes (told of elsewhere), which starts then.
     */
    private static void dealInForce(List<Draft> drafts, Hit<Cue> inForce, TimedSpan span) {
        if (span.mention().kind() != TimeMention.Kind.DATE) return;
        drafts.stream().filter(d -> d.triggerLast < inForce.first()).reduce((a, b) -> b)
                .filter(d -> d.type == EventType.Agreement && !d.verb && d.inForceFrom == null)
                .ifPresent(deal -> deal.inForceFrom = span.mention().value());
    }

    /**
     * "Venezuela also handed over Leonard Glenn Francis, …, who fled house arrest in San Diego in September 2022": a date
     * in a relative clause still open after the trigger, opened by a pronoun for people (cue relative=person), tells
     * what that person did, and dates no event before the clause.
     */
    private static boolean inARelativeClauseAboutSomeone(SentenceFacts facts, Draft left, TimedSpan span) {
        for (Hit<Cue> c : facts.cuesOf("relative")) {
            if (PERSON.equals(c.value().value()) && c.first() > left.triggerLast && c.last() < span.first()
                    && !facts.punctuationBetween(c.last(), span.first())) return true;
        }
        return false;
    }

    /**
     * "Egypt condemned the attack on Rafah on May 7", "Turkey denounced the killing of aid workers on April 1": a
     * calendar date after the object of a reaction (a speech verb flagged reaction), when that object is a phrase of
     * its own with a preposition inside, dates what the reaction is about; the reaction is news of the story's days,
     * which agency copy dates by weekday ("condemned the attack on Rafah on Sunday" still dates the condemnation).
     */
    private static boolean datesTheReactionsObject(SentenceFacts facts, Draft reaction, TimedSpan span) {
        if (reaction.type != EventType.Statement || !reaction.verb || reaction.hasDate() || !span.calendar()) return false;
        boolean flagged = facts.triggers().stream().anyMatch(t -> t.first() == reaction.triggerFirst && t.value().flags().contains(REACTION));
        if (!flagged) return false;
        int objectFirst = reaction.triggerLast + 1;
        // The span may leave its preposition ("on") outside.
        int objectLast = facts.prepositions().stream().anyMatch(p -> p.last() == span.first() - 1) ? span.first() - 2 : span.first() - 1;
        List<Token> tokens = facts.sentence().tokens();
        if (objectLast - objectFirst < 2 || tokens.subList(objectFirst, objectLast + 1).stream().anyMatch(Token::isPunct)) return false;
        boolean actorObject = facts.phrases().stream().anyMatch(p -> p.first() == objectFirst && !p.isPlace());
        boolean oblique = facts.prepositions().stream().anyMatch(p -> p.first() == objectFirst);
        boolean postmodified = facts.prepositions().stream().anyMatch(p -> p.first() > objectFirst && p.last() < objectLast)
                || facts.cuesOf("count-of").stream().anyMatch(c -> c.first() > objectFirst && c.last() < objectLast);
        return !actorObject && !oblique && postmodified;
    }

    /**
     * "The office … called the Paris talks \"constructive\" on Sunday": a date after the quotation a speech verb names
     * its object with dates the naming, not the event the object is; the quotation closes the object's phrase.
     */
    private static Draft namerOfAQuotedObject(SentenceFacts facts, List<Draft> drafts, Draft object, TimedSpan span) {
        if (object == null || object.verb || !quotationBetween(facts, object.triggerLast, span.first())) return null;
        return drafts.stream().filter(d -> d.type == EventType.Statement && d.verb && !d.hasDate() && d.triggerLast < object.triggerFirst
                        && facts.wordsBetween(d.triggerLast, object.triggerFirst) <= NAMED_OBJECT_REACH
                        && !facts.punctuationBetween(d.triggerLast, object.triggerFirst))
                .reduce((a, b) -> b).orElse(null);
    }

    /** Whether a quotation closes between two tokens, and the second stands outside any. */
    private static boolean quotationBetween(SentenceFacts facts, int after, int before) {
        if (quoteAround(facts, before) >= 0) return false;
        List<Token> tokens = facts.sentence().tokens();
        for (int k = after + 1; k < before; k++) {
            String mark = tokens.get(k).surface();
            if (SentenceFacts.closesAQuotation(mark)) return true;
        }
        return false;
    }

    /** A day named without the calendar ("on Monday", "today"): one of the story's days, not a landmark's past date. */
    static boolean dayOfTheStory(TimedSpan span) {
        TimeValue day = span.mention().value();
        return day != null && day.precision() == TimeValue.Precision.DAY && !span.calendar();
    }

    /**
     * "after Russia on Friday vetoed a draft", "Hamas on Tuesday rejected": a date between an actor and the verb right
     * after it dates that verb, whose subject the actor is, not an earlier trigger of the sentence.
     */
    private static Draft verbAfterItsSubjectAndDate(SentenceFacts facts, List<Draft> drafts, TimedSpan span) {
        // The span may leave its preposition ("on") outside.
        if (!afterAnActor(facts, span)) return null;
        for (Draft d : drafts) if (d.verb && !d.hasDate() && d.triggerFirst == span.last() + 1) return d;
        return null;
    }

    private static boolean afterAnActor(SentenceFacts facts, TimedSpan span) {
        for (ActorPhrase p : facts.phrases()) {
            if (!p.isPlace() && (p.last() == span.first() - 1 || p.last() == span.first() - 2 && prepositionAt(facts, span.first() - 1))) return true;
        }
        return false;
    }

    private static boolean prepositionAt(SentenceFacts facts, int token) {
        for (var h : facts.prepositions()) if (h.first() == token) return true;
        return false;
    }

    /**
     * "وصل روبيو، الذي التقى الصفدي الأحد، إلى القاهرة الاثنين": a date after a relative clause that has its own date,
     * with the clause closed by punctuation before the date, goes back to the undated verb the clause interrupts.
     */
    private static Draft verbBeforeItsClosedRelativeClause(SentenceFacts facts, List<Draft> drafts, Draft inClause, TimedSpan span,
                                                           EventLexicon lexicon) {
        if (!inClause.verb || !inClause.ownDate) return null;
        if (!facts.punctuationBetween(inClause.triggerLast, span.first())) return null;
        Hit<Cue> relative = facts.cuesOf("relative").stream().filter(c -> c.last() < inClause.triggerFirst
                        && inClause.triggerFirst - c.last() <= SentenceFacts.RELATIVE_REACH)
                .reduce((a, b) -> b).orElse(null);
        if (relative == null) return null;
        Draft main = Draft.lastBefore(drafts, relative.first());
        return main != null && main.verb && !main.hasDate() && !reportedClause(facts, main, span, lexicon) ? main : null;
    }

    /**
     * "Hamas accepted the proposal on Saturday", "Ukraine accepted the U.S. proposal for a 30-day ceasefire on
     * Tuesday", "أعلنت حماس موافقتها على المقترح القطري يوم الاثنين": a date after the object of a response (a verb or
     * its noun) dates the response; the deal itself, and a truce or deal its phrase names, were made before. The object
     * phrase is a chain of event nouns, each within reach of the one before, with no punctuation.
     */
    private static Optional<Draft> responseTo(SentenceFacts facts, List<Draft> drafts, Draft object) {
        if (object.verb) return Optional.empty();
        List<Token> tokens = facts.sentence().tokens();
        Draft head = object;
        for (int i = drafts.indexOf(object) - 1; i >= 0; i--) {
            Draft d = drafts.get(i);
            if (RESPONSES.contains(d.type)) {
                boolean reaches = !d.hasDate() && facts.wordsBetween(d.triggerLast, head.triggerFirst) < OBJECT_REACH
                        && tokens.subList(d.triggerLast + 1, object.triggerFirst).stream().noneMatch(DateOwners::breaksAPhrase);
                return reaches ? Optional.of(d) : Optional.empty();
            }
            if (d.verb || d.triggerLast >= head.triggerFirst || head.triggerFirst - d.triggerLast > NOUN_CHAIN_REACH) return Optional.empty();
            head = d;
        }
        return Optional.empty();
    }

    /**
     * "توصلت إسرائيل وحزب الله إلى اتفاق لوقف إطلاق النار الاثنين", "اتفاق لتبادل الأسرى الأحد": a date after the
     * purpose of an event noun (the purpose lam, right after that noun, no punctuation between) dates the deal or plan
     * made on that day; the truce or exchange it is for begins when the text says, if it says.
     */
    private static Draft dealOfItsPurpose(SentenceFacts facts, List<Draft> drafts, Draft purpose, EventLexicon lexicon) {
        Draft deal = Readings.hasPurposePrefix(lexicon, facts, purpose) ? Draft.lastBefore(drafts, purpose.triggerFirst) : null;
        if (deal == null || deal.verb || deal.hasDate() || purpose.triggerFirst - deal.triggerLast > PURPOSE_REACH) return purpose;
        List<Token> between = facts.sentence().tokens().subList(deal.triggerLast + 1, purpose.triggerFirst);
        return between.stream().anyMatch(Token::isPunct) ? purpose : deal;
    }

    /**
     * "ردا على غارات شنتها قاذفات أميركية فجر الأحد": a date in the relative clause right after an event noun, opened by
     * a verb whose suffix points back to the noun, with no punctuation before the date, tells when that event happened.
     */
    private static boolean inItsRelativeClause(SentenceFacts facts, Draft noun, TimedSpan span, EventLexicon lexicon) {
        int opening = noun.triggerLast + 1;
        return opening < span.first() && lexicon.hasPronounSuffix(facts.sentence().tokens().get(opening).surface())
                && !facts.punctuationBetween(noun.triggerLast, span.first());
    }

    /** Punctuation other than the hyphen of a compound ("30-day"), which stays inside a noun phrase. */
    private static boolean breaksAPhrase(Token t) {
        return t.isPunct() && !t.surface().equals("-");
    }

    /**
     * "انسحب عام 2018 من الاتفاق النووي المبرم بين إيران والقوى الكبرى عام 2015": a date in an event noun's own
     * phrase, after it with no punctuation or other trigger between, is its date; an earlier date before it is not.
     * A date after an end cue ("اجتماعا تحضيريا تستمر أعماله حتى الخامس عشر من يوليو") only bounds the event.
     */
    private static boolean dateInItsPhrase(SentenceFacts facts, List<Draft> drafts, Draft d) {
        if (d.verb) return false;
        return facts.times().stream().filter(t -> t.mention().kind() != TimeMention.Kind.DURATION && t.first() > d.triggerLast)
                .findFirst()
                .filter(t -> !endCueBefore(facts, t) && !facts.punctuationBetween(d.triggerLast, t.first()))
                .filter(t -> drafts.stream().noneMatch(o -> o.triggerFirst > d.triggerLast && o.triggerFirst < t.first()))
                .isPresent();
    }

    /**
     * "قبل سريان الهدنة، شن الطيران الإسرائيلي أمس الثلاثاء غارات": a date between a light verb and the event noun it
     * governs, in one stretch without punctuation, dates that noun, not a trigger before the verb; or null.
     */
    private static Draft lightVerbsObject(SentenceFacts facts, List<Draft> drafts, TimedSpan span) {
        Draft object = Draft.firstAfter(drafts, span.last());
        if (object == null || object.hasDate() || object.verb) return null;
        for (Hit<Cue> c : facts.cuesOf("light-verb")) {
            if (c.last() < span.first() && object.triggerFirst - c.last() <= LIGHT_VERB_SPAN
                    && !facts.punctuationBetween(c.last(), object.triggerFirst) && Draft.firstBetween(drafts, c.last(), span.first()) == null) return object;
        }
        return null;
    }

    /**
     * "Russia and Ukraine agreed to a prisoner exchange on Sunday", "agreed to a four-day truce on Wednesday": a date
     * right after the event noun a deal verb takes as its object dates the deal; what was agreed is still to come
     * ("a ceasefire starting on Friday" keeps its own).
     */
    private static Draft dealOfItsObject(SentenceFacts facts, List<Draft> drafts, Draft object, TimedSpan span) {
        if (object == null || object.verb || object.hasDate() || !TERMS_OF_A_DEAL.contains(object.type)) return null;
        Draft deal = Draft.lastBefore(drafts, object.triggerFirst);
        boolean governs = deal != null && deal.type == EventType.Agreement && deal.verb && !deal.hasDate()
                && facts.wordsBetween(deal.triggerLast, object.triggerFirst) <= OBJECT_REACH
                && facts.wordsBetween(object.triggerLast, span.first()) <= 1 // the date's own preposition, "on"
                && facts.sentence().tokens().subList(deal.triggerLast + 1, span.first()).stream().noneMatch(DateOwners::breaksAPhrase);
        return governs ? deal : null;
    }

    /**
     * "Qatar announced the deal on Wednesday", "the EU welcomed the agreement on Thursday": a date right after a
     * definite deal noun with no sides of its own, the object of a speech verb, dates the speech; the deal points
     * back to one the article told, made on a day of its own.
     */
    private static Draft speechAboutAKnownDeal(SentenceFacts facts, List<Draft> drafts, Draft deal, TimedSpan span) {
        if (deal == null || deal.verb || !deal.anaphoric || deal.hasDate() || !KNOWN_DEALS.contains(deal.type)) return null;
        Draft speech = Draft.lastBefore(drafts, deal.triggerFirst);
        boolean object = speech != null && speech.type == EventType.Statement && speech.verb && !speech.hasDate()
                && facts.wordsBetween(speech.triggerLast, deal.triggerFirst) <= OBJECT_REACH
                && facts.wordsBetween(deal.triggerLast, span.first()) <= 1 // the date's own preposition, "on"
                && facts.sentence().tokens().subList(speech.triggerLast + 1, span.first()).stream().noneMatch(DateOwners::breaksAPhrase);
        return object ? speech : null;
    }

    /**
     * "Israeli forces must withdraw by the January 26 deadline, the presidency said": a date in what was said before
     * an attribution that ends the sentence (after a comma or a closing quote, with at most a few words after the
     * verb) is the content's, not the speech act's. A date that only opens the sentence ("On Monday, Hamas said")
     * has no clause before it and still dates the verb, also after a dateline ("CAIRO (Reuters) - On May 31, Biden
     * announced the plan"), whose words are no clause.
     */
    private static boolean attributedAfterIt(SentenceFacts facts, Draft speech, TimedSpan span) {
        if (speech.type != EventType.Statement || !speech.verb) return false;
        List<Token> tokens = facts.sentence().tokens();
        boolean setOff = tokens.subList(span.last() + 1, speech.triggerFirst).stream()
                .anyMatch(t -> t.surface().equals(",") || SentenceFacts.closesAQuotation(t.surface()));
        return setOff && facts.wordsBetween(facts.datelineEnd(), span.first()) >= CONTENT_BEFORE_A_DATE
                && facts.wordsBetween(speech.triggerLast, tokens.size()) <= WORDS_AFTER_AN_ATTRIBUTION;
    }

    /**
     * "joined the mediators on Wednesday, and the two sides signed the text early Thursday": a trigger with a date of
     * its own after it (the next date, no other trigger or punctuation between) is not dated by one before it. A date
     * after an end cue ("until", "حتى") is no date of its own: it bounds the event the earlier date dates.
     */
    private static boolean datedRightAfterIt(SentenceFacts facts, List<Draft> drafts, Draft d) {
        List<Token> tokens = facts.sentence().tokens();
        return facts.times().stream().filter(span -> span.first() > d.triggerLast).findFirst()
                .filter(span -> !endCueBefore(facts, span))
                .filter(span -> drafts.stream().noneMatch(o -> o.triggerFirst > d.triggerLast && o.triggerFirst < span.first()))
                .filter(span -> tokens.subList(d.triggerLast + 1, span.first()).stream().noneMatch(Token::isPunct))
                .isPresent();
    }

    /** "escalated in September, killing … in a Sept. 27 airstrike": a nearer date before a trigger is its own. */
    private static boolean dateBetween(SentenceFacts facts, int after, int before) {
        return facts.times().stream().anyMatch(t -> t.mention().kind() != TimeMention.Kind.DURATION && t.first() > after && t.last() < before);
    }

    /**
     * The date stands in what a speech verb reports, past its complementizer (not "talks that began on 6 May") or past
     * a finite auxiliary of a clause without one ("said bilateral trade could reach $200 billion this year").
     */
    private static boolean reportedClause(SentenceFacts facts, Draft speech, TimedSpan span, EventLexicon lexicon) {
        if (Clauses.reportedBy(facts, speech, span.first())) return true;
        return speech.type == EventType.Statement && speech.verb && facts.sentence().tokens()
                .subList(speech.triggerLast + 1, span.first()).stream().anyMatch(t -> lexicon.isClauseAuxiliary(t.surface()));
    }

    private static boolean endCueBefore(SentenceFacts facts, TimedSpan span) {
        for (Hit<Cue> c : facts.cuesOf("end")) if (c.value().reaches(c.last(), span.first())) return true;
        return false;
    }

    static void apply(Draft d, TimeMention m, boolean isEnd) {
        switch (m.kind()) {
            case DURATION -> { if (d.duration == null) d.duration = m.duration(); }
            case SPAN -> {
                if (d.hasDate()) return;
                d.begin = m.value();
                d.end = m.until();
                d.ownDate = true;
            }
            case DATE -> {
                if (d.hasDate()) return;
                if (isEnd) d.end = m.value();
                else d.time = m.value();
                d.ownDate = true;
            }
        }
    }
}
