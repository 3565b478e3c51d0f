package org.diplokg.extract;

import java.util.List;
import java.util.Set;
import org.diplokg.lexicon.Cue;
import org.diplokg.lexicon.PhraseIndex.Hit;
import org.diplokg.lexicon.Trigger;
import org.diplokg.model.EventType;
import org.diplokg.text.Token;

/**
 * Where an event stands in the clauses of its sentence: in what a speech act reports (after its "إن", "that"), as
 * the object an announcing verb names itself, in a relative clause set off by commas, or inside a relative clause
 * closed before a trigger. Dates, arguments and statements ask these questions.
 */
final class Clauses {
    /** Cues that open a relative clause: a bare relative pronoun, or one whose clause says who called a meeting. */
    /** The value of the perfect cue that is the Arabic pluperfect, which also recalls recent news (وكان … قد). */
    private static final String RECALL = "recall";
    private static final Set<String> POSSESSIVE = Set.of("possessive");
    private static final Set<String> RELATIVE_CLAUSES = Set.of("relative", Gatherings.CONVENED_BY);

    private Clauses() {}

    /** "أعلنت الرئاسة الأذربيجانية التوصل إلى اتفاق": an announcing verb names the event as its own object. */
    static boolean announcesItself(SentenceFacts facts, Draft announcement, Draft event) {
        return announces(facts, announcement) && announcement.triggerLast < event.triggerFirst
                && !complementizerBetween(facts, announcement.triggerLast, event.triggerFirst)
                && !otherEventBetween(facts, announcement.triggerLast, event.triggerFirst);
    }

    static boolean announces(SentenceFacts facts, Draft d) {
        for (Hit<Trigger> t : facts.triggers()) if (t.first() == d.triggerFirst && t.value().flags().contains("announces")) return true;
        return false;
    }

    /** A trigger of another event than a statement ("في بيان" is the announcement's medium) stands between the tokens. */
    static boolean otherEventBetween(SentenceFacts facts, int after, int before) {
        return facts.triggers().stream().anyMatch(t -> t.first() > after && t.last() < before && t.value().type() != EventType.Statement);
    }

    /**
     * "Xi, who arrived in Moscow on Monday for a state visit, said …", "قال لودريان، الذي وصل إلى بيروت الاثنين، إن
     * …": an event in a relative clause set off by commas inside the main clause, with the main clause's verb after
     * it or (verb first) right before the clause's head, is background; its date is not the day the sentence reports,
     * and the main verb does not take it.
     */
    static boolean inARelativeAside(SentenceFacts facts, Draft d, List<Draft> drafts) {
        List<Token> tokens = facts.sentence().tokens();
        Hit<Cue> relative = null;
        for (Hit<Cue> c : facts.cuesOf("relative")) {
            if (c.first() > 0 && c.last() < d.triggerFirst && Groups.isComma(tokens.get(c.first() - 1).surface())) relative = c;
        }
        if (relative == null || commaBetween(tokens, relative.last(), d.triggerFirst)) return false;
        boolean closed = commaBetween(tokens, d.triggerLast, tokens.size());
        for (Draft main : drafts) {
            if (main.verb && (main.triggerFirst > d.triggerLast && commaBetween(tokens, d.triggerLast, main.triggerFirst)
                    || closed && main.triggerLast < relative.first() - 1 && !commaBetween(tokens, main.triggerLast, relative.first() - 1))) return true;
        }
        return false;
    }

    /**
     * "Putin, who has ruled Russia since 2000, said …": words (a date, a look-back cue) in a relative clause closed
     * before the trigger are the clause's, not the trigger's; so are those of an apposition the clause runs on into
     * ("Xi, who arrived in Moscow on Monday for a state visit, his first trip abroad since securing a third term, said").
     */
    static boolean closedRelativeClauseAround(SentenceFacts facts, int first, int last, int trigger) {
        List<Token> tokens = facts.sentence().tokens();
        return last < trigger && commaBetween(tokens, last, trigger) && facts.cues().stream().anyMatch(c -> c.value().kind().equals("relative")
                && c.first() > 0 && Groups.isComma(tokens.get(c.first() - 1).surface()) && c.last() < first
                && (!commaBetween(tokens, c.last(), first) || appositionAfter(facts, c.last(), first)));
    }

