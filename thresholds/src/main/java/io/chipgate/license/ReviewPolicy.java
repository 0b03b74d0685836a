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
        /** Applications are reviewed with a presumption of approval. */
        PRESUMPTION_OF_APPROVAL("presumption of approval", 1),
        /** Applications are reviewed case by case. */
        CASE_BY_CASE("case-by-case", 2),
        /** Applications are reviewed with a presumption of denial. */
        PRESUMPTION_OF_DENIAL("presumption of denial", 4),
        /** The inputs or the text do not decide which policy applies. */
        UNKNOWN("unknown", 3),
        /** No licence is required on the grounds assessed, so there is no review. */
        NONE("none (no licence required on the grounds assessed)", 0);

        private final String label;
        private final int restriction;

        Kind(String label, int restriction) {
            this.label = label;
            this.restriction = restriction;
        }

        /**
         * Words for people, e.g. "presumption of denial".
         *
         * @return the policy in words for people, e.g. "presumption of denial"
         */
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
    /** The conditions; for a policy made with a renderer, null until first asked (then the rendered text, kept). */
    private volatile String conditions;
    /** Renders the conditions when first asked; null when they were given. */
    private final java.util.function.Supplier<String> render;

    private ReviewPolicy(Kind kind, String citation, String conditions) {
        this.kind = Objects.requireNonNull(kind);
        this.citation = Objects.requireNonNull(citation);
        this.conditions = Objects.requireNonNull(conditions);
        this.render = null;
    }

    private ReviewPolicy(Kind kind, String citation, java.util.function.Supplier<String> render) {
        this.kind = Objects.requireNonNull(kind);
        this.citation = Objects.requireNonNull(citation);
        this.render = Objects.requireNonNull(render);
    }

    /**
     * A policy whose conditions are rendered when first asked ({@link #conditions()}, {@link #equals},
     * {@link #hashCode}, {@link #toString}) and then kept: for conditions assembled from facts that a caller asking only
     * whether a licence is required never reads. The renderer must give the same text whenever it is called (it reads
     * immutable values only); it may be called more than once when threads race.
     */
    static ReviewPolicy rendered(Kind kind, String citation, java.util.function.Supplier<String> conditions) {
        return new ReviewPolicy(kind, citation, conditions);
    }

    /**
     * @param kind the policy
     * @param citation the paragraph and instrument, e.g. "15 CFR 742.6(b)(10)(ii)"
     * @param conditions when the policy holds and what it rests on, in words
     * @return the review policy
     */
    public static ReviewPolicy of(Kind kind, String citation, String conditions) {
        return new ReviewPolicy(kind, citation, conditions);
    }

    /** {@return no licence required, so no review} */
    public static ReviewPolicy none() {
        return new ReviewPolicy(Kind.NONE, "-", "no licence is required on the grounds assessed");
    }

    /** {@return the policy: approval, case by case, denial, unknown or none} */
    public Kind kind() {
        return kind;
    }

    /** {@return the paragraph and instrument the policy comes from, e.g. "15 CFR 742.6(b)(10)(ii)"} */
    public String citation() {
        return citation;
    }

    /** {@return when the policy holds and what it rests on, in words} */
    public String conditions() {
        String c = conditions;
        if (c == null) {
            c = Objects.requireNonNull(render.get(), "conditions");
            conditions = c;
        }
        return c;
    }

    @Override
    public String toString() {
        return kind.label() + " (" + citation + "): " + conditions();
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
        return Objects.equals(kind, o.kind) && Objects.equals(citation, o.citation) && Objects.equals(conditions(), o.conditions());
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, citation, conditions());
    }
}
