package io.chipgate.model;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Stream;
import org.immutables.value.Value;

/**
 * A part as the spec format describes it: an accelerator, a memory device or a system, with every figure the
 * export-control rules compute from, and where each figure comes from.
 *
 * <p>An absent value is unknown, never zero: the metrics and the regimes carry unknowns through and answer
 * INDETERMINATE rather than "not controlled". Invariants checked on construction: ids of sources unique, each
 * precision at most once, every {@code source} reference resolves.
 * Business limits (a TPP of 4800, say) are outcomes, never exceptions. This class is immutable and
 * thread-safe.
 */
@Value.Immutable
public abstract class Part {
    /** The stable identifier, e.g. "nvidia-h100-sxm". */
    public abstract String id();

    public abstract String vendor();

    public abstract String name();

    public abstract List<String> aliases();

    /**
     * The vendor's part numbers (NVIDIA part numbers, AMD OPNs) that sell this product, as the vendor's
     * export-classification table writes them; found by {@code Catalog.byPartNumber}.
     */
    public abstract List<String> partNumbers();

    @Value.Default
    public PartKind kind() {
        return PartKind.ACCELERATOR;
    }

    public abstract OptionalInt year();

    public abstract Optional<String> formFactor();

    /** Designed or marketed for use in datacenters: true, false, or empty when unknown. */
    public abstract Optional<Boolean> datacenter();

    public abstract Optional<Evidence> datacenterEvidence();

    public abstract List<Die> dies();

    public abstract List<ComputeRate> compute();

    public abstract List<IoLink> io();

    public abstract Optional<MemoryInterface> memory();

    /** The ICs a SYSTEM holds; empty for other kinds. */
    public abstract List<Component> contains();

    public abstract Optional<Declaration> declared();

    public abstract List<Source> sources();

    public abstract Optional<String> notes();

    /**
     * The id of a built-in part this part deliberately replaces, in a user's catalog file. A user part may take
     * an id or name of a built-in part only by naming it here; every answer resting on it then carries a notice.
     */
    public abstract Optional<String> replaces();

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds {@link Part} values: set the fields, then {@code build()}, which checks the invariants.
     * A builder is mutable and not thread-safe; the values it builds are immutable.
     */
    public static final class Builder extends ImmutablePart.Builder {
        Builder() {
        }
    }

    /** The source with this id, if any. */
    public Optional<Source> source(String sourceId) {
        return sources().stream().filter(s -> s.id().equals(sourceId)).findFirst();
    }

    /**
     * The grade of an entry's figures: its own grade if given, else its source's, else empty.
     */
    public Optional<Grade> gradeOf(Sourced entry) {
        if (entry.grade().isPresent()) {
            return entry.grade();
        }
        return entry.source().flatMap(this::source).map(Source::grade);
    }

    /**
     * The grade of one figure of an entry: that of its {@linkplain Sourced#figureSources() own source} when it has
     * one (its grade if given, else the source's), else the entry's ({@link #gradeOf(Sourced)}).
     *
     * @param field the figure's field name in the spec format, e.g. "transistors"
     */
    public Optional<Grade> gradeOf(Sourced entry, String field) {
        FigureSource own = entry.figureSources().get(field);
        if (own == null) {
            return gradeOf(entry);
        }
        return own.grade().isPresent() ? own.grade() : source(own.source()).map(Source::grade);
    }

    /** The id of the source of one figure of an entry: its own source if it has one, else the entry's. */
    public Optional<String> sourceOf(Sourced entry, String field) {
        FigureSource own = entry.figureSources().get(field);
        return own != null ? Optional.of(own.source()) : entry.source();
    }

    /** Every entry that carries figures, in document order. */
    public Stream<Sourced> sourcedEntries() {
        return Stream.of(dies().stream(), compute().stream(), io().stream(),
                memory().stream(), declared().stream())
            .flatMap(s -> s.map(Sourced.class::cast));
    }

    @Value.Check
    protected void check() {
        Set<String> sourceIds = new HashSet<>();
        for (Source s : sources()) {
            if (!sourceIds.add(s.id())) {
                throw new IllegalArgumentException("Invalid part " + id() + ": source id '" + s.id() + "' appears twice");
            }
        }
        Set<Precision> seen = new HashSet<>();
        for (ComputeRate c : compute()) {
            if (!seen.add(c.precision())) {
                throw new IllegalArgumentException("Invalid part " + id() + ": precision " + c.precision()
                    + " appears twice in compute (give each precision once)");
            }
        }
        sourcedEntries().forEach(e -> {
            java.util.List<String> refs = new java.util.ArrayList<>();
            e.source().ifPresent(refs::add);
            e.figureSources().values().forEach(f -> refs.add(f.source()));
            for (String ref : refs) {
                if (!sourceIds.contains(ref)) {
                    throw new IllegalArgumentException("Invalid part " + id() + ": source '" + ref
                        + "' is not the id of any entry of sources " + sourceIds);
                }
            }
        });
        if (kind() != PartKind.SYSTEM && !contains().isEmpty()) {
            throw new IllegalArgumentException("Invalid part " + id() + ": only a SYSTEM may list 'contains'");
        }
    }
}
