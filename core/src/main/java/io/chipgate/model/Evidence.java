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
    /** {@return the evidence in words, e.g. how the vendor markets the part} */
    public abstract String text();

    /** {@return where the evidence comes from: the id of a source of the part, if given} */
    public abstract Optional<String> source();

    /**
     * Evidence with no named source.
     *
     * @param text the evidence in words, not null
     * @return the evidence
     */
    public static Evidence of(String text) {
        return builder().text(text).build();
    }

    /** {@return a builder for evidence with a source} */
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
