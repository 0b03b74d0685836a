package io.chipgate.parties;

import io.chipgate.document.DocumentFormatException;

/**
 * A screening-list file that cannot be read: trade.gov's consolidated.json or consolidated.csv, or a chipgate
 * snapshot, named by file, field (JSON path or CSV line and column), value and what was expected, on one line, e.g.
 * {@code consolidated.json: $.results[12].name: no value: expected the listed name, a non-empty string; correct the
 * document and read it again}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PartyListFormatException extends DocumentFormatException {
    private static final long serialVersionUID = 1L;

    /**
     * A screening-list file that cannot be read.
     *
     * @param file the file name, not null
     * @param path where in the file: a JSON path or "line 12, column name", not null
     * @param value the offending value, or null when there is none
     * @param expected what was expected, not null
     */
    public PartyListFormatException(String file, String path, String value, String expected) {
        super(file, path, value, expected);
    }
}
