package org.diplokg.extract.time;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The words of data/time/*.tsv, indexed by the match key of their first word (without its article),
 * and the readings of a tokenized sentence. Immutable once loaded.
 */
final class TimeLexicon {
    private static final int MIN_STEM = 2;
    private static final Reading[] NONE = new Reading[0];

    /** A prefix peeled off before lookup. */
    private record Clitic(String fold, boolean article, boolean conjunction) {}

    /** The Arabic future prefix rule of future.tsv. */
    private record FuturePrefix(String fold, int minLength) {}

    /**
     * One way to read a written word: the entries of a lexicon key, after peeling {@code clitic} off (null: the word as
     * written), each with the reading it gives when it fits (readings are immutable, so one serves every sentence).
     */
    private record Peeling(List<Entry> entries, Clitic clitic, Reading[] readings, boolean[] cased) {
        Peeling(List<Entry> entries, Clitic clitic) {
            this(entries, clitic, entries.stream()
                    .map(e -> new Reading(e, 1 + e.rest().length, clitic != null && clitic.article, clitic != null && clitic.conjunction))
                    .toArray(Reading[]::new), cased(entries));
        }

        private static boolean[] cased(List<Entry> entries) {
            boolean[] cased = new boolean[entries.size()];
            for (int k = 0; k < cased.length; k++) cased[k] = entries.get(k).has("cased");
            return cased;
        }
    }

    private static final Comparator<Reading> LONGEST_FIRST = Comparator.comparingInt(Reading::length).reversed();

    private final Map<String, List<Entry>> entries = new HashMap<>();
    /**
     * Every written form of every key (bare, and after each clitic) to the keys it reads as, bare first, then in
     * clitic order: one look-up per token instead of a substring and a look-up per clitic the token starts with.
     */
    private FormTable forms;
    /**
     * The words a time expression cannot do without: a form of {@link #forms} that may read as a one-word entry of the
     * {@link #ANCHORS} categories, or the last word of such a phrase. Most words that are forms ("في", "من", "أن",
     * "the") are none, and its filter turns them away without a probe.
     */
    private FormTable anchorForms;
    private final List<Clitic> clitics = new ArrayList<>();
    /** The clitics that are a bare conjunction, which alone may stand before a future prefix: asked at every word. */
    private final List<Clitic> conjunctions = new ArrayList<>();
    private final List<FuturePrefix> futurePrefixes = new ArrayList<>();
    private final List<String> futureExceptions = new ArrayList<>();
    /** The letters a future verb may begin with: of a future prefix or of a conjunction before one. */
    private String futureStarts = "";
    private final List<String> unagreeingEndings = new ArrayList<>();

    private TimeLexicon() {}

