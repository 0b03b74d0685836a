package io.chipgate.metrics;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A computed figure that may be known, estimated, or only bounded.
 *
 * <ul>
 *   <li>{@linkplain #value() value}: the figure when the inputs give it (possibly from estimated inputs);
 *   <li>otherwise hard bounds {@linkplain #lower() lower} ≤ x ≤ {@linkplain #upper() upper} (upper empty =
 *       unbounded) that hold whatever the missing inputs are, and the {@linkplain #missing() missing} inputs;
 *   <li>an estimate interval [{@linkplain #estimateLow() low}, {@linkplain #estimateHigh() high}] when inputs
 *       carry one, so a caller can tell whether an outcome holds across it;
 *   <li>{@linkplain #estimated() estimated}: whether any input is graded ESTIMATE.
 * </ul>
 *
 * <p>Comparisons with thresholds are three-valued ({@link Tri}): a missing value is UNKNOWN unless the bounds
 * decide. All arithmetic is exact ({@link Exact}). Figures have value semantics ({@link #equals}). This class is
 * immutable and thread-safe.
 */
public final class Figure {
    private final Exact value;
    private final Exact lower;
    private final Exact upper;
    private final Exact estimateLow;
    private final Exact estimateHigh;
    private final boolean estimated;
    private final List<String> missing;

    private Figure(Exact value, Exact lower, Exact upper, Exact estimateLow, Exact estimateHigh,
                   boolean estimated, List<String> missing) {
        this.value = value;
        this.lower = lower;
        this.upper = upper;
        this.estimateLow = estimateLow;
        this.estimateHigh = estimateHigh;
        this.estimated = estimated;
        this.missing = missing;
    }

    /**
     * {@return a figure known exactly}
     *
     * @param value the exact value, not null
     */
    public static Figure known(Exact value) {
        return new Figure(value, value, value, value, value, false, List.of());
    }

    /**
     * {@return a figure known exactly from a decimal}
     *
     * @param value the exact value, not null
     */
    public static Figure known(BigDecimal value) {
        return known(Exact.of(value));
    }

    /**
     * {@return a figure with a point estimate and an estimate interval (which may equal the point)}
     *
     * @param value the point estimate, not null
     * @param low the bottom of the estimate interval, not null (raised to the value if above it)
     * @param high the top of the estimate interval, not null (lowered to the value if below it)
     */
    public static Figure estimate(Exact value, Exact low, Exact high) {
        return new Figure(value, value, value, low.min(value), high.max(value), true, List.of());
    }

    /**
     * {@return an unknown non-negative figure, naming the missing input}
     *
     * @param missingInput the name of the input whose absence leaves the figure open, e.g. "areaMm2", not null
     */
    public static Figure unknown(String missingInput) {
        return bounded(Exact.ZERO, null, List.of(missingInput));
    }

    /**
     * A figure known only to lie between two hard bounds (equal bounds give a known figure).
     *
     * @param lower not null
     * @param upper not null, at least {@code lower}
     * @param missing the inputs whose absence leaves it open
     * @return the figure
     */
    public static Figure between(Exact lower, Exact upper, List<String> missing) {
        return bounded(Objects.requireNonNull(lower, "lower"), Objects.requireNonNull(upper, "upper"), missing);
    }

    /**
     * A figure known only to be at least a hard bound, unbounded above.
     *
     * @param lower not null
     * @param missing the inputs whose absence leaves it open
     * @return the figure
     */
    public static Figure boundedBelow(Exact lower, List<String> missing) {
        return bounded(Objects.requireNonNull(lower, "lower"), null, missing);
    }

    /**
     * A figure known only within hard bounds. Prefer {@link #between} and {@link #boundedBelow}, which take no null.
     *
     * @param lower not null
     * @param upper null for unbounded
     * @param missing the inputs whose absence leaves it open
     * @return the figure
     */
    public static Figure bounded(Exact lower, Exact upper, List<String> missing) {
        if (upper != null && lower.compareTo(upper) == 0) {
            return new Figure(lower, lower, upper, lower, upper, false, List.copyOf(missing));
        }
        return new Figure(null, lower, upper, lower, upper, false, List.copyOf(missing));
    }

    /** {@return the value, when the inputs give it} */
    public Optional<Exact> value() {
        return Optional.ofNullable(value);
    }

    /** {@return whether the value is known (exactly or as a point estimate), not only bounded} */
    public boolean isKnown() {
        return value != null;
    }

    /** {@return a lower bound that holds whatever the missing inputs are} */
    public Exact lower() {
        return lower;
    }

    /** {@return an upper bound, or empty when unbounded} */
    public Optional<Exact> upper() {
        return Optional.ofNullable(upper);
    }

    /** {@return the bottom of the estimate interval; the lower bound when there is no estimate} */
    public Exact estimateLow() {
        return estimateLow;
    }

    /** {@return the top of the estimate interval; empty when unbounded} */
    public Optional<Exact> estimateHigh() {
        return Optional.ofNullable(estimateHigh);
    }

    /** {@return whether an input of this figure is graded ESTIMATE or carries an estimate interval} */
    public boolean estimated() {
        return estimated;
    }

    /** {@return whether the estimate interval is wider than a point} */
    public boolean hasEstimateInterval() {
        return estimateHigh == null || estimateLow.compareTo(estimateHigh) != 0;
    }

    /** {@return the inputs whose absence leaves this figure open; empty when it is known} */
    public List<String> missing() {
        return missing;
    }

    /**
     * Marks the figure as resting on an estimated input.
     *
     * @return this figure, flagged as estimated
     */
    public Figure asEstimated() {
        return estimated ? this : new Figure(value, lower, upper, estimateLow, estimateHigh, true, missing);
    }

    /**
     * {@return this figure with an estimate interval around its value}
     *
     * @param low the bottom of the estimate interval, not null
     * @param high the top of the estimate interval, not null
     */
    public Figure withEstimateInterval(Exact low, Exact high) {
        return new Figure(value, lower, upper, low, high, true, missing);
    }

    /**
     * {@return {@code x ≥ threshold}: TRUE or FALSE when decided, else UNKNOWN}
     *
     * @param threshold the line, not null
     */
    public Tri atLeast(BigDecimal threshold) {
        return atLeast(Exact.of(threshold));
    }

    /**
     * {@return {@code x > threshold}: TRUE or FALSE when decided, else UNKNOWN}
     *
     * @param threshold the line, not null
     */
    public Tri greaterThan(BigDecimal threshold) {
        return greaterThan(Exact.of(threshold));
    }

    /**
     * {@return {@code x < threshold}}
     *
     * @param threshold the line, not null
     */
    public Tri lessThan(BigDecimal threshold) {
        return atLeast(threshold).not();
    }

    /**
     * {@code x ≥ threshold} for a line held as an {@link Exact} (the {@link BigDecimal} forms delegate here),
     * on the fast exact comparison ({@link Exact#compareTo(Exact)}); a line compared often should be held so.
     *
     * @param threshold the line, not null
     * @return TRUE or FALSE when decided, else UNKNOWN
     */
    public Tri atLeast(Exact threshold) {
        if (value != null) {
            return Tri.of(value.compareTo(threshold) >= 0);
        }
        if (lower.compareTo(threshold) >= 0) {
            return Tri.TRUE;
        }
        if (upper != null && upper.compareTo(threshold) < 0) {
            return Tri.FALSE;
        }
        return Tri.UNKNOWN;
    }

    /**
     * {@code x > threshold}: the same answer as {@link #greaterThan(BigDecimal)}, for a line held as an {@link Exact}.
     *
     * @param threshold the line, not null
     * @return TRUE or FALSE when decided, else UNKNOWN
     */
    public Tri greaterThan(Exact threshold) {
        if (value != null) {
            return Tri.of(value.compareTo(threshold) > 0);
        }
        if (lower.compareTo(threshold) > 0) {
            return Tri.TRUE;
        }
        if (upper != null && upper.compareTo(threshold) <= 0) {
            return Tri.FALSE;
        }
        return Tri.UNKNOWN;
    }

    /**
     * {@code x < threshold}: the same answer as {@link #lessThan(BigDecimal)}, for a line held as an {@link Exact}.
     *
     * @param threshold the line, not null
     * @return TRUE or FALSE when decided, else UNKNOWN
     */
    public Tri lessThan(Exact threshold) {
        return atLeast(threshold).not();
    }

    /**
     * {@return whether the whole estimate interval lies on one side of the threshold (for a "≥" comparison), so that
     * the comparison does not depend on where in the interval the true value is}
     *
     * @param threshold the line, not null
     * @param strict true for a "&gt;" comparison, false for "≥"
     */
    public boolean robustAt(BigDecimal threshold, boolean strict) {
        return robustAt(Exact.of(threshold), strict);
    }

    /**
     * {@link #robustAt(BigDecimal, boolean)} for a line held as an {@link Exact}: the same answer, faster.
     *
     * @param threshold the line, not null
     * @param strict true for a "&gt;" comparison, false for "≥"
     * @return whether the whole estimate interval lies on one side of the line
     */
    public boolean robustAt(Exact threshold, boolean strict) {
        if (estimateHigh == null) {
            return false;
        }
        int lo = estimateLow.compareTo(threshold);
        int hi = estimateHigh.compareTo(threshold);
        return strict ? (lo > 0) == (hi > 0) : (lo >= 0) == (hi >= 0);
    }

    /**
     * {@return the sum of two figures; bounds, estimates and missing inputs combine}
     *
     * @param other not null
     */
    public Figure plus(Figure other) {
        Exact v = value != null && other.value != null ? value.add(other.value) : null;
        Exact lo = lower.add(other.lower);
        Exact up = upper != null && other.upper != null ? upper.add(other.upper) : null;
        Exact eLo = estimateLow.add(other.estimateLow);
        Exact eHi = estimateHigh != null && other.estimateHigh != null ? estimateHigh.add(other.estimateHigh) : null;
        return combine(v, lo, up, eLo, eHi, other);
    }

    /**
     * The sum of figures in one pass: the same figure as adding them one by one from zero with
     * {@link #plus(Figure)}, in time linear in their number and their missing inputs (a fold copies the growing
     * list of missing inputs at every step).
     *
     * @param figures not null; empty gives a known zero
     * @return the sum, known only when every figure's value is known
     */
    public static Figure sum(List<Figure> figures) {
        Exact v = Exact.ZERO;
        Exact lo = Exact.ZERO;
        Exact up = Exact.ZERO;
        Exact eLo = Exact.ZERO;
        Exact eHi = Exact.ZERO;
        boolean estimated = false;
        java.util.Set<String> missing = new java.util.LinkedHashSet<>();
        for (Figure f : figures) {
            v = v == null || f.value == null ? null : v.add(f.value);
            lo = lo.add(f.lower);
            up = up == null || f.upper == null ? null : up.add(f.upper);
            eLo = eLo.add(f.estimateLow);
            eHi = eHi == null || f.estimateHigh == null ? null : eHi.add(f.estimateHigh);
            estimated |= f.estimated;
            missing.addAll(f.missing);
        }
        List<String> m = missing.isEmpty() ? List.of() : Collections.unmodifiableList(new ArrayList<>(missing));
        if (v != null) {
            return new Figure(v, v, v, eLo.min(v), eHi == null ? null : eHi.max(v), estimated, m);
        }
        return new Figure(null, lo, up, eLo, eHi, estimated, m);
    }

    /**
     * {@return the larger of two figures} When neither value alone is known the maximum may still be: if one figure's
     * value is at least the other's upper bound.
     *
     * @param other not null
     */
    public Figure max(Figure other) {
        Exact v;
        if (value != null && other.value != null) {
            v = value.max(other.value);
        } else if (value != null && other.upper != null && value.compareTo(other.upper) >= 0) {
            v = value;
        } else if (other.value != null && upper != null && other.value.compareTo(upper) >= 0) {
            v = other.value;
        } else {
            v = null;
        }
        Exact lo = lower.max(other.lower);
        Exact up = upper != null && other.upper != null ? upper.max(other.upper) : null;
        Exact eLo = estimateLow.max(other.estimateLow);
        Exact eHi = estimateHigh != null && other.estimateHigh != null ? estimateHigh.max(other.estimateHigh) : null;
        Figure f = combine(v, lo, up, eLo, eHi, other);
        return v != null ? f.withoutMissing() : f;
    }

    /**
     * {@return this figure divided by a positive one (e.g. TPP ÷ applicable die area)} A divisor whose lower bound is
     * zero leaves the quotient unbounded above.
     *
     * @param divisor a non-negative figure, not null
     */
    public Figure dividedBy(Figure divisor) {
        Exact v = value != null && divisor.value != null && divisor.value.signum() > 0
            ? value.divide(divisor.value) : null;
        Exact lo = divisor.upper != null && divisor.upper.signum() > 0 ? lower.divide(divisor.upper) : Exact.ZERO;
        Exact up = upper != null && divisor.lower.signum() > 0 ? upper.divide(divisor.lower) : null;
        Exact eLo = divisor.estimateHigh != null && divisor.estimateHigh.signum() > 0
            ? estimateLow.divide(divisor.estimateHigh) : Exact.ZERO;
        Exact eHi = estimateHigh != null && divisor.estimateLow.signum() > 0
            ? estimateHigh.divide(divisor.estimateLow) : null;
        return combine(v, lo, up, eLo, eHi, divisor);
    }

    /**
     * {@return this figure times an exact non-negative factor}
     *
     * @param factor not negative, not null
     */
    public Figure times(BigDecimal factor) {
        return new Figure(value == null ? null : value.multiply(factor), lower.multiply(factor),
            upper == null ? null : upper.multiply(factor), estimateLow.multiply(factor),
            estimateHigh == null ? null : estimateHigh.multiply(factor), estimated, missing);
    }

    private Figure combine(Exact v, Exact lo, Exact up, Exact eLo, Exact eHi, Figure other) {
        List<String> m;
        if (missing.isEmpty()) {
            m = other.missing;
        } else if (other.missing.isEmpty()) {
            m = missing;
        } else {
            // a set, not List.contains: a part with thousands of dies merges thousands of names
            java.util.Set<String> all = new java.util.LinkedHashSet<>(missing);
            all.addAll(other.missing);
            m = all.size() == missing.size() ? missing : Collections.unmodifiableList(new ArrayList<>(all));
        }
        if (v != null) {
            return new Figure(v, v, v, eLo.min(v), eHi == null ? null : eHi.max(v), estimated || other.estimated, m);
        }
        return new Figure(null, lo, up, eLo, eHi, estimated || other.estimated, m);
    }

    private Figure withoutMissing() {
        return missing.isEmpty() ? this
            : new Figure(value, lower, upper, estimateLow, estimateHigh, estimated, List.of());
    }

    /**
     * Value equality: two figures are equal when their values, bounds, estimate intervals (compared as numbers:
     * 4800 equals 4800.0), estimated flags and missing inputs (in order) are equal.
     */
    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Figure)) {
            return false;
        }
        Figure f = (Figure) o;
        return estimated == f.estimated && Objects.equals(value, f.value) && lower.equals(f.lower) && Objects.equals(upper, f.upper)
            && estimateLow.equals(f.estimateLow) && Objects.equals(estimateHigh, f.estimateHigh) && missing.equals(f.missing);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value, lower, upper, estimated, missing);
    }

    /** "15831.2", "≥ 2368 (…)", "unknown" or "[a, b]". */
    @Override
    public String toString() {
        if (value != null) {
            return (estimated ? "~" : "") + value;
        }
        if (upper == null) {
            return lower.signum() == 0 ? "unknown" : "≥ " + lower;
        }
        return "[" + lower + ", " + upper + "]";
    }
}
