package io.chipgate.regime;

import io.chipgate.metrics.Tri;
import io.chipgate.model.PartKind;
import java.time.LocalDate;
import java.util.List;

/**
 * ECCN 3A090.a as written in the October 2022 interim final rule (87 FR 62186): an IC with an aggregate
 * bidirectional transfer rate of 600 GB/s or more to ICs other than volatile memories AND a bit length × TOPS,
 * aggregated over processing units, of 4800 or more. In force 2022-10-07 (China; Macau from 2023-01-17,
 * 88 FR 2821) until replaced on 2023-11-17 by 88 FR 73458.
 */
final class Acs2022 extends Regime {
    /** Written 2022-10-07 until replaced on 2023-11-17 by 88 FR 73458. */
    static final RegimeDefinition DEFINITION = RegimeDefinition.of("3a090-2022",
        "ECCN 3A090.a, 2022 text: interconnect and compute", Instruments.ACS_2022,
        EffectivePeriod.of(LocalDate.of(2022, 10, 7), LocalDate.of(2023, 11, 17)));
    /** Macau added to the destinations (88 FR 2821). */
    private static final LocalDate MACAU_FROM = LocalDate.of(2023, 1, 17);

    Acs2022() {
        super(DEFINITION);
    }

    @Override
    public List<Threshold> thresholds() {
        return List.of(Thresholds.IO_2022, Thresholds.TPP_2022);
    }

    @Override
    public List<String> standingWarnings() {
        return List.of("UNCONFIRMED: the 2022 technical notes (TOPS, bit length, 'primitive computational unit') were not "
            + "obtained verbatim; TPP is computed with the 2023 definition (dense rates, highest over precisions)",
            "the I/O figure is the sum of the listed links (chip-to-chip and host interfaces, memory excluded); "
            + "link figures in published sheets are often per-direction or per-link: check the spec");
    }

    /** The days its status changes and the day Macau joined the destinations its conditions name. */
    @Override
    List<LocalDate> classificationDates() {
        List<LocalDate> days = new java.util.ArrayList<>(changeDates());
        days.add(MACAU_FROM);
        return days;
    }

    @Override
    Evaluation evaluate(Inputs in, LocalDate date, boolean explain) {
        Evaluation e = Evaluation.of(explain);
        if (in.kind() == PartKind.MEMORY) {
            e.condition(Notice.Code.MEMORY_DEVICE, "a memory device has no digital processor units: 3A090.a (2022) does not apply");
            return e.outcome(Outcome.NOT_CONTROLLED);
        }
        Tri io = e.test(Thresholds.IO_2022, in);
        Tri tpp = e.test(Thresholds.TPP_2022, in);
        Tri controlled = io.and(tpp);
        if (controlled == Tri.TRUE) {
            e.outcome(Outcome.ECCN_3A090_A);
        } else if (controlled == Tri.FALSE) {
            e.outcome(Outcome.NOT_CONTROLLED);
        }
        if (!date.isBefore(MACAU_FROM)) {
            e.condition(Notice.Code.DESTINATIONS, "destinations: China and Macau (Macau from 2023-01-17, 88 FR 2821)");
        } else {
            e.condition(Notice.Code.DESTINATIONS, "destinations: China");
        }
        return e;
    }
}
