package io.chipgate.regime;

import io.chipgate.metrics.Tri;
import io.chipgate.model.PartKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * ECCN 3A090.a and .b as written by the October 2023 AC/S rule (88 FR 73458) and unchanged through the eCFR
 * of 2026-07-23, with the datacenter note and License Exceptions NAC (and ACA from 2024-04-04, 89 FR 23876);
 * in its 2024 form (89 FR 96790, from 2024-12-02) also 3A090.c for high-bandwidth memory.
 *
 * <ul>
 *   <li>a.1: TPP ≥ 4800; a.2: TPP ≥ 1600 and PD ≥ 5.92;
 *   <li>b.1: 2400 ≤ TPP &lt; 4800 and 1.6 ≤ PD &lt; 5.92; b.2: TPP ≥ 1600 and 3.2 ≤ PD &lt; 5.92; .a wins over .b;
 *   <li>Note: not designed or marketed for datacenters and TPP &lt; 4800 ⇒ not 3A090.a/.b;
 *   <li>(2024) c: memory bandwidth density &gt; 2 GB/s/mm² for standalone HBM/DRAM; HBM co-packaged with logic whose
 *       dominant function is processing is not .c, so accelerators are never .c.
 * </ul>
 */
final class Eccn3A090Tpp extends Regime {
    private final boolean hbm;

    /** 3A090.a/.b as written by 88 FR 73458, until the December 2024 text. */
    static final RegimeDefinition TEXT_2023 = RegimeDefinition.of("3a090-2023",
        "ECCN 3A090.a/.b: total processing performance and performance density", Instruments.ACS_2023,
        EffectivePeriod.of(LocalDate.of(2023, 11, 17), LocalDate.of(2024, 12, 2)));

    /** 3A090.a/.b/.c as amended by 89 FR 96790 (3A090.c for high-bandwidth memory). */
    static final RegimeDefinition TEXT_2024 = RegimeDefinition.of("3a090-2024",
        "ECCN 3A090.a/.b/.c: TPP, performance density and high-bandwidth memory", Instruments.HBM_2024,
        EffectivePeriod.ofUnboundedEnd(LocalDate.of(2024, 12, 2))).withCompliance(LocalDate.of(2024, 12, 31));

    private Eccn3A090Tpp(RegimeDefinition definition, boolean hbm) {
        super(definition);
        this.hbm = hbm;
    }

    /** @return the 2023 text, "3a090-2023" */
    static Eccn3A090Tpp text2023() {
        return new Eccn3A090Tpp(TEXT_2023, false);
    }

    /** @return the 2024 text with 3A090.c, "3a090-2024" */
    static Eccn3A090Tpp text2024() {
        return new Eccn3A090Tpp(TEXT_2024, true);
    }

    @Override
    public List<Threshold> thresholds() {
        List<Threshold> t = new ArrayList<>(List.of(Thresholds.A1_TPP, Thresholds.A2_TPP, Thresholds.A2_PD,
            Thresholds.B1_TPP_LOW, Thresholds.B1_TPP_HIGH, Thresholds.B1_PD_LOW, Thresholds.B1_PD_HIGH,
            Thresholds.B2_TPP, Thresholds.B2_PD_LOW, Thresholds.B2_PD_HIGH, Thresholds.NOTE_TPP));
        if (hbm) {
            t.add(Thresholds.HBM_C);
            t.add(Thresholds.HBM_EXCEPTION);
        }
        return t;
    }

    @Override
    public List<String> standingWarnings() {
        return hbm
            ? List.of("UNCONFIRMED: which rule reworded Note 2 to \"3A090.a and 3A090.b do not apply…\"; the text of Note 3 to 3A090")
            : List.of("UNCONFIRMED: the text of Note 3 to 3A090 (not found in the eCFR parse)");
    }

    /** The days its status changes; its evaluation reads no date. */
    @Override
    List<LocalDate> classificationDates() {
        return changeDates();
    }

