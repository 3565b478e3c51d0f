package org.diplokg.extract;

import java.util.List;
import java.util.Set;
import org.diplokg.lexicon.Cue;
import org.diplokg.lexicon.PhraseIndex.Hit;
import org.diplokg.model.EventType;

/**
 * "Russia and Ukraine on Friday exchanged 390 prisoners each … the exchange was expected to continue on Saturday and
 * Sunday", "the truce will continue on Monday": a deal the text has told, named again by a definite noun, goes on
 * past the day it began; the day after a verb of going on is a later day of that deal, not the date of another one.
 */
final class DealGoingOn {
    /** "continue", "continues": a verb of going on whose date is a later day of what it goes on with. */
    static final String GOES_ON = "goes-on";
    /** Deals that last over days: a swap carried out in stages, a truce. */
    private static final Set<EventType> LASTING = Set.of(EventType.Exchange, EventType.Ceasefire);

    private DealGoingOn() {}

    /** Whether the date {@code span} follows a verb of going on whose subject is a deal told before. */
    static boolean datesADealGoingOn(SentenceFacts facts, List<Draft> drafts, SentenceFacts.TimedSpan span) {
        // Asked for every date of every sentence: a loop, no stream.
        List<Hit<Cue>> goesOn = facts.cuesOf(GOES_ON);
        for (int i = 0; i < goesOn.size(); i++) {
            Hit<Cue> c = goesOn.get(i);
            if (c.last() < span.first() && c.value().reaches(c.last(), span.first()) && toldAgain(Draft.lastBefore(drafts, c.first()))) return true;
        }
        return false;
    }

    private static boolean toldAgain(Draft d) {
        return d != null && LASTING.contains(d.type) && d.anaphoric && !d.verb;
    }
}
