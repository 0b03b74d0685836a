package io.chipgate.regime;

import io.chipgate.model.PartResolver;
import static io.chipgate.testing.Chips.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.chipgate.metrics.Exact;
import io.chipgate.metrics.Figure;
import io.chipgate.metrics.Interpretation;
import io.chipgate.metrics.Tri;
import io.chipgate.model.ComputeRate;
import io.chipgate.model.Die;
import io.chipgate.model.DieRole;
import io.chipgate.model.Evidence;
import io.chipgate.model.Part;
import io.chipgate.model.Precision;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The explanation is part of the answer: conditions, warnings, missing inputs, citations and reports. */
class ExplanationTest {
    static final LocalDate DAY = LocalDate.of(2026, 11, 29);

    static boolean any(List<String> lines, String fragment) {
        return lines.stream().anyMatch(l -> l.contains(fragment));
    }

    @Test
    void theDatacenterNoteIsStatedWithItsEvidence() {
        Part p = Part.builder().from(RTX_4090_D).datacenterEvidence(Evidence.of("sold as a GeForce gaming card")).build();
        Determination d = Regimes.byId("3a090-2024").classify(p, DAY);
        assertTrue(any(d.conditions(), "designed or marketed for datacenters: false (sold as a GeForce gaming card)"), d.conditions().toString());
        assertTrue(any(d.conditions(), "Note 2 to 3A090"));
        assertTrue(d.conditions().stream().noneMatch(c -> c.contains("License Exception")), "a free part: no exception to speak of");
        Determination gaming = Regimes.byId("3a090-2024").classify(RTX_4090, DAY);
        assertTrue(any(gaming.conditions(), "not excluded from License Exceptions NAC/ACA by § 740.8(a)"));
        assertFalse(any(Regimes.byId("3a090-2024").classify(H100, DAY).conditions(), "Note 2 to 3A090"));
        assertFalse(any(Regimes.byId("3a090-2024").classify(H100, DAY).conditions(), "NAC/ACA"));
    }

    @Test
    void indeterminateNamesWhatIsMissing() {
        Part noDc = Part.builder().from(L4).datacenter(Optional.empty()).build();
        Determination d = Regimes.byId("3a090-2023").classify(noDc, DAY);
        assertEquals(Outcome.INDETERMINATE, d.outcome());
        assertTrue(any(d.missing(), "datacenter"), d.missing().toString());
        // a.2 holds, but the datacenter note could free it: not "controlled either way"
        assertFalse(any(d.warnings(), "controlled either way"), d.warnings().toString());
        Inputs either = Hypo.inputs(BigDecimal.ONE, new BigDecimal("1000"), Optional.of(true))
            .withFigures(Figure.bounded(Exact.parse("4000"), Exact.parse("5000"), List.of("x")), Figure.known(Exact.parse("1000")));
        Determination ab = Regimes.byId("3a090-2023").explain(either, DAY);
        assertEquals(Outcome.INDETERMINATE, ab.outcome()); // TPP 4000–5000, PD 4–5: b.2 for sure, a.1 perhaps
        assertTrue(any(ab.warnings(), "controlled either way"), ab.warnings().toString());
        Part noArea = Part.builder().from(L40).dies(List.of()).build();
        Determination e = Regimes.byId("3a090-2023").classify(noArea, DAY);
        assertEquals(Outcome.INDETERMINATE, e.outcome());
        assertTrue(any(e.missing(), "dies"), e.missing().toString());
        assertFalse(any(e.warnings(), "controlled either way"));
        assertTrue(Regimes.byId("3a090-2023").classify(H100, DAY).missing().isEmpty());
    }

