package io.chipgate.license;

import io.chipgate.metrics.Tri;
import java.util.Objects;

/**
 * One ground of a licence determination evaluated for a shipment: the CFR paragraph and its text
 * ({@link Ground}), whether it applies (three-valued), whether it counts ({@link BasisStatus}: in force, not
 * enforced, reported), why, the review policy an application on this ground would get, and the citation.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Basis {
    private final Ground ground;
    private final String paragraph;
    private final Tri applies;
    private final BasisStatus status;
    private final String reason;
    private final ReviewPolicy reviewPolicy;
    private final String citation;

    private Basis(Ground ground, String paragraph, Tri applies, BasisStatus status, String reason, ReviewPolicy reviewPolicy, String citation) {
        this.ground = Objects.requireNonNull(ground);
        this.paragraph = Objects.requireNonNull(paragraph);
        this.applies = Objects.requireNonNull(applies);
        this.status = Objects.requireNonNull(status);
        this.reason = Objects.requireNonNull(reason);
        this.reviewPolicy = Objects.requireNonNull(reviewPolicy);
        this.citation = Objects.requireNonNull(citation);
    }

    /**
     * @param ground the ground
     * @param paragraph the paragraph as cited on the date (may differ from {@link Ground#paragraph()} where the
     *     rule moved, e.g. the headquarters requirement for .a items after the AI-diffusion rule)
     * @param applies whether it applies to this shipment
     * @param status whether it counts
     * @param reason how it was evaluated
     * @param reviewPolicy the review policy of an application on this ground
     * @param citation the instrument(s)
     */
    public static Basis of(Ground ground, String paragraph, Tri applies, BasisStatus status, String reason,
                           ReviewPolicy reviewPolicy, String citation) {
        return new Basis(ground, paragraph, applies, status, reason, reviewPolicy, citation);
    }

    public Ground ground() {
        return ground;
    }

    public String paragraph() {
        return paragraph;
    }

    /** The operative text of the ground. */
    public String text() {
        return ground.text();
    }

    public Tri applies() {
        return applies;
    }

    public BasisStatus status() {
        return status;
    }

    /** Whether this basis makes a licence required (TRUE), possibly (UNKNOWN) or not (FALSE). */
    public Tri requires() {
        return status.counts() ? applies : Tri.FALSE;
    }

    public String reason() {
        return reason;
    }

    public ReviewPolicy reviewPolicy() {
        return reviewPolicy;
    }

    public String citation() {
        return citation;
    }

    @Override
    public String toString() {
        return paragraph + ": " + applies.label() + (status == BasisStatus.IN_FORCE ? "" : " [" + status + "]") + " — " + reason;
    }

    /** Value equality: equal when every field is. */
    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof Basis)) {
            return false;
        }
        Basis o = (Basis) other;
        return Objects.equals(ground, o.ground) && Objects.equals(paragraph, o.paragraph) && Objects.equals(applies, o.applies) && Objects.equals(status, o.status) && Objects.equals(reason, o.reason) && Objects.equals(reviewPolicy, o.reviewPolicy) && Objects.equals(citation, o.citation);
    }

    @Override
    public int hashCode() {
        return Objects.hash(ground, paragraph, applies, status, reason, reviewPolicy, citation);
    }
}
