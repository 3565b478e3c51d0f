package org.diplokg.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.diplokg.extract.SentenceFacts.TimedSpan;
import org.diplokg.extract.time.TimeMention;
import org.diplokg.lexicon.Cue;
import org.diplokg.lexicon.EventLexicon;
import org.diplokg.lexicon.PhraseIndex.Hit;

/**
 * "Macron and Starmer had both visited the White House this week, on Monday and Thursday respectively": "respectively"
 * pairs the n actors of a coordinated subject, in order, with the n dates or places coordinated just before it; each
 * pair is an event of its own.
 */
final class Respectively {
    /** The cue kind of "respectively" (cues-{lang}.tsv). */
    static final String RESPECTIVELY = "respectively";
    private Respectively() {}

    /** The drafts with every one a "respectively" distributes replaced by one draft per actor of its subject. */
    static List<Draft> distribute(SentenceFacts facts, EventLexicon lexicon, List<Draft> drafts) {
        List<Hit<Cue>> cues = facts.cuesOf(RESPECTIVELY);
        if (cues.isEmpty()) return drafts;
        int cue = cues.getFirst().first();
        var out = new ArrayList<Draft>();
        for (Draft d : drafts) out.addAll(d.triggerLast < cue ? pairs(facts, lexicon, d, cue) : List.of(d));
        return out;
    }

    private static List<Draft> pairs(SentenceFacts facts, EventLexicon lexicon, Draft d, int cue) {
        List<ActorPhrase> subject = facts.phrases().stream().filter(p -> !p.isPlace() && d.subject.contains(p.slug()))
                .sorted(Comparator.comparingInt(ActorPhrase::first)).toList();
        if (subject.size() < 2) return List.of(d);
        List<TimedSpan> dates = datesListedBefore(facts, lexicon, d, cue);
        List<ActorPhrase> places = placesListedBefore(facts, lexicon, d, cue);
        int n = subject.size();
        // the list may follow a broader date of its own: "this week, on Monday and Thursday respectively"
        boolean byDate = dates.size() >= n;
        boolean byPlace = places.size() >= n;
        if (byDate) dates = dates.subList(dates.size() - n, dates.size());
        if (byPlace) places = places.subList(places.size() - n, places.size());
        if (!byDate && !byPlace) return List.of(d);
        var out = new ArrayList<Draft>();
        for (int i = 0; i < n; i++) {
            Draft one = d.withOnlySubject(subject.get(i).slug());
            if (byDate) one.onDay(dates.get(i).mention().value());
            if (byPlace) one.atOnly(places.get(i).slug());
            out.add(one);
        }
        return out;
    }

    /** The dates joined by {@link #onlyGlueBetween list glue} that end right before the cue, after the trigger, in order. */
    private static List<TimedSpan> datesListedBefore(SentenceFacts facts, EventLexicon lexicon, Draft d, int cue) {
        var list = new ArrayList<TimedSpan>();
        int end = cue;
        for (TimedSpan t : facts.times().reversed()) {
            if (t.last() >= end) continue;
            if (t.first() <= d.triggerLast || !onlyGlueBetween(facts, lexicon, t.last(), end) || !isDate(t.mention())) break;
            list.addFirst(t);
            end = t.first();
        }
        return list;
    }

    /** The places joined by {@link #onlyGlueBetween list glue} that end right before the cue, after the trigger, in order. */
    private static List<ActorPhrase> placesListedBefore(SentenceFacts facts, EventLexicon lexicon, Draft d, int cue) {
        var list = new ArrayList<ActorPhrase>();
        int end = cue;
        List<ActorPhrase> before = facts.phrases().stream().filter(p -> p.last() < cue)
                .sorted(Comparator.comparingInt(ActorPhrase::last).reversed()).toList();
        for (ActorPhrase p : before) {
            if (p.last() >= end) continue;
            if (p.first() <= d.triggerLast || !p.isPlace() || !onlyGlueBetween(facts, lexicon, p.last(), end)) break;
            list.addFirst(p);
            end = p.first();
        }
        return list;
    }

    private static boolean isDate(TimeMention m) {
        return m.kind() == TimeMention.Kind.DATE && m.value() != null;
    }

    /** Whether only list glue stands between: commas, coordinators ("and") and the prepositions before each item ("on"). */
    private static boolean onlyGlueBetween(SentenceFacts facts, EventLexicon lexicon, int last, int next) {
        for (int k = last + 1; k < next; k++) {
            String word = facts.sentence().tokens().get(k).surface();
            int at = k;
            boolean preposition = facts.prepositions().stream().anyMatch(p -> p.first() <= at && at <= p.last());
            if (!Groups.isComma(word) && !lexicon.isCoordinator(word) && !preposition) return false;
        }
        return true;
    }
}