    @Test
    void openSubparagraphsAreWarned() {
        Inputs a = Hypo.inputs(BigDecimal.ONE, new BigDecimal("100"), Optional.of(true))
            .withFigures(Figure.bounded(Exact.parse("3000"), Exact.parse("6000"), List.of("x")), Figure.known(Exact.parse("100")));
        Determination d = Regimes.byId("3a090-2023").explain(a, DAY);
        assertEquals(Outcome.ECCN_3A090_A, d.outcome());
        assertTrue(any(d.warnings(), "whether a.1 or a.2"));
        Inputs b = Hypo.inputs(BigDecimal.ONE, new BigDecimal("1000"), Optional.of(true))
            .withFigures(Figure.bounded(Exact.parse("2000"), Exact.parse("2900"), List.of("x")), Figure.known(Exact.parse("500")));
        Determination e = Regimes.byId("3a090-2023").explain(b, DAY);
        assertEquals(Outcome.ECCN_3A090_B, e.outcome());
        assertTrue(any(e.warnings(), "whether b.1 or b.2"));
        assertTrue(e.outcome().isParagraphB() && !e.outcome().isParagraphA());
    }

    @Test
    void citationsNameTheInstrumentAndEveryParagraphUsed() {
        Determination d = Regimes.byId("3a090-2023").classify(L40, DAY);
        assertTrue(d.citations().get(0).startsWith("88 FR 73458 (FR Doc 2023-23055)"), d.citations().get(0));
        assertTrue(any(d.citations(), "ECCN 3A090.b.1; 88 FR 73458"));
        assertTrue(any(d.citations(), "Note 2 to ECCN 3A090"));
        assertTrue(any(d.warnings(), "Note 3"));
        Determination c = Regimes.byId("3a090-2022").classify(H100, LocalDate.of(2022, 12, 1));
        assertTrue(any(c.conditions(), "destinations: China"));
        assertFalse(any(c.conditions(), "Macau"));
        assertTrue(any(Regimes.byId("3a090-2022").classify(H100, DAY).conditions(), "Macau"));
        assertTrue(any(c.warnings(), "UNCONFIRMED: the 2022 technical notes"));
        assertEquals(Outcome.NOT_CONTROLLED, Regimes.byId("3a090-2022").classify(HBM3E_STACK, DAY).outcome());
        assertTrue(any(Regimes.byId("3a090-2022").classify(HBM3E_STACK, DAY).conditions(), "memory device"));
    }

    @Test
    void statusOtherThanInForceIsWarned() {
        Determination d = Regimes.byId("3a090-2022").classify(H800, DAY);
        assertEquals(RegimeStatus.SUPERSEDED, d.status());
        assertTrue(any(d.warnings(), "SUPERSEDED — the rule is evaluated as written"));
        assertFalse(any(Regimes.byId("3a090-2024").classify(H800, DAY).warnings(), "evaluated as written"));
        assertEquals(RegimeStatus.NOT_YET, Regimes.byId("3a090-2024").status(LocalDate.of(2024, 12, 1)));
        assertEquals(RegimeStatus.IN_FORCE, Regimes.byId("3a090-2024").status(LocalDate.of(2024, 12, 2)));
        assertEquals(RegimeStatus.IN_FORCE, Regimes.byId("ai-diffusion-2025").status(LocalDate.of(2025, 5, 12)));
        assertEquals(RegimeStatus.NOT_ENFORCED, Regimes.byId("ai-diffusion-2025").status(LocalDate.of(2025, 5, 13)));
    }

    @Test
    void estimatesAndInterpretationSensitivityAreReported() {
        Part trn = Part.builder().id("trn").vendor("AWS").name("Trainium-like").datacenter(true)
            .addCompute(ComputeRate.dense(Precision.BF16, new BigDecimal("190")), ComputeRate.dense(Precision.TF32, new BigDecimal("190")))
            .addDies(Die.builder().role(DieRole.LOGIC).areaMm2(new BigDecimal("1000")).nonPlanar(true).build()).build();
        // tf32Bits is an open reading of the law: left at its default it is not the law, so the outcome is not definite
        Determination open = Regimes.byId("3a090-2024").classify(trn, Interpretation.defaults(), DAY, PartResolver.none());
        assertEquals(Outcome.INDETERMINATE, open.outcome(), "32 bits → 3A090.a.1, 19 bits → 3A090.b.1: the readings disagree");
        assertTrue(open.missing().get(0).startsWith("reading tf32Bits: tf32Bits=32 → 3A090.a.1; tf32Bits=19 → 3A090.b.1"),
            open.missing().toString());
        // a user who sets the key gets that reading's answer, with the other reading still reported as sensitivity
        Determination d = Regimes.byId("3a090-2024").classify(trn, Interpretation.defaults().withTf32Bits(32), DAY, PartResolver.none());
        assertEquals(Outcome.ECCN_3A090_A_1, d.outcome()); // 190 × 32 = 6080
        assertEquals(Outcome.ECCN_3A090_B_1, d.sensitivity().get("tf32Bits=19")); // 190 × 19 = 3610, PD 3.61
        assertTrue(any(d.warnings(), "TPP set by TF32, read as 32 bits"));
        assertFalse(any(Regimes.byId("3a090-2024").classify(H100, DAY).warnings(), "TF32"));
        assertTrue(Reports.text(d).contains("under tf32Bits=19: 3A090.b.1"));
        assertEquals("3A090.b.1", Reports.tree(d).get("sensitivity").get("tf32Bits=19").asText());
    }

