package io.chipgate.metrics;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An exact non-negative rational number held as a quotient of two decimals, so that a ratio such as
 * performance density (TPP ÷ die area) is never rounded on its way to a threshold.
 *
 * <p>Comparison with a decimal threshold needs no division: {@code n/d ≥ t ⇔ n ≥ t × d}. Two values are
 * equal when they denote the same rational number ({@code 4800/1} equals {@code 9600/2}), so
 * {@link #equals(Object)} agrees with {@link #compareTo(Exact)}. This class is immutable and thread-safe.
 */
public final class Exact implements Comparable<Exact> {
    /** Digits shown when a quotient does not terminate. */
    private static final MathContext DISPLAY = new MathContext(12, RoundingMode.HALF_EVEN);

    /** Zero, as 0/1. */
    public static final Exact ZERO = new Exact(BigDecimal.ZERO, BigDecimal.ONE);

    private final BigDecimal numerator;
    private final BigDecimal denominator;

    private Exact(BigDecimal numerator, BigDecimal denominator) {
        this.numerator = numerator;
        this.denominator = denominator;
    }

    /**
     * A decimal value, exactly.
     *
     * @param value not null
     * @return the value as a quotient over 1
     */
    public static Exact of(BigDecimal value) {
        return new Exact(Objects.requireNonNull(value, "value"), BigDecimal.ONE);
    }

    /**
     * A non-negative decimal from its text, for a typed quantity's factory.
     *
     * @param text the decimal, e.g. "5.92"; surrounding spaces are ignored
     * @param what the quantity, for the message, e.g. "performance density"
     * @return the decimal, exactly as written
     * @throws IllegalArgumentException naming the quantity and the text if it is not a non-negative decimal
     */
    public static BigDecimal nonNegativeDecimal(String text, String what) {
        java.util.Objects.requireNonNull(text, what);
        BigDecimal v;
        try {
            v = new BigDecimal(text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Invalid value for " + what + " (a non-negative decimal such as \"5.92\"): " + text);
        }
        if (v.signum() < 0) {
            throw new IllegalArgumentException("Invalid value for " + what + " (valid values 0 or more): " + text);
        }
        return v;
    }

    /**
     * {@return a decimal written as text, e.g. "5.92"; the exact inverse of {@link #toString()} for terminating values}
     *
     * @param text a decimal number, e.g. "5.92", not null
     * @throws NumberFormatException if the text is not a decimal number
     */
    public static Exact parse(CharSequence text) {
        return of(new BigDecimal(text.toString()));
    }

    /**
     * The quotient {@code numerator / denominator}, exactly.
     *
     * @throws ArithmeticException if the denominator is zero
     * @param numerator not null
     * @param denominator not zero, not null
     * @return the quotient, with a positive denominator
     */
    public static Exact ratio(BigDecimal numerator, BigDecimal denominator) {
        if (denominator.signum() == 0) {
            throw new ArithmeticException("Division by zero: " + numerator.toPlainString() + " / 0");
        }
        if (denominator.signum() < 0) {
            return new Exact(numerator.negate(), denominator.negate());
        }
        return new Exact(numerator, denominator);
    }

    /** {@return the numerator of the quotient as held (not reduced to lowest terms)} */
    public BigDecimal numerator() {
        return numerator;
    }

    /** {@return the denominator of the quotient as held (positive, not reduced to lowest terms)} */
    public BigDecimal denominator() {
        return denominator;
    }

    /** {@return -1, 0 or 1 as the value is negative, zero or positive} */
    public int signum() {
        return numerator.signum();
    }

    /**
     * The sum of this and another value, exactly.
     *
     * @param other not null
     * @return this + other
     */
    public Exact add(Exact other) {
        if (denominator.equals(BigDecimal.ONE) && other.denominator.equals(BigDecimal.ONE)) {
            return of(numerator.add(other.numerator));
        }
        return ratio(numerator.multiply(other.denominator).add(other.numerator.multiply(denominator)),
            denominator.multiply(other.denominator));
    }

    /**
     * The difference of this and another value, exactly.
     *
     * @param other not null
     * @return this − other
     */
    public Exact subtract(Exact other) {
        return add(other.negate());
    }

    /** {@return the value with its sign reversed} */
    public Exact negate() {
        return new Exact(numerator.negate(), denominator);
    }

    /**
     * The product of this and another value, exactly.
     *
     * @param other not null
     * @return this × other
     */
    public Exact multiply(Exact other) {
        return ratio(numerator.multiply(other.numerator), denominator.multiply(other.denominator));
    }

    /**
     * The product of this and a decimal, exactly.
     *
     * @param factor not null
     * @return this × factor
     */
    public Exact multiply(BigDecimal factor) {
        return new Exact(numerator.multiply(factor), denominator);
    }

    /**
     * This divided by another value, exactly.
     *
     * @throws ArithmeticException if the divisor is zero
     * @param divisor not zero, not null
     * @return this ÷ divisor
     */
    public Exact divide(Exact divisor) {
        return ratio(numerator.multiply(divisor.denominator), denominator.multiply(divisor.numerator));
    }

    /**
     * Compares with a decimal by cross-multiplication, without dividing.
     *
     * @param value the decimal to compare with, e.g. a threshold, not null
     * @return negative, zero or positive as this is less than, equal to or greater than {@code value}
     */
    public int compareTo(BigDecimal value) {
        return numerator.compareTo(value.multiply(denominator));
    }

    /**
     * Compares two rationals by cross-multiplication ({@code n₁ × d₂} with {@code n₂ × d₁}), without dividing.
     * When every numerator and denominator fits a {@code long} as an unscaled integer with a decimal scale,
     * the products are formed on longs, with overflow detected by {@link Math#multiplyHigh}; whenever a product
     * or the alignment of scales would not fit, the comparison falls back to {@link BigDecimal}. Both paths
     * give the same exact answer; none rounds.
     *
     * @param other not null
     * @return negative, zero or positive as this is less than, equal to or greater than {@code other}
     */
    @Override
    public int compareTo(Exact other) {
        if (this == other) {
            return 0;
        }
        Scaled a = scaled();
        Scaled b = other.scaled();
        if (a != Scaled.NONE && b != Scaled.NONE) {
            int r = Scaled.compareProducts(a.numerator, a.numeratorScale, b.denominator, b.denominatorScale,
                b.numerator, b.numeratorScale, a.denominator, a.denominatorScale);
            if (r != Scaled.OVERFLOW) {
                return r;
            }
        }
        return compareExactly(other);
    }

    /** The comparison on {@link BigDecimal}s alone; the reference the long path is tested against. */
    int compareExactly(Exact other) {
        return numerator.multiply(other.denominator).compareTo(other.numerator.multiply(denominator));
    }

    /** The scaled-long form, computed on first comparison (racy single-check: {@link Scaled} is immutable). */
    private Scaled scaled;

    private Scaled scaled() {
        Scaled s = scaled;
        if (s == null) {
            s = Scaled.of(numerator, denominator);
            scaled = s;
        }
        return s;
    }

    /**
     * A rational {@code (numerator × 10^-numeratorScale) / (denominator × 10^-denominatorScale)} whose unscaled
     * parts are longs, or {@link #NONE} when a part does not fit.
     */
    static final class Scaled {
        static final Scaled NONE = new Scaled(0, 0, 1, 0);
        /** Returned by {@link #compareProducts} when the longs would overflow. */
        static final int OVERFLOW = Integer.MIN_VALUE;
        /** 10^0 … 10^18, the powers of ten a long holds. */
        private static final long[] TEN = new long[19];

        static {
            TEN[0] = 1;
            for (int i = 1; i < TEN.length; i++) {
                TEN[i] = TEN[i - 1] * 10;
            }
        }

        final long numerator;
        final int numeratorScale;
        final long denominator;
        final int denominatorScale;

        private Scaled(long numerator, int numeratorScale, long denominator, int denominatorScale) {
            this.numerator = numerator;
            this.numeratorScale = numeratorScale;
            this.denominator = denominator;
            this.denominatorScale = denominatorScale;
        }

        static Scaled of(BigDecimal numerator, BigDecimal denominator) {
            java.math.BigInteger n = numerator.unscaledValue();
            java.math.BigInteger d = denominator.unscaledValue();
            if (n.bitLength() > 63 || d.bitLength() > 63) {
                return NONE;
            }
            return new Scaled(n.longValue(), numerator.scale(), d.longValue(), denominator.scale());
        }

        /**
         * Compares {@code (x₁ × y₁) × 10^-(s₁ + t₁)} with {@code (x₂ × y₂) × 10^-(s₂ + t₂)} on longs: -1, 0 or 1,
         * or {@link #OVERFLOW} when a product or the alignment of the scales does not fit a long.
         */
        static int compareProducts(long x1, int s1, long y1, int t1, long x2, int s2, long y2, int t2) {
            long left = x1 * y1;
            if (Math.multiplyHigh(x1, y1) != (left >> 63)) {
                return OVERFLOW;
            }
            long right = x2 * y2;
            if (Math.multiplyHigh(x2, y2) != (right >> 63)) {
                return OVERFLOW;
            }
            long leftScale = (long) s1 + t1;
            long rightScale = (long) s2 + t2;
            if (leftScale != rightScale) {
                // bring the side with the smaller scale up to the other's scale: multiply it by 10^difference
                if (left == 0 || right == 0) {
                    return Long.compare(left, right); // signs decide
                }
                long diff = Math.abs(leftScale - rightScale);
                if (diff >= TEN.length) {
                    return OVERFLOW;
                }
                long p = TEN[(int) diff];
                if (leftScale < rightScale) {
                    long l = left * p;
                    if (Math.multiplyHigh(left, p) != (l >> 63)) {
                        return OVERFLOW;
                    }
                    left = l;
                } else {
                    long r = right * p;
                    if (Math.multiplyHigh(right, p) != (r >> 63)) {
                        return OVERFLOW;
                    }
                    right = r;
                }
            }
            return Long.compare(left, right);
        }
    }

    /**
     * The larger of this and another value.
     *
     * @param other not null
     * @return this when the two are equal, else the larger
     */
    public Exact max(Exact other) {
        return compareTo(other) >= 0 ? this : other;
    }

    /**
     * The smaller of this and another value.
     *
     * @param other not null
     * @return this when the two are equal, else the smaller
     */
    public Exact min(Exact other) {
        return compareTo(other) <= 0 ? this : other;
    }

    /** {@return whether the quotient has a finite decimal expansion} */
    public boolean isTerminating() {
        return exactDecimal() != null;
    }

    /**
     * {@return the value as a decimal: exact when the quotient terminates, otherwise rounded half-even to the given
     * context (for display and JSON only; comparisons never use it)}
     *
     * @param context the precision and rounding used when the quotient does not terminate, not null
     */
    public BigDecimal toBigDecimal(MathContext context) {
        BigDecimal exact = exactDecimal();
        return exact != null ? exact : numerator.divide(denominator, context);
    }

    /**
     * {@return the value rounded to {@code scale} decimal places, half-even; for display}
     *
     * @param scale the number of decimal places
     */
    public BigDecimal round(int scale) {
        return numerator.divide(denominator, scale, RoundingMode.HALF_EVEN);
    }

    /** {@return a double approximation, for charts only} */
    public double doubleValue() {
        return toBigDecimal(MathContext.DECIMAL64).doubleValue();
    }

    private BigDecimal exactDecimal() {
        if (denominator.compareTo(BigDecimal.ONE) == 0) {
            return numerator.stripTrailingZeros();
        }
        try {
            return numerator.divide(denominator, MathContext.UNLIMITED).stripTrailingZeros();
        } catch (ArithmeticException nonTerminating) {
            return null;
        }
    }

    /**
     * Plain decimal text: exact when the quotient terminates ("5.92"), otherwise 12 significant digits
     * followed by "…" ("6.58743633277…").
     */
    @Override
    public String toString() {
        BigDecimal exact = exactDecimal();
        if (exact != null) {
            return exact.signum() == 0 ? "0" : exact.toPlainString();
        }
        return numerator.divide(denominator, DISPLAY).stripTrailingZeros().toPlainString() + "…";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Exact && compareTo((Exact) o) == 0;
    }

    @Override
    public int hashCode() {
        // equal rationals must hash alike: hash the reduced value at high precision
        return numerator.divide(denominator, MathContext.DECIMAL128).stripTrailingZeros().hashCode();
    }
}
