package io.chipgate.license;

import io.chipgate.metrics.Tri;
import java.util.List;
import java.util.Objects;

/**
 * A licence exception that may authorize the shipment instead of a licence, with whether it is available on the
 * facts given (three-valued), its conditions and citation: NAC (§ 740.8, with the 25-day prior notification and
 * its content), ACA (§ 740.8, from 2024-04-04), HBM (§ 740.25, memory bandwidth density below 3.3 GB/s/mm²,
 * direct to the packaging site) and LPP (§ 740.29, as written by the AI-diffusion rule). Never offered for items
 * "designed or marketed for use in a datacenter and meeting the parameters of 3A090.a" where § 740.8 excludes them.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class LicenseOption {
    private final String code;
    private final Tri available;
    /** The conditions; for an option made with a renderer, null until first asked (then the rendered text, kept). */
    private volatile String conditions;
    /** Renders the conditions when first asked; null when they were given. */
    private final java.util.function.Supplier<String> render;
    private final List<String> notification;
    private final String citation;
    private final String note;

    private final LicenceException exception;

    private LicenseOption(String code, Tri available, String conditions, java.util.function.Supplier<String> render,
                          List<String> notification, String citation, String note) {
        this.code = Objects.requireNonNull(code);
        this.exception = LicenceException.ofCode(code);
        this.available = Objects.requireNonNull(available);
        this.conditions = render == null ? Objects.requireNonNull(conditions) : null;
        this.render = render;
        this.notification = List.copyOf(notification);
        this.citation = Objects.requireNonNull(citation);
        this.note = note;
    }

    /**
     * @param code a {@link LicenceException#code()}: "NAC", "NAC (no notification)", "ACA", "HBM", "STA", "LPP" or "AIA"
     * @param available TRUE when the computable conditions hold, UNKNOWN when inputs are missing
     * @param conditions every condition, including those this library cannot check
     * @param notification what a prior notification must contain (NAC), or empty
     * @param citation paragraph and instrument
     * @param note e.g. "relieves only a requirement that is NOT ENFORCED", or null
     * @return the licence exception as assessed
     * @throws IllegalArgumentException for a code that is not a {@link LicenceException}'s
     */
    public static LicenseOption of(String code, Tri available, String conditions, List<String> notification, String citation, String note) {
        return new LicenseOption(code, available, conditions, null, notification, citation, note);
    }

    /**
     * An option whose conditions are rendered when first asked ({@link #conditions()}, {@link #equals},
     * {@link #hashCode}, {@link #toString}) and then kept: for conditions assembled from facts that a caller asking only
     * whether a licence is required never reads. The renderer must give the same text whenever it is called (it reads
     * immutable values only); it may be called more than once when threads race.
     */
    static LicenseOption rendered(String code, Tri available, java.util.function.Supplier<String> conditions, List<String> notification,
                                  String citation, String note) {
        return new LicenseOption(code, available, null, Objects.requireNonNull(conditions), notification, citation, note);
    }

    /** {@return the exception as a typed key} */
    public LicenceException exception() {
        return exception;
    }

    /**
     * {@return whether the exception can relieve the licence requirement as enforced: offered (available TRUE or
     * UNKNOWN) and of a kind that relieves enforced requirements (not LPP or AIA)} A typed field: never inferred from
     * the note.
     */
    public boolean usableAsEnforced() {
        return available != Tri.FALSE && exception.relievesEnforced();
    }

    /** {@return the exception's code: "NAC", "NAC (no notification)", "ACA", "HBM", "STA", "LPP" or "AIA"} */
    public String code() {
        return code;
    }

    /** {@return whether the exception is available on the facts given; the non-computable conditions still apply} */
    public Tri available() {
        return available;
    }

    /** {@return every condition of the exception in words, including those this library cannot check} */
    public String conditions() {
        String c = conditions;
        if (c == null) {
            c = Objects.requireNonNull(render.get(), "conditions");
            conditions = c;
        }
        return c;
    }

    /** {@return the content of the prior notification the exception requires (NAC), empty when none} */
    public List<String> notification() {
        return notification;
    }

    /** {@return the paragraph and instrument the exception rests on} */
    public String citation() {
        return citation;
    }

    /**
     * {@return a caveat, e.g. that the exception relieves only a requirement that is not enforced; empty string when
     * none}
     */
    public String note() {
        return note == null ? "" : note;
    }

    @Override
    public String toString() {
        return code + ": " + available.label() + " — " + conditions() + " (" + citation + ")" + (note == null ? "" : " [" + note + "]");
    }

    /** Value equality: equal when every field is. */
    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof LicenseOption)) {
            return false;
        }
        LicenseOption o = (LicenseOption) other;
        return Objects.equals(code, o.code) && Objects.equals(available, o.available) && Objects.equals(conditions(), o.conditions()) && Objects.equals(notification, o.notification) && Objects.equals(citation, o.citation) && Objects.equals(note, o.note);
    }

    @Override
    public int hashCode() {
        return Objects.hash(code, available, conditions(), notification, citation, note);
    }
}
