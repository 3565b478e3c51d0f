package org.diplokg.text;

import java.util.ArrayList;
import java.util.List;
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
    private static final String SENTENCE_ENDS = ".!?\u061F\u2026";
    private static final String CLOSERS = "\"'\u201D\u2019\u00BB)]";
    private static final char TATWEEL = '\u0640';

    private record RawToken(int start, int end, Token.Kind kind, Long number, boolean lineBreakBefore) {}

    public Document analyze(Article article) {
        String body = article.body();
        List<RawToken> raw = tokenize(body);
        var sentences = new ArrayList<Sentence>();
        int first = 0;
        for (int i = 0; i < raw.size(); i++) {
            boolean last = i == raw.size() - 1;
            if (last || endsSentence(body, raw, i)) {
                int end = i;
                while (!last && end + 1 < raw.size() && isCloser(body, raw.get(end + 1)) && !raw.get(end + 1).lineBreakBefore()) end++;
                sentences.add(sentence(body, sentences.size(), raw.subList(first, end + 1)));
                first = end + 1;
                i = end;
            }
        }
        return new Document(article, sentences);
    }

    private static boolean endsSentence(String body, List<RawToken> raw, int i) {
        if (raw.get(i + 1).lineBreakBefore()) return true;
        RawToken t = raw.get(i);
        return t.kind() == Token.Kind.PUNCT && SENTENCE_ENDS.indexOf(body.charAt(t.start())) >= 0
                && !(raw.get(i + 1).kind() == Token.Kind.PUNCT && SENTENCE_ENDS.indexOf(body.charAt(raw.get(i + 1).start())) >= 0);
    }

    private static boolean isCloser(String body, RawToken t) {
        return t.kind() == Token.Kind.PUNCT && CLOSERS.indexOf(body.charAt(t.start())) >= 0;
    }

    private static Sentence sentence(String body, int index, List<RawToken> raw) {
        var tokens = new ArrayList<Token>(raw.size());
        for (RawToken r : raw) {
            String surface = body.substring(r.start(), r.end());
            tokens.add(r.kind() == Token.Kind.WORD ? word(tokens.size(), r, surface)
                    : new Token(tokens.size(), r.start(), r.end(), surface, surface, r.kind(), r.number(), List.of(surface)));
        }
        int start = raw.getFirst().start();
        int end = raw.getLast().end();
        return new Sentence(index, start, end, body.substring(start, end), tokens);
    }

    /** A word's lookup keys begin with its key: one cache look-up gives them and its folded letters. */
    private static Token word(int index, RawToken r, String surface) {
        MatchKeys.WordForms forms = MatchKeys.forms(surface);
        return new Token(index, r.start(), r.end(), surface, forms.keys().getFirst(), r.kind(), r.number(), forms.keys(),
                forms.normalized());
    }

    static List<RawToken> tokenize(String body) {
        var out = new ArrayList<RawToken>();
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
            Long number = null;
            if (isDigit(c)) {
                end = numberEnd(body, i);
                kind = Token.Kind.NUMBER;
                number = numberValue(body.substring(i, end));
            } else if (isWordChar(c)) {
                end = wordEnd(body, i);
                kind = Token.Kind.WORD;
            } else {
                end = i + Character.charCount(body.codePointAt(i));
                kind = Token.Kind.PUNCT;
            }
            out.add(new RawToken(i, end, kind, number, lineBreak && !out.isEmpty()));
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
            if (isAbbreviation(s, i, end) || ABBREVIATIONS.contains(s.substring(i, dotted).toLowerCase(Locale.ROOT))) end = dotted;
        }
        return end;
    }

    /** "U.S." and "U.A.E." are one token; so are "Sen." and an initial such as "J." ("a.m." is listed whole). */
    private static boolean isAbbreviation(String s, int start, int dot) {
        String word = s.substring(start, dot);
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) return true;
        return ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT) + ".");
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

    private static Long numberValue(String digits) {
        var plain = new StringBuilder();
        for (int k = 0; k < digits.length(); k++) {
            char c = digits.charAt(k);
            if (c == '.' || c == '\u066B') return null;
            if (isDigit(c)) plain.append(Character.forDigit(Character.digit(c, 10), 10));
        }
        return plain.length() > 18 ? null : Long.parseLong(plain.toString());
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
