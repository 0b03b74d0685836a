package io.chipgate.model;

import io.chipgate.internal.BoundedNumbers;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A die, or {@link #count()} identical dies, in a package: role, area, process and transistor count.
 *
 * <p>Areas are per die. Whether the die's area is applicable die area (Technical Note 4 to 3A090) depends on
 * its {@link #role()} being logic and its process being non-planar; see {@link DieRole}. This class is
 * immutable and thread-safe.
 */
@Value.Immutable
public abstract class Die implements Sourced {
    /** {@return the die's name, e.g. "GH100", if known} */
    public abstract Optional<String> name();

    /** {@return what the die does (logic, memory, I/O), which decides whether its area is applicable die area} */
    public abstract DieRole role();

    /** {@return how many identical dies this entry describes; at least 1} */
    @Value.Default
    public int count() {
        return 1;
    }

    /** {@return area of one die in mm², if known} */
    public abstract Optional<BigDecimal> areaMm2();

    /** {@return whether the process uses a non-planar (FinFET, GAA) transistor architecture; empty = unknown} */
    public abstract Optional<Boolean> nonPlanar();

    /** {@return the fabrication process, e.g. "TSMC 4N", if known} */
    public abstract Optional<String> process();

    /**
     * Transistors on one die, if known.
     *
     * @return transistors on one die, if known
     */
    public abstract Optional<BigInteger> transistors();

    /** {@return a builder for a die} */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds {@link Die} values: set the fields, then {@code build()}, which checks the invariants.
     * A builder is mutable and not thread-safe; the values it builds are immutable.
     */
    public static final class Builder extends ImmutableDie.Builder {
        Builder() {
        }
    }

    /**
     * Checks that the count is at least 1 and the area, if known, above 0 mm²; called on construction.
     *
     * @throws IllegalArgumentException naming the bad value otherwise
     */
    @Value.Check
    protected void check() {
        if (count() < 1) {
            throw new IllegalArgumentException("Invalid die count (valid values 1 or more): " + count());
        }
        areaMm2().ifPresent(a -> {
            if (!BoundedNumbers.isTractable(a) || a.signum() <= 0) {
                throw new IllegalArgumentException("Invalid die area (must be above 0 mm², " + BoundedNumbers.tractableExpectation() + "): "
                    + BoundedNumbers.show(a));
            }
        });
    }
}
