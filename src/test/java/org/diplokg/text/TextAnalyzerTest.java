package org.diplokg.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.diplokg.model.Article;
import org.junit.jupiter.api.Test;

class TextAnalyzerTest {
    private final TextAnalyzer analyzer = new TextAnalyzer();

    private static Article article(String language, String body) {
        return new Article("0000000000000000", null, null, null, language, null, null, body, "h", "test");
    }

    private List<String> sentences(String language, String body) {
        return analyzer.analyze(article(language, body)).sentences().stream().map(Sentence::text).toList();
    }

    @Test
    void splitsArabicSentencesEvenWithoutSpaceAfterThePeriod() {
        assertEquals(List.of("وصل بلينكن إلى القاهرة.", "وتعد جولة بلينكن الحالية هي الثامنة؟", "نعم"),
                sentences("ar", "وصل بلينكن إلى القاهرة.وتعد جولة بلينكن الحالية هي الثامنة؟ نعم"));
    }

    @Test
    void closingQuoteStaysWithItsSentenceAndArabicCommaDoesNotSplit() {
        assertEquals(List.of("وقال إن \"الجهود مستمرة.\"", "وأضاف، أن الطرفين اتفقا."),
                sentences("ar", "وقال إن \"الجهود مستمرة.\" وأضاف، أن الطرفين اتفقا."));
    }

    @Test
    void abbreviationsAcronymsAndNumbersDoNotEndEnglishSentences() {
        assertEquals(List.of("U.S. Sen. Chris Murphy met Lt. Gen. Smith on 2.5 acres.", "They left."),
                sentences("en", "U.S. Sen. Chris Murphy met Lt. Gen. Smith on 2.5 acres. They left."));
    }

    @Test
    void clockTimesInDottedLowerCaseDoNotEndASentence() {
        assertEquals(List.of("The truce began at 4 a.m. local time on Wednesday.", "Crowds gathered."),
                sentences("en", "The truce began at 4 a.m. local time on Wednesday. Crowds gathered."));
    }

    @Test
    void lineBreaksEndSentences() {
        assertEquals(List.of("Headline without period", "Body text."), sentences("en", "Headline without period\nBody text."));
    }

    @Test
    void tokenOffsetsPointIntoTheBody() {
        String body = "القاهرة- معا- اتفق الرئيس المصري";
        Document doc = analyzer.analyze(article("ar", body));
        for (Token t : doc.sentences().getFirst().tokens()) assertEquals(t.surface(), body.substring(t.start(), t.end()));
        assertEquals(List.of("القاهرة", "-", "معا", "-", "اتفق", "الرئيس", "المصري"),
                doc.sentences().getFirst().tokens().stream().map(Token::surface).toList());
    }

    @Test
    void arabicIndicDigitsReadAsNumbers() {
        Token t = analyzer.analyze(article("ar", "أفرج عن ١٠٥ محتجزين")).sentences().getFirst().tokens().get(2);
        assertEquals(Token.Kind.NUMBER, t.kind());
        assertEquals(105L, t.number());
    }

    @Test
    void englishPossessiveAndApostropheNamesStayOneToken() {
        List<Token> tokens = analyzer.analyze(article("en", "Egypt's envoy told Ma'an.")).sentences().getFirst().tokens();
        assertEquals("egypt", tokens.get(0).key());
        assertEquals("Ma'an", tokens.get(3).surface());
    }

    @Test
    void codePointOffsetsCountSupplementaryCharactersOnce() {
        Document doc = analyzer.analyze(article("en", "\uD83D\uDE00 Blinken met Sisi."));
        Token blinken = doc.sentences().getFirst().tokens().get(1);
        assertEquals(3, blinken.start());
        assertEquals(2, doc.codePointOffset(blinken.start()));
        assertTrue(doc.sentences().getFirst().text().endsWith("Sisi."));
    }

    @Test
    void aWordMetAgainCarriesTheKeysOfItsOwnLetters() {
        String body = "وبحث الوزير مع نظيره القطري، ثم بحث الوزيران الهدنة. The minister met his Qatari counterpart; the ministers met again.";
        for (int pass = 0; pass < 2; pass++) {
            for (Sentence s : analyzer.analyze(article("ar", body)).sentences()) {
                for (Token t : s.tokens()) {
                    assertEquals(body.substring(t.start(), t.end()), t.surface());
                    if (t.kind() != Token.Kind.WORD) continue;
                    MatchKeys.WordForms forms = MatchKeys.forms(t.surface());
                    assertEquals(forms.keys(), t.lookupKeys(), t.surface());
                    assertEquals(forms.keys().getFirst(), t.key(), t.surface());
                    assertEquals(forms.normalized(), t.normalized(), t.surface());
                }
            }
        }
    }
}
