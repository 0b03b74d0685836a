package io.chipgate.model;

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
    public abstract Optional<String> name();

    public abstract DieRole role();

    /** How many identical dies this entry describes; at least 1. */
    @Value.Default
    public int count() {
        return 1;
    }

    /** Area of one die in mm², if known. */
    public abstract Optional<BigDecimal> areaMm2();

    /** Whether the process uses a non-planar (FinFET, GAA) transistor architecture; empty = unknown. */
    public abstract Optional<Boolean> nonPlanar();

    public abstract Optional<String> process();

    /** Transistors on one die, if known. */
    public abstract Optional<BigInteger> transistors();

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

    @Value.Check
    protected void check() {
        if (count() < 1) {
            throw new IllegalArgumentException("Invalid die count (valid values 1 or more): " + count());
        }
        areaMm2().ifPresent(a -> {
            if (a.signum() <= 0) {
                throw new IllegalArgumentException("Invalid die area (must be above 0 mm²): " + a.toPlainString());
            }
        });
    }
}
