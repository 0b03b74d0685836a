package io.chipgate.regime;

import io.chipgate.metrics.Tri;
import io.chipgate.model.PartKind;
import java.time.LocalDate;
import java.util.List;

/**
 * The licence requirement that the US government imposed by "is informed" letters from 2025-04-09 (§ 744.23(b))
 * on the NVIDIA H20 "and any other circuits achieving the H20's memory bandwidth, interconnect bandwidth, or
 * combination thereof", for China (including Hong Kong and Macau), D:5, and entities headquartered there. The
 * letters are not public: the criteria here are as REPORTED (Financial Times, quoting a letter to Intel) —
 * DRAM bandwidth ≥ 1,400 GB/s, or I/O ≥ 1,100 GB/s, or their sum ≥ 1,700 GB/s — and are not regulatory text.
 */
final class InformedLetters2025 extends Regime {
    /** From the letters of 2025-04-09. */
    static final RegimeDefinition DEFINITION = RegimeDefinition.of("h20-informed-2025",
        "'Is informed' letters on H20-class chips (REPORTED criteria)", Instruments.H20_LETTER_2025,
        EffectivePeriod.ofUnboundedEnd(LocalDate.of(2025, 4, 9)));

    InformedLetters2025() {
        super(DEFINITION);
    }

    @Override
    public List<Threshold> thresholds() {
        return List.of(Thresholds.INFORMED_DRAM, Thresholds.INFORMED_IO, Thresholds.INFORMED_SUM);
    }

    @Override
    public List<String> standingWarnings() {
        return List.of("REPORTED, not regulatory text: the letters are not public; the thresholds are as reported by the Financial Times",
            "licences were reportedly promised or issued from July–August 2025; the terms are UNCONFIRMED");
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
            e.condition(Notice.Code.MEMORY_DEVICE, "a memory device is not an H20-class integrated circuit");
            return e.outcome(Outcome.NOT_APPLICABLE);
        }
        Tri any = e.test(Thresholds.INFORMED_DRAM, in).or(e.test(Thresholds.INFORMED_IO, in)).or(e.test(Thresholds.INFORMED_SUM, in));
        e.condition(Notice.Code.DESTINATIONS, "destinations: China (including Hong Kong and Macau), Country Group D:5, and entities headquartered there");
        if (any == Tri.TRUE) {
            e.outcome(Outcome.LICENSE_REQUIRED_REPORTED);
        } else if (any == Tri.FALSE) {
            e.outcome(Outcome.NOT_APPLICABLE);
        }
        return e;
    }
}
