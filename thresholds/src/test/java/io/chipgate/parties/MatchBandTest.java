package io.chipgate.parties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class MatchBandTest {
    static Stream<Arguments> edges() {
        return Stream.of(
            Arguments.of(0, Optional.empty()),
            Arguments.of(74, Optional.empty()),
            Arguments.of(75, Optional.of(MatchBand.POSSIBLE)),
            Arguments.of(76, Optional.of(MatchBand.POSSIBLE)),
            Arguments.of(89, Optional.of(MatchBand.POSSIBLE)),
            Arguments.of(90, Optional.of(MatchBand.PROBABLE)),
            Arguments.of(91, Optional.of(MatchBand.PROBABLE)),
            Arguments.of(100, Optional.of(MatchBand.PROBABLE)));
    }

    @ParameterizedTest
    @MethodSource("edges")
    void bandsAreProbableFrom90AndPossibleFrom75(int score, Optional<MatchBand> band) {
        assertEquals(band, MatchBand.of(score));
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 101})
    void scoresOutside0To100AreRejectedNamingTheValue(int score) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> MatchBand.of(score));
        assertEquals("Invalid value for score (valid values 0 - 100): " + score, e.getMessage());
    }

    @org.junit.jupiter.api.Test
    void thresholdIsThePossibleBandsLowerBound() {
        assertEquals(75, MatchBand.THRESHOLD);
        assertEquals(MatchBand.THRESHOLD, MatchBand.POSSIBLE.atLeast());
        assertEquals(90, MatchBand.PROBABLE.atLeast());
    }
}
