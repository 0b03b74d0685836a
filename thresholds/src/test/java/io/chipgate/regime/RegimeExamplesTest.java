package io.chipgate.regime;

import static io.chipgate.testing.Chips.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.chipgate.metrics.Tri;
import io.chipgate.model.Part;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Examples written by hand from the rule text and published figures. */
class RegimeExamplesTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

    static Outcome outcome(String regime, Part p) {
        return Regimes.byId(regime).classify(p, TODAY).outcome();
    }

    @Test
    void a800AndH800EscapedThe2022RuleByTheirInterconnect() {
        assertEquals(Outcome.NOT_CONTROLLED, outcome("3a090-2022", A800)); // 400 + 64 = 464 < 600
        assertEquals(Outcome.NOT_CONTROLLED, outcome("3a090-2022", H800)); // 400 + 128 = 528 < 600
        assertEquals(Outcome.ECCN_3A090_A_1, outcome("3a090-2023", A800));
        assertEquals(Outcome.ECCN_3A090_A_1, outcome("3a090-2023", H800));
    }

    @Test
    void a100AndH100AreControlledUnderBoth() {
        for (Part p : List.of(A100, H100)) {
            assertEquals(Outcome.ECCN_3A090_A, outcome("3a090-2022", p));
            assertEquals(Outcome.ECCN_3A090_A_1, outcome("3a090-2023", p));
            assertEquals(Outcome.ECCN_3A090_A_1, outcome("3a090-2024", p));
        }
    }

    @Test
    void h20SitsJustUnderThe2023Lines() {
        Determination d = Regimes.byId("3a090-2023").classify(H20, TODAY);
        assertEquals(Outcome.NOT_CONTROLLED, d.outcome());
        assertEquals("2368", d.tpp().value().get().toString());
        Clause b1 = d.clauses().stream().filter(c -> c.threshold() == Thresholds.B1_TPP_LOW).findFirst().get();
        assertEquals("32 short", b1.marginText());
        assertEquals(Outcome.LICENSE_REQUIRED_REPORTED, outcome("h20-informed-2025", H20));
    }

    @Test
    void rtx4090IsParagraphAWithNacAndAca() {
        // a non-datacenter 3A090.a item is not excluded by § 740.8(a); which exception applies depends on the shipment
        Determination d = Regimes.byId("3a090-2023").classify(RTX_4090, LocalDate.of(2024, 6, 1));
        assertEquals(Outcome.ECCN_3A090_A_1, d.outcome());
        assertTrue(d.conditions().stream().anyMatch(c -> c.contains("not excluded from License Exceptions NAC/ACA")));
        assertEquals(List.of("ACA"), codes(RTX_4090, "VN", LocalDate.of(2024, 6, 1)));
        assertEquals(List.of("NAC"), codes(RTX_4090, "CN", LocalDate.of(2024, 6, 1)));
        assertEquals(List.of("NAC (no notification)"), codes(RTX_4090, "VN", LocalDate.of(2023, 12, 1)));
    }

    private static List<String> codes(io.chipgate.model.Part p, String to, LocalDate on) {
        io.chipgate.license.Shipment s = io.chipgate.license.Shipment.of(p, 1, io.chipgate.license.CountryCode.of(to), on)
            .withHeadquarters(io.chipgate.license.CountryCode.of(to));
        return io.chipgate.license.Licensing.assess(s).licenseExceptions().stream().map(io.chipgate.license.LicenseOption::code).toList();
    }

    @Test
    void datacenterParagraphAItemsGetNoNac() {
        // § 740.8(a): "except for items designed or marketed for use in a datacenter and meeting the parameters of 3A090.a"
        assertEquals(List.of(), codes(H100, "VN", LocalDate.of(2024, 6, 1)));
        assertEquals(List.of(), codes(H100, "CN", LocalDate.of(2024, 6, 1)));
    }

    @Test
    void hbmStackIsParagraphCFrom2024WithoutLicenseExceptionHbm() {
        assertEquals(Outcome.NOT_CONTROLLED, outcome("3a090-2023", HBM3E_STACK));
        Determination d = Regimes.byId("3a090-2024").classify(HBM3E_STACK, TODAY);
        assertEquals(Outcome.ECCN_3A090_C, d.outcome());
        Clause line = d.clauses().stream().filter(c -> c.threshold() == Thresholds.HBM_EXCEPTION).findFirst().orElseThrow();
        assertEquals(Tri.FALSE, line.result()); // 1180/121 ≈ 9.75, not below 3.3
        assertEquals(List.of(), codes(HBM3E_STACK, "CN", TODAY));
    }

    @Test
    void aiDiffusionAsWrittenAndNotEnforced() {
        Determination d = Regimes.byId("ai-diffusion-2025").classify(H100, TODAY);
        assertEquals(Outcome.WORLDWIDE_LICENSE, d.outcome());
        assertEquals(RegimeStatus.NOT_ENFORCED, d.status());
        assertTrue(d.warnings().stream().anyMatch(w -> w.contains("NOT ENFORCED")));
    }

    @Test
    void foundryPresumptionByTransistorCount() {
        Part big = Part.builder().from(H100).dies(List.of(io.chipgate.model.Die.builder().role(io.chipgate.model.DieRole.LOGIC)
            .areaMm2(d("814")).nonPlanar(true).transistors(new java.math.BigInteger("80000000000")).build())).build();
        Part small = Part.builder().from(L4).dies(List.of(io.chipgate.model.Die.builder().role(io.chipgate.model.DieRole.LOGIC)
            .areaMm2(d("294.5")).nonPlanar(true).transistors(new java.math.BigInteger("35800000000")).build())).memory(java.util.Optional.empty()).build();
        Regime f = Regimes.byId("foundry-2025");
        assertEquals(Outcome.PRESUMED_3A090_A, f.classify(big, TODAY).outcome());
        assertEquals(Outcome.PRESUMED_3A090_A, f.classify(small, TODAY).outcome()); // 35.8B ≥ 30B in 2026
        assertEquals(Outcome.PRESUMED_3A090_A, f.classify(small, LocalDate.of(2027, 6, 1)).outcome()); // 35.8B ≥ 35B
        // 2029, no HBM: 35.8 B < 40 B by the vendor's figure; only an approximated count overcomes: readings disagree
        Determination y2029 = f.classify(small, LocalDate.of(2029, 6, 1));
        assertEquals(Outcome.INDETERMINATE, y2029.outcome());
        assertTrue(y2029.conditions().contains("reading count=vendor-figure: PRESUMPTION_OVERCOME"), () -> y2029.conditions().toString());
        Determination y2028 = f.classify(small, LocalDate.of(2028, 6, 1));
        assertEquals(Outcome.PRESUMED_3A090_A, y2028.outcome()); // 35.8 B ≥ 30 B as written and ≥ 35 B read from 2027
        assertTrue(y2028.warnings().stream().anyMatch(w -> w.startsWith("2028")));
        Part small2028 = Part.builder().from(small).dies(List.of(io.chipgate.model.Die.builder().role(io.chipgate.model.DieRole.LOGIC)
            .areaMm2(d("294.5")).nonPlanar(true).transistors(new java.math.BigInteger("32000000000")).build())).build();
        Determination r2028 = f.classify(small2028, LocalDate.of(2028, 6, 1));
        // 2028 takes the 30 B line as written (issue 19 § 6: the text names no relief for 2028)
        assertEquals(Outcome.PRESUMED_3A090_A, r2028.outcome(), "32 B ≥ 30 B: 2028 keeps the 30 B line as written");
        assertTrue(r2028.conditions().contains("reading count=vendor-figure: PRESUMED_3A090_A"), () -> r2028.conditions().toString());
        // "where the aggregated approximated transistor count ... cannot be confirmed": presumed (Note 1.d)
        Determination unknownCount = f.classify(H100, TODAY);
        assertEquals(Outcome.PRESUMED_3A090_A, unknownCount.outcome());
        assertTrue(unknownCount.conditions().stream().anyMatch(c -> c.contains("cannot be confirmed")));
        // a 12 nm planar logic IC with 50 B transistors is in scope: "16/14 nanometer node or below, or ... non-planar"
        Part planar12 = Part.builder().from(L4).dies(List.of(io.chipgate.model.Die.builder().role(io.chipgate.model.DieRole.LOGIC)
            .areaMm2(d("600")).nonPlanar(false).process("12nm planar").transistors(new java.math.BigInteger("50000000000")).build())).build();
        assertEquals(Outcome.PRESUMED_3A090_A, f.classify(planar12, TODAY).outcome());
        Part planar16 = Part.builder().from(planar12).dies(List.of(io.chipgate.model.Die.builder().role(io.chipgate.model.DieRole.LOGIC)
            .areaMm2(d("600")).nonPlanar(false).process("16nm").transistors(new java.math.BigInteger("50000000000")).build())).build();
        assertEquals(Outcome.PRESUMED_3A090_A, f.classify(planar16, TODAY).outcome(), "16 nm is the 16/14 node: at the line");
        Part planar22 = Part.builder().from(planar12).dies(List.of(io.chipgate.model.Die.builder().role(io.chipgate.model.DieRole.LOGIC)
            .areaMm2(d("600")).nonPlanar(false).process("22nm").transistors(new java.math.BigInteger("50000000000")).build())).build();
        assertEquals(Outcome.NOT_APPLICABLE, f.classify(planar22, TODAY).outcome(), "planar above 16/14 nm");
    }

    @Test
    void timeTravel() {
        assertEquals(List.of("3a090-2022"), Regimes.inForceOn(LocalDate.of(2023, 1, 1)).stream().map(Regime::id).toList());
        assertEquals(List.of("3a090-2023"), Regimes.inForceOn(LocalDate.of(2023, 11, 17)).stream().map(Regime::id).toList());
        assertEquals(List.of("3a090-2022"), Regimes.inForceOn(LocalDate.of(2023, 11, 16)).stream().map(Regime::id).toList());
        assertEquals(List.of("3a090-2024", "foundry-2025", "h20-informed-2025", "china-review-2026"),
            Regimes.inForceOn(TODAY).stream().map(Regime::id).toList());
        List<HistoryPeriod> h = Regimes.history(A800);
        assertEquals(LocalDate.of(2022, 10, 7), h.get(0).from());
        assertEquals(LocalDate.of(2023, 11, 17), h.get(0).toExclusive().get());
        assertEquals(Outcome.NOT_CONTROLLED, h.get(0).determinations().get(0).outcome());
        assertEquals(Outcome.ECCN_3A090_A_1, h.get(1).determinations().get(0).outcome());
    }

    @Test
    void unknownRegimeSuggests() {
        UnknownRegimeException e = org.junit.jupiter.api.Assertions.assertThrows(UnknownRegimeException.class,
            () -> Regimes.byId("3a090-2032"));
        assertFalse(e.suggestions().isEmpty());
        assertTrue(e.getMessage().contains("did you mean"));
    }
}
