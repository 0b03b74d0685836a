package io.chipgate.metrics;

import java.util.Objects;
import java.util.Optional;

/**
 * "Memory bandwidth density" (ECCN 3A090.c, 89 FR 96790): memory bandwidth in GB/s divided by the package area in
 * square millimetres, in GB/s/mm²; 3A090.c reaches standalone DRAM above 2.
 *
 * <p>Wraps the exact {@link Figure}, which may be known, estimated or only bounded. Two values are equal when their
 * figures are. This class is immutable and thread-safe.
 */
public final class MemoryBandwidthDensity {
    /** The unit: gigabytes per second per square millimetre. */
    public static final String UNIT = "GB/s/mm²";

    private final Figure figure;

    private MemoryBandwidthDensity(Figure figure) {
        this.figure = figure;
    }

    /**
     * A memory bandwidth density known exactly, from its decimal text: a line a rule draws, or a what-if value.
     *
     * @param decimal e.g. "2"; a non-negative decimal, not null
     * @return the value
     * @throws IllegalArgumentException if the text is not a non-negative decimal
     */
    public static MemoryBandwidthDensity of(String decimal) {
        return new MemoryBandwidthDensity(Figure.known(Exact.nonNegativeDecimal(decimal, "memory bandwidth density")));
    }

    /**
     * A value from a computed figure.
     *
     * @param figure not null
     * @return the value
     */
    public static MemoryBandwidthDensity of(Figure figure) {
        return new MemoryBandwidthDensity(Objects.requireNonNull(figure, "figure"));
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
        return o instanceof MemoryBandwidthDensity && figure.equals(((MemoryBandwidthDensity) o).figure);
    }

    @Override
    public int hashCode() {
        return figure.hashCode();
    }

    /** "2.5 GB/s/mm²". */
    @Override
    public String toString() {
        return figure + " " + UNIT;
    }
}
