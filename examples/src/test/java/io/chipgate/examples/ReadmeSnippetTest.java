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
    void theLibrarySectionCompilesToo(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("bill.json"), "{\"id\": \"bill\", \"title\": \"t\", \"citation\": \"c\","
            + " \"effective\": \"2026-01-01\", \"rules\": [{\"all\": [{\"quantity\": \"TPP\", \"atLeast\": 4800}]}]}");
        Path bill = dir.resolve("bill.json");
        // --- the "Using the library" section, as in README.md (bill.json path aside) ---
        Catalog catalog = Catalog.builtin();
        Part part = catalog.part("L40");
        for (io.chipgate.regime.Regime r : Regimes.inForceOn(LocalDate.now())) {
            Determination d = r.classify(part, io.chipgate.metrics.Interpretation.defaults(), LocalDate.now(), catalog::find);
            System.out.println(d.regimeId() + ": " + d.outcome());
        }
        io.chipgate.license.Shipment order = io.chipgate.license.Shipment.of(part, 100, io.chipgate.license.CountryCode.of("CN"),
            LocalDate.of(2026, 8, 1)).withHeadquarters(io.chipgate.license.CountryCode.of("CN"));
        io.chipgate.license.LicenseDetermination l = io.chipgate.license.Licensing.assess(order,
            io.chipgate.metrics.Interpretation.defaults(), catalog::find);
        Regimes.history(part);
        var boundary = io.chipgate.regime.Frontier.tppBoundary(Regimes.byId("3a090-2024"),
            io.chipgate.metrics.ApplicableDieArea.ofSquareMillimetres("600"), io.chipgate.model.Designation.DATACENTER, LocalDate.now());
        io.chipgate.regime.CustomRegime custom = io.chipgate.regime.CustomRegime.parse(Files.readString(bill), "bill.json");
        // --- checks ---
        assertEquals(io.chipgate.metrics.Tri.TRUE, l.licenseRequired());
        assertEquals("1920", boundary.get().tpp().toString());
        assertEquals("bill", custom.id());
        String readme = Files.readString(Path.of("../README.md"));
        assertTrue(readme.contains("Part part = catalog.part(\"L40\");"));
        assertTrue(readme.contains("ApplicableDieArea.ofSquareMillimetres(\"600\"), Designation.DATACENTER, LocalDate.now());"));
        assertTrue(readme.contains("Shipment order = Shipment.of(part, 100, CountryCode.of(\"CN\"), LocalDate.of(2026, 8, 1)).withHeadquarters(CountryCode.of(\"CN\"));"));
        assertTrue(readme.contains("LicenseDetermination l = Licensing.assess(order, Interpretation.defaults(), catalog::find);"));
    }

    @Test
    void theReadmeCommandsAreTheOnesCiRuns() throws Exception {
        String readme = Files.readString(Path.of("../README.md"));
        String ci = Files.readString(Path.of("../.ci/run"));
        assertTrue(readme.contains("mvn -B -ntp verify"));
        assertTrue(ci.lines().anyMatch(l -> l.trim().equals("mvn -B -ntp verify")), ".ci/run must run the README's test command");
        assertTrue(readme.contains("mvn -B -ntp -DskipTests package && examples/target/chipgate matrix"),
            "the first screen runs the launcher; LauncherIT runs that command");
    }
}
