package io.chipgate.regime;

import io.chipgate.metrics.Tri;
import java.util.Objects;

/**
 * Whether a License Exception is available for a classified item, with its conditions and citation — e.g.
 * NAC: available for 3A090 items except "items designed or marketed for use in a datacenter and meeting the
 * parameters of 3A090.a" (§ 740.8, 89 FR 23884).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class LicenseException {
    private final String code;
    private final Tri eligible;
    private final String conditions;
    private final String citation;

    private LicenseException(String code, Tri eligible, String conditions, String citation) {
        this.code = Objects.requireNonNull(code);
        this.eligible = Objects.requireNonNull(eligible);
        this.conditions = Objects.requireNonNull(conditions);
        this.citation = Objects.requireNonNull(citation);
    }

    public static LicenseException of(String code, Tri eligible, String conditions, String citation) {
        return new LicenseException(code, eligible, conditions, citation);
    }

    /** "NAC", "ACA", "HBM", "LPP", "AIA". */
    public String code() {
        return code;
    }

    public Tri eligible() {
        return eligible;
    }

    public String conditions() {
        return conditions;
    }

    public String citation() {
        return citation;
    }

    @Override
    public String toString() {
        return code + ": " + eligible.label() + " — " + conditions + " (" + citation + ")";
    }
}
