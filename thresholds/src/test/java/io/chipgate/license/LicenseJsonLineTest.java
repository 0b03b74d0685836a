package io.chipgate.license;

import static io.chipgate.testing.Qt.qt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * {@link LicenseJsonStream.Line}, the writer of the licence JSON lines, writes what Jackson's UTF-8 generator writes
 * for the same tokens (compact JSON, the same escapes, a surrogate pair as the four bytes of its character), and
 * refuses to write a lone surrogate (the line is then written from the tree).
 */
class LicenseJsonLineTest {
    private static final JsonFactory JACKSON = JsonFactory.builder()
        .enable(com.fasterxml.jackson.core.json.JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8).build();

    /** Characters that exercise every branch of escaping: controls, quote, backslash, Latin-1, BMP, a pair's halves. */
    private static final String ALPHABET = "aZ09 \"\\/\t\n\r\b\f\u0000\u0001\u001F\u007F\u0080\u00A7\u00E9\u2014\u2265\u222A\uD83D\uDE00";

    private static Gen<String> texts() {
        return SourceDSL.lists().of(SourceDSL.integers().between(0, ALPHABET.length() - 1)).ofSizeBetween(0, 40).map(ix -> {
            StringBuilder b = new StringBuilder();
            for (int i : ix) {
                char c = ALPHABET.charAt(i);
                if (c == '\uD83D') {
                    b.append("\uD83D\uDE00"); // a whole pair
                } else if (c != '\uDE00') {
                    b.append(c);
                }
            }
            return b.toString();
        });
    }

    private static String jackson(List<String> values) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = JACKSON.createGenerator(out, JsonEncoding.UTF8)) {
            g.writeStartObject();
            g.writeNumberField("n", -42L);
            g.writeArrayFieldStart("values");
            for (String v : values) {
                g.writeString(v);
            }
            g.writeEndArray();
            g.writeNullField("none");
            g.writeBooleanField("yes", true);
            g.writeFieldName("empty");
            g.writeStartObject();
            g.writeEndObject();
            g.writeStringField("last", values.isEmpty() ? null : values.get(0));
            g.writeEndObject();
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static LicenseJsonStream.Line line(List<String> values) {
        LicenseJsonStream.Line g = new LicenseJsonStream.Line(new byte[4]); // small: the line must grow
        g.writeStartObject();
        g.writeNumberField("n", -42L);
        g.writeArrayFieldStart("values");
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
        g.writeNullField("none");
        g.writeBooleanField("yes", true);
        g.writeFieldName("empty");
        g.writeStartObject();
        g.writeEndObject();
        g.writeStringField("last", values.isEmpty() ? null : values.get(0));
        g.writeEndObject();
        return g;
    }

    private static String text(LicenseJsonStream.Line g) {
        return new String(g.bytes(), 0, g.length(), StandardCharsets.UTF_8);
    }

    @Test
    void writesWhatJacksonWritesForAnyStrings() {
        qt().withExamples(500).forAll(SourceDSL.lists().of(texts()).ofSizeBetween(0, 5)).checkAssert(values -> {
            try {
                LicenseJsonStream.Line g = line(values);
                assertFalse(g.surrogates());
                assertEquals(jackson(values), text(g));
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        });
    }

    @Test
    void theTokensAreCompactJsonWrittenByHand() {
        // written by hand from RFC 8259 and Jackson's escapes (\" \\ \n, \\u00XX with upper-case hex for other controls)
        LicenseJsonStream.Line g = line(List.of("a\"b\\c\nd\u0001", "\u00E9\u2014"));
        assertEquals("{\"n\":-42,\"values\":[\"a\\\"b\\\\c\\nd\\u0001\",\"\u00E9\u2014\"],\"none\":null,\"yes\":true,\"empty\":{},"
            + "\"last\":\"a\\\"b\\\\c\\nd\\u0001\"}", text(g));
    }

    @Test
    void aFieldNameIsWrittenQuotedWithItsColonAndOnlyPlainAsciiIsAName() {
        assertEquals("\"licenseRequired\":", new String(LicenseJsonStream.name("licenseRequired"), StandardCharsets.US_ASCII));
        for (String bad : List.of("a\"b", "back\\slash", "tab\t", "\u00E9t\u00E9")) {
            org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> LicenseJsonStream.name(bad), bad);
        }
    }

    @Test
    void aLoneSurrogateLeavesTheLineToTheTree() {
        for (String s : List.of("a\uD800b", "\uDC00", "ends high \uD800", "a long text with a lone low half \uDC00 in it")) {
            assertTrue(line(List.of(s)).surrogates(), s);
        }
        assertFalse(line(List.of("a pair \uD83D\uDE00 is a character", "\uD83D\uDE00")).surrogates());
    }

    @Test
    void aValueWrittenAgainInTheLineIsTheSameBytesAndSeparatedAsAnyValue() throws IOException {
        Object shared = new Object();
        LicenseJsonStream.ValueWriter w = x -> {
            x.writeStartObject();
            x.writeStringField("k", "a value long enough to be kept \u2014 once");
            x.writeEndObject();
        };
        LicenseJsonStream.Line g = new LicenseJsonStream.Line(new byte[8]);
        g.writeStartArray();
        g.once(shared, w);
        g.once(shared, w);
        g.once(new Object(), w);
        g.writeEndArray();
        String one = "{\"k\":\"a value long enough to be kept \u2014 once\"}";
        assertEquals("[" + one + "," + one + "," + one + "]", text(g));
    }
}
