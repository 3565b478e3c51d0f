package org.diplokg.extract.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import org.diplokg.model.TimeValue;

/**
 * The grammar of time expressions over the readings of one sentence's tokens. At each token the
 * patterns are tried from the most to the least specific (a numeric date, a span, a day counted
 * from the previous date, a day counted from publication, a qualified time, a date or weekday, a
 * relative week/month/year, a year, a duration); the first that matches consumes its tokens. An
 * expression that matches but cannot be resolved (no publication date) is consumed without a
 * mention, so that its parts are not read again on their own. One instance per call: not shared.
 */
final class TimeParser {
    private static final String DATE_SEPARATORS = "/-.";
    private static final int MIN_YEAR = 1900;
    private static final int MAX_YEAR = 2100;
    private static final int MAX_DAY = 31;
    private static final int FOUR_DIGITS = 4;
    /** The directions.tsv code of "نفسه", "the same": the period of the date mentioned last. */
    private static final String SAME = "same";
    /** How many words may stand between a reporting verb and the time it is dated by ("told reporters on Friday"). */
    private static final int REPORT_REACH = 3;

    private final TimeLexicon lexicon;
    private final List<Tok> toks;
    private final Reading[][] readings;
    private final int n;
    private final LocalDate published;
    private final boolean english;
    /** Whether a future mark reaches each token from behind or from ahead (see future.tsv). */
    private final boolean[] futureBehind;
    private final boolean[] futureAhead;
    /** The future.tsv kind of each token's word, or null: asked several times per token while the marks are worked out. */
    private final String[] futureKinds;
    /** Char offset of a word the caller knows to mark the future, or {@link TimeResolver#NO_MARK}. */
    private final int futureMark;
    /** Whether the expression being matched is future-marked. */
    private boolean future;
    private TimeValue previous;
    /**
     * The date the text mentioned last, of any precision: what "العام نفسه" points at. Kept as written and read as a
     * day only by the few phrases that point back ({@link #lastMentionedDay}), not at every date of every sentence.
     */
    private TimeValue lastMentioned;
    /** The last day-precise date read in this sentence, what "a day after the attack" counts from; else null. */
    private TimeValue sentenceDay;
    /** The first day of a day-precise span when it is the last date read in the sentence, for "في اليوم الثاني منه"; else null. */
    private TimeValue spanBegun;

    private record Match(int next, TimeMention mention) {}

    private record Num(long value, int next) {}

    /** A count of calendar units at tokens {@code from} to {@code next} (exclusive): "42 يوما", "six weeks". */
    private record Amount(int from, int next, long count, String unit) {}

    private record Point(Spec spec, int next) {}

    /** A month; {@code certain} when its two series' names or the noun "شهر" confirm it is one. */
    private record MonthGroup(int month, int next, boolean english, boolean certain) {}

    private record YearSlot(int year, Integer shift, int next) {}

    /** A week, month or year pointed at from publication, or ({@code same}) the one of the date mentioned last. */
    private record RelativePeriod(String unit, Direction direction, boolean same, int next) {}

    TimeParser(TimeLexicon lexicon, List<Tok> toks, Reading[][] readings, String language, LocalDate published, TimeValue previous,
               int futureMark) {
        this.lexicon = lexicon;
        this.futureMark = futureMark;
        this.toks = toks;
        this.readings = readings;
        this.n = toks.size();
        this.published = published;
        this.english = language != null && language.toLowerCase().startsWith("en");
        this.previous = previous;
        this.lastMentioned = previous;
        this.futureBehind = new boolean[n + 1];
        this.futureAhead = new boolean[n + 1];
        this.futureKinds = new String[n];
        for (int i = 0; i < n; i++) {
            Reading r = reading(i, Category.FUTURE);
            if (r != null) futureKinds[i] = r.code();
        }
        markFuture();
    }

    List<TimeMention> parse() {
        List<TimeMention> found = new ArrayList<>();
        int end = lastAnchor() + 1;
        int i = 0;
        while (i < end) {
            Match m = matchAt(i);
            if (m == null) {
                i++;
                continue;
            }
            if (m.mention != null) {
                found.add(m.mention);
                if (!m.mention.ahead()) remember(m.mention);
            }
            i = m.next;
        }
        return found;
    }