    static TimeLexicon load(Path dir) {
        TimeLexicon lexicon = new TimeLexicon();
        for (String[] row : rows(dir.resolve("clitics.tsv"))) {
            lexicon.clitics.add(new Clitic(Folding.fold(row[0]), yes(row[1]), yes(row[2])));
        }
        for (String[] row : rows(dir.resolve("unagreeing-endings.tsv"))) lexicon.unagreeingEndings.add(Folding.fold(row[0]));
        lexicon.clitics.sort(Comparator.comparingInt((Clitic c) -> c.fold.length()).reversed());
        for (Clitic c : lexicon.clitics) if (c.conjunction && !c.article) lexicon.conjunctions.add(c);
        for (String[] row : rows(dir.resolve("months.tsv"))) {
            lexicon.add(row[0], Category.MONTH, Integer.parseInt(row[1]), row[2], column(row, 3));
        }
        for (String[] row : rows(dir.resolve("weekdays.tsv"))) {
            lexicon.add(row[0], Category.WEEKDAY, Integer.parseInt(row[1]), "", "");
        }
        for (String[] row : rows(dir.resolve("numbers.tsv"))) {
            lexicon.add(row[0], Category.NUMBER, Integer.parseInt(row[1]), "", "");
        }
        for (String[] row : rows(dir.resolve("ordinals.tsv"))) {
            lexicon.add(row[0], Category.ORDINAL, Integer.parseInt(row[1]), "", "");
        }
        for (String[] row : rows(dir.resolve("units.tsv"))) {
            lexicon.add(row[0], Category.UNIT, unitCount(row[2]), row[1], "");
        }
        for (String[] row : rows(dir.resolve("relative.tsv"))) {
            Category category = switch (row[1]) {
                case "publication" -> Category.DEICTIC;
                case "previous" -> Category.ANCHORED;
                default -> throw new IllegalArgumentException("relative.tsv: unknown anchor " + row[1]);
            };
            lexicon.add(row[0], category, Integer.parseInt(row[2]), "", column(row, 3));
        }
        for (String[] row : rows(dir.resolve("directions.tsv"))) {
            lexicon.add(row[0], Category.DIRECTION, 0, row[1], row[2]);
        }
        for (String[] row : rows(dir.resolve("qualifiers.tsv"))) {
            lexicon.add(row[0], Category.QUALIFIER, 0, row[1], "");
        }
        for (String[] row : rows(dir.resolve("connectives.tsv"))) {
            lexicon.add(row[0], Category.CONNECTIVE, 0, row[1], "");
        }
        for (String[] row : rows(dir.resolve("future.tsv"))) {
            switch (row[1]) {
                case "word", "onward", "clause", "report", "past", "boundary" -> lexicon.add(row[0], Category.FUTURE, 0, row[1], "");
                case "prefix" -> lexicon.futurePrefixes.add(new FuturePrefix(Folding.fold(row[0]), Integer.parseInt(row[2])));
                case "not" -> lexicon.futureExceptions.add(Folding.fold(row[0]));
                default -> throw new IllegalArgumentException("future.tsv: unknown kind " + row[1]);
            }
        }
        lexicon.indexForms();
        var starts = new ArrayList<String>();
        for (FuturePrefix p : lexicon.futurePrefixes) starts.add(p.fold);
        for (Clitic c : lexicon.conjunctions) starts.add(c.fold);
        lexicon.futureStarts = firstLetters(starts);
        return lexicon;
    }

    /** Fills {@link #forms}: a key is read bare, and after a clitic when it is long enough to be a stem. */
    private void indexForms() {
        Map<String, List<Peeling>> byForm = new HashMap<>();
        entries.forEach((key, list) -> byForm.computeIfAbsent(key, k -> new ArrayList<>(1)).add(new Peeling(list, null)));
        for (Clitic c : clitics) {
            entries.forEach((key, list) -> {
                if (key.length() >= MIN_STEM) byForm.computeIfAbsent(c.fold + key, k -> new ArrayList<>(1)).add(new Peeling(list, c));
            });
        }
        forms = new FormTable(byForm);
        Map<String, List<Peeling>> anchoring = new HashMap<>();
        byForm.forEach((form, peelings) -> {
            if (holdsAOneWordAnchor(peelings)) anchoring.put(form, peelings);
        });
        // A phrase ("the next day") is there only when its last word is, written as listed: its first word ("the") alone
        // says nothing, and is in almost every sentence.
        entries.forEach((key, list) -> list.stream().filter(e -> e.rest().length > 0 && ANCHORS.contains(e.category()))
                .forEach(e -> anchoring.putIfAbsent(e.rest()[e.rest().length - 1], List.of())));
        anchorForms = new FormTable(anchoring);
    }

    private static boolean holdsAOneWordAnchor(List<Peeling> peelings) {
        return peelings.stream().anyMatch(p -> p.entries.stream().anyMatch(e -> e.rest().length == 0 && ANCHORS.contains(e.category())));
    }

    /**
     * The written forms, in an open-addressing table probed with a token's key in place: every token of every sentence
     * is looked up, and most are no form, so a look-up costs no string and mostly one read of an int array.
     */
    private static final class FormTable {
        /** At this size under 2% of other words pass the filter. */
        private static final int BLOOM_BITS_PER_FORM = 16;
        private static final long GOLDEN = 0x9E3779B97F4A7C15L;
        /** Up to the end of the Arabic block. */
        private static final int SINGLE_CHARS = 0x0700;

