package io.chipgate.metrics;

import io.chipgate.internal.BoundedNumbers;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * An "applicable die area" in square millimetres (Technical Note to ECCN 3A090, 88 FR 73458: "all die area of logic
 * dies manufactured with a process node that uses a non-planar transistor architecture"), known exactly; the
 * denominator of performance density. For what-if questions: {@code ApplicableDieArea.ofSquareMillimetres("600")}.
 *
 * <p>The area is positive and exact as written; 600 and 600.0 are the same area ({@link #equals} agrees with
 * {@link #compareTo}). This class is immutable and thread-safe.
 */
public final class ApplicableDieArea implements Comparable<ApplicableDieArea> {
    private final Exact mm2;

    private ApplicableDieArea(Exact mm2) {
        this.mm2 = mm2;
    }

    /**
     * An area from its decimal text.
     *
     * @param mm2 e.g. "814"; a positive decimal between 1e-100 and 1e100 with at most 1000 decimal places, not null
     * @return the area
     * @throws IllegalArgumentException if the text is not such a decimal
     */
    public static ApplicableDieArea ofSquareMillimetres(String mm2) {
        Objects.requireNonNull(mm2, "mm2");
        BigDecimal v;
        try {
            v = new BigDecimal(mm2.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Invalid value for applicable die area (mm², a positive decimal): " + mm2);
        }
        return ofSquareMillimetres(v);
    }

    /**
     * An area from a decimal.
     *
     * @param mm2 positive, numerator and denominator between 1e-100 and 1e100 with at most 1000 decimal places, not null
     * @return the area
     * @throws IllegalArgumentException if outside those bounds
     */
    public static ApplicableDieArea ofSquareMillimetres(BigDecimal mm2) {
        Objects.requireNonNull(mm2, "mm2");
        // bounded before any arithmetic: 1e-999999999 would otherwise expand to a billion digits
        if (!BoundedNumbers.isTractable(mm2) || mm2.signum() <= 0) {
            throw outOfRange(BoundedNumbers.show(mm2));
        }
        return new ApplicableDieArea(Exact.of(mm2));
    }

    private static IllegalArgumentException outOfRange(String shown) {
        return new IllegalArgumentException("Invalid value for applicable die area (mm², valid values above 0 and "
            + BoundedNumbers.tractableExpectation() + "): " + shown);
    }

    /**
     * An area from an exact value.
     *
     * @param mm2 positive, numerator and denominator between 1e-100 and 1e100 with at most 1000 decimal places, not null
     * @return the area
     * @throws IllegalArgumentException if outside those bounds
     */
    public static ApplicableDieArea of(Exact mm2) {
        Objects.requireNonNull(mm2, "mm2");
        if (!BoundedNumbers.isTractable(mm2.numerator()) || !BoundedNumbers.isTractable(mm2.denominator())) {
            throw outOfRange(BoundedNumbers.show(mm2.numerator()) + "/" + BoundedNumbers.show(mm2.denominator()));
        }
        if (mm2.signum() <= 0) {
            throw outOfRange(mm2.toString());
        }
        return new ApplicableDieArea(mm2);
    }

    /** @return the area in mm², exact */
    public Exact squareMillimetres() {
        return mm2;
    }

    /** @return the area as a known figure, in mm² */
    public Figure figure() {
        return Figure.known(mm2);
    }

    @Override
    public int compareTo(ApplicableDieArea o) {
        return mm2.compareTo(o.mm2);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ApplicableDieArea && mm2.equals(((ApplicableDieArea) o).mm2);
    }

    @Override
    public int hashCode() {
        return mm2.hashCode();
    }

    /** "814 mm²". */
    @Override
    public String toString() {
        return mm2 + " mm²";
    }
}
