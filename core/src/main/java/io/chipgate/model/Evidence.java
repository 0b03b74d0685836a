package io.chipgate.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * Evidence for a designation, such as how a vendor markets a part (for the datacenter note to 3A090).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Evidence {
    public abstract String text();

    public abstract Optional<String> source();

    public static Evidence of(String text) {
        return builder().text(text).build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds {@link Evidence} values: set the fields, then {@code build()}, which checks the invariants.
     * A builder is mutable and not thread-safe; the values it builds are immutable.
     */
    public static final class Builder extends ImmutableEvidence.Builder {
        Builder() {
        }
    }
}
