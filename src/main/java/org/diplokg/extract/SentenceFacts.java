package org.diplokg.extract;

import java.util.BitSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.diplokg.extract.time.TimeMention;
import org.diplokg.lexicon.Cue;
import org.diplokg.lexicon.EventLexicon;
import org.diplokg.lexicon.PhraseIndex;
import org.diplokg.lexicon.Preposition;
import org.diplokg.lexicon.Trigger;
import org.diplokg.text.MatchKeys;
import org.diplokg.text.Sentence;
import org.diplokg.text.Token;

/**
 * What the lexicons found in one sentence, before events are built: the input of {@link EventFinder}.
 *
 * @param times    time expressions with the token range they cover
 * @param capitals the capital constructions a preposition governs ("in the Saudi capital"), see {@link Capitals}
 * @param cuesByKind the same cues by kind, which most rules look up
 * @param officeHolders the post holders a phrase of their office stands in place of ("the office of Israeli Prime
 *                      Minister Benjamin Netanyahu"): they take part in nothing, but the text still gives their post
 */
record SentenceFacts(Sentence sentence, List<PhraseIndex.Hit<Trigger>> triggers, List<PhraseIndex.Hit<Cue>> cues,
                     List<PhraseIndex.Hit<List<Preposition>>> prepositions, List<ActorPhrase> phrases,
                     List<TimedSpan> times, List<PhraseIndex.Hit<Integer>> ordinals, List<PhraseIndex.Hit<Integer>> numbers,
                     List<Capitals.Capital> capitals, CuesByKind cuesByKind, List<ActorPhrase> officeHolders, Derived derived) {
    /** Cue words that govern the group after them as a prepositional object. */
    private static final Set<String> OBLIQUE_CUES = Set.of("oblique", "count-of", "adjunct", "during");
    private static final Set<String> COUNTERPART = Set.of("counterpart");
    private static final Set<String> ANSWER = Set.of("answer");
    /** Words an answer may have between itself and its preposition: a modifier ("ردا إيجابيا على المقترح"). */
    private static final int WORDS_AFTER_AN_ANSWER = 1;
    /** Nouns for people who stand for the actors after them, "from" included ("negotiators from Egypt and Qatar"). */
    private static final Set<String> PROXIES = Set.of("proxy-noun", "mediator-noun");
    /** Words that may stand between an article and its noun ("a new U.S.-drafted resolution"). */
    static final int MODIFIERS_BEFORE_NOUN = 3;
    /** Marks that only open a quotation; the straight quote both opens and closes one. */
    static final Set<String> OPENING_QUOTES = Set.of("«", "\u201C");
    /** Marks that only close a quotation. */
    static final Set<String> CLOSING_QUOTES = Set.of("»", "\u201D");

    /** Whether the mark closes a quotation: a closing mark, or the straight quote that both opens and closes one. */
    static boolean closesAQuotation(String mark) {
        return CLOSING_QUOTES.contains(mark) || mark.equals("\"");
    }
    /** Words that may lead into a time expression as part of its adverbial ("late on Friday"). */
    private static final int WORDS_INTO_A_TIME = 2;
    /** How far after its noun a relative pronoun may stand: "المقترح الذي", "the plan, which". */
    static final int RELATIVE_REACH = 2;
    /** How far after a relative pronoun its verb may stand: past an English subject ("which President Joe Biden announced"). */
    private static final int RELATIVE_SUBJECT_REACH = 5;

    SentenceFacts(Sentence sentence, List<PhraseIndex.Hit<Trigger>> triggers, List<PhraseIndex.Hit<Cue>> cues,
                  List<PhraseIndex.Hit<List<Preposition>>> prepositions, List<ActorPhrase> phrases, List<TimedSpan> times,
                  List<PhraseIndex.Hit<Integer>> ordinals, List<PhraseIndex.Hit<Integer>> numbers, List<Capitals.Capital> capitals,
                  CuesByKind cuesByKind, List<ActorPhrase> officeHolders) {
        this(sentence, triggers, cues, prepositions, phrases, times, ordinals, numbers, capitals, cuesByKind, officeHolders, new Derived());
    }

    /**
     * What rules derive from the facts alone, found when first asked and kept with them: several classes ask for the
     * same per-sentence structure, per trigger or per date.
     */
    static final class Derived {
        private Groups groups;
        private EventLexicon groupsLexicon;
        private int datelineEnd = UNKNOWN;
        private static final int UNKNOWN = -2;
        private BitSet determiners;
        private EventLexicon determinersLexicon;
    }

    /** Whether the token is a determiner ("the", "a"): rules ask this of the words before each noun and between arguments. */
    boolean determinerAt(int token, EventLexicon lexicon) {
        if (derived.determinersLexicon != lexicon) {
            List<Token> tokens = sentence.tokens();
            var determiners = new BitSet(tokens.size());
            for (int k = 0; k < tokens.size(); k++) if (lexicon.isDeterminer(tokens.get(k).surface())) determiners.set(k);
            derived.determiners = determiners;
            derived.determinersLexicon = lexicon;
        }
        return derived.determiners.get(token);
    }

    /** The groups of the whole sentence that {@link Groups#ofSentence} kept for this lexicon, or null. */
    Groups keptGroups(EventLexicon lexicon) {
        return derived.groupsLexicon == lexicon ? derived.groups : null;
    }

    /** Keeps the groups of the whole sentence for the lexicon they were found with. */
    Groups keep(Groups groups, EventLexicon lexicon) {
        derived.groups = groups;
        derived.groupsLexicon = lexicon;
        return groups;
    }

    /**
     * The token that closes the dateline this sentence opens with, its last separator before the first event word
     * ("CAIRO, June 10 (Reuters) -", "رام الله- وفا-", "غزة/ الأناضول/"), or -1: what the story tells begins after it.
     */
    int datelineEnd() {
        if (derived.datelineEnd == Derived.UNKNOWN) derived.datelineEnd = findDatelineEnd();
        return derived.datelineEnd;
    }

    private int findDatelineEnd() {
        ActorPhrase place = phrases.stream().filter(p -> p.first() == 0 && ActorPhrase.DATELINE.equals(p.method())).findFirst().orElse(null);
        if (place == null) return -1;
        int firstTrigger = triggers.stream().mapToInt(PhraseIndex.Hit::first).min().orElse(Integer.MAX_VALUE);
        int reach = Math.min(Math.min(place.last() + RuleExtractor.DATELINE_REACH, firstTrigger - 1), sentence.tokens().size() - 1);
        int end = -1;
        for (int k = place.last() + 1; k <= reach; k++) if (RuleExtractor.isDatelineSeparator(sentence.tokens().get(k).surface())) end = k;
        return end;
    }

    /** The actor or place phrase that begins at the token, or null (phrases do not overlap). */
    ActorPhrase phraseAt(int first) {
        // Rules ask this per token they pass, of every trigger: a loop, no stream.
        for (int i = 0; i < phrases.size(); i++) if (phrases.get(i).first() == first) return phrases.get(i);
        return null;
    }

    /** The cues of this kind, in the order of {@link #cues()}. */
    List<PhraseIndex.Hit<Cue>> cuesOf(String kind) {
        return cuesByKind.of(kind);
    }

    /** The cues of these kinds, in the order of {@link #cues()}. */
    List<PhraseIndex.Hit<Cue>> cuesOf(Set<String> kinds) {
        return cuesByKind.of(kinds);
    }

    /**
     * Cues of these kinds that begin after trigger {@code n}, at most {@code reach} tokens from its end and before the
     * next trigger: where the verb that says what becomes of an event noun stands ("the talks will not take place",
     * "المفاوضات لن تبدأ").
     */
    Stream<PhraseIndex.Hit<Cue>> cuesOfItsClause(int n, Set<String> kinds, int reach) {
        int last = triggers.get(n).last();
        int next = n + 1 < triggers.size() ? triggers.get(n + 1).first() : Integer.MAX_VALUE;
        return cuesOf(kinds).stream().filter(c -> c.first() > last && c.first() - last <= reach && c.first() < next);
    }

    /**
     * The word that governs a phrase starting at {@code token}: the one before it, articles ("the", "a") aside;
     * -1 at the sentence start.
     */
    int governingWord(int token, EventLexicon lexicon) {
        int word = token - 1;
        while (word >= 0 && determinerAt(word, lexicon)) word--;
        return word;
    }

    /**
     * The first token of the proxy nouns right before {@code token} ("وزراء خارجية مصر والأردن", "وفدي البلدين",
     * "رؤساء أركان جيوش دول مجلس التعاون"), else {@code token}: the phrase the actors after them stand in begins there.
     */
    int proxyBefore(int token) {
        int start = token;
        for (int earlier = proxyEndingAt(start - 1); earlier >= 0; earlier = proxyEndingAt(start - 1)) start = earlier;
        return start;
    }

    /** The first token of a proxy noun that ends at {@code token}, or -1. */
    private int proxyEndingAt(int token) {
        List<PhraseIndex.Hit<Cue>> proxies = cuesOf("proxy-noun");
        int first = -1;
        for (int i = 0; i < proxies.size(); i++) {
            PhraseIndex.Hit<Cue> c = proxies.get(i);
            if (c.last() == token && (first < 0 || c.first() < first)) first = c.first();
        }
        return first;
    }

    /**
     * "brokered by Qatar with the support of Egypt and the United States, and announced on Wednesday": whether a
     * preposition or a prepositional cue word governs the group starting at {@code first} (the article aside), which
     * is then no subject of a verb after it. The "from" of a proxy noun governs nothing: "negotiators from Egypt and
     * Qatar met" is Egypt and Qatar meeting.
     */
    boolean governedByAPreposition(int first, EventLexicon lexicon) {
        int word = governingWord(first, lexicon);
        return word >= 0 && !cueEndsAt(word, PROXIES) && (prepositions.stream().anyMatch(p -> p.last() == word) || cueEndsAt(word, OBLIQUE_CUES))
                || inACapitalAfterAPreposition(first);
    }

    /**
     * "ووصل وزير الخارجية الإيراني إلى العاصمة السعودية …، حيث عقد جلسة مباحثات": the state of a capital a
     * preposition governs lies in that prepositional phrase (it names where), though the capital word stands between.
     */
    private boolean inACapitalAfterAPreposition(int first) {
        return capitals.stream().anyMatch(c -> c.phrases().stream().anyMatch(p -> p.first() == first));
    }

    /**
     * "a resolution", "a U.S.-drafted resolution": the nearest article before the noun, over at most a few modifiers
     * and no punctuation but their hyphens, is indefinite.
     */
    boolean indefiniteNoun(int noun, EventLexicon lexicon) {
        return indefiniteNoun(sentence.tokens(), noun, lexicon);
    }

    static boolean indefiniteNoun(List<Token> tokens, int noun, EventLexicon lexicon) {
        int modifiers = 0;
        for (int i = noun - 1; i >= 0 && modifiers <= MODIFIERS_BEFORE_NOUN; i--) {
            String word = tokens.get(i).surface();
            if (lexicon.isDeterminer(word)) return lexicon.isIndefiniteArticle(word);
            if (word.equals("-")) continue; // a hyphen joins a compound modifier ("U.S.-drafted")
            if (!Character.isLetterOrDigit(word.codePointAt(0))) return false;
            modifiers++;
        }
        return false;
    }

    /**
     * The cue of one of these kinds that governs the noun at {@code noun} as the word right before its phrase: over
     * at most a few modifiers joined by hyphens, then its article if any ("to a seven-day ceasefire", "on an immediate
     * truce"); null when punctuation, too many words or a word between the article and the cue comes first.
     */
    PhraseIndex.Hit<Cue> governingCue(int noun, Set<String> kinds, EventLexicon lexicon) {
        List<Token> tokens = sentence.tokens();
        int modifiers = 0;
        for (int i = noun - 1; i >= 0 && modifiers <= MODIFIERS_BEFORE_NOUN; i--) {
            PhraseIndex.Hit<Cue> cue = cueEndingAt(i, kinds);
            if (cue != null) return cue;
            String surface = tokens.get(i).surface();
            if (determinerAt(i, lexicon)) return cueEndingAt(i - 1, kinds);
            if (surface.equals("-")) continue;
            if (!Character.isLetterOrDigit(surface.codePointAt(0))) return null;
            modifiers++;
        }
        return null;
    }

    /** Whether "نظيره" (the counterpart of a verb's subject, so that verb's object) begins at {@code token}. */
    boolean counterpartAt(int token) {
        return cueStartsAt(token, COUNTERPART);
    }

    /**
     * "قدم لبنان ردا إيجابيا على المقترح الأمريكي", "سلمت الحكومة ردها على المبادرة": whether an answer (a word of
     * answering) governs the noun at {@code noun} through the preposition right before it. The noun is then what is
     * answered: whoever answers did not make it, and the day of the answer is not its day.
     */
    boolean answeredNoun(int noun) {
        if (cuesOf(ANSWER).isEmpty()) return false;
        return prepositions.stream().filter(p -> p.last() == noun - 1).anyMatch(p -> cuesOf(ANSWER).stream().anyMatch(c -> c.last() < p.first() && wordsBetween(c.last(), p.first()) <= WORDS_AFTER_AN_ANSWER));
    }

    /**
     * Whether the word at {@code token} points back through its pronoun suffix: "بينهم" lists the people it points
     * back to, where the match keys fold it with the bare preposition "بين", which introduces sides; "طرحته" is a
     * relative clause's verb whose suffix is the noun before it. Words without Arabic script carry no suffix to check.
     */
    boolean pointsBack(int token, EventLexicon lexicon) {
        String word = sentence.tokens().get(token).surface();
        return !MatchKeys.isArabic(word) || lexicon.hasPronounSuffix(word);
    }

    /**
     * Whether the verb at {@code verbFirst}..{@code verbLast} opens a relative clause on the noun ending at
     * {@code nounLast}: after a relative pronoun right by the noun, past no more than an English subject ("which
     * President Joe Biden announced"); or right after the noun, as an Arabic verb whose pronoun suffix is the noun (the
     * relative clause of an indefinite noun: "مقترحا طرحته مصر") or an English participle ("the proposal announced by
     * Biden"). A quoted name right after the noun is part of it ("مؤتمر «دعم السودان» الذي تستضيفه مصر").
     */
    boolean relativeClauseOn(int nounLast, int verbFirst, int verbLast, EventLexicon lexicon) {
        int nameLast = endOfAQuotedName(nounLast, verbFirst);
        if (verbFirst == nameLast + 1) return pointsBack(verbLast, lexicon);
        return cuesOf("relative").stream().anyMatch(c -> c.first() > nameLast
                && c.first() - nameLast <= RELATIVE_REACH && c.last() < verbFirst && verbFirst - c.last() <= RELATIVE_SUBJECT_REACH);
    }

    /** The closing mark of a quotation opened right after {@code noun} and closed before {@code before}, else the noun. */
    private int endOfAQuotedName(int noun, int before) {
        List<Token> tokens = sentence.tokens();
        if (noun + 1 >= before) return noun;
        String open = tokens.get(noun + 1).surface();
        if (!OPENING_QUOTES.contains(open) && !open.equals("\"")) return noun;
        for (int k = noun + 2; k < before; k++) {
            String mark = tokens.get(k).surface();
            if (closesAQuotation(mark)) return k;
        }
        return noun;
    }

    /** Whether a punctuation mark stands strictly between two tokens. */
    boolean punctuationBetween(int after, int before) {
        return punctuationBetween(after, before, k -> false);
    }

    /**
     * Whether a punctuation mark other than a hyphen inside a compound ("seven-day", "U.S.-brokered") stands strictly
     * between two tokens: such a hyphen joins words of one phrase and closes no clause.
     */
    boolean punctuationOutsideWordsBetween(int after, int before) {
        return punctuationBetween(after, before, k -> hyphenInACompound(sentence.tokens(), k));
    }

    /** Whether a punctuation mark other than an opening quote stands strictly between two tokens ("to a \"permanent cessation\""). */
    boolean punctuationBesidesOpeningQuotesBetween(int after, int before) {
        return punctuationBetween(after, before, k -> {
            String mark = sentence.tokens().get(k).surface();
            return mark.equals("\"") || OPENING_QUOTES.contains(mark);
        });
    }

    private boolean punctuationBetween(int after, int before, java.util.function.IntPredicate allowed) {
        for (int k = after + 1; k < before; k++) {
            if (sentence.tokens().get(k).isPunct() && !allowed.test(k)) return true;
        }
        return false;
    }

    static boolean hyphenInACompound(List<Token> tokens, int k) {
        return tokens.get(k).surface().equals("-") && k > 0 && k + 1 < tokens.size()
                && tokens.get(k - 1).end() == tokens.get(k).start() && tokens.get(k).end() == tokens.get(k + 1).start();
    }

    /** The tokens covered by cues of these kinds. */
    BitSet cueTokens(Set<String> kinds) {
        var covered = new BitSet();
        List<PhraseIndex.Hit<Cue>> cues = cuesOf(kinds);
        for (int i = 0; i < cues.size(); i++) covered.set(cues.get(i).first(), cues.get(i).last() + 1);
        return covered;
    }

    /** Whether a cue of one of these kinds begins at {@code token}. */
    boolean cueStartsAt(int token, Set<String> kinds) {
        List<PhraseIndex.Hit<Cue>> cues = cuesOf(kinds);
        // Rules ask this and the next of many tokens of every sentence: indexed loops, no stream or iterator to set up.
        for (int i = 0; i < cues.size(); i++) if (cues.get(i).first() == token) return true;
        return false;
    }

    private PhraseIndex.Hit<Cue> cueEndingAt(int token, Set<String> kinds) {
        List<PhraseIndex.Hit<Cue>> cues = cuesOf(kinds);
        for (int i = 0; i < cues.size(); i++) if (cues.get(i).last() == token) return cues.get(i);
        return null;
    }

    /** Whether a cue of one of these kinds ends at {@code token}. */
    boolean cueEndsAt(int token, Set<String> kinds) {
        return cueEndingAt(token, kinds) != null;
    }

    /**
     * The words strictly between two tokens, leaving out punctuation and time expressions: "استضاف ماكرون، الخميس،
     * قمة" has the summit right after its host, as "استضاف ماكرون قمة" has.
     */
    int wordsBetween(int from, int to) {
        int words = 0;
        for (int k = from + 1; k < to; k++) if (!sentence.tokens().get(k).isPunct() && !insideATime(k)) words++;
        return words;
    }

    /**
     * Whether nothing but time adverbials stands strictly between two tokens: time expressions, each with at most a
     * few words leading into it ("agreed late on Friday to", "agreed on Saturday to"), and punctuation.
     */
    boolean onlyTimesBetween(int from, int to) {
        for (int k = from + 1; k < to; k++) {
            if (!sentence.tokens().get(k).isPunct() && !insideATime(k) && !leadsIntoATime(k, to)) return false;
        }
        return true;
    }

    private boolean insideATime(int token) {
        for (int i = 0; i < times.size(); i++) if (times.get(i).first() <= token && token <= times.get(i).last()) return true;
        return false;
    }

    /** A time expression begins a few words after the token and ends before {@code to}. */
    private boolean leadsIntoATime(int token, int to) {
        for (TimedSpan t : times) if (t.first() > token && t.first() - token <= WORDS_INTO_A_TIME && t.last() < to) return true;
        return false;
    }

    /** A time expression over tokens first..last; calendar when it writes out a date of the calendar, not a weekday or "today". */
    record TimedSpan(int first, int last, TimeMention mention, boolean calendar) {}
}
