package io.chipgate.regime;

import io.chipgate.model.PartResolver;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;

import io.chipgate.metrics.Exact;
import io.chipgate.metrics.Figure;
import io.chipgate.metrics.Interpretation;
import io.chipgate.model.ComputeRate;
import io.chipgate.model.Declaration;
import io.chipgate.model.Die;
import io.chipgate.model.DieRole;
import io.chipgate.model.Part;
import io.chipgate.model.Precision;
import io.chipgate.testing.Chips;
import io.chipgate.testing.Qt;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;
import org.quicktheories.core.Gen;

/**
 * The fast paths give the answers of the exact, explaining path: {@link Regime#outcome} (an evaluation that
 * records nothing, comparisons on scaled longs) equals the outcome of {@link Regime#explain}; every clause's
 * result equals the {@link BigDecimal} comparison of its input with its line; and the sensitivity report, which
 * evaluates only the alternative interpretations whose figures differ, equals evaluating every alternative.
 */
class FastPathPropertiesTest {
    static final LocalDate DAY = LocalDate.of(2026, 11, 29);
    static final List<LocalDate> DATES = List.of(LocalDate.of(2022, 12, 1), LocalDate.of(2023, 6, 1),
        LocalDate.of(2024, 6, 1), LocalDate.of(2025, 6, 1), LocalDate.of(2026, 11, 29), LocalDate.of(2027, 3, 1),
        LocalDate.of(2028, 6, 1), LocalDate.of(2029, 6, 1));

    static QuickTheory qt() {
        return Qt.qt().withExamples(1000);  // QuickTheories' default count, with the build's seed
    }

    /** Every line a built-in regime draws, with the custom regimes' quantities too. */
    static List<Threshold> lines() {
        List<Threshold> all = new ArrayList<>();
        for (Regime r : Regimes.all()) {
            all.addAll(r.frontierLines());
        }
        return all;
    }

    /** A value at a line, just under or just over it (by 10^-k, k from 0 to 25), or far from it. */
    static Gen<BigDecimal> nearLines() {
        List<Threshold> lines = lines();
        return integers().between(0, lines.size() - 1).zip(integers().between(-2, 2), integers().between(0, 25),
            (i, side, k) -> {
                BigDecimal line = lines.get(i).line();
                if (side == 2) {
                    return line.multiply(BigDecimal.TEN.pow(k % 10));
                }
                if (side == -2) {
                    return line.divide(BigDecimal.TEN.pow(k % 10));
                }
                return line.add(BigDecimal.valueOf(side, k)).max(BigDecimal.ZERO);
            });
    }

    static Gen<BigDecimal> areas() {
        return integers().between(1, 30_000).zip(integers().between(0, 6), (u, s) -> BigDecimal.valueOf(u, s % 3))
            .mix(nearLines().map(l -> l.max(new BigDecimal("0.01"))), 20);
    }

    /** Hypothetical accelerators: known TPP, or TPP only bounded, or area unknown, or an estimate interval. */
    static Gen<Inputs> inputs() {
        return integers().between(0, 4).zip(nearLines(), areas(), integers().between(0, 2), (kind, tpp, area, dc) -> {
            Optional<Boolean> designation = dc == 0 ? Optional.empty() : Optional.of(dc == 1);
            BigDecimal t = tpp.signum() == 0 ? new BigDecimal("0.001") : tpp;
            Inputs in = Hypo.inputs(t, area, designation);
            switch (kind) {
                case 1:
                    return in.withFigures(Figure.bounded(Exact.of(t.divide(BigDecimal.valueOf(2))), Exact.of(t),
                        List.of("compute[FP8].denseTops")), in.applicableDieAreaMm2());
                case 2:
                    return in.withFigures(in.tpp(), Figure.unknown("dies[0].areaMm2"));
                case 3:
                    return in.withFigures(Figure.known(Exact.of(t)).withEstimateInterval(Exact.of(t.multiply(new BigDecimal("0.9"))),
                        Exact.of(t.multiply(new BigDecimal("1.1")))), in.applicableDieAreaMm2());
                case 4:
                    return in.withFigures(Figure.bounded(Exact.of(t), null, List.of("compute")), in.applicableDieAreaMm2());
                default:
                    return in;
            }
        });
    }

    @Test
    void theOutcomeAloneIsTheExplainedOutcome() {
        List<Regime> regimes = new ArrayList<>(Regimes.all());
        qt().withExamples(3_000).forAll(inputs(), integers().between(0, DATES.size() - 1)).checkAssert((in, day) -> {
            for (Regime r : regimes) {
                LocalDate date = DATES.get(day);
                assertEquals(r.explain(in, date).outcome(), r.outcome(in, date),
                    () -> r.id() + " on " + date + ": tpp " + in.tpp() + ", pd " + in.performanceDensity());
            }
        });
    }

    @Test
    void everyClauseIsTheDecimalComparisonOfItsInputWithItsLine() {
        qt().withExamples(3_000).forAll(inputs(), booleans().all()).checkAssert((in, late) -> {
            LocalDate date = late ? DATES.get(6) : DATES.get(2);
            for (Regime r : Regimes.all()) {
                for (Clause c : r.explain(in, date).clauses()) {
                    Threshold t = c.threshold();
                    assertEquals(t.comparison().test(c.input(), t.line()), c.result(),
                        () -> t.label() + " on " + c.input());
                }
            }
        });
    }

