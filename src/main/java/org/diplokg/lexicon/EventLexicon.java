package org.diplokg.lexicon;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.diplokg.lexicon.PhraseIndex.Hit;
import org.diplokg.model.EventType;
import org.diplokg.model.Role;
import org.diplokg.text.LineData;
import org.diplokg.text.MatchKeys;
import org.diplokg.text.Token;

/** The event words of one language: triggers, cues, prepositions, ordinals and numbers, from data/lexicon. */
public final class EventLexicon {
    private static final String REST = "rest";
    /** The value of a preposition's optional fourth column that limits it to event nouns (see {@link Preposition#nounsOnly}). */
    private static final String NOUN_TRIGGERS = "noun";
    private static final String NEGOTIATED_TALKS = "negotiated";
    private static final int MIN_PARTICIPLE_LENGTH = 4;
    private static final Set<String> COLUMN_NAMES = Set.of("phrase", "type");

    private final String language;
    private final PhraseIndex<Trigger> triggers = new PhraseIndex<>();
    private final PhraseIndex<Cue> cues = new PhraseIndex<>();
    private final PhraseIndex<List<Preposition>> prepositions = PhraseIndex.spelledOut();
    private final PhraseIndex<Integer> ordinals = new PhraseIndex<>();
    private final PhraseIndex<Integer> numbers = new PhraseIndex<>();
    private final Map<EventType, EventTypeRule> rules = new EnumMap<>(EventType.class);
    private final List<String> purposePrefixes = new ArrayList<>();
    private final List<String> dualSuffixes = new ArrayList<>();
    private final List<String> conjunctionPrefixes = new ArrayList<>();
    private final List<String> prepositionPrefixes = new ArrayList<>();
    private final Set<String> wordPrepositions = new HashSet<>();
    private final List<String> genitivePrefixes = new ArrayList<>();
    private final List<String> dualEndings = new ArrayList<>();
    private final List<String> constructDualEndings = new ArrayList<>();
    private final List<String> dualVerbEndings = new ArrayList<>();
    private final List<String> pronounSuffixes = new ArrayList<>();
    private final List<String> presentPrefixes = new ArrayList<>();
    private final List<String> futurePrefixes = new ArrayList<>();
    private final List<String> suffixLookalikes = new ArrayList<>();
    private final List<String> presentParticipleEndings = new ArrayList<>();
    private final List<String> pastParticipleEndings = new ArrayList<>();
    private final Set<String> listedVerbs = new HashSet<>();
    private final LowerCaseWords coordinators = new LowerCaseWords();
    private final LowerCaseWords genitives = new LowerCaseWords();
    private final LowerCaseWords clauseAuxiliaries = new LowerCaseWords();
    private final LowerCaseWords nextSteps = new LowerCaseWords();
    private final LowerCaseWords determiners = new LowerCaseWords();
    private final LowerCaseWords definiteArticles = new LowerCaseWords();
    private final LowerCaseWords indefiniteArticles = new LowerCaseWords();

    private EventLexicon(String language) {
        this.language = language;
    }

    /** Loads the files of {@code lexiconDir} for one language ("ar" or "en"). */
    public static EventLexicon load(Path lexiconDir, String language) {
        var lexicon = new EventLexicon(language);
        lexicon.loadRules(lexiconDir.resolve("event-types.tsv"));
        lexicon.loadTriggers(lexiconDir.resolve("triggers-" + language + ".tsv"));
        lexicon.loadCues(lexiconDir.resolve("cues-" + language + ".tsv"));
        lexicon.loadPrepositions(lexiconDir.resolve("prepositions-" + language + ".tsv"));
        lexicon.loadValues(lexiconDir.resolve("ordinals-" + language + ".tsv"), lexicon.ordinals);
        lexicon.loadValues(lexiconDir.resolve("numbers-" + language + ".tsv"), lexicon.numbers);
        return lexicon;
    }

    public String language() { return language; }

    /** Whether this language's clauses open with their verb (Arabic, VSO), not with their subject (English, SVO). */
    public boolean verbFirst() { return language.equals("ar"); }

