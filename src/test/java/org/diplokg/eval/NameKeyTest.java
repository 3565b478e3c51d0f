package org.diplokg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class NameKeyTest {
    @Test
    void latinNamesFoldCaseAccentsPunctuationAndTheArticle() {
        assertEquals(NameKey.of("Abdel Fattah el-Sisi"), NameKey.of("abdel fattah Al Sisi"));
        assertEquals(NameKey.of("Sisi"), NameKey.of("el-Sisi"));
        assertEquals(NameKey.of("Recep Tayyip Erdoğan"), NameKey.of("Recep Tayyip Erdogan"));
        assertEquals(NameKey.of("U.N. Security Council"), NameKey.of("UN Security-Council"));
        assertNotEquals(NameKey.of("Abbas Kamel"), NameKey.of("Abbas Kamil"));
    }

    @Test
    void arabicNamesFoldLetterVariantsDiacriticsTatweelAndTheArticle() {
        assertEquals(NameKey.of("أنتوني بلينكن"), NameKey.of("انتوني بلينكن"));
        assertEquals(NameKey.of("عبد الفتاح السيسي"), NameKey.of("عبد الفتاح السيسى"));
        assertEquals(NameKey.of("الرئاسة المصرية"), NameKey.of("الرئاسه المصريّة"));
        assertEquals(NameKey.of("حماس"), NameKey.of("حـمـاس"));
        assertEquals(NameKey.of("السيسي"), NameKey.of("سيسي"));
        assertEquals(NameKey.of("إسرائيل"), NameKey.of("اسرائيل"));
        assertNotEquals(NameKey.of("مصر"), NameKey.of("قطر"));
    }

    @Test
    void anArticleAloneIsKept() {
        assertEquals("al", NameKey.of("al"));
        assertEquals("", NameKey.of(" - "));
    }
}
