package io.chipgate.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.chipgate.document.DocumentFormatException;
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
        DocumentFormatException e = assertThrows(DocumentFormatException.class, () -> InputFiles.read(f));
        assertEquals(f + ": $: no value: expected UTF-8 text (invalid byte sequence at byte offset 2); correct the document and read it again", e.getMessage());
        Files.write(f, new byte[] {'a', (byte) 0xC4});
        assertTrue(assertThrows(DocumentFormatException.class, () -> InputFiles.read(f)).getMessage().contains("byte offset 1"));
    }

    @Test
    void refusesDirectoriesDevicesMissingAndOversizedFiles() throws IOException {
        assertEquals(dir + ": $: no value: expected a file (it is a directory); correct the document and read it again",
            assertThrows(DocumentFormatException.class, () -> InputFiles.read(dir)).getMessage());
        assertTrue(assertThrows(DocumentFormatException.class, () -> InputFiles.read(dir.resolve("none"))).getMessage()
            .endsWith("expected an existing file (it does not exist); correct the document and read it again"));
        Path zero = Path.of("/dev/zero");
        if (Files.exists(zero)) {
            assertEquals("/dev/zero: $: no value: expected a regular file (not a device, FIFO or socket); correct the document and read it again",
                assertThrows(DocumentFormatException.class, () -> InputFiles.read(zero)).getMessage());
        }
        Path big = dir.resolve("big.json");
        Files.write(big, new byte[2048]);
        assertEquals(big + ": $: no value: expected a file of at most 1024 bytes (it has 2048 bytes); correct the document and read it again",
            assertThrows(DocumentFormatException.class, () -> InputFiles.read(big, 1024)).getMessage());
        assertEquals(64L * 1024 * 1024, InputFiles.MAX_BYTES);
    }
}