    public PhraseIndex<Trigger> triggers() { return triggers; }

    public PhraseIndex<Cue> cues() { return cues; }

    public PhraseIndex<List<Preposition>> prepositions() { return prepositions; }

    public PhraseIndex<Integer> ordinals() { return ordinals; }

    public PhraseIndex<Integer> numbers() { return numbers; }

    public EventTypeRule rule(EventType type) { return rules.get(type); }

    /** Prefix letters that mark a noun as a purpose (ل in لاتفاق); empty for languages without them. */
    public List<String> purposePrefixes() { return purposePrefixes; }

    /** Pronoun suffixes that refer to two actors (ـهما in لقائهما). */
    public List<String> dualSuffixes() { return dualSuffixes; }

    /**
     * Whether a word found as a "dual" cue really is in the dual: match keys fold الجانبين and الجانب together, the
     * ending tells them apart. Languages without dual endings in the data accept every match.
     */
    public boolean hasDualEnding(String word) {
        if (dualEndings.isEmpty()) return true;
        return endsWithAny(MatchKeys.normalize(word), dualEndings);
    }

    /**
     * Whether a "dual" cue found really is in the dual: one word by its ending (الجانبين); a construct ("طرفا النزاع",
     * the two parties of the conflict) drops the dual's nun before its genitive, so its first word ends as a construct
     * dual does (طرفا، طرفي), which the singular ("طرف النزاع", one party) does not.
     */
    public boolean isDual(List<Token> tokens, Hit<Cue> cue) {
        if (cue.first() == cue.last()) return hasDualEnding(tokens.get(cue.last()).surface());
        if (constructDualEndings.isEmpty()) return true;
        return endsWithAny(tokens.get(cue.first()).normalized(), constructDualEndings);
    }

    /** Whether a listed verb trigger is another listed verb with a dual ending (أكدا، قالتا): two actors are its subject. */
    public boolean isDualVerb(Trigger trigger) {
        String verb = trigger.firstWord();
        return trigger.verb() && dualVerbEndings.stream()
                .anyMatch(e -> verb.endsWith(e) && listedVerbs.contains(verb.substring(0, verb.length() - e.length())));
    }

    /** Whether a participle trigger has a dual or plural ending (مؤكدين، مشيرين); languages without dual endings have none. */
    public boolean isPluralParticiple(Trigger trigger, String surface) {
        return trigger.flags().contains("participle") && !dualEndings.isEmpty() && hasDualEnding(surface);
    }

    /**
     * Whether a word carries a pronoun suffix (إنها، أنه، استقباله، لقائهما): a word of at least one letter more. A
     * word ending in a letter that only folds into a suffix's letter (the taa marbuta of هدنة) carries none.
     */
    public boolean hasPronounSuffix(String word) {
        if (endsWithAny(word, suffixLookalikes)) return false;
        String normalized = MatchKeys.normalize(word);
        for (String p : pronounSuffixes) {
            if (normalized.endsWith(p) && normalized.length() > p.length() + 1) return true;
        }
        return false;
    }

    /**
     * Whether the word ends with one of these endings. A loop, not a stream: the word helpers of this lexicon run at
     * many tokens of every sentence, and a stream over a handful of endings costs more than the comparisons.
     */
    private static boolean endsWithAny(String word, List<String> endings) {
        for (String e : endings) {
            if (word.endsWith(e)) return true;
        }
        return false;
    }

    /** Whether the word begins with one of these prefixes and keeps more than one letter after it. */
    private static boolean startsWithAnyBeforeTwoLetters(String word, List<String> prefixes) {
        for (String p : prefixes) {
            if (word.startsWith(p) && word.length() > p.length() + 1) return true;
        }
        return false;
    }

    /** Whether an English word ends as a present participle does ("mediating", "heading"); false in Arabic. */
    public boolean isPresentParticiple(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return presentParticipleEndings.stream().anyMatch(lower::endsWith);
    }

