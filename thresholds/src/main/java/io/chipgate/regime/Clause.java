package io.chipgate.regime;

import io.chipgate.metrics.Exact;
import io.chipgate.metrics.Figure;
import io.chipgate.metrics.Tri;
import java.util.Optional;

/**
 * One evaluated line of a rule: the threshold, the input value, the three-valued result, the margin
 * (value − line: positive above, negative short) and, for estimated inputs, whether the result holds across
 * the estimate interval.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Clause {
    private final Threshold threshold;
    private final Figure input;
    private final Tri result;

    private Clause(Threshold threshold, Figure input, Tri result) {
        this.threshold = threshold;
        this.input = input;
        this.result = result;
    }

    /** A clause; its margin and robustness are derived from the input on demand. */
    static Clause of(Threshold threshold, Figure input, Tri result) {
        return new Clause(threshold, input, result);
    }

    /** {@return the threshold the clause tests: quantity, comparison, line and citation} */
    public Threshold threshold() {
        return threshold;
    }

    /** {@return the part's figure for the threshold's quantity, as compared} */
    public Figure input() {
        return input;
    }

    /** {@return whether the clause holds: TRUE, FALSE, or UNKNOWN when the figure does not decide} */
    public Tri result() {
        return result;
    }

    /** {@return value − line when the value is known} */
    public Optional<Exact> margin() {
        return input.value().map(v -> v.subtract(Exact.of(threshold.line())));
    }

    /** {@return whether the result holds across the input's estimate interval; empty when the input has none} */
    public Optional<Boolean> robust() {
        return input.isKnown() && input.hasEstimateInterval()
            ? Optional.of(input.robustAt(threshold.exactLine(), threshold.comparison() == Comparison.GREATER_THAN))
            : Optional.empty();
    }

    /** {@return "TPP ≥ 4800"} */
    public String label() {
        return threshold.label();
    }

    /**
     * {@return "+340", "32 short" (for "≥" and "&gt;" lines), "32 below", "5 over" (for "&lt;" lines), or "" when
     * unknown}
     */
    public String marginText() {
        Exact margin = margin().orElse(null);
        if (margin == null) {
            return "";
        }
        if (threshold.comparison() == Comparison.LESS_THAN) {
            return margin.signum() < 0 ? margin.negate() + " below" : margin.signum() == 0 ? "at the line" : margin + " over";
        }
        if (margin.signum() < 0) {
            return margin.negate() + " short";
        }
        return "+" + margin;
    }

    @Override
    public String toString() {
        return label() + ": " + input + " → " + result.label() + (input.isKnown() ? " (" + marginText() + ")" : "");
    }

    /** Value equality: the same threshold, input figure (compared by value) and result. */
    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof Clause)) {
            return false;
        }
        Clause o = (Clause) other;
        return threshold.equals(o.threshold) && input.equals(o.input) && result == o.result;
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(threshold, input, result);
    }
}
