package io.chipgate.cli;

/**
 * A mistake on the command line (exit code 2): options that do not go together, a value an option does not take.
 * Only these, picocli's own parameter errors, and unknown parts and regimes named on the command line are exit 2;
 * an {@link IllegalArgumentException} from the library is a defect (exit 4), not the user's mistake.
 */
final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }

    /** The library's refusal of a value that came from an option, as a usage error naming the option. */
    static UsageException of(String option, IllegalArgumentException e) {
        return new UsageException(option + ": " + e.getMessage());
    }
}
