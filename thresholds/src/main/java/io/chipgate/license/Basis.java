package io.chipgate.license;

import io.chipgate.metrics.Tri;
import java.util.Objects;
import java.util.function.Supplier;

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
    /** The reason; for a basis made with a renderer, null until first asked (then the rendered text, kept). */
    private volatile String reason;
    /** Renders the reason when first asked; null when it was given as text. */
    private final Supplier<String> render;
    private final ReviewPolicy reviewPolicy;
    private final String citation;
    private final String key;
    private final String text;

    private Basis(Ground ground, String paragraph, Tri applies, BasisStatus status, String reason, ReviewPolicy reviewPolicy, String citation) {
        this(ground, ground.name(), ground.text(), paragraph, applies, status, reason, reviewPolicy, citation);
    }

    private Basis(Ground ground, String key, String text, String paragraph, Tri applies, BasisStatus status, String reason,
                  ReviewPolicy reviewPolicy, String citation) {
        this(ground, key, text, paragraph, applies, status, Objects.requireNonNull(reason), null, reviewPolicy, citation);
    }

    /** Exactly one of {@code reason} (given) and {@code render} (rendered when first asked) is not null. */
    private Basis(Ground ground, String key, String text, String paragraph, Tri applies, BasisStatus status, String reason,
                  Supplier<String> render, ReviewPolicy reviewPolicy, String citation) {
        this.key = Objects.requireNonNull(key);
        this.text = Objects.requireNonNull(text);
        this.ground = Objects.requireNonNull(ground);
        this.paragraph = Objects.requireNonNull(paragraph);
        this.applies = Objects.requireNonNull(applies);
        this.status = Objects.requireNonNull(status);
        this.reason = reason;
        this.render = render;
        this.reviewPolicy = Objects.requireNonNull(reviewPolicy);
        this.citation = Objects.requireNonNull(citation);
    }

    /**
     * A basis whose reason is rendered when first asked (by {@link #reason()}, {@link #equals}, {@link #hashCode} or
     * {@link #toString}) and then kept: for a reason assembled from others (the readings' reasons combined) that a
     * caller asking only whether a licence is required never reads. The renderer must give the same text whenever it
     * is called (it reads immutable values only); it may be called more than once when threads race.
     */
    static Basis rendered(Ground ground, String key, String text, String paragraph, Tri applies, BasisStatus status,
                          Supplier<String> reason, ReviewPolicy reviewPolicy, String citation) {
        return new Basis(ground, key, text, paragraph, applies, status, null, Objects.requireNonNull(reason), reviewPolicy, citation);
    }

    /** A basis of a ground (its own key and text) whose reason is rendered when first asked ({@link #rendered}). */
    static Basis rendered(Ground ground, String paragraph, Tri applies, BasisStatus status, Supplier<String> reason,
                          ReviewPolicy reviewPolicy, String citation) {
        return rendered(ground, ground.name(), ground.text(), paragraph, applies, status, reason, reviewPolicy, citation);
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
     * @return the evaluated ground
     */
    public static Basis of(Ground ground, String paragraph, Tri applies, BasisStatus status, String reason,
                           ReviewPolicy reviewPolicy, String citation) {
        return new Basis(ground, paragraph, applies, status, reason, reviewPolicy, citation);
    }

    /**
     * A basis of one instance of a ground that can apply several times (a reported requirement per filing), with
     * its own key and operative text.
     *
     * @param ground the ground
     * @param key identifies this instance among the bases of the ground, e.g. the filing's id
     * @param text the operative text of this instance
     * @param paragraph the paragraph as cited
     * @param applies whether it applies
     * @param status whether it counts
     * @param reason how it was evaluated
     * @param reviewPolicy the review policy of an application on this ground
     * @param citation the instrument(s)
     * @return the evaluated ground
     */
    public static Basis of(Ground ground, String key, String text, String paragraph, Tri applies, BasisStatus status, String reason,
                           ReviewPolicy reviewPolicy, String citation) {
        return new Basis(ground, key, text, paragraph, applies, status, reason, reviewPolicy, citation);
    }

    /** {@return what identifies this basis among the bases of a determination: the ground's name, or for a ground
     * that applies per instrument (a reported requirement) that instrument's id} */
    public String key() {
        return key;
    }

    /** {@return the ground: the CFR paragraph and its text} */
    public Ground ground() {
        return ground;
    }

    /** {@return the paragraph as cited on the date, e.g. "§ 744.23(a)(2)"} */
    public String paragraph() {
        return paragraph;
    }

    /** {@return the operative text of the ground} */
    public String text() {
        return text;
    }

    /** {@return whether the ground applies to this shipment: TRUE, FALSE, or UNKNOWN when the facts do not decide} */
    public Tri applies() {
        return applies;
    }

    /** {@return whether the ground counts on the date: in force, not enforced, or reported} */
    public BasisStatus status() {
        return status;
    }

    /** {@return whether this basis makes a licence required (TRUE), possibly (UNKNOWN) or not (FALSE)} */
    public Tri requires() {
        return status.counts() ? applies : Tri.FALSE;
    }

    /** {@return how the ground was evaluated, in words, naming the facts it rests on} */
    public String reason() {
        String r = reason;
        if (r == null) {
            r = Objects.requireNonNull(render.get(), "reason");
            reason = r;
        }
        return r;
    }

    /** {@return the review policy an application on this ground would get} */
    public ReviewPolicy reviewPolicy() {
        return reviewPolicy;
    }

    /** {@return the instrument(s) the ground rests on, e.g. "15 CFR 744.23(a)(2); 90 FR 4544"} */
    public String citation() {
        return citation;
    }

    @Override
    public String toString() {
        return paragraph + ": " + applies.label() + (status == BasisStatus.IN_FORCE ? "" : " [" + status + "]") + " — " + reason();
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
        return Objects.equals(ground, o.ground) && Objects.equals(key, o.key) && Objects.equals(text, o.text) && Objects.equals(paragraph, o.paragraph) && Objects.equals(applies, o.applies) && Objects.equals(status, o.status) && Objects.equals(reason(), o.reason()) && Objects.equals(reviewPolicy, o.reviewPolicy) && Objects.equals(citation, o.citation);
    }

    @Override
    public int hashCode() {
        return Objects.hash(ground, key, text, paragraph, applies, status, reason(), reviewPolicy, citation);
    }
}
