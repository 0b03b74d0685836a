package io.chipgate.regime;

import io.chipgate.metrics.Exact;
import java.util.Objects;

/**
 * The smallest change of one input that changes a part's outcome under a regime: "raise TPP to 4800 (+32):
 * 3A090.a.1", or "lower applicable die area below 270.27… (−543.7…): 3A090.a.2".
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Flip {
    private final String input;
    private final Exact from;
    private final Exact to;
    private final boolean inclusive;
    private final Outcome outcome;

    Flip(String input, Exact from, Exact to, boolean inclusive, Outcome outcome) {
        this.input = Objects.requireNonNull(input);
        this.from = from;
        this.to = to;
        this.inclusive = inclusive;
        this.outcome = outcome;
    }

    /** The input changed: "TPP", "applicable die area (mm²)", "I/O (GB/s)", "DRAM bandwidth (GB/s)", "datacenter". */
    public String input() {
        return input;
    }

    /** The current value (null for the datacenter designation). */
    public Exact from() {
        return from;
    }

    /** The value at which (inclusive) or beyond which (exclusive) the outcome changes. */
    public Exact to() {
        return to;
    }

    /** True when the outcome changes at {@link #to()} itself; false when only strictly beyond it. */
    public boolean inclusive() {
        return inclusive;
    }

    /** to − from. */
    public Exact delta() {
        return from == null ? null : to.subtract(from);
    }

    public Outcome outcome() {
        return outcome;
    }

    @Override
    public String toString() {
        if (from == null) {
            return input + " → " + outcome;
        }
        boolean up = to.compareTo(from) > 0;
        String verb = up ? "raise" : "lower";
        String where = inclusive ? "to " + to : (up ? "above " : "below ") + to;
        Exact d = delta();
        return verb + " " + input + " " + where + " (" + (d.signum() >= 0 ? "+" : "−") + (d.signum() >= 0 ? d : d.negate()) + "): " + outcome;
    }
}
