package io.chipgate.regime;

import io.chipgate.model.PartResolver;
import static io.chipgate.testing.Chips.H100;
import static io.chipgate.testing.Chips.H20;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.chipgate.metrics.Interpretation;
import io.chipgate.model.Component;
import io.chipgate.model.Part;
import io.chipgate.model.PartKind;
import io.chipgate.document.DocumentFormatException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class QuotaAndCustomTest {
    static final LocalDate DAY = LocalDate.of(2025, 3, 1);
    static final Part HGX = Part.builder().id("hgx").vendor("NVIDIA").name("HGX H100 8-GPU").kind(PartKind.SYSTEM)
        .addContains(Component.of("h100", 8)).build();
    static final PartResolver RESOLVER = id -> id.equals("h100") ? Optional.of(H100) : id.equals("h20") ? Optional.of(H20) : Optional.empty();

    @Test
    void anOrderOfBoardsCountsTheirIcs() {
        Quota q = Quota.of(List.of(new Quota.Line(HGX, 100), new Quota.Line(H20, 50)), RESOLVER, Interpretation.defaults(), DAY);
        // 800 H100 × 15831.2; H20s are not 3A090.a and count zero
        assertEquals("12664960", q.totalTpp().value().get().toString());
        assertEquals("800", q.h100Equivalents().value().get().toString());
        assertEquals(new BigDecimal("0.016031594936708860759"), q.shares().values().iterator().next().value().get().toBigDecimal(new java.math.MathContext(20)));
        assertTrue(q.warnings().stream().anyMatch(w -> w.contains("h20")));
        assertTrue(q.report().contains("NOT ENFORCED"));
    }

    @Test
    void systemsFollowTheirIcs() {
        Determination d = Regimes.byId("3a090-2024").classify(HGX, Interpretation.defaults(), DAY, RESOLVER);
        assertEquals(Outcome.ECCN_4A090_A, d.outcome());
        Determination unknown = Regimes.byId("3a090-2024").classify(HGX, Interpretation.defaults(), DAY, PartResolver.none());
        assertEquals(Outcome.INDETERMINATE, unknown.outcome());
        assertTrue(unknown.missing().get(0).contains("h100"));
    }

    static final String BILL = "{\"id\": \"safe-chips\", \"title\": \"SAFE Chips Act (S. 3374), proposed\", "
        + "\"citation\": \"S. 3374 (bill, not law)\", \"effective\": \"2026-01-01\", \"rules\": ["
        + "{\"paragraph\": \"(A)\", \"all\": [{\"quantity\": \"TPP\", \"atLeast\": 4800}]},"
        + "{\"paragraph\": \"(B)\", \"all\": [{\"quantity\": \"TPP\", \"atLeast\": 2400}, {\"quantity\": \"PERFORMANCE_DENSITY\", \"atLeast\": 1.6}]},"
        + "{\"paragraph\": \"(D)\", \"all\": [{\"quantity\": \"MEMORY_BANDWIDTH\", \"atLeast\": 4100}]},"
        + "{\"paragraph\": \"(E)\", \"all\": [{\"quantity\": \"IO_BIDIRECTIONAL\", \"atLeast\": 1100}]}]}";

    @Test
    void aCustomRegimeRunsLikeABuiltInOne() {
        CustomRegime bill = CustomRegime.parse(BILL, "bill.json");
        assertEquals(Outcome.NOT_CONTROLLED, bill.classify(H20, LocalDate.of(2026, 6, 1)).outcome()); // 2368 < 2400, DRAM 4000, I/O 1028
        assertEquals(Outcome.CONTROLLED, bill.classify(H100, LocalDate.of(2026, 6, 1)).outcome());
        Determination d = bill.classify(H20, LocalDate.of(2025, 6, 1));
        assertEquals(RegimeStatus.NOT_YET, d.status());
        // (B) controls from TPP 2400 on 814 mm² (PD 2.95 ≥ 1.6)
        assertEquals("2400", Hypo.boundary(bill, new BigDecimal("814"), Optional.of(true), Optional.empty(), DAY)
            .get().tpp().toString());
    }

    @Test
    void aBadCustomRegimeNamesPathAndValue() {
        DocumentFormatException e = assertThrows(DocumentFormatException.class,
            () -> CustomRegime.parse(BILL.replace("\"atLeast\": 4800", "\"atLeast\": \"4800\""), "bill.json"));
        assertEquals("$.rules[0].all[0].atLeast", e.path());
        DocumentFormatException q = assertThrows(DocumentFormatException.class,
            () -> CustomRegime.parse(BILL.replace("\"TPP\", \"atLeast\": 4800", "\"TOPS\", \"atLeast\": 4800"), "bill.json"));
        assertEquals("$.rules[0].all[0].quantity", q.path());
    }

    @Test
    void determinationJsonHasTheStableFields() {
        ObjectNode o = Reports.tree(Regimes.byId("3a090-2023").classify(H20, DAY));
        for (String f : List.of("part", "regime", "date", "outcome", "tpp", "performanceDensity", "clauses", "margins",
            "citations", "warnings", "interpretation", "missing", "disclaimer")) {
            assertTrue(o.has(f), f);
        }
        assertEquals("NOT_CONTROLLED", o.get("outcome").asText());
        assertEquals(new BigDecimal("2368"), o.get("tpp").decimalValue());
        assertTrue(o.get("performanceDensityExact").asText().startsWith("2.909"));
        assertTrue(Reports.text(Regimes.byId("3a090-2023").classify(H20, DAY)).contains("32 short"));
    }
}