    /**
     * The last token that is a number or reads as a word of the {@link TimeLexicon#ANCHORS} categories, or -1: every
     * match takes one in, so none starts after it.
     */
    private int lastAnchor() {
        for (int i = n - 1; i >= 0; i--) {
            if (TimeLexicon.isAnchor(toks.get(i), readings[i])) return i;
        }
        return -1;
    }

    private Match matchAt(int i) {
        // Every pattern starts at a number or a word of the lexicon other than a mark of the future.
        if (!mayStart(i)) return null;
        future = futureBehind[i] || futureAhead[i] && !datesReport(i);
        Match m = numericDate(i);
        if (m == null) m = span(i);
        if (m == null) m = anchored(i);
        if (m == null) m = deictic(i);
        if (m == null) m = qualified(i);
        if (m == null) m = date(i);
        if (m == null) m = relativePeriodAt(i);
        if (m == null) m = year(i);
        if (m == null) m = ago(i);
        if (m == null) m = duration(i);
        return m;
    }

    private boolean mayStart(int i) {
        if (toks.get(i).type() == Tok.Type.NUMBER) return true;
        for (Reading r : readings[i]) {
            if (r.category() != Category.FUTURE) return true;
        }
        return false;
    }

    /** A later "the next day" counts from the last day-precise date, a span's from its end. */
    private void remember(TimeMention m) {
        TimeValue day = m.dayCountedFrom();
        if (day != null) {
            previous = day;
            sentenceDay = day;
        }
        if (m.kind() != TimeMention.Kind.DURATION) spanBegun = m.kind() == TimeMention.Kind.SPAN && isDay(m.value()) ? m.value() : null;
        if (m.kind() != TimeMention.Kind.DURATION) lastMentioned = m.until() != null ? m.until() : m.value();
    }

    /** The first day of the date mentioned last, or null. */
    private LocalDate lastMentionedDay() {
        return firstDay(lastMentioned);
    }

    private static LocalDate firstDay(TimeValue v) {
        return v == null ? null : v.firstDay();
    }

    /** What a relative period counts from: the publication date, or the date mentioned last ("من العام ذاته"). */
    private LocalDate reference(RelativePeriod p) {
        return p.same() ? lastMentionedDay() : published;
    }

    // ---- patterns -------------------------------------------------------------------------

    /** 10/06/2024 (day first; month first in English unless the first number exceeds 12), 2024-06-10. */
    private Match numericDate(int i) {
        if (i + 4 >= n || toks.get(i).type() != Tok.Type.NUMBER) return null;
        Tok a = toks.get(i), sep1 = toks.get(i + 1), b = toks.get(i + 2), sep2 = toks.get(i + 3), c = toks.get(i + 4);
        if (sep1.type() != Tok.Type.SIGN || !DATE_SEPARATORS.contains(sep1.fold()) || !sep1.fold().equals(sep2.fold())) return null;
        if (b.type() != Tok.Type.NUMBER || c.type() != Tok.Type.NUMBER) return null;
        if (!(sep1.glued() && b.glued() && sep2.glued() && c.glued())) return null;
        LocalDate date;
        if (a.digits() == FOUR_DIGITS && b.digits() <= 2 && c.digits() <= 2) {
            date = CalendarRules.dateOf((int) a.number(), (int) b.number(), (int) c.number());
        } else if (a.digits() <= 2 && b.digits() <= 2 && c.digits() == FOUR_DIGITS) {
            boolean dayFirst = !english || a.number() > 12;
            date = dayFirst ? CalendarRules.dateOf((int) c.number(), (int) b.number(), (int) a.number())
                    : CalendarRules.dateOf((int) c.number(), (int) a.number(), (int) b.number());
        } else {
            return null;
        }
        return date == null ? null : dateMatch(i, i + 5, TimeValue.of(date.toString()));
    }

