package io.chipgate.license;

import java.util.Objects;

/**
 * The licence review policy that would apply to an application, with the paragraph it comes from — e.g.
 * § 742.6(b)(10)(ii): presumption of denial to or within Macau or D:5, presumption of approval elsewhere unless
 * the entity is headquartered in Macau or D:5; or the January 2026 China/Macau box (§ 742.6(b)(10)(iii)(A)(1),
 * 91 FR 1684): case by case below TPP 21,000 and DRAM bandwidth 6,500 GB/s if the certifications hold.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ReviewPolicy {
    /**
     * The policy, from most to least favourable; {@link #UNKNOWN} when the inputs or the text do not decide and
     * {@link #NONE} when no licence is required on the grounds assessed.
     *
     * <p>This class is immutable and thread-safe.
     */
    public enum Kind {
        PRESUMPTION_OF_APPROVAL("presumption of approval", 1),
        CASE_BY_CASE("case-by-case", 2),
        PRESUMPTION_OF_DENIAL("presumption of denial", 4),
        UNKNOWN("unknown", 3),
        NONE("none (no licence required on the grounds assessed)", 0);

        private final String label;
        private final int restriction;

        Kind(String label, int restriction) {
            this.label = label;
            this.restriction = restriction;
        }

        /** Words for people, e.g. "presumption of denial". */
        public String label() {
            return label;
        }

        /** Orders policies for combining: NONE 0, approval 1, case-by-case 2, unknown 3, denial 4. */
        int restriction() {
            return restriction;
        }
    }

    private final Kind kind;
    private final String citation;
    private final String conditions;

    private ReviewPolicy(Kind kind, String citation, String conditions) {
        this.kind = Objects.requireNonNull(kind);
        this.citation = Objects.requireNonNull(citation);
        this.conditions = Objects.requireNonNull(conditions);
    }

    /**
     * @param kind the policy
     * @param citation the paragraph and instrument, e.g. "15 CFR 742.6(b)(10)(ii)"
     * @param conditions when the policy holds and what it rests on, in words
     */
    public static ReviewPolicy of(Kind kind, String citation, String conditions) {
        return new ReviewPolicy(kind, citation, conditions);
    }

    /** No licence required, so no review. */
    public static ReviewPolicy none() {
        return new ReviewPolicy(Kind.NONE, "-", "no licence is required on the grounds assessed");
    }

    public Kind kind() {
        return kind;
    }

    public String citation() {
        return citation;
    }

    public String conditions() {
        return conditions;
    }

    @Override
    public String toString() {
        return kind.label() + " (" + citation + "): " + conditions;
    }

    /** Value equality: equal when kind, citation and conditions are. */
    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof ReviewPolicy)) {
            return false;
        }
        ReviewPolicy o = (ReviewPolicy) other;
        return Objects.equals(kind, o.kind) && Objects.equals(citation, o.citation) && Objects.equals(conditions, o.conditions);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, citation, conditions);
    }
}
