package io.chipgate.regime;

import io.chipgate.metrics.Exact;
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

    /** "{@code quantity} of {@code line} or more". */
    public static Threshold atLeast(Quantity quantity, String line, String paragraph, Instrument instrument) {
        return new Threshold(quantity, Comparison.AT_LEAST, new BigDecimal(line), paragraph, instrument);
    }

    /** "{@code quantity} greater than {@code line}". */
    public static Threshold greaterThan(Quantity quantity, String line, String paragraph, Instrument instrument) {
        return new Threshold(quantity, Comparison.GREATER_THAN, new BigDecimal(line), paragraph, instrument);
    }

    /** "{@code quantity} less than {@code line}". */
    public static Threshold lessThan(Quantity quantity, String line, String paragraph, Instrument instrument) {
        return new Threshold(quantity, Comparison.LESS_THAN, new BigDecimal(line), paragraph, instrument);
    }

    /** Any threshold, e.g. from a custom regime file. */
    public static Threshold of(Quantity quantity, Comparison comparison, BigDecimal line, String paragraph, Instrument instrument) {
        return new Threshold(quantity, comparison, line, paragraph, instrument);
    }

    public Quantity quantity() {
        return quantity;
    }

    public Comparison comparison() {
        return comparison;
    }

    public BigDecimal line() {
        return line;
    }

    /** The paragraph of the rule, e.g. "ECCN 3A090.a.1". */
    public String paragraph() {
        return paragraph;
    }

    /** The line as an exact value. */
    Exact exactLine() {
        return exactLine;
    }

    public Instrument instrument() {
        return instrument;
    }

    /** "ECCN 3A090.a.1; 88 FR 73458". */
    public String citation() {
        return citation;
    }

    /** "TPP ≥ 4800". */
    public String label() {
        return quantity.label() + " " + comparison.symbol() + " " + line.toPlainString()
            + (quantity.unit().isEmpty() ? "" : " " + quantity.unit());
    }

    /** Evaluates this line on the inputs: the three-valued result, the value, the margin and whether it is robust. */
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