    /** "بين 10 و12 يونيو", "من 10 إلى 12 يونيو", "June 10-12", "from May 28 to June 2", "2020-2023". */
    private Match span(int i) {
        int j = i;
        Reading from = connective(j, "from");
        if (from != null) j += from.length();
        Point a = point(j, true, false);
        if (a == null) return null;
        int k = a.next();
        Reading joiner = connective(k, "to");
        if (joiner == null && from != null) joiner = connective(k, "and");
        int second = joiner != null ? k + joiner.length() : k;
        // "يومي الخميس والجمعة": after a "from" word, the و glued to the second weekday joins the span
        if (joiner == null && !(from != null && gluedConjunction(k, Category.WEEKDAY))) return null;
        Point b = point(second, true, false);
        if (b == null) return null;
        Spec first = a.spec(), last = b.spec();
        int next = b.next();
        if (first.isYearOnly() != last.isYearOnly() || first.isWeekdayOnly() != last.isWeekdayOnly()) return null;
        if (first.isDayOnly() && last.isDayOnly()) return null;
        if (first.isYearOnly() && from == null && toks.get(k).type() != Tok.Type.SIGN) return null;
        if (last.isDayOnly()) {
            if (first.month == 0) return null;
            last.month = first.month;
            next = finish(last, next).next();
            first.completeFrom(last);
        }
        if (first.isDayOnly()) first.completeFrom(last);
        TimeValue[] ends = resolveSpan(first, last);
        if (ends == null) return new Match(next, null);
        if (!notAfter(ends[0], ends[1])) return null;
        return new Match(next, TimeMention.span(toks.get(i).start(), toks.get(next - 1).end(), ends[0], ends[1]));
    }

    /**
     * "في اليوم التالي", "the following day": from the previous day-precise date; "في اليوم الثاني منه": from the first
     * day of the span just read, and no date without one.
     */
    private Match anchored(int i) {
        Reading r = reading(i, Category.ANCHORED);
        if (r == null) return null;
        if (r.entry().has("ahead")) return dayOfTheEventAhead(i, r);
        boolean ofTheSpan = r.entry().has("span");
        if (ofTheSpan && spanBegun == null) return null;
        TimeValue value = CalendarRules.plusDays(ofTheSpan ? spanBegun : previous, r.value());
        return dateMatch(i, i + r.length(), value);
    }

    /**
     * "held talks on Monday, a day after Israel launched an attack", "غداة الهجوم", "عشية توقيع الاتفاق": the event
     * named next lies that many days from the date the sentence gave before; with no such date it is left undated
     * (an earlier sentence's date need not be the main event's). Not before a weekday: "عشية الأحد" is an evening.
     */
    private Match dayOfTheEventAhead(int i, Reading r) {
        int next = i + r.length();
        if (reading(next, Category.WEEKDAY) != null) return null;
        if (sentenceDay == null) return new Match(next, null);
        TimeValue value = CalendarRules.plusDays(sentenceDay, r.value());
        return new Match(next, TimeMention.dateAhead(toks.get(i).start(), toks.get(next - 1).end(), value));
    }

    private static boolean isDay(TimeValue v) {
        return v != null && v.precision() == TimeValue.Precision.DAY;
    }

    /** "اليوم", "أمس", "أول أمس", "غدا", "yesterday": from publication. */
    private Match deictic(int i) {
        Reading r = reading(i, Category.DEICTIC);
        if (r == null) return null;
        int next = i + r.length();
        if (r.entry().has("bare") && modifiesNoun(next)) return null;
        next = restatedWeekday(next);
        TimeValue value = published == null ? null : TimeValue.of(published.plusDays(r.value()).toString());
        return dateMatch(i, next, value);
    }

    /** "اليوم الاثنين", "أمس (الجمعة)": the weekday after a deictic day names the same day; the index after it. */
    private int restatedWeekday(int i) {
        boolean bracket = connective(i, "open") != null;
        int j = bracket ? i + 1 : i;
        Reading weekday = reading(j, Category.WEEKDAY);
        if (weekday == null) return i;
        j += weekday.length();
        if (!bracket) return j;
        return connective(j, "close") != null ? j + 1 : i;
    }

    /** "نهاية مايو/أيار الماضي", "مطلع ديسمبر 2023", "mid-2023", "late last year", "early next week". */
    private Match qualified(int i) {
        Reading q = reading(i, Category.QUALIFIER);
        if (q == null) return null;
        int j = i + q.length();
        if (connective(j, "hyphen") != null) j++;
        Point p = point(j, false, true);
        if (p != null) {
            p.spec().qualifier = q.code();
            return pointMatch(i, p.next(), p.spec());
        }
        Num year = explicitYear(j);
        if (year != null) {
            Spec spec = new Spec();
            spec.year = (int) year.value();
            spec.qualifier = q.code();
            return pointMatch(i, year.next(), spec);
        }
        RelativePeriod period = relativePeriod(j);
        if (period != null) {
            String qualifier = period.unit().equals("W") ? null : q.code(); // a week carries its own
            return dateMatch(i, period.next(), CalendarRules.period(period.unit(), period.direction(), qualifier, reference(period)));
        }
        return null;
    }

