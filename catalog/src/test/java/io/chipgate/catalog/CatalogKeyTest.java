package io.chipgate.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.chipgate.testing.Qt;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

/** {@link Catalog#key}: ASCII letters lower-cased, white space, '_', '.' and '-' dropped, every other character kept. */
class CatalogKeyTest {
    @Test
    void examples() {
        assertEquals("nvidiah100sxm", Catalog.key("NVIDIA H100-SXM"));
        assertEquals("h100", Catalog.key("h100"));
        assertEquals("rtx4090d", Catalog.key(" RTX_4090.D\t\n"));
        assertEquals("", Catalog.key(" - _ ."));
        // only ASCII is folded: the dotless i and the Kelvin sign stay as they are; a no-break space is not dropped
        assertEquals("nvlınk\u212a\u00a0x", Catalog.key("NVLıNK\u212a\u00a0X"));
        assertEquals("ab", Catalog.key("a\013b"));
    }

    /** The same key as the regular expression the catalog used before ({@code [\s_.\-]+} removed after ASCII lower-casing). */
    @Test
    void sameAsTheRegularExpression() {
        Qt.qt().withExamples(2_000).forAll(SourceDSL.strings().betweenCodePoints(0, 0x2130).ofLengthBetween(0, 12))
            .checkAssert(s -> assertEquals(io.chipgate.internal.AsciiNames.lower(s).replaceAll("[\\s_.\\-]+", ""), Catalog.key(s), s));
        Qt.qt().withExamples(2_000).forAll(SourceDSL.strings().allPossible().ofLengthBetween(0, 6).map(s -> s + " A-b_C.d\013\f\r"))
            .checkAssert(s -> assertEquals(io.chipgate.internal.AsciiNames.lower(s).replaceAll("[\\s_.\\-]+", ""), Catalog.key(s), s));
    }
}
