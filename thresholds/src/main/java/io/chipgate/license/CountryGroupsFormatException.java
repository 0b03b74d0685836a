package io.chipgate.license;

import io.chipgate.document.DocumentFormatException;

/**
 * Formerly the exception of the country-group and embargo readers. They now throw
 * {@link DocumentFormatException}, the one exception for every malformed document; this subclass remains so that
 * code naming it still compiles, but no chipgate reader throws it any more: catch {@link DocumentFormatException}.
 *
 * @deprecated since 0.1.0: catch {@link DocumentFormatException}; this type is never thrown and will be removed
 */
@Deprecated(since = "0.1.0", forRemoval = true)
public final class CountryGroupsFormatException extends DocumentFormatException {
    private static final long serialVersionUID = 1L;

    /**
     * A data file that cannot be read.
     *
     * @param file the file or resource name, not null
     * @param path the JSON path, not null
     * @param value the offending value as text, or null
     * @param expected what was expected, in words, not null
     */
    public CountryGroupsFormatException(String file, String path, String value, String expected) {
        super(file, path, value, expected);
    }
}
