package io.chipgate.license;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.chipgate.metrics.Exact;
import io.chipgate.metrics.Interpretation;
import io.chipgate.metrics.Tri;
import io.chipgate.model.Component;
import io.chipgate.model.Part;
import io.chipgate.model.PartKind;
import io.chipgate.model.PartResolver;
import io.chipgate.regime.Regimes;
import io.chipgate.testing.Chips;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * Issue 22 §4: a licence for a system of systems sharing subsystems (4 wide, 14 deep: 4^13 paths from the top to
 * its IC) reads each distinct part once per walk. Counted through the resolver, not timed: before, the licence layer
 * walked the paths (about 260,000 look-ups per walk down to its old depth limit of 8).
 */
class SharedSubsystemsLicenceTest {
    static final int WIDE = 4;
    static final int DEEP = 14;

    /** Level 0 is the top; each system of a level contains every system of the next; the last level contains {@code ic}. */
    static Map<String, Part> dag(Part ic, int deep) {
        return io.chipgate.testing.SharedSystems.dag(ic, WIDE, deep);
    }

    /** A resolver over the map that counts its look-ups. */
    static final class Counting implements PartResolver {
        final Map<String, Part> parts;
        final AtomicLong calls = new AtomicLong();

        Counting(Map<String, Part> parts) {
            this.parts = parts;
        }

        @Override
        public Optional<Part> find(String id) {
            calls.incrementAndGet();
            return Optional.ofNullable(parts.get(id));
        }
    }

    /** Look-ups of one assessment: its walks and classifications each read the 4 × 13 × 4 + 4 = 212 edges once, under a few readings. */
    static final long BOUND = 20_000;

    @Test
    void aLicenceForADeepSharedSystemLooksEachPartUpOncePerWalk() {
        Map<String, Part> parts = dag(Chips.H100, DEEP);
        for (String date : new String[] {"2024-06-01", "2025-06-01", "2026-11-30"}) {
            for (String dest : new String[] {"CN", "AE", "DE"}) {
                Counting resolver = new Counting(parts);
                LicenseDetermination d = Ship.assess(parts.get("dag-0-0"), 1, dest, dest, LocalDate.parse(date),
                    Interpretation.defaults(), resolver);
                assertTrue(resolver.calls.get() < BOUND, date + " " + dest + ": " + resolver.calls.get() + " look-ups");
                if (dest.equals("CN") && !date.startsWith("2024")) {
                    assertEquals(Tri.TRUE, d.asWritten().licenseRequired(), date + " " + dest);
                }
            }
        }
    }

    @Test
    void theAggregateTppCountsEveryPathExactly() {
        Map<String, Part> parts = dag(Chips.H100, DEEP);
        LicenseDetermination d = Ship.assess(parts.get("dag-0-0"), 1, "CN", "CN", LocalDate.parse("2026-11-30"),
            Interpretation.defaults(), new Counting(parts));
        Exact each = Regimes.byId("ai-diffusion-2025").classify(Chips.H100, Interpretation.defaults(),
            LocalDate.parse("2026-11-30"), PartResolver.none()).tpp().value().orElseThrow();
        long paths = 1L << (2 * (DEEP - 1)); // 4^13
        assertEquals(0, d.aggregateTpp().orElseThrow().compareTo(each.multiply(BigDecimal.valueOf(paths))),
            d.aggregateTpp().toString());
    }

    @Test
    void aSystemContainingItselfThroughAResolverIsCutShortWithAWarning() {
        // the catalog refuses cycles; a library caller's own resolver may not: the licence walks read each part once
        // and answer UNKNOWN (the classification layer's own walk is not exercised here)
        Map<String, Part> parts = new HashMap<>();
        parts.put(Chips.H100.id(), Chips.H100);
        Part loop = Part.builder().id("loop").vendor("V").name("Loop").kind(PartKind.SYSTEM)
            .addContains(Component.of("loop", 2)).addContains(Component.of("loop", 3)).addContains(Component.of(Chips.H100.id(), 1))
            .build();
        parts.put("loop", loop);
        Counting resolver = new Counting(parts);
        Assessment.Run run = new Assessment.Run(Ship.of(loop, 1, "CN", "CN", LocalDate.parse("2026-11-30")), Interpretation.defaults(),
            resolver, CountryGroups.builtIn(), Embargoes.builtIn(), Posture.AS_WRITTEN, q -> {
                throw new AssertionError("no reading is asked by a walk: " + q);
            }, new HashMap<>(), java.util.List.of());
        assertTrue(run.aggregateTpp().value().isEmpty(), "a count through a cycle is unknown, not a number");
        assertEquals(Tri.UNKNOWN, DestinationGround.aggregateBox(run));
        assertEquals(Tri.TRUE, run.datacenter(), "the H100 inside is a datacenter IC");
        assertEquals(Tri.TRUE, InformedLettersGround.h20Figures(run, loop, 0), "the H100 inside reaches the H20's figures");
        assertTrue(resolver.calls.get() < 100, resolver.calls.get() + " look-ups");
        assertTrue(run.warnings.stream().anyMatch(w -> w.code() == LicenceNotice.Code.SYSTEM_NOT_READ && w.text().contains("the ICs of Loop nest")),
            run.warnings.toString());
    }
}
