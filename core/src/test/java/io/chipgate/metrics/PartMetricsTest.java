package io.chipgate.metrics;

import static io.chipgate.testing.Qt.positiveDecimals;
import static io.chipgate.testing.Qt.qt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.chipgate.model.ComputeRate;
import io.chipgate.model.Declaration;
import io.chipgate.model.Die;
import io.chipgate.model.DieRole;
import io.chipgate.model.Grade;
import io.chipgate.model.Interval;
import io.chipgate.model.Part;
import io.chipgate.model.Precision;
import io.chipgate.model.Source;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

class PartMetricsTest {
    static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    static Die logic(String area) {
        return Die.builder().role(DieRole.LOGIC).areaMm2(d(area)).nonPlanar(true).build();
    }

    static Part part(List<ComputeRate> compute, Die... dies) {
        return Part.builder().id("x").vendor("V").name("X").addDies(dies).addAllCompute(compute).build();
    }

    @Test
    void h100SxmFromItsFp8Rate() {
        Part h100 = part(List.of(ComputeRate.dense(Precision.FP16, d("989.4")),
            ComputeRate.dense(Precision.FP8, d("1978.9")), ComputeRate.dense(Precision.INT8, d("1978.9"))), logic("814"));
        PartMetrics m = PartMetrics.of(h100);
        assertEquals("15831.2", m.tpp().value().get().toString());
        assertEquals(d("19.45"), m.performanceDensity().value().get().round(2));
        assertTrue(m.tppBasis().startsWith("FP8 1978.9"), m.tppBasis());
    }

    @Test
    void a100FromItsFp16Rate() {
        Part a100 = part(List.of(ComputeRate.dense(Precision.FP16, d("312")), ComputeRate.dense(Precision.INT8, d("624"))),
            logic("826"));
        PartMetrics m = PartMetrics.of(a100);
        assertEquals("4992", m.tpp().value().get().toString());
        assertEquals(d("6.04"), m.performanceDensity().value().get().round(2));
    }

    @Test
    void densityExactlyAtTheLine() {
        PartMetrics m = PartMetrics.of(part(List.of(ComputeRate.dense(Precision.FP16, d("100.862"))), logic("272.6")));
        assertEquals("1613.792", m.tpp().value().get().toString());
        assertEquals("5.92", m.performanceDensity().value().get().toString());
        assertEquals(Tri.TRUE, m.performanceDensity().atLeast(d("5.92")));
    }

    @Test
    void tf32BitLengthIsAnInterpretation() {
        // Trainium2-like: TF32 at the BF16 rate
        Part p = part(List.of(ComputeRate.dense(Precision.BF16, d("667")), ComputeRate.dense(Precision.TF32, d("667"))), logic("500"));
        assertEquals("21344", PartMetrics.of(p).tpp().value().get().toString());
        // 667 × 19 = 12673 still beats BF16 667 × 16 = 10672
        assertEquals("12673", PartMetrics.of(p, Interpretation.defaults().withTf32Bits(19)).tpp().value().get().toString());
    }

    @Test
    void sparseOnlyRateLeavesTppOpenUnlessHalved() {
        Part p = part(List.of(ComputeRate.builder().precision(Precision.FP8).sparseTops(d("724")).build()), logic("608.5"));
        Figure open = PartMetrics.of(p).tpp();
        assertFalse(open.isKnown());
        assertEquals(Tri.UNKNOWN, open.atLeast(d("1600")));
        assertEquals(Tri.FALSE, open.atLeast(d("5793")), "dense ≤ sparse bounds TPP at 724 × 8 = 5792");
        assertTrue(open.missing().get(0).contains("FP8"));
        Figure halved = PartMetrics.of(p, Interpretation.defaults().withSparseOnly(Interpretation.SparseOnly.HALVE)).tpp();
        assertEquals("2896", halved.value().get().toString());
        assertTrue(halved.estimated());
    }

