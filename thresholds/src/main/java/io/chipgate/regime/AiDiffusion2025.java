package io.chipgate.regime;

import io.chipgate.metrics.Tri;
import java.time.LocalDate;
import java.util.List;

/**
 * The Framework for Artificial Intelligence Diffusion (90 FR 4544) as written: a licence to every destination
 * for 3A090.a items (§ 742.6(a)(6)(iii)(A)); .b items keep their D:1/D:4/D:5 scope. Effective 2025-01-13,
 * compliance 2025-05-15; BIS initiated a rescission and instructed enforcement officials not to enforce it on
 * 2025-05-13; the text remains in the CFR. The caps live in {@link Quota}.
 */
final class AiDiffusion2025 extends Regime {

    private final Eccn3A090Tpp classification = Eccn3A090Tpp.text2024();

    /** Effective 2025-01-13, compliance 2025-05-15, not enforced from 2025-05-13; still written. */
    static final RegimeDefinition DEFINITION = RegimeDefinition.of("ai-diffusion-2025",
        "Framework for Artificial Intelligence Diffusion (as written; not enforced)", Instruments.AI_DIFFUSION_2025,
        EffectivePeriod.ofUnboundedEnd(LocalDate.of(2025, 1, 13)))
        .withCompliance(LocalDate.of(2025, 5, 15)).withNotEnforcedFrom(LocalDate.of(2025, 5, 13));

    AiDiffusion2025() {
        super(DEFINITION);
    }

    @Override
    public List<Threshold> thresholds() {
        return classification.thresholds();
    }

    @Override
    public List<String> standingWarnings() {
        return List.of("NOT ENFORCED since 2025-05-13 (BIS initiated a rescission; the text remains in the CFR as of the eCFR of 2026-07-23)",
            "UNCONFIRMED: § 740.29 (LPP) verbatim, the supplement 5 tier lists verbatim, the docket number");
    }

    /** The days its status changes; its evaluation (and the 2024 classification it runs first) reads no date. */
    @Override
    List<LocalDate> classificationDates() {
        return changeDates();
    }

    @Override
    Evaluation evaluate(Inputs in, LocalDate date, boolean explain) {
        // the classification's clauses, citations, conditions, missing inputs and warnings, then this rule's
        Evaluation base = classification.evaluate(in, date, explain);
        Outcome classified = base.outcome;
        Evaluation e = base;
        e.citations.add("15 CFR 742.6(a)(6)(iii)(A) (worldwide licence requirement); 90 FR 4544");
        if (classified.isParagraphA()) {
            e.outcome(Outcome.WORLDWIDE_LICENSE);
            if (!e.explains()) {
                return e;
            }
            e.condition(Notice.Code.LICENCE_SCOPE, classified + ": a licence is required to every destination; Tier 1 (supp. 5(a)) presumption of approval, "
                + "D:5 and Macau presumption of denial, others approval within the country allocation of 790,000,000 TPP for 2025–2027");
            e.condition(Notice.Code.LICENCE_EXCEPTIONS, "License Exceptions LPP (§ 740.29: up to 26,900,000 TPP per ultimate consignee per calendar year, not to D:5 or "
                + "Macau; figure from secondary sources) and AIA (§ 740.27, 90 FR 4559: supplement 5(a) entities, reporting at a cumulative "
                + "253,000,000 TPP) are written for 3A090.a items (chipgate license)");
        } else {
            e.outcome(classified);
            if (classified.isParagraphB() && e.explains()) {
                e.condition(Notice.Code.LICENCE_SCOPE, classified + ": the .b licence scope (D:1, D:4, D:5 except A:5/A:6) is unchanged, § 742.6(a)(6)(iii)(B)");
            }
        }
        return e;
    }
}
