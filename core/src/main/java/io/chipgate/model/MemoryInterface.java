package io.chipgate.model;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * The memory of a part: its type, capacity, total bandwidth and stacks; for a MEMORY part also the area of
 * its package or stack, which 3A090.c divides the bandwidth by ("memory bandwidth density", 89 FR 96790).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class MemoryInterface implements Sourced {
    public abstract Optional<MemoryType> type();

    public abstract Optional<BigDecimal> capacityGB();

    /** Total memory bandwidth of the part, GB/s. */
    public abstract Optional<BigDecimal> bandwidthGBs();

    public abstract OptionalInt stacks();

    /** Area of the package or stack, mm² (MEMORY parts). */
    public abstract Optional<BigDecimal> packageAreaMm2();

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds {@link MemoryInterface} values: set the fields, then {@code build()}, which checks the invariants.
     * A builder is mutable and not thread-safe; the values it builds are immutable.
     */
    public static final class Builder extends ImmutableMemoryInterface.Builder {
        Builder() {
        }
    }
}