    @Override
    Evaluation evaluate(Inputs in, LocalDate date, boolean explain) {
        Evaluation e = Evaluation.of(explain);
        if (in.kind() == PartKind.MEMORY) {
            return memory(in, e);
        }
        Tri a1 = e.test(Thresholds.A1_TPP, in);
        Tri a2 = e.test(Thresholds.A2_TPP, in).and(e.test(Thresholds.A2_PD, in));
        Tri b1 = e.test(Thresholds.B1_TPP_LOW, in).and(e.test(Thresholds.B1_TPP_HIGH, in))
            .and(e.test(Thresholds.B1_PD_LOW, in)).and(e.test(Thresholds.B1_PD_HIGH, in));
        Tri b2 = e.test(Thresholds.B2_TPP, in).and(e.test(Thresholds.B2_PD_LOW, in)).and(e.test(Thresholds.B2_PD_HIGH, in));
        Tri dc = datacenter(in);
        Tri note = dc.not().and(e.test(Thresholds.NOTE_TPP, in));
        e.condition(Notice.Code.DATACENTER_DESIGNATION, in.datacenterCondition());
        if (note == Tri.TRUE) {
            e.condition(Notice.Code.NOTE_2_EXCLUSION, "Note 2 to 3A090: not designed or marketed for datacenters and TPP < 4800 — not 3A090.a/.b",
                Thresholds.NOTE_TPP.citation());
        }
        Tri isA = a1.or(a2);
        Tri isB = b1.or(b2);
        Tri controlled = isA.or(isB).and(note.not());
        if (controlled == Tri.FALSE) {
            e.outcome(Outcome.NOT_CONTROLLED);
        } else if (controlled == Tri.TRUE && isA == Tri.TRUE) {
            // a.1 when a.1 holds; a.2 only when a.1 is known not to; otherwise the paragraph alone
            e.outcome(a1 == Tri.TRUE ? Outcome.ECCN_3A090_A_1 : a1 == Tri.FALSE ? Outcome.ECCN_3A090_A_2 : Outcome.ECCN_3A090_A);
            if (e.outcome == Outcome.ECCN_3A090_A) {
                e.warning(Notice.Code.SUBPARAGRAPH_OPEN, "3A090.a for certain; whether a.1 or a.2 depends on the missing inputs");
            }
        } else if (controlled == Tri.TRUE && isA == Tri.FALSE) {
            e.outcome(b1 == Tri.TRUE ? Outcome.ECCN_3A090_B_1 : b1 == Tri.FALSE ? Outcome.ECCN_3A090_B_2 : Outcome.ECCN_3A090_B);
            if (e.outcome == Outcome.ECCN_3A090_B) {
                e.warning(Notice.Code.SUBPARAGRAPH_OPEN, "3A090.b for certain; whether b.1 or b.2 depends on the missing inputs");
            }
        } else {
            e.outcome(Outcome.INDETERMINATE);
            if (controlled == Tri.TRUE) {
                e.warning(Notice.Code.CONTROLLED_EITHER_WAY, "controlled either way (3A090.a or 3A090.b); the missing inputs decide which");
            }
            if (note == Tri.UNKNOWN && dc == Tri.UNKNOWN) {
                e.missing.add("datacenter (designed or marketed for datacenters: unknown)");
            }
        }
        if (a1 == Tri.TRUE && dc == Tri.FALSE) {
            e.condition(Notice.Code.LICENCE_EXCEPTIONS, "not designed or marketed for datacenters with TPP ≥ 4800: 3A090.a, not excluded from License Exceptions NAC/ACA "
                + "by § 740.8(a) (whether one is available depends on the shipment: chipgate license)");
        }
        return e;
    }

    private Evaluation memory(Inputs in, Evaluation e) {
        if (!hbm) {
            e.condition(Notice.Code.MEMORY_DEVICE, "a memory device has no digital processing units: 3A090.a/.b do not apply (3A090.c arrives on 2024-12-02)");
            return e.outcome(Outcome.NOT_CONTROLLED);
        }
        Tri c = e.test(Thresholds.HBM_C, in);
        e.condition(Notice.Code.STANDALONE_MEMORY, "standalone memory device (HBM co-packaged with a processing IC is not 3A090.c)");
        java.util.Optional<io.chipgate.model.MemoryType> type = in.part().memory().flatMap(m -> m.type());
        if (c != Tri.FALSE && type.map(t -> t == io.chipgate.model.MemoryType.OTHER).orElse(true)) {
            // 3A090.c reaches DRAM (HBM, DDR, LPDDR, GDDR): a memory of another or unknown type is not known to be .c
            e.condition(Notice.Code.MEMORY_TYPE, "3A090.c reaches DRAM (HBM, DDR, LPDDR, GDDR); memory type: " + type.map(Enum::name).orElse("not given"));
            e.missing.add("memory.type (3A090.c reaches DRAM: HBM, DDR, LPDDR or GDDR; OTHER is not known to be DRAM)");
            return e.outcome(Outcome.INDETERMINATE);
        }
        if (c == Tri.TRUE) {
            e.outcome(Outcome.ECCN_3A090_C);
            e.test(Thresholds.HBM_EXCEPTION, in); // the § 740.25(c) line, shown with its margin; availability is licensing's
            e.condition(Notice.Code.LICENCE_EXCEPTIONS, "License Exception HBM (§ 740.25) needs memory bandwidth density below 3.3 GB/s/mm², among other conditions "
                + "(chipgate license)");
        } else if (c == Tri.FALSE) {
            e.outcome(Outcome.NOT_CONTROLLED);
        }
        return e;
    }
}