    /**
     * Whether an English word of more than four letters ends as a participle does ("speaking", "backed"): shorter
     * words with those endings are mostly not participles ("bed", "red", "king").
     */
    public boolean isParticiple(String word) {
        return isPastParticiple(word) || word.toLowerCase(Locale.ROOT).length() > MIN_PARTICIPLE_LENGTH && isPresentParticiple(word);
    }

    /** Whether an English word of more than four letters ends as a past participle does ("followed", "backed"); false in Arabic. */
    public boolean isPastParticiple(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return lower.length() > MIN_PARTICIPLE_LENGTH && pastParticipleEndings.stream().anyMatch(lower::endsWith);
    }

    /** Whether a verb is in the present tense by its prefix (يلتقي، تزور), behind a conjunction (ويلتقي) or none. */
    public boolean isPresentTense(String verb) {
        String normalized = MatchKeys.normalize(verb);
        for (String conjunction : conjunctionPrefixes) {
            if (normalized.startsWith(conjunction) && normalized.length() > conjunction.length() + 2) {
                String rest = normalized.substring(conjunction.length());
                if (presentPrefixes.stream().anyMatch(rest::startsWith)) return true;
            }
        }
        return presentPrefixes.stream().anyMatch(normalized::startsWith);
    }

    /**
     * Whether a listed verb trigger is surely in the present tense: it begins with a present prefix and the lexicon also
     * lists it behind another one (يزور and تزور, يلتقي and تلتقي). The prefix letters alone do not tell: توجه and
     * تباحث (Form V/VI past), نفى and ناقش begin with them too, and no past form has such a twin.
     */
    public boolean isPresentVerb(Trigger trigger) {
        String phrase = trigger.firstWord();
        if (!trigger.verb()) return false;
        for (String prefix : presentPrefixes) {
            if (!phrase.startsWith(prefix)) continue;
            String stem = phrase.substring(prefix.length());
            if (presentPrefixes.stream().anyMatch(other -> !other.equals(prefix) && listedVerbs.contains(other + stem))) return true;
        }
        return false;
    }

    /**
     * Whether a verb trigger is in the future: a future prefix before a present-tense verb the lexicon lists too
     * (سيلتقي for يلتقي, ستزور for تزور). سيطر begins with the same letters but is no such pair.
     */
    public boolean isFutureVerb(Trigger trigger) {
        if (!trigger.verb()) return false;
        String phrase = trigger.firstWord();
        for (String f : futurePrefixes) {
            if (phrase.startsWith(f) && startsWithAnyAt(phrase, presentPrefixes, f.length())
                    && listedVerbs.contains(phrase.substring(f.length()))) return true;
        }
        return false;
    }

    private static boolean startsWithAnyAt(String word, List<String> prefixes, int offset) {
        for (String p : prefixes) {
            if (word.startsWith(p, offset)) return true;
        }
        return false;
    }

    /** A conjunction written as part of the next word (و in ومصر): it joins two actors into one group. */
    public List<String> conjunctionPrefixes() { return conjunctionPrefixes; }

    /** The word (letters folded) begins with a written-on conjunction: ومصر, وفد in ووفد. */
    public boolean startsWithConjunction(String word) {
        for (String c : conjunctionPrefixes) {
            if (word.startsWith(c)) return true;
        }
        return false;
    }

    /**
     * The word (letters folded) carries a written-on conjunction before the listed phrase it matched (both folded):
     * وأكد for أكد; a phrase whose own first letter is the conjunction's (وافقت) needs it twice (ووافقت).
     */
    public boolean conjoined(String word, String listed) {
        // A loop, not a stream: this runs at trigger words of every sentence.
        for (String c : conjunctionPrefixes) {
            if (word.startsWith(c) && word.length() > c.length() + 2 && (!listed.startsWith(c) || word.startsWith(c, c.length()))) return true;
        }
        return false;
    }

    /** The word carries a preposition written on it before its article (بالرئيس), a word of its own after it. */
    public boolean startsWithPreposition(String word) {
        return startsWithAnyBeforeTwoLetters(MatchKeys.normalize(word), prepositionPrefixes);
    }