    /** A day, month or weekday: "7 أكتوبر/تشرين الأول 2023", "June 10, 2024", "مايو الماضي", "الخميس المقبل". */
    private Match date(int i) {
        Point p = point(i, false, false);
        return p == null ? null : pointMatch(i, p.next(), p.spec());
    }

    /** "الأسبوع الماضي", "الشهر الجاري", "العام المقبل", "هذا العام", "last week", "next month". */
    private Match relativePeriodAt(int i) {
        RelativePeriod p = relativePeriod(i);
        if (p == null) return null;
        return dateMatch(i, p.next(), CalendarRules.period(p.unit(), p.direction(), null, reference(p)));
    }

    /**
     * "عام 2023", "في 2023", "since 2014", "the 2006 war": a four-digit number after a year noun, a time preposition
     * or a word that makes it modify a noun.
     */
    private Match year(int i) {
        boolean named = unitAt(i, "Y", -1, null) != null;
        if (!named && connective(i - 1, "year_cue") == null && connective(i - 1, "year_modifier") == null) return null;
        Num year = explicitYear(i);
        if (year == null) return null;
        return dateMatch(i, year.next(), TimeValue.of(CalendarRules.yearIso(year.value())));
    }

    /** "7 أيام", "ستة أسابيع", "42 يوما", "يومين", "لمدة أسبوع", "six weeks", "42-day", "a week". */
    private Match duration(int i) {
        Reading cue = connective(i, "duration_cue");
        if (cue != null) {
            int j = i + cue.length();
            Reading unit = unitAt(j, null, 1, false);
            return unit == null ? null : durationMatch(new Amount(j, j + unit.length(), 1, unit.code()));
        }
        Amount amount = amount(i);
        return amount == null ? null : durationMatch(amount);
    }

    /**
     * "قبل يومين", "two days ago", "three months ago": an amount of time counted back from publication is the day it
     * reaches, or its month or year when counted in months or years. Not "قبل أسبوع من الانتخابات", a week before
     * something else, which the text dates by that.
     */
    private Match ago(int i) {
        Reading before = connective(i, "ago_before");
        Amount amount = amount(before == null ? i : i + before.length());
        if (amount == null) return null;
        Reading after = before == null ? connective(amount.next(), "ago_after") : null;
        if (before == null && after == null || before != null && connective(amount.next(), "from") != null) return null;
        int next = after == null ? amount.next() : amount.next() + after.length();
        return dateMatch(i, next, CalendarRules.countedBack(amount.count(), amount.unit(), published));
    }

    /** A number and a unit ("42 يوما", "six weeks", "42-day"), a dual unit ("يومين") or a unit and "one", or null. */
    private Amount amount(int i) {
        Num count = number(i);
        if (count != null) {
            int k = count.next();
            if (connective(k, "hyphen") != null && toks.get(k).glued()) k++;
            Reading unit = unitAt(k, null, -1, false);
            return unit == null || count.value() <= 0 ? null : new Amount(i, k + unit.length(), count.value(), unit.code());
        }
        Reading unit = unitAt(i, null, -1, false);
        if (unit == null) return null;
        if (unit.value() == 2) return new Amount(i, i + unit.length(), 2, unit.code());
        if (unit.value() == 1) { // "يوم واحد", "أسبوع واحد"
            Num one = number(i + unit.length());
            if (one != null && one.value() == 1 && reading(i + unit.length(), Category.NUMBER) != null) {
                return new Amount(i, one.next(), 1, unit.code());
            }
        }
        return null;
    }

    // ---- parts ----------------------------------------------------------------------------