    /** The sensitivity as computed before the cache: every alternative evaluated with its full explanation. */
    static Map<String, Outcome> sensitivityEvaluatingEveryAlternative(Regime r, Part part, Interpretation interpretation,
                                                                       LocalDate date) {
        Outcome base = r.explain(Inputs.of(part, interpretation), date).outcome();
        Map<String, Outcome> m = new LinkedHashMap<>();
        interpretation.alternatives().forEach((key, alt) -> {
            Outcome o = r.explain(Inputs.of(part, alt), date).outcome();
            if (o != base) {
                m.put(key, o);
            }
        });
        return m;
    }

    @Test
    void sensitivityEqualsEvaluatingEveryAlternative() {
        List<Part> parts = new ArrayList<>(List.of(Chips.A100, Chips.A800, Chips.H100, Chips.H800, Chips.H20, Chips.H200,
            Chips.RTX_4090, Chips.RTX_4090_D, Chips.L4, Chips.L40, Chips.B200, Chips.HBM3E_STACK,
            IoDiesInterpretationTest.CHIPLETS));
        parts.addAll(sensitiveParts());
        int differing = 0;
        for (Part p : parts) {
            for (Interpretation i : interpretations()) {
                for (Regime r : Regimes.all()) {
                    for (LocalDate date : DATES) {
                        Map<String, Outcome> expected = sensitivityEvaluatingEveryAlternative(r, p, i, date);
                        Determination d = r.classify(p, i, date, PartResolver.none());
                        assertEquals(expected, d.sensitivity(), () -> p.id() + " " + r.id() + " " + date + " " + i);
                        assertEquals(new ArrayList<>(expected.keySet()), new ArrayList<>(d.sensitivity().keySet()));
                        differing += expected.isEmpty() ? 0 : 1;
                    }
                }
            }
        }
        assertFalse(differing == 0, "no part is sensitive to an interpretation: the test checks nothing");
    }

    /** Parts whose figures each option of the interpretation changes. */
    static List<Part> sensitiveParts() {
        Die logic400 = Die.builder().role(DieRole.LOGIC).areaMm2(new BigDecimal("400")).nonPlanar(true).build();
        // TF32 only: 160 × 32 = 5120 (3A090.a.1) or 160 × 19 = 3040 on 400 mm² (PD 7.6, 3A090.a.2)
        Part tf32 = Part.builder().id("tf32-only").vendor("-").name("tf32-only").datacenter(true)
            .addCompute(ComputeRate.dense(Precision.TF32, new BigDecimal("160"))).addDies(logic400).build();
        // sparse only: unknown dense rate (≤ 8000) or half of it, 4000 (PD 10, 3A090.a.2)
        Part sparse = Part.builder().id("sparse-only").vendor("-").name("sparse-only").datacenter(true)
            .addCompute(ComputeRate.builder().precision(Precision.FP8).sparseTops(new BigDecimal("1000")).build())
            .addDies(logic400).build();
        // declared 5000 over a computed 4000
        Part declared = Part.builder().id("declared").vendor("-").name("declared").datacenter(true)
            .addCompute(ComputeRate.dense(Precision.FP8, new BigDecimal("500"))).addDies(logic400)
            .declared(Declaration.builder().tpp(new BigDecimal("5000")).build()).build();
        // planar logic only: density undefined, or read as 0
        Part planar = Part.builder().id("planar").vendor("-").name("planar").datacenter(true)
            .addCompute(ComputeRate.dense(Precision.FP8, new BigDecimal("250")))
            .addDies(Die.builder().role(DieRole.LOGIC).areaMm2(new BigDecimal("400")).nonPlanar(false).build()).build();
        return List.of(tf32, sparse, declared, planar);
    }

    static List<Interpretation> interpretations() {
        List<Interpretation> all = new ArrayList<>();
        all.add(Interpretation.defaults());
        all.addAll(Interpretation.defaults().alternatives().values());
        return all;
    }

    @Test
    void metricsAreComputedOncePerPartAndInterpretation() {
        Part p = Chips.H100;
        PreparedInputs first = PreparedInputs.of(p, Interpretation.defaults());
        assertSame(first, PreparedInputs.of(p, Interpretation.defaults()));
        assertSame(first, PreparedInputs.of(p, Interpretation.defaults().withTf32Bits(19).withTf32Bits(32)));
        // an equal but distinct part is another key: identity, not equality
        Part copy = Part.builder().from(p).build();
        assertFalse(first == PreparedInputs.of(copy, Interpretation.defaults()));
        // the determinations from the cache are those computed afresh
        for (Regime r : Regimes.all()) {
            Determination cached = r.classify(p, DAY);
            Determination fresh = r.classify(Part.builder().from(p).build(), DAY);
            assertEquals(Reports.text(fresh), Reports.text(cached));
            assertEquals(Reports.json(fresh).toString(), Reports.json(cached).toString());
        }
    }

    @Test
    void theCacheStaysBoundedAndCorrectUnderChurn() {
        // many more distinct parts than slots: every answer still that of the part asked
        // (hypothetical parts carry no datacenter designation: below 4800 the datacenter note leaves them open)
        Regime r = Regimes.byId("3a090-2023");
        for (int i = 0; i < PreparedInputs.SLOTS * 2; i++) {
            BigDecimal tpp = BigDecimal.valueOf(4790 + i % 20);
            Part p = Hypo.inputs(tpp, new BigDecimal("800"), Optional.of(true)).part();
            Outcome o = r.classify(p, DAY).outcome();
            assertEquals(tpp.compareTo(new BigDecimal("4800")) >= 0 ? Outcome.ECCN_3A090_A_1 : Outcome.INDETERMINATE, o,
                tpp::toPlainString);
            assertEquals(r.explain(Inputs.of(p, Interpretation.defaults()), DAY).outcome(), o);
        }
    }
}
