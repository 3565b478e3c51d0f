package org.diplokg.extract;

import static org.diplokg.extract.ShortArticles.only;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.diplokg.model.Event;
import org.diplokg.model.EventType;
import org.diplokg.model.Role;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The frames that make talks a negotiation and name its parties and mediators. */
class NegotiationFramesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "en | The Hamas delegation held talks with Egyptian mediators in Cairo on Saturday. | hamas | egypt",
            "en | Hamas officials held talks with Qatari and Egyptian mediators in Doha on Saturday. | hamas | qatar egypt",
            "ar | وأجرت حركة حماس محادثات مع الوسطاء المصريين في القاهرة، الأحد. | hamas | egypt"})
    void talksHeldWithMediatorsAreANegotiation(String language, String sentence, String parties, String mediators) {
        Event talks = only(ShortArticles.extract(language, sentence), EventType.Negotiation);
        assertEquals(List.of(parties.split(" ")), talks.actors(Role.party));
        assertEquals(List.of(mediators.split(" ")), talks.actors(Role.mediator));
    }
}
