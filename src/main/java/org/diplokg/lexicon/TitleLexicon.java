package org.diplokg.lexicon;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.diplokg.config.Home;
import org.diplokg.text.Token;

/**
 * The title phrases of data/lexicon/titles.tsv ("وزير الخارجية", "رئيس المخابرات العامة", "Secretary of State",
 * "Lt. Gen.") and a matcher for them, keyed like the gazetteer: clitics fold (ووزير، لرئيس), English case does
 * not matter except for acronyms (PM). Immutable once loaded; thread-safe.
 */
public final class TitleLexicon {
    public enum Kind { post, honorific, rank, affiliation }

    /**
     * One row of titles.tsv.
     *
     * @param phrase  as written in the lexicon
     * @param titleEn the canonical English title
     * @param body    what a post belongs to (state, foreign-ministry, intelligence, group, any …); null for
     *                honorifics and ranks
     */
    public record Title(String phrase, String language, String titleEn, Kind kind, String body) {}

    /** A title found from token {@code first} to token {@code last} (inclusive). */
    public record TitleHit(int first, int last, Title title) {}

    private final List<Title> titles;
    private final PhraseMatcher<Title> matcher;

    private TitleLexicon(List<Title> titles, NameForms forms) {
        this.titles = List.copyOf(titles);
        this.matcher = new PhraseMatcher<>(forms, false);
        titles.forEach(t -> matcher.add(t.phrase(), t));
    }

    /** Reads a titles table (data/lexicon/titles.tsv); Arabic forms fold as in {@link Gazetteer#load}. */
    public static TitleLexicon load(Path titlesTsv) {
        var titles = new ArrayList<Title>();
        for (var row : Tsv.read(titlesTsv)) {
            String body = row.get("body");
            titles.add(new Title(row.get("phrase"), row.get("language"), row.get("title_en"),
                    Kind.valueOf(row.get("kind")), body.isEmpty() ? null : body));
        }
        return new TitleLexicon(titles, NameForms.standard(Home.data("gazetteer")));
    }

    public List<Title> titles() { return titles; }

    /**
     * The longest title starting at token {@code start}. Where one phrase has several rows (two languages
     * spell it alike), the row in the lexicon's order comes first.
     */
    public Optional<TitleHit> at(List<Token> tokens, int start) {
        return matcher.at(tokens, start).stream().findFirst()
                .map(f -> new TitleHit(f.first(), f.last(), f.values().stream().min(Comparator.comparingInt(titles::indexOf)).orElseThrow()));
    }

    /** All longest non-overlapping titles, left to right. */
    public List<TitleHit> match(List<Token> tokens) {
        var hits = new ArrayList<TitleHit>();
        int i = 0;
        while (i < tokens.size()) {
            Optional<TitleHit> hit = at(tokens, i);
            i = hit.map(h -> h.last() + 1).orElse(i + 1);
            hit.ifPresent(hits::add);
        }
        return hits;
    }
}
