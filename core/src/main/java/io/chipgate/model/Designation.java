package io.chipgate.model;

import java.util.Optional;

/**
 * Whether a part is "designed or marketed for use in datacenters" (Note 2 to ECCN 3A090; 88 FR 73458): yes, no,
 * or not known. A named value instead of a nullable or optional boolean in what-if questions:
 * {@code Frontier.tppBoundary(regime, ApplicableDieArea.ofSquareMillimetres("600"), Designation.DATACENTER, date)}.
 *
 * <p>{@link #UNKNOWN} is never read as "not a datacenter part": a rule that needs the designation answers
 * INDETERMINATE, naming it.
 */
public enum Designation {
    /** Designed or marketed for use in datacenters. */
    DATACENTER,
    /** Neither designed nor marketed for use in datacenters. */
    NOT_DATACENTER,
    /** Not known: rules that need it answer INDETERMINATE. */
    UNKNOWN;

    /**
     * The designation a part's {@link Part#datacenter()} states.
     *
     * @param datacenter true, false, or empty when unknown; not null
     * @return DATACENTER, NOT_DATACENTER or UNKNOWN
     */
    public static Designation of(Optional<Boolean> datacenter) {
        return datacenter.map(Designation::of).orElse(UNKNOWN);
    }

    /**
     * The designation for a known answer.
     *
     * @param datacenter whether designed or marketed for datacenters
     * @return DATACENTER or NOT_DATACENTER
     */
    public static Designation of(boolean datacenter) {
        return datacenter ? DATACENTER : NOT_DATACENTER;
    }

    /**
     * This designation as a part states it.
     *
     * @return true, false, or empty for UNKNOWN
     */
    public Optional<Boolean> asOptional() {
        return this == UNKNOWN ? Optional.empty() : Optional.of(this == DATACENTER);
    }

    /**
     * The other known designation (a what-if).
     *
     * @return NOT_DATACENTER for DATACENTER and the reverse; UNKNOWN for UNKNOWN
     */
    public Designation negate() {
        return this == DATACENTER ? NOT_DATACENTER : this == NOT_DATACENTER ? DATACENTER : UNKNOWN;
    }
}