    @Test
    void hbmExceptionAndTheFoundryConditionsAreExplained() {
        Determination c = Regimes.byId("3a090-2024").classify(HBM3E_STACK, DAY);
        assertTrue(c.clauses().stream().anyMatch(x -> x.threshold() == Thresholds.HBM_EXCEPTION));
        assertTrue(any(c.conditions(), "License Exception HBM (§ 740.25) needs memory bandwidth density below 3.3"));
        assertTrue(any(c.conditions(), "standalone memory device"));
        Determination f = Regimes.byId("foundry-2025").classify(HBM3E_STACK, DAY);
        assertEquals(Outcome.NOT_APPLICABLE, f.outcome());
        Part planar = Part.builder().from(L4).dies(List.of(Die.builder().role(DieRole.LOGIC).areaMm2(new BigDecimal("300")).nonPlanar(false).build())).build();
        Determination g = Regimes.byId("foundry-2025").classify(planar, DAY);
        // Note 1.d: "produced using the '16/14 nanometer node' or below, or using a non-planar transistor architecture" —
        // a planar die of unknown node may still be in scope
        assertEquals(Outcome.INDETERMINATE, g.outcome());
        assertTrue(any(g.missing(), "dies[].process (node)"), () -> g.missing().toString());
        Part planar28 = Part.builder().from(planar).dies(List.of(Die.builder().role(DieRole.LOGIC).areaMm2(new BigDecimal("300"))
            .nonPlanar(false).process("TSMC 28nm HPC").build())).build();
        assertEquals(Outcome.NOT_APPLICABLE, Regimes.byId("foundry-2025").classify(planar28, DAY).outcome());
        Part unknownArch = Part.builder().from(L4).dies(List.of(Die.builder().role(DieRole.LOGIC).areaMm2(new BigDecimal("300"))
            .process("TSMC N7").transistors(new java.math.BigInteger("20000000000")).build())).build();
        Determination u = Regimes.byId("foundry-2025").classify(unknownArch, DAY);
        // N7 is below 16/14 nm whatever the architecture; 20 B < 30 B by the vendor's figure, but only an approximated
        // count (node density × area, or GDS) overcomes the presumption: the two readings disagree
        assertEquals(Outcome.INDETERMINATE, u.outcome());
        assertTrue(any(u.missing(), "the readings disagree"), () -> u.missing().toString());
        assertTrue(any(u.conditions(), "reading count=vendor-figure: PRESUMPTION_OVERCOME"), () -> u.conditions().toString());
        assertTrue(any(u.conditions(), "reading count=approximated-only: PRESUMED_3A090_A"), () -> u.conditions().toString());
        assertTrue(any(u.conditions(), "approved OSAT in supp. no. 7"));
        Part noDies = Part.builder().from(L4).dies(List.of()).build();
        Determination n = Regimes.byId("foundry-2025").classify(noDies, DAY);
        assertEquals(Outcome.INDETERMINATE, n.outcome());
        assertTrue(any(n.missing(), "no logic die"));
        assertTrue(any(n.warnings(), "front-end fabricators and OSATs only"));
    }

