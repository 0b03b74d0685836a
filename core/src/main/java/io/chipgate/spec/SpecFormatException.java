package io.chipgate.spec;

import io.chipgate.internal.Messages;
import java.util.Objects;

/**
 * A spec document that cannot be read: it names the file, the JSON path, the offending value and what was
 * expected, e.g. {@code h100.json: $.dies[0].areaMm2: invalid value -814: expected a number above 0 and at most
 * 100000 (mm²)}.
 *
 * <p>It is the only exception the spec reader throws for bad input (truncated JSON, wrong types, duplicate
 * keys, unknown fields, out-of-range values). Nothing is half-loaded: a reader that throws returns no part.
 *
 * <p>The message is always one line: control characters in any part are escaped ({@code \n}, {@code \u001B}),
 * the value is cut to {@value io.chipgate.internal.Messages#VALUE_CAP} characters and the expectation to
 * {@value #EXPECTED_CAP}, each ending in "…" when cut. The accessors return the parts as shown.
 */
public final class SpecFormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Most characters of the expectation shown (it may quote a parser's message, which quotes input). */
    public static final int EXPECTED_CAP = 300;
    private static final int FILE_CAP = 200;

    private final String file;
    private final String path;
    private final String value;
    private final String expected;

    /**
     * @param file the file or source name, not null
     * @param path the JSON path ("$.dies[0].areaMm2"), or "$" for the document
     * @param value the offending value as text, or null if there is none (e.g. a missing field)
     * @param expected what was expected, in words
     */
    public SpecFormatException(String file, String path, String value, String expected) {
        this(Messages.capped(Objects.requireNonNull(file), FILE_CAP), Messages.capped(Objects.requireNonNull(path), FILE_CAP),
            Messages.value(value), Messages.capped(Objects.requireNonNull(expected), EXPECTED_CAP), true);
    }

    private SpecFormatException(String file, String path, String value, String expected, boolean shown) {
        super(format(file, path, value, expected));
        this.file = file;
        this.path = path;
        this.value = value;
        this.expected = expected;
    }

    private static String format(String file, String path, String value, String expected) {
        return file + ": " + path + ": " + (value == null ? "" : "invalid value " + value + ": ") + "expected " + expected;
    }

    public String file() {
        return file;
    }

    public String path() {
        return path;
    }

    /** The offending value as text; null when a field is missing or the document is unreadable. */
    public String value() {
        return value;
    }

    public String expected() {
        return expected;
    }
}
