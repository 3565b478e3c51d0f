package org.diplokg.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.diplokg.model.EventType;
import org.diplokg.model.TimeValue;

/**
 * What the article has said so far, for the words that point back: "الجانبين"/"the two sides" (the last pair of
 * principal actors), "البيان"/"the statement" (the last speaker), "الرئيس المصري" without a name (the person last
 * named with that title; "نظيره السعودي" the holder of the post of the person last named with one), the states named so far ("the six countries"), the running date that undated
 * news-of-the-day events take, and the last absolute date ("في اليوم التالي"). The running date starts at the
 * publication date. One instance per article.
 */
final class Discourse {
    /** How far before publication a dated event can still set the story's running date. */
    private static final int NEWS_WINDOW_DAYS = 7;
    /** The fewest participants a meeting needs for "the participants" to name them rather than "the two sides". */
    private static final int GATHERING_SIZE = 3;

    private final LocalDate published;
    private final Integer year;
    private final Map<String, String> holders = new HashMap<>();
    /** The posts (lower-cased English titles) each person was named with. */
    private final Map<String, Set<String>> postsHeld = new HashMap<>();
    private String lastTitle;
    /** The post each person was last named with. */
    private final Map<String, String> lastPostOf = new HashMap<>();
    private List<String> lastPair = List.of();
    private List<String> openingPeople = List.of();
    private List<String> lastTalksPair = List.of();
    private List<String> lastGathering = List.of();
    private EventType lastTalksType;
    /** The kind of the last round told with its principals, talks or a trip: what a bare "الجولة" points back to. */
    private EventType lastRound;
    private String lastSpeaker;
    private String lastPersonSubject;
    private String lastOtherSubject;
    private TimeValue runningDate;
    /** The day an event that does not lend its date (an exchange, a strike) told as the story's. */
    private LocalDate markedDay;
    private LocalDate latestNews;
    private TimeValue lastDate;
    /** The day "today" names: the publication date, until a date line opens a dispatch of another day. */
    private LocalDate today;
    /** Each state the text named, as actor or through a holder's post, where it was named, in text order. */
    private final ArrayList<NamedState> namedStates = new ArrayList<>();

    private record NamedState(int sentence, int token, String slug) {}

    /** The state each actor named so far is or serves: what "the two countries" makes of a pair. */
    private final Map<String, String> stateOfActor = new HashMap<>();

    /**
     * The states the article points to so far by any name: states, demonyms, people and bodies of a state, places in
     * it (مسقط), and the state of the city in the dateline; what a homograph like "عمان" (Oman, Amman) is read by.
     */
    private final Set<String> statesInContext = new HashSet<>();

    private final ArrayList<String> namedBodies = new ArrayList<>();

    Discourse(LocalDate published) {
        this.published = published;
        this.year = published == null ? null : published.getYear();
        this.runningDate = published == null ? null : TimeValue.of(published.toString());
        this.today = published;
    }

    /** The day "today", "yesterday" and weekdays count from. */
    LocalDate today() { return today; }

    /**
     * "READOUT / JULY 30, 2024": a line that is nothing but a date heads a dispatch of that day (a digest of readouts,
     * a day's entry of a live page); what follows it is told as of that day, as the dispatch's own story date.
     */
    void datedDispatch(TimeValue day) {
        today = dayOf(day);
        latestNews = today;
        runningDate = day;
    }

    Integer year() { return year; }

    void personWithTitle(String title, String of, String slug) {
        // Lower-cased once: this runs for every titled person named.
        String lower = title.toLowerCase(Locale.ROOT);
        holders.put(lowerCaseKey(lower, of), slug);
        holders.putIfAbsent(lowerCaseKey(lower, null), slug);
        postsHeld.computeIfAbsent(slug, k -> new HashSet<>()).add(lower);
        lastTitle = title;
        lastPostOf.put(slug, title);
    }

    /** The post the person was last named with, if any: what "his counterpart" holds elsewhere. */
    Optional<String> postOf(String slug) { return Optional.ofNullable(lastPostOf.get(slug)); }

    /** Whether the text named this person with the post title ("President"), in any state. */
    boolean namedWithPost(String slug, String title) {
        return postsHeld.getOrDefault(slug, Set.of()).contains(title.toLowerCase(Locale.ROOT));
    }

