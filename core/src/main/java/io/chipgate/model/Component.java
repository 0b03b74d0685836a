package io.chipgate.model;

import org.immutables.value.Value;

/**
 * One line of a system's bill of ICs: a part id and how many of it the system holds.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Component {
    @Value.Parameter
    public abstract String part();

    @Value.Parameter
    public abstract int count();

    public static Component of(String part, int count) {
        return ImmutableComponent.of(part, count);
    }

    @Value.Check
    protected void check() {
        if (count() < 1) {
            throw new IllegalArgumentException("Invalid count for " + part() + " (valid values 1 or more): " + count());
        }
    }
}
