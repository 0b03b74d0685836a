package io.chipgate.license;

import java.util.Objects;

/**
 * One defensible reading of a point the law leaves open: which {@link Question} it answers, its name, the
 * assumption it makes and the source it rests on. A licence determination is evaluated under every combination
 * of readings that its facts touch; its answer is definite only when every combination gives the same one
 * (see {@link LicenseDetermination#readings()}).
 *
 * <p>Example: for the question "which country-group table does the pre-2025 destination scope use after BIS
 * stopped enforcing the AI-diffusion rule?", the readings are "the table in force on the shipment date" and "the
 * table as it stood before 90 FR 4544".
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id stable identifier, unique within its question, e.g. {@code table-on-date}
 * @param question the id of the {@link Question} it answers
 * @param assumption what the reading assumes, in words
 * @param citation the text or source it rests on
 */
public record Reading(String id, String question, String assumption, String citation) {
    /**
     * Checks that no component is null or blank.
     *
     * @param id stable identifier, unique within its question, e.g. {@code table-on-date}
     * @param question the id of the {@link Question} it answers
     * @param assumption what the reading assumes, in words
     * @param citation the text or source it rests on
     * @throws IllegalArgumentException if a component is blank
     */
    public Reading {
        for (String s : new String[] {id, question, assumption, citation}) {
            if (Objects.requireNonNull(s, "a Reading component").isBlank()) {
                throw new IllegalArgumentException("A Reading needs a non-blank id, question, assumption and citation");
            }
        }
    }

    /** {@return "question=id", the form used in reports} */
    public String key() {
        return question + "=" + id;
    }

    @Override
    public String toString() {
        return key() + " (" + assumption + ")";
    }
}
