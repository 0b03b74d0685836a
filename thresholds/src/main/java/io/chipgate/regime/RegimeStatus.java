package io.chipgate.regime;

/** A regime's status on a date. */
public enum RegimeStatus {
    /** Before its effective date. */
    NOT_YET,
    /** In force and enforced. */
    IN_FORCE,
    /** Still in the CFR as written, but enforcement officials are told not to enforce it (AI diffusion from 2025-05-13). */
    NOT_ENFORCED,
    /** Replaced by a later rule. */
    SUPERSEDED
}