    /**
     * One calendar point: an optional day noun ("يوم"), then a weekday (possibly followed by its
     * date), or a day and month, or a month. With {@code bare}, a day number or a year alone too
     * (the parts of a span). {@code context} says a qualifier or cue already introduced it.
     */
    private Point point(int i, boolean bare, boolean context) {
        int j = i;
        Reading dayNoun = unitAt(j, "D", 1, false);
        if (dayNoun != null) j += dayNoun.length();
        Point weekday = weekdayAt(j);
        if (weekday != null) {
            int k = weekday.next();
            if (connective(k, "comma") != null) k++;
            Point full = dayMonth(k, true);
            return full != null ? full : weekday;
        }
        Point dayMonth = dayMonth(j, context);
        if (dayMonth != null || !bare || j != i) return dayMonth;
        Num day = dayNumber(i);
        if (day != null) {
            Spec spec = new Spec();
            spec.day = (int) day.value();
            return new Point(spec, day.next());
        }
        Num year = explicitYear(i);
        if (year != null) {
            Spec spec = new Spec();
            spec.year = (int) year.value();
            return new Point(spec, year.next());
        }
        return null;
    }

    /** "الثلاثاء", "الخميس المقبل", "last Tuesday". */
    private Point weekdayAt(int i) {
        int j = i;
        Reading before = direction(j, "before");
        if (before != null) j += before.length();
        Reading weekday = reading(j, Category.WEEKDAY);
        if (weekday == null) return null;
        j += weekday.length();
        Spec spec = new Spec();
        spec.weekday = weekday.value();
        if (before != null) {
            spec.direction = Direction.of(before.code());
        } else {
            Reading after = direction(j, "after");
            if (after != null) {
                spec.direction = Direction.of(after.code());
                j += after.length();
            }
        }
        return new Point(spec, j);
    }

    /**
     * Day first ("10 June", "العاشر من يونيو", "الثالث من الشهر الجاري"), month first in English
     * ("June 10"), or a month ("مايو الماضي", "last May"). A month alone must be placed: by a day,
     * a year, a direction, a qualifier ({@code context}), its other series' name, the noun "شهر",
     * or a time preposition before it ("في مايو", "in May"); else "the October war" and "Theresa
     * May" would be dates.
     */
    private Point dayMonth(int i, boolean context) {
        Num day = dayNumber(i);
        if (day != null) {
            int k = day.next();
            if (connective(k, "of") != null) k++;
            MonthGroup group = monthGroup(k);
            if (group != null) {
                Spec spec = new Spec();
                spec.day = (int) day.value();
                spec.month = group.month();
                return finish(spec, group.next());
            }
            RelativePeriod month = relativePeriod(k);
            if (month != null && month.unit().equals("M")) {
                Spec spec = new Spec();
                spec.day = (int) day.value();
                if (!month.same()) {
                    spec.monthShift = month.direction().shift();
                } else if (lastMentioned != null) { // "الثامن من الشهر ذاته"
                    LocalDate mentioned = lastMentionedDay();
                    spec.month = mentioned.getMonthValue();
                    spec.year = mentioned.getYear();
                } else {
                    return null;
                }
                return new Point(spec, month.next());
            }
        }
        int j = i;
        Reading before = direction(j, "before");
        if (before != null) j += before.length();
        MonthGroup group = monthGroup(j);
        if (group == null) return null;
        Spec spec = new Spec();
        spec.month = group.month();
        if (before != null) spec.direction = Direction.of(before.code());
        int next = group.next();
        if (group.english() && before == null) {
            Num monthDay = dayNumber(next);
            if (monthDay != null) {
                spec.day = (int) monthDay.value();
                next = monthDay.next();
            }
        }
        Point point = finish(spec, next);
        boolean placed = context || group.certain() || spec.day != 0 || spec.hasYear() || spec.direction != null
                || connective(i - 1, "year_cue") != null;
        return placed ? point : null;
    }

    /** The year or direction after a day and month: "2023", ", 2024", "من العام الماضي", "الماضي". */
    private Point finish(Spec spec, int next) {
        YearSlot year = yearSlot(next);
        if (year != null) {
            spec.year = year.year();
            spec.yearShift = year.shift();
            return new Point(spec, year.next());
        }
        if (spec.direction == null) {
            Reading after = direction(next, "after");
            if (after != null) {
                spec.direction = Direction.of(after.code());
                next += after.length();
            }
        }
        return new Point(spec, next);
    }

