package org.diplokg.extract;

import static org.diplokg.extract.ShortArticles.english;
import static org.diplokg.extract.ShortArticles.only;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import java.util.stream.Stream;
import org.diplokg.model.EventType;
import org.diplokg.model.Role;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Constructions found by running fresh English agency articles (Reuters, AFP, Anadolu) through the extractor. */
class EnglishFreshProbesTest {
    static Stream<Arguments> callsSetByAnUnreadVerb() {
        return Stream.of(
                Arguments.of("Erdogan, who has close ties with both sides, discussed the grain corridor with Russian President Vladimir Putin in a phone call on Tuesday.",
                        EventType.PhoneCall, Set.of("recep-tayyip-erdogan", "vladimir-putin")),
                Arguments.of("In a phone call on Wednesday, Saudi Crown Prince Mohammed bin Salman and Iranian President Ebrahim Raisi discussed regional tensions.",
                        EventType.PhoneCall, Set.of("mohammed-bin-salman", "ebrahim-raisi")),
                Arguments.of("Macron raised the issue of hostages with Netanyahu during a phone call on March 2.",
                        EventType.PhoneCall, Set.of("emmanuel-macron", "benjamin-netanyahu")),
                Arguments.of("Sisi reviewed the Gaza situation with Blinken during a meeting in Cairo on Monday.",
                        EventType.Meeting, Set.of("abdel-fattah-el-sisi", "antony-blinken")));
    }

    @ParameterizedTest
    @MethodSource
    void callsSetByAnUnreadVerb(String sentence, EventType type, Set<String> participants) {
        assertEquals(participants, Set.copyOf(only(english(sentence), type).actors(Role.participant)));
    }
}
