package io.chipgate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * {@code chipgate tpp}: TPP = TOPS × bit length and performance density = TPP ÷ area, exactly, and the 3A090 outcome
 * at each line of the 2023 text (88 FR 73458) as in force from 2024 (89 FR 96790): just below, at and just above.
 * The expected values are worked out by hand from the rule text, not taken from the program.
 */
class TppCommandTest {
    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Chipgate.execute(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    static JsonNode json(String... args) throws IOException {
        String[] all = Stream.concat(Stream.concat(Stream.of("tpp"), Stream.of(args)), Stream.of("--regime", "3a090-2024", "--on", "2026-12-07", "--format", "json"))
            .toArray(String[]::new);
        Run r = run(all);
        assertEquals(0, r.code(), r.err());
        return new ObjectMapper().readTree(r.out());
    }

    /** tops, bits, die area (or null), expected TPP, expected density (or null), expected 3A090 outcome. */
    static Stream<Arguments> edges() {
        return Stream.of(
            // 3A090.a.1: TPP ≥ 4800, whatever the density
            Arguments.of("300", "16", null, "4800", null, "3A090.a.1"),
            Arguments.of("600", "8", null, "4800", null, "3A090.a.1"),
            Arguments.of("300.01", "16", null, "4800.16", null, "3A090.a.1"),
            // TPP 4799.84 < 4800 with density 4799.84 / 1000 = 4.79984 (≥ 1.6, < 5.92): 3A090.b.1 (2400 ≤ TPP < 4800)
            Arguments.of("299.99", "16", "1000", "4799.84", "4.79984", "3A090.b.1"),
            // 3A090.a.2: TPP ≥ 1600 and PD ≥ 5.92; 4440 / 750 = 5.92 exactly
            Arguments.of("555", "8", "750", "4440", "5.92", "3A090.a.2"),
            // just below 5.92: 4440 / 750.2 (2400 ≤ TPP < 4800, 1.6 ≤ PD < 5.92): 3A090.b.1
            Arguments.of("555", "8", "750.2", "4440", null, "3A090.b.1"),
            // TPP 1600 at PD 1600 / 250 = 6.4: 3A090.a.2; TPP 1599.84 is below every line
            Arguments.of("100", "16", "250", "1600", "6.4", "3A090.a.2"),
            Arguments.of("99.99", "16", "250", "1599.84", "6.39936", "NOT_CONTROLLED"),
            // 3A090.b.2: 1600 ≤ TPP < 2400 and 3.2 ≤ PD < 5.92; 2000 / 625 = 3.2 exactly; 2000 / 626 is below 3.2
            Arguments.of("250", "8", "625", "2000", "3.2", "3A090.b.2"),
            Arguments.of("250", "8", "626", "2000", null, "NOT_CONTROLLED"),
            // exact decimals: 0.1 × 3 is 0.3, not 0.30000000000000004
            Arguments.of("0.1", "3", null, "0.3", null, "NOT_CONTROLLED"));
    }

    @ParameterizedTest(name = "{0} TOPS × {1} bits on {2} mm² → TPP {3}, PD {4}: {5}")
    @MethodSource("edges")
    void theLinesOf3a090(String tops, String bits, String area, String tpp, String pd, String outcome) throws IOException {
        JsonNode j = area == null ? json("--tops", tops, "--bits", bits) : json("--tops", tops, "--bits", bits, "--die-area", area);
        assertEquals(0, new BigDecimal(tpp).compareTo(j.get("tpp").decimalValue()), j.toString());
        if (pd != null) {
            assertEquals(0, new BigDecimal(pd).compareTo(j.get("performanceDensity").decimalValue()), j.toString());
            assertTrue(j.get("performanceDensityTerminates").asBoolean());
        }
        if (area == null) {
            assertTrue(j.get("performanceDensity").isNull());
        }
        assertEquals("3a090-2024", j.get("regimes").get(0).get("regime").asText());
        assertEquals(outcome, j.get("regimes").get(0).get("outcome").asText(), j.toString());
    }

    @Test
    void aDensityThatDoesNotTerminateIsGivenAsItsRatio() throws IOException {
        // TPU v4's 275 TFLOPS BF16 on 600 mm²: 4400 / 600 = 7.333…
        JsonNode j = json("--tops", "275", "--bits", "16", "--die-area", "600");
        assertEquals("4400/600", j.get("performanceDensityRatio").asText());
        assertFalse(j.get("performanceDensityTerminates").asBoolean());
        assertEquals(0, new BigDecimal("7.33333333333").compareTo(j.get("performanceDensity").decimalValue()));
        assertEquals("3A090.a.2", j.get("regimes").get(0).get("outcome").asText());
    }

    @Test
    void aSparseRateIsHalvedUnlessAnotherReadingIsAsked() throws IOException {
        // H100 SXM's FP8 with sparsity, 3,957.8: dense 1,978.9 × 8 = 15,831.2
        JsonNode halved = json("--tops", "3957.8", "--bits", "8", "--sparse");
        assertEquals(0, new BigDecimal("15831.2").compareTo(halved.get("tpp").decimalValue()), halved.toString());
        assertTrue(halved.get("interpretation").asText().contains("sparseOnly=HALVE"));
        JsonNode unknown = json("--tops", "3957.8", "--bits", "8", "--sparse", "--interpretation", "sparseOnly=UNKNOWN");
        assertTrue(unknown.get("tpp").isNull(), unknown.toString());
        assertEquals(0, new BigDecimal("31662.4").compareTo(unknown.get("tppUpper").decimalValue()), unknown.toString());
        assertTrue(unknown.get("tppMissing").size() > 0);
    }

    @Test
    void everyRegimeInForceIsAnsweredAndWhatIsMissingIsNamed() throws IOException {
        Run r = run("tpp", "--tops", "1978.9", "--bits", "8", "--die-area", "814", "--on", "2026-12-07", "--format", "json");
        assertEquals(0, r.code(), r.err());
        JsonNode regimes = new ObjectMapper().readTree(r.out()).get("regimes");
        assertTrue(regimes.size() >= 2, regimes.toString());
        boolean namesMissing = false;
        for (JsonNode d : regimes) {
            if (d.get("outcome").asText().equals("INDETERMINATE")) {
                assertTrue(d.get("missing").size() > 0, d.toString());
                namesMissing = true;
            }
        }
        assertTrue(namesMissing, "the China rules need memory bandwidth, which the calculator does not take: " + regimes);
    }

    @Test
    void textOutputShowsTheArithmetic() {
        Run r = run("tpp", "--tops", "275", "--bits", "16", "--die-area", "600", "--regime", "3a090-2024", "--on", "2026-12-07");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("TPP                  4400   (275 TOPS × 16 bits)"), r.out());
        assertTrue(r.out().contains("exactly 4400/600"), r.out());
        assertTrue(r.out().contains("3a090-2024          3A090.a.2"), r.out());
    }

