package org.diplokg.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import org.diplokg.config.Home;
import org.diplokg.model.Article;

/**
 * Splits an article body into sentences and tokens, every offset pointing into the body as stored. Sentences end
 * at . ! ? ؟ … (with the closing quotes and brackets that follow) and at line breaks; a period inside a number,
 * an acronym (U.S.), an initial or a listed abbreviation (Sen., Lt.) ends nothing. Thread-safe.
 */
public final class TextAnalyzer {
    private static final Set<String> ABBREVIATIONS =
            Set.copyOf(LineData.words(Home.data("text", "english-abbreviations.tsv")));
    /**
     * The longest listed abbreviation: a longer word is none, and is not copied out and lower-cased to be asked (every
     * word before a full stop is), as lower-casing never makes a word shorter.
     */
    private static final int LONGEST_ABBREVIATION = ABBREVIATIONS.stream().mapToInt(String::length).max().orElse(0);
    private static final String SENTENCE_ENDS = ".!?\u061F\u2026";
    private static final String CLOSERS = "\"'\u201D\u2019\u00BB)]";
    private static final char TATWEEL = '\u0640';

    /**
     * The tokens of a body before they are split into sentences: offsets and kinds in arrays sized from the body's
     * length, as every token of every article passes through here.
     */
    static final class RawTokens {
        private static final Token.Kind[] KINDS = Token.Kind.values();
        /** Fewer tokens than a quarter of the body's characters, in either script: the arrays seldom grow. */
        private static final int CHARS_PER_TOKEN = 4;
        private static final byte LINE_BREAK_BEFORE = (byte) 0x80;

        private int size;
        private int[] starts;
        private int[] ends;
        /** The kind's ordinal, with {@link #LINE_BREAK_BEFORE} set when a line break comes before the token. */
        private byte[] kinds;

        RawTokens(int bodyLength) {
            int capacity = bodyLength / CHARS_PER_TOKEN + 16;
            starts = new int[capacity];
            ends = new int[capacity];
            kinds = new byte[capacity];
        }

        void add(int start, int end, Token.Kind kind, boolean lineBreakBefore) {
            if (size == starts.length) {
                starts = Arrays.copyOf(starts, 2 * size);
                ends = Arrays.copyOf(ends, 2 * size);
                kinds = Arrays.copyOf(kinds, 2 * size);
            }
            starts[size] = start;
            ends[size] = end;
            kinds[size] = (byte) (kind.ordinal() | (lineBreakBefore ? LINE_BREAK_BEFORE : 0));
            size++;
        }

        int size() { return size; }

        int start(int i) { return starts[i]; }

        int end(int i) { return ends[i]; }

        Token.Kind kind(int i) { return KINDS[kinds[i] & ~LINE_BREAK_BEFORE]; }

        boolean lineBreakBefore(int i) { return (kinds[i] & LINE_BREAK_BEFORE) != 0; }

        boolean isEmpty() { return size == 0; }
    }

    public Document analyze(Article article) {
        String body = article.body();
        RawTokens raw = tokenize(body);
        var sentences = new ArrayList<Sentence>();
        int first = 0;
        for (int i = 0; i < raw.size(); i++) {
            boolean last = i == raw.size() - 1;
            if (last || endsSentence(body, raw, i)) {
                int end = i;
                while (!last && end + 1 < raw.size() && isCloser(body, raw, end + 1) && !raw.lineBreakBefore(end + 1)) end++;
                sentences.add(sentence(body, sentences.size(), raw, first, end + 1));
                first = end + 1;
                i = end;
            }
        }
        return new Document(article, sentences);
    }

    private static boolean endsSentence(String body, RawTokens raw, int i) {
        if (raw.lineBreakBefore(i + 1)) return true;
        return raw.kind(i) == Token.Kind.PUNCT && SENTENCE_ENDS.indexOf(body.charAt(raw.start(i))) >= 0
                && !(raw.kind(i + 1) == Token.Kind.PUNCT && SENTENCE_ENDS.indexOf(body.charAt(raw.start(i + 1))) >= 0);
    }

    private static boolean isCloser(String body, RawTokens raw, int i) {
        return raw.kind(i) == Token.Kind.PUNCT && CLOSERS.indexOf(body.charAt(raw.start(i))) >= 0;
    }

