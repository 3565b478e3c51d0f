package org.diplokg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.diplokg.lexicon.Cue;
import org.diplokg.lexicon.PhraseIndex.Hit;
import org.junit.jupiter.api.Test;

class CuesByKindTest {
    private static Hit<Cue> cue(int at, String kind) {
        // A fresh string, as the lexicon reads each kind from its file: found by its letters, not by identity.
        return new Hit<>(at, at, new Cue(new String(kind), null, Cue.REST));
    }

    private final Hit<Cue> negation = cue(1, "negation");
    private final Hit<Cue> during = cue(3, "during");
    private final Hit<Cue> secondNegation = cue(5, "negation");
    private final Hit<Cue> anterior = cue(7, "anterior");
    private final CuesByKind cues = new CuesByKind(List.of(negation, during, secondNegation, anterior));

    @Test
    void aKindHasItsCuesInTheSentencesOrder() {
        assertEquals(List.of(negation, secondNegation), cues.of("negation"));
        assertEquals(List.of(during), cues.of("during"));
        assertEquals(List.of(), cues.of("irrealis"));
    }

    @Test
    void aSetOfKindsHasTheCuesOfEachInTheSentencesOrder() {
        assertEquals(List.of(negation, during, secondNegation), cues.of(Set.of("during", "negation")));
        assertEquals(List.of(anterior), cues.of(Set.of("anterior", "irrealis")));
        assertEquals(List.of(), cues.of(Set.of("irrealis", "contrast")));
        // Asked again with other sets in between: the answers do not carry over from one set to the next.
        assertEquals(List.of(negation, during, secondNegation), cues.of(Set.of("during", "negation")));
    }

    @Test
    void anyTestsOnlyTheCuesOfTheKind() {
        assertTrue(cues.any("negation", c -> c.first() == 5));
        assertFalse(cues.any("negation", c -> c.first() == 3));
        assertFalse(new CuesByKind(List.of()).any("negation", c -> true));
    }
}
