package io.chipgate.regime;

import io.chipgate.metrics.Bandwidth;
import io.chipgate.metrics.Exact;
import io.chipgate.metrics.MemoryBandwidthDensity;
import io.chipgate.metrics.PerformanceDensity;
import io.chipgate.metrics.TotalProcessingPerformance;
import io.chipgate.metrics.TransistorCount;
import io.chipgate.metrics.Figure;
import io.chipgate.metrics.Tri;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A line a rule draws on one quantity, with the paragraph and instrument it comes from — "TPP ≥ 4800,
 * ECCN 3A090.a.1, 88 FR 73458".
 *
 * <p>Lines are exact decimals as the rule writes them; 4800 and 4800.0 are the same line. This class is
 * immutable and thread-safe.
 */
public final class Threshold {
    private final Quantity quantity;
    private final Comparison comparison;
    private final BigDecimal line;
    private final String paragraph;
    private final Instrument instrument;
    private final String citation;
    /** The line as an exact value, for the fast exact comparison. */
    private final Exact exactLine;

    private Threshold(Quantity quantity, Comparison comparison, BigDecimal line, String paragraph, Instrument instrument) {
        this.quantity = Objects.requireNonNull(quantity);
        this.comparison = Objects.requireNonNull(comparison);
        this.line = line.stripTrailingZeros();
        this.paragraph = Objects.requireNonNull(paragraph);
        this.instrument = Objects.requireNonNull(instrument);
        this.citation = paragraph + "; " + instrument.citation();
        this.exactLine = Exact.of(this.line);
    }

    /**
     * A threshold the rule words "{@code quantity} of {@code line} or more" (≥).
     *
     * @param quantity the quantity compared, not null
     * @param line the line as the rule writes it, e.g. "4800", not null
     * @param paragraph the paragraph of the rule, e.g. "ECCN 3A090.a.1", not null
     * @param instrument the instrument the rule comes from, not null
     * @return the threshold
     * @throws NumberFormatException if {@code line} is not a decimal number
     */
    public static Threshold atLeast(Quantity quantity, String line, String paragraph, Instrument instrument) {
        return new Threshold(quantity, Comparison.AT_LEAST, new BigDecimal(line), paragraph, instrument);
    }

    /**
     * A threshold the rule words "{@code quantity} greater than {@code line}" (&gt;).
     *
     * @param quantity the quantity compared, not null
     * @param line the line as the rule writes it, e.g. "4800", not null
     * @param paragraph the paragraph of the rule, e.g. "ECCN 3A090.a.1", not null
     * @param instrument the instrument the rule comes from, not null
     * @return the threshold
     * @throws NumberFormatException if {@code line} is not a decimal number
     */
    public static Threshold greaterThan(Quantity quantity, String line, String paragraph, Instrument instrument) {
        return new Threshold(quantity, Comparison.GREATER_THAN, new BigDecimal(line), paragraph, instrument);
    }

    /**
     * A threshold the rule words "{@code quantity} less than {@code line}" (&lt;).
     *
     * @param quantity the quantity compared, not null
     * @param line the line as the rule writes it, e.g. "4800", not null
     * @param paragraph the paragraph of the rule, e.g. "ECCN 3A090.a.1", not null
     * @param instrument the instrument the rule comes from, not null
     * @return the threshold
     * @throws NumberFormatException if {@code line} is not a decimal number
     */
    public static Threshold lessThan(Quantity quantity, String line, String paragraph, Instrument instrument) {
        return new Threshold(quantity, Comparison.LESS_THAN, new BigDecimal(line), paragraph, instrument);
    }

    /**
     * "TPP of {@code line} or more", e.g. {@code Threshold.atLeast(TotalProcessingPerformance.of("4800"), "ECCN 3A090.a.1", …)}.
     *
     * @param line a known TPP
     * @param paragraph the paragraph of the rule
     * @param instrument the rule's instrument
     * @return the threshold on {@link Quantity#TPP}
     * @throws IllegalArgumentException if the line is not a known decimal
     */
    public static Threshold atLeast(TotalProcessingPerformance line, String paragraph, Instrument instrument) {
        return new Threshold(Quantity.TPP, Comparison.AT_LEAST, decimal(line.figure(), "TPP"), paragraph, instrument);
    }

