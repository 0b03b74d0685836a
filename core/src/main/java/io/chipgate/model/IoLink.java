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
    /** {@return the kind of link, e.g. NVLink or PCIe} */
    public abstract LinkKind kind();

    /** {@return aggregate bidirectional rate over the links of this kind, GB/s; empty = unknown} */
    public abstract Optional<BigDecimal> bidirectionalGBs();

    /** {@return a note on how the rate was derived, e.g. the number of links times the rate per link, if any} */
    public abstract Optional<String> note();

    /** {@return a builder for a link with provenance} */
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

    /**
     * {@return a link with a known rate and no provenance}
     *
     * @param kind the kind of link, not null
     * @param bidirectionalGBs the aggregate bidirectional rate, GB/s, not null
     */
    public static IoLink of(LinkKind kind, BigDecimal bidirectionalGBs) {
        return builder().kind(kind).bidirectionalGBs(bidirectionalGBs).build();
    }
}
