package org.diplokg.extract;

import static org.diplokg.extract.ShortArticles.events;
import static org.diplokg.extract.ShortArticles.extract;
import static org.diplokg.extract.ShortArticles.only;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.diplokg.model.Event;
import org.diplokg.model.EventType;
import org.diplokg.model.Extraction;
import org.diplokg.model.Role;
import org.junit.jupiter.api.Test;

/** Event words inside compounds that name people or things ("prisoners of war", "war crimes"), and "counterpart". */
class CompoundsTest {
    private static final LocalDate WEDNESDAY = LocalDate.of(2025, 2, 26);

    @Test
    void prisonersOfWarAreCountedPeopleNotAWarAndTheSwapKeepsItsDay() {
        Event en = only(extract("en", WEDNESDAY, "Ukraine and Russia swapped 175 prisoners of war each on Wednesday."), EventType.Exchange);
        assertEquals("2025-02-26", en.date().iso());
        Event ar = only(extract("ar", WEDNESDAY, "وتبادلت روسيا وأوكرانيا 175 أسير حرب من كل جانب الأربعاء."), EventType.Exchange);
        assertEquals("2025-02-26", ar.date().iso());
        assertEquals(List.of(), events(extract("en", WEDNESDAY, "Ukraine and Russia swapped 175 prisoners of war each on Wednesday."), EventType.Conflict));
        assertEquals(List.of(), events(extract("ar", WEDNESDAY, "وتبادلت روسيا وأوكرانيا 175 أسير حرب من كل جانب الأربعاء."), EventType.Conflict));
    }

    @Test
    void warCrimesAndAWarCabinetReportNoWar() {
        assertEquals(List.of(), events(extract("en", "The court accused Israel of war crimes in Gaza on Monday."), EventType.Conflict));
        assertEquals(List.of(), events(extract("ar", "واتهمت منظمات حقوقية إسرائيل بارتكاب جرائم حرب في غزة."), EventType.Conflict));
        assertEquals(List.of(), events(extract("ar", "واستقال غانتس من مجلس الحرب الإسرائيلي الأحد."), EventType.Conflict));
    }

    @Test
    void anEnglishCounterpartIsThePersonMetAndHoldsTheSamePostInTheDemonymsState() {
        Extraction x = extract("en", "Egypt's foreign minister Badr Abdelatty met his Jordanian counterpart Ayman Safadi in Cairo on Monday.");
        assertEquals(List.of("badr-abdelatty", "ayman-safadi"), only(x, EventType.Meeting).actors(Role.participant));
        assertEquals(List.of("Foreign Minister|jordan"), x.tenures().stream().filter(t -> t.holder().equals("ayman-safadi"))
                .map(t -> t.title() + "|" + t.organization()).toList());
    }
}
