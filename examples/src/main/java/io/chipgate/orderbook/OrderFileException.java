package io.chipgate.orderbook;

/** An order file cannot be read as a whole (missing, not UTF-8, no header, a required column missing, broken quoting). */
public final class OrderFileException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** @param message names the file, the line or field, and what was expected */
    public OrderFileException(String message) {
        super(message);
    }
}
