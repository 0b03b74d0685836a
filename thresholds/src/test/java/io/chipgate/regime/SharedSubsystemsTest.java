package io.chipgate.regime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.chipgate.metrics.Exact;
import io.chipgate.metrics.Interpretation;
import io.chipgate.model.Component;
import io.chipgate.model.Part;
import io.chipgate.model.PartKind;
import io.chipgate.model.PartResolver;
import io.chipgate.testing.Chips;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Issue 22 §4: systems sharing subsystems, 4 wide and 14 deep (4^14 = 268,435,456 paths to the ICs, a 10 KB
 * catalog), are evaluated once per distinct part. Before, a classification or a quota walked every path: minutes and
 * gigabytes.
 */
class SharedSubsystemsTest {
    static final int WIDE = 4;
    static final int DEEP = 14;
    static final LocalDate DATE = LocalDate.of(2026, 11, 30);

    /** Level 0 is the top; each system of a level contains every system of the next; the last level contains {@code ic}. */
    static Map<String, Part> dag(Part ic) {
        return io.chipgate.testing.SharedSystems.dag(ic, WIDE, DEEP);
    }

    static PartResolver resolver(Map<String, Part> parts) {
        return id -> Optional.ofNullable(parts.get(id));
    }

    @Test
    void aDeepSharedSystemIsClassifiedOnce() {
        Map<String, Part> parts = dag(Chips.H100);
        Determination d = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> Regimes.byId("3a090-2024")
            .classify(parts.get("dag-0-0"), Interpretation.defaults(), DATE, resolver(parts)));
        assertEquals(Outcome.ECCN_4A090_A, d.outcome());
    }

    @Test
    void aSystemThatContainsItselfThroughAResolverIsNamedNotAStackOverflow() {
        // the catalog refuses such files; a caller's own resolver is not checked: before, a StackOverflowError
        Map<String, Part> parts = new HashMap<>();
        parts.put("ring-a", Part.builder().id("ring-a").vendor("V").name("Ring A").kind(PartKind.SYSTEM).addContains(Component.of("ring-b", 2)).build());
        parts.put("ring-b", Part.builder().id("ring-b").vendor("V").name("Ring B").kind(PartKind.SYSTEM)
            .addContains(Component.of(Chips.H100.id(), 8)).addContains(Component.of("ring-a", 1)).build());
        parts.put(Chips.H100.id(), Chips.H100);
        for (String regime : List.of("3a090-2024", "china-review-2026", "foundry-2025")) {
            IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> Regimes.byId(regime)
                .classify(parts.get("ring-a"), Interpretation.defaults(), DATE, resolver(parts)), regime);
            assertEquals("system 'ring-a' contains itself: ring-a → ring-b → ring-a; a system's contains list must not lead back to it "
                + "(check the resolver's parts)", e.getMessage(), regime);
        }
        // a part shared without a cycle is still fine
        assertEquals(Outcome.ECCN_4A090_A, Regimes.byId("3a090-2024").classify(Part.builder().from(parts.get("ring-b")).contains(List.of(Component.of(Chips.H100.id(), 8))).build(),
            Interpretation.defaults(), DATE, resolver(parts)).outcome());
    }

    @Test
    void theMissingFiguresOfSharedComponentsAreCappedAndCounted() {
        Part unknown = Part.builder().id("unknown-ic").vendor("V").name("no figures").build();
        Map<String, Part> parts = dag(unknown);
        Determination d = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> Regimes.byId("3a090-2024")
            .classify(parts.get("dag-0-0"), Interpretation.defaults(), DATE, resolver(parts)));
        assertEquals(Outcome.INDETERMINATE, d.outcome());
        assertTrue(d.missing().size() <= 65, "capped: " + d.missing().size());
        assertTrue(d.missing().get(d.missing().size() - 1).matches("… and [0-9]+ more missing figures in the system's components"),
            d.missing().get(d.missing().size() - 1));
        assertTrue(d.missing().get(0).startsWith("dag-1-0: dag-2-0: "), d.missing().get(0));
    }

    @Test
    void aQuotaCountsEveryPathExactlyWithoutWalkingThem() {
        Map<String, Part> parts = dag(Chips.H100);
        Quota q = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> Quota.of(List.of(new Quota.Line(parts.get("dag-0-0"), 2)),
            resolver(parts), Interpretation.defaults(), DATE));
        // 4^13 paths from the top (its 4 children, each with 4, … down to level 13) of one H100 each, times 2 units
        long paths = 1L << (2 * (DEEP - 1));
        Exact each = Chips.H100.kind() == PartKind.ACCELERATOR ? Regimes.byId("ai-diffusion-2025")
            .classify(Chips.H100, Interpretation.defaults(), DATE, PartResolver.none()).tpp().value().orElseThrow() : null;
        assertEquals(0, q.tppByPart().get("h100").value().orElseThrow().compareTo(each.multiply(BigDecimal.valueOf(2 * paths))),
            q.tppByPart().toString());
    }
}
