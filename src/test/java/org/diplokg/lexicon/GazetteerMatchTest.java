package org.diplokg.lexicon;

import static org.diplokg.lexicon.TestGazetteer.hits;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class GazetteerMatchTest {
    @Test
    void titleThenDemonymThenFullName() {
        assertEquals(List.of("united-states[2-2]+demonym", "antony-blinken[3-4]"),
                hits("ar", "وزير الخارجية الأمريكي أنتوني بلينكن"));
    }

    @Test
    void bothSpellingsOfAmericanAreTheUnitedStatesAsDemonym() {
        assertEquals(List.of("united-states[0-0]+demonym"), hits("ar", "الأميركي"));
        assertEquals(List.of("united-states[0-0]+demonym"), hits("ar", "الأمريكي"));
        assertEquals(List.of("united-states[0-0]+demonym"), hits("ar", "الأمريكية"));
    }

    @Test
    void procliticsAndArticleArePeeled() {
        assertEquals(List.of("cairo[0-0]+place"), hits("ar", "بالقاهرة"));
        assertEquals(List.of("gaza-strip[0-0]+place"), hits("ar", "بغزة"));
        assertEquals(List.of("antony-blinken[0-0]"), hits("ar", "لبلينكن"));
        assertEquals(List.of("united-states[0-1]"), hits("ar", "بالولايات المتحدة"));
        assertEquals(List.of("egypt-presidency[2-3]"), hits("ar", "وفق بيان للرئاسة المصرية"));
    }

    @Test
    void quotationMarksInsideANameAreSkipped() {
        assertEquals(List.of("libya-government-of-national-accord[0-2]"), hits("ar", "حكومة «الوفاق» أمس"));
    }

    @Test
    void theProcliticLamFusesWithTheArticleAndANounsOwnLam() {
        assertEquals(List.of("icrc[0-3]"), hits("ar", "للجنة الدولية للصليب الأحمر"));
        assertEquals(List.of("icrc[0-3]"), hits("ar", "اللجنة الدولية للصليب الأحمر"));
    }

    @Test
    void englishPossessiveAndAbbreviation() {
        assertEquals(List.of("egypt[0-0]"), hits("en", "Egypt's"));
        assertEquals(List.of("united-states[0-0]", "steve-witkoff[2-3]"), hits("en", "U.S. envoy Steve Witkoff"));
    }

    @Test
    void aNameEndingInsideALongerNameGivesWayToIt() {
        assertEquals(List.of("tripoli[0-0]+place", "libya-government-of-national-accord[3-6]"),
                hits("en", "Tripoli-based Government of National Accord"));
        assertEquals(List.of("israel[0-0]+demonym", "benjamin-netanyahu[3-4]"),
                hits("en", "Israeli Prime Minister Benjamin Netanyahu's office"));
    }

    @Test
    void englishNamesKeepTheirCase() {
        assertEquals(List.of(), hits("en", "let us go"));
        assertEquals(List.of("who[0-0]"), hits("en", "WHO said who said"));
    }

    @Test
    void demonymAfterATitleAndNameAfterIt() {
        assertEquals(List.of("egypt[1-1]+demonym", "abdel-fattah-el-sisi[2-4]"), hits("ar", "الرئيس المصري عبد الفتاح السيسي"));
        assertEquals(List.of("qatar[0-0]+demonym", "mohammed-bin-abdulrahman-al-thani[4-8]"),
                hits("en", "Qatari Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani"));
    }

    @Test
    void aNameWrittenSolidOrHyphenatedIsTheSamePerson() {
        assertEquals(List.of("abdel-fattah-el-sisi[0-1]"), hits("ar", "عبدالفتاح السيسي"));
        assertEquals(List.of("abdel-fattah-el-sisi[0-4]", "antony-blinken[6-6]", "cairo[8-8]+place"),
                hits("en", "Abdel Fattah el-Sisi met Blinken in Cairo"));
    }

    @Test
    void aBodyWinsOverTheDemonymInsideIt() {
        assertEquals(List.of("united-states-department-of-state[1-2]"), hits("ar", "وأعلنت الخارجية الأمريكية"));
        assertEquals(List.of("united-states-white-house[1-2]", "united-states-department-of-state[5-6]"),
                hits("en", "the White House and the State Department"));
    }

    @Test
    void intelligenceAndSecurityBodiesByTheirShortNames() {
        assertEquals(List.of("ukraine[1-1]", "ukraine-security-service[2-4]"), hits("en", "what Ukraine's SBU security service said"));
        assertEquals(List.of("saudi-general-intelligence-presidency[3-5]"), hits("en", "President of the General Intelligence Presidency"));
        assertEquals(List.of("sudan-security-and-defence-council[0-4]"), hits("en", "Sudan's Security and Defence Council"));
    }

    @Test
    void anAcronymWithAPossessiveIsStillWrittenInCapitals() {
        assertEquals(List.of("nato[0-0]"), hits("en", "NATO's summit"));
        assertEquals(List.of("european-union[1-1]"), hits("en", "the EU’s leaders"));
        assertEquals(List.of(), hits("en", "let us go"));
    }

    @Test
    void theArticleOfAPlaceNameIsRequired() {
        assertEquals(List.of("hebron[1-1]+place"), hits("ar", "في الخليل"));
        assertEquals(List.of("khalil-al-hayya[0-1]"), hits("ar", "خليل الحية"));
        assertEquals(List.of(), hits("ar", "قال خليل"));
    }

    @Test
    void wordsThatShareAStemWithANameAreNotIt() {
        assertEquals(List.of("vladimir-putin[0-0]"), hits("ar", "بوتين"));
        assertEquals(List.of(), hits("ar", "الدعم المالي"));
    }

    @Test
    void aStateWinsOverAPlaceOfTheSameName() {
        assertEquals(List.of("oman[0-0]"), hits("ar", "عمان"));
        assertEquals(List.of("kuwait[0-0]"), hits("ar", "الكويت"));
    }

    @Test
    void seedSentenceNamesEveryActorAndPlace() {
        assertEquals(List.of("qatar[1-1]", "egypt[2-2]", "united-states[3-4]", "hamas[7-7]", "israel[9-9]"),
                hits("ar", "وبوساطة قطر ومصر والولايات المتحدة تجري \"حماس\" وإسرائيل، منذ أشهر، مفاوضات غير مباشرة"));
        assertEquals(List.of("palestine[3-3]+demonym", "rafah-crossing[5-6]+place"),
                hits("ar", "السيطرة على الجانب الفلسطيني من معبر رفح"));
        assertEquals(List.of("egypt-general-intelligence[1-2]", "abbas-kamel[4-5]"),
                hits("ar", "رئيس المخابرات المصرية اللواء عباس كامل"));
    }
    @Test
    void widenedGazetteerNamesSpokespeopleMinistriesAndPlaces() {
        assertEquals(List.of("iran-ministry-of-foreign-affairs[3-4]", "esmaeil-baghaei[5-6]"),
                hits("ar", "وقال المتحدث باسم الخارجية الإيرانية إسماعيل بقائي"));
        assertEquals(List.of("avichay-adraee[0-1]", "cogat[3-3]"),
                hits("en", "Avichay Adraee and COGAT said"));
        assertEquals(List.of("azerbaijan-ministry-of-defense[1-3]", "stepanakert[5-5]+place"),
                hits("ar", "وقالت وزارة الدفاع الأذربيجانية إن خانكندي"));
        assertEquals(List.of("jean-yves-le-drian[0-4]", "lebanon-parliament[6-7]"),
                hits("en", "Jean-Yves Le Drian met Lebanese Parliament members"));
        assertEquals(List.of("qasem-soleimani[1-2]", "ain-al-asad[4-6]+place"),
                hits("ar", "اغتيال قاسم سليماني وقصف قاعدة عين الأسد"));
        assertEquals(List.of("radwan-force[0-1]", "mawasi[3-3]+place"),
                hits("ar", "قوة الرضوان في المواصي"));
    }
    @Test
    void wireSpellingsOfKnownNamesAreTheirActors() {
        assertEquals(List.of("hezbollah[0-0]"), hits("en", "Hizballah"));
        assertEquals(List.of("houthis[0-0]"), hits("en", "Ansarullah"));
        assertEquals(List.of("badr-abdelatty[0-1]"), hits("en", "Badr Abdelaty"));
        assertEquals(List.of("fuad-hussein[0-1]"), hits("en", "Fouad Hussein"));
        assertEquals(List.of("asaad-al-shaibani[0-3]"), hits("en", "Asaad al-Shibani"));
        assertEquals(List.of("abdul-malik-al-houthi[0-5]"), hits("en", "Abdel-Malik al-Houthi"));
    }
}
