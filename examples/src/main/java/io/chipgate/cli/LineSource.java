package io.chipgate.cli;

import io.chipgate.internal.Messages;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CoderResult;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * The one reader of every {@code --from} (a file, a pipe, or {@code -} for standard input): one query a line, in
 * bounded memory whatever arrives.
 *
 * <ul>
 *   <li>only a regular file or a pipe (FIFO) is opened; a directory, a device ({@code /dev/zero}) or a socket is
 *       refused before anything is read;</li>
 *   <li>a line longer than {@value #MAX_LINE_BYTES} bytes stops the reading (a 60 MB line, or {@code /dev/zero}
 *       through a pipe, never reaches memory);</li>
 *   <li>the text must be UTF-8 without NUL characters: a Latin-1 or binary file stops with its line and byte;</li>
 *   <li>a byte-order mark at the start is skipped; a line ends at LF or CRLF.</li>
 * </ul>
 *
 * <p>Every problem is a {@link BadInputException} (exit 3) whose message names the source and the line.
 */
final class LineSource implements Closeable {
    /** The longest line read, in bytes: far more than any query, far less than memory. */
    static final int MAX_LINE_BYTES = 16 * 1024;

    private final String name;
    private final InputStream in;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream(256);
    private final CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private long number;

    private LineSource(String name, InputStream in) {
        this.name = name;
        this.in = new BufferedInputStream(in, 1 << 16);
    }

    /**
     * Opens {@code -} (standard input) or a file.
     *
     * @param from the option's value
     * @param stdin standard input
     * @throws BadInputException if the file is missing, unreadable, a directory or a device
     */
    static LineSource open(String from, InputStream stdin) {
        if (from.equals("-")) {
            return new LineSource("standard input", stdin);
        }
        Path path = Path.of(from);
        try {
            BasicFileAttributes a = Files.readAttributes(path, BasicFileAttributes.class);
            if (a.isDirectory()) {
                throw new BadInputException(from + ": expected a file of lines to read (it is a directory)");
            }
            if (!a.isRegularFile() && !fifo(path)) {
                throw new BadInputException(from + ": expected a regular file or a pipe (it is a device or a socket, which may never end)");
            }
            return new LineSource(from, Files.newInputStream(path));
        } catch (NoSuchFileException e) {
            throw new BadInputException(from + ": no such file");
        } catch (AccessDeniedException e) {
            throw new BadInputException(from + ": expected a readable file (permission denied)");
        } catch (IOException | SecurityException e) {
            throw new BadInputException(from + ": expected a readable file (" + e.getMessage() + ")");
        }
    }

    private static boolean fifo(Path path) {
        try {
            return (((Integer) Files.getAttribute(path, "unix:mode")) & 0170000) == 0010000;
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return false;
        }
    }

    /** "standard input" or the file as given. */
    String name() {
        return name;
    }

    /** The number of the line last returned (1 for the first). */
    long lineNumber() {
        return number;
    }

    /**
     * The next line without its line ending (and, on line 1, without a byte-order mark); null at the end.
     *
     * @throws BadInputException naming the source and line for a line too long, not UTF-8, or holding a NUL
     */
    String next() {
        line.reset();
        int b;
        try {
            while ((b = in.read()) >= 0 && b != '\n') {
                if (line.size() >= MAX_LINE_BYTES) {
                    number++;
                    throw new BadInputException(where() + "longer than " + MAX_LINE_BYTES + " bytes: expected one short line a query"
                        + " (is it the right file?); nothing after it was read");
                }
                line.write(b);
            }
        } catch (IOException e) {
            throw new BadInputException(name + ": cannot read after line " + number + " (" + e.getMessage() + ")");
        }
        if (b < 0 && line.size() == 0) {
            return null;
        }
        number++;
        byte[] bytes = line.toByteArray();
        int len = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
        int start = number == 1 && len >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        for (int i = start; i < len; i++) {
            if (bytes[i] == 0) {
                throw new BadInputException(where() + "a NUL byte at byte " + (i + 1) + ": expected UTF-8 text (is it a binary file?)");
            }
        }
        ByteBuffer source = ByteBuffer.wrap(bytes, start, len - start);
        CharBuffer text = CharBuffer.allocate(len - start);
        CoderResult r = utf8.reset().decode(source, text, true);
        if (!r.isError()) {
            r = utf8.flush(text);
        }
        if (r.isError()) {
            int bad = Math.min(source.position(), len - 1);
            throw new BadInputException(where() + "expected UTF-8 text (invalid byte 0x" + String.format("%02X", bytes[bad] & 0xFF)
                + " at byte " + (bad + 1) + " of the line; a Latin-1 or Windows file? save it as UTF-8)");
        }
        return text.flip().toString();
    }

    private String where() {
        return name + ": line " + number + ": ";
    }

    /** A value from a line, for a message: control characters escaped, cut at 200 characters. */
    static String shown(String value) {
        return Messages.capped(value, 200);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
