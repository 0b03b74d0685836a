package io.chipgate.license;

import java.util.Objects;

/**
 * A country-group data file that cannot be read: it names the file, the JSON path, the offending value and what
 * was expected, e.g. {@code country-groups.json: $.groups.D:5.members[3]: invalid value "XX": expected an ISO
 * 3166-1 alpha-2 code such as CN}. Fix the file and load it again; nothing is half-loaded.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CountryGroupsFormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String file;
    private final String path;
    private final String value;
    private final String expected;

    /**
     * @param file the file or resource name, not null
     * @param path the JSON path ("$.changes[0].group"), or "$" for the document
     * @param value the offending value as text, or null when a field is missing or the document is unreadable
     * @param expected what was expected, in words
     */
    public CountryGroupsFormatException(String file, String path, String value, String expected) {
        super(file + ": " + path + ": " + (value == null ? "" : "invalid value " + value + ": ") + "expected " + expected);
        this.file = Objects.requireNonNull(file);
        this.path = Objects.requireNonNull(path);
        this.value = value;
        this.expected = Objects.requireNonNull(expected);
    }

    /** The file or resource name. */
    public String file() {
        return file;
    }

    /** The JSON path of the bad field. */
    public String path() {
        return path;
    }

    /** The offending value as text; null when a field is missing. */
    public String value() {
        return value;
    }

    /** What was expected, in words. */
    public String expected() {
        return expected;
    }
}
