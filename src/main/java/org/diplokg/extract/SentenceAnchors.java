package org.diplokg.extract;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.diplokg.extract.SentenceFacts.TimedSpan;
import org.diplokg.extract.time.TimeMention;
import org.diplokg.lexicon.Cue;
import org.diplokg.lexicon.EventLexicon;
import org.diplokg.lexicon.PhraseIndex.Hit;
import org.diplokg.model.EventType;
import org.diplokg.model.Role;
import org.diplokg.model.TimeValue;
import org.diplokg.text.Token;

/**
 * What a sentence anchors to its events besides actors: dates (to the nearest trigger on their left, else the
 * first), the end of a span, durations, phase counts, counts of released people and votes, tour ordinals, statuses,
 * and "X during Y" links.
 */
final class SentenceAnchors {
    /** What a status cue ("stalled", "متعثرة") describes. */
    private static final Set<EventType> HAS_STATUS = Set.of(EventType.Negotiation, EventType.Agreement, EventType.Ceasefire);

    /** How far after its noun a relative pronoun may stand: "الاتفاق، الذي", "the plan, which". */
    private static final int RELATIVE_REACH = 2;
    /** How far a light verb reaches over its subject and a date to its event noun ("شن الطيران الإسرائيلي أمس الثلاثاء غارات"). */
    private static final int LIGHT_VERB_SPAN = 7;
    /** Cues before an event noun that make it the setting of the sentence's main verb (في اتصال، خلال المحادثات). */
    private static final Set<String> SETTING_CUES = Set.of("adjunct", "during");
    /** How far before talks an "after" cue may stand: "بعد عشرة أيام من المفاوضات". */
    private static final int AFTER_REACH = 5;
    private static final Set<String> AFTER = Set.of("after");
    private static final String START_OPEN = "start-open";
    /** The trigger flag of a speech verb that reacts to something named as its object ("condemned the attack"). */
    private static final String REACTION = "reaction";
    /** Verbs that answer a proposal or a deal named as their object. */
    private static final Set<EventType> RESPONSES = Set.of(EventType.Acceptance, EventType.Rejection);
    /** What an announcing verb does by naming it: a rejection, a truce, an exchange (see announcedActsTakeTheAnnouncementsDate). */
    private static final Set<EventType> ANNOUNCED_ACTS = Set.of(EventType.Rejection, EventType.Ceasefire, EventType.Exchange);
    /** What a deal sets as its terms, agreed to on the deal's day ("agreed to a prisoner exchange on Sunday"); talks agreed on may be later. */
    private static final Set<EventType> TERMS_OF_A_DEAL = Set.of(EventType.Ceasefire, EventType.Exchange);
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
    /** A cue that calls the event noun it qualifies an earlier one of its type ("the last exchange", "التبادل السابق"). */
    private static final String PREVIOUS = "previous";
    /** The value of a previous cue that stands after its noun, as Arabic adjectives do. */
    private static final String POSTPOSED = "after";
    private static final Set<String> OPENING_QUOTES = Set.of("«", "\u201C");
    /** Marks that only close a quotation; the straight quote both opens and closes one. */
    static final Set<String> CLOSING_QUOTES = Set.of("»", "\u201D");

    private SentenceAnchors() {}

