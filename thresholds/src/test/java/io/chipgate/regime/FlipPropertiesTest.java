package io.chipgate.regime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.chipgate.metrics.Exact;
import io.chipgate.metrics.Interpretation;
import io.chipgate.model.Part;
import io.chipgate.model.PartKind;
import io.chipgate.model.Precision;
import io.chipgate.testing.Chips;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import io.chipgate.testing.Qt;
import org.quicktheories.generators.SourceDSL;

/**
 * Every flip a frontier reports must flip: re-classifying the part with the changed input gives the outcome the
 * flip claims, under every built-in regime (issue: china-review-2026 reported "+0" flips for the H20 that
 * changed nothing, because the lines of the 3A090 classification it runs first were not searched).
 */
class FlipPropertiesTest {
    private static final LocalDate ON = LocalDate.of(2026, 8, 1);
    private static final BigDecimal NUDGE = new BigDecimal("0.000001");

    /** The inputs with the flip applied: at the value when inclusive, just past it (towards where it was found) otherwise. */
    static Inputs flipped(Inputs in, Flip f) {
        if (f.input().startsWith("datacenter designation")) {
            return in.withDatacenter(io.chipgate.model.Designation.of(Optional.of(!in.datacenter().orElseThrow())));
        }
        Exact v = f.to().orElseThrow();
        if (!f.inclusive()) {
            boolean up = v.compareTo(f.from().orElseThrow()) >= 0;
            BigDecimal factor = up ? BigDecimal.ONE.add(NUDGE) : BigDecimal.ONE.subtract(NUDGE);
            v = v.multiply(factor);
        }
        switch (f.input()) {
            case "TPP":
                return in.withTpp(v);
            case "applicable die area (mm²)":
                return in.withApplicableDieArea(v);
            case "I/O (GB/s)":
                return in.withIo(v);
            case "DRAM bandwidth (GB/s)":
                return in.withMemoryBandwidth(v);
            default:
                throw new AssertionError("unknown flip input " + f.input());
        }
    }

    /** Re-classifies every reported flip of the part under every regime; returns how many were checked. */
    static int everyFlipFlips(Part p) {
        int checked = 0;
        for (Regime r : Regimes.all()) {
            Inputs in = Inputs.of(p, Interpretation.defaults());
            for (Flip f : Frontier.flips(r, p, Interpretation.defaults(), ON)) {
                Outcome o = r.outcome(flipped(in, f), ON);
                assertEquals(f.outcome(), o, () -> r.id() + " " + p.id() + ": reported " + f + " but re-classification gives " + o);
                checked++;
            }
        }
        if (p.kind() == PartKind.ACCELERATOR) {
            // an accelerator has some figure whose change flips some regime's outcome: zero flips would check nothing
            assertTrue(checked > 0, () -> "no flip reported for " + p.id());
        }
        return checked;
    }

    @Test
    void theH20HasNoZeroFlipUnderThe2026ReviewPolicy() {
        Regime china = Regimes.byId("china-review-2026");
        List<Flip> flips = Frontier.flips(china, Chips.H20, Interpretation.defaults(), ON);
        Flip tpp = flips.stream().filter(f -> f.input().equals("TPP")).findFirst().orElseThrow();
        // TPP 2368 (8 × 296), 814 mm²: 3A090.b.1 needs TPP ≥ 2400 with PD ≥ 1.6 — 2400/814 = 2.95 ≥ 1.6
        assertEquals(0, tpp.to().orElseThrow().compareTo(Exact.of(new BigDecimal("2400"))), tpp::toString);
        assertTrue(tpp.inclusive());
        assertFalse(flips.stream().anyMatch(f -> f.isNumeric() && f.to().orElseThrow().compareTo(f.from().orElseThrow()) == 0 && !f.inclusive()),
            () -> "a flip at +0: " + flips);
        everyFlipFlips(Chips.H20);
    }

    @Test
    void everyFlipOfThePublishedChipsFlips() {
        for (Part p : List.of(Chips.A100, Chips.A800, Chips.H100, Chips.H800, Chips.H20, Chips.H200, Chips.RTX_4090,
            Chips.RTX_4090_D, Chips.L4, Chips.L40, Chips.B200, Chips.HBM3E_STACK)) {
            everyFlipFlips(p);
        }
    }

    @Test
    void everyFlipOfGeneratedChipsFlips() {
        Qt.qt().withExamples(150)
            .forAll(SourceDSL.integers().between(50, 9_000), SourceDSL.integers().between(80, 1_000),
                SourceDSL.integers().between(0, 2_000), SourceDSL.integers().between(0, 9_000))
            .checkAssert((tops, area, io, mem) -> everyFlipFlips(Chips.chip("gen", tops % 3 != 0, Precision.FP8, tops.toString(),
                area.toString(), io == 0 ? null : io.toString(), "64", mem == 0 ? null : mem.toString())));
    }
}
