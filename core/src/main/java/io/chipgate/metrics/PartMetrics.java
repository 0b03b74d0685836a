package io.chipgate.metrics;

import io.chipgate.model.ComputeRate;
import io.chipgate.model.Die;
import io.chipgate.model.DieRole;
import io.chipgate.model.Grade;
import io.chipgate.model.IoLink;
import io.chipgate.model.MemoryInterface;
import io.chipgate.model.Part;
import io.chipgate.model.Precision;
import io.chipgate.model.Sourced;
import io.chipgate.metrics.Interpretation.NoNonPlanarArea;
import io.chipgate.metrics.Interpretation.SparseOnly;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The figures the export-control rules compute from a part, exactly, under one interpretation.
 *
 * <ul>
 *   <li><b>TPP</b> (Technical Note to 3A090, 88 FR 73458): "2 × 'MacTOPS' × 'bit length of the operation',
 *   aggregated over all processing units", the highest over the precisions, on dense rates. Vendors state
 *   TOPS/TFLOPS as 2 × MacTOPS, so per precision TPP = dense rate × bit length. A vendor-declared TPP is
 *   combined according to {@link Interpretation#tppBasis()}.
 *   <li><b>Applicable die area</b>: "all die area of logic dies manufactured with a process node that uses a
 *   non-planar transistor architecture" — the summed area of LOGIC and IO dies whose process is non-planar;
 *   I/O and base dies built on FinFET nodes are logic dies; memory stacks, dummy silicon and planar dies are
 *   not counted. A logic die whose architecture is unknown leaves the area bounded between the two readings.
 *   <li><b>Performance density</b> = TPP ÷ applicable die area, as an exact rational.
 *   <li><b>Aggregate bidirectional I/O</b> (3A090.a of 87 FR 62186): the sum of every listed I/O link.
 *   <li><b>Memory bandwidth density</b> (3A090.c, 89 FR 96790) = memory bandwidth ÷ package or stack area.
 *   <li><b>Transistor count</b> (Note 1 to 3A090.a, 90 FR 5298): the sum over all dies.
 * </ul>
 *
 * <p>Unknown inputs stay unknown: each figure says which inputs it misses. This class is immutable and
 * thread-safe.
 */
public final class PartMetrics {
    private final Part part;
    private final Interpretation interpretation;
    private final Figure computedTpp;
    private final String tppBasis;
    private final Figure tpp;
    private final Figure applicableDieAreaMm2;
    private final Figure performanceDensity;
    private final boolean densityUndefined;
    private final Figure ioBidirectionalGBs;
    private final Figure memoryBandwidthGBs;
    private final Figure memoryBandwidthDensity;
    private final Figure transistors;
    private final List<String> notes;

    private PartMetrics(Part part, Interpretation interpretation) {
        this.part = part;
        this.interpretation = interpretation;
        List<String> n = new ArrayList<>();
        String[] basis = new String[1];
        this.computedTpp = computeTpp(part, interpretation, n, basis);
        this.tppBasis = basis[0];
        this.tpp = applyDeclared(part, interpretation, computedTpp, n);
        this.applicableDieAreaMm2 = applicableArea(part, interpretation, n);
        boolean undefined = applicableDieAreaMm2.isKnown() && applicableDieAreaMm2.value().get().signum() == 0;
        if (undefined) {
            if (interpretation.noNonPlanarArea() == NoNonPlanarArea.ZERO) {
                this.performanceDensity = Figure.known(Exact.ZERO);
                n.add("no non-planar logic die: performance density read as 0 (noNonPlanarArea=ZERO)");
            } else {
                this.performanceDensity = Figure.unknown("performance density (no non-planar logic die area; "
                    + "the rule does not define it: noNonPlanarArea=UNDEFINED)");
            }
        } else {
            this.performanceDensity = tpp.dividedBy(applicableDieAreaMm2);
        }
        this.densityUndefined = undefined;
        this.ioBidirectionalGBs = sumIo(part);
        Optional<MemoryInterface> mem = part.memory();
        this.memoryBandwidthGBs = mem.isPresent()
            ? figure(part, mem.get(), "bandwidthGBs", mem.get().bandwidthGBs(), "memory.bandwidthGBs")
            : Figure.unknown("memory.bandwidthGBs");
        Figure pkg = mem.isPresent()
            ? figure(part, mem.get(), "packageAreaMm2", mem.get().packageAreaMm2(), "memory.packageAreaMm2")
            : Figure.unknown("memory.packageAreaMm2");
        this.memoryBandwidthDensity = memoryBandwidthGBs.dividedBy(pkg);
        this.transistors = sumTransistors(part);
        this.notes = Collections.unmodifiableList(n);
    }

    /**
     * Computes the metrics of a part.
     *
     * @param part not null
     * @param interpretation not null
     * @return the metrics: TPP, applicable die area, performance density, I/O and memory bandwidth, transistors
     */
    public static PartMetrics of(Part part, Interpretation interpretation) {
        return new PartMetrics(Objects.requireNonNull(part, "part"), Objects.requireNonNull(interpretation, "interpretation"));
    }

    /**
     * Computes the metrics under the default interpretation.
     *
     * @param part not null
     * @return the metrics of the part under {@link Interpretation#defaults()}
     */
    public static PartMetrics of(Part part) {
        return of(part, Interpretation.defaults());
    }

    /** {@return the part these metrics were computed from} */
    public Part part() {
        return part;
    }

    /** {@return the reading of the rule text the metrics were computed under} */
    public Interpretation interpretation() {
        return interpretation;
    }

    /** {@return TPP from the compute rates alone} */
    public Figure computedTpp() {
        return computedTpp;
    }

    /** {@return which precision sets the computed TPP, e.g. "FP8 1978.9 × 8"} */
    public String tppBasis() {
        return tppBasis;
    }

    /** {@return the vendor's declared TPP, if any} */
    public Optional<BigDecimal> declaredTpp() {
        return part.declared().flatMap(d -> d.tpp());
    }

    /** {@return the TPP the rules are evaluated on: computed and declared combined per the interpretation} */
    public Figure tpp() {
        return tpp;
    }

    /**
     * {@return the applicable die area, mm²: the summed area of the non-planar logic dies (Technical Note 4 to 3A090)}
     */
    public Figure applicableDieAreaMm2() {
        return applicableDieAreaMm2;
    }

    /** {@return the performance density: TPP ÷ applicable die area, exact; unknown or unbounded when the area is} */
    public Figure performanceDensity() {
        return performanceDensity;
    }

    /** {@return whether the part has no non-planar logic die area at all, so density is not defined by the rule} */
    public boolean densityUndefined() {
        return densityUndefined;
    }

    /** {@return the aggregate bidirectional transfer rate over all I/O links, GB/s (the 2022 3A090.a measure)} */
    public Figure ioBidirectionalGBs() {
        return ioBidirectionalGBs;
    }

    /** {@return the total memory bandwidth, GB/s} */
    public Figure memoryBandwidthGBs() {
        return memoryBandwidthGBs;
    }

    /**
     * {@return the memory bandwidth density of a MEMORY part: bandwidth ÷ package or stack area, GB/s per mm²
     * (3A090.c)}
     */
    public Figure memoryBandwidthDensity() {
        return memoryBandwidthDensity;
    }

    /** {@return the transistor count summed over all dies} */
    public Figure transistors() {
        return transistors;
    }

    /** {@return how the interpretation shaped the figures (halved sparse rates, TF32 bit length, declared TPP)} */
    public List<String> notes() {
        return notes;
    }

    // ---------------------------------------------------------------------------------------------------

    private static Figure computeTpp(Part part, Interpretation in, List<String> notes, String[] basis) {
        if (part.compute().isEmpty()) {
            basis[0] = "no compute rates";
            return Figure.unknown("compute (no compute rates given)");
        }
        Figure best = null;
        String bestBasis = null;
        for (ComputeRate c : part.compute()) {
            int bits = bitLength(c.precision(), in);
            BigDecimal b = BigDecimal.valueOf(bits);
            Figure f;
            String desc;
            if (c.denseTops().isPresent()) {
                f = figure(part, c, "denseTops", c.denseTops(), "compute[" + c.precision() + "].denseTops").times(b);
                desc = c.precision() + " " + c.denseTops().get().toPlainString() + " × " + bits;
            } else if (in.sparseOnly() == SparseOnly.HALVE) {
                BigDecimal half = c.sparseTops().get().divide(BigDecimal.valueOf(2));
                f = Figure.known(half).asEstimated().times(b);
                desc = c.precision() + " " + half.toPlainString() + " (half of sparse " + c.sparseTops().get().toPlainString() + ") × " + bits;
                notes.add(c.precision() + " has only a sparse rate: dense taken as half of it (sparseOnly=HALVE)");
            } else {
                f = Figure.bounded(Exact.ZERO, Exact.of(c.sparseTops().get().multiply(b)),
                    List.of("compute[" + c.precision() + "].denseTops (only a sparse rate is given)"));
                desc = c.precision() + " dense unknown (≤ sparse " + c.sparseTops().get().toPlainString() + ") × " + bits;
            }
            if (best == null) {
                best = f;
                bestBasis = desc;
            } else {
                boolean replaces = f.isKnown() && best.isKnown()
                    ? f.value().get().compareTo(best.value().get()) > 0
                    : f.lower().compareTo(best.lower()) > 0;
                best = best.max(f);
                if (replaces) {
                    bestBasis = desc;
                }
            }
        }
        basis[0] = bestBasis;
        if (bestBasis.startsWith(Precision.TF32.name())) {
            notes.add("TPP set by TF32, read as " + in.tf32Bits() + " bits (tf32Bits=" + in.tf32Bits() + ")");
        }
        return best;
    }

    private static int bitLength(Precision p, Interpretation in) {
        return p.fixedBitLength().orElse(in.tf32Bits());
    }

    private static Figure applyDeclared(Part part, Interpretation in, Figure computed, List<String> notes) {
        Optional<BigDecimal> declared = part.declared().flatMap(d -> d.tpp());
        if (declared.isEmpty()) {
            part.declared().filter(d -> d.eccn().isPresent() && !computed.isKnown()).ifPresent(d ->
                notes.add("the vendor declares ECCN " + d.eccn().get() + " but no TPP" + d.note().map(n -> ": " + n).orElse("")));
            return computed;
        }
        Figure d = Figure.known(declared.get());
        switch (in.tppBasis()) {
            case COMPUTED:
                return computed;
            case DECLARED:
                notes.add("TPP is the vendor's declared " + declared.get().toPlainString() + " (tppBasis=DECLARED)");
                return d;
            default:
                Figure max = computed.max(d);
                String dec = declared.get().toPlainString();
                if (!computed.isKnown()) {
                    notes.add("TPP set by the vendor's declared " + dec + "; chipgate computes no TPP (missing "
                        + String.join(", ", computed.missing()) + ") (tppBasis=HIGHER)"
                        + part.declared().flatMap(x -> x.note()).map(n -> ". Declared: " + n).orElse(""));
                } else if (computed.value().get().compareTo(declared.get()) < 0) {
                    notes.add("TPP set by the vendor's declared " + dec + ", higher than the computed " + computed
                        + " (tppBasis=HIGHER)");
                } else if (computed.value().get().compareTo(declared.get()) == 0) {
                    notes.add("TPP " + dec + ": the computed value and the vendor's declared value agree (tppBasis=HIGHER)");
                } else {
                    notes.add("TPP set by the computed " + computed + ", higher than the vendor's declared " + dec
                        + " (tppBasis=HIGHER)");
                }
                return max;
        }
    }

    private static Figure applicableArea(Part part, Interpretation interpretation, List<String> notes) {
        if (part.dies().isEmpty()) {
            return Figure.unknown("dies (no die given)");
        }
        List<Figure> terms = new ArrayList<>(part.dies().size());
        for (int i = 0; i < part.dies().size(); i++) {
            Die d = part.dies().get(i);
            if (!d.role().isLogic() || Boolean.FALSE.equals(d.nonPlanar().orElse(null))) {
                continue;
            }
            if (d.role() == DieRole.IO && interpretation.ioDies() == Interpretation.IoDies.EXCLUDED) {
                notes.add("dies[" + i + "] (I/O die) not counted in the applicable die area (ioDies=EXCLUDED)");
                continue;
            }
            String where = "dies[" + i + "]" + d.name().map(n -> " (" + n + ")").orElse("");
            Figure area = figure(part, d, "areaMm2", d.areaMm2(), where + ".areaMm2")
                .times(BigDecimal.valueOf(d.count()));
            if (d.nonPlanar().isEmpty()) {
                // counts fully if non-planar, not at all if planar
                Figure open = Figure.bounded(Exact.ZERO, area.upper().orElse(null),
                    List.of(where + ".nonPlanar"));
                terms.add(open);
            } else {
                terms.add(area);
            }
        }
        return Figure.sum(terms);
    }

    private static Figure sumIo(Part part) {
        if (part.io().isEmpty()) {
            return Figure.unknown("io (no I/O link given)");
        }
        List<Figure> terms = new ArrayList<>(part.io().size());
        for (int i = 0; i < part.io().size(); i++) {
            IoLink l = part.io().get(i);
            terms.add(figure(part, l, "bidirectionalGBs", l.bidirectionalGBs(),
                "io[" + i + "] (" + l.kind() + ").bidirectionalGBs"));
        }
        return Figure.sum(terms);
    }

    private static Figure sumTransistors(Part part) {
        if (part.dies().isEmpty()) {
            return Figure.unknown("dies (no die given)");
        }
        List<Figure> terms = new ArrayList<>(part.dies().size());
        for (int i = 0; i < part.dies().size(); i++) {
            Die d = part.dies().get(i);
            Optional<BigDecimal> t = d.transistors().map(BigDecimal::new);
            terms.add(figure(part, d, "transistors", t, "dies[" + i + "].transistors")
                .times(BigDecimal.valueOf(d.count())));
        }
        return Figure.sum(terms);
    }

    /** A figure from an entry's field: known, estimated (grade or interval) or unknown. */
    static Figure figure(Part part, Sourced entry, String field, Optional<BigDecimal> value, String missingName) {
        if (value.isEmpty()) {
            return Figure.unknown(missingName);
        }
        Figure f = Figure.known(value.get());
        if (part.gradeOf(entry, field).orElse(null) == Grade.ESTIMATE) {
            f = f.asEstimated();
        }
        io.chipgate.model.Interval range = entry.ranges().get(field);
        if (range != null) {
            f = f.withEstimateInterval(Exact.of(range.low()), Exact.of(range.high()));
        }
        return f;
    }
}