    @Test
    void chinaReviewExplainsItsConditions() {
        Determination d = Regimes.byId("china-review-2026").classify(H200, DAY);
        assertTrue(any(d.conditions(), "classification under 3a090-2024: 3A090.a.1"));
        assertTrue(any(d.conditions(), "third-party testing"));
        assertTrue(any(d.warnings(), "total DRAM bandwidth"));
        Determination n = Regimes.byId("china-review-2026").classify(H20, DAY);
        assertTrue(any(n.conditions(), "does not apply"));
        Part open = Part.builder().from(H200).memory(Optional.empty()).build();
        assertEquals(Outcome.INDETERMINATE, Regimes.byId("china-review-2026").classify(open, DAY).outcome());
        assertTrue(Regimes.byId("china-review-2026").classify(open, DAY).missing().stream().anyMatch(m -> m.contains("memory")));
        Part openClass = Part.builder().from(L4).datacenter(Optional.empty()).build();
        assertEquals(Outcome.INDETERMINATE, Regimes.byId("china-review-2026").classify(openClass, DAY).outcome());
    }

    @Test
    void informedLettersAndAiDiffusionExplainThemselves() {
        Determination d = Regimes.byId("h20-informed-2025").classify(H20, DAY);
        assertTrue(any(d.conditions(), "Hong Kong"));
        assertTrue(any(d.warnings(), "REPORTED"));
        assertEquals(Outcome.NOT_APPLICABLE, Regimes.byId("h20-informed-2025").classify(HBM3E_STACK, DAY).outcome());
        Determination w = Regimes.byId("ai-diffusion-2025").classify(H100, DAY);
        assertTrue(any(w.conditions(), "License Exceptions LPP (§ 740.29"), w.conditions()::toString);
        assertTrue(any(w.conditions(), "AIA (§ 740.27"));
        assertTrue(any(w.conditions(), "790,000,000"));
        Determination b = Regimes.byId("ai-diffusion-2025").classify(L40, DAY);
        assertEquals(Outcome.ECCN_3A090_B_1, b.outcome());
        assertTrue(any(b.conditions(), "§ 742.6(a)(6)(iii)(B)"));
    }

    @Test
    void textAndJsonReportsCarryEverything() {
        Determination d = Regimes.byId("3a090-2023").classify(L40, LocalDate.of(2024, 6, 1));
        String t = Reports.text(d);
        assertTrue(t.startsWith("3a090-2023 on 2024-06-01 (IN_FORCE): l40 → 3A090.b.1"), t);
        assertTrue(t.contains("TPP ≥ 2400 [3A090.b.1]"), t);
        assertFalse(t.contains("licence exception"), "exceptions depend on the shipment: chipgate license");
        assertTrue(t.contains("citation: 88 FR 73458"), t);
        assertTrue(t.contains("interpretation: tf32Bits=32"), t);
        var j = Reports.tree(d);
        assertEquals("IN_FORCE", j.get("status").asText());
        assertEquals("2896", j.get("tpp").asText());
        assertEquals("TRUE", j.get("clauses").get(3).get("result").asText());
        assertEquals("ECCN 3A090.b.1", j.get("clauses").get(3).get("paragraph").asText());
        assertFalse(j.has("licenseExceptions"), "exceptions are licensing's: LicenseReports");
        // L40, TPP 2896: the a.1 line is 4800 − 2896 = 1904 away
        JsonNode a1Margin = null;
        for (JsonNode m : j.get("margins")) {
            if (m.get("clause").asText().equals("TPP ≥ 4800")) {
                a1Margin = m;
            }
        }
        assertTrue(a1Margin != null, j.get("margins")::toString);
        assertEquals("ECCN 3A090.a.1", a1Margin.get("paragraph").asText());
        assertEquals("-1904", a1Margin.get("margin").asText());
        assertTrue(a1Margin.get("text").asText().contains("1904 short"), a1Margin::toString);
        var r = Reports.tree(Regimes.byId("ai-diffusion-2025"), DAY);
        assertEquals("NOT_ENFORCED", r.get("status").asText());
        assertEquals("2025-05-13", r.get("notEnforcedFrom").asText());
        assertEquals("2025-05-15", r.get("compliance").asText());
        assertTrue(r.get("supersededOn").isNull());
        assertEquals("2023-11-17", Reports.tree(Regimes.byId("3a090-2022"), DAY).get("supersededOn").asText());
        assertEquals("0.0000001", Reports.show(Figure.known(Exact.parse("0.0000001")), 7));
        assertEquals("~2.5", Reports.show(Figure.known(Exact.parse("2.5")).asEstimated(), 2));
    }

