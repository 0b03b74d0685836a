package io.chipgate.metrics;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.chipgate.model.ComputeRate;
import io.chipgate.model.Die;
import io.chipgate.model.DieRole;
import io.chipgate.model.Precision;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 22 §5: the public value types check their arguments with a bound like the one the spec reader puts on every number (looser: values computed in code carry more digits), quickly and with
 * an {@link IllegalArgumentException} naming the field, the valid range and the value (before, {@code 1e999999999}
 * ran out of memory or hung, and a negative rate answered a silent "not controlled").
 */
class ApiArgumentsTest {
    /** area text, accepted? (above 0; a magnitude from 1e-100 to 1e100 with at most 1000 decimal places) */
    static Stream<Arguments> areas() {
        return Stream.of(
            Arguments.of("1e-101", false), Arguments.of("1e-100", true), Arguments.of("0.01", true), Arguments.of("814", true),
            Arguments.of("9.99e100", true), Arguments.of("1e101", false), Arguments.of("0", false), Arguments.of("-1", false),
            Arguments.of("-1e-999999999", false), Arguments.of("1e999999999", false), Arguments.of("1e-999999999", false),
            Arguments.of("1." + "0".repeat(1000) + "1", false), Arguments.of("1." + "0".repeat(999) + "1", true),
            Arguments.of("4374999999.99999999999999999999999875", true));
    }

    @ParameterizedTest(name = "area {0}: {1}")
    @MethodSource("areas")
    void applicableDieAreaBounds(String text, boolean accepted) {
        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> {
            if (accepted) {
                assertDoesNotThrow(() -> ApplicableDieArea.ofSquareMillimetres(text));
                assertDoesNotThrow(() -> ApplicableDieArea.of(Exact.of(new BigDecimal(text))));
            } else {
                IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ApplicableDieArea.ofSquareMillimetres(text));
                assertTrue(e.getMessage().startsWith("Invalid value for applicable die area (mm², valid values above 0 and a magnitude between 1e-100 and 1e100"), e.getMessage());
                assertTrue(e.getMessage().length() < 250, "the value is shown short: " + e.getMessage());
                assertThrows(IllegalArgumentException.class, () -> ApplicableDieArea.of(Exact.of(new BigDecimal(text))));
            }
        });
    }

    @Test
    void aRatioAreaOfHugeTermsIsRefusedQuickly() {
        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> assertThrows(IllegalArgumentException.class,
            () -> ApplicableDieArea.of(Exact.ratio(new BigDecimal("1e999999999"), new BigDecimal("1e999999990")))));
    }

    /** rate, accepted? (above 0, within the bound of every number read) */
    static Stream<Arguments> rates() {
        return Stream.of(Arguments.of("-989", false), Arguments.of("-0.001", false), Arguments.of("0", false), Arguments.of("0.001", true),
            Arguments.of("989.4", true), Arguments.of("1000000", true), Arguments.of("1e100", true), Arguments.of("1e101", false),
            Arguments.of("1e999999999", false), Arguments.of("1e-999999999", false));
    }

    @ParameterizedTest(name = "rate {0}: {1}")
    @MethodSource("rates")
    void computeRateBounds(String tops, boolean accepted) {
        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> {
            BigDecimal v = new BigDecimal(tops);
            if (accepted) {
                assertEquals(0, ComputeRate.dense(Precision.FP16, v).denseTops().orElseThrow().compareTo(v));
            } else {
                IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ComputeRate.dense(Precision.FP16, v));
                assertTrue(e.getMessage().startsWith("Invalid value for denseTops of FP16 (TOPS, valid values above 0 and a magnitude between 1e-100 and 1e100"), e.getMessage());
                assertThrows(IllegalArgumentException.class,
                    () -> ComputeRate.builder().precision(Precision.FP16).sparseTops(v).build());
            }
        });
    }

    @Test
    void aDieAreaAndABandwidthBeyondTheBoundAreRefusedQuickly() {
        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Die.builder().role(DieRole.LOGIC).areaMm2(new BigDecimal("1e-999999999")).build());
            assertTrue(e.getMessage().length() < 300, e.getMessage());
            assertThrows(IllegalArgumentException.class, () -> Bandwidth.ofGigabytesPerSecond(new BigDecimal("1e99999999")));
            assertThrows(IllegalArgumentException.class, () -> Bandwidth.ofGigabytesPerSecond("1e99999999"));
            assertThrows(IllegalArgumentException.class, () -> Bandwidth.ofGigabytesPerSecond(new BigDecimal("-1e-999999999")));
        });
    }

    @Test
    void nullsNameTheirParameter() {
        NullPointerException e = assertThrows(NullPointerException.class, () -> ApplicableDieArea.ofSquareMillimetres((String) null));
        assertEquals("mm2", e.getMessage());
    }
}
