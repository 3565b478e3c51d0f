package org.diplokg.extract;

import java.util.BitSet;
import java.util.List;
import org.diplokg.lexicon.BodyHeads;
import org.diplokg.lexicon.EventLexicon;
import org.diplokg.lexicon.Gazetteer;
import org.diplokg.lexicon.GazetteerHit;
import org.diplokg.lexicon.NameLexicon;
import org.diplokg.lexicon.PhraseIndex;
import org.diplokg.model.ActorType;
import org.diplokg.model.Place;
import org.diplokg.text.MatchKeys;
import org.diplokg.text.Token;

/**
 * Names of government bodies and organizations the gazetteer does not list, built around a head word: Arabic
 * names start with it and run to a demonym, or to a word with the article that ends the noun phrase ("وزارة الدفاع
 * الروسية", "لجنة شؤون الأسرى"); English names end with it ("Israel Prison Service", "Supreme National Security Council") or continue
 * with "of" ("Government of National Accord"). The same name in two articles is one node.
 */
final class BodyFinder {
    private static final int MAX_WORDS = 4;
    /** The preposition that places a body in its state's capital ("the foreign ministry in Tehran"). */
    private static final String IN = "in";

    private final BodyHeads heads;
    private final NameLexicon names;
    private final Gazetteer gazetteer;
    private final PeopleRegistry people;
    private final EventLexicon lexicon;
    private final String datelineState;

    /** @param datelineState the state whose capital the article's dateline names ("AMMAN, June 9 (Reuters)"), or null */
    BodyFinder(BodyHeads heads, NameLexicon names, Gazetteer gazetteer, PeopleRegistry people, EventLexicon lexicon,
               String datelineState) {
        this.heads = heads;
        this.names = names;
        this.gazetteer = gazetteer;
        this.people = people;
        this.lexicon = lexicon;
        this.datelineState = datelineState;
    }

    /** A body name starting at token {@code i}, or null. */
    ActorPhrase at(List<Token> tokens, int i, ActorFinder.HitsByToken hitAt, BitSet reserved) {
        Token first = tokens.get(i);
        if (!first.isWord() || reserved.get(i)) return null;
        return MatchKeys.isArabic(first.surface()) ? arabic(tokens, i, hitAt, reserved) : english(tokens, i, hitAt, reserved);
    }

    private ActorPhrase arabic(List<Token> tokens, int i, ActorFinder.HitsByToken hitAt, BitSet reserved) {
        PhraseIndex.Hit<BodyHeads.Head> head = heads.at(tokens, i);
        if (head == null || possessed(tokens.get(head.last()), head.value().phrase())) return null;
        int end = head.last();
        String state = null;
        for (int k = head.last() + 1; k < tokens.size() && k <= head.last() + MAX_WORDS; k++) {
            Token t = tokens.get(k);
            if (!t.isWord() || reserved.get(k) || names.isStopWord(t) || names.isPrepositionalPhrase(t)) break;
            GazetteerHit hit = hitAt.get(k);
            if (hit != null) {
                if (hit.demonym()) {
                    state = hit.slug();
                    end = hit.last();
                }
                break;
            }
            // The name ends on its last definite word: "المجلس الرئاسي لحكومة …" is the council "of a government".
            // A word without the article after a definite one starts a new noun phrase: "مجلس الوزراء أهمية التعاون",
            // "عضو مجلس الوزراء مستشار الأمن الوطني".
            if (names.hasArticle(t)) end = k;
            else if (end > head.last() || names.hasArticle(tokens.get(head.last()))) break;
        }
        if (head.value().listedOnly()) {
            // "الرئاسة الدورية" (the rotating presidency), "الرئاسة الثانية": another word with the article makes another name.
            return state == null && end > head.last() ? null : listedBodyNamedBare(i, end, state, head.value().phrase());
        }
        if (end == head.last()) return null;
        if (state == null && datelineState != null) {
            ActorPhrase listed = listedBodyNamedBare(i, end, null, head.value().phrase() + " " + words(tokens, head.last() + 1, end));
            if (listed != null) return listed;
        }
        return body(tokens, i, end, head.value().type(), state, head.value().phrase());
    }

    /**
     * "ذكرت الخارجية", "بيان للرئاسة المصرية", "الرياض (واس) - قالت وزارة الخارجية": a body's bare common name is the
     * gazetteer's body of the state its demonym names, else of the dateline's state; with neither, no actor.
     */
    private ActorPhrase listedBodyNamedBare(int from, int to, String state, String commonName) {
        String owner = state != null ? state : datelineState;
        if (owner == null) return null;
        return gazetteer.bodyOf(owner, commonName).flatMap(gazetteer::actor)
                .map(body -> new ActorPhrase(from, to, body.slug(), body.type(), owner, null, "body-of-state"))
                .orElse(null);
    }

    /**
     * "استقبل عباس في مكتبه المبعوث الأمريكي" (in his office): a head with a pronoun written on it is possessed and takes
     * no genitive, so it begins no body name; the word ends past the head's own last word.
     */
    private static boolean possessed(Token word, String head) {
        String[] words = MatchKeys.normalize(head).split(" ");
        return !MatchKeys.normalize(word.surface()).endsWith(words[words.length - 1]);
    }

