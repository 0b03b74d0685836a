package io.chipgate.regime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.chipgate.metrics.Interpretation;
import io.chipgate.metrics.PartMetrics;
import io.chipgate.model.ComputeRate;
import io.chipgate.model.Die;
import io.chipgate.model.DieRole;
import io.chipgate.model.Part;
import io.chipgate.model.Precision;
import io.chipgate.document.DocumentFormatException;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Costs that were super-linear (issue 12) stay linear at the caps: a custom regime of the most rules, a part
 * with the most dies (areas missing, so every die adds a missing name). Times are generous for a shared CI
 * machine; before the fix, 8,000 rules cost 445 ms per part and 16,000 dies 27 s.
 */
class ScaleLimitsTest {
    static String regime(int rules) {
        StringBuilder b = new StringBuilder("{\"id\":\"big\",\"title\":\"t\",\"citation\":\"c\",\"effective\":\"2026-01-01\",\"rules\":[");
        for (int i = 0; i < rules; i++) {
            b.append(i == 0 ? "" : ",").append("{\"paragraph\":\"(").append(i).append(")\",\"all\":[{\"quantity\":\"TPP\",\"atLeast\":")
                .append(100000 + i).append("}]}");
        }
        return b.append("]}").toString();
    }

    @Test
    void aRegimeOfTheMostRulesClassifiesQuickly() {
        CustomRegime r = CustomRegime.parse(regime(CustomRegime.MAX_RULES), "big.json");
        Part h100 = Part.builder().id("h").vendor("V").name("H").addCompute(ComputeRate.dense(Precision.FP8, new BigDecimal("1979"))).build();
        LocalDate d = LocalDate.of(2026, 11, 29);
        for (int i = 0; i < 20; i++) {
            r.classify(h100, d);
        }
        long t0 = System.nanoTime();
        Determination det = null;
        for (int i = 0; i < 20; i++) {
            det = r.classify(h100, d);
        }
        long perPartMs = (System.nanoTime() - t0) / 20 / 1_000_000;
        assertEquals(Outcome.NOT_CONTROLLED, det.outcome());
        assertEquals(CustomRegime.MAX_RULES + 1, det.citations().size(), "one citation per paragraph, plus the instrument");
        assertTrue(perPartMs < 100, perPartMs + " ms per part");
        DocumentFormatException e = assertThrows(DocumentFormatException.class, () -> CustomRegime.parse(regime(CustomRegime.MAX_RULES + 1), "big.json"));
        assertEquals("big.json: $.rules: invalid value an array of 1001 rules: expected at most 1000 rules; correct the document and read it again", e.getMessage());
    }

    @Test
    void aPartWithTheMostDiesAndNoAreasIsMeasuredQuickly() {
        var b = Part.builder().id("many").vendor("V").name("Many").addCompute(ComputeRate.dense(Precision.FP8, new BigDecimal("1979")));
        for (int i = 0; i < io.chipgate.spec.SpecReader.MAX_DIES; i++) {
            b.addDies(Die.builder().role(DieRole.LOGIC).name("d" + i).build());
        }
        Part p = b.build();
        long t0 = System.nanoTime();
        PartMetrics m = PartMetrics.of(p, Interpretation.defaults());
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertTrue(m.performanceDensity().missing().size() >= 1, m.performanceDensity().missing().toString());
        assertTrue(ms < 2000, ms + " ms");
    }
}
