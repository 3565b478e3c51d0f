package org.diplokg.lexicon;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.diplokg.config.Home;
import org.diplokg.model.Article;
import org.diplokg.text.LineData;
import org.diplokg.text.MatchKeys;
import org.diplokg.text.Sentence;
import org.diplokg.text.TextAnalyzer;
import org.diplokg.text.Token;

/**
 * Turns a name as the gazetteer writes it into the key sequences a text may show it as. The name goes through
 * the same tokenizer and match keys as article text, so "U.S." and "el-Sisi" split the same way in both. Then:
 * an Arabic name also stands with a one-letter proclitic on its first word (بغزة، لبلينكن: the light stemmer
 * keeps those), and with its compounds written solid (عبدالفتاح، نصرالله); an English name may drop a leading
 * "the"; a one-word Arabic name that is mostly a common word (data/gazetteer/common-words.tsv) is not indexed.
 */
final class NameForms {
    private static final String LEADING_ARTICLE = "the";

    /** One way a name may appear: the keys of its words and their shapes. */
    record Phrase(List<String> keys, List<WordShape> shapes) {}

    private final TextAnalyzer analyzer = new TextAnalyzer();
    private final ArabicArticle articles;
    private final List<String> proclitics;
    private final Set<String> joinNext;
    private final Set<String> joinPrevious;
    private final Set<String> commonWords;

    /**
     * The forms as the project's data defines them: proclitics from data/text, name particles from
     * data/lexicon/given-names.tsv, the article and the common words from the gazetteer directory.
     */
    static NameForms standard(Path gazetteerDir) {
        Path proclitics = Home.data("text", "arabic-proclitics.tsv");
        var articles = new ArabicArticle(gazetteerDir.resolve("arabic-article.tsv"), proclitics);
        return new NameForms(articles, proclitics, Home.data("lexicon", "given-names.tsv"), gazetteerDir.resolve("common-words.tsv"));
    }

    NameForms(ArabicArticle articles, Path procliticsFile, Path givenNamesFile, Path commonWordsFile) {
        this.articles = articles;
        this.proclitics = LineData.words(procliticsFile);
        var names = Tsv.read(givenNamesFile);
        this.joinNext = normalizedWhere(names, "next");
        this.joinPrevious = normalizedWhere(names, "previous");
        this.commonWords = LineData.words(commonWordsFile).stream().map(MatchKeys::normalize).collect(Collectors.toSet());
    }

    ArabicArticle articles() {
        return articles;
    }

    WordShape shape(String surface) {
        return WordShape.of(surface, articles);
    }

    WordShape shape(Token word) {
        return WordShape.of(word, articles);
    }

    List<Phrase> phrases(String name) {
        List<String> words = words(name);
        if (words.isEmpty()) return List.of();
        boolean arabic = MatchKeys.isArabic(name);
        if (!arabic && words.size() > 1 && MatchKeys.key(words.getFirst(), "en").equals(LEADING_ARTICLE)) {
            words = words.subList(1, words.size());
        }
        if (arabic && words.size() == 1 && commonWords.contains(MatchKeys.normalize(words.getFirst()))) return List.of();
        var phrases = new LinkedHashMap<List<String>, Phrase>();
        for (List<String> spelling : arabic ? List.of(words, joinCompounds(words)) : List.of(words)) {
            add(phrases, spelling, arabic);
        }
        return List.copyOf(phrases.values());
    }

    private void add(Map<List<String>, Phrase> phrases, List<String> words, boolean arabic) {
        String language = arabic ? "ar" : "en";
        List<String> keys = words.stream().map(w -> MatchKeys.key(w, language)).toList();
        List<WordShape> shapes = words.stream().map(this::shape).toList();
        phrases.putIfAbsent(keys, new Phrase(keys, shapes));
        if (!arabic) return;
        for (String proclitic : proclitics) {
            var withProclitic = new ArrayList<>(keys);
            withProclitic.set(0, MatchKeys.key(articles.withProclitic(proclitic, MatchKeys.normalize(words.getFirst())), language));
            phrases.putIfAbsent(withProclitic, new Phrase(List.copyOf(withProclitic), shapes));
        }
    }

    /** عبد الفتاح السيسي → عبدالفتاح السيسي; حسن نصر الله → حسن نصرالله. */
    private List<String> joinCompounds(List<String> words) {
        var out = new ArrayList<String>();
        String current = words.getFirst();
        String previousWord = current;
        for (String word : words.subList(1, words.size())) {
            if (joinNext.contains(MatchKeys.normalize(previousWord)) || joinPrevious.contains(MatchKeys.normalize(word))) {
                current = current + word;
            } else {
                out.add(current);
                current = word;
            }
            previousWord = word;
        }
        out.add(current);
        return out;
    }

    private List<String> words(String name) {
        String language = MatchKeys.isArabic(name) ? "ar" : "en";
        var article = new Article("gazetteer", null, null, null, language, null, null, name, "-", "gazetteer");
        return analyzer.analyze(article).sentences().stream()
                .map(Sentence::tokens).flatMap(List::stream)
                .filter(t -> !t.isPunct()).map(Token::surface).toList();
    }

    private static Set<String> normalizedWhere(List<Map<String, String>> names, String joins) {
        return names.stream().filter(r -> joins.equals(r.get("joins")))
                .map(r -> MatchKeys.normalize(r.get("name"))).collect(Collectors.toSet());
    }
}
