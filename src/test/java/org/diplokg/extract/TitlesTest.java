package org.diplokg.extract;

import static org.diplokg.extract.ShortArticles.english;
import static org.diplokg.extract.ShortArticles.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.diplokg.model.Event;
import org.diplokg.model.Extraction;
import org.diplokg.model.Tenure;
import org.diplokg.model.EventType;
import org.diplokg.model.Role;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Where the name after an English title begins and ends, and whom the titled phrase names. */
class TitlesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Treasury Secretary Scott Bessent met Chinese Vice Premier He Lifeng in Geneva on Saturday. | person-he-lifeng
            Japanese Prime Minister Shigeru Ishiba met Vietnamese President To Lam in Hanoi on Monday.   | person-to-lam
            Chinese Vice President Han Zheng met Indonesian President Prabowo Subianto in Beijing.       | person-han-zheng
            """)
    void aCapitalizedFunctionWordAfterATitleOpensTheName(String sentence, String person) {
        Event meeting = only(english(sentence), EventType.Meeting);
        assertTrue(meeting.actors(Role.participant).contains(person), () -> "participants " + meeting.actors(Role.participant));
        assertTrue(meeting.actors(Role.participant).stream().noneMatch(a -> a.equals("china") || a.equals("vietnam")),
                () -> "participants " + meeting.actors(Role.participant));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | Biden met Emirati Crown Prince Sheikh Khaled bin Mohamed bin Zayed at the White House on Monday. | person-khaled-bin-mohamed-bin-zayed
            ar | التقى الرئيس بايدن الشيخ خالد بن محمد بن زايد في البيت الأبيض.                                  | person-khald-bn-mhmd-bn-zayd
            """)
    void aKnownPersonAfterBinIsTheFatherInALongerName(String language, String sentence, String person) {
        Event meeting = only(ShortArticles.extract(language, sentence), EventType.Meeting);
        assertEquals(List.of("joe-biden", person), meeting.actors(Role.participant).stream().sorted().toList());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | Biden met Abu Dhabi Crown Prince Sheikh Khaled bin Mohamed bin Zayed at the White House on Monday. | person-khaled-bin-mohamed-bin-zayed
            ar | التقى الرئيس بايدن ولي عهد أبوظبي الشيخ خالد بن محمد بن زايد في البيت الأبيض.                       | person-khald-bn-mhmd-bn-zayd
            ar | التقى الرئيس بايدن حاكم دبي الشيخ محمد بن راشد آل مكتوم في البيت الأبيض.                           | mohammed-bin-rashid
            """)
    void theCityOrRegionOfAPostIsPartOfItsHoldersPhrase(String language, String sentence, String person) {
        Event meeting = only(ShortArticles.extract(language, sentence), EventType.Meeting);
        assertEquals(List.of("joe-biden", person), meeting.actors(Role.participant).stream().sorted().toList());
        assertEquals(List.of("white-house"), meeting.places());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Vice Premier He Lifeng told reporters the talks had been constructive.
            Chinese Vice Premier He Lifeng met Treasury Secretary Scott Bessent in Geneva. He said the talks had been constructive.
            """)
    void aPronounThatOpensANameIsNoSubjectPronounButAPronounAloneStillIs(String text) {
        Event statement = only(english(text), EventType.Statement);
        assertEquals(List.of("person-he-lifeng"), statement.actors(Role.speaker));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Chinese Vice Premier He Lifeng met Treasury Secretary Janet Yellen in Beijing on Monday. | person-he-lifeng | Vice Premier
            General Secretary Xi Jinping met Vietnamese Prime Minister Pham Minh Chinh on Tuesday.  | xi-jinping       | General Secretary
            South Korea's Vice Foreign Minister Kim Jina met Japanese officials in Tokyo.          | person-kim-jina  | Vice Foreign Minister
            """)
    void aTitleIsTheWholeTitlePhraseNotAPostInsideIt(String sentence, String holder, String title) {
        List<Tenure> tenures = english(sentence).tenures();
        assertTrue(tenures.stream().anyMatch(t -> t.holder().equals(holder) && t.title().equals(title)), () -> "tenures " + tenures);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            South Korean Foreign Minister Kim Hong-kyun met Japanese Foreign Minister Takeshi Iwaya in Tokyo. | person-kim-hong-kyun
            South Korean President Lee Jae-myung met Japanese Prime Minister Shigeru Ishiba in Tokyo.        | person-lee-jae-myung
            """)
    void aLowerCaseHalfAfterAHyphenStaysInTheName(String sentence, String person) {
        Event meeting = only(english(sentence), EventType.Meeting);
        assertTrue(meeting.actors(Role.participant).contains(person), () -> "participants " + meeting.actors(Role.participant));
    }
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Omani Deputy Prime Minister and Foreign Minister Sayyid Badr Albusaidi met Iranian President Masoud Pezeshkian in Tehran. | badr-albusaidi                    | masoud-pezeshkian
            Deputy Prime Minister and Foreign Minister Karim Haddad met Egyptian President Abdel Fattah al-Sisi in Cairo.             | person-karim-haddad               | abdel-fattah-el-sisi
            Prime Minister and Foreign Minister Al Thani met Turkish Foreign Minister Hakan Fidan in Doha on Wednesday.               | mohammed-bin-abdulrahman-al-thani | hakan-fidan
            """)
    void twoCoordinatedPostsBeforeOneNameAreThatPersonsBoth(String sentence, String holder, String other) {
        Event meeting = only(english(sentence), EventType.Meeting);
        assertEquals(List.of(holder, other), meeting.actors(Role.participant));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            French President Emmanuel Macron met Lebanese Prime Minister Najib Mikati and Foreign Minister Abdallah Bou Habib in Beirut. | najib-mikati | abdallah-bou-habib
            Saudi Foreign Minister and Jordanian Foreign Minister Ayman Safadi met in Amman on Monday.                  | faisal-bin-farhan | ayman-safadi
            """)
    void coordinatedPostsWithANameEachOrAStateOfTheirOwnAreTwoPeople(String sentence, String first, String second) {
        Event meeting = only(english(sentence), EventType.Meeting);
        assertTrue(meeting.actors(Role.participant).containsAll(List.of(first, second)), () -> "participants " + meeting.actors(Role.participant));
    }
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            The prime minister of Qatar met Hamas leaders in Doha on Sunday.                   | mohammed-bin-abdulrahman-al-thani
            The president of France met the king of Jordan in Paris on Monday.                 | emmanuel-macron,abdullah-ii
            The foreign minister of Turkey held talks with the foreign minister of Saudi Arabia. | hakan-fidan,faisal-bin-farhan
            The Lebanese prime minister and foreign minister met the U.S. envoy in Beirut.     | najib-mikati,abdallah-bou-habib
            The director-general of the International Atomic Energy Agency met the emir of Qatar.      | rafael-grossi,tamim-bin-hamad-al-thani
            """)
    void aPostWithItsStateAfterItIsHeldByTheGazetteersHolder(String sentence, String holders) {
        Event meeting = only(english(sentence), EventType.Meeting);
        for (String holder : holders.split(",")) {
            assertTrue(meeting.actors(Role.participant).contains(holder), () -> "participants " + meeting.actors(Role.participant));
        }
        assertTrue(meeting.actors(Role.participant).stream().noneMatch(a -> List.of("qatar", "france", "jordan", "turkey", "lebanon", "iaea").contains(a)),
                () -> "participants " + meeting.actors(Role.participant));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            French President Emmanuel Macron met investors in Paris. The president of the company met them in London on Tuesday.
            French President Emmanuel Macron met investors in Paris. The head of the delegation said the talks in Geneva on Tuesday were useful.
            """)
    void aPostOfAnOwnerTheGazetteerDoesNotKnowNamesNoOneItKnows(String text) {
        Extraction x = english(text);
        assertTrue(x.events().stream().filter(e -> !e.places().contains("paris"))
                .allMatch(e -> e.roles().values().stream().noneMatch(actors -> actors.contains("emmanuel-macron"))), () -> "events " + x.events());
    }
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Qatari Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani met U.S. envoy Steve Witkoff in Doha on Sunday. Sheikh Mohammed said the talks were constructive. | mohammed-bin-abdulrahman-al-thani
            Saudi Foreign Minister Prince Faisal bin Farhan met Iran's foreign minister in Riyadh on Tuesday. Prince Faisal told reporters the talks were useful. | faisal-bin-farhan
            Saudi Foreign Minister Prince Faisal bin Farhan met Iran's foreign minister in Riyadh on Tuesday. Sheikh Ahmed told reporters the talks were useful. | person-ahmed
            """)
    void anHonorificAndAGivenNamePointBackToTheOnePersonNamedInFullWithIt(String text, String speaker) {
        Event statement = only(english(text), EventType.Statement);
        assertEquals(List.of(speaker), statement.actors(Role.speaker), () -> "statement " + statement);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "en | WHO spokesperson Margaret Harris said on Tuesday the situation was catastrophic. | person-margaret-harris",
            "en | Margaret Harris, a WHO spokesperson, said on Wednesday the situation was dire. | person-margaret-harris",
            "en | Vice President Kamala Harris said on Thursday the talks were useful. | kamala-harris",
            "ar | وقالت المتحدثة باسم منظمة الصحة العالمية مارغريت هاريس الخميس إن الوضع كارثي. | person-marghryt-harys",
            "ar | وقال المتحدث باسم وزارة الخارجية القطرية ماجد بن محمد الأنصاري الثلاثاء إن المفاوضات مستمرة. | majed-al-ansari"})
    void aGivenNameNoneOfAKnownPersonsNamesHasMakesAnotherPersonOfTheSameSurname(String language, String sentence, String speaker) {
        Event statement = only(ShortArticles.extract(language, sentence), EventType.Statement);
        assertEquals(List.of(speaker), statement.actors(Role.speaker), () -> "statement " + statement);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Ali Akbar Ahmadian, secretary of Iran's Supreme National Security Council, met Iraqi Foreign Minister Fuad Hussein in Tehran. | ali-akbar-ahmadian | iran-supreme-national-security-council | Secretary
            John Ratcliffe, director of the CIA, met Israeli Prime Minister Benjamin Netanyahu in Washington.                             | john-ratcliffe     | cia                                    | Director
            Tom Walker, head of the IAEA, met Iranian Foreign Minister Abbas Araqchi in Vienna.                                          | person-tom-walker  | iaea                                   | Head
            Majed al-Ansari, spokesman of Qatar's foreign ministry, met Iranian Foreign Minister Abbas Araqchi in Doha.                  | majed-al-ansari    | qatar-ministry-of-foreign-affairs      | Spokesperson
            """)
    void aPostAfterANameBelongsToTheOwnerNamedBehindOf(String sentence, String holder, String owner, String title) {
        List<Tenure> tenures = english(sentence).tenures();
        assertTrue(tenures.stream().anyMatch(t -> t.holder().equals(holder) && owner.equals(t.organization()) && t.title().equals(title)),
                () -> "tenures " + tenures);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Iranian human rights activist Narges Mohammadi met Norwegian Foreign Minister Espen Barth Eide in Oslo. | person-narges-mohammadi
            Egyptian opposition figure Hamdeen Sabahi met French Foreign Minister Jean-Noel Barrot in Cairo.        | person-hamdeen-sabahi
            """)
    void capitalizedWordsAfterAPersonDescriptorAreANameWithoutAKnownGivenName(String sentence, String person) {
        Event meeting = only(english(sentence), EventType.Meeting);
        assertTrue(meeting.actors(Role.participant).contains(person), () -> "participants " + meeting.actors(Role.participant));
    }
}
