package io.chipgate.cli;

import static io.chipgate.cli.ChipgateCliTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 22 §3: {@code screen} on a NUL-filled file ended in a NullPointerException, exit 4. NUL bytes are bad input:
 * one line, exit 3, naming the file.
 */
class ScreenNulBytesTest {
    @TempDir
    Path dir;

    private static void oneLineExitThree(ChipgateCliTest.Run r, Path f) {
        assertEquals(Chipgate.BAD_DATA, r.code(), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().startsWith("chipgate: bad input: " + f), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
        assertFalse(r.err().chars().anyMatch(c -> c == 0), "a raw NUL on stderr");
        assertEquals("", r.out());
    }

    @Test
    void aFileOfNulBytesIsOneLine() throws Exception {
        Path f = dir.resolve("zeros.csv");
        Files.write(f, new byte[4096]);
        oneLineExitThree(run("screen", f.toString(), "--on", "2026-11-30"), f);
    }

    @Test
    void nulBytesInAFieldAreOneLine() throws Exception {
        Path f = dir.resolve("nul-field.csv");
        byte[] head = "part,quantity,destination\nH100,8,DE\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        byte[] all = java.util.Arrays.copyOf(head, head.length + 201);
        all[all.length - 1] = '\n';   // a line of 200 NUL bytes
        Files.write(f, all);
        // the invalid-lines report: its first line, then one line per invalid line of the book, NULs not written raw
        ChipgateCliTest.Run r = run("screen", f.toString(), "--on", "2026-11-30");
        assertEquals(Chipgate.BAD_DATA, r.code(), r.err());
        assertTrue(r.err().startsWith("chipgate: bad input: " + f + ": 1 of 2 lines are invalid"), r.err());
        assertTrue(r.err().contains("  line 3: part '"), r.err());
        assertEquals(2, r.err().strip().lines().count(), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
        assertFalse(r.err().chars().anyMatch(c -> c == 0), "a raw NUL on stderr");
        assertEquals("", r.out());
    }
}
