package org.diplokg.extract;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import org.diplokg.lexicon.NameLexicon;
import org.diplokg.model.ActorType;
import org.diplokg.text.MatchKeys;
import org.diplokg.text.Sentence;
import org.diplokg.text.Token;

/**
 * Later mentions of a person by surname alone ("وقال ميدينسكي للصحفيين", "Hamad said"), once the article has named
 * them in full with a title: the word is that person when no other person of the article shares it and it is no
 * given name, function word or word of the event and time lexicons.
 */
final class SurnameMentions {
    private static final int MIN_LETTERS = 4;

    private final PeopleRegistry people;
    private final NameLexicon names;

    SurnameMentions(PeopleRegistry people, NameLexicon names) {
        this.people = people;
        this.names = names;
    }

    /** Phrases for the surnames of known people among the words no other phrase covers. */
    List<ActorPhrase> find(Sentence sentence, List<ActorPhrase> phrases, BitSet reserved) {
        Map<String, String> bySurname = people.personsBySurname();
        if (bySurname.isEmpty()) return List.of();
        var covered = new BitSet();
        phrases.forEach(p -> covered.set(p.first(), p.last() + 1));
        var found = new ArrayList<ActorPhrase>();
        for (Token t : sentence.tokens()) {
            if (covered.get(t.index()) || reserved.get(t.index()) || !candidate(t)) continue;
            String slug = bySurname.get(MatchKeys.key(t.surface(), people.language()));
            if (slug != null) found.add(new ActorPhrase(t.index(), t.index(), slug, ActorType.Person, null, null, "surname"));
        }
        return found;
    }

    private boolean candidate(Token t) {
        return t.isWord() && MatchKeys.normalize(t.surface()).length() >= MIN_LETTERS && !names.isGivenName(t)
                && !names.isStopWord(t) && !names.isParticle(t)
                && (MatchKeys.isArabic(t.surface()) || Character.isUpperCase(t.surface().charAt(0)));
    }
}
