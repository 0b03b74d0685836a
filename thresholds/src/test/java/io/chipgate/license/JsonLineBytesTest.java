package io.chipgate.license;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.chipgate.model.Part;
import io.chipgate.testing.Chips;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * {@link LicenseReports#jsonLineUtf8(LicenseDetermination, byte[])}: the line followed by the bytes asked for (the
 * command line's line separator), and a lone UTF-16 surrogate of any value written as {@code ?}, as its Javadoc says.
 */
class JsonLineBytesTest {
    static final LocalDate JUN_2024 = LocalDate.of(2024, 6, 1);
    static final byte[] LF = {'\n'};
    static final byte[] CRLF = {'\r', '\n'};

    static LicenseDetermination h100Named(String name) {
        return Ship.assess(Part.builder().from(Chips.H100).name(name).build(), 8, "CN", null, JUN_2024);
    }

    /** The bytes of the text, encoded as the Javadoc says: UTF-8, a lone surrogate as '?'. */
    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @Test
    void theLineIsFollowedByTheEndBytesGiven() {
        LicenseDetermination d = h100Named("H100 SXM5 80GB");
        byte[] line = utf8(LicenseReports.jsonLine(d));
        assertArrayEquals(concat(line, LF), LicenseReports.jsonLineUtf8(d, LF));
        assertArrayEquals(concat(line, CRLF), LicenseReports.jsonLineUtf8(d, CRLF));
        assertArrayEquals(line, LicenseReports.jsonLineUtf8(d, new byte[0]));
        byte[] withLf = LicenseReports.jsonLineUtf8(d, LF);
        assertEquals('}', withLf[withLf.length - 2], "the object closes before the separator");
    }

    @Test
    void aLineWithALoneSurrogateIsAlsoFollowedByTheEndBytes() {
        // the slower way (through the text) must end the line the same way
        LicenseDetermination d = h100Named("lone \uDA00 surrogate");
        byte[] bytes = LicenseReports.jsonLineUtf8(d, CRLF);
        assertEquals('\r', bytes[bytes.length - 2]);
        assertEquals('\n', bytes[bytes.length - 1]);
        assertEquals('}', bytes[bytes.length - 3]);
        assertArrayEquals(concat(utf8(LicenseReports.jsonLine(d)), CRLF), bytes);
    }

    /**
     * Every lone surrogate, high (U+D800–U+DBFF) or low (U+DC00–U+DFFF), with each hexadecimal digit its third place
     * can take (8, 9, A–F), is written as '?': UTF-8 cannot encode it.
     */
    @Test
    void aLoneSurrogateOfAnyValueIsWrittenAsAQuestionMark() {
        char[] lone = {'\uD800', '\uD9FF', '\uDA00', '\uDB7F', '\uDC00', '\uDD11', '\uDE80', '\uDFFF'};
        for (char c : lone) {
            String hex = Integer.toHexString(c).toUpperCase(java.util.Locale.ROOT);
            LicenseDetermination d = h100Named("x" + c + "y");
            String written = new String(LicenseReports.jsonLineUtf8(d, LF), StandardCharsets.UTF_8);
            assertTrue(written.contains("\"partName\":\"x?y\""), hex + ": " + written.substring(0, 120));
            assertFalse(written.contains("\\u" + hex) || written.contains("\\u" + hex.toLowerCase(java.util.Locale.ROOT)), hex);
            assertTrue(written.endsWith("}\n"), hex);
        }
    }

    @Test
    void aPairOfSurrogatesIsOneCharacterInFourBytes() {
        // U+1F680 (rocket) is D83D DE80 in UTF-16, F0 9F 9A 80 in UTF-8
        byte[] b = LicenseReports.jsonLineUtf8(h100Named("r\uD83D\uDE80"), LF);
        String latin = new String(b, StandardCharsets.ISO_8859_1);
        assertTrue(latin.contains("\"partName\":\"r\u00F0\u009F\u009A\u0080\""), latin.substring(0, 120));
        assertFalse(latin.contains("?\""), "no character lost");
    }

    /**
     * Lines far longer than a thread's first buffer (32 KB): part names of 100,000 and 300,000 characters. The bytes
     * are still the text's, and the next, short line is not disturbed by the long ones.
     */
    @Test
    void aLineLongerThanTheBufferIsWrittenWholeAndTheNextLineAfterIt() throws InterruptedException {
        // in a thread of its own, as the command line's workers write: its buffer starts at its first size
        AtomicReference<Throwable> failed = new AtomicReference<>();
        Thread worker = new Thread(() -> {
            try {
                String name = "N".repeat(100_000);
                LicenseDetermination longOne = h100Named(name);
                byte[] bytes = LicenseReports.jsonLineUtf8(longOne, LF);
                assertTrue(bytes.length > 100_000, "the whole name: " + bytes.length);
                assertArrayEquals(concat(utf8(LicenseReports.jsonLine(longOne)), LF), bytes);
                LicenseDetermination longer = h100Named(name + name + name);
                assertArrayEquals(concat(utf8(LicenseReports.jsonLine(longer)), LF), LicenseReports.jsonLineUtf8(longer, LF));
                LicenseDetermination shortOne = h100Named("H100");
                assertArrayEquals(concat(utf8(LicenseReports.jsonLine(shortOne)), LF), LicenseReports.jsonLineUtf8(shortOne, LF));
            } catch (Throwable t) {
                failed.set(t);
            }
        });
        worker.start();
        worker.join();
        if (failed.get() != null) {
            throw new AssertionError(failed.get());
        }
    }
}
