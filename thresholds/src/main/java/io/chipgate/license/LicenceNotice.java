package io.chipgate.license;

import java.util.Objects;

/**
 * A warning on a licence determination: a stable {@linkplain Code code} a program can act on and the text a person
 * reads. The text is what {@link LicenseDetermination#warnings()} and the text and JSON reports print, unchanged; the
 * code is the part to test and to branch on ("did the answer depend on the headquarters not given?" is
 * {@code d.notices().stream().anyMatch(n -> n.code() == LicenceNotice.Code.HEADQUARTERS_NOT_GIVEN)}), never the
 * text's words. The licence layer's counterpart of {@link io.chipgate.regime.Notice}.
 *
 * <p>Two notices are equal when code and text are. This class is immutable and thread-safe.
 */
public final class LicenceNotice {
    /** What a licence warning is about. New codes may be added; existing codes keep their meaning. */
    public enum Code {
        // --- on every determination ---------------------------------------------------------------------------------------
        /** What was assessed and what was not (the parties screened or not, other part 744 controls, de minimis, …). */
        SCOPE,
        /** How TPP is read: the maximum over the precisions, dense rates ({@link Readings#TPP_NOTE}). */
        TPP_READING,

        // --- the data on the date -----------------------------------------------------------------------------------------
        /** The country-group table on the date: not versioned before its as-of date, or after it; the table's own notes. */
        COUNTRY_GROUP_DATA,
        /** A destination's or headquarters' membership: assessed as another country, Macau, a change of unknown date. */
        COUNTRY_MEMBERSHIP,
        /** The part 746 data about a region of the destination (e.g. the covered regions of Ukraine). */
        EMBARGO_REGION,
        /** The date is after the newest part 746 text in the data. */
        EMBARGO_DATA_DATE,

        // --- the classification -------------------------------------------------------------------------------------------
        /** ECCN 3A090 did not exist on the date (before 2022-10-07): no licence on the advanced-computing grounds. */
        NO_ECCN_3A090,
        /** A warning of a regime the decision rests on (3a090-*, china-review-2026, h20-informed-2025), prefixed by its id. */
        REGIME_WARNING,
        /** The classification is INDETERMINATE: every ground is evaluated for each possible classification. */
        CLASSIFICATION_INDETERMINATE,
        /** A system gives no datacenter designation: it is taken from its ICs. */
        SYSTEM_DATACENTER_FROM_ICS,
        /** The ICs of a system nest too deep, contain themselves or are too many: not read further (UNKNOWN). */
        SYSTEM_NOT_READ,

        // --- what an export is and the postures ---------------------------------------------------------------------------
        /** The destination is in the United States: not an export, reexport or in-country transfer. */
        NOT_AN_EXPORT,
        /** The answer as written and as enforced differ; the answer follows the enforcement BIS has announced. */
        POSTURES_DIFFER,

        // --- grounds ------------------------------------------------------------------------------------------------------
        /** The savings clause of 88 FR 2821 for Macau (goods en route on 2023-01-17). */
        MACAU_SAVINGS,
        /** From 2025-01-13 the destination scope enforced for .a items is the pre-AI-diffusion one (a reading). */
        PRE_DIFFUSION_SCOPE,
        /** The 2023 text of the review policy was not found; the 2024 text is used. */
        REVIEW_POLICY_2024_TEXT,
        /** The AI-diffusion worldwide requirement is in the CFR but not enforced. */
        AI_DIFFUSION_NOT_ENFORCED,
        /** The compliance date of the HBM-related changes of 89 FR 96790. */
        HBM_COMPLIANCE_DATE,
        /** The end user's headquarters was not given, and a ground that may apply depends on it. */
        HEADQUARTERS_NOT_GIVEN,
        /** The enforcement of the headquarters requirement for .a items between 2025-05-13 and 2026-05-31. */
        HEADQUARTERS_ENFORCEMENT_2025,
        /** § 744.23(d)'s review policy for end users headquartered in the US, A:5 or A:6. */
        HEADQUARTERS_REVIEW_POLICY,
        /** The "is informed" letters of 2025 (§ 744.23(b)): REPORTED, criteria not public. */
        REPORTED_LETTERS,
        /** The reported letters may also apply: their review policy is not public. */
        REPORTED_LETTERS_POLICY,
        /** A licence requirement known only from a company's filing: REPORTED. */
        REPORTED_REQUIREMENT,