    /** A preposition written as a word of its own (إلى، على), bare or behind a written-on conjunction (وعلى): a noun follows it. */
    public boolean isPreposition(String word) {
        String normalized = MatchKeys.normalize(word);
        if (wordPrepositions.contains(normalized)) return true;
        for (String c : conjunctionPrefixes) {
            if (normalized.startsWith(c) && wordPrepositions.contains(normalized.substring(c.length()))) return true;
        }
        return false;
    }

    /** The word carries the lam of possession on its article (للقمة): it names the owner of the noun before it. */
    public boolean startsWithGenitive(String word) {
        return startsWithAnyBeforeTwoLetters(MatchKeys.normalize(word), genitivePrefixes);
    }

    /** A word that makes the noun after it the owner of the one before ("the president of France"), compared lower-cased. */
    public boolean isGenitive(String word) { return genitives.contains(word); }

    /** Words that join two actors into one group ("و", "and"), compared lower-cased. */
    public boolean isCoordinator(String word) { return coordinators.contains(word); }

    /** A finite auxiliary or modal ("would", "had"): past a speech verb, the reported clause has begun without "that". */
    public boolean isClauseAuxiliary(String word) { return clauseAuxiliaries.contains(word); }

    /** Whether a clause auxiliary stands right before the word at {@code verb}: "was received", "were hosted". */
    public boolean auxiliaryBefore(List<Token> tokens, int verb) {
        return verb > 0 && isClauseAuxiliary(tokens.get(verb - 1).surface());
    }

    /** A word that makes the -ing verb after it the next step of the clause's subject ("before heading to Abu Dhabi"). */
    public boolean isNextStep(String word) { return nextSteps.contains(word); }

    /** Articles that stand between an argument and what governs it ("met the president"): not counted as words. */
    public boolean isDeterminer(String word) { return determiners.contains(word); }

    /** The article of a noun that points back ("the agreement"); Arabic writes it on the noun (see NameLexicon). */
    public boolean isDefiniteArticle(String word) { return definiteArticles.contains(word); }

    /** The article of a noun that introduces something new ("a resolution"), so it points back to nothing. */
    public boolean isIndefiniteArticle(String word) { return indefiniteArticles.contains(word); }

    /**
     * Words compared lower-cased. They are asked of most words of every sentence: a word longer than any listed one is
     * answered without lower-casing it (lower-casing never makes a word shorter).
     */
    private static final class LowerCaseWords {
        private final Set<String> words = new HashSet<>();
        private int longest;

        void add(String word) {
            String lower = word.toLowerCase(Locale.ROOT);
            words.add(lower);
            longest = Math.max(longest, lower.length());
        }

        boolean contains(String word) {
            return word.length() <= longest && words.contains(word.toLowerCase(Locale.ROOT));
        }
    }

    private void loadRules(Path file) {
        for (String[] r : body(file)) {
            EventType type = EventType.valueOf(r[0]);
            rules.put(type, new EventTypeRule(type, Role.valueOf(r[1]), yes(r[2]), r[2].equals("day"), r[3].equals("agent"), yes(r[4]), yes(r[5]), yes(r[6]), yes(r[7]),
                    yes(r[8]), yes(r[8]) || r[8].equals("place"), yes(r[9])));
        }
        for (EventType t : EventType.values()) {
            if (!rules.containsKey(t)) throw new IllegalStateException(file + " has no row for event type " + t);
        }
    }

    private void loadTriggers(Path file) {
        for (String[] r : body(file)) {
            var subject = r[3].equals("-") ? List.<String>of() : List.of(r[3].split("\\+"));
            var flags = r[5].equals("-") ? Set.<String>of() : Set.of(r[5].split(","));
            var trigger = new Trigger(r[0], EventType.valueOf(r[1]), r[2].equals("verb"), subject, r[4].equals("-") ? null : r[4], flags);
            triggers.add(r[0], language, trigger);
            if (trigger.verb()) listedVerbs.add(r[0].split(" ")[0]);
        }
    }