    /** Whether the last comma between two tokens opens an apposition ("his first trip"), no verb in it. */
    private static boolean appositionAfter(SentenceFacts facts, int from, int to) {
        List<Token> tokens = facts.sentence().tokens();
        int comma = to - 1;
        while (comma > from && !Groups.isComma(tokens.get(comma).surface())) comma--;
        int opening = comma;
        return comma + 1 < to && facts.cueStartsAt(comma + 1, POSSESSIVE) && facts.triggers().stream().noneMatch(t -> t.value().verb() && t.first() > opening && t.last() < to);
    }

    /**
     * "القمة، التي دعت إليها مصر بالتنسيق مع الجامعة، برئاسة …", "the summit, which Egypt called, chaired by …": where a
     * relative clause opened by a comma and closed by the comma right before {@code token} (or a time after that comma)
     * stands there, the comma that opens it; else the token itself. What follows the clause is said of its head noun.
     */
    static int relativeAsideBefore(SentenceFacts facts, int token) {
        List<Token> tokens = facts.sentence().tokens();
        int closing = token - 1;
        while (closing > 0 && !Groups.isComma(tokens.get(closing).surface()) && facts.onlyTimesBetween(closing - 1, token)) closing--;
        if (closing <= 0 || !Groups.isComma(tokens.get(closing).surface())) return token;
        int close = closing;
        return facts.cuesOf(RELATIVE_CLAUSES).stream().filter(c -> c.first() > 0 && c.last() < close
                        && Groups.isComma(tokens.get(c.first() - 1).surface()) && !commaBetween(tokens, c.last(), close))
                .map(c -> c.first() - 1).findFirst().orElse(token);
    }

    /** Whether a comma stands strictly between two tokens. */
    static boolean commaBetween(List<Token> tokens, int after, int before) {
        for (int k = after + 1; k < before; k++) if (Groups.isComma(tokens.get(k).surface())) return true;
        return false;
    }

    /** A perfect auxiliary reaches the event's trigger, no punctuation between: "has said", "had repeatedly rejected". */
    static boolean inThePerfect(SentenceFacts facts, Draft d) {
        return perfectReaching(facts, d, false);
    }

    /** In the perfect, but not the Arabic pluperfect of recent news ("وكان الحرس الثوري قد أعلن مساء أمس"). */
    static boolean lookingBackInThePerfect(SentenceFacts facts, Draft d) {
        return perfectReaching(facts, d, true);
    }

    /** Whether a perfect auxiliary reaches the trigger, past no punctuation; with {@code notRecall}, one other than the pluperfect of recent news. */
    private static boolean perfectReaching(SentenceFacts facts, Draft d, boolean notRecall) {
        // Asked of every draft: a plain loop over the perfect cues, no stream to set up.
        List<Hit<Cue>> perfects = facts.cuesOf("perfect");
        for (int k = 0; k < perfects.size(); k++) {
            Hit<Cue> c = perfects.get(k);
            if (c.last() < d.triggerFirst && c.value().reaches(c.last(), d.triggerFirst) && !punctuationBetween(facts.sentence().tokens(), c.last(), d.triggerFirst)
                    && !(notRecall && RECALL.equals(c.value().value()))) return true;
        }
        return false;
    }

    private static boolean punctuationBetween(List<Token> tokens, int after, int before) {
        for (int k = after + 1; k < before; k++) if (tokens.get(k).isPunct()) return true;
        return false;
    }

    /**
     * A participle set off by a comma goes back to the main clause over a reported one: in "The council on Friday
     * demanded that aid reach Gaza, adopting a resolution" the council adopts it, on Friday.
     */
    static boolean participleAfterAComma(SentenceFacts facts, Draft d) {
        return d.participle && d.triggerFirst > 0 && Groups.isComma(facts.sentence().tokens().get(d.triggerFirst - 1).surface());
    }

    /** Whether the word at {@code token} is in what the speech act {@code speech} reports (after its "إن", "that"). */
    static boolean reportedBy(SentenceFacts facts, Draft speech, int token) {
        return speech.type == EventType.Statement && complementizerBetween(facts, speech.triggerLast, token);
    }

    static boolean complementizerBetween(SentenceFacts facts, int after, int before) {
        return lastComplementizer(facts, after, before) >= 0;
    }

    /** The last token of the last complementizer cue ("إن", "that") between two tokens, or -1. */
    static int lastComplementizer(SentenceFacts facts, int after, int before) {
        // Asked for pairs of drafts of every sentence: a plain loop, no stream to set up.
        List<Hit<Cue>> complementizers = facts.cuesOf("complementizer");
        int last = -1;
        for (int k = 0; k < complementizers.size(); k++) {
            Hit<Cue> c = complementizers.get(k);
            if (c.first() > after && c.last() < before) last = Math.max(last, c.last());
        }
        return last;
    }
}
