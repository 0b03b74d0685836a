package io.chipgate.metrics;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * "Total processing performance" (TPP, Technical Note to ECCN 3A090, 88 FR 73458): 2 × MacTOPS × bit length,
 * aggregated over all processing units; dimensionless. Wraps the exact {@link Figure}, which may be known, estimated
 * or only bounded. {@link #per(ApplicableDieArea)} gives the {@link PerformanceDensity}, exactly.
 *
 * <pre>{@code
 * TotalProcessingPerformance.of("1940").per(ApplicableDieArea.ofSquareMillimetres("294.5"))   // PD 6.5874…
 * }</pre>
 *
 * <p>Two values are equal when their figures are (4800 equals 4800.0). This class is immutable and thread-safe.
 */
public final class TotalProcessingPerformance {
    private final Figure figure;

    private TotalProcessingPerformance(Figure figure) {
        this.figure = figure;
    }

    /**
     * A TPP known exactly, from its decimal text.
     *
     * @param tpp e.g. "4800"; a non-negative decimal, not null
     * @return the TPP
     * @throws IllegalArgumentException if the text is not a non-negative decimal
     */
    public static TotalProcessingPerformance of(String tpp) {
        Objects.requireNonNull(tpp, "tpp");
        BigDecimal v;
        try {
            v = new BigDecimal(tpp.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Invalid value for total processing performance (a non-negative decimal): " + tpp);
        }
        if (v.signum() < 0) {
            throw new IllegalArgumentException("Invalid value for total processing performance (valid values 0 or more): " + tpp);
        }
        return new TotalProcessingPerformance(Figure.known(v));
    }

    /**
     * A TPP from a computed figure (known, estimated or bounded).
     *
     * @param figure not null
     * @return the TPP
     */
    public static TotalProcessingPerformance of(Figure figure) {
        return new TotalProcessingPerformance(Objects.requireNonNull(figure, "figure"));
    }

    /** @return the figure, with its bounds, estimate interval and missing inputs */
    public Figure figure() {
        return figure;
    }

    /** @return the value, when known */
    public Optional<Exact> value() {
        return figure.value();
    }

    /**
     * Performance density: this TPP divided by the applicable die area, exactly (a bounded TPP gives a bounded density).
     *
     * @param area not null
     * @return the density
     */
    public PerformanceDensity per(ApplicableDieArea area) {
        return PerformanceDensity.of(figure.dividedBy(area.figure()));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TotalProcessingPerformance && figure.equals(((TotalProcessingPerformance) o).figure);
    }

    @Override
    public int hashCode() {
        return figure.hashCode();
    }

    /** "TPP 4800", "TPP ~2368", "TPP unknown". */
    @Override
    public String toString() {
        return "TPP " + figure;
    }
}