    @Test
    void aKnownPrecisionCanDecideTppWhenAnotherIsSparseOnly() {
        Part p = part(List.of(ComputeRate.dense(Precision.FP16, d("989.4")),
            ComputeRate.builder().precision(Precision.FP4).sparseTops(d("100")).build()), logic("814"));
        assertEquals("15830.4", PartMetrics.of(p).tpp().value().get().toString());
    }

    @Test
    void missingInputsStayUnknown() {
        Part noDies = part(List.of(ComputeRate.dense(Precision.FP16, d("312"))));
        PartMetrics m = PartMetrics.of(noDies);
        assertFalse(m.applicableDieAreaMm2().isKnown());
        assertFalse(m.performanceDensity().isKnown());
        assertEquals(Tri.UNKNOWN, m.performanceDensity().atLeast(d("1.6")));
        assertFalse(m.ioBidirectionalGBs().isKnown());
        Part nothing = part(List.of());
        assertFalse(PartMetrics.of(nothing).tpp().isKnown());
        assertEquals(Tri.UNKNOWN, PartMetrics.of(nothing).tpp().atLeast(d("1")));
    }

    @Test
    void unknownArchitectureBoundsTheArea() {
        Part p = part(List.of(ComputeRate.dense(Precision.FP16, d("100"))),
            logic("400"), Die.builder().role(DieRole.IO).areaMm2(d("100")).build());
        Figure area = PartMetrics.of(p).applicableDieAreaMm2();
        assertFalse(area.isKnown());
        assertEquals("400", area.lower().toString());
        assertEquals("500", area.upper().get().toString());
        // PD between 1600/500 = 3.2 and 1600/400 = 4
        assertEquals(Tri.TRUE, PartMetrics.of(p).performanceDensity().atLeast(d("3.2")));
        assertEquals(Tri.UNKNOWN, PartMetrics.of(p).performanceDensity().atLeast(d("3.5")));
    }

    @Test
    void planarAndMemoryDiesAreNotApplicableArea() {
        Part p = part(List.of(ComputeRate.dense(Precision.FP16, d("100"))), logic("400"),
            Die.builder().role(DieRole.LOGIC).areaMm2(d("300")).nonPlanar(false).build(),
            Die.builder().role(DieRole.MEMORY).areaMm2(d("110")).nonPlanar(true).count(4).build(),
            Die.builder().role(DieRole.IO).areaMm2(d("50")).nonPlanar(true).count(2).build());
        assertEquals("500", PartMetrics.of(p).applicableDieAreaMm2().value().get().toString());
    }

    @Test
    void noNonPlanarLogicLeavesDensityUndefinedByDefault() {
        Part p = part(List.of(ComputeRate.dense(Precision.FP16, d("150"))),
            Die.builder().role(DieRole.LOGIC).areaMm2(d("300")).nonPlanar(false).build());
        PartMetrics m = PartMetrics.of(p);
        assertTrue(m.densityUndefined());
        assertEquals(Tri.UNKNOWN, m.performanceDensity().atLeast(d("1.6")));
        PartMetrics zero = PartMetrics.of(p, Interpretation.defaults().withNoNonPlanarArea(Interpretation.NoNonPlanarArea.ZERO));
        assertEquals(Tri.FALSE, zero.performanceDensity().atLeast(d("1.6")));
    }

    @Test
    void declaredTppCombinesPerInterpretation() {
        Part p = Part.builder().from(part(List.of(ComputeRate.dense(Precision.FP8, d("1978.9"))), logic("814")))
            .declared(Declaration.builder().tpp(d("15832")).build()).build();
        assertEquals("15832", PartMetrics.of(p).tpp().value().get().toString());
        assertEquals("15831.2", PartMetrics.of(p, Interpretation.defaults().withTppBasis(Interpretation.TppBasis.COMPUTED))
            .tpp().value().get().toString());
        assertFalse(PartMetrics.of(p).notes().isEmpty());
    }