    /** The sentence of raw tokens {@code from..to-1}. */
    private static Sentence sentence(String body, int index, RawTokens raw, int from, int to) {
        var tokens = new ArrayList<Token>(to - from);
        for (int r = from; r < to; r++) {
            int start = raw.start(r), end = raw.end(r);
            Token.Kind kind = raw.kind(r);
            WordTable.Entry e = WordTable.of(body, start, end, kind);
            Long number = kind == Token.Kind.NUMBER ? numberValue(body, start, end) : null;
            tokens.add(new Token(tokens.size(), start, end, e.surface(), e.key(), kind, number, e.lookupKeys(), e.normalized()));
        }
        int start = raw.start(from);
        int end = raw.end(to - 1);
        return new Sentence(index, start, end, body.substring(start, end), tokens);
    }

    static RawTokens tokenize(String body) {
        var out = new RawTokens(body.length());
        int i = 0;
        boolean lineBreak = false;
        while (i < body.length()) {
            char c = body.charAt(i);
            if (Character.isWhitespace(c) || Character.getType(c) == Character.FORMAT) {
                lineBreak |= c == '\n' || c == '\r' || c == '\u2029';
                i++;
                continue;
            }
            int end;
            Token.Kind kind;
            if (isDigit(c)) {
                end = numberEnd(body, i);
                kind = Token.Kind.NUMBER;
            } else if (isWordChar(c)) {
                end = wordEnd(body, i);
                kind = Token.Kind.WORD;
            } else {
                end = i + Character.charCount(body.codePointAt(i));
                kind = Token.Kind.PUNCT;
            }
            out.add(i, end, kind, lineBreak && !out.isEmpty());
            lineBreak = false;
            i = end;
        }
        return out;
    }

    private static int wordEnd(String s, int i) {
        int end = i;
        while (end < s.length()) {
            char c = s.charAt(end);
            if (isWordChar(c)) end++;
            else if ((c == '\'' || c == '\u2019') && end + 1 < s.length() && Character.isLetter(s.charAt(end + 1))
                    && isLatin(s.charAt(end - 1))) end++;
            else break;
        }
        if (end < s.length() && s.charAt(end) == '.') {
            int dotted = acronymEnd(s, end);
            if (isAbbreviation(s, i, end) || isListedAbbreviation(s, i, dotted)) end = dotted;
        }
        return end;
    }

    /** "U.S." and "U.A.E." are one token; so are "Sen." and an initial such as "J." ("a.m." is listed whole). */
    private static boolean isAbbreviation(String s, int start, int dot) {
        if (dot - start == 1 && Character.isUpperCase(s.charAt(start))) return true;
        return isListedAbbreviation(s, start, dot + 1);
    }

    /** Whether {@code s[start, end)} is listed, in any case. */
    private static boolean isListedAbbreviation(String s, int start, int end) {
        return end - start <= LONGEST_ABBREVIATION && ABBREVIATIONS.contains(s.substring(start, end).toLowerCase(Locale.ROOT));
    }

    private static int acronymEnd(String s, int dot) {
        int end = dot + 1;
        while (end + 1 < s.length() && Character.isLetter(s.charAt(end)) && isLatin(s.charAt(end)) && s.charAt(end + 1) == '.') {
            end += 2;
        }
        return end;
    }

    private static int numberEnd(String s, int i) {
        int end = i;
        while (end < s.length()) {
            char c = s.charAt(end);
            if (isDigit(c)) end++;
            else if ((c == ',' || c == '.' || c == '\u066B' || c == '\u066C') && end + 1 < s.length() && isDigit(s.charAt(end + 1))
                    && !isDateSeparatorContext(s, end)) end++;
            else break;
        }
        return end;
    }

    /** 10.06.2024 is a date, not a decimal: leave dotted dates to the time resolver as separate numbers. */
    private static boolean isDateSeparatorContext(String s, int sep) {
        return s.charAt(sep) == '.' && s.indexOf('.', sep + 1) > sep && s.indexOf('.', sep + 1) <= sep + 3;
    }

    /** The value of the digits in {@code s[from, to)}, separators skipped; null for a decimal or more than 18 digits. */
    private static Long numberValue(String s, int from, int to) {
        long value = 0;
        int digits = 0;
        for (int k = from; k < to; k++) {
            char c = s.charAt(k);
            if (c == '.' || c == '\u066B') return null;
            if (isDigit(c)) {
                value = 10 * value + Character.digit(c, 10);
                digits++;
            }
        }
        return digits > 18 ? null : value;
    }

    private static boolean isDigit(char c) {
        return Character.isDigit(c);
    }

    private static boolean isWordChar(char c) {
        return Character.isLetter(c) || c == TATWEEL || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    private static boolean isLatin(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN;
    }
}
