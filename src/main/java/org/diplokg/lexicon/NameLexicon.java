package org.diplokg.lexicon;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.diplokg.config.Home;
import org.diplokg.text.MatchKeys;
import org.diplokg.text.Token;

/**
 * The given names and name particles of data/lexicon/given-names.tsv, to tell where a person's name that the
 * gazetteer does not know begins and ends: "اللواء عباس كامل" starts at عباس because it is a given name;
 * "محمد بن عبد الرحمن آل ثاني" runs on through بن، عبد، آل. English transliterations are known too, in their
 * case ("Mohammed" but not "said"; "bin"). Immutable once loaded; thread-safe.
 */
public final class NameLexicon {
    public enum Kind { given, particle, article, compound }

    /**
     * One row of given-names.tsv.
     *
     * @param transliterations English spellings ("Mohammed", "Mohamed")
     * @param joins            "next" or "previous" when often written solid with that neighbour (عبدالله), else null
     */
    public record NamePart(String arabic, List<String> transliterations, Kind kind, String joins) {}

    private final PhraseMatcher<NamePart> arabic;
    private final PhraseMatcher<NamePart> english;

    private NameLexicon(List<NamePart> parts, NameForms forms) {
        this.arabic = new PhraseMatcher<>(forms, true);
        this.english = new PhraseMatcher<>(forms, true);
        for (NamePart part : parts) {
            arabic.add(part.arabic(), part);
            part.transliterations().forEach(t -> english.add(t, part));
        }
    }

    public static NameLexicon load(Path givenNamesTsv) {
        var parts = new ArrayList<NamePart>();
        for (var row : Tsv.read(givenNamesTsv)) {
            String joins = row.get("joins");
            parts.add(new NamePart(row.get("name"), Tsv.values(row.get("en")), Kind.valueOf(row.get("kind")),
                    joins.isEmpty() ? null : joins));
        }
        return new NameLexicon(parts, NameForms.standard(Home.data("gazetteer")));
    }

    /** What the token is as part of a name: a given name, a particle …; empty for any other word. */
    public Optional<NamePart> part(List<Token> tokens, int index) {
        Token token = tokens.get(index);
        if (!token.isWord()) return Optional.empty();
        var matcher = MatchKeys.isArabic(token.surface()) ? arabic : english;
        return matcher.at(tokens, index).stream().filter(f -> f.last() == index)
                .flatMap(f -> f.values().stream()).findFirst();
    }
}
