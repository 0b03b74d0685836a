package io.chipgate.document;

import io.chipgate.internal.Messages;
import java.util.Objects;

/**
 * A document that cannot be read — a spec file (JSON or YAML), a custom regime, a licence data file, a directory
 * of specs — named by the file, the JSON path, the offending value and what was expected, and ending with what to
 * do, e.g. {@code h100.json: $.dies[0].areaMm2: invalid value -814: expected a number above 0 and at most 100000
 * (mm²); correct the document and read it again}.
 *
 * <p>It is the one exception every chipgate reader throws for bad input: malformed JSON or YAML, a wrong type, a
 * duplicate key, an unknown field, an out-of-range or unbounded number, a control character, content after the
 * document, nesting too deep, a file that is missing, too large or not UTF-8. Nothing is half-loaded: a reader that
 * throws returns nothing.
 *
 * <p>The message is always one line: control characters in any part are escaped ({@code \n}, {@code \u001B}),
 * the value is cut to {@value io.chipgate.internal.Messages#VALUE_CAP} characters and the expectation to
 * {@value #EXPECTED_CAP}, each ending in "…" when cut. The accessors return the parts as shown. When there is no
 * value to show (a required field is missing, the document is not well-formed, the file cannot be read) the
 * message says "no value" and {@link #value()} is null.
 *
 * <p>This class is immutable and thread-safe.
 */
public class DocumentFormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Most characters of the expectation shown (it may quote a parser's message, which quotes input). */
    public static final int EXPECTED_CAP = 300;
    /** Most characters of the file name and of the path shown. */
    static final int NAME_CAP = 200;
    /** What the message tells the user to do, after the expectation. */
    static final String ADVICE = "correct the document and read it again";

    private final String file;
    private final String path;
    private final String value;
    private final String expected;

    /**
     * A document that cannot be read.
     *
     * @param file the file or source name ("h100.json", "stdin", a resource name), not null
     * @param path the JSON path ("$.dies[0].areaMm2"), or "$" for the whole document, possibly followed by a
     *     line and column ("$ (line 3, column 7)"), not null
     * @param value the offending value as text (a string quoted, a number plain), or null if there is none (e.g. a
     *     missing field)
     * @param expected what was expected, in words ("a number above 0"), not null
     */
    public DocumentFormatException(String file, String path, String value, String expected) {
        this(new Parts(file, path, value, expected));
    }

    private DocumentFormatException(Parts p) {
        super(p.file + ": " + p.path + ": " + (p.value == null ? "no value" : "invalid value " + p.value)
            + ": expected " + p.expected + "; " + ADVICE);
        this.file = p.file;
        this.path = p.path;
        this.value = p.value;
        this.expected = p.expected;
    }

    /** The parts as shown: escaped and capped. */
    private static final class Parts {
        final String file;
        final String path;
        final String value;
        final String expected;

        Parts(String file, String path, String value, String expected) {
            this.file = Messages.capped(Objects.requireNonNull(file, "file"), NAME_CAP);
            this.path = Messages.capped(Objects.requireNonNull(path, "path"), NAME_CAP);
            this.value = Messages.value(value);
            this.expected = Messages.capped(Objects.requireNonNull(expected, "expected"), EXPECTED_CAP);
        }
    }

    /**
     * The file or source name, as shown.
     *
     * @return the name, never null
     */
    public String file() {
        return file;
    }

    /**
     * The JSON path of the offending value, as shown: "$" for the whole document, possibly with a line and column.
     *
     * @return the path, never null
     */
    public String path() {
        return path;
    }

    /**
     * The offending value as text, as shown.
     *
     * @return the value, or null when a field is missing or the document is unreadable
     */
    public String value() {
        return value;
    }

    /**
     * What was expected, in words, as shown.
     *
     * @return the expectation, never null
     */
    public String expected() {
        return expected;
    }
}
