package io.chipgate.spec;

import io.chipgate.document.DocumentFormatException;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.chipgate.metrics.Interpretation;
import io.chipgate.metrics.PartMetrics;
import io.chipgate.model.Part;
import java.io.StringReader;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The spec reader under hostile input (issue 12): each case one exception, path and expectation, fast. */
class SpecReaderHostileTest {
    static final SpecReader R = SpecReader.instance();

    static String part(String extra) {
        return "{\"id\":\"x\",\"vendor\":\"V\",\"name\":\"X\"" + extra + "}";
    }

    static Stream<Arguments> refused() {
        return Stream.of(
            Arguments.of(part(",\"dies\":[{\"role\":\"LOGIC\",\"areaMm2\":1e-99999999}]"), "$.dies[0].areaMm2", "at most 30 significant digits"),
            Arguments.of(part(",\"dies\":[{\"role\":\"LOGIC\",\"areaMm2\":1e999999999}]"), "$.dies[0].areaMm2", "between 1e-30 and 1e30"),
            Arguments.of(part(",\"dies\":[{\"role\":\"LOGIC\",\"areaMm2\":0.009}]"), "$.dies[0].areaMm2", "a number from 0.01 to 100000 (mm²)"),
            Arguments.of(part(",\"compute\":[{\"precision\":\"FP8\",\"denseTops\":1e-999999999}]"), "$.compute[0].denseTops", "at most 30 significant digits"),
            Arguments.of(part(",\"year\":1e2147483648"), "$", "at most 30 significant digits"),
            Arguments.of(part(",\"year\":123456789012345678901234567890123"), "$.year", "at most 30 significant digits"),
            Arguments.of(part(",\"notes\":\"a\\u001Bb\""), "$.notes", "text without control characters (found U+001B at character 2)"),
            Arguments.of(part(",\"kind\":\"ACCELERATOR\\u0000\""), "$.kind", "text without control characters"),
            Arguments.of(part(",\"kind\":\"ACCELERATOR\\n\""), "$.kind", "text without control characters"),
            Arguments.of(part(",\"kind\":\"acceler\u0251tor\""), "$.kind", "one of [ACCELERATOR, MEMORY, SYSTEM]"),
            Arguments.of(part(",\"io\":[{\"kind\":\"NVL\u0131NK\"}]"), "$.io[0].kind", "one of [NVLINK"),
            Arguments.of(part(",\"compute\":[{\"precision\":\"\u0131nt8\",\"denseTops\":1}]"), "$.compute[0].precision", "together with \"bits\""),
            Arguments.of(part(",\"aliases\":[" + "\"a\",".repeat(300) + "\"b\"]"), "$.aliases", "at most 256 entries"),
            Arguments.of(part("") + "{\"id\":\"second\"}", "$", "well-formed JSON (line 1, column 35)"),
            Arguments.of(part("") + "]]]", "$", "well-formed JSON (line 1, column 35)"),
            Arguments.of("[]", "$", "at least one part"),
            Arguments.of("", "$", "a JSON document, but the input is empty"),
            Arguments.of("[".repeat(5000), "$", "nesting at most 64 levels deep"),
            Arguments.of(part(",\"replaces\":\"Not An Id\""), "$.replaces", "the id of a built-in part"));
    }

    @ParameterizedTest(name = "{1}: {2}")
    @MethodSource("refused")
    void refusedInOneLine(String doc, String path, String expected) {
        DocumentFormatException e = assertThrows(DocumentFormatException.class,
            () -> assertTimeoutPreemptively(Duration.ofSeconds(2), () -> R.readParts(doc, "f.json")));
        assertEquals(path, e.path(), e.getMessage());
        assertTrue(e.getMessage().startsWith("f.json: " + path + ": "), e.getMessage());
        assertTrue(e.getMessage().contains(expected), e.getMessage());
        assertTrue(e.getMessage().lines().count() == 1 && e.getMessage().length() < 600, e.getMessage());
    }

    /** 4800 written as 300 TOPS × 16 bits, in every decimal form: TPP exactly 4800. */
    @Test
    void boundaryFormsAreExact() {
        for (String form : new String[] {"300", "3e2", "0.3E3", "30000e-2", "300.000"}) {
            Part p = R.readPart(part(",\"compute\":[{\"precision\":\"FP16\",\"denseTops\":" + form + "}]"), "f.json");
            assertEquals(0, PartMetrics.of(p, Interpretation.defaults()).tpp().value().get().compareTo(new java.math.BigDecimal("4800")), form);
        }
    }

    @Test
    void aByteOrderMarkIsSkippedAndTheSmallestAreaAccepted() {
        Part p = R.readParts(new StringReader("\uFEFF" + part(",\"dies\":[{\"role\":\"LOGIC\",\"areaMm2\":0.01}]")), "f.json").get(0);
        assertEquals("0.01", p.dies().get(0).areaMm2().get().toPlainString());
    }

    @Test
    void aHugeValueIsCutInTheMessage() {
        String doc = part(",\"kind\":\"" + "K".repeat(1_000_000) + "\"");
        DocumentFormatException e = assertThrows(DocumentFormatException.class, () -> R.readParts(doc, "f.json"));
        assertTrue(e.value().length() <= 81, e.value().length() + "");
        assertTrue(e.value().endsWith("…"));
    }
}
