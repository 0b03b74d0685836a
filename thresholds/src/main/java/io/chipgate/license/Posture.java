package io.chipgate.license;

/**
 * Which law a licence answer reads: the text in the Code of Federal Regulations on the date, or the posture BIS
 * has announced for enforcing it. They differ from 2025-05-15 for 3A090.a/4A090.a items: the AI-diffusion rule
 * (90 FR 4544) wrote a worldwide licence requirement into 15 CFR 742.6(a)(6)(iii)(A) that BIS stopped enforcing
 * on 2025-05-13 while the text stays in the CFR (the eCFR of 2026-07-23 still has it).
 *
 * <p>The top-level answer of a {@link LicenseDetermination} follows {@link #AS_ENFORCED}.
 */
public enum Posture {
    /** The CFR text in force on the date, with its own compliance dates. */
    AS_WRITTEN,
    /** The text as BIS has announced it enforces it; where nothing is announced, the same as {@link #AS_WRITTEN}. */
    AS_ENFORCED
}