    /**
     * "TPP less than {@code line}".
     *
     * @param line a known TPP
     * @param paragraph the paragraph of the rule
     * @param instrument the rule's instrument
     * @return the threshold on {@link Quantity#TPP}
     * @throws IllegalArgumentException if the line is not a known decimal
     */
    public static Threshold lessThan(TotalProcessingPerformance line, String paragraph, Instrument instrument) {
        return new Threshold(Quantity.TPP, Comparison.LESS_THAN, decimal(line.figure(), "TPP"), paragraph, instrument);
    }

    /**
     * "Performance density of {@code line} TPP/mm² or more".
     *
     * @param line a known density
     * @param paragraph the paragraph of the rule
     * @param instrument the rule's instrument
     * @return the threshold on {@link Quantity#PERFORMANCE_DENSITY}
     * @throws IllegalArgumentException if the line is not a known decimal
     */
    public static Threshold atLeast(PerformanceDensity line, String paragraph, Instrument instrument) {
        return new Threshold(Quantity.PERFORMANCE_DENSITY, Comparison.AT_LEAST, decimal(line.figure(), "performance density"),
            paragraph, instrument);
    }

    /**
     * "Performance density less than {@code line} TPP/mm²".
     *
     * @param line a known density
     * @param paragraph the paragraph of the rule
     * @param instrument the rule's instrument
     * @return the threshold on {@link Quantity#PERFORMANCE_DENSITY}
     * @throws IllegalArgumentException if the line is not a known decimal
     */
    public static Threshold lessThan(PerformanceDensity line, String paragraph, Instrument instrument) {
        return new Threshold(Quantity.PERFORMANCE_DENSITY, Comparison.LESS_THAN, decimal(line.figure(), "performance density"),
            paragraph, instrument);
    }

    /**
     * "Memory bandwidth density greater than {@code line} GB/s/mm²" (3A090.c).
     *
     * @param line a known density
     * @param paragraph the paragraph of the rule
     * @param instrument the rule's instrument
     * @return the threshold on {@link Quantity#MEMORY_BANDWIDTH_DENSITY}
     * @throws IllegalArgumentException if the line is not a known decimal
     */
    public static Threshold greaterThan(MemoryBandwidthDensity line, String paragraph, Instrument instrument) {
        return new Threshold(Quantity.MEMORY_BANDWIDTH_DENSITY, Comparison.GREATER_THAN,
            decimal(line.figure(), "memory bandwidth density"), paragraph, instrument);
    }

    /**
     * "Memory bandwidth density less than {@code line} GB/s/mm²" (License Exception HBM).
     *
     * @param line a known density
     * @param paragraph the paragraph of the rule
     * @param instrument the rule's instrument
     * @return the threshold on {@link Quantity#MEMORY_BANDWIDTH_DENSITY}
     * @throws IllegalArgumentException if the line is not a known decimal
     */
    public static Threshold lessThan(MemoryBandwidthDensity line, String paragraph, Instrument instrument) {
        return new Threshold(Quantity.MEMORY_BANDWIDTH_DENSITY, Comparison.LESS_THAN,
            decimal(line.figure(), "memory bandwidth density"), paragraph, instrument);
    }

    /**
     * "Transistor count less than {@code line}" (the foundry presumption's lines).
     *
     * @param line a known count
     * @param paragraph the paragraph of the rule
     * @param instrument the rule's instrument
     * @return the threshold on {@link Quantity#TRANSISTORS}
     * @throws IllegalArgumentException if the line is not a known decimal
     */
    public static Threshold lessThan(TransistorCount line, String paragraph, Instrument instrument) {
        return new Threshold(Quantity.TRANSISTORS, Comparison.LESS_THAN, decimal(line.figure(), "transistor count"), paragraph, instrument);
    }

    /**
     * "{@code quantity} of {@code line} GB/s or more", for a bandwidth quantity (I/O, DRAM, or their sum).
     *
     * @param quantity one of the bandwidths: {@link Quantity#IO_BIDIRECTIONAL}, {@link Quantity#MEMORY_BANDWIDTH},
     *     {@link Quantity#IO_PLUS_MEMORY_BANDWIDTH}
     * @param line the line
     * @param paragraph the paragraph of the rule
     * @param instrument the rule's instrument
     * @return the threshold
     * @throws IllegalArgumentException if the quantity is not measured in GB/s
     */
    public static Threshold atLeast(Quantity quantity, Bandwidth line, String paragraph, Instrument instrument) {
        return new Threshold(bandwidth(quantity), Comparison.AT_LEAST, decimal(Figure.known(line.gigabytesPerSecond()), "bandwidth"),
            paragraph, instrument);
    }

