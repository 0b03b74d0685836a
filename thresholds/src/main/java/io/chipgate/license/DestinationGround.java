package io.chipgate.license;

import static io.chipgate.license.Licensing.*;

import io.chipgate.metrics.Figure;
import io.chipgate.metrics.Tri;
import io.chipgate.model.Part;
import io.chipgate.model.PartKind;
import io.chipgate.regime.Determination;
import io.chipgate.regime.Inputs;
import io.chipgate.regime.Instruments;
import io.chipgate.regime.Outcome;
import io.chipgate.regime.Thresholds;
import java.time.LocalDate;
import java.util.function.Supplier;

/**
 * § 742.6(a)(6)(iii): .a/.b items to D:1, D:4, D:5 except A:5/A:6, destinations named for .b items, with the review policy of § 742.6(b)(10) (the 2026 China box included).
 *
 * <p>The operative text it applies: {@link Ground#DESTINATION}.
 */
final class DestinationGround implements LicenceGround {

    /** A citation, made once. */
    private static final String CITE = Instruments.ACS_2023 + "; 15 CFR 742.6(a)(6)(iii)";
    /** A citation, made once. */
    private static final String CITE_CHINA_2026 = "15 CFR 742.6(b)(10)(iii)(A)(1); " + Instruments.CHINA_REVIEW_2026;
    @Override
    public Ground key() {
        return Ground.DESTINATION;
    }

    @Override
    public void apply(Assessment.Run run) {
        destination(run);
    }

    static void destination(Assessment.Run run) {
        boolean worldwideWritten = !run.date.isBefore(DIFFUSION_COMPLIANCE) && run.posture() == Posture.AS_WRITTEN;
        Tri namedB = Tri.of(run.groups.namedFor(run.dest, "3A090.b", run.date, run.chooser));
        Tri scopeOnDate = run.scope(run.dest);
        Tri applies = over(run.cats, c -> {
            if (c == Cat.A) {
                return worldwideWritten ? Tri.FALSE : scopeForA(run);
            }
            return c == Cat.B ? scopeOnDate.or(namedB) : Tri.FALSE;
        });
        String paragraph = Ground.DESTINATION.paragraph();
        if (!run.date.isBefore(AI_DIFFUSION)) {
            if (run.cats.contains(Cat.A) && !run.cats.contains(Cat.B)) {
                paragraph = worldwideWritten
                    ? "15 CFR 742.6(a)(6)(iii) (replaced for 3A090.a by the worldwide (iii)(A): see that basis)"
                    : "15 CFR 742.6(a)(6)(iii) as before 90 FR 4544 (the CFR now reads (iii)(A), worldwide, NOT ENFORCED)";
            } else if (run.cats.contains(Cat.B) && !run.cats.contains(Cat.A)) {
                paragraph = "15 CFR 742.6(a)(6)(iii)(B)";
            }
        }
        String cls = run.classificationText();
        String where = run.where();
        LocalDate date = run.date;
        LocalDate fallbackTable = run.fallbackTable;
        Supplier<String> reason = () -> cls + "; " + where + " in D:1 ∪ D:4 ∪ D:5 minus A:5 ∪ A:6 on " + date + ": "
            + scopeOnDate.label() + (namedB != Tri.FALSE ? "; named for 3A090.b items: " + namedB.label() : "")
            + (fallbackTable != null ? "; for 3A090.a the scope uses the table " + (fallbackTable.equals(date) ? "on the date"
                : "of " + fallbackTable) + " (" + Readings.FALLBACK_TABLE.id() + ")" : "");
        if (run.fallbackTable != null && applies != Tri.FALSE) {
            run.warn(LicenceNotice.Code.PRE_DIFFUSION_SCOPE, "3A090.a/4A090.a from 2025-01-13: the destination scope enforced is the pre-AI-diffusion one "
                + "(BIS stopped enforcing the worldwide requirement on 2025-05-13; law-firm reading [S] that the posture "
                + "restores the earlier text)");
        }
        if (run.date.isBefore(ACA_FROM) && applies != Tri.FALSE) {
            run.warn(LicenceNotice.Code.REVIEW_POLICY_2024_TEXT, "review policy: the 2023 text of § 742.6(b)(10) was not found in the sources read; the 2024 text (eCFR 2024) is used");
        }
        run.destination = Basis.rendered(Ground.DESTINATION, paragraph, applies, BasisStatus.IN_FORCE, reason, destinationPolicy(run),
            CITE);
        run.grounds.add(run.destination);
    }

    /** The pre-2025 destination scope for a 3A090.a item: on and after 2025-01-13 which table it uses is a reading. */
    static Tri scopeForA(Assessment.Run run) {
        if (run.date.isBefore(AI_DIFFUSION)) {
            return run.scope(run.dest);
        }
        Reading r = run.chooser.choose(Readings.FALLBACK_TABLE);
        run.fallbackTable = "table-on-date".equals(r.id()) ? run.date : AI_DIFFUSION.minusDays(1);
        return Tri.of(run.groups.inAdvancedComputingScope(run.dest, run.fallbackTable, run.chooser));
    }

