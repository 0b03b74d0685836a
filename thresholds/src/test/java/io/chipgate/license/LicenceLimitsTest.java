package io.chipgate.license;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.chipgate.metrics.Tri;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The stated limits of the licence layer, each at its edge: an open question is "one sentence of at most 200
 * characters" (docs/cli-json.md, {@code settledBy[].question}); a US-controlled content is "a percentage of the item's
 * value from 0 to 100" (ItemOrigin, § 734.4), both ends included; the explorer refuses "more than 256 combinations of
 * readings".
 */
class LicenceLimitsTest {
    @Test
    void anOpenQuestionHasAtMost200Characters() {
        String q200 = "?".repeat(OpenQuestion.MAX_QUESTION);
        OpenQuestion ok = new OpenQuestion("q", q200, "not given", "cite");
        assertEquals("? (known: not given)", new OpenQuestion("q", "?", "not given", "cite").toString());
        assertEquals(200, ok.question().length());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> new OpenQuestion("q", q200 + "?", "not given", "cite"));
        assertTrue(e.getMessage().contains("201 characters long; at most 200 expected"), e.getMessage());
    }

    @Test
    void aUsContentOfExactly0Or100PercentIsAPercentage() {
        assertEquals(new BigDecimal("100"), ItemOrigin.foreign(Tri.FALSE, new BigDecimal("100.00")).usContentPercent().orElseThrow());
        assertEquals(BigDecimal.ZERO, ItemOrigin.foreign(Tri.FALSE, new BigDecimal("0.0")).usContentPercent().orElseThrow());
        assertThrows(IllegalArgumentException.class, () -> ItemOrigin.foreign(Tri.FALSE, new BigDecimal("100.0001")));
        assertThrows(IllegalArgumentException.class, () -> ItemOrigin.foreign(Tri.FALSE, new BigDecimal("-0.0001")));
    }

    @Test
    void theExplorerStopsAtTheFirstCombinationPast256() {
        // eight two-way questions give 256 combinations; one more question on one branch gives 257: a runaway
        List<Question> qs = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            String id = "q" + i;
            qs.add(new Question(id, "?", List.of(new Reading("x", id, "x", "c"), new Reading("y", id, "y", "c"))));
        }
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Explorer.explore(c -> {
            StringBuilder s = new StringBuilder();
            qs.subList(0, 8).forEach(q -> s.append(c.choose(q).id()));
            if (s.toString().equals("xxxxxxxx")) {
                s.append(c.choose(qs.get(8)).id());
            }
            return s.toString();
        }));
        assertTrue(e.getMessage().startsWith("more than 256 combinations of readings"), e.getMessage());
    }
}