    /**
     * "{@code quantity} less than {@code line} GB/s", for a bandwidth quantity.
     *
     * @param quantity one of the bandwidths, as for {@link #atLeast(Quantity, Bandwidth, String, Instrument)}
     * @param line the line
     * @param paragraph the paragraph of the rule
     * @param instrument the rule's instrument
     * @return the threshold
     * @throws IllegalArgumentException if the quantity is not measured in GB/s
     */
    public static Threshold lessThan(Quantity quantity, Bandwidth line, String paragraph, Instrument instrument) {
        return new Threshold(bandwidth(quantity), Comparison.LESS_THAN, decimal(Figure.known(line.gigabytesPerSecond()), "bandwidth"),
            paragraph, instrument);
    }

    private static Quantity bandwidth(Quantity q) {
        if (!"GB/s".equals(q.unit())) {
            throw new IllegalArgumentException("Invalid quantity for a bandwidth line (one measured in GB/s: I/O, DRAM bandwidth, "
                + "or their sum): " + q);
        }
        return q;
    }

    /** The decimal a typed line holds: rules draw lines as decimals, so a known value with a decimal expansion. */
    private static BigDecimal decimal(Figure line, String what) {
        Exact v = line.value().orElseThrow(() -> new IllegalArgumentException(
            "Invalid " + what + " line (a known value, not an estimate or a bound): " + line));
        if (line.estimated() || !v.isTerminating()) {
            throw new IllegalArgumentException("Invalid " + what + " line (a known decimal): " + line);
        }
        return v.toBigDecimal(java.math.MathContext.UNLIMITED);
    }

    /**
     * Any threshold, e.g. from a custom regime file.
     *
     * @param quantity the quantity compared, not null
     * @param comparison how the quantity is compared with the line, not null
     * @param line the line, not null
     * @param paragraph the paragraph of the rule, e.g. "ECCN 3A090.a.1", not null
     * @param instrument the instrument the rule comes from, not null
     * @return the threshold
     */
    public static Threshold of(Quantity quantity, Comparison comparison, BigDecimal line, String paragraph, Instrument instrument) {
        return new Threshold(quantity, comparison, line, paragraph, instrument);
    }

    /** {@return the quantity compared, e.g. TPP} */
    public Quantity quantity() {
        return quantity;
    }

    /** {@return how the quantity is compared with the line: ≥, &gt; or &lt;} */
    public Comparison comparison() {
        return comparison;
    }

    /** {@return the line as the rule writes it, e.g. 4800, trailing zeros stripped} */
    public BigDecimal line() {
        return line;
    }

    /** {@return the paragraph of the rule, e.g. "ECCN 3A090.a.1"} */
    public String paragraph() {
        return paragraph;
    }

    /** The line as an exact value. */
    Exact exactLine() {
        return exactLine;
    }

    /** {@return the instrument the rule comes from} */
    public Instrument instrument() {
        return instrument;
    }

    /** {@return "ECCN 3A090.a.1; 88 FR 73458"} */
    public String citation() {
        return citation;
    }

    /** {@return "TPP ≥ 4800"} */
    public String label() {
        return quantity.label() + " " + comparison.symbol() + " " + line.toPlainString()
            + (quantity.unit().isEmpty() ? "" : " " + quantity.unit());
    }

    /**
     * Evaluates this line on the inputs: the three-valued result, the value, the margin and whether it is robust.
     *
     * @param inputs the part's inputs, not null
     * @return the clause: the threshold, the figure compared and the three-valued result
     */
    public Clause evaluate(Inputs inputs) {
        Figure f = quantity.of(inputs);
        return Clause.of(this, f, comparison.test(f, exactLine));
    }

    /** The three-valued result alone, without a clause; the same as {@code evaluate(inputs).result()}. */
    Tri test(Inputs inputs) {
        return comparison.test(quantity.of(inputs), exactLine);
    }

    @Override
    public String toString() {
        return label() + " (" + citation() + ")";
    }

    /** Value equality: the same quantity, comparison, line (4800 equals 4800.0), paragraph and instrument. */
    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof Threshold)) {
            return false;
        }
        Threshold o = (Threshold) other;
        return quantity == o.quantity && comparison == o.comparison && line.equals(o.line) && paragraph.equals(o.paragraph) && instrument.equals(o.instrument);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(quantity, comparison, line, paragraph, instrument);
    }
}
