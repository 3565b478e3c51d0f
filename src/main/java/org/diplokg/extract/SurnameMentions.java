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
 * Later mentions of a person by surname alone ("وقال ميدينسكي للصحفيين", "Hamad said", "Maqaleh said" after
 * Abdulaziz al-Maqaleh, "Wang said" after Wang Yi), once the article has named them in full with a title: the word is that person when no other person of the article shares it and it is no
 * given name (unless a family particle stands before it: آل جابر), function word or word of the event and time lexicons.
 * A three-letter surname (بري، عون) is also a common word ("هجوم بري"), so it counts only as the subject or object
 * right after a verb ("وقال بري", "استقبل عون").
 */
final class SurnameMentions {
    private static final int MIN_LETTERS = 4;
    private static final int MIN_LETTERS_AFTER_A_VERB = 3;

    private final PeopleRegistry people;
    private final NameLexicon names;

    SurnameMentions(PeopleRegistry people, NameLexicon names) {
        this.people = people;
        this.names = names;
    }

    /**
     * Phrases for the surnames of known people among the words no other phrase covers.
     *
     * @param verbEnds the last tokens of the sentence's verb triggers
     */
    List<ActorPhrase> find(Sentence sentence, List<ActorPhrase> phrases, BitSet reserved, BitSet verbEnds) {
        // Loops, not streams: this runs for every sentence.
        for (int p = 0; p < phrases.size(); p++) {
            ActorPhrase phrase = phrases.get(p);
            if (phrase.isPerson() && phrase.last() > phrase.first()) people.named(phrase.slug());
        }
        Map<String, String> bySurname = people.personsBySurname(names);
        if (bySurname.isEmpty()) return List.of();
        var covered = new BitSet();
        for (int p = 0; p < phrases.size(); p++) covered.set(phrases.get(p).first(), phrases.get(p).last() + 1);
        var found = new ArrayList<ActorPhrase>();
        List<Token> tokens = sentence.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (!t.isWord() || covered.get(t.index()) || reserved.get(t.index())) continue;
            boolean family = afterFamilyParticle(tokens, t, covered);
            int minLetters = t.index() > 0 && verbEnds.get(t.index() - 1) ? MIN_LETTERS_AFTER_A_VERB : MIN_LETTERS;
            if (!candidate(t, family, minLetters)) continue;
            String slug = bySurname.get(surnameKey(t));
            int first = family ? t.index() - 1 : t.index();
            if (slug != null && writtenAsSurname(t, slug)) found.add(new ActorPhrase(first, t.index(), slug, ActorType.Person, null, null, "surname"));
        }
        return found;
    }

    /** The key of the word without a Latin article: the token's own key when it has none. */
    private String surnameKey(Token t) {
        String bare = names.withoutArticle(t.surface());
        return bare.length() == t.surface().length() ? t.key() : MatchKeys.key(bare, people.language());
    }

    /**
     * The stemmer gives "رئيسي" (Raisi) and "رئيس" (president) one key: the word must end in the surname's letters
     * (after the letter folds, so "رئيسى" still counts; a clitic before it or the article may differ).
     */
    private boolean writtenAsSurname(Token t, String slug) {
        if (!MatchKeys.isArabic(t.surface())) return true;
        String label = people.actor(slug).map(a -> a.labels().get(people.language())).orElse(null);
        if (label == null) return true;
        String surname = MatchKeys.normalize(label.substring(label.lastIndexOf(' ') + 1));
        String article = MatchKeys.definiteArticle();
        String bare = surname.startsWith(article) ? surname.substring(article.length()) : surname;
        return t.normalized().endsWith(bare);
    }

    /** "آل جابر", "bin Farhan": a particle makes the next word a family name, even one that is also a given name. */
    private boolean afterFamilyParticle(List<Token> tokens, Token t, BitSet covered) {
        int k = t.index() - 1;
        return k >= 0 && !covered.get(k) && names.isParticle(tokens.get(k));
    }

    private boolean candidate(Token t, boolean family, int minLetters) {
        return t.isWord() && t.normalized().length() >= minLetters && (family || !names.isGivenName(t))
                && !names.isStopWord(t) && !names.isParticle(t)
                && (MatchKeys.isArabic(t.surface()) || Character.isUpperCase(names.withoutArticle(t.surface()).charAt(0)));
    }
}
