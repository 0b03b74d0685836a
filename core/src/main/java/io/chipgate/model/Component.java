package io.chipgate.model;

import org.immutables.value.Value;

/**
 * One line of a system's bill of ICs: a part id and how many of it the system holds.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Component {
    /** {@return the id of the part this line counts, as the catalog names it} */
    @Value.Parameter
    public abstract String part();

    /** {@return how many of the part the system holds; at least 1} */
    @Value.Parameter
    public abstract int count();

    /**
     * A line of a bill of ICs.
     *
     * @param part the id of the part, not null
     * @param count how many of it the system holds, at least 1
     * @return the line
     * @throws IllegalArgumentException if {@code count} is below 1
     */
    public static Component of(String part, int count) {
        return ImmutableComponent.of(part, count);
    }

    /**
     * Checks that the count is at least 1; called on construction.
     *
     * @throws IllegalArgumentException naming the part and the count otherwise
     */
    @Value.Check
    protected void check() {
        if (count() < 1) {
            throw new IllegalArgumentException("Invalid count for " + part() + " (valid values 1 or more): " + count());
        }
    }
}