    /** The post of the person last named with one: what "his counterpart" holds elsewhere. */
    Optional<String> lastTitle() { return Optional.ofNullable(lastTitle); }

    Optional<String> holder(String title, String of) {
        return Optional.ofNullable(holders.get(key(title, of)));
    }

    /**
     * "وأشار الوزير الإيراني" after "وزير الخارجية الإيراني عباس عراقجي": a bare title points back to the one person
     * the article has named with a fuller title of that kind in that state ("Foreign Minister" for "Minister"). With no
     * state named ("The minister is paying a visit to Ankara"), the one person named with such a title in any state.
     */
    Optional<String> holderOfFullerTitle(String title, String of) {
        String ending = " " + key(title, of);
        String anyState = " " + key(title, "");
        var found = holders.entrySet().stream()
                .filter(e -> of != null ? e.getKey().endsWith(ending) : e.getKey().contains(anyState) && !e.getKey().endsWith("|null"))
                .map(Map.Entry::getValue).distinct().toList();
        return found.size() == 1 ? Optional.of(found.getFirst()) : Optional.empty();
    }

    /** The principal actors of an event; "the two sides" points back to the last event that had exactly two. */
    void principals(List<String> actors) {
        if (actors.size() != 2) return;
        lastPair = List.copyOf(actors);
        openingPeople = List.of();
    }

    List<String> lastPair() { return lastPair; }

    /**
     * Two people opening a sentence that tells no event ("Secretary Blinken and Prime Minister Al Thani discussed …"):
     * whom "both" and "the two leaders" next point back to, until an event names another pair; "the two countries"
     * still means the sides of the last event.
     */
    void peopleOpening(List<String> people) {
        if (people.size() == 2) openingPeople = List.copyOf(people);
    }

    /** The pair "both", "the two" and "the two leaders" point back to: the people opening a sentence since the last pair. */
    List<String> lastPairOfPeople() { return openingPeople.isEmpty() ? lastPair : openingPeople; }

    /** The two sides of the last talks or meeting that had exactly two: whom "the two sides will meet again" names. */
    void talksPrincipals(EventType type, List<String> actors) {
        if (actors.size() != 2) return;
        lastTalksPair = List.copyOf(actors);
        lastTalksType = type;
    }

    List<String> lastTalksPair() { return lastTalksPair; }

    /**
     * The participants of a meeting of three or more (a conference, a summit): whom "the participants" next point
     * back to. A meeting of two has sides, not participants, and leaves the last gathering in place.
     */
    void gathering(List<String> participants) {
        if (participants.size() >= GATHERING_SIZE) lastGathering = List.copyOf(participants);
    }

    List<String> lastGathering() { return lastGathering; }

    /** The type of the talks {@link #lastTalksPair()} held: a meeting or a negotiation. */
    Optional<EventType> lastTalksType() { return Optional.ofNullable(lastTalksType); }

    /** A negotiation, or a tour told with its traveller: the round a bare round noun after it points back to. */
    void roundTold(EventType type) { lastRound = type; }

    /** Whether the last round told was talks, not a trip ("جولة جديدة من المفاوضات … وفي ختام الجولة"). */
    boolean lastRoundWasTalks() { return lastRound == EventType.Negotiation; }

    void speaker(String slug) { lastSpeaker = slug; }

    /** The subject of the last verb that had one, kept apart for people ("he", "she") and the rest ("it"). */
    void subject(String slug, boolean person) {
        if (person) lastPersonSubject = slug;
        else lastOtherSubject = slug;
    }

    Optional<String> lastSubject(boolean person) { return Optional.ofNullable(person ? lastPersonSubject : lastOtherSubject); }

    Optional<String> lastSpeaker() { return Optional.ofNullable(lastSpeaker); }

    /** A state named, as the actor itself or as the state of the actor's post ("British Prime Minister Rishi Sunak"). */
    void stateNamed(int sentence, int token, String actor, String state) {
        namedStates.add(new NamedState(sentence, token, state));
        stateOfActor.put(actor, state);
    }

    /**
     * "وقع البلدان", "the two countries agreed": the last pair when both are states or serve one (the two leaders who
     * met); after a pair of others (an army and a militia, two factions), the last two states the text named before
     * the word ("أعلنت شركة مايكروسوفت الأمريكية … الإماراتية … فيما وقع البلدان").
     */
    List<String> pairOfCountries(List<String> pair, int sentence, int token) {
        return stateOfActor.keySet().containsAll(pair) ? pair : lastStates(2, sentence, token);
    }

