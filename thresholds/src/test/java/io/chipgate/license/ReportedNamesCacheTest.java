package io.chipgate.license;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.chipgate.model.Part;
import io.chipgate.testing.Chips;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link ReportedGround#namedIc}: whether each company filing names a part is the part's own answer, whatever else the
 * bounded cache of those answers holds. The expected answers are written from the filings' product lists (NVIDIA 8-K of
 * 2022-08-31: A100, H100; 8-K of 2023-10-24: A100, A800, H100, H800, L40S; 8-K of 2025-04-15: H20; AMD 2025-04:
 * MI308, MI308X), in the order of the built-in file.
 */
class ReportedNamesCacheTest {
    /** A part name, its vendor and which of the four built-in filings name it. */
    private record Case(String vendor, String name, boolean[] named) {
    }

    static final List<Case> CASES = List.of(
        new Case("NVIDIA", "H20 board", new boolean[] {false, false, true, false}),
        new Case("NVIDIA", "A100 card", new boolean[] {true, true, false, false}),
        new Case("NVIDIA", "L40S card", new boolean[] {false, true, false, false}),
        new Case("NVIDIA", "H800 module", new boolean[] {false, true, false, false}),
        new Case("AMD", "Instinct MI308X", new boolean[] {false, false, false, true}),
        new Case("NVIDIA", "H200 module", new boolean[] {false, false, false, false}),
        new Case("AMD", "A100 clone", new boolean[] {false, false, false, false}));

    /**
     * More distinct parts (each its own object) than the cache has slots, asked in two rounds: parts then meet in the
     * same set of slots and evict one another, and a part must never get a neighbour's answer.
     */
    @Test
    void aCrowdedCacheStillGivesEachPartTheFilingsThatNameIt() {
        List<ReportedRequirements.Requirement> all = ReportedRequirements.builtIn().requirements();
        assertEquals(List.of("nvidia-8k-2022-08-31", "nvidia-8k-2023-10-24", "nvidia-8k-2025-04-15", "amd-2025-04-mi308"),
            all.stream().map(ReportedRequirements.Requirement::id).toList());
        List<Part> parts = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            Case c = CASES.get(i % CASES.size());
            parts.add(Part.builder().from(Chips.H100).id("p" + i).vendor(c.vendor()).name(c.name() + " #" + i).build());
        }
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < parts.size(); i++) {
                Case c = CASES.get(i % CASES.size());
                assertArrayEquals(c.named(), ReportedGround.namedIc(parts.get(i), all), c.name() + " #" + i + " round " + round);
            }
        }
    }
}
