package io.chipgate.regime;

import io.chipgate.testing.Chips;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.chipgate.metrics.Exact;
import io.chipgate.metrics.Figure;
import io.chipgate.metrics.Interpretation;
import io.chipgate.model.PartResolver;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Value semantics: a determination computed twice is equal to itself (figures, clauses, thresholds compared by value,
 * not identity); periods and definitions as data.
 */
class ValueSemanticsTest {

    static final io.chipgate.model.Part H100 = Chips.H100;
    static final io.chipgate.model.Part H20 = Chips.H20;
    /** An L40-like part, as these tests were written: 362 TFLOPS FP8 dense on 608.5 mm² (TPP 2,896: 3A090.b), 864 GB/s memory. */
    static final io.chipgate.model.Part L40 = Chips.chip("l40", true, io.chipgate.model.Precision.FP8, "362", "608.5", "0", "128", "864");

    static final LocalDate DAY = LocalDate.of(2025, 1, 15);

    @Test
    void determinationsComputedTwiceAreEqual() {
        for (Regime r : Regimes.all()) {
            // an equal part that is another instance: nothing can be shared by identity (e.g. a metrics cache)
            io.chipgate.model.Part twin = io.chipgate.model.Part.builder().from(H20).build();
            assertNotSame(H20, twin);
            Determination a = r.classify(H20, Interpretation.defaults(), DAY, PartResolver.none());
            Determination b = r.classify(twin, Interpretation.defaults(), DAY, PartResolver.none());
            assertNotSame(a.tpp(), b.tpp());
            assertEquals(a.tpp(), b.tpp());
            assertEquals(a.clauses(), b.clauses(), r.id());
            assertEquals(a, b, r.id());
            assertEquals(a.hashCode(), b.hashCode(), r.id());
            assertNotEquals(a, r.classify(H100, Interpretation.defaults(), DAY, PartResolver.none()), r.id());
        }
        List<HistoryPeriod> h1 = Regimes.history(L40);
        assertEquals(h1, Regimes.history(L40));
        assertNotEquals(h1, Regimes.history(H100));
    }

    @Test
    void figuresCompareByValue() {
        assertEquals(Figure.known(new BigDecimal("4800")), Figure.known(new BigDecimal("4800.0")));
        assertEquals(Figure.known(new BigDecimal("4800")).hashCode(), Figure.known(new BigDecimal("4800.00")).hashCode());
        assertNotEquals(Figure.known(new BigDecimal("4800")), Figure.known(new BigDecimal("4800")).asEstimated());
        assertNotEquals(Figure.unknown("dies[0].areaMm2"), Figure.unknown("dies[1].areaMm2"));
        assertEquals(Figure.between(Exact.ZERO, Exact.parse("2"), List.of("x")), Figure.between(Exact.ZERO, Exact.parse("2.0"), List.of("x")));
        assertNotEquals(Figure.boundedBelow(Exact.ZERO, List.of("x")), Figure.between(Exact.ZERO, Exact.parse("2"), List.of("x")));
        assertEquals(Figure.known(Exact.parse("2")), Figure.between(Exact.parse("2"), Exact.parse("2"), List.of()));
    }

    @Test
    void thresholdsAndClausesCompareByValue() {
        Threshold t = Threshold.atLeast(Quantity.TPP, "4800.0", "ECCN 3A090.a.1", Instruments.ACS_2023);
        assertEquals(Thresholds.A1_TPP, t);
        assertEquals(Thresholds.A1_TPP.hashCode(), t.hashCode());
        assertNotEquals(Thresholds.A1_TPP, Thresholds.TPP_2022); // same line, other instrument and paragraph
        assertNotEquals(Thresholds.A1_TPP, Threshold.greaterThan(Quantity.TPP, "4800", "ECCN 3A090.a.1", Instruments.ACS_2023));
        Inputs in = Inputs.of(H20, Interpretation.defaults());
        assertEquals(Thresholds.B1_TPP_LOW.evaluate(in), Thresholds.B1_TPP_LOW.evaluate(Inputs.of(H20, Interpretation.defaults())));
        assertNotEquals(Thresholds.B1_TPP_LOW.evaluate(in), Thresholds.B2_TPP.evaluate(in));
    }

