package io.chipgate.regime;

import io.chipgate.model.PartResolver;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.chipgate.metrics.Exact;
import io.chipgate.metrics.Interpretation;
import io.chipgate.model.ComputeRate;
import io.chipgate.model.Die;
import io.chipgate.model.DieRole;
import io.chipgate.model.Part;
import io.chipgate.model.Precision;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Technical Note 4 to 3A090 counts the area of "logic dies" without defining them. The wide reading (default)
 * counts I/O and base dies built on a non-planar logic process; the narrow one only compute dies. A part with
 * both shows the other reading in its sensitivity report, as TF32 bits do.
 */
class IoDiesInterpretationTest {
    // TPP 4000 (FP8 500 TOPS dense × 8 bits), compute dies 500 mm², I/O dies 300 mm², all FinFET
    static final Part CHIPLETS = Part.builder().id("chiplets").vendor("-").name("chiplets").datacenter(true)
        .addCompute(ComputeRate.dense(Precision.FP8, new BigDecimal("500")))
        .addDies(Die.builder().role(DieRole.LOGIC).count(4).areaMm2(new BigDecimal("125")).nonPlanar(true).build())
        .addDies(Die.builder().role(DieRole.IO).count(2).areaMm2(new BigDecimal("150")).nonPlanar(true).build())
        .build();

    @Test
    void ioDiesCountUnderTheWideReadingAndNotUnderTheNarrowOne() {
        Interpretation wide = Interpretation.defaults().withIoDies(Interpretation.IoDies.LOGIC);
        Interpretation narrow = wide.withIoDies(Interpretation.IoDies.EXCLUDED);
        assertEquals(0, Inputs.of(CHIPLETS, wide).applicableDieAreaMm2().value().get().compareTo(Exact.of(new BigDecimal("800"))));
        assertEquals(0, Inputs.of(CHIPLETS, narrow).applicableDieAreaMm2().value().get().compareTo(Exact.of(new BigDecimal("500"))));
        Regime r = Regimes.byId("3a090-2023");
        LocalDate on = LocalDate.of(2024, 6, 1);
        // wide: PD 4000/800 = 5 → 3A090.b.1 (2400 ≤ TPP < 4800, 1.6 ≤ PD < 5.92); narrow: 4000/500 = 8 ≥ 5.92 → 3A090.a.2
        Determination d = r.classify(CHIPLETS, wide, on, PartResolver.none());
        assertEquals(Outcome.ECCN_3A090_B_1, d.outcome());
        assertEquals(Outcome.ECCN_3A090_A_2, d.sensitivity().get("ioDies=EXCLUDED"), d.sensitivity()::toString);
        assertEquals(Outcome.ECCN_3A090_A_2, r.classify(CHIPLETS, narrow, on, PartResolver.none()).outcome());
        assertTrue(Inputs.of(CHIPLETS, narrow).metrics().notes().stream().anyMatch(n -> n.contains("ioDies=EXCLUDED")));
        assertEquals(Interpretation.IoDies.EXCLUDED, wide.with("ioDies=excluded").ioDies());
        // left at its default, the open reading makes the outcome INDETERMINATE (one reading is not the law)
        Determination open = r.classify(CHIPLETS, Interpretation.defaults(), on, PartResolver.none());
        assertEquals(Outcome.INDETERMINATE, open.outcome());
        assertTrue(open.missing().get(0).startsWith("reading ioDies"), open.missing().toString());
        assertTrue(Interpretation.isOpenReading("ioDies") && !Interpretation.isOpenReading("tppBasis"));
        assertTrue(wide.isExplicit("ioDies") && !Interpretation.defaults().isExplicit("ioDies"));
    }
}
