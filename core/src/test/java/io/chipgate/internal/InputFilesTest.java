package io.chipgate.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.chipgate.spec.SpecFormatException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading a user's file: regular files only, a size limit, strict UTF-8, a byte-order mark skipped. */
class InputFilesTest {
    @TempDir
    Path dir;

    @Test
    void readsUtf8WithoutItsByteOrderMark() throws IOException {
        Path f = dir.resolve("a.json");
        Files.write(f, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'x', (byte) 0xC4, (byte) 0xB1});
        assertEquals("x\u0131", InputFiles.read(f));
    }

    @Test
    void namesTheByteOffsetOfInvalidUtf8() throws IOException {
        Path f = dir.resolve("b.json");
        Files.write(f, new byte[] {'a', 'b', (byte) 0xFF, 'c'});
        SpecFormatException e = assertThrows(SpecFormatException.class, () -> InputFiles.read(f));
        assertEquals(f + ": $: expected UTF-8 text (invalid byte sequence at byte offset 2)", e.getMessage());
        Files.write(f, new byte[] {'a', (byte) 0xC4});
        assertTrue(assertThrows(SpecFormatException.class, () -> InputFiles.read(f)).getMessage().contains("byte offset 1"));
    }

    @Test
    void refusesDirectoriesDevicesMissingAndOversizedFiles() throws IOException {
        assertEquals(dir + ": $: expected a file (it is a directory)",
            assertThrows(SpecFormatException.class, () -> InputFiles.read(dir)).getMessage());
        assertTrue(assertThrows(SpecFormatException.class, () -> InputFiles.read(dir.resolve("none"))).getMessage()
            .endsWith("expected an existing file (it does not exist)"));
        Path zero = Path.of("/dev/zero");
        if (Files.exists(zero)) {
            assertEquals("/dev/zero: $: expected a regular file (not a device, FIFO or socket)",
                assertThrows(SpecFormatException.class, () -> InputFiles.read(zero)).getMessage());
        }
        Path big = dir.resolve("big.json");
        Files.write(big, new byte[2048]);
        assertEquals(big + ": $: expected a file of at most 1024 bytes (it has 2048 bytes)",
            assertThrows(SpecFormatException.class, () -> InputFiles.read(big, 1024)).getMessage());
        assertEquals(64L * 1024 * 1024, InputFiles.MAX_BYTES);
    }
}
