package io.chipgate.regime;

import io.chipgate.model.PartResolver;
import static io.chipgate.testing.Chips.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.chipgate.metrics.Interpretation;
import io.chipgate.model.Component;
import io.chipgate.model.ComputeRate;
import io.chipgate.model.Die;
import io.chipgate.model.DieRole;
import io.chipgate.model.Grade;
import io.chipgate.model.Interval;
import io.chipgate.model.Part;
import io.chipgate.model.PartKind;
import io.chipgate.model.Precision;
import io.chipgate.model.Source;
import io.chipgate.document.DocumentFormatException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Flips, suggestions, estimate robustness, systems and custom-regime edges, with expectations worked by hand. */
class WhatIfAndSystemsTest {
    static final LocalDate DAY = LocalDate.of(2026, 11, 29);

    @Test
    void h20UnderTheLettersFlipsOnlyByDramBandwidth() {
        // DRAM 4000, I/O 900 + 128 = 1028: lowering DRAM below 1700 − 1028 = 672 frees it (no line is met any more)
        List<Flip> flips = Frontier.flips(Regimes.byId("h20-informed-2025"), H20, Interpretation.defaults(), DAY);
        assertEquals(1, flips.size(), flips.toString());
        Flip f = flips.get(0);
        assertEquals("DRAM bandwidth (GB/s)", f.input());
        assertEquals("672", f.to().orElseThrow().toString());
        assertFalse(f.inclusive());
        assertEquals("-3328", f.delta().orElseThrow().toString());
        assertEquals(Outcome.NOT_APPLICABLE, f.outcome());
        assertEquals("lower DRAM bandwidth (GB/s) below 672 (−3328): NOT_APPLICABLE", f.toString());
    }

    @Test
    void rtx4090DFlipsByTppOrByBeingADatacenterPart() {
        List<Flip> flips = Frontier.flips(Regimes.byId("3a090-2024"), RTX_4090_D, Interpretation.defaults(), DAY);
        assertEquals(2, flips.size(), flips.toString());
        assertEquals("raise TPP to 4800 (+93): 3A090.a.1", flips.get(0).toString());
        assertTrue(flips.get(0).inclusive());
        assertEquals("datacenter designation → true", flips.get(1).input());
        assertEquals(Outcome.ECCN_3A090_A_2, flips.get(1).outcome()); // PD 4707 / 608.5 ≈ 7.74 ≥ 5.92
        assertTrue(flips.get(1).delta().isEmpty());
        assertFalse(flips.get(1).isNumeric());
        assertEquals("datacenter designation → true → 3A090.a.2", flips.get(1).toString());
    }

    @Test
    void a100FlipsDownwardAtTheDensityAndTppLines() {
        // A100: TPP 4992 on 826 mm² (PD 6.04), datacenter: a.1. Below 4800 the density 5.81 < 5.92 makes it b.1.
        List<Flip> flips = Frontier.flips(Regimes.byId("3a090-2023"), A100, Interpretation.defaults(), DAY);
        Flip tpp = flips.stream().filter(f -> f.input().equals("TPP")).findFirst().get();
        assertEquals("lower TPP below 4800 (−192): 3A090.b.1", tpp.toString());
        Flip area = flips.stream().filter(f -> f.input().startsWith("applicable")).findFirst().orElse(null);
        assertEquals(null, area, "the area alone cannot change a.1 (TPP ≥ 4800 decides)");
        Flip dc = flips.stream().filter(f -> f.input().startsWith("datacenter")).findFirst().orElse(null);
        assertEquals(null, dc, "a non-datacenter A100 is still a.1");
        // the 2022 rule: I/O 600 + 64 = 664; below 600 it is free
        Flip io = Frontier.flips(Regimes.byId("3a090-2022"), A100, Interpretation.defaults(), DAY).stream()
            .filter(f -> f.input().startsWith("I/O")).findFirst().get();
        assertEquals("lower I/O (GB/s) below 600 (−64): NOT_CONTROLLED", io.toString());
    }

    @Test
    void suggestionsAreTheClosestIds() {
        assertEquals(List.of("3a090-2022", "3a090-2023", "3a090-2024"), Regimes.closest("3a090-2032", Regimes.ids()));
        assertEquals(List.of(), Regimes.closest("zzzzzzzzzzzzzzzzzzzzzzzzzzzzzz", Regimes.ids()));
        assertEquals(List.of("foundry-2025"), Regimes.closest("FOUNDRY-2025", Regimes.ids()).subList(0, 1));
        assertEquals(3, Regimes.distance("kitten", "sitting"));
        assertEquals(3, Regimes.distance("", "abc"));
        assertEquals(0, Regimes.distance("abc", "abc"));
        assertEquals(1, Regimes.distance("abc", "abd"));
        assertEquals(7, Regimes.all().size());
        assertEquals("3a090-2023", Regimes.byId(" 3A090-2023 ").id());
    }