    private void loadCues(Path file) {
        var indexed = new HashSet<String>();
        for (String[] r : body(file)) {
            String kind = r[1];
            switch (kind) {
                case "purpose-prefix" -> purposePrefixes.add(r[0]);
                case "dual-suffix" -> dualSuffixes.add(r[0]);
                case "conjunction-prefix" -> conjunctionPrefixes.add(r[0]);
                case "preposition-prefix" -> prepositionPrefixes.add(r[0]);
                case "preposition" -> wordPrepositions.add(MatchKeys.normalize(r[0]));
                case "genitive-prefix" -> genitivePrefixes.add(r[0]);
                case "dual-ending" -> dualEndings.add(r[0]);
                case "construct-dual-ending" -> constructDualEndings.add(MatchKeys.normalize(r[0]));
                case "dual-verb-ending" -> dualVerbEndings.add(r[0]);
                case "pronoun-suffix" -> pronounSuffixes.add(r[0]);
                case "present-prefix" -> presentPrefixes.add(r[0]);
                case "future-prefix" -> futurePrefixes.add(r[0]);
                case "suffix-lookalike" -> suffixLookalikes.add(r[0]);
                case "coordinator" -> coordinators.add(r[0]);
                case "genitive" -> genitives.add(r[0]);
                case "present-participle-ending" -> presentParticipleEndings.add(r[0]);
                case "past-participle-ending" -> pastParticipleEndings.add(r[0]);
                case "clause-auxiliary" -> clauseAuxiliaries.add(r[0]);
                case "next-step" -> nextSteps.add(r[0]);
                case "determiner" -> determiners.add(r[0]);
                case "determiner=definite" -> {
                    determiners.add(r[0]);
                    definiteArticles.add(r[0]);
                }
                case "determiner=indefinite" -> {
                    determiners.add(r[0]);
                    indefiniteArticles.add(r[0]);
                }
                default -> {
                    // The phrase index keeps one reading per phrase: a second row would be silently ignored.
                    if (!indexed.add(r[0])) throw new IllegalStateException(file + ": cue phrase listed twice: " + r[0]);
                    int window = r[2].equals(REST) ? Cue.REST : Integer.parseInt(r[2]);
                    String[] kv = kind.split("=", 2);
                    cues.add(r[0], language, new Cue(kv[0], kv.length > 1 ? kv[1] : null, window));
                }
            }
        }
    }

    private void loadPrepositions(Path file) {
        Map<String, List<Preposition>> byPhrase = new LinkedHashMap<>();
        for (String[] r : body(file)) {
            Set<EventType> types = r[2].equals("*") ? Set.of()
                    : Arrays.stream(r[2].split(",")).map(String::strip).map(EventType::valueOf).collect(Collectors.toSet());
            String scope = r.length > 3 ? r[3] : "";
            if (!scope.isEmpty() && !scope.equals(NOUN_TRIGGERS) && !scope.equals(NEGOTIATED_TALKS))
                throw new IllegalStateException(file + ": unknown fourth column " + scope + " for " + r[0]);
            byPhrase.computeIfAbsent(r[0], k -> new ArrayList<>())
                    .add(new Preposition(r[1], types, scope.equals(NOUN_TRIGGERS), scope.equals(NEGOTIATED_TALKS)));
        }
        byPhrase.forEach((phrase, preps) -> prepositions.add(phrase, language, List.copyOf(preps)));
    }

    private void loadValues(Path file, PhraseIndex<Integer> index) {
        if (!Files.exists(file)) return;
        for (String[] r : body(file)) index.add(r[0], language, Integer.parseInt(r[1]));
    }

    /** Rows after the column-name row, which every file must have: a missing one would silently drop a row. */
    private static List<String[]> body(Path file) {
        List<String[]> rows = LineData.rows(file);
        if (rows.isEmpty() || !COLUMN_NAMES.contains(rows.getFirst()[0])) {
            throw new IllegalStateException(file + ": the first row must name the columns (phrase … or type …)");
        }
        return rows.subList(1, rows.size());
    }

    private static boolean yes(String s) {
        return s.equalsIgnoreCase("yes");
    }
}