    static ReviewPolicy destinationPolicy(Assessment.Run run) {
        Tri toD5 = run.d5mo(run.dest);
        String cite = "15 CFR 742.6(b)(10)(ii) (2024 text)";
        if (toD5 == Tri.TRUE) {
            String cc = run.groups.groupCode(run.dest);
            if (!run.date.isBefore(CHINA_2026) && ("CN".equals(cc) || "MO".equals(cc))) {
                return china2026(run);
            }
            return ReviewPolicy.of(ReviewPolicy.Kind.PRESUMPTION_OF_DENIAL, cite,
                "\"License applications for items to or within Macau or destinations specified in Country Group D:5 … will be "
                    + "reviewed under a presumption of denial\"");
        }
        if (toD5 == Tri.UNKNOWN) {
            String where = run.where();
            LocalDate date = run.date;
            return ReviewPolicy.rendered(ReviewPolicy.Kind.UNKNOWN, cite,
                () -> "presumption of denial if " + where + " is in D:5 on " + date + ", else presumption of approval unless the "
                    + "entity is headquartered in Macau or D:5; the membership is unknown");
        }
        return hqPolicy(run, cite, "to or within destinations not specified in Country Group D:5 (except Macau)");
    }

    static ReviewPolicy hqPolicy(Assessment.Run run, String cite, String what) {
        Tri h = run.hqD5();
        if (h == Tri.TRUE) {
            return ReviewPolicy.rendered(ReviewPolicy.Kind.PRESUMPTION_OF_DENIAL, cite,
                () -> what + ", to an entity headquartered in (or whose ultimate parent is headquartered in) Macau or D:5: presumption of denial");
        }
        if (h == Tri.FALSE) {
            return ReviewPolicy.rendered(ReviewPolicy.Kind.PRESUMPTION_OF_APPROVAL, cite,
                () -> what + ", for an entity not headquartered in Macau or D:5: presumption of approval");
        }
        String hqText = run.hqText();
        return ReviewPolicy.rendered(ReviewPolicy.Kind.UNKNOWN, cite, () -> what + ": presumption of approval, or of denial if the entity "
            + "(or its ultimate parent) is headquartered in Macau or D:5 — " + hqText);
    }

    static ReviewPolicy china2026(Assessment.Run run) {
        Determination d = run.classify("china-review-2026");
        run.dets.add(d);
        String cite = CITE_CHINA_2026;
        for (io.chipgate.regime.Notice w : d.warningNotices()) {
            run.warnings.add(LicenceNotice.rendered(LicenceNotice.Code.REGIME_WARNING, () -> "china-review-2026: " + w.text()));
        }
        Outcome outcome = d.outcome();
        if (run.part.kind() == PartKind.SYSTEM && outcome == Outcome.INDETERMINATE
            && d.missing().stream().allMatch(m -> m.startsWith("reading china-box-system"))) {
            // the regime found the readings disagree: per IC in the box, the aggregate possibly outside it
            if ("aggregate".equals(run.chooser.choose(Readings.CHINA_BOX_SYSTEM).id())) {
                Tri box = aggregateBox(run);
                return ReviewPolicy.of(box == Tri.FALSE ? ReviewPolicy.Kind.PRESUMPTION_OF_DENIAL : ReviewPolicy.Kind.UNKNOWN, cite,
                    "the system's aggregate TPP and DRAM bandwidth (reading " + Readings.CHINA_BOX_SYSTEM.id() + "=aggregate) are "
                        + (box == Tri.FALSE ? "outside" : "possibly outside") + " the 2026 box (TPP < 21,000 and total DRAM "
                        + "bandwidth < 6,500 GB/s): presumption of denial");
            }
            outcome = Outcome.CASE_BY_CASE;
        }
        if (outcome == Outcome.CASE_BY_CASE) {
            return ReviewPolicy.of(ReviewPolicy.Kind.CASE_BY_CASE, cite,
                "TPP < 21,000 and total DRAM bandwidth < 6,500 GB/s: case-by-case only if exported from the United States to China "
                    + "or Macau, commercially available in the US on 2026-01-15, and the exporter certifies sufficient US supply and no "
                    + "diversion of foundry capacity, shipments to China/Macau at most 50% of US shipments, KYC against unauthorized "
                    + "remote access, and independent third-party testing in the US (not computable here); otherwise, and for "
                    + "reexports and in-country transfers (UNCONFIRMED verbatim), presumption of denial");
        }
        if (outcome == Outcome.PRESUMPTION_OF_DENIAL) {
            return ReviewPolicy.of(ReviewPolicy.Kind.PRESUMPTION_OF_DENIAL, cite,
                "outside the 2026 box (TPP < 21,000 and total DRAM bandwidth < 6,500 GB/s): presumption of denial");
        }
        if (outcome == Outcome.INDETERMINATE) {
            return ReviewPolicy.of(ReviewPolicy.Kind.UNKNOWN, cite,
                "case-by-case inside the 2026 box (TPP < 21,000 and total DRAM bandwidth < 6,500 GB/s) if the certifications hold, "
                    + "else presumption of denial; missing: " + String.join("; ", d.missing()));

        }
        return ReviewPolicy.of(ReviewPolicy.Kind.PRESUMPTION_OF_DENIAL, "15 CFR 742.6(b)(10)(ii) (2024 text)",
            "to or within Macau or D:5: presumption of denial (the 2026 box applies to 3A090.a/.b commodities only)");
    }

    /** The 2026 box tested on a system's aggregate: Σ count × TPP < 21,000 and Σ count × DRAM bandwidth < 6,500 GB/s. */
    static Tri aggregateBox(Assessment.Run run) {
        // Σ over every IC of nested systems, each distinct part summed once, counts multiplied exactly
        Figure tpp = run.systemSum(run.part, Inputs::tpp, 0, new java.util.HashMap<>());
        Figure dram = run.systemSum(run.part, Inputs::memoryBandwidthGBs, 0, new java.util.HashMap<>());
        return tpp.lessThan(Thresholds.CHINA_TPP.line()).and(dram.lessThan(Thresholds.CHINA_DRAM.line()));
    }
}
