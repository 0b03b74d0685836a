package io.chipgate.regime;

import io.chipgate.model.PartResolver;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.chipgate.metrics.Interpretation;
import io.chipgate.model.Die;
import io.chipgate.model.DieRole;
import io.chipgate.model.MemoryInterface;
import io.chipgate.model.MemoryType;
import io.chipgate.model.Part;
import io.chipgate.testing.Chips;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The JSON report of a determination and a regime field by field; history periods merge only when nothing changes. */
class ReportsAndHistoryTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 29);

    @Test
    void determinationJsonCarriesEveryFieldWithItsValue() {
        Determination d = Regimes.byId("3a090-2023").classify(Chips.H20, DAY);
        ObjectNode j = Reports.tree(d);
        assertEquals("h20", j.get("partName").asText());
        assertEquals("SUPERSEDED", j.get("status").asText());
        assertTrue(j.get("conditions").size() > 0);
        assertEquals(d.conditions().get(0), j.get("conditions").get(0).asText());
        assertEquals(d.citations().size(), j.get("citations").size());
        assertEquals("32", j.get("interpretation").get("tf32Bits").asText());
        assertEquals("LOGIC", j.get("interpretation").get("ioDies").asText());
        assertTrue(j.get("sensitivity").isObject());
        assertEquals(0, j.get("missing").size());
        assertTrue(j.get("robust").isNull());
        assertEquals(d.warnings().size(), j.get("warnings").size());
        assertTrue(j.get("disclaimer").asText().startsWith("Not legal advice"));
        assertEquals("2368", j.get("tppExact").asText());
        assertFalse(j.get("tppEstimated").asBoolean());
        ObjectNode b1 = (ObjectNode) j.get("margins").get(3);
        assertEquals("TPP ≥ 2400", b1.get("clause").asText());
        assertEquals("ECCN 3A090.b.1", b1.get("paragraph").asText());
        assertEquals(-32, b1.get("margin").asInt());
        assertEquals("32 short", b1.get("text").asText());
        ObjectNode unknown = Reports.tree(Regimes.byId("3a090-2023").classify(Part.builder().id("x").vendor("v").name("x").build(), DAY));
        assertTrue(unknown.get("tpp").isNull());
        assertTrue(unknown.get("tppExact").isNull());
        assertTrue(unknown.get("missing").size() > 0);
        ObjectNode sens = Reports.tree(Regimes.byId("3a090-2023").classify(IoDiesInterpretationTest.CHIPLETS, Interpretation.defaults(), DAY,
            PartResolver.none()));
        assertEquals("3A090.a.2", sens.get("sensitivity").get("ioDies=EXCLUDED").asText());
    }

    @Test
    void regimeJsonCarriesItsInstrumentAndDates() {
        ObjectNode r = Reports.tree(Regimes.byId("3a090-2023"), DAY);
        assertEquals("3a090-2023", r.get("id").asText());
        assertEquals("2023-11-17", r.get("effective").asText());
        assertEquals("2024-12-02", r.get("supersededOn").asText());
        assertTrue(r.get("notEnforcedFrom").isNull());
        assertEquals("SUPERSEDED", r.get("status").asText());
        assertTrue(r.get("citation").asText().contains("88 FR 73458"), r.toString());
        ObjectNode ai = Reports.tree(Regimes.byId("ai-diffusion-2025"), DAY);
        assertEquals("2025-05-13", ai.get("notEnforcedFrom").asText());
        assertEquals("2025-05-15", ai.get("compliance").asText());
        assertTrue(ai.get("supersededOn").isNull());
    }

    @Test
    void theTextReportShowsFiguresAsTheRuleReadsThem() {
        String t = Reports.text(Regimes.byId("3a090-2023").classify(Chips.H20, LocalDate.of(2024, 6, 1)));
        assertTrue(t.contains("2368"), t);
        assertTrue(t.contains("2.9091"), t);
        assertTrue(t.contains("citation: "), t);
        assertTrue(t.contains("interpretation: tf32Bits=32"), t);
        assertEquals("unknown", Reports.show(io.chipgate.metrics.Figure.unknown("x"), 2));
        assertEquals("12,345.68", Reports.show(io.chipgate.metrics.Figure.known(new BigDecimal("12345.678")), 2));
        assertEquals("12,345.6", Reports.show(io.chipgate.metrics.Figure.known(new BigDecimal("12345.6")), 2));
        assertEquals("~100", Reports.show(io.chipgate.metrics.Figure.known(new BigDecimal("100")).asEstimated(), 2));
    }

    @Test
    void adjacentHistoryPeriodsAlwaysDiffer() {
        for (Part p : List.of(Chips.A100, Chips.A800, Chips.H100, Chips.H800, Chips.H20, Chips.H200, Chips.RTX_4090, Chips.L4,
            Chips.L40, Chips.B200, Chips.HBM3E_STACK)) {
            List<HistoryPeriod> h = Regimes.history(p);
            assertTrue(h.size() >= 2, p.id());
            for (int i = 1; i < h.size(); i++) {
                HistoryPeriod a = h.get(i - 1);
                HistoryPeriod b = h.get(i);
                assertEquals(a.toExclusive().orElseThrow(), b.from(), "contiguous");
                assertFalse(a.sameAs(b), p.id() + ": " + a + " and " + b + " should have been merged");
                assertTrue(a.sameAs(a));
            }
            assertTrue(h.get(h.size() - 1).toExclusive().isEmpty(), "the last period is open-ended");
        }
        // the H800 is free under 2022 and controlled from 2023-11-17: its first period ends there
        assertEquals(LocalDate.of(2023, 11, 17), Regimes.history(Chips.H800).get(0).toExclusive().orElseThrow());
        assertNotEquals(Regimes.history(Chips.H800).size(), 1);
    }

    @Test
    void memoryDiesInTheAggregateCountAreAReading() {
        // 20 B on the logic die; 40 B in memory dies (HBM): counted, the package is above 30 B; not counted, below
        Part p = Part.builder().id("pkg").vendor("NVIDIA").name("pkg").datacenter(true)
            .addDies(Die.builder().role(DieRole.LOGIC).areaMm2(new BigDecimal("600")).nonPlanar(true).process("TSMC N5")
                .transistors(new BigInteger("20000000000")).build())
            .addDies(Die.builder().role(DieRole.MEMORY).count(4).transistors(new BigInteger("10000000000")).build())
            .memory(MemoryInterface.builder().type(MemoryType.HBM3).bandwidthGBs(new BigDecimal("3000")).build())
            .build();
        Determination d = Regimes.byId("foundry-2025").classify(p, DAY);
        assertEquals(Outcome.INDETERMINATE, d.outcome());
        assertTrue(d.conditions().contains("reading count=vendor-figure, memory-dies=counted: PRESUMED_3A090_A"), d.conditions()::toString);
        assertTrue(d.conditions().contains("reading count=vendor-figure, memory-dies=not-counted: PRESUMPTION_OVERCOME"));
        assertTrue(d.conditions().contains("contains HBM: true; transaction year 2026"));
        assertTrue(d.citations().contains("Note 1 to ECCN 3A090.a; 90 FR 5298"));
        assertTrue(d.missing().stream().anyMatch(m -> m.startsWith("a reading of Note 1 to 3A090.a: the readings disagree")));
    }

    @Test
    void memoryDevicesAreExplainedUnderBothTexts() {
        assertTrue(Regimes.byId("3a090-2023").classify(Chips.HBM3E_STACK, LocalDate.of(2024, 6, 1)).conditions().stream()
            .anyMatch(c -> c.startsWith("a memory device has no digital processing units")));
        assertTrue(Regimes.byId("3a090-2024").classify(Chips.HBM3E_STACK, DAY).conditions().stream()
            .anyMatch(c -> c.startsWith("standalone memory device")));
        assertEquals(11, Regimes.byId("3a090-2023").thresholds().size());
        assertEquals(13, Regimes.byId("3a090-2024").thresholds().size());
        assertTrue(Regimes.byId("3a090-2024").standingWarnings().get(0).contains("Note 2"));
        assertTrue(Regimes.byId("3a090-2023").standingWarnings().get(0).contains("Note 3"));
    }
}
