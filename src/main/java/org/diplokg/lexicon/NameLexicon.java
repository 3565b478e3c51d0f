package org.diplokg.lexicon;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.diplokg.text.LineData;
import org.diplokg.text.MatchKeys;
import org.diplokg.text.Token;

/**
 * What a person's name is made of, for people the gazetteer does not know: given names and particles
 * (data/lexicon/given-names.tsv), and the function words that end a name (Lucene's Arabic and English stop sets).
 */
public final class NameLexicon {
    private static final CharArraySet ARABIC_STOP = ArabicAnalyzer.getDefaultStopSet();
    private static final CharArraySet ENGLISH_STOP = EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;

    private final Set<String> givenNames = new HashSet<>();
    /** The keys of {@link #givenNames}, asked first: most words of a sentence are asked and are no given name. */
    private final FirstKeyFilter givenNameKeys = new FirstKeyFilter(FirstKeyFilter.PHRASE_LEXICON_BITS);
    /** Arabic given names exactly as listed, before folding: "علي" (Ali), which folds with the preposition "على". */
    private final Set<String> givenSpellings = new HashSet<>();
    private ArabicArticle article;
    private final Set<String> particles = new HashSet<>();
    /** The particles that open a father's name (بن، bin), a subset of {@link #particles}. */
    private final Set<String> patronymics = new HashSet<>();
    /** Verbal and abstract nouns that never begin a name after a title (ضرورة، أهمية، تعزيز). */
    private final Set<String> notNames = new HashSet<>();
    /** The article as Latin transliterations write it, joined to the family name by a hyphen ("al-", "el-"). */
    private final List<String> latinArticles = new ArrayList<>();

    private NameLexicon() {}

    /** Columns: Arabic name, English spellings separated by |, kind (given, particle, patronymic, compound, article). */
    public static NameLexicon load(Path lexiconDir) {
        var names = new NameLexicon();
        Path data = lexiconDir.getParent();
        names.article = new ArabicArticle(data.resolve("gazetteer").resolve("arabic-article.tsv"),
                data.resolve("text").resolve("arabic-proclitics.tsv"));
        List<String[]> rows = LineData.rows(lexiconDir.resolve("given-names.tsv"));
        for (String[] row : rows.subList(1, rows.size())) {
            String kind = row.length > 2 ? row[2] : "given";
            if (kind.equals("article") && row.length > 1) {
                for (String en : row[1].split("\\|")) if (!en.isBlank()) names.latinArticles.add(en.toLowerCase(Locale.ROOT));
                continue;
            }
            Set<String> target = switch (kind) {
                case "particle" -> names.particles;
                case "patronymic" -> names.patronymics;
                case "given", "compound" -> names.givenNames;
                case "not-name" -> names.notNames;
                default -> null;
            };
            if (target == null) continue;
            if (kind.equals("given")) names.givenSpellings.add(row[0]);
            List<String> keys = keysOf(row);
            target.addAll(keys);
            if (target == names.givenNames) keys.forEach(names.givenNameKeys::add);
            if (kind.equals("patronymic")) names.particles.addAll(keys);
        }
        return names;
    }

    /** The keys of a row's Arabic name and of each of its English spellings. */
    private static List<String> keysOf(String[] row) {
        var keys = new ArrayList<String>();
        keys.add(keyOf(row[0]));
        if (row.length > 1) for (String en : row[1].split("\\|")) if (!en.isBlank()) keys.add(keyOf(en));
        return keys;
    }

    /** The word opens a father's name ("bin", "بن"). */
    public boolean isPatronymic(Token t) {
        return patronymics.contains(t.normalized());
    }

    public boolean isGivenName(Token t) {
        return isGivenNameKey(t.normalized());
    }

    /** The word is written exactly as a listed given name, not merely folded to one ("علي", never "على"). */
    public boolean spellsGivenName(Token t) {
        return givenSpellings.contains(t.surface());
    }

    public boolean isGivenName(String word) {
        return isGivenNameKey(keyOf(word));
    }

    private boolean isGivenNameKey(String key) {
        return givenNameKeys.mayContain(key) && givenNames.contains(key);
    }

    /** A Latin family name without its article ("al-Maqaleh" → "Maqaleh"): copy drops it on later mentions. */
    public String withoutArticle(String word) {
        // A loop, not a stream: this runs at every word SurnameMentions considers.
        String lower = word.toLowerCase(Locale.ROOT);
        for (String article : latinArticles) {
            if (lower.startsWith(article) && word.length() > article.length()) return word.substring(article.length());
        }
        return word;
    }

    /**
     * Whether a person's name can begin with this word: a given name, a capitalized Latin word, or an Arabic word
     * without the article (المجلس begins a body's name, not a person's; a family name such as المشاط follows a
     * given name).
     */
    public boolean canStartName(Token t) {
        String s = t.surface();
        if (isGivenName(t)) return true;
        if (!MatchKeys.isArabic(s)) return Character.isUpperCase(s.charAt(0));
        return !article.hasArticle(t.normalized());
    }

    /** An Arabic word with the definite article (الأعمال): a family name after a given name, never a name's start. */
    public boolean hasArticle(Token t) {
        return MatchKeys.isArabic(t.surface()) && article.hasArticle(t.normalized());
    }

    /** An Arabic word with the definite article, behind its proclitics (المشير، والمشير). */
    public boolean hasArticle(String word) {
        return MatchKeys.isArabic(word) && article.hasArticle(MatchKeys.normalize(word));
    }

    /** "للصحفيين": a preposition on an article, which ends a name. */
    public boolean isPrepositionalPhrase(Token t) {
        return MatchKeys.isArabic(t.surface()) && article.hasCliticBeforeArticle(t.normalized());
    }

    public boolean isParticle(Token t) {
        return particles.contains(t.normalized());
    }

    public boolean isParticle(String word) {
        return particles.contains(keyOf(word));
    }

    public boolean isStopWord(Token t) {
        String s = t.surface();
        return MatchKeys.isArabic(s) ? ARABIC_STOP.contains(t.normalized()) || ARABIC_STOP.contains(s) || notNames.contains(t.normalized())
                : ENGLISH_STOP.contains(s.toLowerCase(Locale.ROOT));
    }

    private static String keyOf(String word) {
        return MatchKeys.normalize(word);
    }
}
