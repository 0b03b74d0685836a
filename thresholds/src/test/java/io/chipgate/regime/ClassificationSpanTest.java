package io.chipgate.regime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.chipgate.metrics.Interpretation;
import io.chipgate.model.Part;
import io.chipgate.model.PartResolver;
import io.chipgate.testing.Chips;
import io.chipgate.testing.Qt;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

/**
 * {@link Regime#classificationSpan} and {@link Regime#redated}: a determination moved to another day of its span is the
 * one {@link Regime#classify} gives on that day (licence decisions classify once per span and move the result).
 */
class ClassificationSpanTest {
    static final PartResolver RESOLVER = Chips::find;
    static final LocalDate FIRST = LocalDate.of(2022, 1, 1);
    static final int DAYS = (int) (LocalDate.of(2028, 12, 31).toEpochDay() - FIRST.toEpochDay());

    /** The regimes that name spans, and the parts of the test chips (ICs, memory and a system). */
    static final List<Regime> SPANNED = Regimes.all().stream().filter(r -> r.classificationSpan(FIRST).isPresent()).toList();
    static final List<Part> PARTS = new ArrayList<>(Chips.ALL.values());

    @Test
    void theRegimesThatNameSpansAreThoseWhoseTextReadsNoDayBeyondTheirStatus() {
        // the foundry rule names the transaction year in its conditions: every day may differ
        assertEquals(java.util.Set.of("3a090-2022", "3a090-2023", "3a090-2024", "ai-diffusion-2025", "h20-informed-2025", "china-review-2026"),
            SPANNED.stream().map(Regime::id).collect(java.util.stream.Collectors.toSet()));
        assertEquals(Optional.empty(), Regimes.byId("foundry-2025").classificationSpan(LocalDate.of(2027, 6, 1)));
    }

    /** Edge table: the first day of each span, by hand from the regimes' dates. */
    @Test
    void spansStartOnTheDaysTheStatusOrTheTextChanges() {
        Regime r2022 = Regimes.byId("3a090-2022");
        assertEquals(Optional.of(LocalDate.MIN), r2022.classificationSpan(LocalDate.of(2022, 10, 6)));
        assertEquals(Optional.of(LocalDate.of(2022, 10, 7)), r2022.classificationSpan(LocalDate.of(2022, 10, 7)));
        assertEquals(Optional.of(LocalDate.of(2022, 10, 7)), r2022.classificationSpan(LocalDate.of(2023, 1, 16)));
        // Macau joins the destinations the 2022 rule's conditions name (88 FR 2821)
        assertEquals(Optional.of(LocalDate.of(2023, 1, 17)), r2022.classificationSpan(LocalDate.of(2023, 1, 17)));
        assertEquals(Optional.of(LocalDate.of(2023, 11, 17)), r2022.classificationSpan(LocalDate.of(2026, 1, 1)));
        Regime diffusion = Regimes.byId("ai-diffusion-2025");
        assertEquals(Optional.of(LocalDate.of(2025, 1, 13)), diffusion.classificationSpan(LocalDate.of(2025, 5, 12)));
        assertEquals(Optional.of(LocalDate.of(2025, 5, 13)), diffusion.classificationSpan(LocalDate.of(2025, 5, 13)));
        assertEquals(Optional.of(LocalDate.of(2024, 12, 2)), Regimes.byId("3a090-2024").classificationSpan(LocalDate.of(2026, 11, 30)));
    }

    @Test
    void aDeterminationMovedWithinItsSpanIsTheOneClassifyGivesThere() {
        Qt.qt().withExamples(400).forAll(SourceDSL.integers().between(0, SPANNED.size() - 1), SourceDSL.integers().between(0, PARTS.size() - 1),
                SourceDSL.integers().between(0, DAYS), SourceDSL.integers().between(0, DAYS))
            .checkAssert((ri, pi, a, b) -> {
                Regime r = SPANNED.get(ri);
                Part p = PARTS.get(pi);
                LocalDate one = FIRST.plusDays(a);
                LocalDate other = FIRST.plusDays(b);
                Determination made = r.classify(p, Interpretation.defaults(), one, RESOLVER);
                if (r.classificationSpan(one).equals(r.classificationSpan(other))) {
                    assertEquals(r.classify(p, Interpretation.defaults(), other, RESOLVER), r.redated(made, other),
                        () -> r.id() + " " + p.id() + " " + one + " → " + other);
                } else {
                    assertThrows(IllegalArgumentException.class, () -> r.redated(made, other));
                }
            });
    }

    @Test
    void theStatusWarningNamesTheDayMovedTo() {
        Regime diffusion = Regimes.byId("ai-diffusion-2025");
        Determination made = diffusion.classify(Chips.H100, LocalDate.of(2025, 6, 1));
        Determination moved = diffusion.redated(made, LocalDate.of(2026, 3, 2));
        assertEquals(RegimeStatus.NOT_ENFORCED, moved.status());
        assertEquals(LocalDate.of(2026, 3, 2), moved.date());
        assertTrue(moved.warnings().contains("status on 2026-03-02: NOT_ENFORCED — the rule is evaluated as written"), moved.warnings()::toString);
        assertTrue(moved.warnings().stream().noneMatch(w -> w.contains("2025-06-01")), moved.warnings()::toString);
        assertNotEquals(made, moved);
        assertSame(made, diffusion.redated(made, LocalDate.of(2025, 6, 1)));
    }

    @Test
    void anotherRegimesDeterminationOrAnotherSpanIsRefused() {
        Determination made = Regimes.byId("3a090-2023").classify(Chips.H100, LocalDate.of(2024, 1, 2));
        assertThrows(IllegalArgumentException.class, () -> Regimes.byId("3a090-2024").redated(made, LocalDate.of(2024, 1, 2)));
        assertThrows(IllegalArgumentException.class, () -> Regimes.byId("3a090-2023").redated(made, LocalDate.of(2024, 12, 2)));
        Determination foundry = Regimes.byId("foundry-2025").classify(Chips.H100, LocalDate.of(2027, 2, 1));
        assertThrows(IllegalArgumentException.class, () -> Regimes.byId("foundry-2025").redated(foundry, LocalDate.of(2027, 2, 1)));
    }
}