    /** A month in one or both series: "يونيو", "يونيو/ حزيران", "يونيو (حزيران)", "شهر مايو", "Sept.". */
    private MonthGroup monthGroup(int i) {
        Reading noun = unitAt(i, "M", 1, false);
        if (noun != null) {
            MonthGroup named = monthAt(i + noun.length());
            if (named != null) return new MonthGroup(named.month(), named.next(), named.english(), true);
        }
        return monthAt(i);
    }

    private MonthGroup monthAt(int i) {
        Reading month = reading(i, Category.MONTH);
        if (month == null) return null;
        int next = i + month.length();
        if (month.entry().has("abbreviation") && connective(next, "abbreviation") != null && toks.get(next).glued()) next++;
        boolean paired = false;
        boolean bracket = connective(next, "open") != null;
        if (bracket || connective(next, "pair") != null) {
            Reading other = reading(next + 1, Category.MONTH);
            if (other != null && other.value() == month.value()) {
                int after = next + 1 + other.length();
                if (!bracket) {
                    next = after;
                    paired = true;
                } else if (connective(after, "close") != null) {
                    next = after + 1;
                    paired = true;
                }
            }
        }
        return new MonthGroup(month.value(), next, "en".equals(month.code()), paired);
    }

    /** After a date: a year ("2023", ", 2024", "عام 2023", "2023م") or a relative year ("من العام الماضي", "last year"). */
    private YearSlot yearSlot(int i) {
        int j = i;
        if (connective(j, "comma") != null) j++;
        if (connective(j, "of") != null) j++;
        Num year = explicitYear(j);
        if (year != null) return new YearSlot((int) year.value(), null, year.next());
        RelativePeriod period = relativePeriod(j);
        if (period == null || !period.unit().equals("Y")) return null;
        if (!period.same()) return new YearSlot(0, period.direction().shift(), period.next());
        return lastMentioned == null ? null : new YearSlot(lastMentionedDay().getYear(), null, period.next()); // "من العام نفسه"
    }

    /** A four-digit year, optionally named ("عام 2023", "the year 2023") and marked ("2023م"). */
    private Num explicitYear(int i) {
        int j = i;
        Reading noun = unitAt(j, "Y", -1, null);
        if (noun != null) j += noun.length();
        if (j >= n) return null;
        Tok t = toks.get(j);
        if (t.type() != Tok.Type.NUMBER || t.digits() != FOUR_DIGITS || t.number() < MIN_YEAR || t.number() > MAX_YEAR) return null;
        j++;
        if (isDecadeEnding(j)) return null;
        if (connective(j, "era") != null) j++;
        return new Num(t.number(), j);
    }

    /** "the early 1990s": a year with a plural ending glued to it is a decade, which no date can stand for. */
    private boolean isDecadeEnding(int j) {
        return j < n && toks.get(j).glued() && connective(j, "decade") != null;
    }

    /** "الأسبوع الماضي", "العام الجاري", "هذا الشهر", "last week", "next year" (not "the last week of May"). */
    private RelativePeriod relativePeriod(int i) {
        int j = i;
        Reading before = pointer(j, "before");
        if (before != null) j += before.length();
        Reading unit = unitAt(j, null, 1, null);
        if (unit == null || unit.code().equals("D") || unit.code().equals("H")) return null;
        j += unit.length();
        Reading after = before == null ? pointer(j, "after") : null;
        if (before == null && after == null) return null;
        if (after != null) j += after.length();
        if (before != null && connective(j, "of") != null) return null;
        String code = (before != null ? before : after).code();
        boolean same = code.equals(SAME);
        return new RelativePeriod(unit.code(), same ? Direction.CURRENT : Direction.of(code), same, j);
    }

    /** A day of the month: 1–31 in digits (with "th" and the like) or an ordinal word. */
    private Num dayNumber(int i) {
        if (i >= n) return null;
        // "الـ 24": the article written apart belongs to the number after it
        if (connective(i, "day_article") != null && i + 1 < n && toks.get(i + 1).type() == Tok.Type.NUMBER) i++;
        Tok t = toks.get(i);
        if (t.type() == Tok.Type.NUMBER && t.digits() <= 2 && t.number() >= 1 && t.number() <= MAX_DAY) {
            int next = i + 1;
            if (connective(next, "ordinal_suffix") != null && toks.get(next).glued()) next++;
            return new Num(t.number(), next);
        }
        Reading ordinal = reading(i, Category.ORDINAL);
        return ordinal == null ? null : new Num(ordinal.value(), i + ordinal.length());
    }