    /**
     * A date belongs to the nearest trigger on its left (Arabic and English both put the date after the verb
     * phrase), else to the first trigger on its right ("On Monday, Blinken met …"). Two refinements: a date in a
     * reported clause does not date the speech verb outside it ("قال إن وفدا سيتوجه غدا", "said that … on
     * Friday", "said the crossing would reopen next month"); and a trigger already dated by a nearer date leaves the next date to the undated trigger after it
     * ("تشن منذ 23 سبتمبر غارات، كما بدأت في الأول من أكتوبر عملية برية").
     */
    static void attachTimes(SentenceFacts facts, List<Draft> drafts, EventLexicon lexicon) {
        if (drafts.isEmpty()) return;
        for (TimedSpan span : facts.times()) {
            if (isYardstick(facts, span)) continue;
            Draft modified = span.mention().kind() == TimeMention.Kind.DURATION ? null : nounItModifies(facts, drafts, span, lexicon);
            if (modified != null) {
                apply(modified, span.mention(), false);
                endedBy(facts, drafts, span).ifPresent(ending -> apply(ending, span.mention(), true));
                continue;
            }
            Draft owner = span.mention().kind() == TimeMention.Kind.DURATION ? nearestOnLeft(drafts, span) : dateOwner(facts, drafts, span, lexicon);
            int quote = quoteAround(facts, span.first());
            if (owner != null && (quote < 0 || quote == quoteAround(facts, owner.triggerFirst))) {
                apply(owner, span.mention(), endCueBefore(facts, span));
            }
        }
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
            if (OPENING_QUOTES.contains(mark) || mark.equals("\"") && open < 0) open = k;
            else if (CLOSING_QUOTES.contains(mark) || mark.equals("\"")) open = -1;
        }
        return open;
    }

    /**
     * "which ended the 2006 war between Israel and Hezbollah", "revive the 2015 nuclear deal": a date right after a
     * determiner and before an event noun, with at most one modifier between, is that noun's own date, whatever verb
     * governs the noun phrase (an "ended" before it ends the war, it does not date the war's end); or null.
     */
    private static Draft nounItModifies(SentenceFacts facts, List<Draft> drafts, TimedSpan span, EventLexicon lexicon) {
        List<Token> tokens = facts.sentence().tokens();
        boolean determined = span.first() > 0 && (lexicon.isDeterminer(tokens.get(span.first() - 1).surface())
                || facts.cueEndsAt(span.first() - 1, Set.of("possessive")));
        if (!determined) return null;
        return drafts.stream().filter(d -> d.triggerFirst > span.last()).findFirst()
                .filter(d -> !d.verb && !d.hasDate() && d.triggerFirst - span.last() <= PREMODIFIER_REACH)
                .filter(d -> tokens.subList(span.last() + 1, d.triggerFirst).stream().noneMatch(SentenceAnchors::breaksAPhrase))
                .orElse(null);
    }

    /** "Resolution 1701, which ended the 2006 war": what ended a dated event, undated itself, ended at that date. */
    private static Optional<Draft> endedBy(SentenceFacts facts, List<Draft> drafts, TimedSpan span) {
        if (!endCueBefore(facts, span)) return Optional.empty();
        return Optional.ofNullable(Draft.lastBefore(drafts, span.first())).filter(d -> !d.hasDate());
    }

    /** "أول محادثات مباشرة منذ مارس 2022", "the largest attack since 2022": a "since" date a superlative measures against. */
    private static boolean isYardstick(SentenceFacts facts, TimedSpan span) {
        Hit<Cue> since = facts.cues().stream().filter(c -> c.value().kind().equals("anterior") && c.last() == span.first() - 1).findFirst().orElse(null);
        return since != null && facts.cues().stream().anyMatch(c -> measuresFrom(c, since));
    }

    /** A yardstick cue (a superlative, "first") that the look-back cue after it measures: "the first talks since". */
    static boolean measuresFrom(Hit<Cue> yardstick, Hit<Cue> since) {
        return yardstick.value().kind().equals("yardstick") && yardstick.last() < since.first() && yardstick.value().reaches(yardstick.last(), since.last() + 1);
    }

    /**
     * Whether a look-back cue only measures a superlative ("أول محادثات مباشرة منذ مارس 2022", "the first talks since
     * 2022"): the sentence then still reports news of the story's day, not something earlier.
     */
    static boolean measuresASuperlative(SentenceFacts facts, Hit<Cue> anterior) {
        return facts.times().stream().anyMatch(span -> span.first() == anterior.last() + 1 && isYardstick(facts, span));
    }

    private static Draft nearestOnLeft(List<Draft> drafts, TimedSpan span) {
        Draft owner = Draft.lastBefore(drafts, span.first());
        return owner != null ? owner : drafts.getFirst();
    }

    private static Draft dateOwner(SentenceFacts facts, List<Draft> drafts, TimedSpan span, EventLexicon lexicon) {
        Optional<Hit<Cue>> inForce = facts.cues().stream().filter(c -> c.value().kind().equals("in-force") && c.value().reaches(c.last(), span.first())).findFirst();
        if (inForce.isPresent()) return truceInForce(drafts, inForce.get(), lexicon);
        Draft left = Draft.lastBefore(drafts, span.first());
        Draft object = lightVerbsObject(facts, drafts, span);
        if (object != null) return object;
        Draft deal = dealOfItsObject(facts, drafts, left, span);
        if (deal != null) return deal;
        Draft framed = verbAfterItsSubjectAndDate(facts, drafts, span);
        if (framed != null) return framed;
        if (left != null && datesTheReactionsObject(facts, left, span)) return null;
        if (left != null && !left.hasDate() && !reportedClause(facts, left, span, lexicon)) {
            Optional<Draft> response = responseTo(facts, drafts, left);
            // "سلمت الحكومة ردها على المبادرة يوم الثلاثاء": the day of an answer is not that of what it answers.
            if (response.isEmpty() && facts.answeredNoun(left.triggerFirst)) return null;
            return response.orElseGet(() -> dealOfItsPurpose(facts, drafts, left, lexicon));
        }
        Draft main = left == null ? null : verbBeforeItsClosedRelativeClause(facts, drafts, left, span, lexicon);
        if (main != null) return main;
        for (Draft d : drafts) {
            if (d.triggerFirst > span.last() && !d.hasDate()) {
                return dateBetween(facts, span.last(), d.triggerFirst) || dateInItsPhrase(facts, drafts, d) || facts.answeredNoun(d.triggerFirst)
                        || closedRelativeClauseAround(facts, span.first(), span.last(), d.triggerFirst)
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
     * "Egypt condemned the attack on Rafah on May 7", "Turkey denounced the killing of aid workers on April 1": a
     * calendar date after the object of a reaction (a speech verb flagged reaction), when that object is a phrase of
     * its own with a preposition inside, dates what the reaction is about; the reaction is news of the story's days,
     * which agency copy dates by weekday ("condemned the attack on Rafah on Sunday" still dates the condemnation).
     */
    private static boolean datesTheReactionsObject(SentenceFacts facts, Draft reaction, TimedSpan span) {
        if (reaction.type != EventType.Statement || !reaction.verb || reaction.hasDate() || !calendarDate(facts.sentence().tokens(), span)) return false;
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
                || facts.cues().stream().anyMatch(c -> c.value().kind().equals("count-of") && c.first() > objectFirst && c.last() < objectLast);
        return !actorObject && !oblique && postmodified;
    }

    /** A day named without the calendar ("on Monday", "today"): one of the story's days, not a landmark's past date. */
    static boolean dayOfTheStory(List<Token> tokens, TimedSpan span) {
        TimeValue day = span.mention().value();
        return day != null && day.precision() == TimeValue.Precision.DAY && !calendarDate(tokens, span);
    }

    /** Whether the time expression writes out a date of the calendar ("May 7", "February 2022"), not a weekday or "today". */
    static boolean calendarDate(List<Token> tokens, TimedSpan span) {
        return tokens.subList(span.first(), span.last() + 1).stream()
                .anyMatch(t -> t.surface().chars().anyMatch(Character::isDigit));
    }

    /**
     * "after Russia on Friday vetoed a draft", "Hamas on Tuesday rejected": a date between an actor and the verb right
     * after it dates that verb, whose subject the actor is, not an earlier trigger of the sentence.
     */
    private static Draft verbAfterItsSubjectAndDate(SentenceFacts facts, List<Draft> drafts, TimedSpan span) {
        // The span may leave its preposition ("on") outside.
        boolean afterAnActor = facts.phrases().stream().anyMatch(p -> !p.isPlace() && (p.last() == span.first() - 1
                || p.last() == span.first() - 2 && facts.prepositions().stream().anyMatch(h -> h.first() == span.first() - 1)));
        if (!afterAnActor) return null;
        return drafts.stream().filter(d -> d.verb && !d.hasDate() && d.triggerFirst == span.last() + 1).findFirst().orElse(null);
    }

    /**
     * "وصل روبيو، الذي التقى الصفدي الأحد، إلى القاهرة الاثنين": a date after a relative clause that has its own date,
     * with the clause closed by punctuation before the date, goes back to the undated verb the clause interrupts.
     */
    private static Draft verbBeforeItsClosedRelativeClause(SentenceFacts facts, List<Draft> drafts, Draft inClause, TimedSpan span,
                                                           EventLexicon lexicon) {
        if (!inClause.verb || !inClause.ownDate) return null;
        if (!facts.punctuationBetween(inClause.triggerLast, span.first())) return null;
        Hit<Cue> relative = facts.cues().stream().filter(c -> c.value().kind().equals("relative") && c.last() < inClause.triggerFirst
                        && inClause.triggerFirst - c.last() <= RELATIVE_REACH)
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
                boolean reaches = !d.hasDate() && head.triggerFirst - d.triggerLast <= OBJECT_REACH
                        && tokens.subList(d.triggerLast + 1, object.triggerFirst).stream().noneMatch(SentenceAnchors::breaksAPhrase);
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

    /** Punctuation other than the hyphen of a compound ("30-day"), which stays inside a noun phrase. */
    private static boolean breaksAPhrase(Token t) {
        return t.isPunct() && !t.surface().equals("-");
    }

    /**
     * "انسحب عام 2018 من الاتفاق النووي المبرم بين إيران والقوى الكبرى عام 2015": a date in an event noun's own
     * phrase, after it with no punctuation or other trigger between, is its date; an earlier date before it is not.
     */
    private static boolean dateInItsPhrase(SentenceFacts facts, List<Draft> drafts, Draft d) {
        if (d.verb) return false;
        return facts.times().stream().filter(t -> t.mention().kind() != TimeMention.Kind.DURATION && t.first() > d.triggerLast)
                .findFirst()
                .filter(t -> !facts.punctuationBetween(d.triggerLast, t.first()))
                .filter(t -> drafts.stream().noneMatch(o -> o.triggerFirst > d.triggerLast && o.triggerFirst < t.first()))
                .isPresent();
    }

    /**
     * "قبل سريان الهدنة، شن الطيران الإسرائيلي أمس الثلاثاء غارات": a date between a light verb and the event noun it
     * governs, in one stretch without punctuation, dates that noun, not a trigger before the verb; or null.
     */
    private static Draft lightVerbsObject(SentenceFacts facts, List<Draft> drafts, TimedSpan span) {
        Draft object = drafts.stream().filter(d -> d.triggerFirst > span.last()).findFirst().orElse(null);
        if (object == null || object.hasDate() || object.verb) return null;
        boolean governed = facts.cues().stream().anyMatch(c -> c.value().kind().equals("light-verb") && c.last() < span.first()
                && object.triggerFirst - c.last() <= LIGHT_VERB_SPAN
                && !facts.punctuationBetween(c.last(), object.triggerFirst)
                && drafts.stream().noneMatch(d -> d.triggerFirst > c.last() && d.triggerFirst < span.first()));
        return governed ? object : null;
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
                && facts.sentence().tokens().subList(deal.triggerLast + 1, span.first()).stream().noneMatch(SentenceAnchors::breaksAPhrase);
        return governs ? deal : null;
    }

    /**
     * "Israeli forces must withdraw by the January 26 deadline, the presidency said": a date in what was said before
     * an attribution that ends the sentence (after a comma or a closing quote, with at most a few words after the
     * verb) is the content's, not the speech act's. A date that only opens the sentence ("On Monday, Hamas said")
     * has no clause before it and still dates the verb.
     */
    private static boolean attributedAfterIt(SentenceFacts facts, Draft speech, TimedSpan span) {
        if (speech.type != EventType.Statement || !speech.verb) return false;
        List<Token> tokens = facts.sentence().tokens();
        boolean setOff = tokens.subList(span.last() + 1, speech.triggerFirst).stream()
                .anyMatch(t -> t.surface().equals(",") || CLOSING_QUOTES.contains(t.surface()) || t.surface().equals("\""));
        return setOff && facts.wordsBetween(-1, span.first()) >= CONTENT_BEFORE_A_DATE
                && facts.wordsBetween(speech.triggerLast, tokens.size()) <= WORDS_AFTER_AN_ATTRIBUTION;
    }

    /** "escalated in September, killing … in a Sept. 27 airstrike": a nearer date before a trigger is its own. */
    private static boolean dateBetween(SentenceFacts facts, int after, int before) {
        return facts.times().stream().anyMatch(t -> t.mention().kind() != TimeMention.Kind.DURATION && t.first() > after && t.last() < before);
    }

    /**
     * "المقترح الذي أعلنه بايدن في 31 مايو", "the plan, which Biden announced on May 31": a noun takes the date of the
     * verb of its relative clause, which tells when it came about.
     */
    static void nounsTakeTheirRelativeClausesDate(SentenceFacts facts, List<Draft> drafts) {
        for (Hit<Cue> relative : facts.cues()) {
            if (!relative.value().kind().equals("relative")) continue;
            Draft noun = Draft.lastBefore(drafts, relative.first());
            Draft verb = firstAfter(drafts, relative, true);
            if (noun == null || noun.verb || noun.hasDate() || relative.first() - noun.triggerLast > RELATIVE_REACH) continue;
            if (verb == null || !verb.verb || !verb.ownDate) continue;
            noun.time = verb.date();
            noun.ownDate = true;
        }
    }

    /**
     * "استضافت القاهرة، الثلاثاء، اجتماعا رباعيا بين مصر والأردن", "Qatar on Sunday hosted talks between": the event
     * noun a hosting verb takes as its object is the hosted event, of the verb's day, not of the story's running date.
     */
    static void hostedEventsTakeTheHostsDate(List<Draft> drafts) {
        for (int n = 0; n + 1 < drafts.size(); n++) {
            Draft host = drafts.get(n);
            Draft hosted = drafts.get(n + 1);
            if (!host.verb || !host.ownDate || !host.subjectRoles.contains(Role.host) || hosted.verb || hosted.hasDate()
                    || hosted.triggerFirst - host.triggerLast > LIGHT_VERB_SPAN) continue;
            hosted.time = host.time;
            hosted.ownDate = true;
        }
    }

    /**
     * "the proposal announced by Biden on May 31": a verb folded into the event it describes (its making, a participle
     * of mediation) dates that event when it has no date of its own.
     */
    static void describedEventsTakeTheDescriptionsDate(List<Draft> drafts) {
        for (Draft d : drafts) {
            if (d.describes == null || !d.ownDate || d.describes.hasDate()) continue;
            d.describes.time = d.time;
            d.describes.begin = d.begin;
            d.describes.end = d.end;
            d.describes.ownDate = true;
        }
    }

    /**
     * "الاتفاق، الذي جرى التوصل إليه في 20 مارس بعد عشرة أيام من المفاوضات", "the deal, reached on Friday after two weeks
     * of talks": undated talks an agreement of the sentence came after (an "after" cue shortly before them, no
     * punctuation between) were over by then, and are known by that end.
     */
    static void talksEndWithTheirAgreement(SentenceFacts facts, List<Draft> drafts) {
        Draft agreement = null;
        for (Draft d : drafts) {
            if (d.type == EventType.Agreement && d.hasDate()) agreement = d;
            if (d.type != EventType.Negotiation || d.hasDate() || agreement == null || !cameAfter(facts, d)) continue;
            d.end = agreement.date();
            d.ownDate = agreement.ownDate;
        }
    }

    private static boolean cameAfter(SentenceFacts facts, Draft talks) {
        List<Token> tokens = facts.sentence().tokens();
        for (int k = talks.triggerFirst - 1; k >= Math.max(0, talks.triggerFirst - AFTER_REACH); k--) {
            if (tokens.get(k).isPunct()) return false;
            if (facts.cueEndsAt(k, AFTER)) return true;
        }
        return false;
    }

    /**
     * "اتفق الوفدان، الجمعة، على تبادل ألف أسير، خلال أول محادثات مباشرة", "وفي اتصال هاتفي أمس، حث بلينكن": the
     * meeting, call or talks an adjunct names as the setting of the sentence's main verb were held on the day that
     * verb happened, and the other way round. Tours, truces and wars outlast the day (event-types occasion).
     */
    static void settingAndMainVerbShareTheDay(SentenceFacts facts, List<Draft> drafts, EventLexicon lexicon) {
        Draft main = drafts.stream().filter(v -> v.verb && !v.subject.isEmpty()).findFirst().orElse(null);
        if (main == null) return;
        for (Draft setting : drafts) {
            if (setting == main || setting.verb || !lexicon.rule(setting.type).occasion()) continue;
            boolean setAfterCue = facts.cueEndsAt(facts.governingWord(setting.triggerFirst, lexicon), SETTING_CUES)
                    || reachedBySettingCue(facts, drafts, setting);
            if (!setAfterCue) continue;
            if (isDayOwn(setting) && !main.hasDate()) {
                main.time = setting.time;
                main.ownDate = true;
            } else if (isDayOwn(main) && !setting.hasDate()) {
                // Borrowed, not its own: what else the sentence says happened during the talks need not be that day.
                setting.time = main.time;
            }
        }
    }

    /** A "during" cue reaches the noun over a word or two, no other event between ("خلال أول محادثات مباشرة"). */
    private static boolean reachedBySettingCue(SentenceFacts facts, List<Draft> drafts, Draft setting) {
        return facts.cues().stream().filter(c -> SETTING_CUES.contains(c.value().kind()))
                .filter(c -> c.last() < setting.triggerFirst && c.value().reaches(c.last(), setting.triggerFirst))
                .anyMatch(c -> drafts.stream().noneMatch(d -> d.triggerFirst > c.last() && d.triggerFirst < setting.triggerFirst));
    }

    private static boolean isDayOwn(Draft d) {
        return d.ownDate && d.time != null && d.time.precision() == TimeValue.Precision.DAY;
    }


    /**
     * "رحب ميقاتي بالاتفاق في بيان مساء الثلاثاء", "وفي بيان صدر مساء الاثنين، رحبت حماس": a dated statement noun is
     * the medium of the speech verbs of its clause, which take its date.
     */
    static void speechVerbsTakeTheirStatementsDate(SentenceFacts facts, List<Draft> drafts) {
        Draft medium = drafts.stream().filter(d -> d.type == EventType.Statement && !d.verb && d.ownDate).findFirst().orElse(null);
        if (medium == null) return;
        for (Draft d : drafts) {
            if (d.type != EventType.Statement || !d.verb || d.hasDate()) continue;
            int from = Math.min(d.triggerLast, medium.triggerLast);
            int to = Math.max(d.triggerFirst, medium.triggerFirst);
            if (complementizerBetween(facts, from, to)) continue;
            d.time = medium.date();
            d.ownDate = true;
        }
    }

    /**
     * "تقرير أصدره غروسي نهاية مايو الماضي، قال فيه إن …", "a report issued in late May, in which he said …": a speech
     * verb said in a document the clause before it issued takes that clause's date, the last one before the verb.
     */
    static void speechVerbsSaidInADocumentTakeItsDate(SentenceFacts facts, List<Draft> drafts) {
        for (Draft d : drafts) {
            if (d.type != EventType.Statement || !d.verb || d.hasDate() || !saidInIt(facts, d)) continue;
            facts.times().stream().filter(span -> span.last() < d.triggerFirst && !isYardstick(facts, span))
                    .reduce((a, b) -> b)
                    .filter(span -> !otherEventBetween(facts, span.last(), d.triggerFirst))
                    .ifPresent(span -> apply(d, span.mention(), false));
        }
    }

    /** "قال فيه" right after the verb, "in which he said" reaching it from before. */
    private static boolean saidInIt(SentenceFacts facts, Draft d) {
        return facts.cues().stream().filter(c -> c.value().kind().equals("in-it"))
                .anyMatch(c -> c.first() == d.triggerLast + 1 || c.last() < d.triggerFirst && c.value().reaches(c.last(), d.triggerFirst));
    }

    /**
     * "اتفقا على هدنة على أن يتم الإعلان عن توقيت بدء سريانها", "لم يحدد موعد بدء الهدنة": a truce whose start a cue says
     * is left open, the one the cue reaches or else the last before it, whose start a pronoun points back to. A cue
     * that reaches another event ("لم يحدد موعد الجولة المقبلة من المفاوضات") leaves the truce alone.
     */
    static void startsLeftOpen(SentenceFacts facts, List<Draft> drafts, EventLexicon lexicon) {
        for (Hit<Cue> cue : facts.cues()) {
            if (!cue.value().kind().equals(START_OPEN)) continue;
            Draft reached = drafts.stream().filter(d -> d.triggerFirst > cue.last() && cue.value().reaches(cue.last(), d.triggerFirst))
                    .findFirst().orElseGet(() -> Draft.lastBefore(drafts, cue.first()));
            if (reached != null && lexicon.rule(reached.type).fromDeal()) reached.startOpen = true;
        }
    }

    /**
     * "أعلنت منظمة الطاقة الذرية الإيرانية، في بيان، رفض طهران للقرار", "Iran announced its rejection of the
     * resolution": a rejection an announcing verb (triggers flag announces) names as its object, not in a reported clause, is made by that speech
     * act, and has its date even when the speech act took the story's day. Other rejections stay undated (standing
     * positions: "has repeatedly rejected"). So does a truce or an exchange announced so ("أعلن التحالف، الأربعاء، وقف
     * العمليات العسكرية", "أعلنت روسيا وأوكرانيا، الأربعاء، تبادل 230 أسيرا"), unless the text gives its own date.
     */
    static void announcedActsTakeTheAnnouncementsDate(SentenceFacts facts, List<Draft> drafts) {
        for (Draft act : drafts) {
            if (!ANNOUNCED_ACTS.contains(act.type) || act.hasDate()) continue;
            Draft announcement = Draft.lastBefore(drafts.stream().filter(d -> announces(facts, d)).toList(), act.triggerFirst);
            if (announcement == null || !announcement.hasDate()) continue;
            if (complementizerBetween(facts, announcement.triggerLast, act.triggerFirst)
                    || otherEventBetween(facts, announcement.triggerLast, act.triggerFirst)) continue;
            act.time = announcement.date();
        }
    }

    /**
     * "Israel and Hezbollah agreed on a ceasefire on Wednesday", "agreed to a truce that took effect on Sunday": a verb
     * of agreeing whose object is a truce (the next event, with no punctuation or complementizer between) makes the
     * deal that sets it up, and a deal is made no later than its truce takes effect: dated only by the story, it
     * takes the earlier day the text gives the truce. A truce that "would take effect on Sunday", after the story's
     * day, leaves the deal on that day.
     */
    static void dealsNoLaterThanTheirTruces(SentenceFacts facts, List<Draft> drafts, EventLexicon lexicon) {
        for (Draft deal : drafts) {
            if (deal.type != EventType.Agreement || !deal.verb || deal.ownDate || !deal.hasDate()) continue;
            drafts.stream().filter(d -> d.triggerFirst > deal.triggerLast).findFirst()
                    .filter(truce -> lexicon.rule(truce.type).fromDeal() && truce.ownDate && before(truce.date(), deal.date())
                            && !facts.punctuationBetween(deal.triggerLast, truce.triggerFirst)
                            && !complementizerBetween(facts, deal.triggerLast, truce.triggerFirst))
                    .ifPresent(truce -> {
                        deal.time = truce.date();
                        deal.ownDate = true;
                    });
        }
    }

    /** The first date lies wholly before the second: "2024-12-08" before "2024-12-12", but "2024-12" not. */
    private static boolean before(TimeValue first, TimeValue second) {
        return !second.iso().startsWith(first.iso()) && first.iso().compareTo(second.iso()) < 0;
    }

    /** "أعلنت الرئاسة الأذربيجانية التوصل إلى اتفاق": an announcing verb names the event as its own object. */
    static boolean announcesItself(SentenceFacts facts, Draft announcement, Draft event) {
        return announces(facts, announcement) && announcement.triggerLast < event.triggerFirst
                && !complementizerBetween(facts, announcement.triggerLast, event.triggerFirst)
                && !otherEventBetween(facts, announcement.triggerLast, event.triggerFirst);
    }

    private static boolean announces(SentenceFacts facts, Draft d) {
        return facts.triggers().stream().anyMatch(t -> t.first() == d.triggerFirst && t.value().flags().contains("announces"));
    }

    /** A trigger of another event than a statement ("في بيان" is the announcement's medium) stands between the tokens. */
    private static boolean otherEventBetween(SentenceFacts facts, int after, int before) {
        return facts.triggers().stream().anyMatch(t -> t.first() > after && t.last() < before && t.value().type() != EventType.Statement);
    }

    /**
     * The date stands in what a speech verb reports, past its complementizer (not "talks that began on 6 May") or past
     * a finite auxiliary of a clause without one ("said bilateral trade could reach $200 billion this year").
     */
    private static boolean reportedClause(SentenceFacts facts, Draft speech, TimedSpan span, EventLexicon lexicon) {
        if (reportedBy(facts, speech, span.first())) return true;
        return speech.type == EventType.Statement && speech.verb && facts.sentence().tokens()
                .subList(speech.triggerLast + 1, span.first()).stream().anyMatch(t -> lexicon.isClauseAuxiliary(t.surface()));
    }

    /**
     * "Xi, who arrived in Moscow on Monday for a state visit, said …", "قال لودريان، الذي وصل إلى بيروت الاثنين، إن
     * …": an event in a relative clause set off by commas inside the main clause, with the main clause's verb after
     * it or (verb first) right before the clause's head, is background; its date is not the day the sentence reports,
     * and the main verb does not take it.
     */
    static boolean inARelativeAside(SentenceFacts facts, Draft d, List<Draft> drafts) {
        List<Token> tokens = facts.sentence().tokens();
        Hit<Cue> relative = facts.cues().stream().filter(c -> c.value().kind().equals("relative") && c.first() > 0
                && c.last() < d.triggerFirst && Groups.isComma(tokens.get(c.first() - 1).surface())).reduce((a, b) -> b).orElse(null);
        if (relative == null || commaBetween(tokens, relative.last(), d.triggerFirst)) return false;
        boolean closed = commaBetween(tokens, d.triggerLast, tokens.size());
        return drafts.stream().anyMatch(main -> main.verb && (main.triggerFirst > d.triggerLast && commaBetween(tokens, d.triggerLast, main.triggerFirst)
                || closed && main.triggerLast < relative.first() - 1 && !commaBetween(tokens, main.triggerLast, relative.first() - 1)));
    }

    /**
     * "Putin, who has ruled Russia since 2000, said …": words (a date, a look-back cue) in a relative clause closed
     * before the trigger are the clause's, not the trigger's.
     */
    static boolean closedRelativeClauseAround(SentenceFacts facts, int first, int last, int trigger) {
        List<Token> tokens = facts.sentence().tokens();
        return last < trigger && commaBetween(tokens, last, trigger) && facts.cues().stream().anyMatch(c -> c.value().kind().equals("relative")
                && c.first() > 0 && Groups.isComma(tokens.get(c.first() - 1).surface()) && c.last() < first
                && !commaBetween(tokens, c.last(), first));
    }

    private static boolean commaBetween(List<Token> tokens, int after, int before) {
        return tokens.subList(after + 1, before).stream().anyMatch(t -> Groups.isComma(t.surface()));
    }

    /**
     * "the last exchange, in November", "a previous swap in August", "عملية التبادل السابقة", "آخر جولة مفاوضات": an
     * event noun a previous cue qualifies — from before it, or from after it when the cue is postposed, within the
     * cue's window and with no punctuation between — is an earlier event of its type than the one the story reports.
     */
    static boolean calledAnEarlierOne(SentenceFacts facts, Draft d) {
        if (d.verb) return false;
        return facts.cues().stream().filter(c -> c.value().kind().equals(PREVIOUS)).anyMatch(c -> POSTPOSED.equals(c.value().value())
                ? c.first() > d.triggerLast && c.first() - d.triggerLast <= c.value().window() && !facts.punctuationBetween(d.triggerLast, c.first())
                : c.first() < d.triggerFirst && d.triggerFirst - c.last() <= c.value().window() && !facts.punctuationBetween(c.last(), d.triggerFirst));
    }

    /** Whether the word at {@code token} is in what the speech act {@code speech} reports (after its "إن", "that"). */
    static boolean reportedBy(SentenceFacts facts, Draft speech, int token) {
        return speech.type == EventType.Statement && complementizerBetween(facts, speech.triggerLast, token);
    }

    private static boolean complementizerBetween(SentenceFacts facts, int after, int before) {
        return lastComplementizer(facts, after, before) >= 0;
    }

    /** The last token of the last complementizer cue ("إن", "that") between two tokens, or -1. */
    static int lastComplementizer(SentenceFacts facts, int after, int before) {
        return facts.cues().stream().filter(c -> c.value().kind().equals("complementizer") && c.first() > after && c.last() < before)
                .mapToInt(Hit::last).max().orElse(-1);
    }

    private static boolean endCueBefore(SentenceFacts facts, TimedSpan span) {
        return facts.cues().stream().anyMatch(c -> c.value().kind().equals("end") && c.value().reaches(c.last(), span.first()));
    }

    private static void apply(Draft d, TimeMention m, boolean isEnd) {
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

    /**
     * "3 مراحل" / "three-phase" → the phase count of the nearest proposal, agreement or ceasefire; "105 من المحتجزين"
     * / "39 prisoners" → the people an exchange released; "14 votes in favour" → a resolution's votes; ordinals → the
     * tour.
     */
    static void attachCounts(SentenceFacts facts, List<Draft> drafts) {
        for (Hit<Cue> cue : facts.cues()) {
            if (!cue.value().kind().equals("phase-unit")) continue;
            Integer count = countBefore(facts, cue.first());
            if (count == null) continue;
            nearest(drafts, cue.first(), Set.of(EventType.Proposal, EventType.Agreement, EventType.Ceasefire))
                    .ifPresent(d -> { if (d.phaseCount == null) d.phaseCount = count; });
        }
        for (Hit<Cue> cue : facts.cues()) {
            if (!cue.value().kind().equals("quantity")) continue;
            Integer count = countBefore(facts, cue.first());
            if (count == null) continue;
            EventType counted = cue.value().value().equals("released") ? EventType.Exchange : EventType.Resolution;
            nearest(drafts, cue.first(), Set.of(counted)).ifPresent(d -> d.quantities.putIfAbsent(cue.value().value(), count));
        }
        for (Hit<Integer> ordinal : facts.ordinals()) {
            nearest(drafts, ordinal.first(), Set.of(EventType.Tour)).ifPresent(d -> { if (d.ordinal == null) d.ordinal = ordinal.value(); });
        }
        for (Hit<Cue> cue : facts.cues()) {
            if (!cue.value().kind().equals("status")) continue;
            // "agreed to a ceasefire, but talks on its second phase have stalled": the status is the talks' (the
            // nearest mention of any type), never passed on to a truce further away.
            nearest(drafts, cue.first(), EnumSet.allOf(EventType.class)).filter(d -> HAS_STATUS.contains(d.type))
                    .ifPresent(d -> { if (d.status == null) d.status = cue.value().value(); });
        }
    }

    /** The number right before a unit word, skipping a hyphen ("three-phase") or "of" ("105 من المحتجزين"). */
    private static Integer countBefore(SentenceFacts facts, int unit) {
        List<Token> tokens = facts.sentence().tokens();
        int k = unit - 1;
        if (k >= 0 && tokens.get(k).surface().equals("-")) k--;
        int of = k;
        if (facts.cues().stream().anyMatch(c -> c.value().kind().equals("count-of") && c.last() == of)) k--;
        if (k < 0) return null;
        Token t = tokens.get(k);
        if (t.number() != null) return t.number().intValue();
        for (Hit<Integer> n : facts.numbers()) if (n.last() == k) return n.value();
        return null;
    }

    private static Optional<Draft> nearest(List<Draft> drafts, int at, Set<EventType> types) {
        return drafts.stream().filter(d -> types.contains(d.type))
                .min(Comparator.comparingInt(d -> Math.abs(d.triggerFirst - at)));
    }

    /** "X خلال Y" / "X during Y": X happened inside Y, and takes its date when it has none. */
    static void linkDuring(SentenceFacts facts, List<Draft> drafts) {
        for (Hit<Cue> cue : facts.cues()) {
            if (!cue.value().kind().equals("during")) continue;
            Draft before = Draft.lastBefore(drafts, cue.first());
            Draft after = firstAfter(drafts, cue, false);
            if (before != null && after != null) before.during = after;
        }
    }

    /**
     * "hostages were freed on Friday … on the first day of a four-day truce", "في اليوم الأول من الهدنة": the event the
     * cue names after it began on the day of the dated event before it.
     */
    static void openingDays(SentenceFacts facts, List<Draft> drafts) {
        for (Hit<Cue> cue : facts.cues()) {
            if (!cue.value().kind().equals("opening-day")) continue;
            Draft opened = firstAfter(drafts, cue, false);
            Draft dated = Draft.lastBefore(drafts.stream().filter(SentenceAnchors::isDayOwn).toList(), cue.first());
            if (opened == null || dated == null || opened.hasDate()) continue;
            opened.begin = dated.time;
            opened.ownDate = true;
        }
    }

    /** The first event whose trigger starts after the cue, within its window unless {@code anyDistance}; or null. */
    private static Draft firstAfter(List<Draft> drafts, Hit<Cue> cue, boolean anyDistance) {
        return drafts.stream().filter(d -> d.triggerFirst > cue.last() && (anyDistance || cue.value().reaches(cue.last(), d.triggerFirst)))
                .findFirst().orElse(null);
    }
}
