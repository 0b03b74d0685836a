package io.chipgate.license;

/**
 * Whether a licence ground counts towards "licence required": enforced regulatory text, text in the CFR that is
 * not enforced (the AI-diffusion worldwide requirement since 2025-05-13, and before its compliance date), or a
 * requirement known only as REPORTED (the "is informed" letters, which count but are flagged).
 *
 * <p>This class is immutable and thread-safe.
 */
public enum BasisStatus {
    /** Regulatory text in force and enforced: counts. */
    IN_FORCE,
    /** Written in the CFR but not enforced (or compliance not yet required): shown, does not count. */
    NOT_ENFORCED,
    /** Not public regulatory text; the criteria are as reported: counts, flagged REPORTED. */
    REPORTED;

    /** {@return whether a basis with this status counts towards the licence requirement} */
    public boolean counts() {
        return this != NOT_ENFORCED;
    }
}
