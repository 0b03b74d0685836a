package io.chipgate.internal;

import io.chipgate.document.DocumentFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Reads a user's text file whole, in bounded time and memory. Not API.
 *
 * <p>Only a regular file is read (never a directory, device, FIFO or socket: {@code /dev/zero} would never end
 * and a FIFO would block), and only up to a stated size. The bytes must be UTF-8; a leading byte-order mark is
 * dropped; invalid UTF-8 is reported with its byte offset. Every failure is one
 * {@link DocumentFormatException} naming the file, at path "$". This class is immutable and thread-safe.
 */
public final class InputFiles {
    /** Largest user file read: 64 MiB. */
    public static final long MAX_BYTES = 64L * 1024 * 1024;

    private InputFiles() {
    }

    /** The text of a regular UTF-8 file of at most {@link #MAX_BYTES}. */
    public static String read(Path file) {
        return read(file, MAX_BYTES);
    }

    /**
     * The text of a regular UTF-8 file of at most {@code maxBytes}, without a leading byte-order mark.
     *
     * @throws DocumentFormatException if the file is missing, not a regular file, unreadable, too large or not UTF-8
     */
    public static String read(Path file, long maxBytes) {
        String name = file.toString();
        BasicFileAttributes attrs;
        try {
            attrs = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            throw new DocumentFormatException(name, "$", null, "an existing file (it does not exist)");
        } catch (IOException | SecurityException e) {
            throw new DocumentFormatException(name, "$", null, "a readable file (" + e.getMessage() + ")");
        }
        if (attrs.isDirectory()) {
            throw new DocumentFormatException(name, "$", null, "a file (it is a directory)");
        }
        if (!attrs.isRegularFile()) {
            throw new DocumentFormatException(name, "$", null, "a regular file (not a device, FIFO or socket)");
        }
        if (attrs.size() > maxBytes) {
            throw new DocumentFormatException(name, "$", null, "a file of at most " + size(maxBytes) + " (it has " + attrs.size() + " bytes)");
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        } catch (AccessDeniedException e) {
            throw new DocumentFormatException(name, "$", null, "a readable file (permission denied)");
        } catch (IOException | SecurityException e) {
            throw new DocumentFormatException(name, "$", null, "a readable file (" + e.getMessage() + ")");
        }
        if (bytes.length > maxBytes) {
            throw new DocumentFormatException(name, "$", null, "a file of at most " + size(maxBytes) + " (it grew while being read)");
        }
        return decode(bytes, name);
    }

    /**
     * UTF-8 bytes as text without a leading byte-order mark.
     *
     * @throws DocumentFormatException naming the byte offset of the first invalid sequence
     */
    public static String decode(byte[] bytes, String name) {
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        CharsetDecoder d = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length - start);
        CoderResult r = d.decode(in, out, true);
        if (r.isError()) {
            throw new DocumentFormatException(name, "$", null, "UTF-8 text (invalid byte sequence at byte offset " + in.position() + ")");
        }
        r = d.flush(out);
        if (r.isError()) {
            throw new DocumentFormatException(name, "$", null, "UTF-8 text (invalid byte sequence at the end)");
        }
        out.flip();
        return out.toString();
    }

    /** Strips one leading byte-order mark (U+FEFF) from text. */
    public static String withoutBom(String s) {
        return !s.isEmpty() && s.charAt(0) == '\uFEFF' ? s.substring(1) : s;
    }

    private static String size(long bytes) {
        return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MiB" : bytes + " bytes";
    }

}