    /** Digits, or number words with their compounds ("خمسة وعشرين", "twenty-five"). */
    private Num number(int i) {
        if (i >= n) return null;
        Tok t = toks.get(i);
        if (t.type() == Tok.Type.NUMBER) return t.number() < 0 ? null : new Num(t.number(), i + 1);
        Reading word = reading(i, Category.NUMBER);
        if (word == null) return null;
        long value = word.value();
        int next = i + word.length();
        if (isUnit(value)) {
            Reading tens = reading(next, Category.NUMBER);
            if (tens != null && tens.conjunction() && isTens(tens.value())) return new Num(value + tens.value(), next + tens.length());
        } else if (isTens(value)) {
            int k = next;
            if (connective(k, "hyphen") != null) k++;
            Reading units = reading(k, Category.NUMBER);
            if (units != null && !units.conjunction() && isUnit(units.value())) {
                return new Num(value + units.value(), k + units.length());
            }
        }
        return new Num(value, next);
    }

    private static boolean isUnit(long v) {
        return v >= 1 && v <= 9;
    }

    private static boolean isTens(long v) {
        return v >= 20 && v <= 90 && v % 10 == 0;
    }

    // ---- resolution -----------------------------------------------------------------------

    /** Begin and end of a span, the open year of one end taken from the other; null if unresolvable. */
    private TimeValue[] resolveSpan(Spec first, Spec last) {
        if (first.isWeekdayOnly()) {
            if (first.direction == null) first.direction = last.direction; // "من الاثنين إلى الأربعاء المقبل"
            LocalDate begin = CalendarRules.weekday(first.weekday, first.direction, published, future);
            if (begin == null) return null;
            LocalDate end = begin.with(TemporalAdjusters.nextOrSame(DayOfWeek.of(last.weekday)));
            return new TimeValue[] {TimeValue.of(begin.toString()), TimeValue.of(end.toString())};
        }
        TimeValue begin, end;
        if (first.hasYear() && !last.hasYear()) {
            begin = resolve(first);
            end = withYearOf(last, begin, true);
        } else {
            end = resolve(last);
            begin = first.hasYear() ? resolve(first) : withYearOf(first, end, false);
        }
        return begin == null || end == null ? null : new TimeValue[] {begin, end};
    }

    /** Resolves a spec in the year of the other end, moving a year when it would fall on the wrong side. */
    private TimeValue withYearOf(Spec spec, TimeValue other, boolean forward) {
        if (other == null) return null;
        spec.year = Integer.parseInt(other.iso().substring(0, 4));
        spec.yearShift = null;
        TimeValue value = resolve(spec);
        if (value == null) return null;
        boolean wrongSide = forward ? !notAfter(other, value) : !notAfter(value, other);
        if (!wrongSide) return value;
        spec.year += forward ? 1 : -1;
        return resolve(spec);
    }

    private static boolean notAfter(TimeValue a, TimeValue b) {
        int len = Math.min(a.iso().length(), b.iso().length());
        return a.iso().substring(0, len).compareTo(b.iso().substring(0, len)) <= 0;
    }

    private TimeValue resolve(Spec spec) {
        return CalendarRules.resolve(spec, published, future);
    }

    private Match pointMatch(int from, int next, Spec spec) {
        return dateMatch(from, next, resolve(spec));
    }

    private Match dateMatch(int from, int next, TimeValue value) {
        return new Match(next, value == null ? null : TimeMention.date(toks.get(from).start(), toks.get(next - 1).end(), value));
    }

    private Match durationMatch(Amount amount) {
        String iso = amount.unit().equals("H") ? "PT" + amount.count() + "H" : "P" + amount.count() + amount.unit();
        return new Match(amount.next(), TimeMention.duration(toks.get(amount.from()).start(), toks.get(amount.next() - 1).end(), iso));
    }

    // ---- readings -------------------------------------------------------------------------

    private Reading reading(int i, Category category) {
        if (i < 0 || i >= n) return null;
        for (Reading r : readings[i]) {
            if (r.category() == category) return r;
        }
        return null;
    }

