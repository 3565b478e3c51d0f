package org.diplokg.lexicon;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.diplokg.text.LineData;

/**
 * The wars of data/gazetteer/conflicts.tsv with their sides, so that "the war in Gaza" or "since the war began in
 * February 2022" is linked to the war the reader knows, and to its belligerents, when the sentence names neither.
 */
public final class KnownConflicts {
    /** One war: where it is fought, when (ISO dates or months; end null while it lasts) and between whom. */
    public record Conflict(String name, Set<String> places, String start, String end, List<String> sides) {}

    private final List<Conflict> conflicts;

    private KnownConflicts(List<Conflict> conflicts) {
        this.conflicts = List.copyOf(conflicts);
    }

    public static KnownConflicts load(Path file) {
        return new KnownConflicts(LineData.rows(file).stream().skip(1)
                .map(r -> new Conflict(r[0], Set.of(r[1].split(",")), r[2], r[3].equals("-") ? null : r[3], List.of(r[4].split(","))))
                .toList());
    }

    /**
     * The one war a mention points to: one fought at one of its places or by one of its named sides, at its date
     * (any precision), or, with neither, the one that began on the day or in the month the mention gives (at the
     * mention's precision, so that "the war began on October 7" is not also the war begun on October 8); empty when
     * none or several fit.
     */
    public Optional<Conflict> match(Set<String> places, Set<String> sides, String date) {
        boolean anchored = !places.isEmpty() || !sides.isEmpty();
        List<Conflict> fitting = conflicts.stream()
                .filter(c -> anchored ? (overlaps(c.places(), places) || namesASide(c, sides)) && during(c, date)
                        : date != null && date.length() >= 7 && startedOn(c, date))
                .toList();
        return onlyOne(fitting, date);
    }

    /**
     * The one war that fits, or, of several, the one that began on the mention's day: a war is dated by its start,
     * so "the war Israel began on 13 June 2025" is the war with Iran, not the war in Gaza still going on then.
     */
    private static Optional<Conflict> onlyOne(List<Conflict> fitting, String date) {
        if (fitting.size() == 1) return Optional.of(fitting.getFirst());
        if (date == null || date.length() < 10) return Optional.empty();
        List<Conflict> begunThatDay = fitting.stream().filter(c -> c.start().equals(date)).toList();
        return begunThatDay.size() == 1 ? Optional.of(begunThatDay.getFirst()) : Optional.empty();
    }

    /**
     * The one war a mention names outright: all its named sides are that war's and, when it names places, it is fought
     * at one of them, at its date. Stricter than {@link #match}: "the war between Israel and Hamas" is the Gaza war
     * only, not every war Israel fights. Empty when the mention names neither sides nor places, or when several fit.
     */
    public Optional<Conflict> named(Set<String> places, Set<String> sides, String date) {
        if (places.isEmpty() && sides.isEmpty()) return Optional.empty();
        List<Conflict> fitting = conflicts.stream()
                .filter(c -> c.sides().containsAll(sides) && (places.isEmpty() || overlaps(c.places(), places)) && during(c, date))
                .toList();
        return fitting.size() == 1 ? Optional.of(fitting.getFirst()) : Optional.empty();
    }

    /**
     * The one war that began on this very day and counts every one of {@code agents} among its sides: "Hamas's October
     * 7, 2023 attack on Israel" is how the Gaza war began. Empty for a date less precise than a day, or none or several.
     */
    public Optional<Conflict> begunOnThatDayBy(Set<String> agents, String day) {
        if (agents.isEmpty() || day == null || day.length() < 10) return Optional.empty();
        List<Conflict> begun = conflicts.stream().filter(c -> c.start().equals(day) && c.sides().containsAll(agents)).toList();
        return begun.size() == 1 ? Optional.of(begun.getFirst()) : Optional.empty();
    }

    /** The war began on the mention's date, compared at the precision both give (a month matches any of its days). */
    private static boolean startedOn(Conflict c, String date) {
        int precision = Math.min(date.length(), c.start().length());
        return c.start().substring(0, precision).equals(date.substring(0, precision));
    }

    private static boolean overlaps(Set<String> a, Set<String> b) {
        for (String x : b) {
            if (a.contains(x)) return true;
        }
        return false;
    }

    /** One of {@code sides} is a side of the war: its few sides are searched, not copied into a set for each war. */
    private static boolean namesASide(Conflict c, Set<String> sides) {
        for (String side : sides) {
            if (c.sides().contains(side)) return true;
        }
        return false;
    }

    /** The date, at its own precision, falls between the war's start and end. */
    private static boolean during(Conflict c, String date) {
        if (date == null) return true;
        return truncate(c.start(), date.length()).compareTo(date) <= 0
                && (c.end() == null || truncate(c.end(), date.length()).compareTo(date) >= 0);
    }

    private static String truncate(String iso, int length) {
        return iso.length() <= length ? iso : iso.substring(0, length);
    }
}