        private final char[][] keys;
        private final int[] hashes;
        private final Peeling[][] values;
        /**
         * A Bloom filter of the forms' hashes (two bits each), small enough to stay in the cache: a word that is no form
         * (most words) is mostly turned away without a read of the large arrays, which would miss the cache.
         */
        private final long[] bloom;
        private final int bloomBits;
        private final int mask;
        /**
         * The forms of one char below {@link #SINGLE_CHARS} by that char, read without a probe: the signs ("،", ".",
         * "/") are most of the words that are forms.
         */
        private final Peeling[][] singles = new Peeling[SINGLE_CHARS][];

        FormTable(Map<String, List<Peeling>> forms) {
            int capacity = Integer.highestOneBit(Math.max(1, forms.size()) * 2) * 2;
            keys = new char[capacity][];
            hashes = new int[capacity];
            values = new Peeling[capacity][];
            bloomBits = Integer.numberOfTrailingZeros(Integer.highestOneBit(Math.max(1, forms.size())) * BLOOM_BITS_PER_FORM);
            bloom = new long[Math.max(1, (1 << bloomBits) / Long.SIZE)];
            mask = capacity - 1;
            forms.forEach((form, peelings) -> {
                int h = form.hashCode();
                int first = firstBit(h);
                int second = secondBit(h);
                bloom[first >>> 6] |= 1L << first;
                bloom[second >>> 6] |= 1L << second;
                int slot = spread(h) & mask;
                while (keys[slot] != null) slot = (slot + 1) & mask;
                keys[slot] = form.toCharArray();
                hashes[slot] = h;
                values[slot] = peelings.toArray(new Peeling[0]);
                if (form.length() == 1 && form.charAt(0) < SINGLE_CHARS) singles[form.charAt(0)] = values[slot];
            });
        }

        Peeling[] get(Tok tok) {
            if (tok.foldLength() == 1 && tok.foldCharAt(0) < SINGLE_CHARS) return singles[tok.foldCharAt(0)];
            int slot = slotOf(tok);
            return slot < 0 ? null : values[slot];
        }

        /**
         * Whether chars {@code from} to {@code to} of {@code text} are one of the forms: folded as a word's are, or
         * ({@code !word}) as written, as a sign's.
         */
        boolean contains(CharSequence text, int from, int to, boolean word) {
            int h = 0;
            int length = 0;
            for (int k = from; k < to; k++) {
                char c = text.charAt(k);
                if (word && Folding.isDropped(c)) continue;
                h = 31 * h + (word ? Folding.folded(c) : c);
                length++;
            }
            if (length == 1 && h < SINGLE_CHARS) return singles[h] != null;
            if (!mayHold(h)) return false;
            for (int slot = spread(h) & mask; keys[slot] != null; slot = (slot + 1) & mask) {
                if (hashes[slot] == h && keyOf(text, from, to, word, keys[slot], length)) return true;
            }
            return false;
        }

        private static boolean keyOf(CharSequence text, int from, int to, boolean word, char[] key, int length) {
            if (key.length != length) return false;
            int at = 0;
            for (int k = from; k < to; k++) {
                char c = text.charAt(k);
                if (word && Folding.isDropped(c)) continue;
                if ((word ? Folding.folded(c) : c) != key[at++]) return false;
            }
            return true;
        }

        /** The slot of the token's key, or -1. */
        private int slotOf(Tok tok) {
            int h = tok.foldHash();
            if (!mayHold(h)) return -1;
            for (int slot = spread(h) & mask; keys[slot] != null; slot = (slot + 1) & mask) {
                if (hashes[slot] == h && tok.foldEquals(keys[slot])) return slot;
            }
            return -1;
        }

        /** False when no form has the hash; true for every form's and a few others'. */
        private boolean mayHold(int h) {
            int first = firstBit(h);
            int second = secondBit(h);
            return (bloom[first >>> 6] & (1L << first)) != 0 && (bloom[second >>> 6] & (1L << second)) != 0;
        }

