package io.chipgate.model;

/**
 * How sure a figure is, by the kind of source it comes from.
 *
 * <p>Ordered from the most to the least authoritative.
 */
public enum Grade {
    /** A vendor's own page, press release or product brief. */
    VENDOR,
    /** A vendor datasheet or whitepaper. */
    DATASHEET,
    /** Press, reviews, analyst write-ups and databases (TechPowerUp, Epoch AI). */
    SECONDARY,
    /** Derived by arithmetic, measured from a die shot, or an analyst's estimate. */
    ESTIMATE
}
