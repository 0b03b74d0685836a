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
    /** {@return the stable identifier, e.g. "nvidia-h100-sxm"} */
    public abstract String id();

    /** {@return the vendor's name, e.g. "NVIDIA"} */
    public abstract String vendor();

    /** {@return the product name as the vendor writes it, e.g. "H100 SXM5 80GB"} */
    public abstract String name();

    /** {@return other names the part is found by, e.g. "h100"; may be empty} */
    public abstract List<String> aliases();

    /**
     * {@return the vendor's part numbers (NVIDIA part numbers, AMD OPNs) that sell this product, as the vendor's
     * export-classification table writes them; found by {@code Catalog.byPartNumber}}
     */
    public abstract List<String> partNumbers();

    /** {@return what kind of part this is; an accelerator unless the spec says otherwise} */
    @Value.Default
    public PartKind kind() {
        return PartKind.ACCELERATOR;
    }

    /** {@return the year the part was announced or released, if known} */
    public abstract OptionalInt year();

    /** {@return the form factor, e.g. "SXM5" or "PCIe", if known} */
    public abstract Optional<String> formFactor();

    /** {@return designed or marketed for use in datacenters: true, false, or empty when unknown} */
    public abstract Optional<Boolean> datacenter();

    /** {@return the evidence for {@link #datacenter()}, such as how the vendor markets the part, if given} */
    public abstract Optional<Evidence> datacenterEvidence();

    /** {@return the dies in the package, one entry per kind of die; empty when unknown} */
    public abstract List<Die> dies();

    /** {@return the peak rates, at most one per precision; empty when unknown} */
    public abstract List<ComputeRate> compute();

    /** {@return the input/output links, such as NVLink or PCIe, with their bidirectional rates} */
    public abstract List<IoLink> io();

    /** {@return the memory interface: type, capacity and bandwidth, if known} */
    public abstract Optional<MemoryInterface> memory();

    /** {@return the ICs a SYSTEM holds; empty for other kinds} */
    public abstract List<Component> contains();

    /** {@return what the vendor declares about the part (TPP, ECCN), if anything} */
    public abstract Optional<Declaration> declared();

    /** {@return the sources the part's figures come from, each with an id unique within the part} */
    public abstract List<Source> sources();

    /** {@return free-text notes about the part, if any} */
    public abstract Optional<String> notes();

    /**
     * {@return the id of a built-in part this part deliberately replaces, in a user's catalog file} A user part may
     * take an id or name of a built-in part only by naming it here; every answer resting on it then carries a notice.
     */
    public abstract Optional<String> replaces();

    /**
     * {@return the "aggregated approximated transistor count" of the packaged IC (Note 1 to 3A090.a), if a fabricator's
     * or OSAT's approximation is given} The foundry rule's count; a vendor's published count is on the dies.
     */
    public abstract Optional<ApproximatedTransistorCount> approximatedTransistors();

    /** {@return a builder for a part} */
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

    /**
     * {@return the source with this id, if any}
     *
     * @param sourceId the id a figure or entry names as its source, not null
     */
    public Optional<Source> source(String sourceId) {
        return sources().stream().filter(s -> s.id().equals(sourceId)).findFirst();
    }

    /**
     * {@return the grade of an entry's figures: its own grade if given, else its source's, else empty}
     *
     * @param entry a die, rate, link, memory interface or declaration of this part, not null
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
     * @param entry a die, rate, link, memory interface or declaration of this part, not null
     * @param field the figure's field name in the spec format, e.g. "transistors"
     * @return the figure's grade, or empty when neither the figure nor its entry names a graded source
     */
    public Optional<Grade> gradeOf(Sourced entry, String field) {
        FigureSource own = entry.figureSources().get(field);
        if (own == null) {
            return gradeOf(entry);
        }
        return own.grade().isPresent() ? own.grade() : source(own.source()).map(Source::grade);
    }

    /**
     * {@return the id of the source of one figure of an entry: its own source if it has one, else the entry's}
     *
     * @param entry a die, rate, link, memory interface or declaration of this part, not null
     * @param field the figure's field name in the spec format, e.g. "transistors"
     */
    public Optional<String> sourceOf(Sourced entry, String field) {
        FigureSource own = entry.figureSources().get(field);
        return own != null ? Optional.of(own.source()) : entry.source();
    }

    /** {@return every entry that carries figures, in document order} */
    public Stream<Sourced> sourcedEntries() {
        return Stream.of(dies().stream(), compute().stream(), io().stream(),
                memory().stream(), declared().stream())
            .flatMap(s -> s.map(Sourced.class::cast));
    }

    /**
     * Checks the invariants: source ids unique, each precision at most once, every source reference resolves, and the
     * components only in a system; called on construction.
     *
     * @throws IllegalArgumentException naming the part and what is wrong
     */
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