    @Test
    void clausesAndThresholdsReadAsTheRule() {
        assertEquals("TPP ≥ 4800", Thresholds.A1_TPP.label());
        assertEquals("memory bandwidth density > 2 GB/s/mm²", Thresholds.HBM_C.label());
        assertEquals("ECCN 3A090.a.1; 88 FR 73458", Thresholds.A1_TPP.citation());
        assertTrue(Thresholds.A1_TPP.toString().contains("88 FR 73458"));
        assertEquals(Comparison.LESS_THAN, Thresholds.B1_TPP_HIGH.comparison());
        Clause below = Thresholds.B1_TPP_HIGH.evaluate(Hypo.inputs(new BigDecimal("4700"), BigDecimal.TEN, Optional.of(true)));
        assertEquals("100 below", below.marginText());
        Clause over = Thresholds.B1_TPP_HIGH.evaluate(Hypo.inputs(new BigDecimal("4805"), BigDecimal.TEN, Optional.of(true)));
        assertEquals("5 over", over.marginText());
        Clause at = Thresholds.B1_TPP_HIGH.evaluate(Hypo.inputs(new BigDecimal("4800"), BigDecimal.TEN, Optional.of(true)));
        assertEquals("at the line", at.marginText());
        Clause short32 = Thresholds.A1_TPP.evaluate(Hypo.inputs(new BigDecimal("4768"), BigDecimal.TEN, Optional.of(true)));
        assertEquals("32 short", short32.marginText());
        assertEquals(Tri.FALSE, short32.result());
        assertTrue(short32.toString().contains("→ false (32 short)"));
        assertEquals(26, Thresholds.all().size());
        for (Regime r : Regimes.all()) {
            assertFalse(r.thresholds().isEmpty(), r.id());
            assertFalse(r.standingWarnings().isEmpty(), r.id());
            assertTrue(r.toString().startsWith(r.id() + " — "));
        }
    }

    @Test
    void edgesOfTheHelpers() {
        assertFalse(Frontier.controlled(Outcome.PRESUMPTION_OVERCOME));
        assertTrue(Frontier.controlled(Outcome.ECCN_3A090_C));
        assertFalse(Frontier.controlled(Outcome.NOT_APPLICABLE));
        assertEquals(1, new Quota.Line(H100, 1).quantity());
        Clause exactlyAt = Thresholds.A1_TPP.evaluate(Hypo.inputs(new BigDecimal("4800"), BigDecimal.TEN, Optional.of(true)));
        assertEquals("+0", exactlyAt.marginText());
        assertEquals("2.5", Reports.show(Figure.known(Exact.parse("2.5")), 1));
        assertEquals("2.6", Reports.show(Figure.known(Exact.parse("2.55")), 1));
        assertEquals("2.55", Reports.show(Figure.known(Exact.parse("2.55")), 2));
        assertEquals("≥ 3", Reports.show(Figure.bounded(Exact.parse("3"), null, List.of("x")), 2));
        assertEquals("1–2", Reports.show(Figure.bounded(Exact.parse("1"), Exact.parse("2"), List.of("x")), 2));
        assertEquals("≤ 2", Reports.show(Figure.bounded(Exact.ZERO, Exact.parse("2"), List.of("x")), 2));
        assertEquals("unknown", Reports.show(Figure.unknown("x"), 2));
        CustomRegime zero = CustomRegime.parse("{\"id\": \"z\", \"title\": \"t\", \"citation\": \"c\", \"effective\": \"2026-01-01\","
            + " \"rules\": [{\"all\": [{\"quantity\": \"TPP\", \"greaterThan\": 0}]}]}", "z.json");
        assertEquals(Outcome.CONTROLLED, zero.classify(H20, DAY).outcome());
    }
}
