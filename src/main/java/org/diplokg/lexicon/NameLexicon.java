package org.diplokg.lexicon;

import java.nio.file.Path;
import java.util.HashSet;
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
    private final Set<String> particles = new HashSet<>();

    private NameLexicon() {}

    public static NameLexicon load(Path lexiconDir) {
        var names = new NameLexicon();
        for (String[] row : LineData.rows(lexiconDir.resolve("given-names.tsv"))) {
            if (row[0].equals("name") || row[0].equals("phrase")) continue;
            boolean particle = String.join(" ", row).toLowerCase(Locale.ROOT).contains("particle");
            for (String form : row) {
                if (form.isBlank() || form.equalsIgnoreCase("particle") || form.equalsIgnoreCase("given")) continue;
                (particle ? names.particles : names.givenNames).add(keyOf(form));
            }
        }
        return names;
    }

    public boolean isGivenName(Token t) {
        return givenNames.contains(keyOf(t.surface()));
    }

    public boolean isParticle(Token t) {
        return particles.contains(keyOf(t.surface()));
    }

    public boolean isStopWord(Token t) {
        String s = t.surface();
        return MatchKeys.isArabic(s) ? ARABIC_STOP.contains(MatchKeys.normalize(s)) || ARABIC_STOP.contains(s)
                : ENGLISH_STOP.contains(s.toLowerCase(Locale.ROOT));
    }

    private static String keyOf(String word) {
        return MatchKeys.normalize(word);
    }
}