        private int firstBit(int h) {
            return spread(h) & ((1 << bloomBits) - 1);
        }

        private int secondBit(int h) {
            return (int) ((h * GOLDEN) >>> (Long.SIZE - bloomBits));
        }

        private static int spread(int h) {
            return h ^ (h >>> 16);
        }
    }

    private void add(String phrase, Category category, int value, String code, String flagColumn) {
        List<Tok> words = Tokenizer.tokenize(phrase);
        if (words.isEmpty()) throw new IllegalArgumentException("empty lexicon entry");
        String first = words.get(0).fold();
        Clitic article = articleOf(first);
        String key = article == null ? first : first.substring(article.fold.length());
        String[] rest = words.subList(1, words.size()).stream().map(Tok::fold).toArray(String[]::new);
        Set<String> flags = flagColumn.isBlank() ? Set.of() : Set.of(flagColumn.split(","));
        Entry entry = new Entry(category, rest, article != null, value, code, flags);
        List<Entry> list = entries.computeIfAbsent(key, k -> new ArrayList<>());
        if (list.stream().noneMatch(e -> sameMeaning(e, entry))) list.add(entry);
    }

    private static boolean sameMeaning(Entry a, Entry b) {
        return a.category() == b.category() && a.value() == b.value() && a.code().equals(b.code())
                && a.needsArticle() == b.needsArticle() && Arrays.equals(a.rest(), b.rest()) && a.flags().equals(b.flags());
    }

    /** The article prefix a data word is written with ("الأحد"), or null. */
    private Clitic articleOf(String fold) {
        for (Clitic c : clitics) {
            if (c.article && fold.startsWith(c.fold) && fold.length() - c.fold.length() >= MIN_STEM) return c;
        }
        return null;
    }

    /**
     * The categories of which every time expression holds a word, unless it holds a number written in digits: a month,
     * a weekday, a number or ordinal word, a unit, a day counted from publication or from the previous date. A
     * direction, qualifier, connective or future mark only goes with one of these.
     */
    static final Set<Category> ANCHORS = java.util.EnumSet.of(Category.MONTH, Category.WEEKDAY, Category.NUMBER, Category.ORDINAL,
            Category.UNIT, Category.DEICTIC, Category.ANCHORED);

    /** Whether the token, with these readings, is a number or reads as a word of the {@link #ANCHORS} categories. */
    static boolean isAnchor(Tok tok, Reading[] readings) {
        if (tok.type() == Tok.Type.NUMBER) return true;
        for (Reading r : readings) {
            if (ANCHORS.contains(r.category())) return true;
        }
        return false;
    }

