package org.diplokg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.diplokg.model.Event;
import org.diplokg.model.EventType;
import org.diplokg.model.Extraction;
import org.junit.jupiter.api.Test;

/** Which date an event takes when its sentence names several, or names its date in another event's clause. */
class EventDatesTest {
    private static Extraction extract(String language, String body) {
        return ShortArticles.extract(language, body);
    }

    private static Event only(Extraction x, EventType type) {
        List<Event> found = x.events().stream().filter(e -> e.type() == type).toList();
        assertEquals(1, found.size(), () -> type + " events in " + x.events());
        return found.getFirst();
    }

    @Test
    void aDateInANounsOwnPhraseIsItsDateNotTheDateBeforeIt() {
        Extraction ar = extract("ar", "وانسحب ترامب عام 2018 من الاتفاق النووي المبرم بين إيران والقوى الكبرى عام 2015.");
        assertEquals("2015", only(ar, EventType.Agreement).date().iso());
        Extraction en = extract("en", "Trump pulled out in 2018 from the nuclear deal between Iran and world powers in 2015.");
        assertEquals("2015", only(en, EventType.Agreement).date().iso());
    }

    @Test
    void theDateClosingTwoJoinedVerbsDatesTheFirstToo() {
        Extraction en = extract("en", "Zelensky travelled to Turkey and met President Recep Tayyip Erdogan in Ankara on 15 May.");
        assertEquals("2024-05-15", only(en, EventType.Visit).date().iso());
        Extraction ar = extract("ar", "وصل الرئيس الأوكراني فولوديمير زيلينسكي إلى تركيا والتقى الرئيس رجب طيب أردوغان في أنقرة يوم 15 مايو.");
        assertEquals("2024-05-15", only(ar, EventType.Visit).date().iso());
    }

    @Test
    void aRejectionAnAnnouncementNamesHasItsDate() {
        Extraction ar = extract("ar", "أعلنت الحكومة الإيرانية، الخميس، رفض طهران للقرار.");
        assertEquals("2024-06-06", only(ar, EventType.Rejection).date().iso());
        Extraction en = extract("en", "Iran on Thursday announced its rejection of the resolution.");
        assertEquals("2024-06-06", only(en, EventType.Rejection).date().iso());
    }
}
