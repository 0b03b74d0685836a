package io.chipgate.metrics;

/**
 * A three-valued truth: a clause on a missing value is {@link #UNKNOWN}, not false.
 *
 * <p>Kleene's strong logic: {@code FALSE and UNKNOWN} is FALSE, {@code TRUE or UNKNOWN} is TRUE.
 */
public enum Tri {
    TRUE, FALSE, UNKNOWN;

    public static Tri of(boolean b) {
        return b ? TRUE : FALSE;
    }

    public Tri and(Tri other) {
        if (this == FALSE || other == FALSE) {
            return FALSE;
        }
        if (this == TRUE && other == TRUE) {
            return TRUE;
        }
        return UNKNOWN;
    }

    public Tri or(Tri other) {
        if (this == TRUE || other == TRUE) {
            return TRUE;
        }
        if (this == FALSE && other == FALSE) {
            return FALSE;
        }
        return UNKNOWN;
    }

    public Tri not() {
        return this == TRUE ? FALSE : this == FALSE ? TRUE : UNKNOWN;
    }

    public boolean isTrue() {
        return this == TRUE;
    }

    public boolean isFalse() {
        return this == FALSE;
    }

    public boolean isKnown() {
        return this != UNKNOWN;
    }

    /** "true", "false" or "unknown". */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