    /**
     * Whether some token of {@code text} ({@link Tokenizer}'s) is a number in digits or one of {@link #anchorForms}:
     * when none is, the text holds no time expression, and it need not be tokenized nor read. Stops at the first;
     * makes no token.
     */
    boolean mayHoldATime(String text) {
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isDigit(c)) return true;
            int start = i++;
            if (Tokenizer.isSpace(c)) continue;
            boolean word = Tokenizer.isWordStart(c);
            if (word) {
                while (i < n && Tokenizer.isWordPart(text.charAt(i))) i++;
            }
            if (anchorForms.contains(text, start, i, word)) return true;
        }
        return false;
    }

    /** All readings of every token, longest first. */
    Reading[][] readAll(List<Tok> tokens) {
        Reading[][] all = new Reading[tokens.size()][];
        for (int i = 0; i < all.length; i++) all[i] = readingsAt(tokens, i);
        return all;
    }

    /** The readings of token {@code i}, longest first. */
    Reading[] readingsAt(List<Tok> tokens, int i) {
        Tok tok = tokens.get(i);
        if (tok.type() == Tok.Type.NUMBER) return NONE;
        Peeling[] peelings = forms.get(tok);
        if (peelings == null) return NONE;
        List<Reading> found = null;
        for (Peeling p : peelings) {
            if (p.clitic == null || tok.type() == Tok.Type.WORD) found = collect(tokens, i, p, found);
        }
        if (found == null) return NONE;
        if (found.size() > 1) found.sort(LONGEST_FIRST);
        return found.toArray(NONE);
    }

    private static List<Reading> collect(List<Tok> tokens, int i, Peeling candidates, List<Reading> found) {
        for (int k = 0; k < candidates.readings.length; k++) {
            Reading r = candidates.readings[k];
            Entry e = r.entry();
            if (e.needsArticle() ? !r.article() : r.article() && !e.category().takesArticle) continue;
            if (candidates.cased[k] && !tokens.get(i).capitalized()) continue;
            if (!restMatches(tokens, i, e.rest())) continue;
            if (found == null) found = new ArrayList<>(2);
            found.add(r);
        }
        return found;
    }

    private static boolean restMatches(List<Tok> tokens, int i, String[] rest) {
        if (i + rest.length >= tokens.size()) return false;
        for (int k = 0; k < rest.length; k++) {
            if (!tokens.get(i + 1 + k).foldEquals(rest[k])) return false;
        }
        return true;
    }

    /** True when the word begins with the article ("العالمي"), which makes it a modifier of a noun before it. */
    boolean hasArticle(Tok tok) {
        if (tok.type() != Tok.Type.WORD) return false;
        for (Clitic c : clitics) {
            if (c.article && tok.foldStartsWith(c.fold, 0) && tok.foldLength() - c.fold.length() >= MIN_STEM) return true;
        }
        return false;
    }

    /** True when the word ends as a feminine or plural word does ("الخطة"), so cannot be an adjective of a day noun. */
    boolean cannotDescribeADay(Tok tok) {
        for (String ending : unagreeingEndings) {
            if (tok.foldEndsWith(ending)) return true;
        }
        return false;
    }

    /** The first letter of each, or null when one is empty (and so may begin with any). */
    private static String firstLetters(List<String> prefixes) {
        var letters = new StringBuilder();
        for (String p : prefixes) {
            if (p.isEmpty()) return null;
            letters.append(p.charAt(0));
        }
        return letters.toString();
    }

    /** A verb with the Arabic future prefix (after a glued conjunction), by the rule of future.tsv. */
    boolean hasFuturePrefix(Tok tok) {
        if (tok.type() != Tok.Type.WORD) return false;
        // Asked at every word of a sentence that holds a time: most begin with no letter a future verb may.
        if (futureStarts != null && (tok.foldLength() == 0 || futureStarts.indexOf(tok.foldCharAt(0)) < 0)) return false;
        if (matchesFuturePrefix(tok, 0)) return true;
        for (Clitic c : conjunctions) {
            if (c.fold.length() < tok.foldLength() && tok.foldStartsWith(c.fold, 0)
                    && matchesFuturePrefix(tok, c.fold.length())) return true;
        }
        return false;
    }

    /** Whether the word, read from char {@code from} (past a clitic, not cut off: this runs at every word), is a future verb. */
    private boolean matchesFuturePrefix(Tok word, int from) {
        for (FuturePrefix p : futurePrefixes) {
            if (word.foldLength() - from >= p.minLength && word.foldStartsWith(p.fold, from)) return !isFutureException(word, from);
        }
        return false;
    }

    private boolean isFutureException(Tok word, int from) {
        for (String exception : futureExceptions) {
            if (word.foldStartsWith(exception, from)) return true;
        }
        return false;
    }

    private static int unitCount(String number) {
        return switch (number) {
            case "singular" -> 1;
            case "dual" -> 2;
            case "plural" -> 0;
            default -> throw new IllegalArgumentException("units.tsv: unknown number " + number);
        };
    }

    private static boolean yes(String s) {
        return s.trim().equalsIgnoreCase("yes");
    }

    private static String column(String[] row, int i) {
        return row.length > i ? row[i].trim() : "";
    }

    /** Non-comment, non-blank lines of a TSV file, split on tabs. */
    private static List<String[]> rows(Path file) {
        try {
            List<String[]> rows = new ArrayList<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.isBlank() || line.startsWith("#")) continue;
                rows.add(line.split("\t"));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
