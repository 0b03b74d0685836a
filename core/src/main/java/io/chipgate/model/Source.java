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
    /** {@return a key local to the part, referenced by the {@code source} of its entries} */
    public abstract String id();

    /** {@return the document's address, if it has one} */
    public abstract Optional<String> url();

    /** {@return the document's title, as it names itself} */
    public abstract String title();

    /** {@return the date the document was retrieved, if recorded} */
    public abstract Optional<LocalDate> retrieved();

    /** {@return how far the document can be trusted: vendor, datasheet, secondary or estimate} */
    public abstract Grade grade();

    /** {@return a builder for a source} */
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
