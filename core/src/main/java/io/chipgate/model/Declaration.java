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

    public static ImmutableDeclaration.Builder builder() {
        return ImmutableDeclaration.builder();
    }
}
