package io.chipgate.metrics;

import io.chipgate.internal.BoundedNumbers;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A transfer rate in gigabytes per second (GB/s), known exactly: an aggregate bidirectional I/O rate (3A090.a of
 * 87 FR 62186) or a memory bandwidth. For what-if questions: {@code Bandwidth.ofGigabytesPerSecond("900")}.
 *
 * <p>Non-negative and exact as written; 900 and 900.0 are the same rate ({@link #equals} agrees with
 * {@link #compareTo}). This class is immutable and thread-safe.
 */
public final class Bandwidth implements Comparable<Bandwidth> {
    private final Exact gbs;

    private Bandwidth(Exact gbs) {
        this.gbs = gbs;
    }

    /**
     * A rate from its decimal text.
     *
     * @param gbs e.g. "900"; a non-negative decimal, not null
     * @return the rate
     * @throws IllegalArgumentException if the text is not a non-negative decimal
     */
    public static Bandwidth ofGigabytesPerSecond(String gbs) {
        Objects.requireNonNull(gbs, "gbs");
        try {
            return ofGigabytesPerSecond(new BigDecimal(gbs.trim()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Invalid value for bandwidth (GB/s, a non-negative decimal): " + gbs);
        }
    }

    /**
     * A rate from a decimal.
     *
     * @param gbs non-negative, not null
     * @return the rate
     * @throws IllegalArgumentException if negative, beyond 1e100 in magnitude or with more than 1000 decimal places
     */
    public static Bandwidth ofGigabytesPerSecond(BigDecimal gbs) {
        if (Objects.requireNonNull(gbs, "gbs").signum() < 0 || !BoundedNumbers.isTractable(gbs)) {
            throw new IllegalArgumentException("Invalid value for bandwidth (GB/s, valid values 0 or more, " + BoundedNumbers.tractableExpectation() + "): "
                + BoundedNumbers.show(gbs));
        }
        return new Bandwidth(Exact.of(gbs));
    }

    /**
     * A rate from an exact value.
     *
     * @param gbs non-negative, not null
     * @return the rate
     * @throws IllegalArgumentException if negative
     */
    public static Bandwidth of(Exact gbs) {
        if (Objects.requireNonNull(gbs, "gbs").signum() < 0) {
            throw new IllegalArgumentException("Invalid value for bandwidth (GB/s, valid values 0 or more): " + gbs);
        }
        return new Bandwidth(gbs);
    }

    /** @return the rate in GB/s, exact */
    public Exact gigabytesPerSecond() {
        return gbs;
    }

    @Override
    public int compareTo(Bandwidth o) {
        return gbs.compareTo(o.gbs);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Bandwidth && gbs.equals(((Bandwidth) o).gbs);
    }

    @Override
    public int hashCode() {
        return gbs.hashCode();
    }

    /** "900 GB/s". */
    @Override
    public String toString() {
        return gbs + " GB/s";
    }
}
