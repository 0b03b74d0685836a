package io.chipgate.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where one figure of an entry comes from, when it is not where the rest of the entry comes from: a die's transistor
 * count stated by the vendor while its area is a third party's estimate, for instance. Given in a spec as
 * {@code "figureSources": {"transistors": {"source": "nv-blackwell-arch", "note": "..."}}} on any entry that carries
 * figures; see {@link Sourced#figureSources()}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class FigureSource {
    /** The id of an entry of {@link Part#sources()}. */
    @Value.Parameter
    public abstract String source();

    /** A grade that overrides the source's grade for this figure. */
    public abstract Optional<Grade> grade();

    /** How the figure follows from the source, e.g. "NVIDIA states 208 billion for the two-die GPU". */
    public abstract Optional<String> note();

    /** The figure comes from this source, graded as the source is. */
    public static FigureSource of(String sourceId) {
        return ImmutableFigureSource.of(sourceId);
    }

    /** A builder, for a grade or a note. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds {@link FigureSource} values: set the fields, then {@code build()}, which checks the invariants.
     * A builder is mutable and not thread-safe; the values it builds are immutable.
     */
    public static final class Builder extends ImmutableFigureSource.Builder {
        Builder() {
        }
    }
}
