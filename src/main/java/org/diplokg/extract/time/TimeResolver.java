package org.diplokg.extract.time;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.diplokg.model.TimeValue;

/**
 * Finds date, span and duration expressions in a sentence of an Arabic or English article and
 * resolves them against the publication date, at the precision the text gives (a month stays a
 * month) with the qualifiers early/mid/late/about. The words are in {@code data/time/*.tsv}; the
 * calendar rules (which year a year-less date takes, what "last" means) are documented on
 * {@link CalendarRules}. Immutable after {@link #load}, so one instance serves all threads.
 */
public final class TimeResolver {
    /** No word of the sentence is known to mark the future beyond what future.tsv lists. */
    public static final int NO_MARK = -1;

    private final TimeLexicon lexicon;

    private TimeResolver(TimeLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** Reads the lexicon in {@code dataDir} (normally {@code data/time}). */
    public static TimeResolver load(Path dataDir) {
        return new TimeResolver(TimeLexicon.load(dataDir));
    }

    /**
     * All time expressions in {@code text}, left to right, resolved.
     *
     * @param text      one sentence; offsets in the result are char offsets into it
     * @param language  "ar" or "en" (BCP 47; only English reads 6/10/2024 month first)
     * @param published the publication date, or null: then expressions that need it (weekdays,
     *                  "أمس", "مايو الماضي", a date without a year) are left out, while full dates,
     *                  years and durations are still found
     * @param previous  the last day-precise date resolved earlier in the article (see
     *                  {@link #lastDay}), for "في اليوم التالي" / "the next day"; or null. Within the
     *                  sentence, each day-precise date found becomes the anchor for the next.
     */
    public List<TimeMention> find(String text, String language, LocalDate published, TimeValue previous) {
        return find(text, language, published, previous, NO_MARK);
    }

    /**
     * As {@link #find(String, String, LocalDate, TimeValue)}, with the word at char offset {@code futureMark} of
     * {@code text} marking the future as a future.tsv word does: the caller knows what the words cannot tell alone,
     * that a present-tense verb opens the sentence's main clause ("يلتقي الوزير نظيره الأحد" meets next Sunday).
     * {@link #NO_MARK} when there is none.
     */
    public List<TimeMention> find(String text, String language, LocalDate published, TimeValue previous, int futureMark) {
        if (!lexicon.mayHoldATime(text)) return List.of();
        List<Tok> tokens = Tokenizer.tokenize(text);
        Reading[][] readings = lexicon.readAll(tokens);
        if (!mayHoldATime(tokens, readings)) return List.of();
        return List.copyOf(new TimeParser(lexicon, tokens, readings, language, published, previous, futureMark).parse());
    }

    /**
     * Whether a time expression writes out a date of the calendar — a number or a month's name ("May 7", "February
     * 2022", "السابع من أكتوبر الماضي") — rather than a weekday or "today", which tell a day only from the story's.
     */
    public boolean writesACalendarDate(String expression) {
        List<Tok> tokens = Tokenizer.tokenize(expression);
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).type() == Tok.Type.NUMBER) return true;
            for (Reading r : lexicon.readingsAt(tokens, i)) {
                if (r.category() == Category.MONTH) return true;
            }
        }
        return false;
    }

    /**
     * Whether some token is a number or reads as a word of the {@link TimeLexicon#ANCHORS} categories: every pattern of
     * {@link TimeParser} takes in one of these, so a sentence with none is not parsed, nor are its future marks worked out.
     */
    private static boolean mayHoldATime(List<Tok> tokens, Reading[][] readings) {
        for (int i = 0; i < tokens.size(); i++) {
            if (TimeLexicon.isAnchor(tokens.get(i), readings[i])) return true;
        }
        return false;
    }

    /**
     * The anchor to pass as {@code previous} for the next sentence: the last day-precise date of
     * these mentions (a span counts by its end), else {@code previous} unchanged.
     */
    public static TimeValue lastDay(List<TimeMention> mentions, TimeValue previous) {
        TimeValue last = previous;
        for (TimeMention m : mentions) {
            TimeValue day = m.dayCountedFrom();
            if (day != null) last = day;
        }
        return last;
    }
}
