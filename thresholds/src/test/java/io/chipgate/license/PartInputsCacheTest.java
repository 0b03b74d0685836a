package io.chipgate.license;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.chipgate.metrics.Interpretation;
import io.chipgate.model.Part;
import io.chipgate.testing.Chips;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link PartInputs}: the inputs of a part are its own whatever else the bounded cache holds. Each hypothetical part
 * here has TPP = 8 × its INT8 rate, written as the part is made (Technical Note to 3A090: TPP = 2 × MacTOPS × bit
 * length = TOPS × 8 for INT8), so the expected figure is known without the code under test.
 */
class PartInputsCacheTest {
    @Test
    void aCrowdedCacheStillGivesEachPartItsOwnTpp() {
        List<Part> parts = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            parts.add(Chips.hypothetical(BigDecimal.valueOf(1000 + 8L * i), new BigDecimal("500"), true, null, null));
        }
        List<Interpretation> in = List.of(Interpretation.defaults(),
            Interpretation.defaults().withNoNonPlanarArea(Interpretation.NoNonPlanarArea.ZERO));
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < parts.size(); i++) {
                BigDecimal expected = BigDecimal.valueOf(1000 + 8L * i);
                io.chipgate.metrics.Exact tpp = PartInputs.of(parts.get(i), in.get((i + round) % 2)).tpp().value().orElseThrow();
                assertEquals(0, tpp.compareTo(expected), "part " + i + " round " + round + ": " + tpp);
            }
        }
    }
}
