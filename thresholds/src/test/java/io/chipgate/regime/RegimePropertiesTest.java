package io.chipgate.regime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.chipgate.metrics.Exact;
import io.chipgate.metrics.Figure;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

class RegimePropertiesTest {
    static final LocalDate DAY = LocalDate.of(2026, 11, 29);
    static final Regime R2023 = Regimes.byId("3a090-2023");

    static QuickTheory qt() {
        return QuickTheory.qt().withFixedSeed(Long.getLong("QT_SEED", 20221007L)).withExamples(500);
    }

    /** TPP from 0.001 to 20000 and areas from 0.1 to 3000 mm², with 3 and 1 decimals. */
    static Gen<BigDecimal> tpps() {
        return SourceDSL.integers().between(1, 20_000_000).map(i -> BigDecimal.valueOf(i, 3));
    }

    static Gen<BigDecimal> areas() {
        return SourceDSL.integers().between(1, 30_000).map(i -> BigDecimal.valueOf(i, 1));
    }

    static int rank(Outcome o) {
        return o.isParagraphA() ? 2 : o.isParagraphB() ? 1 : 0;
    }

    @Test
    void moreTppOrLessAreaIsNeverLessControlled() {
        qt().forAll(tpps(), areas(), SourceDSL.integers().between(1, 5_000_000), SourceDSL.booleans().all())
            .checkAssert((tpp, area, bumpMilli, dc) -> {
                BigDecimal bump = BigDecimal.valueOf(bumpMilli, 3);
                int base = rank(R2023.outcome(Inputs.hypothetical(tpp, area, Optional.of(dc)), DAY));
                int moreTpp = rank(R2023.outcome(Inputs.hypothetical(tpp.add(bump), area, Optional.of(dc)), DAY));
                assertTrue(moreTpp >= base, () -> tpp + "+" + bump + " on " + area);
                BigDecimal smaller = area.subtract(bump).max(new BigDecimal("0.1"));
                int denser = rank(R2023.outcome(Inputs.hypothetical(tpp, smaller, Optional.of(dc)), DAY));
                assertTrue(denser >= base, () -> tpp + " on " + area + " → " + smaller);
            });
    }

    @Test
    void paragraphAExcludesParagraphB() {
        qt().forAll(tpps(), areas()).checkAssert((tpp, area) -> {
            Determination d = R2023.classify(Inputs.hypothetical(tpp, area, Optional.of(true)).part(), DAY);
            Outcome o = R2023.outcome(Inputs.hypothetical(tpp, area, Optional.of(true)), DAY);
            if (o.isParagraphB()) {
                Exact pd = Exact.of(tpp).divide(Exact.of(area));
                assertTrue(tpp.compareTo(new BigDecimal("4800")) < 0);
                assertTrue(pd.compareTo(new BigDecimal("5.92")) < 0);
            }
            assertNotEquals(null, d);
        });
    }

    @Test
    void theDatacenterNoteFreesEveryNonDatacenterPartBelow4800() {
        qt().forAll(tpps(), areas()).checkAssert((tpp, area) -> {
            Outcome o = R2023.outcome(Inputs.hypothetical(tpp, area, Optional.of(false)), DAY);
            if (tpp.compareTo(new BigDecimal("4800")) < 0) {
                assertEquals(Outcome.NOT_CONTROLLED, o);
            } else {
                assertEquals(Outcome.ECCN_3A090_A_1, o);
            }
        });
    }

    /**
     * Hiding inputs never changes a definite answer, and never turns an answer into NOT_CONTROLLED: a definite
     * outcome with missing inputs equals the outcome with full knowledge.
     */
    @Test
    void unknownsNeverGiveAWrongDefiniteAnswer() {
        qt().forAll(tpps(), areas(), SourceDSL.integers().between(0, 7), SourceDSL.booleans().all())
            .checkAssert((tpp, area, hide, dc) -> {
                Inputs full = Inputs.hypothetical(tpp, area, Optional.of(dc));
                Inputs partial = full;
                if ((hide & 1) == 1) {
                    partial = partial.withDatacenter(Optional.empty());
                }
                if ((hide & 2) == 2) {
                    partial = withUnknownArea(partial);
                }
                if ((hide & 4) == 4) {
                    partial = withTppBounds(partial, tpp);
                }
                for (Regime r : Regimes.all()) {
                    Outcome known = r.outcome(full, DAY);
                    Outcome open = r.outcome(partial, DAY);
                    if (open == Outcome.ECCN_3A090_A || open == Outcome.ECCN_3A090_B) {
                        // the paragraph is certain, the subparagraph open
                        assertTrue(open == Outcome.ECCN_3A090_A ? known.isParagraphA() : known.isParagraphB(),
                            () -> r.id() + ": " + open + " but " + known);
                    } else if (open != Outcome.INDETERMINATE) {
                        assertEquals(known, open, () -> r.id() + " hide=" + hide + " tpp=" + tpp + " area=" + area);
                    }
                }
            });
    }

    private static Inputs withUnknownArea(Inputs in) {
        return in.withFigures(in.tpp(), Figure.unknown("dies[0].areaMm2"));
    }

    private static Inputs withTppBounds(Inputs in, BigDecimal tpp) {
        // known only to lie in [tpp/2, 2 tpp], e.g. a sparse-only rate
        return in.withFigures(Figure.bounded(Exact.of(tpp.divide(BigDecimal.valueOf(2))),
            Exact.of(tpp.multiply(BigDecimal.valueOf(2))), java.util.List.of("compute[FP8].denseTops")), in.applicableDieAreaMm2());
    }
}
