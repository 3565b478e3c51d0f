package org.diplokg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.diplokg.model.Event;
import org.diplokg.model.EventType;
import org.diplokg.model.Extraction;
import org.diplokg.model.Role;
import org.junit.jupiter.api.Test;

/** Arabic argument frames of meetings, visits, calls, statements and conflicts, on short sentences. */
class ArabicFramesTest {
    private static Extraction extract(String body) {
        return ShortArticles.extract("ar", body);
    }

    private static Event only(Extraction x, EventType type) {
        List<Event> found = x.events().stream().filter(e -> e.type() == type).toList();
        assertEquals(1, found.size(), () -> type + " events in " + x.events());
        return found.getFirst();
    }

    @Test
    void knownHolderPastALocativeComplementOfTheTitleIsTheSpeaker() {
        Extraction x = extract("وقال المدير الإقليمي للجنة الدولية للصليب الأحمر في الشرق الأدنى والأوسط فابريزيو كاربوني إن العملية تبعث الأمل.");
        assertEquals(List.of("fabrizio-carboni"), only(x, EventType.Statement).actors(Role.speaker));
        assertEquals("icrc", x.tenures().getFirst().organization());
    }

    @Test
    void headOfADelegationNamedPastTheDelegationsAdjective() {
        Extraction x = extract("وقال رئيس وفد الحوثيين المفاوض محمد عبد السلام إن الجماعة ترحب بالهدنة.");
        assertEquals(List.of("mohammed-abdulsalam"), only(x, EventType.Statement).actors(Role.speaker));
        assertEquals("houthis", x.tenures().getFirst().organization());
    }
}
