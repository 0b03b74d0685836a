package io.chipgate.parties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class NamesTest {
    static Stream<Arguments> normalised() {
        return Stream.of(
            Arguments.of("Moore Thread Intelligent Technology (Beijing) Co., Ltd.",
                List.of("moore", "thread", "intelligent", "technology", "beijing")),
            Arguments.of("MOORE  THREAD-INTELLIGENT technology", List.of("moore", "thread", "intelligent", "technology")),
            Arguments.of("Mo\u2019er Xianchen", List.of("moer", "xianchen")),
            Arguments.of("Soci\u00e9t\u00e9 G\u00e9n\u00e9rale S.A.", List.of("societe", "generale")),
            Arguments.of("Stra\u00dfe M\u00fcller GmbH", List.of("strasse", "muller")),
            Arguments.of("\uff28\uff35\uff21\uff37\uff25\uff29", List.of("huawei")),   // full-width letters (NFKC)
            Arguments.of("U.S.A. Trading", List.of("usa", "trading")),
            Arguments.of("J P Morgan", List.of("jp", "morgan")),
            Arguments.of("Co.,Ltd.", List.of()),
            Arguments.of("The Bank of the East and the West", List.of("bank", "east", "west")),
            Arguments.of("OOO Teson", List.of("teson")));
    }

    @ParameterizedTest
    @MethodSource("normalised")
    void namesAreNormalisedToTheirWords(String name, List<String> words) {
        assertEquals(words, Names.words(name));
    }

    @Test
    void wordOrderDoesNotChangeTheKey() {
        assertEquals(Names.key(Names.words("Zhipu Huazhang Beijing")), Names.key(Names.words("Beijing Zhipu Huazhang")));
    }

    @Test
    void wordsAreClassified() {
        assertEquals(Names.Kind.GENERIC, Names.kind("technology"));
        assertEquals(Names.Kind.GENERIC, Names.kind("information"));
        assertEquals(Names.Kind.GENERIC, Names.kind("industry"));
        assertEquals(Names.Kind.PLACE, Names.kind("beijing"));
        assertEquals(Names.Kind.DISTINCTIVE, Names.kind("huawei"));
    }

    @Test
    void organisationsAreNamedByAFormWord() {
        assertTrue(Names.organisation("Fox Corporation"));
        assertTrue(Names.organisation("OOO Teson"));
        assertFalse(Names.organisation("Fox"));
        assertFalse(Names.organisation("Bank of the East"));
    }

    @Test
    void aTypingErrorInAWordWithoutWeightIsCorrected() {
        LevenshteinDistance one = new LevenshteinDistance(1);
        assertEquals("corporation", Names.corrected("corxoration", one));
        assertEquals("technology", Names.corrected("technolxgy", one));
        assertEquals("beijing", Names.corrected("beijxng", one));
        assertEquals("huawei", Names.corrected("huawei", one));
        assertEquals("tech", Names.corrected("tech", one));   // under five letters: left as written
    }
}