    /** Half-open periods, boundaries one by one: the day before, the start, the last day, the end. */
    @Test
    void effectivePeriodsAreHalfOpen() {
        EffectivePeriod p = EffectivePeriod.of(LocalDate.of(2023, 11, 17), LocalDate.of(2024, 12, 2));
        assertFalse(p.contains(LocalDate.of(2023, 11, 16)));
        assertTrue(p.contains(LocalDate.of(2023, 11, 17)));
        assertTrue(p.contains(LocalDate.of(2024, 12, 1)));
        assertFalse(p.contains(LocalDate.of(2024, 12, 2)));
        assertTrue(p.isAfter(LocalDate.of(2023, 11, 16)));
        assertFalse(p.isAfter(LocalDate.of(2023, 11, 17)));
        assertFalse(p.isBefore(LocalDate.of(2024, 12, 1)));
        assertTrue(p.isBefore(LocalDate.of(2024, 12, 2)));
        EffectivePeriod open = EffectivePeriod.ofUnboundedEnd(LocalDate.of(2026, 1, 15));
        assertTrue(open.contains(LocalDate.of(9999, 12, 31)));
        assertFalse(open.isBefore(LocalDate.of(9999, 12, 31)));
        assertTrue(open.isUnboundedEnd());
        assertEquals("[2023-11-17, 2024-12-02)", p.toString());
        assertEquals("[2026-01-15, …)", open.toString());
        assertEquals(p, EffectivePeriod.ofUnboundedEnd(LocalDate.of(2023, 11, 17)).withEndExclusive(LocalDate.of(2024, 12, 2)));
        assertEquals(p, p.withUnboundedEnd().endingBefore(LocalDate.of(2024, 12, 2)));
        assertEquals(p, p.endingBefore(LocalDate.of(2025, 1, 1)));
        assertThrows(IllegalArgumentException.class, () -> EffectivePeriod.of(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 1)));
        assertThrows(IllegalArgumentException.class, () -> EffectivePeriod.of(LocalDate.of(2024, 1, 2), LocalDate.of(2024, 1, 1)));
    }

    /** The dates of each built-in regime, from the regulations digest, as data. */
    @Test
    void regimeDatesAreData() {
        Regime acs = Regimes.byId("3a090-2023");
        assertEquals(EffectivePeriod.of(LocalDate.of(2023, 11, 17), LocalDate.of(2024, 12, 2)), acs.written());
        assertEquals(acs.written(), acs.definition().written());
        Regime diffusion = Regimes.byId("ai-diffusion-2025");
        assertEquals(RegimeStatus.NOT_YET, diffusion.status(LocalDate.of(2025, 1, 12)));
        assertEquals(RegimeStatus.IN_FORCE, diffusion.status(LocalDate.of(2025, 1, 13)));
        assertEquals(RegimeStatus.IN_FORCE, diffusion.status(LocalDate.of(2025, 5, 12)));
        assertEquals(RegimeStatus.NOT_ENFORCED, diffusion.status(LocalDate.of(2025, 5, 13)));
        assertEquals(RegimeStatus.IN_FORCE, acs.status(LocalDate.of(2024, 12, 1)));
        assertEquals(RegimeStatus.SUPERSEDED, acs.status(LocalDate.of(2024, 12, 2)));
        // the foundry rule's years are its own change dates, and the only source of them in Regimes.changeDates()
        assertEquals(List.of(LocalDate.of(2025, 1, 16), LocalDate.of(2027, 1, 1), LocalDate.of(2028, 1, 1), LocalDate.of(2029, 1, 1)),
            Regimes.byId("foundry-2025").changeDates());
        assertTrue(Regimes.changeDates().containsAll(Regimes.byId("foundry-2025").changeDates()));
        assertEquals(acs.definition(), Regimes.byId("3a090-2023").definition());
        assertNotEquals(acs.definition(), Regimes.byId("3a090-2024").definition());
    }

    @Test
    void theRegimeHierarchyIsClosed() {
        assertTrue(Regime.class.isSealed());
        for (Regime r : Regimes.all()) {
            assertTrue(List.of(Regime.class.getPermittedSubclasses()).contains(r.getClass()), r.id());
        }
        assertTrue(List.of(Regime.class.getPermittedSubclasses()).contains(CustomRegime.class));
    }
}
