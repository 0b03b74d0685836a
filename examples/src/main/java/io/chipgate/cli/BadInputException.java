package io.chipgate.cli;

/** A user's input file is unreadable or invalid (exit code 3); the message names the file, field and value. */
final class BadInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    BadInputException(String message) {
        super(message);
    }
}
