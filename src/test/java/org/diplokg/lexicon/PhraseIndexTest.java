package org.diplokg.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import org.diplokg.model.Article;
import org.diplokg.text.TextAnalyzer;
import org.diplokg.text.Token;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Finding listed phrases, a gap among them, in the tokens of a sentence. */
class PhraseIndexTest {
    private static final PhraseIndex<String> CEASEFIRE = new PhraseIndex<>();

    static {
        CEASEFIRE.add("وقف … لإطلاق النار", "ar", "Ceasefire");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "أعلن وقفا فوريا ودائما لإطلاق النار في غزة.|وقفا فوريا ودائما لإطلاق النار",
        "دعا إلى وقف \"كامل وشامل\" لإطلاق النار.|وقف \" كامل وشامل \" لإطلاق النار",
        "رحب بوقف إنساني مؤقت لإطلاق النار.|بوقف إنساني مؤقت لإطلاق النار"})
    void aGapTakesTheWordsAndQuotationMarksBetweenTheTwoParts(String sentence, String found) {
        List<Token> tokens = tokens(sentence);
        PhraseIndex.Hit<String> hit = CEASEFIRE.find(tokens).getFirst();
        assertEquals(found, tokens.subList(hit.first(), hit.last() + 1).stream().map(Token::surface).collect(Collectors.joining(" ")));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "أعلن وقف لإطلاق النار.",
        "طالب بوقف القتال، والعودة لإطلاق النار.",
        "طالب بوقف الحرب على القطاع وبدء المفاوضات وصولا لإطلاق النار."})
    void aGapIsNeverEmptyNorCrossesACommaNorRunsPastFourWords(String sentence) {
        assertEquals(List.of(), CEASEFIRE.find(tokens(sentence)));
    }

    private static List<Token> tokens(String text) {
        var article = new Article("test", null, null, null, "ar", null, null, text, "", "test");
        return new TextAnalyzer().analyze(article).sentences().getFirst().tokens();
    }
}
