package io.chipgate.spec;

import io.chipgate.document.DocumentFormatException;

/**
 * Formerly the exception of the spec reader. The readers now throw {@link DocumentFormatException}, the one
 * exception for every malformed document; this subclass remains so that code naming it still compiles, but no
 * chipgate reader throws it any more: catch {@link DocumentFormatException} instead.
 *
 * @deprecated since 0.1.0: catch {@link DocumentFormatException}; this type is never thrown and will be removed
 */
@Deprecated(since = "0.1.0", forRemoval = true)
public final class SpecFormatException extends DocumentFormatException {
    private static final long serialVersionUID = 1L;

    /**
     * A document that cannot be read.
     *
     * @param file the file or source name, not null
     * @param path the JSON path, not null
     * @param value the offending value as text, or null
     * @param expected what was expected, not null
     */
    public SpecFormatException(String file, String path, String value, String expected) {
        super(file, path, value, expected);
    }
}
