package io.chipgate.model;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where figures come from: a document with its address, title, date retrieved and grade.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Source {
    /** A key local to the part, referenced by the {@code source} of its entries. */
    public abstract String id();

    public abstract Optional<String> url();

    public abstract String title();

    public abstract Optional<LocalDate> retrieved();

    public abstract Grade grade();

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds {@link Source} values: set the fields, then {@code build()}, which checks the invariants.
     * A builder is mutable and not thread-safe; the values it builds are immutable.
     */
    public static final class Builder extends ImmutableSource.Builder {
        Builder() {
        }
    }
}
