package org.diplokg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.diplokg.lexicon.Cue;
import org.diplokg.lexicon.EventLexicon;
import org.diplokg.lexicon.Gazetteer;
import org.diplokg.lexicon.PhraseIndex.Hit;
import org.diplokg.lexicon.Preposition;
import org.diplokg.model.ActorType;
import org.diplokg.text.Token;

/**
 * "in the Saudi capital, Riyadh", "في العاصمة السعودية الرياض", "in the Qatari capital": a capital word with a state
 * (demonym, name, "Egypt's", "the capital of Egypt", Arabic "العاصمة المصرية", "عاصمة مصر") after a preposition names
 * a city, not the state: the city in apposition when it lies in that state, else the state's capital from the
 * gazetteer. The state's phrase stays as it is (it still names the state, and as an adjective it is no actor of a
 * verb); the preposition gives the event the city as its place. As the subject or object of a verb
 * ("استضافتها العاصمة الصينية", "left the Russian capital") the capital stands for its state, as a demonym does.
 * A word for a city other than the capital ("in the Saudi city of Jeddah", "the Egyptian resort of Sharm el-Sheikh")
 * names the place after it only: without one it names no city.
 */
final class Capitals {
    /**
     * A capital construction after a preposition.
     *
     * @param preposition the last token of the preposition that governs it
     * @param phrases     the state's phrase and the apposition city's, if any
     * @param city        the city it names
     */
    record Capital(int preposition, List<ActorPhrase> phrases, String city) {}

    private static final String CUE = "capital";
    private static final String CITY = "city";
    private static final String COMPASS = "compass";

    private final Gazetteer gazetteer;

    Capitals(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** The capital constructions of a sentence that a preposition governs. */
    List<Capital> find(List<Token> tokens, List<ActorPhrase> phrases, List<Hit<Cue>> cues,
                       List<Hit<List<Preposition>>> prepositions, EventLexicon lexicon) {
        var found = new ArrayList<Capital>();
        for (Hit<Cue> cue : cues) {
            boolean capital = cue.value().kind().equals(CUE);
            if (!capital && !cue.value().kind().equals(CITY)) continue;
            ActorPhrase state = stateOf(tokens, phrases, cue, capital).orElse(null);
            int preposition = state == null ? -1 : governingPreposition(tokens, Math.min(cue.first(), state.first()), cues, prepositions, lexicon);
            if (preposition < 0) continue;
            ActorPhrase apposition = apposition(tokens, phrases, Math.max(cue.last(), state.last()), state);
            if (apposition != null) found.add(new Capital(preposition, List.of(state, apposition), apposition.slug()));
            else if (capital) gazetteer.capitalOf(state.slug()).ifPresent(city -> found.add(new Capital(preposition, List.of(state), city)));
        }
        return found;
    }

    /** Whether a place is the capital of the state it lies in ("طهران" for Iran), which may then stand for that state. */
    boolean seatOfGovernment(ActorPhrase place) {
        return place.isPlace() && place.state() != null && gazetteer.capitalOf(place.state()).filter(place.slug()::equals).isPresent();
    }

    /**
     * The preposition right before the construction, the article and an adjective of a part of a place aside ("in the
     * Saudi capital", "in the southern Gaza city of Rafah"), or -1.
     */
    private static int governingPreposition(List<Token> tokens, int first, List<Hit<Cue>> cues,
                                            List<Hit<List<Preposition>>> prepositions, EventLexicon lexicon) {
        int word = first - 1;
        int compass = word;
        if (cues.stream().anyMatch(c -> c.last() == compass && c.value().kind().equals(COMPASS))) word--;
        while (word >= 0 && lexicon.isDeterminer(tokens.get(word).surface())) word--;
        int governing = word;
        return governing >= 0 && prepositions.stream().anyMatch(p -> p.last() == governing) ? governing : -1;
    }

    /**
     * The state phrase the capital word belongs to: right before it ("Saudi capital", "Egypt's capital") or, for a
     * capital, after it ("the capital of Egypt"; "the city of Jeddah" names no state). A city word may have the region
     * or territory it lies in before it instead ("the Gaza city of Rafah", "the Red Sea city of Jeddah").
     */
    private static Optional<ActorPhrase> stateOf(List<Token> tokens, List<ActorPhrase> phrases, Hit<Cue> cue, boolean capital) {
        int genitive = cue.first() - 1;
        boolean possessive = genitive > 0 && Genitives.isMark(tokens.get(genitive).surface());
        int before = possessive ? genitive - 1 : cue.first() - 1;
        int of = cue.last() + 1;
        int after = !capital ? -1 : isOf(tokens, of) ? of + 1 : of;
        return phrases.stream().filter(p -> p.type() == ActorType.State && (p.last() == before || p.first() == after)
                || !capital && p.isPlace() && p.last() == before).findFirst();
    }

    private static boolean isOf(List<Token> tokens, int word) {
        return word < tokens.size() && tokens.get(word).surface().equalsIgnoreCase("of");
    }

    /**
     * ", Riyadh", " of Jeddah" or Arabic "الرياض" right after the construction: a place in that state, or in the state
     * of the place the construction names it after (any place, after a region of no one state as the Red Sea), or null.
     */
    private static ActorPhrase apposition(List<Token> tokens, List<ActorPhrase> phrases, int last, ActorPhrase within) {
        boolean linked = last + 1 < tokens.size() && (Groups.isComma(tokens.get(last + 1).surface()) || isOf(tokens, last + 1));
        int next = linked ? last + 2 : last + 1;
        String state = within.isPlace() ? within.state() : within.slug();
        return phrases.stream().filter(p -> p.first() == next && p.isPlace() && p != within && (state == null || state.equals(p.state())))
                .findFirst().orElse(null);
    }
}
