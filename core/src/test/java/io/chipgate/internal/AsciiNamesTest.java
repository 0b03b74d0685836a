package io.chipgate.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The one case folding: ASCII letters only. */
class AsciiNamesTest {
    @Test
    void foldsAsciiLettersOnly() {
        assertTrue(AsciiNames.equalsIgnoringCase("NVLINK", "nvlink"));
        assertTrue(AsciiNames.equalsIgnoringCase("IO_BIDIRECTIONAL", "io_bidirectional"));
        assertFalse(AsciiNames.equalsIgnoringCase("IO_BIDIRECTIONAL", "io_b\u0131directional"), "dotless ı");
        assertFalse(AsciiNames.equalsIgnoringCase("KIND", "\u212Aind"), "Kelvin sign");
        assertFalse(AsciiNames.equalsIgnoringCase("FP8", "FP8 "));
        assertTrue("io_b\u0131directional".equalsIgnoreCase("IO_BIDIRECTIONAL"), "what String.equalsIgnoreCase would accept");
        assertEquals("INT8", AsciiNames.upper("int8"));
        assertEquals("\u0131NT8", AsciiNames.upper("\u0131nt8"));
    }
}
