package io.chipgate.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.chipgate.catalog.Catalog;
import io.chipgate.model.Part;
import io.chipgate.regime.Determination;
import io.chipgate.regime.Outcome;
import io.chipgate.regime.Regimes;
import io.chipgate.regime.Reports;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Keeps the README's Java snippet true: the same lines, compiled and checked. */
class ReadmeSnippetTest {
    @Test
    void theReadmeSnippetCompilesAndSaysWhatItClaims() throws Exception {
        // --- the snippet, as in README.md ---
        Part h20 = Catalog.builtin().part("H20");
        Determination d = Regimes.byId("3a090-2023").classify(h20, LocalDate.of(2024, 6, 1));
        System.out.println(d.outcome());                    // NOT_CONTROLLED
        System.out.println(Reports.text(d));                // clauses, margins (TPP 2368: 32 short of b.1), citations
        // --- checks ---
        assertEquals(Outcome.NOT_CONTROLLED, d.outcome());
        assertTrue(Reports.text(d).contains("32 short"));
        String readme = Files.readString(Path.of("../README.md"));
        assertTrue(readme.contains("Part h20 = Catalog.builtin().part(\"H20\");"), "README snippet changed: update this test");
        assertTrue(readme.contains("Determination d = Regimes.byId(\"3a090-2023\").classify(h20, LocalDate.of(2024, 6, 1));"));
    }

    @Test
    void theReadmeCommandsAreTheOnesCiRuns() throws Exception {
        String readme = Files.readString(Path.of("../README.md"));
        String ci = Files.readString(Path.of("../.ci/run"));
        assertTrue(readme.contains("mvn -B -ntp verify"));
        assertTrue(ci.lines().anyMatch(l -> l.trim().equals("mvn -B -ntp verify")), ".ci/run must run the README's test command");
        assertTrue(readme.contains("java -jar examples/target/chipgate.jar matrix"));
    }
}