        // --- parties ------------------------------------------------------------------------------------------------------
        /** The affiliates rule (entities 50 % or more owned by listed parties) as reported. */
        AFFILIATES_RULE,
        /** A party on the Unverified List: no licence exception, a UVL statement needed. */
        UNVERIFIED_LIST,
        /** A party on a list outside the EAR (e.g. OFAC, State): outside what this library assesses. */
        OUTSIDE_THE_EAR,

        // --- licence exceptions -------------------------------------------------------------------------------------------
        /** No licence exception is offered: part 746 requires a licence, or a listed party bars them. */
        EXCEPTIONS_BARRED,
        /** No licence exception under the 2022 rule was found in the sources read. */
        NO_EXCEPTIONS_2022,
        /** License Exceptions NAC and ACA are not offered, with the exclusion that applies. */
        NAC_ACA_NOT_OFFERED,
        /** License Exception HBM is not available: the memory bandwidth density is not below the line. */
        HBM_EXCEPTION_NOT_AVAILABLE,
        /** License Exception LPP is not offered: § 740.2(a)(9)(ii) does not list it. */
        LPP_NOT_OFFERED,

        // --- jurisdiction -------------------------------------------------------------------------------------------------
        /** The item is not subject to the EAR on the facts given: the licence grounds were not evaluated. */
        NOT_SUBJECT_TO_EAR
    }

    private final Code code;
    /** The text; for a notice made with a renderer, null until first asked (then the rendered text, kept). */
    private volatile String text;
    /** Renders the text when first asked; null when it was given. */
    private final java.util.function.Supplier<String> render;

    private LicenceNotice(Code code, String text) {
        this.code = Objects.requireNonNull(code, "code");
        this.text = Objects.requireNonNull(text, "text");
        this.render = null;
    }

    private LicenceNotice(Code code, java.util.function.Supplier<String> render) {
        this.code = Objects.requireNonNull(code, "code");
        this.render = Objects.requireNonNull(render, "render");
    }

    /**
     * A notice whose text is rendered when first asked ({@link #text()}, {@link #equals}, {@link #hashCode},
     * {@link #toString}) and then kept: for a text assembled from facts that a caller asking only whether a licence is
     * required never reads. The renderer must give the same text whenever it is called (it reads immutable values only);
     * it may be called more than once when threads race.
     */
    static LicenceNotice rendered(Code code, java.util.function.Supplier<String> render) {
        return new LicenceNotice(code, render);
    }

    /**
     * A licence notice.
     *
     * @param code not null
     * @param text the warning as reports print it, not null
     * @return the notice
     */
    public static LicenceNotice of(Code code, String text) {
        return new LicenceNotice(code, text);
    }

    /** @return the stable code */
    public Code code() {
        return code;
    }

    /** @return the text as reports print it */
    public String text() {
        String t = text;
        if (t == null) {
            t = Objects.requireNonNull(render.get(), "text");
            text = t;
        }
        return t;
    }

    /** The text, as {@link io.chipgate.regime.Notice#toString()} gives its own. */
    @Override
    public String toString() {
        return text();
    }

    /** Value equality: equal when code and text are. */
    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof LicenceNotice)) {
            return false;
        }
        LicenceNotice o = (LicenceNotice) other;
        return code == o.code && text().equals(o.text());
    }

    @Override
    public int hashCode() {
        return 31 * code.hashCode() + text().hashCode();
    }
}
