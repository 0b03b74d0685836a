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
    /** {@return the lower end, inclusive} */
    @Value.Parameter
    public abstract BigDecimal low();

    /** {@return the upper end, inclusive} */
    @Value.Parameter
    public abstract BigDecimal high();

    /**
     * An interval from its ends.
     *
     * @throws IllegalArgumentException if {@code low > high}
     * @param low the lower end, inclusive, not null
     * @param high the upper end, inclusive, not null
     * @return the interval
     */
    public static Interval of(BigDecimal low, BigDecimal high) {
        return ImmutableInterval.of(low, high);
    }

    /**
     * {@return whether the value lies in the interval, ends included}
     *
     * @param value the value to test, not null
     */
    public boolean contains(BigDecimal value) {
        return low().compareTo(value) <= 0 && value.compareTo(high()) <= 0;
    }

    /**
     * Checks that low is not above high; called on construction.
     *
     * @throws IllegalArgumentException naming both ends otherwise
     */
    @Value.Check
    protected void check() {
        if (low().compareTo(high()) > 0) {
            throw new IllegalArgumentException("Invalid interval: low " + low().toPlainString()
                + " is above high " + high().toPlainString());
        }
    }
}
