package io.chipgate.model;

import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An input/output interface of an integrated circuit and its aggregate bidirectional transfer rate.
 *
 * <p>The 2022 3A090.a counted the "aggregate bidirectional transfer rate over all inputs and outputs ... to or
 * from integrated circuits other than volatile memories" (87 FR 62186): every link listed here counts, memory
 * interfaces are not listed here. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class IoLink implements Sourced {
    public abstract LinkKind kind();

    /** Aggregate bidirectional rate over the links of this kind, GB/s; empty = unknown. */
    public abstract Optional<BigDecimal> bidirectionalGBs();

    public abstract Optional<String> note();

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds {@link IoLink} values: set the fields, then {@code build()}, which checks the invariants.
     * A builder is mutable and not thread-safe; the values it builds are immutable.
     */
    public static final class Builder extends ImmutableIoLink.Builder {
        Builder() {
        }
    }

    /** A link with a known rate and no provenance. */
    public static IoLink of(LinkKind kind, BigDecimal bidirectionalGBs) {
        return builder().kind(kind).bidirectionalGBs(bidirectionalGBs).build();
    }
}
