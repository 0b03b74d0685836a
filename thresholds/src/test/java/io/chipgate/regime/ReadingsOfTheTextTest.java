package io.chipgate.regime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.chipgate.model.MemoryInterface;
import io.chipgate.model.MemoryType;
import io.chipgate.model.Part;
import io.chipgate.testing.Chips;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Points of the rule text where the classification layer must not read more than the text says. */
class ReadingsOfTheTextTest {
    private static final LocalDate ON = LocalDate.of(2025, 6, 1);

    private static Part memoryOf(MemoryType type) {
        var m = MemoryInterface.builder().bandwidthGBs(Chips.d("1180")).packageAreaMm2(Chips.d("121")).stacks(1);
        if (type != null) {
            m.type(type);
        }
        return Part.builder().from(Chips.HBM3E_STACK).memory(m.build()).build();
    }

    @Test
    void paragraphCReachesDramOnly() {
        // 89 FR 96790: 3A090.c is high-bandwidth memory (DRAM); 1,180 GB/s on 121 mm² is 9.75 GB/s/mm² > 2
        Regime r = Regimes.byId("3a090-2024");
        assertEquals(Outcome.ECCN_3A090_C, r.classify(memoryOf(MemoryType.HBM3E), ON).outcome());
        assertEquals(Outcome.ECCN_3A090_C, r.classify(memoryOf(MemoryType.LPDDR5X), ON).outcome());
        Determination other = r.classify(memoryOf(MemoryType.OTHER), ON);
        assertEquals(Outcome.INDETERMINATE, other.outcome());
        assertTrue(other.missing().stream().anyMatch(m -> m.startsWith("memory.type")), other.missing()::toString);
        assertEquals(Outcome.INDETERMINATE, r.classify(memoryOf(null), ON).outcome(), "type not given");
        // below the line the type does not matter
        Part slow = Part.builder().from(memoryOf(MemoryType.OTHER)).memory(MemoryInterface.builder().type(MemoryType.OTHER)
            .bandwidthGBs(Chips.d("100")).packageAreaMm2(Chips.d("121")).build()).build();
        assertEquals(Outcome.NOT_CONTROLLED, r.classify(slow, ON).outcome());
    }

    @ParameterizedTest(name = "{0}: {1} {2}")
    @CsvSource({
        // the "is informed" letters, from 2025-04-09 (NVIDIA 8-K of 2025-04-15)
        "2025-04-08, h20-informed-2025, NOT_YET",
        "2025-04-09, h20-informed-2025, IN_FORCE",
        "2025-04-10, h20-informed-2025, IN_FORCE",
        // the China/Macau review box, effective 2026-01-15 (91 FR 1684)
        "2026-01-14, china-review-2026, NOT_YET",
        "2026-01-15, china-review-2026, IN_FORCE",
        "2026-01-16, china-review-2026, IN_FORCE",
        // the foundry presumption, effective 2025-01-16 (90 FR 5298)
        "2025-01-15, foundry-2025, NOT_YET",
        "2025-01-16, foundry-2025, IN_FORCE",
        // AI diffusion: not enforced from 2025-05-13
        "2025-05-12, ai-diffusion-2025, IN_FORCE",
        "2025-05-13, ai-diffusion-2025, NOT_ENFORCED",
    })
    void regimesChangeStatusOnTheirDates(String date, String regime, RegimeStatus status) {
        assertEquals(status, Regimes.byId(regime).status(LocalDate.parse(date)));
    }
}
