package io.chipgate.regime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.chipgate.metrics.Exact;
import io.chipgate.metrics.Figure;
import io.chipgate.model.Part;
import io.chipgate.testing.Chips;
import io.chipgate.testing.Qt;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

class RegimePropertiesTest {
    static final LocalDate DAY = LocalDate.of(2026, 11, 29);
    static final Regime R2023 = Regimes.byId("3a090-2023");

    static QuickTheory qt() {
        return Qt.qt().withExamples(500);
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
                int base = rank(R2023.outcome(Hypo.inputs(tpp, area, Optional.of(dc)), DAY));
                int moreTpp = rank(R2023.outcome(Hypo.inputs(tpp.add(bump), area, Optional.of(dc)), DAY));
                assertTrue(moreTpp >= base, () -> tpp + "+" + bump + " on " + area);
                BigDecimal smaller = area.subtract(bump).max(new BigDecimal("0.1"));
                int denser = rank(R2023.outcome(Hypo.inputs(tpp, smaller, Optional.of(dc)), DAY));
                assertTrue(denser >= base, () -> tpp + " on " + area + " → " + smaller);
            });
    }

    /**
     * For a datacenter part under the 2023 text, the outcome's paragraph is the one the rule's words give, restated
     * here independently of the implementation (88 FR 73458, 3A090.a and .b): paragraph A is a.1 (TPP ≥ 4800) or a.2
     * (TPP ≥ 1600 and PD ≥ 5.92); paragraph B, only when A does not hold, is b.1 (2400 ≤ TPP &lt; 4800 and
     * 1.6 ≤ PD &lt; 5.92) or b.2 (TPP ≥ 1600 and 3.2 ≤ PD &lt; 5.92). The full determination agrees with the outcome.
     */
    @Test
    void paragraphAExcludesParagraphB() {
        AtomicInteger seenA = new AtomicInteger();
        AtomicInteger seenB = new AtomicInteger();
        AtomicInteger seenNeither = new AtomicInteger();
        qt().forAll(tpps(), areas()).checkAssert((tpp, area) -> {
            Inputs in = Hypo.inputs(tpp, area, Optional.of(true));
            Outcome o = R2023.outcome(in, DAY);
            Exact pd = Exact.of(tpp).divide(Exact.of(area));
            boolean tppAtLeast1600 = tpp.compareTo(new BigDecimal("1600")) >= 0;
            boolean a1 = tpp.compareTo(new BigDecimal("4800")) >= 0;
            boolean a2 = tppAtLeast1600 && pd.compareTo(new BigDecimal("5.92")) >= 0;
            boolean b1 = tpp.compareTo(new BigDecimal("2400")) >= 0 && tpp.compareTo(new BigDecimal("4800")) < 0
                && pd.compareTo(new BigDecimal("1.6")) >= 0 && pd.compareTo(new BigDecimal("5.92")) < 0;
            boolean b2 = tppAtLeast1600 && pd.compareTo(new BigDecimal("3.2")) >= 0 && pd.compareTo(new BigDecimal("5.92")) < 0;
            boolean paragraphA = a1 || a2;
            boolean paragraphB = !paragraphA && (b1 || b2);
            assertEquals(paragraphA, o.isParagraphA(), () -> "paragraph A for TPP " + tpp + " on " + area + ": " + o);
            assertEquals(paragraphB, o.isParagraphB(), () -> "paragraph B for TPP " + tpp + " on " + area + ": " + o);
            assertEquals(!paragraphA && !paragraphB, o == Outcome.NOT_CONTROLLED, () -> tpp + " on " + area + ": " + o);
            // the same facts as a part (Inputs.hypothetical's part carries no designation: the override lives in the inputs)
            Part part = Chips.hypothetical(tpp, area, true, null, null);
            assertEquals(o, R2023.classify(part, DAY).outcome(), () -> "explained and fast paths, TPP " + tpp + " on " + area);
            (paragraphA ? seenA : paragraphB ? seenB : seenNeither).incrementAndGet();
        });
        // the generators reach all three answers: the property was not checked on one side of the lines only
        assertTrue(seenA.get() > 10 && seenB.get() > 10 && seenNeither.get() > 10,
            () -> "A " + seenA + ", B " + seenB + ", neither " + seenNeither);
    }

    @Test
    void theDatacenterNoteFreesEveryNonDatacenterPartBelow4800() {
        qt().forAll(tpps(), areas()).checkAssert((tpp, area) -> {
            Outcome o = R2023.outcome(Hypo.inputs(tpp, area, Optional.of(false)), DAY);
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
        AtomicInteger definiteDespiteUnknowns = new AtomicInteger();
        qt().forAll(tpps(), areas(), SourceDSL.integers().between(0, 7), SourceDSL.booleans().all())
            .checkAssert((tpp, area, hide, dc) -> {
                Inputs full = Hypo.inputs(tpp, area, Optional.of(dc));
                Inputs partial = full;
                if ((hide & 1) == 1) {
                    partial = partial.withDatacenter(io.chipgate.model.Designation.of(Optional.empty()));
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
                        if (hide != 0) {
                            definiteDespiteUnknowns.incrementAndGet();
                        }
                    }
                }
            });
        // hidden inputs that still leave a definite answer (TPP ≥ 4800 needs no area): the check above ran on them
        assertTrue(definiteDespiteUnknowns.get() > 100, () -> "definite answers with hidden inputs: " + definiteDespiteUnknowns);
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
