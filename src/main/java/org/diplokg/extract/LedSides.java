package org.diplokg.extract;

import java.util.ArrayList;
import java.util.List;
import org.diplokg.lexicon.Cue;
import org.diplokg.lexicon.PhraseIndex.Hit;

/**
 * "قوات الدعم السريع بقيادة محمد حمدان دقلو", "«الجيش الوطني» بقيادة المشير خليفة حفتر", "الجيش بقيادة البرهان",
 * "حركة الشباب بزعامة أحمد ديري": a cue of leading between a side and a person says the person leads the side. The
 * cue's value is the title that leading gives (a commander, a leader).
 */
final class LedSides {
    /** How far before a cue of leading its side may end: its adjectives and a closing quote ("«الجيش الوطني» بقيادة"). */
    static final int SIDE_REACH = 3;
    static final String LED_BY = "led-by";

    /** A person named right after a cue of leading, the side named before it, and the title leading it gives. */
    record Led(Hit<Cue> cue, ActorPhrase leader, String side, String title) {}

    private LedSides() {}

    /** Each cue of leading of the sentence with a person right after it and a side before it. */
    static List<Led> in(SentenceFacts facts, PeopleRegistry people) {
        var led = new ArrayList<Led>();
        for (Hit<Cue> cue : facts.cuesOf(LED_BY)) {
            ActorPhrase leader = facts.phrases().stream().filter(p -> p.isPerson() && p.first() == cue.last() + 1).findFirst().orElse(null);
            String title = cue.value().value();
            String side = leader == null ? null : sideBefore(facts, cue.first(), leader, title, people);
            if (side != null) led.add(new Led(cue, leader, side, title));
        }
        return led;
    }

    /**
     * The side named within {@link #SIDE_REACH} tokens before the cue: an actor that is no person or place, else, past
     * its adjectives and quotes, a common noun of forces ("الجيش"), whose side is the body of the leader's post of the
     * cue's title (the army's commander), or of the post the text gives; null when neither.
     */
    private static String sideBefore(SentenceFacts facts, int cueFirst, ActorPhrase leader, String title, PeopleRegistry people) {
        for (int k = cueFirst - 1; k >= 0 && k >= cueFirst - SIDE_REACH; k--) {
            int at = k;
            ActorPhrase named = facts.phrases().stream().filter(p -> p.last() == at).findFirst().orElse(null);
            if (named != null) return named.isPerson() || named.isPlace() ? null : named.slug();
            boolean commonNoun = facts.cuesOf("proxy-noun").stream().anyMatch(c -> c.first() == at);
            if (commonNoun) return people.postOrganization(leader.slug(), title, null).orElse(leader.state());
        }
        return null;
    }
}
