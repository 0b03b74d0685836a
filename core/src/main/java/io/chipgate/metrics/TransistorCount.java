package io.chipgate.metrics;

import java.util.Objects;
import java.util.Optional;

/**
 * A transistor count (Note 1 to ECCN 3A090.a, 90 FR 5298: the "aggregated approximated transistor count" of a
 * packaged IC, below 30, 35 or 40 billion by year); a pure number.
 *
 * <p>Wraps the exact {@link Figure}, which may be known, estimated or only bounded. Two values are equal when their
 * figures are. This class is immutable and thread-safe.
 */
public final class TransistorCount {
    /** The unit: none, a count. */
    public static final String UNIT = "";

    private final Figure figure;

    private TransistorCount(Figure figure) {
        this.figure = figure;
    }

    /**
     * A transistor count known exactly, from its decimal text: a line a rule draws, or a what-if value.
     *
     * @param decimal e.g. "30000000000"; a non-negative decimal, not null
     * @return the value
     * @throws IllegalArgumentException if the text is not a non-negative decimal
     */
    public static TransistorCount of(String decimal) {
        return new TransistorCount(Figure.known(Exact.nonNegativeDecimal(decimal, "transistor count")));
    }

    /**
     * A value from a computed figure.
     *
     * @param figure not null
     * @return the value
     */
    public static TransistorCount of(Figure figure) {
        return new TransistorCount(Objects.requireNonNull(figure, "figure"));
    }

    /** @return the figure, with its bounds, estimate interval and missing inputs */
    public Figure figure() {
        return figure;
    }

    /** @return the value, when known */
    public Optional<Exact> value() {
        return figure.value();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TransistorCount && figure.equals(((TransistorCount) o).figure);
    }

    @Override
    public int hashCode() {
        return figure.hashCode();
    }

    /** "80000000000 transistors". */
    @Override
    public String toString() {
        return figure + " transistors";
    }
}
