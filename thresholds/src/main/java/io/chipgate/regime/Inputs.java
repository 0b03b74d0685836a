package io.chipgate.regime;

import io.chipgate.metrics.ApplicableDieArea;
import io.chipgate.metrics.Exact;
import io.chipgate.metrics.Figure;
import io.chipgate.metrics.MemoryBandwidthDensity;
import io.chipgate.metrics.PerformanceDensity;
import io.chipgate.metrics.TotalProcessingPerformance;
import io.chipgate.metrics.TransistorCount;
import io.chipgate.metrics.Interpretation;
import io.chipgate.metrics.PartMetrics;
import io.chipgate.model.ComputeRate;
import io.chipgate.model.Designation;
import io.chipgate.model.Die;
import io.chipgate.model.DieRole;
import io.chipgate.model.Part;
import io.chipgate.model.Precision;
import io.chipgate.model.PartKind;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * What a regime evaluates: the part's figures under one interpretation, its kind and datacenter designation.
 * What-if variants ({@link #withTpp}, {@link #withApplicableDieArea}) recompute density exactly.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Inputs {
    private final Part part;
    private final PartMetrics metrics;
    private final Figure tpp;
    private final Figure area;
    private final Figure pd;
    private final Figure io;
    private final Figure memoryBandwidth;
    private final Optional<Boolean> datacenter;
    private volatile String datacenterCondition;
    /** Computed on first use (racy single-check: each value is immutable and computed from final fields). */
    private Figure ioPlusMemory;
    private Foundry2025.DieFacts dieFacts;

    private Inputs(Part part, PartMetrics metrics, Figure tpp, Figure area, Figure pd, Figure io, Figure memoryBandwidth,
                   Optional<Boolean> datacenter) {
        this.part = part;
        this.metrics = metrics;
        this.tpp = tpp;
        this.area = area;
        this.pd = pd;
        this.io = io;
        this.memoryBandwidth = memoryBandwidth;
        this.datacenter = datacenter;
    }

    /**
     * {@return the inputs of a part under an interpretation}
     *
     * @param part not null
     * @param interpretation the reading the figures are computed under, not null
     */
    public static Inputs of(Part part, Interpretation interpretation) {
        return of(PartMetrics.of(part, interpretation));
    }

    /**
     * {@return the inputs from computed metrics}
     *
     * @param m the metrics of a part, not null
     */
    public static Inputs of(PartMetrics m) {
        return new Inputs(m.part(), m, m.tpp(), m.applicableDieAreaMm2(), m.performanceDensity(), m.ioBidirectionalGBs(),
            m.memoryBandwidthGBs(), m.part().datacenter());
    }

    /** {@return the part the inputs describe} */
    public Part part() {
        return part;
    }

    /** {@return the metrics the inputs were taken from (before any what-if change)} */
    public PartMetrics metrics() {
        return metrics;
    }

    /** {@return the reading of the rule text the metrics were computed under} */
    public Interpretation interpretation() {
        return metrics.interpretation();
    }

    /** {@return the part's kind: accelerator, memory or system} */
    public PartKind kind() {
        return part.kind();
    }

    /** {@return the total processing performance the rules compare} */
    public Figure tpp() {
        return tpp;
    }

    /** {@return the applicable die area, mm² (Technical Note 4 to 3A090)} */
    public Figure applicableDieAreaMm2() {
        return area;
    }

    /** {@return the performance density: TPP ÷ applicable die area, exact} */
    public Figure performanceDensity() {
        return pd;
    }

    /** {@return the aggregate bidirectional I/O transfer rate, GB/s} */
    public Figure ioBidirectionalGBs() {
        return io;
    }

    /** {@return the total memory (DRAM) bandwidth, GB/s} */
    public Figure memoryBandwidthGBs() {
        return memoryBandwidth;
    }

    /** {@return the memory (DRAM) bandwidth plus the I/O rate, GB/s; computed once} */
    public Figure ioPlusMemoryGBs() {
        Figure f = ioPlusMemory;
        if (f == null) {
            f = io.plus(memoryBandwidth);
            ioPlusMemory = f;
        }
        return f;
    }

    /** What the foundry presumption reads from the dies, computed once. */
    Foundry2025.DieFacts dieFacts() {
        Foundry2025.DieFacts f = dieFacts;
        if (f == null) {
            f = Foundry2025.DieFacts.of(part);
            dieFacts = f;
        }
        return f;
    }

    /** {@return the memory bandwidth density of a MEMORY part, GB/s per mm² (3A090.c)} */
    public Figure memoryBandwidthDensity() {
        return metrics.memoryBandwidthDensity();
    }

    /** {@return the transistor count summed over all dies} */
    public Figure transistors() {
        return metrics.transistors();
    }

    /**
     * The TPP as its own type (the same figure as {@link #tpp()}).
     *
     * @return the total processing performance
     */
    public TotalProcessingPerformance totalProcessingPerformance() {
        return TotalProcessingPerformance.of(tpp());
    }

    /**
     * The performance density as its own type, in TPP/mm² (the same figure as {@link #performanceDensity()}).
     *
     * @return the performance density
     */
    public PerformanceDensity density() {
        return PerformanceDensity.of(performanceDensity());
    }

    /**
     * The memory bandwidth density as its own type, in GB/s/mm² (the same figure as {@link #memoryBandwidthDensity()}).
     *
     * @return the memory bandwidth density
     */
    public MemoryBandwidthDensity bandwidthDensity() {
        return MemoryBandwidthDensity.of(memoryBandwidthDensity());
    }

    /**
     * The transistor count as its own type (the same figure as {@link #transistors()}).
     *
     * @return the transistor count
     */
    public TransistorCount transistorCount() {
        return TransistorCount.of(transistors());
    }

    /** {@return designed or marketed for datacenters; empty when unknown} */
    public Optional<Boolean> datacenter() {
        return datacenter;
    }

    /**
     * Designed or marketed for datacenters, as a named value.
     *
     * @return DATACENTER, NOT_DATACENTER or UNKNOWN
     */
    public Designation designation() {
        return Designation.of(datacenter);
    }

    /** "designed or marketed for datacenters: true (evidence)", as stated in determinations. */
    String datacenterCondition() {
        String c = datacenterCondition;
        if (c == null) {
            c = "designed or marketed for datacenters: " + datacenter.map(String::valueOf).orElse("unknown")
                + part.datacenterEvidence().map(ev -> " (" + ev.text() + ")").orElse("");
            datacenterCondition = c;
        }
        return c;
    }

    /** {@return whether the part carries high-bandwidth memory in its package} */
    public boolean hasHbm() {
        return part.memory().flatMap(m -> m.type()).map(t -> t.isHbm()).orElse(false);
    }

    /**
     * {@return these inputs with another TPP (a what-if); density is recomputed from the applicable die area}
     *
     * @param newTpp the TPP to assume, not null
     */
    public Inputs withTpp(Exact newTpp) {
        Figure t = Figure.known(newTpp);
        return new Inputs(part, metrics, t, area, metrics.densityUndefined() ? pd : t.dividedBy(area), io, memoryBandwidth, datacenter);
    }

    /** These inputs with other TPP and area figures, possibly unknown or bounded; density is recomputed. */
    Inputs withFigures(Figure newTpp, Figure newArea) {
        return new Inputs(part, metrics, newTpp, newArea, newTpp.dividedBy(newArea), io, memoryBandwidth, datacenter);
    }

    /**
     * {@return these inputs with another applicable die area (a what-if)}
     *
     * @param newAreaMm2 the applicable die area to assume, mm², not null
     */
    public Inputs withApplicableDieArea(Exact newAreaMm2) {
        Figure a = Figure.known(newAreaMm2);
        return new Inputs(part, metrics, tpp, a, tpp.dividedBy(a), io, memoryBandwidth, datacenter);
    }

    /**
     * {@return these inputs with another I/O rate (a what-if)}
     *
     * @param gbs the aggregate bidirectional I/O rate to assume, GB/s, not null
     */
    public Inputs withIo(Exact gbs) {
        return new Inputs(part, metrics, tpp, area, pd, Figure.known(gbs), memoryBandwidth, datacenter);
    }

    /**
     * {@return these inputs with another memory bandwidth (a what-if)}
     *
     * @param gbs the memory bandwidth to assume, GB/s, not null
     */
    public Inputs withMemoryBandwidth(Exact gbs) {
        return new Inputs(part, metrics, tpp, area, pd, io, Figure.known(gbs), datacenter);
    }

    /**
     * These inputs with another datacenter designation (a what-if).
     *
     * @param designation not null; UNKNOWN leaves rules that need it open
     * @return the changed inputs
     */
    public Inputs withDatacenter(Designation designation) {
        return new Inputs(part, metrics, tpp, area, pd, io, memoryBandwidth, designation.asOptional());
    }

    /**
     * A hypothetical accelerator with a given TPP on a given applicable die area (one non-planar logic die).
     *
     * @param tppValue the TPP, not negative
     * @param area the applicable die area, not null
     * @param designation the datacenter designation, not null
     * @return its inputs under the default interpretation
     */
    public static Inputs hypothetical(BigDecimal tppValue, ApplicableDieArea area, Designation designation) {
        BigDecimal areaMm2 = area.squareMillimetres().toBigDecimal(java.math.MathContext.UNLIMITED);
        Part p = Part.builder().id("hypothetical").vendor("-").name("hypothetical part")
            .addCompute(ComputeRate.dense(Precision.INT8,
                tppValue.divide(BigDecimal.valueOf(8))))
            .addDies(Die.builder().role(DieRole.LOGIC).areaMm2(areaMm2).nonPlanar(true).build())
            .build();
        Inputs in = of(p, Interpretation.defaults());
        return in.withDatacenter(designation);
    }
}
