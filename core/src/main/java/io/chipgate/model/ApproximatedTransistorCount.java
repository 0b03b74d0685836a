package io.chipgate.model;

import java.math.BigInteger;
import java.util.Objects;
import java.util.Optional;

/**
 * The "aggregated approximated transistor count" of a packaged IC in the sense of Note 1 to ECCN 3A090.a (90 FR
 * 5298): the front-end fabricator's or OSAT's approximation — the node's transistor density times the die area, or
 * an estimate from the GDS layout — summed over the dies of the package. It is the count that can overcome the
 * foundry presumption; a vendor's published marketing count is not it (that one is {@link Die#transistors()}).
 *
 * <p>In a spec file: {@code "approximatedTransistors": {"count": 27000000000, "method": "node density × die area",
 * "source": "fab-attestation"}}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param count the approximated aggregate count, positive
 * @param method how it was approximated, e.g. "node density × die area" or "GDS-based estimate"
 * @param source the id of the part's source for it, if any
 */
public record ApproximatedTransistorCount(BigInteger count, String method, Optional<String> source) {
    /**
     * Checks that the count is positive and the method named.
     *
     * @param count the approximated aggregate count, positive
     * @param method how it was approximated, not blank
     * @param source the id of the part's source for it, if any
     * @throws IllegalArgumentException for a count below 1 or a blank method
     */
    public ApproximatedTransistorCount {
        Objects.requireNonNull(count, "count");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(source, "source");
        if (count.signum() <= 0) {
            throw new IllegalArgumentException("approximatedTransistors.count must be positive, got " + count);
        }
        if (method.isBlank()) {
            throw new IllegalArgumentException("approximatedTransistors.method must say how the count was approximated "
                + "(e.g. \"node density × die area\" or \"GDS-based estimate\")");
        }
    }
}