    private ActorPhrase english(List<Token> tokens, int i, ActorFinder.HitsByToken hitAt, BitSet reserved) {
        if (names.isStopWord(tokens.get(i))) return null;
        if (!Character.isUpperCase(tokens.get(i).surface().charAt(0))) return lowerCaseBodyOfStateAfter(tokens, i, hitAt, reserved);
        String state = stateOf(hitAt.get(i));
        for (int k = i; k < tokens.size() && k <= i + MAX_WORDS; k++) {
            Token t = tokens.get(k);
            if (!t.isWord() || reserved.get(k) || k > i && names.isStopWord(t)) return null;
            PhraseIndex.Hit<BodyHeads.Head> head = heads.at(tokens, k);
            if (head != null && (k > i || ofPhraseAfter(tokens, head.last()))) {
                // "Egypt's Ministry of Foreign Affairs": the head's own of-phrase, short of a name that modifies it.
                int end = k == i ? ofPhraseEnd(tokens, head.last()) : unnamedOfPhraseEnd(tokens, head.last(), hitAt);
                GazetteerHit stateAfter = state == null ? ofStateAfter(tokens, end, hitAt) : null;
                if (stateAfter != null) return bodyOfStateAfter(tokens, i, end, stateAfter, head.value());
                ActorPhrase inCapital = state == null ? bodyOfTheCapitalsState(tokens, i, end, hitAt) : null;
                if (inCapital != null) return inCapital;
                ActorPhrase listed = state == null ? bodyOfTheDatelineState(tokens, i, end) : listedBodyOfState(tokens, hitAt.get(i), end, state);
                return listed != null || head.value().listedOnly() ? listed : body(tokens, i, end, head.value().type(), state, null);
            }
            // After a state, Reuters and AP write the body in lower case ("the Iranian foreign ministry", "Russia's defence ministry").
            if (k > i && !Character.isUpperCase(t.surface().charAt(0)) && stateOf(hitAt.get(i)) == null) return null;
            GazetteerHit hit = hitAt.get(k);
            if (k > i && hit != null && state == null) state = stateOf(hit);
        }
        return null;
    }

    /**
     * "Jordan's foreign ministry", "the Jordanian foreign ministry": the state named first and the common name after it
     * are the gazetteer's body of that state when it lists one, whatever the case of the common name.
     */
    private ActorPhrase listedBodyOfState(List<Token> tokens, GazetteerHit stateHit, int end, String state) {
        if (stateHit == null || state == null || !state.equals(stateOf(stateHit))) return null;
        int from = stateHit.last() + 1;
        if (from <= end && Genitives.isMark(tokens.get(from).surface())) from++;
        return gazetteer.bodyOf(state, words(tokens, from, end)).flatMap(gazetteer::actor)
                .map(body -> new ActorPhrase(stateHit.first(), end, body.slug(), body.type(), state, null, "body-of-state"))
                .orElse(null);
    }

    /**
     * "The Ministry of Foreign Affairs of Qatar", "the Foreign Ministry of Egypt": a body name with "of" and a state
     * after it is that state's body, the gazetteer's when it lists one under that common name.
     */
    private ActorPhrase bodyOfStateAfter(List<Token> tokens, int from, int end, GazetteerHit stateHit, BodyHeads.Head head) {
        String state = stateHit.slug();
        return gazetteer.bodyOf(state, words(tokens, from, end)).flatMap(gazetteer::actor)
                .map(body -> new ActorPhrase(from, stateHit.last(), body.slug(), body.type(), state, null, "body-of-state"))
                .orElseGet(() -> head.listedOnly() ? null : body(tokens, from, stateHit.last(), head.type(), state, null));
    }

    /**
     * "the foreign ministry of Jordan": in lower case only the common name of a body the gazetteer lists for the
     * state after it is a name; other lower-case words before a head word are not.
     */
    private ActorPhrase lowerCaseBodyOfStateAfter(List<Token> tokens, int i, ActorFinder.HitsByToken hitAt, BitSet reserved) {
        for (int k = i; k < tokens.size() && k < i + MAX_WORDS; k++) {
            Token t = tokens.get(k);
            if (!t.isWord() || reserved.get(k) || hitAt.containsKey(k) || k > i && names.isStopWord(t)) return null;
            PhraseIndex.Hit<BodyHeads.Head> head = heads.at(tokens, k);
            if (head == null) continue;
            GazetteerHit stateHit = ofStateAfter(tokens, head.last(), hitAt);
            ActorPhrase inCapital = stateHit == null ? bodyOfTheCapitalsState(tokens, i, head.last(), hitAt) : null;
            if (inCapital != null) return inCapital;
            if (stateHit == null) return bodyOfTheDatelineState(tokens, i, head.last());
            String state = stateHit.slug();
            return gazetteer.bodyOf(state, words(tokens, i, head.last())).flatMap(gazetteer::actor)
                    .map(body -> new ActorPhrase(i, stateHit.last(), body.slug(), body.type(), state, null, "body-of-state"))
                    .orElse(null);
        }
        return null;
    }

