package io.chipgate.regime;

import io.chipgate.metrics.Exact;
import java.util.Objects;
import java.util.Optional;

/**
 * The smallest change of one input that changes a part's outcome under a regime: "raise TPP to 4800 (+32):
 * 3A090.a.1", or "lower applicable die area below 270.27… (−543.7…): 3A090.a.2"; or, for the datacenter designation,
 * the other designation ("datacenter designation → false: NOT_CONTROLLED"), which has no values.
 *
 * <p>Two flips are equal when their input, values, inclusiveness and outcome are equal (values compared as numbers).
 * This class is immutable and thread-safe.
 */
public final class Flip {
    private final String input;
    private final Exact from;
    private final Exact to;
    private final boolean inclusive;
    private final Outcome outcome;

    private Flip(String input, Exact from, Exact to, boolean inclusive, Outcome outcome) {
        this.input = Objects.requireNonNull(input, "input");
        this.from = from;
        this.to = to;
        this.inclusive = inclusive;
        this.outcome = Objects.requireNonNull(outcome, "outcome");
    }

    /**
     * A change of a numeric input.
     *
     * @param input the input's name, e.g. "TPP"
     * @param from the current value, not null
     * @param to the value at which (inclusive) or beyond which (exclusive) the outcome changes, not null
     * @param inclusive whether the outcome changes at {@code to} itself
     * @param outcome the outcome after the change, not null
     * @return the flip
     */
    public static Flip of(String input, Exact from, Exact to, boolean inclusive, Outcome outcome) {
        return new Flip(input, Objects.requireNonNull(from, "from"), Objects.requireNonNull(to, "to"), inclusive, outcome);
    }

    /**
     * A change of the datacenter designation, which has no values.
     *
     * @param input e.g. "datacenter designation → false"
     * @param outcome the outcome under the other designation, not null
     * @return the flip
     */
    public static Flip ofDesignation(String input, Outcome outcome) {
        return new Flip(input, null, null, true, outcome);
    }

    /** @return the input changed: "TPP", "applicable die area (mm²)", "I/O (GB/s)", "DRAM bandwidth (GB/s)", "datacenter designation → …" */
    public String input() {
        return input;
    }

    /** @return whether the input is numeric (then {@link #from()}, {@link #to()} and {@link #delta()} are present) */
    public boolean isNumeric() {
        return from != null;
    }

    /** @return the current value; empty for the datacenter designation */
    public Optional<Exact> from() {
        return Optional.ofNullable(from);
    }

    /** @return the value at which (inclusive) or beyond which (exclusive) the outcome changes; empty for the designation */
    public Optional<Exact> to() {
        return Optional.ofNullable(to);
    }

    /** @return true when the outcome changes at {@link #to()} itself; false when only strictly beyond it */
    public boolean inclusive() {
        return inclusive;
    }

    /** @return to − from; empty for the datacenter designation */
    public Optional<Exact> delta() {
        return from == null ? Optional.empty() : Optional.of(to.subtract(from));
    }

    /** @return the outcome after the change */
    public Outcome outcome() {
        return outcome;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Flip)) {
            return false;
        }
        Flip f = (Flip) o;
        return inclusive == f.inclusive && input.equals(f.input) && Objects.equals(from, f.from) && Objects.equals(to, f.to)
            && outcome == f.outcome;
    }

    @Override
    public int hashCode() {
        return Objects.hash(input, from, to, inclusive, outcome);
    }

    @Override
    public String toString() {
        if (from == null) {
            return input + " → " + outcome;
        }
        boolean up = to.compareTo(from) > 0;
        String verb = up ? "raise" : "lower";
        String where = inclusive ? "to " + to : (up ? "above " : "below ") + to;
        Exact d = to.subtract(from);
        return verb + " " + input + " " + where + " (" + (d.signum() >= 0 ? "+" : "−") + (d.signum() >= 0 ? d : d.negate()) + "): " + outcome;
    }
}
