package org.diplokg.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MatchKeysTest {
    @Test
    void foldsAlefHamzaYaaTaaMarbutaDiacriticsAndTatweel() {
        assertEquals(MatchKeys.key("إسرائيل", "ar"), MatchKeys.key("اسرائيل", "ar"));
        assertEquals(MatchKeys.key("مُبَادَرَة", "ar"), MatchKeys.key("مبادره", "ar"));
        assertEquals(MatchKeys.key("الرئيـــس", "ar"), MatchKeys.key("الرئيس", "ar"));
        assertEquals(MatchKeys.key("مصطفى", "ar"), MatchKeys.key("مصطفي", "ar"));
    }

    @Test
    void peelsTheArticleAndConjunctionClitics() {
        String key = MatchKeys.key("القاهرة", "ar");
        assertEquals(key, MatchKeys.key("بالقاهرة", "ar"));
        assertEquals(key, MatchKeys.key("والقاهرة", "ar"));
    }

    @Test
    void bothSpellingsOfAmericanShareAKey() {
        assertEquals(MatchKeys.key("الأمريكي", "ar"), MatchKeys.key("الأميركي", "ar"));
        assertEquals(MatchKeys.key("الأمريكية", "ar"), MatchKeys.key("الأميركية", "ar"));
    }

    @Test
    void variantsStripABareProcliticAndPronounSuffixes() {
        assertTrue(MatchKeys.variants("بغزة", "ar").contains(MatchKeys.key("غزة", "ar")));
        assertTrue(MatchKeys.variants("لقائهما", "ar").contains(MatchKeys.key("لقاء", "ar")));
    }

    @Test
    void aConjunctionComesOffAThreeLetterWord() {
        assertTrue(MatchKeys.variants("وشن", "ar").contains(MatchKeys.key("شن", "ar")));
        assertTrue(MatchKeys.variants("ومع", "ar").contains(MatchKeys.key("مع", "ar")));
    }

    @Test
    void aRelationalAdjectiveIsNotTheNounItKeysLike() {
        assertTrue(MatchKeys.isNisbaOf("الحربي", "الحرب"));
        assertTrue(MatchKeys.isNisbaOf("الحربية", "حرب"));
        assertTrue(!MatchKeys.isNisbaOf("الحرب", "الحرب"));
        assertTrue(!MatchKeys.isNisbaOf("الاتفاقية", "اتفاقية"));
    }

    @Test
    void aNounWithItsFeminineRelationalAdjectiveIsANounPhrase() {
        assertTrue(MatchKeys.nounWithItsFeminineAdjective("رسالة", "خطية"));
        assertTrue(MatchKeys.nounWithItsFeminineAdjective("دعوةً", "رسميةً"));
        assertTrue(!MatchKeys.nounWithItsFeminineAdjective("رسالة", "مكتوبة"));
        assertTrue(!MatchKeys.nounWithItsFeminineAdjective("هانس", "غروندبرغ"));
    }

    @Test
    void aNounEndingInTaaMarbutaIsNotTheVerbItKeysLike() {
        assertTrue(MatchKeys.isNounOfVerb("إضافة", "أضاف"));
        assertTrue(MatchKeys.isNounOfVerb("ووزارةِ", "زار"));
        assertTrue(!MatchKeys.isNounOfVerb("أضافت", "أضاف"));
        assertTrue(!MatchKeys.isNounOfVerb("مؤكدة", "مؤكدة"));
    }

    @Test
    void aTaaMarbutaWrittenAsTaaBeforeAPronounIsTheNounItEnds() {
        assertTrue(MatchKeys.variants("موافقتها", "ar").contains(MatchKeys.key("موافقة", "ar")));
        assertTrue(MatchKeys.variants("زيارته", "ar").contains(MatchKeys.key("زيارة", "ar")));
        assertTrue(MatchKeys.variants("بيته", "ar").contains(MatchKeys.key("بيت", "ar")));
    }

    @Test
    void anIndefiniteAccusativeLosesItsAlefButADefiniteNounKeepsIt() {
        assertTrue(MatchKeys.variants("اجتماعا", "ar").contains(MatchKeys.key("اجتماع", "ar")));
        assertTrue(MatchKeys.variants("حربا", "ar").contains(MatchKeys.key("حرب", "ar")));
        assertFalse(MatchKeys.variants("الدنيا", "ar").contains(MatchKeys.key("الدني", "ar")));
    }

    @Test
    void englishKeysFoldCasePossessivesAndAbbreviationDots() {
        assertEquals("egypt", MatchKeys.key("Egypt's", "en"));
        assertEquals("us", MatchKeys.key("U.S.", "en"));
        assertEquals("qatar", MatchKeys.key("Qatar’s", "en"));
    }
}