    /**
     * "AMMAN, June 9 (Reuters) - The foreign ministry said …": in agency copy datelined in a capital, "the" and the
     * common name of a body with no state named is that state's body, the gazetteer's when it lists one.
     */
    private ActorPhrase bodyOfTheDatelineState(List<Token> tokens, int from, int to) {
        if (datelineState == null || from == 0 || !lexicon.isDefiniteArticle(tokens.get(from - 1).surface())) return null;
        return gazetteer.bodyOf(datelineState, words(tokens, from, to)).flatMap(gazetteer::actor)
                .map(body -> new ActorPhrase(from, to, body.slug(), body.type(), datelineState, null, "body-of-dateline-state"))
                .orElse(null);
    }

    /**
     * "The foreign ministry in Tehran said", "the defence ministry in Moscow": a body's common name placed in a
     * state's capital is that state's body, where the gazetteer lists one under that name; or null.
     */
    private ActorPhrase bodyOfTheCapitalsState(List<Token> tokens, int from, int end, ActorFinder.HitsByToken hitAt) {
        if (end + 2 >= tokens.size() || !tokens.get(end + 1).surface().equals(IN)) return null;
        GazetteerHit hit = hitAt.get(end + 2);
        if (hit == null || !hit.place()) return null;
        String state = gazetteer.place(hit.slug()).map(Place::country)
                .filter(country -> gazetteer.capitalOf(country).filter(hit.slug()::equals).isPresent()).orElse(null);
        if (state == null) return null;
        return gazetteer.bodyOf(state, words(tokens, from, end)).flatMap(gazetteer::actor)
                .map(body -> new ActorPhrase(from, hit.last(), body.slug(), body.type(), state, null, "body-of-capitals-state"))
                .orElse(null);
    }

    /** The state named by "of STATE" right after the token, or null. */
    private GazetteerHit ofStateAfter(List<Token> tokens, int end, ActorFinder.HitsByToken hitAt) {
        if (end + 2 >= tokens.size() || !tokens.get(end + 1).surface().equals("of")) return null;
        GazetteerHit hit = hitAt.get(end + 2);
        boolean state = hit != null && !hit.place() && !hit.demonym()
                && gazetteer.actor(hit.slug()).filter(a -> a.type() == ActorType.State).isPresent();
        return state ? hit : null;
    }

    private static String words(List<Token> tokens, int from, int to) {
        var words = new StringBuilder();
        for (int k = from; k <= to; k++) words.append(k == from ? "" : " ").append(tokens.get(k).surface());
        return words.toString();
    }

    /** The end of the head's of-phrase when no word of it starts a name ("Ministry of Foreign Affairs", not "… of Qatar"). */
    private int unnamedOfPhraseEnd(List<Token> tokens, int head, ActorFinder.HitsByToken hitAt) {
        int end = ofPhraseEnd(tokens, head);
        for (int k = head + 2; k <= end; k++) if (hitAt.containsKey(k)) return head;
        return end;
    }

    /** "Government of National Accord": a head, "of", and capitalized words. */
    private boolean ofPhraseAfter(List<Token> tokens, int head) {
        return ofPhraseEnd(tokens, head) > head;
    }

    private int ofPhraseEnd(List<Token> tokens, int head) {
        if (head + 2 >= tokens.size() || !tokens.get(head + 1).surface().equals("of")) return head;
        int end = head;
        for (int k = head + 2; k < tokens.size() && k <= head + 1 + MAX_WORDS; k++) {
            Token t = tokens.get(k);
            if (!t.isWord() || !Character.isUpperCase(t.surface().charAt(0))) break;
            end = k;
        }
        return end;
    }

    private String stateOf(GazetteerHit hit) {
        if (hit == null) return null;
        if (hit.place()) return gazetteer.place(hit.slug()).map(Place::country).orElse(null);
        return gazetteer.actor(hit.slug()).filter(a -> a.type() == ActorType.State).map(a -> a.slug()).orElse(null);
    }

    /**
     * @param head the head word as listed when the name starts with it: clitics written before it ("للجنة") are not
     *             part of the name, the article is
     */
    private ActorPhrase body(List<Token> tokens, int from, int to, ActorType type, String state, String head) {
        String name = tokens.get(from).surface();
        if (head != null) {
            int at = name.indexOf(head.substring(0, Math.min(2, head.length())));
            String article = MatchKeys.definiteArticle();
            if (at >= article.length() && name.startsWith(article, at - article.length())) at -= article.length();
            if (at > 0) name = name.substring(at);
        }
        var sb = new StringBuilder(name);
        for (int k = from + 1; k <= to; k++) sb.append(' ').append(tokens.get(k).surface());
        String slug = people.registerBody(sb.toString(), type, state);
        return new ActorPhrase(from, to, slug, type, state, null, "body-pattern");
    }
}
