package io.chipgate.model;

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
    public abstract Precision precision();

    /** Dense peak rate in TOPS/TFLOPS, if known. */
    public abstract Optional<BigDecimal> denseTops();

    /** Peak rate with structured sparsity, if stated. */
    public abstract Optional<BigDecimal> sparseTops();

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

    /** A dense rate with no provenance, for quick what-if parts. */
    public static ComputeRate dense(Precision precision, BigDecimal tops) {
        return builder().precision(precision).denseTops(tops).build();
    }

    @Value.Check
    protected void check() {
        if (denseTops().isEmpty() && sparseTops().isEmpty()) {
            throw new IllegalArgumentException("Invalid compute rate for " + precision()
                + ": neither denseTops nor sparseTops is given");
        }
    }
}
