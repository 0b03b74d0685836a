package io.chipgate.regime;

import io.chipgate.model.PartResolver;
import java.math.BigDecimal;
import io.chipgate.model.Part;
import io.chipgate.model.Component;
import io.chipgate.metrics.Interpretation;
import io.chipgate.metrics.Figure;
import io.chipgate.metrics.Exact;
import io.chipgate.metrics.Tri;
import java.time.LocalDate;
import java.util.List;

/**
 * The January 2026 licence review policy for advanced computing commodities to China and Macau (91 FR 1684,
 * § 742.6(b)(10)(iii)(A)(1)): for 3A090/4A090 items with TPP below 21,000 and total DRAM bandwidth below
 * 6,500 GB/s ("such as the NVIDIA H200 or AMD MI325X"), exported from the United States, review is case by case
 * if the non-computable conditions hold (commercially available in the US at publication; certifications of US
 * supply, shipments to China/Macau at most 50% of US shipments, KYC, independent third-party testing in the US);
 * otherwise presumption of denial. Effective 2026-01-15.
 */
final class ChinaReview2026 extends Regime {
    private final Eccn3A090Tpp classification = Eccn3A090Tpp.text2024();

    /** Effective 2026-01-15. */
    static final RegimeDefinition DEFINITION = RegimeDefinition.of("china-review-2026",
        "Licence review policy for advanced computing commodities to China and Macau", Instruments.CHINA_REVIEW_2026,
        EffectivePeriod.ofUnboundedEnd(LocalDate.of(2026, 1, 15)));

    ChinaReview2026() {
        super(DEFINITION);
    }

    @Override
    public List<Threshold> thresholds() {
        return List.of(Thresholds.CHINA_TPP, Thresholds.CHINA_DRAM);
    }

    @Override
    public List<Threshold> frontierLines() {
        List<Threshold> all = new java.util.ArrayList<>(classification.thresholds());
        all.addAll(thresholds());
        return all;
    }

    @Override
    public List<String> standingWarnings() {
        return List.of("UNCONFIRMED: the verbatim definition of 'total DRAM bandwidth' (supp. 2 to part 748, (dd)(1)); "
            + "the memory bandwidth of the part is used");
    }

    /** The days its status changes; its evaluation (and the 2024 classification it runs first, and the system reading) reads no date. */
    @Override
    List<LocalDate> classificationDates() {
        return changeDates();
    }

    @Override
    Evaluation evaluate(Inputs in, LocalDate date, boolean explain) {
        // the classification's clauses, citations and missing inputs, not its conditions or warnings
        Evaluation base = classification.evaluate(in, date, explain);
        Outcome classified = base.outcome;
        Evaluation e = base;
        e.conditions.clear();
        e.warnings.clear();
        if (e.explains()) {
            e.condition(Notice.Code.UNDERLYING_CLASSIFICATION, "classification under 3a090-2024: " + classified);
        }
        if (classified == Outcome.INDETERMINATE) {
            return e.outcome(Outcome.INDETERMINATE);
        }
        if (!classified.isParagraphA() && !classified.isParagraphB()) {
            e.condition(Notice.Code.NOT_IN_SCOPE, "not a 3A090.a/.b advanced computing commodity: the 2026 review policy does not apply");
            return e.outcome(Outcome.NOT_APPLICABLE);
        }
        e.missing.clear();
        Tri box = e.test(Thresholds.CHINA_TPP, in).and(e.test(Thresholds.CHINA_DRAM, in));
        if (box == Tri.TRUE) {
            e.outcome(Outcome.CASE_BY_CASE);
            e.condition(Notice.Code.REVIEW_CONDITIONS, "case-by-case only if also: exported from the United States to China or Macau; commercially available in the "
                + "US on 2026-01-15; certified sufficient US supply and no diversion of foundry capacity; shipments to China/Macau "
                + "at most 50% of US shipments; KYC against remote access; independent third-party testing in the US (not computable here)");
            e.condition(Notice.Code.REVIEW_CONDITIONS, "entities headquartered in D:5 or Macau located elsewhere, re-exports and transfers stay at presumption of denial");
        } else if (box == Tri.FALSE) {
            e.outcome(Outcome.PRESUMPTION_OF_DENIAL);
        } else {
            e.outcome(Outcome.INDETERMINATE);
        }
        return e;
    }

    /**
     * Whether the 2026 box tests each IC of a system or the system's aggregate is open (the licence layer's reading
     * {@code china-box-system}): per IC, a system of in-box ICs is CASE_BY_CASE; on the aggregate (Σ count × TPP and
     * Σ count × DRAM bandwidth) it may be outside the box. Where the two readings differ the outcome is INDETERMINATE,
     * never a definite CASE_BY_CASE; where they agree it stands.
     */
    @Override
    Outcome systemOutcome(Part system, Outcome fromIcs, Interpretation interpretation, PartResolver resolver, Evaluation e) {
        if (fromIcs != Outcome.CASE_BY_CASE) {
            return fromIcs;
        }
        Figure tpp = Figure.known(Exact.ZERO);
        Figure dram = Figure.known(Exact.ZERO);
        for (Component c : system.contains()) {
            Part ic = resolver.find(c.part()).orElseThrow();
            Inputs in = Inputs.of(ic, interpretation);
            BigDecimal n = BigDecimal.valueOf(c.count());
            tpp = tpp.plus(in.tpp().times(n));
            dram = dram.plus(in.memoryBandwidthGBs().times(n));
        }
        Tri box = tpp.lessThan(Thresholds.CHINA_TPP.line()).and(dram.lessThan(Thresholds.CHINA_DRAM.line()));
        if (box == Tri.TRUE) {
            return fromIcs;
        }
        String shown = "aggregate TPP " + tpp.value().map(v -> v.round(1).toPlainString()).orElse("unknown")
            + ", aggregate DRAM bandwidth " + dram.value().map(v -> v.round(1).toPlainString() + " GB/s").orElse("unknown");
        e.condition(Notice.Code.READING, "reading china-box-system: per IC (TPP is defined per integrated circuit) the system is "
            + "CASE_BY_CASE; on the system's aggregate (" + shown + ") it is " + (box == Tri.FALSE ? "" : "possibly ")
            + "outside the box (TPP < 21,000 and total DRAM bandwidth < 6,500 GB/s): PRESUMPTION_OF_DENIAL — the readings disagree");
        e.missing.add("reading china-box-system: per IC → CASE_BY_CASE, aggregate → PRESUMPTION_OF_DENIAL (" + shown + ")");
        return Outcome.INDETERMINATE;
    }
}
