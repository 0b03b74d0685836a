package io.chipgate.metrics;

import java.util.Objects;
import java.util.Optional;

/**
 * "Performance density" (Technical Note to ECCN 3A090, 88 FR 73458): TPP divided by the applicable die area in
 * square millimetres, so in TPP per mm²; an exact rational ({@link Exact}), which may be known, estimated or only
 * bounded. Made by {@link TotalProcessingPerformance#per(ApplicableDieArea)}.
 *
 * <p>Two values are equal when their figures are. This class is immutable and thread-safe.
 */
public final class PerformanceDensity {
    /** The unit, as the rule defines the quantity: TPP per square millimetre of applicable die area. */
    public static final String UNIT = "TPP/mm²";

    private final Figure figure;

    private PerformanceDensity(Figure figure) {
        this.figure = figure;
    }

    /**
     * A performance density known exactly, from its decimal text: a line a rule draws, or a what-if value.
     *
     * @param decimal e.g. "5.92"; a non-negative decimal, not null
     * @return the value
     * @throws IllegalArgumentException if the text is not a non-negative decimal
     */
    public static PerformanceDensity of(String decimal) {
        return new PerformanceDensity(Figure.known(Exact.nonNegativeDecimal(decimal, "performance density")));
    }

    /**
     * A density from a computed figure.
     *
     * @param figure not null
     * @return the density
     */
    public static PerformanceDensity of(Figure figure) {
        return new PerformanceDensity(Objects.requireNonNull(figure, "figure"));
    }

    /** @return the figure, with its bounds, estimate interval and missing inputs */
    public Figure figure() {
        return figure;
    }

    /** @return the value, when known: an exact rational */
    public Optional<Exact> value() {
        return figure.value();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PerformanceDensity && figure.equals(((PerformanceDensity) o).figure);
    }

    @Override
    public int hashCode() {
        return figure.hashCode();
    }

    /** "PD 6.5874… TPP/mm²". */
    @Override
    public String toString() {
        return "PD " + figure + " " + UNIT;
    }
}
