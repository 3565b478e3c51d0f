package org.diplokg.extract.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.diplokg.model.TimeValue;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimeResolverTest {
    static final TimeResolver TIME = TimeResolver.load(Path.of("data/time"));
    /** The seed article's publication date, a Monday. */
    static final LocalDate MONDAY_2024_06_10 = LocalDate.of(2024, 6, 10);

    static List<TimeMention> ar(String text) {
        return TIME.find(text, "ar", MONDAY_2024_06_10, null);
    }

    static List<TimeMention> en(String text) {
        return TIME.find(text, "en", MONDAY_2024_06_10, null);
    }

    static TimeMention only(List<TimeMention> found) {
        assertEquals(1, found.size(), () -> "expected one mention, got " + found);
        return found.get(0);
    }

    /** "2024-05" or "2024-05 late". */
    static String show(TimeValue v) {
        return v == null ? null : v.qualifier() == null ? v.iso() : v.iso() + " " + v.qualifier();
    }

    static String dateOf(List<TimeMention> found) {
        TimeMention m = only(found);
        assertEquals(TimeMention.Kind.DATE, m.kind(), () -> "not a date: " + m);
        return show(m.value());
    }

    static String spanOf(List<TimeMention> found) {
        TimeMention m = only(found);
        assertEquals(TimeMention.Kind.SPAN, m.kind(), () -> "not a span: " + m);
        return show(m.value()) + ".." + show(m.until());
    }

    static String durationOf(List<TimeMention> found) {
        TimeMention m = only(found);
        assertEquals(TimeMention.Kind.DURATION, m.kind(), () -> "not a duration: " + m);
        return m.duration();
    }

    @Nested
    class Seed {
        @Test
        void mondayIsThePublicationDay() {
            assertEquals("2024-06-10", dateOf(ar("وفي وقت سابق الاثنين، وصل بلينكن إلى العاصمة المصرية القاهرة")));
        }

        @Test
        void endOfLastMayIsLateMay() {
            assertEquals("2024-05 late", dateOf(ar("بعد أن طرح الرئيس الأمريكي جو بايدن نهاية مايو/أيار الماضي، الخطوط العريضة")));
        }

        @Test
        void spanBetweenTenAndTwelveOfThisJune() {
            String s = "أن بلينكن سيزور مصر وإسرائيل والأردن وقطر في الفترة الممتدة بين 10 و12 يونيو/ حزيران الجاري.";
            assertEquals("2024-06-10..2024-06-12", spanOf(ar(s)));
        }

        @Test
        void fullDateInBothSeries() {
            assertEquals("2023-10-07", dateOf(ar("منذ اندلاع الحرب الإسرائيلية ضد قطاع غزة في 7 أكتوبر/تشرين الأول 2023.")));
        }

        @Test
        void theNextDayFollowsTheSixthOfLastMay() {
            String s = "وبدئها عملية عسكرية على مدينة رفح في 6 مايو الماضي، ثم السيطرة على الجانب الفلسطيني من معبر رفح في اليوم التالي.";
            List<TimeMention> found = ar(s);
            assertEquals(2, found.size(), found::toString);
            assertEquals("2024-05-06", show(found.get(0).value()));
            assertEquals("2024-05-07", show(found.get(1).value()));
            assertEquals("6 مايو الماضي", s.substring(found.get(0).start(), found.get(0).end()));
            assertEquals("اليوم التالي", s.substring(found.get(1).start(), found.get(1).end()));
        }

        @Test
        void sevenDaysAndEarlyDecember() {
            String s = "خلال هدنة إنسانية مؤقتة استمرت 7 أيام، وانتهت مطلع ديسمبر/كانون الأول 2023.";
            List<TimeMention> found = ar(s);
            assertEquals(2, found.size(), found::toString);
            assertEquals("P7D", found.get(0).duration());
            assertEquals("7 أيام", s.substring(found.get(0).start(), found.get(0).end()));
            assertEquals("2023-12 early", show(found.get(1).value()));
        }

        @Test
        void publicationLineHasTwoNumericDates() {
            List<TimeMention> found = ar("نشر بتاريخ: 10/06/2024 ( آخر تحديث: 10/06/2024 الساعة: 19:55 )");
            assertEquals(2, found.size(), found::toString);
            found.forEach(m -> assertEquals("2024-06-10", m.value().iso()));
        }

        @Test
        void sentencesWithoutTimeYieldNothing() {
            assertEquals(List.of(), ar("وقال البيان إن الجانبين استعرضا آخر تطورات الجهود المشتركة للتوصل إلى وقف لإطلاق النار خلال المرحلة الحالية"));
            assertEquals(List.of(), ar("في مطلع جولة بالشرق الأوسط، ينص في نهاية المطاف على وقف دائم للأعمال القتالية"));
            assertEquals(List.of(), ar("تجري حماس وإسرائيل، منذ أشهر، مفاوضات غير مباشرة ويتضمن 3 مراحل وبادلت الفصائل 105 من المحتجزين"));
        }

        @Test
        void previousDateCarriesAcrossSentences() {
            List<TimeMention> first = ar("بدأت العملية في 6 مايو الماضي.");
            TimeValue anchor = TimeResolver.lastDay(first, null);
            assertEquals("2024-05-07", dateOf(TIME.find("وفي اليوم التالي سيطرت على المعبر.", "ar", MONDAY_2024_06_10, anchor)));
        }

        @ParameterizedTest
        @CsvSource({"ar,وأجرى في الليلة ذاتها اتصالات مع المسؤولين.", "ar,وعاد الوفد في المساء نفسه.", "en,Officials spoke again the same night."})
        void theSameNightIsTheDayToldBefore(String language, String sentence) {
            TimeValue anchor = TimeValue.of("2024-05-06");
            assertEquals("2024-05-06", dateOf(TIME.find(sentence, language, MONDAY_2024_06_10, anchor)));
        }
    }

    @Nested
    class ArabicDates {
        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
                في 10/06/2024                 | 2024-06-10
                في 10-6-2024                  | 2024-06-10
                في 2024-06-10                 | 2024-06-10
                في ١٠/٠٦/٢٠٢٤                 | 2024-06-10
                في 10 يونيو 2024              | 2024-06-10
                في 10 حزيران 2024             | 2024-06-10
                في 10 يونيو/حزيران 2024       | 2024-06-10
                في 10 حزيران/يونيو 2024       | 2024-06-10
                في 10 يونيو (حزيران) 2024     | 2024-06-10
                في 1 كانون الثاني 2024        | 2024-01-01
                في 25 كانون الأول 2023        | 2023-12-25
                في ١٥ آب ٢٠٢٣                 | 2023-08-15
                في 7 أكتوبر 2023م             | 2023-10-07
                في العاشر من يونيو 2024       | 2024-06-10
                في الحادي والعشرين من مارس 2024 | 2024-03-21
                يوم 3 يونيو                   | 2024-06-03
                في 6 مايو الماضي              | 2024-05-06
                بيونيو 2023                   | 2023-06
                في مايو 2024                  | 2024-05
                في شهر مايو الماضي            | 2024-05
                مايو الماضي                   | 2024-05
                إبريل الماضي                  | 2024-04
                يوليو المقبل                  | 2024-07
                يونيو الجاري                  | 2024-06
                حزيران المقبل                 | 2025-06
                أغسطس من العام الماضي         | 2023-08
                في 12 مارس من العام الجاري    | 2024-03-12
                في مايو                       | 2024-05
                في يوليو                      | 2024-07
                """)
        void dates(String text, String expected) {
            assertEquals(expected, dateOf(ar(text)));
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
                الاثنين              | 2024-06-10
                يوم الأحد            | 2024-06-09
                والاثنين             | 2024-06-10
                الخميس               | 2024-06-06
                الثلاثاء الماضي      | 2024-06-04
                الثلاثاء قبل الماضي  | 2024-05-28
                السبت قبل الماضي     | 2024-06-01
                الاثنين الماضي       | 2024-06-03
                الخميس المقبل        | 2024-06-13
                الاثنين المقبل       | 2024-06-17
                يوم السبت المقبل     | 2024-06-15
                اليوم                | 2024-06-10
                اليوم الاثنين        | 2024-06-10
                اليوم (الاثنين)      | 2024-06-10
                أمس (الأحد)          | 2024-06-09
                أمس                  | 2024-06-09
                مساء أمس             | 2024-06-09
                بالأمس               | 2024-06-09
                أول أمس              | 2024-06-08
                أمس الأول            | 2024-06-08
                غدا                  | 2024-06-11
                غداً                 | 2024-06-11
                بعد غد               | 2024-06-12
                """)
        void days(String text, String expected) {
            assertEquals(expected, dateOf(ar(text)));
        }

        @Test
        void futureVerbMovesABareWeekdayForward() {
            assertEquals("2024-06-13", dateOf(ar("سيزور الوزير القاهرة الخميس")));
            assertEquals("2024-06-13", dateOf(ar("ومن المقرر أن يصل الوزير الخميس")));
            assertEquals("2024-06-06", dateOf(ar("زار الوزير القاهرة الخميس")));
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
                الأسبوع الماضي       | 2024-06 early
                الأسبوع قبل الماضي   | 2024-05 late
                الشهر قبل الماضي     | 2024-04
                العام قبل الماضي     | 2022
                الأسبوع المقبل       | 2024-06 mid
                هذا الأسبوع          | 2024-06 mid
                الشهر الماضي         | 2024-05
                الشهر الجاري         | 2024-06
                الشهر المقبل         | 2024-07
                العام الماضي         | 2023
                العام الجاري         | 2024
                السنة المقبلة        | 2025
                هذا العام            | 2024
                عام 2023             | 2023
                منذ 2014             | 2014
                في عام 1967          | 1967
                """)
        void periods(String text, String expected) {
            assertEquals(expected, dateOf(ar(text)));
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
                نهاية مايو/أيار الماضي        | 2024-05 late
                أواخر مايو                    | 2024-05 late
                مطلع ديسمبر/كانون الأول 2023  | 2023-12 early
                أوائل يوليو المقبل            | 2024-07 early
                بداية الشهر الجاري            | 2024-06 early
                منتصف 2023                    | 2023 mid
                أواسط آب الماضي               | 2023-08 mid
                نهاية العام الماضي            | 2023 late
                مطلع العام المقبل             | 2025 early
                نهاية عام 2023                | 2023 late
                """)
        void qualified(String text, String expected) {
            assertEquals(expected, dateOf(ar(text)));
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
                بين 10 و12 يونيو                               | 2024-06-10..2024-06-12
                من 10 إلى 12 يونيو                             | 2024-06-10..2024-06-12
                في الفترة الممتدة بين 10 و12 يونيو/ حزيران الجاري | 2024-06-10..2024-06-12
                من 28 مايو إلى 2 يونيو 2024                    | 2024-05-28..2024-06-02
                بين 28 ديسمبر و3 يناير 2024                    | 2023-12-28..2024-01-03
                من الاثنين إلى الأربعاء المقبل                  | 2024-06-17..2024-06-19
                من الأحد إلى الثلاثاء                           | 2024-06-09..2024-06-11
                في 2020-2023                                   | 2020..2023
                بين عامي 2020 و2023                            | 2020..2023
                يومي 10 و11 يونيو                              | 2024-06-10..2024-06-11
                يومي الخميس والجمعة الماضيين                    | 2024-06-06..2024-06-07
                عقدت يومي الأحد والاثنين المقبلين               | 2024-06-16..2024-06-17
                بين السبت والأحد                                | 2024-06-08..2024-06-09
                انعقد يومي الـ 3 والـ 4 من حزيران الجاري         | 2024-06-03..2024-06-04
                بين الـ 20 والـ 22 من أيار الماضي                | 2024-05-20..2024-05-22
                """)
        void spans(String text, String expected) {
            assertEquals(expected, spanOf(ar(text)));
        }

        @Test
        void weekdaysOfTwoClausesStayTwoDates() {
            assertEquals(2, ar("التقى الوزير نظيره الخميس، وبحث معه الجمعة الملف").size());
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
                استمرت 7 أيام          | P7D
                هدنة لمدة ستة أسابيع   | P6W
                42 يوما                | P42D
                لمدة أسبوع             | P1W
                ثلاثة أشهر             | P3M
                ٧ أيام                 | P7D
                يومين                  | P2D
                أسبوعين                | P2W
                خمسة وعشرين يوما       | P25D
                خمسة عشر يوما          | P15D
                عشر سنوات              | P10Y
                72 ساعة                | PT72H
                يوم واحد               | P1D
                طيلة شهر               | P1M
                """)
        void durations(String text, String expected) {
            assertEquals(expected, durationOf(ar(text)));
        }

        @Test
        void dayNounWithArticleIsNotToday() {
            assertEquals(List.of(), ar("احتفل العالم باليوم العالمي للاجئين"));
            assertEquals(List.of(), ar("في اليوم الأول من الزيارة"));
        }

        @Test
        void todayBeforeAFeminineOrPluralObjectIsToday() {
            assertEquals("2024-06-10", dateOf(ar("ورفض البيت الأبيض اليوم الخطة المصرية")));
            assertEquals("2024-06-10", dateOf(ar("وزار الوزير اليوم المستوطنات")));
        }

        @Test
        void sundayIsNotOne() {
            assertEquals("2024-06-09", dateOf(ar("الأحد")));
            assertEquals(List.of(), ar("قال أحد المسؤولين"));
        }

        @Test
        void augustNeedsContextBecauseItIsAlsoFather() {
            assertEquals(List.of(), ar("قال الأب إن ابنه"));
            assertEquals("2023-08", dateOf(ar("في آب الماضي")));
        }

        @Test
        void theNextDayWithoutAnEarlierDateIsNeitherTodayNorADate() {
            assertEquals(List.of(), TIME.find("في اليوم التالي", "ar", MONDAY_2024_06_10, null));
        }

        @Test
        void theArticleWrittenApartBelongsToTheDayNumber() {
            assertEquals("2024-02-07", dateOf(ar("التقى الوزير نظيره في الـ 7 من فبراير الماضي")));
        }

        @Test
        void theNthDayOfItCountsFromTheSpanJustRead() {
            List<TimeMention> found = ar("عقد المنتدى يومي 3 و4 يونيو، وقال الوزير في اليوم الثاني منه إن الحل سياسي");
            assertEquals(2, found.size());
            assertEquals("2024-06-04", found.get(1).value().iso());
            found = ar("افتتحت القمة من 4 إلى 6 يونيو، وألقى الرئيس كلمة في اليوم الأول منها");
            assertEquals("2024-06-04", found.get(1).value().iso());
        }

        @Test
        void theNthDayOfItWithoutASpanDatesNothing() {
            assertEquals(List.of(), ar("وقال الوزير في اليوم الثاني منه إن الحل سياسي"));
            assertEquals(1, ar("التقى الوزير نظيره يوم 3 يونيو، وقال في اليوم الثاني منه إن الحل سياسي").size());
            assertEquals(List.of(), ar("واصلت القوات غاراتها لليوم الثاني على التوالي"));
        }

        @Test
        void theNextDayNeedsADayPreciseAnchor() {
            assertEquals(List.of(), TIME.find("في اليوم التالي", "ar", MONDAY_2024_06_10, TimeValue.of("2024-05")));
        }

        @Test
        void theSameYearOrMonthIsThatOfTheDateMentionedLast() {
            List<TimeMention> war = ar("وتتواصل الحرب منذ فبراير 2022، فيما جرت آخر مفاوضات في مارس من العام ذاته");
            assertEquals(List.of("2022-02", "2022-03"), war.stream().map(m -> m.value().iso()).toList());
            List<TimeMention> truce = ar("هدنة منذ 12 يناير 2020 استجابة لدعوة في الثامن من الشهر ذاته");
            assertEquals("2020-01-08", truce.get(1).value().iso());
            assertEquals("2015", dateOf(TIME.find("في العام نفسه", "ar", MONDAY_2024_06_10, TimeValue.of("2015-03-01"))));
            List<TimeMention> ceasefire = en("In a six-week war in 2020, the fighting ended with a ceasefire in November of that year.");
            assertEquals("2020-11", ceasefire.get(ceasefire.size() - 1).value().iso());
            assertEquals("2020", dateOf(TIME.find("وفي ذلك العام وقعت الهدنة", "ar", MONDAY_2024_06_10, TimeValue.of("2020-03-01"))));
        }

        @Test
        void thatEveningIsTheDayMentionedLast() {
            List<TimeMention> found = en("Hamas said on May 6 it had accepted the proposal, but Israel said that evening the terms fell short.");
            assertEquals(List.of("2024-05-06", "2024-05-06"), found.stream().map(m -> m.value().iso()).toList());
            assertEquals("2024-05-06", dateOf(TIME.find("وفي مساء ذلك اليوم رفضت إسرائيل المقترح", "ar", MONDAY_2024_06_10, TimeValue.of("2024-05-06"))));
        }

        @Test
        void aYearBeforeTheNounItModifies() {
            assertEquals("2015", dateOf(en("Trump withdrew the United States from Iran's 2015 nuclear deal.")));
            assertEquals("2006", dateOf(en("It was the worst fighting since the 2006 war between Israel and Hezbollah.")));
            assertEquals(List.of(), en("The 1,200 people were killed."));
        }

        @Test
        void aDecadeIsNoYear() {
            assertEquals(List.of(), en("The two neighbours fought a war in the early 1990s over Nagorno-Karabakh."));
        }

        @Test
        void aSeasonPlacesTheTimeInItsYear() {
            assertEquals("2020 late", dateOf(ar("في خريف 2020")));
            assertEquals("2022 mid", dateOf(en("in the summer of 2022")));
        }

        @Test
        void theSameYearWithoutAnEarlierDateIsNoDate() {
            assertEquals(List.of(), ar("في العام نفسه"));
        }

        @Test
        void offsetsCoverTheExpression() {
            String s = "التقى الوزيران يوم الأحد في القاهرة";
            TimeMention m = only(ar(s));
            assertEquals("يوم الأحد", s.substring(m.start(), m.end()));
        }
    }

    @Nested
    class EnglishDates {
        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
                on June 10                 | 2024-06-10
                on 10 June 2024            | 2024-06-10
                on June 10, 2024           | 2024-06-10
                on Monday, June 10, 2024   | 2024-06-10
                on Jan. 5, 2024            | 2024-01-05
                on Sept. 9                 | 2023-09-09
                on the 10th of June        | 2024-06-10
                on June 10th               | 2024-06-10
                on 6/10/2024               | 2024-06-10
                on 25/12/2023              | 2023-12-25
                on 2024-06-10              | 2024-06-10
                Monday                     | 2024-06-10
                on Monday                  | 2024-06-10
                last Tuesday               | 2024-06-04
                on Thursday                | 2024-06-06
                next Monday                | 2024-06-17
                yesterday                  | 2024-06-09
                today                      | 2024-06-10
                tomorrow                   | 2024-06-11
                in May                     | 2024-05
                last May                   | 2024-05
                in October 2023            | 2023-10
                last month                 | 2024-05
                next month                 | 2024-07
                this year                  | 2024
                last year                  | 2023
                last week                  | 2024-06 early
                next week                  | 2024-06 mid
                late May                   | 2024-05 late
                in late May                | 2024-05 late
                early December             | 2023-12 early
                mid-2023                   | 2023 mid
                the end of May             | 2024-05 late
                late last year             | 2023 late
                since 2014                 | 2014
                """)
        void dates(String text, String expected) {
            assertEquals(expected, dateOf(en(text)));
        }

        @Test
        void theFollowingDay() {
            List<TimeMention> found = en("The talks began on May 6 and Israel seized the crossing the following day.");
            assertEquals(2, found.size(), found::toString);
            assertEquals("2024-05-07", found.get(1).value().iso());
            assertEquals("2024-05-08", dateOf(TIME.find("The next day, talks resumed.", "en", MONDAY_2024_06_10, TimeValue.of("2024-05-07"))));
        }

        @Test
        void aDayAfterAnEventCountsFromTheSentencesOwnDateForTheEventAhead() {
            List<TimeMention> found = en("The talks took place on May 6, a day after the attack.");
            assertEquals("2024-05-05", found.get(1).value().iso());
            assertTrue(found.get(1).ahead());
            assertEquals(List.of(), TIME.find("The talks took place a day after the attack.", "en", MONDAY_2024_06_10, TimeValue.of("2024-05-07")));
            assertEquals("2024-06-09", dateOf(TIME.find("وصل الوفد عشية الأحد.", "ar", MONDAY_2024_06_10, null)));
        }

        @Test
        void futureSentenceReadsAWeekdayForward() {
            assertEquals("2024-06-13", dateOf(en("Blinken will travel to Doha on Thursday.")));
            assertEquals("2024-06-06", dateOf(en("Blinken traveled to Doha on Thursday.")));
            assertEquals("2024-06-13", dateOf(en("On Thursday, the cabinet will vote on the deal.")));
            assertEquals("2024-06-16", dateOf(en("The ceasefire would take effect on Sunday.")));
        }

        @Test
        void aDayKeepsNoQualifierOfItsMonth() {
            assertEquals("2024-06-08", dateOf(en("The cabinet approved the deal early Saturday.")));
            assertEquals("2024-06-07", dateOf(en("Israeli jets struck the camp late on Friday.")));
            assertEquals("2024-05 early", dateOf(en("Talks resumed in early May.")));
            assertEquals("2024-05 late", dateOf(ar("أواخر مايو")));
        }

        @Test
        void aFutureMarkDoesNotReachBackOverAReportedClause() {
            assertEquals("2024-06-05", dateOf(en("Netanyahu said on Wednesday that the war would resume after the pause.")));
            assertEquals("2024-06-07", dateOf(en("Russia and China on Friday vetoed a resolution that would have backed a ceasefire.")));
            assertEquals("2024-06-06", dateOf(ar("وقال الوزير الخميس إن بلاده ستواصل جهودها")));
        }

        @Test
        void aFutureMarkDoesNotReachBackIntoAnEarlierPastClause() {
            List<TimeMention> found = en("The envoy arrived in Amman on Sunday evening, and is expected to fly to Rome on Wednesday.");
            assertEquals(List.of("2024-06-09", "2024-06-12"), found.stream().map(m -> m.value().iso()).toList());
            assertEquals("2024-06-09", en("The ministers met on Sunday and plans are due to be discussed on Friday.").getFirst().value().iso());
            assertEquals("2024-06-09", en("The premier, who visited Ankara on Sunday, will fly to Berlin on Friday.").getFirst().value().iso());
            assertEquals("2024-06-09", en("Talks were held in Cairo on Sunday and will resume on Friday.").getFirst().value().iso());
            // No past verb before the boundary: the mark still reaches the date that opens the sentence.
            assertEquals("2024-06-13", en("On Thursday, the two leaders and their aides will meet in Geneva.").getFirst().value().iso());
        }

        @Test
        void aMonthAloneMustBePlaced() {
            assertEquals(List.of(), en("Theresa May said the plan may fail."));
            assertEquals(List.of(), en("Protesters march on the capital."));
            assertEquals(List.of(), en("the October war shaped the region"));
            assertEquals("2024-03", dateOf(en("The Security Council in March adopted resolution 2728.")));
        }

        @Test
        void aPastReportingVerbStopsAFutureMark() {
            List<TimeMention> found = en("Talks will resume next week in Cairo, officials said on Sunday.");
            assertEquals(2, found.size(), found::toString);
            assertEquals("2024-06-09", found.get(1).value().iso());
            assertEquals("2024-06-13", dateOf(en("He said he will travel to Cairo on Thursday.")));
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
                between June 10 and 12           | 2024-06-10..2024-06-12
                June 10-12                       | 2024-06-10..2024-06-12
                from June 10 to 12               | 2024-06-10..2024-06-12
                June 10-12, 2025                 | 2025-06-10..2025-06-12
                between 10 and 12 June           | 2024-06-10..2024-06-12
                from May 28 to June 2            | 2024-05-28..2024-06-02
                from Monday to Wednesday         | 2024-06-10..2024-06-12
                from 2020 to 2023                | 2020..2023
                """)
        void spans(String text, String expected) {
            assertEquals(expected, spanOf(en(text)));
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
                for six weeks        | P6W
                a 42-day truce       | P42D
                seven days           | P7D
                a week               | P1W
                for a week           | P1W
                twenty-five days     | P25D
                a 72-hour pause      | PT72H
                three months         | P3M
                """)
        void durations(String text, String expected) {
            assertEquals(expected, durationOf(en(text)));
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
                The two leaders met in Cairo two days ago.     | 2024-06-08
                The envoy arrived three weeks ago.             | 2024-05-20
                The talks collapsed six months ago.            | 2023-12
                The war began two years ago.                   | 2022
                """)
        void anAmountOfTimeAgoIsCountedBackFromPublication(String text, String expected) {
            assertEquals(expected, dateOf(en(text)));
        }
    }

    @Nested
    class YearChoice {
        @Test
        void aYearlessDateNearPublicationMayBeAhead() {
            assertEquals("2024-06-12", dateOf(ar("في 12 يونيو")));
            assertEquals("2024-07-02", dateOf(ar("في 2 يوليو")));
        }

        @Test
        void aYearlessDateFarAheadIsReadInThePast() {
            assertEquals("2023-10-07", dateOf(ar("في 7 أكتوبر")));
            assertEquals("2023-09", dateOf(en("The talks collapsed in September.")));
        }

        @Test
        void aFutureSentenceTakesTheNearerYearAhead() {
            assertEquals("2024-09", dateOf(en("The summit will be held in September.")));
        }

        @Test
        void lastMayInMayIsAYearBack() {
            assertEquals("2023-05", dateOf(TIME.find("مايو الماضي", "ar", LocalDate.of(2024, 5, 20), null)));
            assertEquals("2024-05-06", dateOf(TIME.find("6 مايو الماضي", "ar", LocalDate.of(2024, 5, 20), null)));
        }

        @Test
        void lastDecemberInJanuaryIsTheYearBefore() {
            assertEquals("2023-12", dateOf(TIME.find("ديسمبر الماضي", "ar", LocalDate.of(2024, 1, 15), null)));
            assertEquals("2023-12-28..2024-01-03", spanOf(TIME.find("from December 28 to January 3", "en", LocalDate.of(2024, 1, 15), null)));
        }

        @Test
        void aWeekAcrossTwoMonthsBelongsToItsThursday() {
            assertEquals("2024-05 late", dateOf(TIME.find("last week", "en", LocalDate.of(2024, 6, 5), null)));
        }

        @Test
        void februaryTheTwentyNinthFindsALeapYear() {
            assertEquals("2024-02-29", dateOf(TIME.find("29 فبراير الماضي", "ar", LocalDate.of(2025, 3, 1), null)));
        }
    }

    @Nested
    class WithoutPublicationDate {
        List<TimeMention> ar(String text) {
            return TIME.find(text, "ar", null, null);
        }

        @Test
        void absoluteDatesAndDurationsStay() {
            assertEquals("2023-10-07", dateOf(ar("في 7 أكتوبر/تشرين الأول 2023")));
            assertEquals("2023-12 early", dateOf(ar("مطلع ديسمبر/كانون الأول 2023")));
            assertEquals("2024-06-10", dateOf(ar("10/06/2024")));
            assertEquals("P7D", durationOf(ar("7 أيام")));
        }

        @Test
        void relativeExpressionsAreLeftOut() {
            assertEquals(List.of(), ar("الاثنين"));
            assertEquals(List.of(), ar("نهاية مايو/أيار الماضي"));
            assertEquals(List.of(), ar("بين 10 و12 يونيو/ حزيران الجاري"));
            assertEquals(List.of(), ar("أمس"));
            assertEquals(List.of(), ar("العام الماضي"));
            assertEquals(List.of(), TIME.find("last Tuesday, on June 10", "en", null, null));
        }

        @Test
        void theNextDayStillFollowsAnAbsoluteDate() {
            List<TimeMention> found = ar("في 6 مايو 2024، ثم في اليوم التالي");
            assertEquals(2, found.size(), found::toString);
            assertEquals("2024-05-07", found.get(1).value().iso());
        }
    }

    @Test
    void invalidDatesAreNotDates() {
        assertEquals(List.of(), ar("في 31/02/2024"));
        assertTrue(ar("في 31 يونيو 2024").stream().noneMatch(m -> m.kind() == TimeMention.Kind.DATE && m.value().precision() == TimeValue.Precision.DAY));
    }

    @Test
    void mentionsAreRecordsWithoutLeftovers() {
        TimeMention d = only(ar("7 أيام"));
        assertNull(d.value());
        assertNull(d.until());
    }
}
