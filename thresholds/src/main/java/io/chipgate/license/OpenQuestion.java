package io.chipgate.license;

import java.util.Objects;

/**
 * One open question whose answer would help make an UNKNOWN licence answer definite: a fact of the shipment that
 * was not given (the end user's headquarters, a datacenter designation, whether a UAE end user is approved, a missing
 * figure of the part) or a {@link Question} the law leaves open. {@link LicenseDetermination#settledBy()} lists the
 * smallest set of them whose answers, whichever they are, make the answer definite.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id a stable identifier, e.g. {@code headquarters} or a reading question's id such as {@code fallback-table}
 * @param question the question, one sentence of at most 200 characters
 * @param known what is known now, e.g. "not given" or "catalog: no datacenter designation"
 * @param citation the provision the answer matters under
 */
public record OpenQuestion(String id, String question, String known, String citation) {
    /** The longest question text. */
    public static final int MAX_QUESTION = 200;

    /**
     * Checks presence and the length of the question.
     *
     * @param id a stable identifier
     * @param question the question, at most 200 characters
     * @param known what is known now
     * @param citation the provision
     * @throws IllegalArgumentException if the question is longer than 200 characters
     */
    public OpenQuestion {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(known, "known");
        Objects.requireNonNull(citation, "citation");
        if (question.length() > MAX_QUESTION) {
            throw new IllegalArgumentException("open question '" + id + "' is " + question.length() + " characters long; at most "
                + MAX_QUESTION + " expected");
        }
    }

    /** {@return "question (known: …)" for one line of text} */
    @Override
    public String toString() {
        return question + " (known: " + known + ")";
    }
}