    static Stream<Arguments> badInput() {
        return Stream.of(
            Arguments.of(new String[] {"--tops", "0", "--bits", "8"}, "--tops: invalid value 0"),
            Arguments.of(new String[] {"--tops", "-5", "--bits", "8"}, "--tops: invalid value -5"),
            Arguments.of(new String[] {"--tops", "1e99999", "--bits", "8"}, "--tops: invalid value"),
            Arguments.of(new String[] {"--tops", "10", "--bits", "0"}, "--bits: invalid value 0"),
            Arguments.of(new String[] {"--tops", "10", "--bits", "129"}, "--bits: invalid value 129"),
            Arguments.of(new String[] {"--tops", "10", "--bits", "8", "--die-area", "0"}, "--die-area: invalid value 0"),
            Arguments.of(new String[] {"--tops", "10", "--bits", "8", "--format", "csv"}, "--format csv is not offered"),
            Arguments.of(new String[] {"--bits", "8"}, "--tops"));
    }

    @ParameterizedTest
    @MethodSource("badInput")
    void badInputIsAOneLineUsageError(String[] args, String expected) {
        Run r = run(Stream.concat(Stream.of("tpp"), Stream.of(args)).toArray(String[]::new));
        assertEquals(Chipgate.USAGE, r.code(), r.out() + r.err());
        assertTrue(r.err().contains(expected), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
        assertEquals("", r.out());
    }
}