    @Test
    void estimatedAreaCarriesItsInterval() {
        Part p = Part.builder().id("b").vendor("V").name("B")
            .addSources(Source.builder().id("e").title("estimate").grade(Grade.ESTIMATE).build())
            .addCompute(ComputeRate.dense(Precision.FP8, d("4500")))
            .addDies(Die.builder().role(DieRole.LOGIC).count(2).areaMm2(d("800")).nonPlanar(true).source("e")
                .putRanges("areaMm2", Interval.of(d("750"), d("850"))).build())
            .build();
        Figure pd = PartMetrics.of(p).performanceDensity();
        assertTrue(pd.estimated());
        assertEquals("22.5", pd.value().get().toString());
        assertTrue(pd.robustAt(d("5.92"), false));
        assertFalse(pd.robustAt(d("22.5"), false));
    }

    // ------------------------------------------------------------------------------------------ properties

    @Test
    void tppIsMonotoneInEveryRate() {
        qt().forAll(SourceDSL.lists().of(positiveDecimals(50_000_000)).ofSizeBetween(1, 6),
                SourceDSL.integers().between(0, 5), positiveDecimals(1_000_000))
            .checkAssert((rates, which, bump) -> {
                List<Precision> ps = List.of(Precision.FP64, Precision.FP16, Precision.FP8, Precision.INT8, Precision.FP4, Precision.TF32);
                List<ComputeRate> base = new ArrayList<>();
                List<ComputeRate> more = new ArrayList<>();
                for (int i = 0; i < rates.size(); i++) {
                    base.add(ComputeRate.dense(ps.get(i), rates.get(i)));
                    more.add(ComputeRate.dense(ps.get(i), i == which % rates.size() ? rates.get(i).add(bump) : rates.get(i)));
                }
                Exact before = PartMetrics.of(part(base, logic("100"))).tpp().value().get();
                Exact after = PartMetrics.of(part(more, logic("100"))).tpp().value().get();
                assertTrue(after.compareTo(before) >= 0);
            });
    }

    @Test
    void tppIsIndependentOfEntryOrderAndOfSparseRates() {
        qt().forAll(SourceDSL.lists().of(positiveDecimals(50_000_000)).ofSizeBetween(1, 5), SourceDSL.longs().all())
            .checkAssert((rates, seed) -> {
                List<Precision> ps = List.of(Precision.FP16, Precision.FP8, Precision.INT8, Precision.FP4, Precision.FP64);
                List<ComputeRate> dense = new ArrayList<>();
                List<ComputeRate> withSparse = new ArrayList<>();
                for (int i = 0; i < rates.size(); i++) {
                    dense.add(ComputeRate.dense(ps.get(i), rates.get(i)));
                    withSparse.add(ComputeRate.builder().precision(ps.get(i)).denseTops(rates.get(i))
                        .sparseTops(rates.get(i).multiply(BigDecimal.valueOf(2))).build());
                }
                List<ComputeRate> shuffled = new ArrayList<>(withSparse);
                Collections.shuffle(shuffled, new java.util.Random(seed));
                Exact a = PartMetrics.of(part(dense, logic("100"))).tpp().value().get();
                assertEquals(a, PartMetrics.of(part(shuffled, logic("100"))).tpp().value().get());
            });
    }

    @Test
    void densityScalesInverselyWithArea() {
        qt().forAll(positiveDecimals(10_000_000), positiveDecimals(1_000_000), SourceDSL.integers().between(2, 9))
            .checkAssert((rate, area, k) -> {
                List<ComputeRate> c = List.of(ComputeRate.dense(Precision.FP16, rate));
                Exact pd = PartMetrics.of(part(c, logic(area.toPlainString()))).performanceDensity().value().get();
                Exact pdK = PartMetrics.of(part(c, logic(area.multiply(BigDecimal.valueOf(k)).toPlainString())))
                    .performanceDensity().value().get();
                assertEquals(pd, pdK.multiply(BigDecimal.valueOf(k)));
            });
    }
}