    /** Whether the word at {@code i} reads as {@code category} after a glued و or ف. */
    private boolean gluedConjunction(int i, Category category) {
        Reading r = reading(i, category);
        return r != null && r.conjunction();
    }

    private Reading connective(int i, String role) {
        if (i < 0 || i >= n) return null;
        for (Reading r : readings[i]) {
            if (r.category() == Category.CONNECTIVE && r.code().equals(role)) return r;
        }
        return null;
    }

    /** A word pointing from publication ("الماضي", "next"); not "نفسه", which only a period takes. */
    private Reading direction(int i, String position) {
        Reading r = pointer(i, position);
        return r == null || r.code().equals(SAME) ? null : r;
    }

    /** Any word of directions.tsv at i in that position. */
    private Reading pointer(int i, String position) {
        if (i < 0 || i >= n) return null;
        for (Reading r : readings[i]) {
            if (r.category() == Category.DIRECTION && r.entry().has(position)) return r;
        }
        return null;
    }

    /**
     * A unit at i. {@code code} a designator or null for any; {@code count} 1 singular, 2 dual,
     * 0 plural, -1 any; {@code article} whether it must (not) carry the article, null for either.
     */
    private Reading unitAt(int i, String code, int count, Boolean article) {
        if (i < 0 || i >= n) return null;
        for (Reading r : readings[i]) {
            if (r.category() != Category.UNIT) continue;
            if (code != null && !r.code().equals(code)) continue;
            if (count >= 0 && r.value() != count) continue;
            if (article != null && r.article() != article) continue;
            return r;
        }
        return null;
    }

    /** "اليوم العالمي": the next word carries the article, could agree with the day noun and is no time word, so it modifies the noun. */
    private boolean modifiesNoun(int i) {
        return i < n && lexicon.hasArticle(toks.get(i)) && !lexicon.cannotDescribeADay(toks.get(i))
                && reading(i, Category.WEEKDAY) == null && reading(i, Category.DEICTIC) == null;
    }

    private void markFuture() {
        // Each word's mark is read once: the prefix test behind it tries every clitic.
        boolean[] marks = new boolean[n];
        for (int i = 0; i < n; i++) marks[i] = isFutureMark(i);
        for (int i = 0; i < n; i++) {
            futureBehind[i + 1] = marks[i] || isFuture(i, "onward") || (!isFuture(i, "report") && futureBehind[i]);
        }
        boolean[] endsAPastClause = pastClauseEnds(marks);
        for (int i = n - 1; i >= 0; i--) {
            futureAhead[i] = marks[i] || (!isFuture(i, "report") && !isFuture(i, "clause") && !endsAPastClause[i]
                    && futureAhead[i + 1]);
        }
    }

    /**
     * The boundaries that close a clause told in the past tense ("arrived in Beirut on Monday, and is expected to
     * travel", "who visited Kyiv on Monday, will travel"): a later mark is of the next clause and does not reach back
     * across them to the past verb's date.
     */
    private boolean[] pastClauseEnds(boolean[] marks) {
        boolean[] ends = new boolean[n];
        boolean past = false;
        for (int i = 0; i < n; i++) {
            if (marks[i]) past = false;
            else if (isFuture(i, "past")) past = true;
            else if (past && isFuture(i, "boundary")) ends[i] = true;
        }
        return ends;
    }

    /**
     * A time right after a reporting verb dates the speech, and the reported clause that follows without "that" has a
     * time of its own ("A Hamas official said on Wednesday the group would continue"): a mark in that clause does not
     * reach back to it.
     */
    private boolean datesReport(int i) {
        for (int k = i - 1; k >= 0 && k >= i - REPORT_REACH; k--) {
            if (isFuture(k, "report")) return true;
            if (isFuture(k, "clause") || toks.get(k).type() != Tok.Type.WORD) return false;
        }
        return false;
    }

    /** A future.tsv word of the given kind at i. */
    private boolean isFuture(int i, String kind) {
        return kind.equals(futureKinds[i]);
    }

    private boolean isFutureMark(int i) {
        Tok tok = toks.get(i);
        if (tok.start() <= futureMark && futureMark < tok.end()) return true;
        String kind = futureKinds[i];
        return kind != null ? kind.equals("word") : lexicon.hasFuturePrefix(toks.get(i));
    }
}
