package io.chipgate.license;

import io.chipgate.metrics.Tri;
import java.util.List;
import java.util.Objects;

/**
 * One prong of a jurisdiction rule (a product scope, a destination or end-user scope, a de minimis level or content
 * test) with its value on the facts given: TRUE, FALSE, or UNKNOWN naming the fact or reading that would settle it.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param name what the prong tests, e.g. "product scope"
 * @param value TRUE met, FALSE not met, UNKNOWN not decided by the facts given
 * @param reason the values it was decided on, in words
 * @param settledBy what to obtain when the value is UNKNOWN; empty otherwise
 */
public record Prong(String name, Tri value, String reason, List<OpenQuestion> settledBy) {
    /**
     * Checks presence.
     *
     * @param name what the prong tests
     * @param value its value
     * @param reason the values it was decided on
     * @param settledBy what settles it; empty when the value is known
     */
    public Prong {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(reason, "reason");
        settledBy = List.copyOf(settledBy);
    }

    /** {@return a prong decided by the facts, or UNKNOWN with what settles it} */
    static Prong of(String name, Tri value, String reason, OpenQuestion... settledBy) {
        return new Prong(name, value, reason, value == Tri.UNKNOWN ? List.of(settledBy) : List.of());
    }
}