    @Test
    void changeDatesAndHistoryPeriods() {
        assertEquals(List.of(LocalDate.of(2025, 1, 13), LocalDate.of(2025, 5, 13)), Regimes.byId("ai-diffusion-2025").changeDates());
        assertEquals(List.of(LocalDate.of(2022, 10, 7), LocalDate.of(2023, 11, 17)), Regimes.byId("3a090-2022").changeDates());
        assertTrue(Regimes.changeDates().contains(LocalDate.of(2028, 1, 1)));
        HistoryPeriod first = Regimes.history(A800).get(0);
        assertEquals("2022-10-07 → 2023-11-16: 3a090-2022=NOT_CONTROLLED", first.toString());
        assertTrue(Regimes.history(A800).get(Regimes.history(A800).size() - 1).toExclusive().isEmpty());
        for (Regime r : Regimes.all()) {
            assertFalse(r.title().isBlank());
        }
    }

    static Part estimatedArea(String low, String high) {
        return Part.builder().id("est").vendor("V").name("estimated").datacenter(true)
            .addSources(Source.builder().id("e").title("die-shot estimate").grade(Grade.ESTIMATE).build())
            .addCompute(ComputeRate.dense(Precision.FP16, new BigDecimal("100.862")))
            .addDies(Die.builder().role(DieRole.LOGIC).areaMm2(new BigDecimal("272.6")).nonPlanar(true).source("e")
                .putRanges("areaMm2", Interval.of(new BigDecimal(low), new BigDecimal(high))).build())
            .build();
    }

    @Test
    void robustnessAcrossEstimateIntervals() {
        // PD exactly 5.92 at the point estimate; an area interval of 260–280 mm² straddles the line: TPP 1,613.792
        // on 280 mm² is PD 5.76, 3A090.b.2 (TPP >= 1,600, 3.2 <= PD < 5.92), so the estimate does not decide the
        // paragraph: INDETERMINATE, naming the interval and both outcomes (an estimate is not the fact)
        Determination open = Regimes.byId("3a090-2024").classify(estimatedArea("260", "280"), DAY);
        assertEquals(Outcome.INDETERMINATE, open.outcome());
        assertTrue(open.missing().contains("estimate: applicable die area (mm²) 260–280 — 3A090.a.2 at the point estimate, 3A090.b.2 at an end "
            + "of the interval; a measured or published figure settles it"), open.missing().toString());
        assertEquals(Optional.of(false), open.robust());
        assertTrue(open.warnings().stream().anyMatch(w -> w.startsWith("estimated inputs: PD") && w.contains("depends on where")), open.warnings().toString());
        // an interval entirely on the dense side of the line: 200–272.6 mm²
        Determination sure = Regimes.byId("3a090-2024").classify(estimatedArea("200", "272.6"), DAY);
        assertEquals(Outcome.ECCN_3A090_A_2, sure.outcome(), "the whole interval gives 3A090.a.2");
        assertEquals(Optional.of(true), sure.robust());
        assertTrue(sure.warnings().stream().anyMatch(w -> w.startsWith("estimated inputs: PD") && !w.contains("depends on")));
        assertEquals(Optional.empty(), Regimes.byId("3a090-2024").classify(H100, DAY).robust());
        ObjectNode j = Reports.tree(open);
        assertFalse(j.get("robust").asBoolean());
        assertTrue(j.get("performanceDensityEstimated").asBoolean());
        assertTrue(j.get("clauses").get(2).has("robust"));
    }

    static final PartResolver RESOLVER = id -> Map.of("l40", L40, "h20", H20, "hbm3e", HBM3E_STACK).entrySet().stream()
        .filter(e -> e.getKey().equals(id)).map(Map.Entry::getValue).findFirst();

    static Part system(String... contents) {
        var b = Part.builder().id("sys").vendor("V").name("a board").kind(PartKind.SYSTEM);
        for (String c : contents) {
            b.addContains(Component.of(c, 2));
        }
        return b.build();
    }

    @Test
    void systemsFollowTheirIcsAndNeverFollowParagraphC() {
        Regime r = Regimes.byId("3a090-2024");
        assertEquals(Outcome.ECCN_4A090_B, r.classify(system("l40", "h20"), Interpretation.defaults(), DAY, RESOLVER).outcome());
        assertEquals(Outcome.NOT_CONTROLLED, r.classify(system("h20"), Interpretation.defaults(), DAY, RESOLVER).outcome());
        Determination hbm = r.classify(system("hbm3e"), Interpretation.defaults(), DAY, RESOLVER);
        assertEquals(Outcome.NOT_CONTROLLED, hbm.outcome());
        assertTrue(hbm.conditions().stream().anyMatch(c -> c.contains("3A090.c parameters are not used")));
        Determination missing = r.classify(system("h20", "nope"), Interpretation.defaults(), DAY, RESOLVER);
        assertEquals(Outcome.INDETERMINATE, missing.outcome());
        assertTrue(missing.missing().get(0).contains("'nope' is not in the catalog"));
        Determination empty = r.classify(system(), Interpretation.defaults(), DAY, RESOLVER);
        assertEquals(Outcome.INDETERMINATE, empty.outcome());
        assertTrue(empty.missing().get(0).contains("lists no ICs"));
        assertTrue(empty.citations().stream().anyMatch(c -> c.contains("4A090")));
        assertEquals(List.of("2 × l40: 3A090.b.1", "2 × h20: NOT_CONTROLLED"),
            r.classify(system("l40", "h20"), Interpretation.defaults(), DAY, RESOLVER).conditions());
    }