    /** A body or organization the text named, in text order: what "the council" may point back to. */
    void bodyNamed(String slug) {
        namedBodies.remove(slug);
        namedBodies.add(slug);
    }

    /** The body named last that the test accepts. */
    Optional<String> lastBody(java.util.function.Predicate<String> accepts) {
        for (int k = namedBodies.size() - 1; k >= 0; k--) if (accepts.test(namedBodies.get(k))) return Optional.of(namedBodies.get(k));
        return Optional.empty();
    }

    void statesInContext(Collection<String> states) { statesInContext.addAll(states); }

    /** Whether the article has pointed to the state so far (see {@link #statesInContext}). */
    boolean hasPointedTo(String state) { return statesInContext.contains(state); }

    /**
     * "the six countries": the last {@code count} distinct states named before the token, latest first; empty when the
     * text has named fewer.
     */
    List<String> lastStates(int count, int sentence, int token) {
        var found = new LinkedHashSet<String>();
        for (int k = namedStates.size() - 1; k >= 0 && found.size() < count; k--) {
            NamedState named = namedStates.get(k);
            if (named.sentence() < sentence || named.sentence() == sentence && named.token() < token) found.add(named.slug());
        }
        return found.size() == count ? List.copyOf(found) : List.of();
    }

    /**
     * The latest day-precise date of a news-of-the-day event within a week before publication is the story's date:
     * background ("talks that opened on 6 March", "the 1998 agreement") and plans ("talks next Saturday") do not
     * move it.
     */
    void runningDate(TimeValue date) {
        LocalDate day = laterNewsDay(date);
        if (day != null) {
            latestNews = day;
            runningDate = date;
        }
    }

    /**
     * A dated event that does not give its date to the undated ones (an exchange, a strike) still tells the story's
     * day: "hostages were freed on Friday … The deal was announced on Wednesday … the army said" — the army spoke on
     * Friday, and the earlier announcement no longer sets the date.
     */
    void newsOfTheDay(TimeValue date) {
        LocalDate day = laterNewsDay(date);
        if (day != null) {
            latestNews = day;
            markedDay = latestNews;
        }
    }

    /** Whether the day is before the one the latest exchange or strike marked as the story's. */
    boolean beforeTheMarkedDay(TimeValue day) {
        return markedDay != null && dayOf(day).isBefore(markedDay);
    }

    /** The day of a date that is later news than the latest so far, or null: parsed once for the test and the update. */
    private LocalDate laterNewsDay(TimeValue date) {
        if (date.precision() != TimeValue.Precision.DAY) return null;
        var day = dayOf(date);
        if (published != null && !inTheNewsWindow(day)) return null;
        return latestNews == null || day.isAfter(latestNews) ? day : null;
    }

    Optional<TimeValue> runningDate() { return Optional.ofNullable(runningDate); }

    /** A day within the news window before publication: yesterday's or last week's news, not background. */
    boolean isRecent(TimeValue date) {
        return date.precision() == TimeValue.Precision.DAY && published != null && inTheNewsWindow(dayOf(date));
    }

    private boolean inTheNewsWindow(LocalDate day) {
        return !day.isAfter(published) && !day.isBefore(published.minusDays(NEWS_WINDOW_DAYS));
    }

    void lastDate(TimeValue date) {
        if (date.precision() == TimeValue.Precision.DAY) lastDate = date;
    }

    TimeValue lastDate() { return lastDate; }

    /**
     * The day of a day-precise value, read off its digits by {@link TimeValue#firstDay} (every dated event asks, and
     * the ISO formatter builds a map of parsed fields for each); anything else is left to the formatter, to fail as it
     * would.
     */
    private static LocalDate dayOf(TimeValue date) {
        return date.precision() == TimeValue.Precision.DAY ? date.firstDay() : LocalDate.parse(date.iso());
    }

    private static String key(String title, String of) {
        return lowerCaseKey(title.toLowerCase(Locale.ROOT), of);
    }

    private static String lowerCaseKey(String lowerCaseTitle, String of) {
        return lowerCaseTitle + "|" + of;
    }
}
