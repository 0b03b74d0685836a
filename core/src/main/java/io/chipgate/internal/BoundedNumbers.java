package io.chipgate.internal;

import java.math.BigDecimal;

/**
 * The bound every number read from a user's file must meet before any arithmetic touches it. Not API.
 *
 * <p>A JSON number's text is limited in length by the parser, but its value is not: {@code 1e-99999999} is
 * twelve characters whose exact expansion has a hundred million digits, and exact arithmetic on it hangs or
 * exhausts memory. No physical quantity in a spec, a regime or an order needs more than
 * {@value #MAX_SIGNIFICANT_DIGITS} significant digits or a magnitude outside 1e-{@value #MAX_EXPONENT} to
 * 1e{@value #MAX_EXPONENT}, so numbers beyond that are rejected when read, before any range check or
 * arithmetic. Zero (written in any form) is within the bound; ranges decide whether it is accepted.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class BoundedNumbers {
    /** Most significant digits accepted in a number (trailing zeros do not count). */
    public static final int MAX_SIGNIFICANT_DIGITS = 30;
    /** Largest decimal exponent accepted: magnitudes from 1e-30 up to (but excluding) 1e31. */
    public static final int MAX_EXPONENT = 30;

    private BoundedNumbers() {
    }

    /**
     * Whether a number is within the bound. Runs in time proportional to the length of its text, whatever its
     * exponent.
     *
     * @param v not null
     */
    public static boolean isBounded(BigDecimal v) {
        if (v.signum() == 0) {
            return true;
        }
        // the decimal exponent of the leading digit, computed without expanding the number
        long adjusted = (long) v.precision() - (long) v.scale() - 1L;
        if (adjusted > MAX_EXPONENT || adjusted < -MAX_EXPONENT) {
            return false;
        }
        return v.stripTrailingZeros().precision() <= MAX_SIGNIFICANT_DIGITS;
    }

    /** Largest decimal exponent, either way, of a number given to the public API: {@value}. */
    public static final int MAX_API_EXPONENT = 100;
    /** Largest scale, either way, of a number given to the public API: {@value}. */
    public static final int MAX_API_SCALE = 1000;

    /**
     * Whether a number given to the public API (a what-if area, a rate built in code) is within reach of exact
     * arithmetic: a magnitude between 1e-{@value #MAX_API_EXPONENT} and 1e{@value #MAX_API_EXPONENT} and a scale
     * of at most {@value #MAX_API_SCALE} digits either way. Looser than {@link #isBounded} (a value computed in code
     * may carry more digits than a file would), but it excludes the numbers, such as {@code 1e-999999999}, whose
     * exact expansion would exhaust memory or never end. Runs in constant time.
     *
     * @param v not null
     */
    public static boolean isTractable(BigDecimal v) {
        if (v.signum() == 0) {
            return Math.abs((long) v.scale()) <= MAX_API_SCALE;
        }
        long adjusted = (long) v.precision() - (long) v.scale() - 1L;
        return Math.abs(adjusted) <= MAX_API_EXPONENT && Math.abs((long) v.scale()) <= MAX_API_SCALE;
    }

    /** What a tractable number is, in words for an error message. */
    public static String tractableExpectation() {
        return "a magnitude between 1e-" + MAX_API_EXPONENT + " and 1e" + MAX_API_EXPONENT + " with at most " + MAX_API_SCALE + " decimal places";
    }

    /** What a bounded number is, in words for an error message. */
    public static String expectation() {
        return "a number of at most " + MAX_SIGNIFICANT_DIGITS + " significant digits, between 1e-" + MAX_EXPONENT
            + " and 1e" + MAX_EXPONENT + " in magnitude";
    }

    /**
     * A number for an error message, never longer than about 40 characters whatever its exponent: plain when
     * short, otherwise in scientific notation.
     */
    public static String show(BigDecimal v) {
        long adjusted = (long) v.precision() - (long) v.scale() - 1L;
        if (v.precision() <= MAX_SIGNIFICANT_DIGITS && Math.abs(adjusted) <= MAX_EXPONENT && v.scale() <= 2 * MAX_EXPONENT) {
            return v.toPlainString();
        }
        String s = v.toString();
        return Messages.capped(s, 40);
    }
}
