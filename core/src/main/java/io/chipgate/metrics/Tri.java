package io.chipgate.metrics;

/**
 * A three-valued truth: a clause on a missing value is {@link #UNKNOWN}, not false.
 *
 * <p>Kleene's strong logic: {@code FALSE and UNKNOWN} is FALSE, {@code TRUE or UNKNOWN} is TRUE.
 */
public enum Tri {
    /** Known to hold. */
    TRUE,
    /** Known not to hold. */
    FALSE,
    /** Not decided by what is known, e.g. because an input is missing. */
    UNKNOWN;

    /**
     * The known truth value of a boolean.
     *
     * @param b the value
     * @return {@link #TRUE} or {@link #FALSE}
     */
    public static Tri of(boolean b) {
        return b ? TRUE : FALSE;
    }

    /**
     * Kleene's strong conjunction: FALSE if either is FALSE, TRUE if both are TRUE, otherwise UNKNOWN.
     *
     * @param other not null
     * @return this and other
     */
    public Tri and(Tri other) {
        if (this == FALSE || other == FALSE) {
            return FALSE;
        }
        if (this == TRUE && other == TRUE) {
            return TRUE;
        }
        return UNKNOWN;
    }

    /**
     * Kleene's strong disjunction: TRUE if either is TRUE, FALSE if both are FALSE, otherwise UNKNOWN.
     *
     * @param other not null
     * @return this or other
     */
    public Tri or(Tri other) {
        if (this == TRUE || other == TRUE) {
            return TRUE;
        }
        if (this == FALSE && other == FALSE) {
            return FALSE;
        }
        return UNKNOWN;
    }

    /** {@return the negation: TRUE and FALSE swap, UNKNOWN stays UNKNOWN} */
    public Tri not() {
        return this == TRUE ? FALSE : this == FALSE ? TRUE : UNKNOWN;
    }

    /** {@return whether this is known to be true} */
    public boolean isTrue() {
        return this == TRUE;
    }

    /** {@return whether this is known to be false} */
    public boolean isFalse() {
        return this == FALSE;
    }

    /** {@return whether this is TRUE or FALSE, not UNKNOWN} */
    public boolean isKnown() {
        return this != UNKNOWN;
    }

    /** {@return "true", "false" or "unknown"} */
    public String label() {
        return this == TRUE ? "true" : this == FALSE ? "false" : "unknown";
    }
}