    @Test
    void jsonNullsForUnknowns() {
        Part open = Part.builder().id("open").vendor("V").name("open")
            .addCompute(ComputeRate.dense(Precision.FP8, new BigDecimal("700"))).build(); // TPP 5600, dc unknown
        ObjectNode j = Reports.tree(Regimes.byId("3a090-2024").classify(open, DAY));
        assertEquals("3A090.a.1", j.get("outcome").asText());
        assertTrue(j.get("performanceDensity").isNull());
        assertTrue(j.get("performanceDensityExact").isNull());
        assertTrue(j.get("clauses").get(2).get("value").isNull());
        assertTrue(j.get("clauses").get(2).get("margin").isNull());
        assertTrue(j.get("robust").isNull());
        Part nothing = Part.builder().id("nothing").vendor("V").name("nothing").build();
        ObjectNode n = Reports.tree(Regimes.byId("3a090-2024").classify(nothing, DAY));
        assertEquals("INDETERMINATE", n.get("outcome").asText());
        assertTrue(n.get("tpp").isNull());
        assertTrue(n.get("missing").size() > 0);
        assertTrue(Reports.text(Regimes.byId("3a090-2024").classify(nothing, DAY)).contains("missing: "));
    }

    static final String DC_ONLY = "{\"id\": \"dc-only\", \"title\": \"t\", \"citation\": \"c\", \"url\": \"https://example.org\","
        + " \"effective\": \"2026-01-01\", \"datacenterOnly\": true,"
        + " \"rules\": [{\"all\": [{\"quantity\": \"TPP\", \"greaterThan\": 1000}]}]}";

    @Test
    void customRegimeEdges() {
        CustomRegime r = CustomRegime.parse(DC_ONLY, "r.json");
        assertEquals(Outcome.CONTROLLED, r.classify(L4, DAY).outcome());
        assertEquals(Outcome.NOT_CONTROLLED, r.classify(RTX_4090, DAY).outcome());
        Determination open = r.classify(Part.builder().from(L4).datacenter(Optional.empty()).build(), DAY);
        assertEquals(Outcome.INDETERMINATE, open.outcome());
        assertTrue(open.missing().stream().anyMatch(m -> m.startsWith("datacenter")));
        assertTrue(r.classify(L4, DAY).conditions().contains("matched rule 1"));
        assertEquals("https://example.org", r.instrument().url().get());
        assertEquals(Outcome.NOT_CONTROLLED, r.classify(Part.builder().from(L4).datacenter(Optional.empty())
            .compute(List.of(ComputeRate.dense(Precision.FP16, BigDecimal.ONE))).build(), DAY).outcome()); // TPP 16: no rule can hold
        String[][] bad = {
            {DC_ONLY.replace("\"greaterThan\": 1000", "\"greaterThan\": 1000, \"lessThan\": 5"), "$.rules[0].all[0].lessThan"},
            {DC_ONLY.replace("\"greaterThan\": 1000", "\"quantity2\": 1"), "$.rules[0].all[0].quantity2"},
            {DC_ONLY.replace("\"quantity\": \"TPP\", \"greaterThan\": 1000", "\"quantity\": \"TPP\""), "$.rules[0].all[0]"},
            {DC_ONLY.replace("1000", "-1"), "$.rules[0].all[0].greaterThan"},
            {DC_ONLY.replace("\"rules\": [{\"all\": [{\"quantity\": \"TPP\", \"greaterThan\": 1000}]}]", "\"rules\": []"), "$.rules"},
            {DC_ONLY.replace("\"all\": [{\"quantity\": \"TPP\", \"greaterThan\": 1000}]", "\"all\": []"), "$.rules[0].all"},
            {DC_ONLY.replace("2026-01-01", "Jan 2026"), "$.effective"},
            {DC_ONLY.replace("dc-only", "3a090-2023"), "$.id"},
            {DC_ONLY.replace("dc-only", "DC Only"), "$.id"},
            {DC_ONLY.replace("true,", "\"yes\","), "$.datacenterOnly"},
            {DC_ONLY.replace("\"title\": \"t\"", "\"title\": \"\""), "$.title"},
            {DC_ONLY.replace("\"title\": \"t\", ", ""), "$.title"},
            {"[]", "$"},
            {"{", "$"}};
        for (String[] b : bad) {
            DocumentFormatException e = assertThrows(DocumentFormatException.class, () -> CustomRegime.parse(b[0], "r.json"), b[1]);
            assertEquals(b[1], e.path(), e.getMessage());
            assertTrue(e.getMessage().startsWith("r.json: "));
        }
    }

    @Test
    void quotaLinesNeedAPositiveQuantity() {
        assertThrows(IllegalArgumentException.class, () -> new Quota.Line(H100, 0));
        assertEquals(3, new Quota.Line(H100, 3).quantity());
        assertEquals(3, Quota.caps().size());
    }
}
