package io.chipgate.model;

import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What a vendor declares about a part: its TPP and its ECCN, with the source and a note that explains any
 * difference from the computed TPP.
 *
 * <p>The rule takes "the highest value the manufacturer claims in annual or brochure for the integrated
 * circuit" (Technical Note to 3A090), so a declared TPP can matter. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Declaration implements Sourced {
    public abstract Optional<BigDecimal> tpp();

    public abstract Optional<String> eccn();

    public abstract Optional<String> note();

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds {@link Declaration} values: set the fields, then {@code build()}, which checks the invariants.
     * A builder is mutable and not thread-safe; the values it builds are immutable.
     */
    public static final class Builder extends ImmutableDeclaration.Builder {
        Builder() {
        }
    }
}
