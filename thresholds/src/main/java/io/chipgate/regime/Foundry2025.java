package io.chipgate.regime;

import io.chipgate.metrics.Tri;
import io.chipgate.model.Die;
import io.chipgate.model.PartKind;
import java.time.LocalDate;
import java.util.List;

/**
 * The foundry and OSAT due-diligence presumption (Note 1 to 3A090.a, 90 FR 5298, corrected by 90 FR 9604):
 * when a front-end fabricator or OSAT exports an "applicable advanced logic integrated circuit" (16/14 nm or
 * below, or non-planar), it must presume the IC is 3A090.a and designed for datacenters, unless an approved or
 * authorized designer attests otherwise or the aggregated approximated transistor count of the packaged IC is
 * below 30 billion (below 35 billion in 2027, and below 40 billion from 2029, for ICs without HBM). The text is
 * silent on 2028, which therefore stays at 30 billion here. Effective 2025-01-16, compliance 2025-01-31.
 */
final class Foundry2025 extends Regime {
    Foundry2025() {
        super("foundry-2025", "Foundry and OSAT presumption for advanced logic ICs (Note 1 to 3A090.a)",
            Instruments.FOUNDRY_2025, LocalDate.of(2025, 1, 16), LocalDate.of(2025, 1, 31), null, null);
    }

    @Override
    public List<Threshold> thresholds() {
        return List.of(Thresholds.FOUNDRY_30B, Thresholds.FOUNDRY_35B_2027, Thresholds.FOUNDRY_40B_2029);
    }

    @Override
    public List<String> standingWarnings() {
        return List.of("applies to front-end fabricators and OSATs only, not to other exporters",
            "UNCONFIRMED: the verbatim § 772.1 definitions; the contents of supplements 6 and 7 (approved designers and OSATs); "
                + "the content of the 90 FR 9604 correction",
            "an approved or authorized IC designer's attestation of TPP and performance density also overcomes the presumption; "
                + "it is not evaluated here");
    }

    @Override
    Evaluation evaluate(Inputs in, LocalDate date) {
        Evaluation e = new Evaluation();
        e.citations.add("Note 1 to ECCN 3A090.a; 90 FR 5298");
        if (in.kind() == PartKind.MEMORY) {
            e.condition("a memory device is not an applicable advanced logic IC");
            return e.outcome(Outcome.NOT_APPLICABLE);
        }
        Tri applicable = Tri.FALSE;
        boolean anyLogic = false;
        for (Die d : in.part().dies()) {
            if (d.role().isLogic()) {
                anyLogic = true;
                applicable = applicable.or(d.nonPlanar().map(Tri::of).orElse(Tri.UNKNOWN));
            }
        }
        if (!anyLogic) {
            applicable = Tri.UNKNOWN;
            e.missing.add("dies (no logic die given)");
        }
        e.condition("applicable advanced logic IC (non-planar logic die): " + applicable.label()
            + (applicable == Tri.FALSE ? " — a planar die at 16/14 nm or below would still be applicable; check the node" : ""));
        if (applicable == Tri.FALSE) {
            return e.outcome(Outcome.NOT_APPLICABLE);
        }
        if (applicable == Tri.UNKNOWN && anyLogic) {
            e.missing.add("dies[].nonPlanar");
        }
        boolean hbm = in.hasHbm();
        int year = date.getYear();
        Threshold line = Thresholds.FOUNDRY_30B;
        if (!hbm && year == 2027) {
            line = Thresholds.FOUNDRY_35B_2027;
        } else if (!hbm && year >= 2029) {
            line = Thresholds.FOUNDRY_40B_2029;
        }
        if (!hbm && year == 2028) {
            e.warnings.add("2028: the text gives 35 billion for 2027 and 40 billion for 2029 on; it names no relief for 2028, so 30 billion applies as written");
        }
        e.condition("contains HBM: " + hbm + "; transaction year " + year);
        Tri below = e.test(line, in);
        Tri presumed = applicable.and(below.not());
        if (presumed == Tri.TRUE) {
            e.outcome(Outcome.PRESUMED_3A090_A);
        } else if (below == Tri.TRUE && applicable != Tri.FALSE) {
            e.outcome(Outcome.PRESUMPTION_OVERCOME);
        } else {
            e.outcome(Outcome.INDETERMINATE);
        }
        return e;
    }
}
