package io.chipgate.model;

import io.chipgate.internal.BoundedNumbers;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The peak rate of one precision, in tera-operations per second as datasheets state TOPS or TFLOPS
 * (one multiply-accumulate counts as two operations, so the figure is 2 × MacTOPS).
 *
 * <p>Only the dense rate feeds TPP: "the 'TPP' values are the values for processing of dense matrices
 * (e.g., without sparsity)" (Technical Note to 3A090, 88 FR 73458). A sparse rate may be recorded for
 * reference; with only a sparse rate the dense rate is unknown (at most the sparse rate) unless an
 * interpretation halves it. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ComputeRate implements Sourced {
    /** {@return the precision this rate is stated for, e.g. FP16 or INT8} */
    public abstract Precision precision();

    /** {@return dense peak rate in TOPS/TFLOPS, if known} */
    public abstract Optional<BigDecimal> denseTops();

    /** {@return peak rate with structured sparsity, if stated} */
    public abstract Optional<BigDecimal> sparseTops();

    /** {@return a builder for a compute rate with provenance} */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds {@link ComputeRate} values: set the fields, then {@code build()}, which checks the invariants.
     * A builder is mutable and not thread-safe; the values it builds are immutable.
     */
    public static final class Builder extends ImmutableComputeRate.Builder {
        Builder() {
        }
    }

    /**
     * {@return a dense rate with no provenance, for quick what-if parts}
     *
     * @param precision the precision the rate is stated for, not null
     * @param tops the dense peak rate in TOPS/TFLOPS, above 0, between 1e-100 and 1e100 with at most 1000 decimal places, not null
     * @throws IllegalArgumentException if the rate is out of that range
     */
    public static ComputeRate dense(Precision precision, BigDecimal tops) {
        return builder().precision(precision).denseTops(tops).build();
    }

    /**
     * Checks that a dense or a sparse rate is given, each above 0 and between 1e-100 and 1e100 with at most 1000 decimal places; called on construction.
     *
     * @throws IllegalArgumentException naming the precision when neither is, or the field and value out of range
     */
    @Value.Check
    protected void check() {
        if (denseTops().isEmpty() && sparseTops().isEmpty()) {
            throw new IllegalArgumentException("Invalid compute rate for " + precision()
                + ": neither denseTops nor sparseTops is given");
        }
        denseTops().ifPresent(t -> checkRate("denseTops", t));
        sparseTops().ifPresent(t -> checkRate("sparseTops", t));
    }

    /**
     * Above 0 (a negative rate would read as a silent "not controlled") and within reach of exact arithmetic
     * ({@code 1e999999999} would exhaust memory).
     */
    private void checkRate(String field, BigDecimal tops) {
        if (!BoundedNumbers.isTractable(tops) || tops.signum() <= 0) {
            throw new IllegalArgumentException("Invalid value for " + field + " of " + precision() + " (TOPS, valid values above 0 and "
                + BoundedNumbers.tractableExpectation() + "): " + BoundedNumbers.show(tops));
        }
    }
}
