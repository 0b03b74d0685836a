package io.chipgate.regime;

import static io.chipgate.testing.Chips.H20;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.chipgate.metrics.Exact;
import io.chipgate.metrics.Interpretation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import io.chipgate.testing.Qt;
import org.quicktheories.generators.SourceDSL;

class FrontierTest {
    static final LocalDate DAY = LocalDate.of(2026, 11, 29);
    static final Regime R2023 = Regimes.byId("3a090-2023");

    static Frontier.Boundary boundary(String area, Boolean dc) {
        return Hypo.boundary(R2023, new BigDecimal(area), Optional.ofNullable(dc), Optional.empty(), DAY).get();
    }

    @Test
    void boundariesFromTheIssue() {
        assertEquals("2400", boundary("814", true).tpp().toString());   // b.1 starts at 2400 (PD 2.95)
        assertEquals("1920", boundary("600", true).tpp().toString());   // b.2: PD 3.2 × 600
        assertEquals("4800", boundary("600", false).tpp().toString());  // datacenter note
        assertEquals("1600", boundary("100", true).tpp().toString());   // dense: a.2 at TPP 1600
        assertTrue(boundary("814", true).inclusive());
    }

    @Test
    void the2022RuleNeedsItsInterconnect() {
        Regime r = Regimes.byId("3a090-2022");
        assertEquals("4800", Hypo.boundary(r, new BigDecimal("814"), Optional.of(true), Optional.of(new BigDecimal("900")), DAY).get().tpp().toString());
        assertFalse(Hypo.boundary(r, new BigDecimal("814"), Optional.of(true), Optional.of(new BigDecimal("400")), DAY).isPresent());
    }

    @Test
    void justBelowTheBoundaryIsFreeAndAtItControlled() {
        Qt.qt()
            .forAll(SourceDSL.integers().between(1, 30_000), SourceDSL.booleans().all())
            .checkAssert((tenths, dc) -> {
                BigDecimal area = BigDecimal.valueOf(tenths, 1);
                Frontier.Boundary b = Hypo.boundary(R2023, area, Optional.of(dc), Optional.empty(), DAY).get();
                Exact below = b.tpp().subtract(Exact.parse("0.000001"));
                Inputs at = Hypo.inputs(BigDecimal.ONE, area, Optional.of(dc)).withTpp(b.tpp());
                Inputs under = Hypo.inputs(BigDecimal.ONE, area, Optional.of(dc)).withTpp(below);
                assertTrue(Frontier.controlled(R2023.outcome(at, DAY)), () -> "at " + b + " on " + area);
                assertFalse(Frontier.controlled(R2023.outcome(under, DAY)), () -> "below " + b + " on " + area);
            });
    }

    @Test
    void h20Is32TppShortOfParagraphB() {
        List<Flip> flips = Frontier.flips(R2023, H20, Interpretation.defaults(), DAY);
        Flip tpp = flips.stream().filter(f -> f.input().equals("TPP")).findFirst().get();
        assertEquals("2400", tpp.to().orElseThrow().toString());
        assertEquals("32", tpp.delta().orElseThrow().toString());
        assertEquals(Outcome.ECCN_3A090_B_1, tpp.outcome());
        // shrinking the die to 2368 / 3.2 = 740 mm² makes it b.2
        Flip area = flips.stream().filter(f -> f.input().startsWith("applicable")).findFirst().get();
        assertEquals("740", area.to().orElseThrow().toString());
        assertEquals(Outcome.ECCN_3A090_B_2, area.outcome());
    }
}
