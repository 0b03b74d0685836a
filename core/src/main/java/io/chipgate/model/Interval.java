package io.chipgate.model;

import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * A closed interval [low, high] within which an estimated figure is believed to lie.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Interval {
    /** The lower end, inclusive. */
    @Value.Parameter
    public abstract BigDecimal low();

    /** The upper end, inclusive. */
    @Value.Parameter
    public abstract BigDecimal high();

    /**
     * An interval from its ends.
     *
     * @throws IllegalArgumentException if {@code low > high}
     */
    public static Interval of(BigDecimal low, BigDecimal high) {
        return ImmutableInterval.of(low, high);
    }

    /** Whether the value lies in the interval, ends included. */
    public boolean contains(BigDecimal value) {
        return low().compareTo(value) <= 0 && value.compareTo(high()) <= 0;
    }

    @Value.Check
    protected void check() {
        if (low().compareTo(high()) > 0) {
            throw new IllegalArgumentException("Invalid interval: low " + low().toPlainString()
                + " is above high " + high().toPlainString());
        }
    }
}
