package io.chipgate.regime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.chipgate.metrics.Interpretation;
import io.chipgate.model.ApproximatedTransistorCount;
import io.chipgate.model.Component;
import io.chipgate.model.ComputeRate;
import io.chipgate.model.Die;
import io.chipgate.model.DieRole;
import io.chipgate.model.Part;
import io.chipgate.model.PartKind;
import io.chipgate.model.PartResolver;
import io.chipgate.model.Precision;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The foundry presumption (Note 1 to 3A090.a, 90 FR 5298) with the fabricator's "aggregated approximated transistor
 * count" (issue 19 § 6): PRESUMPTION_OVERCOME is reachable; 2028 keeps the 30 billion line as written; a board is not
 * an applicable advanced logic IC.
 */
class FoundryCountTest {
    static final Regime FOUNDRY = Regimes.byId("foundry-2025");
    static final LocalDate IN_2026 = LocalDate.of(2026, 6, 1);

    static Part ic(String id, String vendorCount, String approximated) {
        Die.Builder d = Die.builder().role(DieRole.LOGIC).areaMm2(new BigDecimal("600")).nonPlanar(true);
        if (vendorCount != null) {
            d.transistors(new BigInteger(vendorCount));
        }
        Part.Builder b = Part.builder().id(id).vendor("Acme").name(id)
            .addCompute(ComputeRate.dense(Precision.FP16, new BigDecimal("100"))).addDies(d.build());
        if (approximated != null) {
            b.approximatedTransistors(new ApproximatedTransistorCount(new BigInteger(approximated), "node density × die area",
                Optional.empty()));
        }
        return b.build();
    }

    static Outcome on(Part p, LocalDate date) {
        return FOUNDRY.classify(p, Interpretation.defaults(), date, PartResolver.none()).outcome();
    }

    @Test
    void anApproximatedCountBelowTheLineOvercomesThePresumption() {
        // 29,999,999,999 < 30 billion (Note 1.b(a)): overcome under every reading of which count may be used
        assertEquals(Outcome.PRESUMPTION_OVERCOME, on(ic("under", null, "29999999999"), IN_2026));
        // exactly 30 billion is not "below": presumed 3A090.a
        assertEquals(Outcome.PRESUMED_3A090_A, on(ic("at", null, "30000000000"), IN_2026));
        // a vendor figure alone: the readings disagree (may a published count stand in for the approximation?)
        assertEquals(Outcome.INDETERMINATE, on(ic("vendor", "29000000000", null), IN_2026));
        // no count at all: "cannot be confirmed" — presumed
        assertEquals(Outcome.PRESUMED_3A090_A, on(ic("none", null, null), IN_2026));
    }

    @Test
    void theLinesFollowTheYearAnd2028KeepsThirtyBillionAsWritten() {
        Part p = ic("thirty-two", null, "32000000000");
        assertEquals(Outcome.PRESUMED_3A090_A, on(p, LocalDate.of(2026, 12, 31)), "30 billion in 2026");
        assertEquals(Outcome.PRESUMPTION_OVERCOME, on(p, LocalDate.of(2027, 1, 1)), "35 billion in 2027 (1.b(b)(i))");
        assertEquals(Outcome.PRESUMED_3A090_A, on(p, LocalDate.of(2028, 6, 1)), "2028: no relief written — 30 billion");
        assertEquals(Outcome.PRESUMPTION_OVERCOME, on(p, LocalDate.of(2029, 1, 1)), "40 billion from 2029 (1.b(b)(ii))");
    }

    @Test
    void aBoardIsNotAnApplicableAdvancedLogicIc() {
        Part chip = ic("chip", null, "20000000000");
        Part board = Part.builder().id("board").vendor("Acme").name("board").kind(PartKind.SYSTEM)
            .addContains(Component.of("chip", 8)).build();
        Determination d = FOUNDRY.classify(board, Interpretation.defaults(), IN_2026, id -> id.equals("chip") ? Optional.of(chip) : Optional.empty());
        assertEquals(Outcome.NOT_APPLICABLE, d.outcome());
        assertTrue(d.conditions().stream().anyMatch(c -> c.contains("not an applicable advanced logic IC")), d.conditions()::toString);
        assertTrue(d.conditions().stream().anyMatch(c -> c.contains("8 × chip: PRESUMPTION_OVERCOME")), d.conditions()::toString);
    }
}
