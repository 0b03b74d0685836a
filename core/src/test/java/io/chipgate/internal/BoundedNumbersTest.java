package io.chipgate.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The bound on every number read: an edge table just inside and just outside each limit. */
class BoundedNumbersTest {
    static Stream<Arguments> edges() {
        return Stream.of(
            Arguments.of("0", true),
            Arguments.of("0e-99999999", true),
            Arguments.of("-0", true),
            Arguments.of("4800", true),
            Arguments.of("30000e-2", true),
            Arguments.of("0.3E3", true),
            Arguments.of("1e30", true), // exponent 30: the largest magnitude
            Arguments.of("9.99999999999999999999999999999e30", true), // 30 digits, exponent 30
            Arguments.of("1e31", false),
            Arguments.of("1e-30", true),
            Arguments.of("1e-31", false),
            Arguments.of("123456789012345678901234567890", true), // 30 significant digits
            Arguments.of("1234567890123456789012345678901", false), // 31
            Arguments.of("1.23456789012345678901234567890", true),
            Arguments.of("1.234567890123456789012345678901", false),
            Arguments.of("4800.000000000000000000000000000000000000000", true), // trailing zeros do not count
            Arguments.of("1e-99999999", false),
            Arguments.of("1e999999999", false),
            Arguments.of("-1e999999999", false),
            Arguments.of("1E+2147483647", false),
            Arguments.of("1E-2147483647", false));
    }

    @ParameterizedTest(name = "{0} bounded: {1}")
    @MethodSource("edges")
    void edgeTable(String number, boolean bounded) {
        BigDecimal v = new BigDecimal(number);
        assertEquals(bounded, assertTimeoutPreemptively(Duration.ofSeconds(1), () -> BoundedNumbers.isBounded(v)), number);
        String shown = assertTimeoutPreemptively(Duration.ofSeconds(1), () -> BoundedNumbers.show(v));
        assertTrue(shown.length() <= 45, shown);
    }

    @ParameterizedTest(name = "{0} shown as {1}")
    @MethodSource("shown")
    void showIsShortWhateverTheExponent(String number, String shown) {
        assertEquals(shown, BoundedNumbers.show(new BigDecimal(number)));
    }

    static Stream<Arguments> shown() {
        return Stream.of(
            Arguments.of("814", "814"),
            Arguments.of("0.001", "0.001"),
            Arguments.of("-600", "-600"),
            Arguments.of("1e-99999999", "1E-99999999"),
            Arguments.of("1e999999999", "1E+999999999"));
    }
}
