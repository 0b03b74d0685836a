package io.chipgate.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.chipgate.catalog.Catalog;
import io.chipgate.license.CountryCode;
import io.chipgate.license.LicenseDetermination;
import io.chipgate.license.Licensing;
import io.chipgate.license.Shipment;
import io.chipgate.metrics.ApplicableDieArea;
import io.chipgate.metrics.Exact;
import io.chipgate.metrics.Tri;
import io.chipgate.model.Designation;
import io.chipgate.model.Part;
import io.chipgate.regime.CustomRegime;
import io.chipgate.regime.Determination;
import io.chipgate.regime.Frontier;
import io.chipgate.regime.HistoryPeriod;
import io.chipgate.regime.Outcome;
import io.chipgate.regime.Regime;
import io.chipgate.regime.Regimes;
import io.chipgate.regime.Reports;
import io.chipgate.spec.Spec;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Keeps the README's Java true. Every README block marked {@code <!-- snippet: NAME -->} is compiled and run here:
 * the lines between {@code // snippet: NAME} and {@code // end snippet} in this file are the README's lines, compared
 * line by line (indentation relative to the block; see {@link #HERE_FOR_README} for the two paths that differ because
 * the tests run in {@code examples/}). The checks after each block hold the answers its comments state, worked out
 * by hand from the rule text and the published figures; every date is fixed.
 */
class ReadmeSnippetTest {
    static final Path README = Path.of("../README.md");
    static final Path SOURCE = Path.of("src/test/java/io/chipgate/examples/ReadmeSnippetTest.java");
    /** The five common tasks of the README, each at most three lines. */
    static final Set<String> TASKS = Set.of("task-catalog-part", "task-spec-file", "task-regimes-in-force", "task-tpp-boundary",
        "task-licence");
    /** Text in this file's snippets → the README's, where the README runs from the project root. */
    static final Map<String, String> HERE_FOR_README = Map.of(
        "Path.of(\"specs/", "Path.of(\"examples/specs/",
        "dir.resolve(\"bill.json\")", "Path.of(\"bill.json\")");

    @Test
    void first() {
        // snippet: first
        Part h20 = Catalog.builtin().part("H20");
        Determination d = Regimes.byId("3a090-2023").classify(h20, LocalDate.of(2024, 6, 1));
        System.out.println(d.outcome());                    // NOT_CONTROLLED
        System.out.println(Reports.text(d));                // clauses, margins (TPP 2368: 32 short of b.1), citations
        // end snippet
        // H20: 296 TFLOPS FP8 × 8 = 2368 < 2400 (b.1) on 814 mm², PD 2.91 < 3.2 (b.2)
        assertEquals(Outcome.NOT_CONTROLLED, d.outcome());
        assertEquals("NOT_CONTROLLED", d.outcome().toString(), "what the comment says is printed");
        assertTrue(Reports.text(d).contains("32 short"), Reports.text(d));
    }

    @Test
    void taskCatalogPart() {
        // snippet: task-catalog-part
        Determination dgx = Regimes.byId("3a090-2024").classify(Catalog.builtin().part("DGX H100"), LocalDate.of(2026, 11, 29));
        System.out.println(Reports.text(dgx));              // … nvidia-dgx-h100 → 4A090.a: eight H100 SXM, each 3A090.a.1
        // end snippet
        // a computer containing 3A090.a ICs is 4A090.a (89 FR 96790)
        assertEquals(Outcome.ECCN_4A090_A, dgx.outcome(), () -> Reports.text(dgx));
        assertTrue(Reports.text(dgx).contains("nvidia-dgx-h100 → 4A090.a"), () -> Reports.text(dgx));
    }

    @Test
    void taskSpecFile() {
        // snippet: task-spec-file
        Part mine = Spec.read(Path.of("specs/example-accelerator.json")).get(0);
        Determination d = Regimes.byId("3a090-2024").classify(mine, LocalDate.of(2026, 11, 29));
        System.out.println(d.outcome());                    // 3A090.a.2: TPP 1613.792 ≥ 1600 and PD exactly 5.92
        // end snippet
        // FP16 100.862 × 16 = 1613.792 (FP64 10 × 64 = 640 is lower) on 272.6 mm²: 1613.792 / 272.6 = 5.92 exactly
        assertEquals(Outcome.ECCN_3A090_A_2, d.outcome());
        // println prints the outcome's code, as the comment says (it once said ECCN_3A090_A_2, the constant's name)
        assertEquals("3A090.a.2", d.outcome().toString(), "what the comment says is printed");
        assertEquals(0, d.tpp().value().get().compareTo(new BigDecimal("1613.792")), d.tpp()::toString);
        assertEquals(0, d.performanceDensity().value().get().compareTo(new BigDecimal("5.92")), d.performanceDensity()::toString);
    }

    @Test
    void taskRegimesInForce() {
        List<String> printed = new ArrayList<>();
        // snippet: task-regimes-in-force
        for (Regime r : Regimes.inForceOn(LocalDate.of(2026, 11, 29))) {
            System.out.println(r.id() + "  " + r.title());  // 3a090-2024, foundry-2025, h20-informed-2025, china-review-2026
        }
        // end snippet
        Regimes.inForceOn(LocalDate.of(2026, 11, 29)).forEach(r -> printed.add(r.id()));
        // the 2024 text replaced the 2023 one on 2024-12-02; the AI-diffusion rule is not enforced from 2025-05-13
        assertEquals(Set.of("3a090-2024", "foundry-2025", "h20-informed-2025", "china-review-2026"), Set.copyOf(printed));
        assertEquals(4, printed.size(), printed::toString);
    }

    @Test
    void taskTppBoundary() {
        // snippet: task-tpp-boundary
        Optional<Frontier.Boundary> b = Frontier.tppBoundary(Regimes.byId("3a090-2024"), ApplicableDieArea.ofSquareMillimetres("600"), Designation.DATACENTER, LocalDate.of(2026, 11, 29));
        System.out.println(b.get().tpp());                  // 1920: 3A090.b.2 from PD 3.2, and 3.2 × 600 = 1920
        // end snippet
        // b.2: TPP ≥ 1600 and 3.2 ≤ PD < 5.92; on 600 mm², PD 3.2 is TPP 1920 (b.1 needs 2400, a.2 3552, a.1 4800)
        assertEquals(0, b.get().tpp().compareTo(Exact.of(new BigDecimal("1920"))), b.get()::toString);
        assertEquals("1920", b.get().tpp().toString(), "what the comment says is printed");
        assertTrue(b.get().inclusive(), "controlled at 1920 itself: 3.2 or more");
    }

    @Test
    void taskLicence() {
        // snippet: task-licence
        Shipment order = Shipment.of(Catalog.builtin().part("L40"), 100, CountryCode.of("CN"), LocalDate.of(2026, 8, 1)).withHeadquarters(CountryCode.of("CN"));
        LicenseDetermination l = Licensing.assess(order);   // the readings, as written and as enforced
        System.out.println(l.licenseRequired());            // TRUE: 3A090.b.1 to China
        // end snippet
        // L40: 2912 TPP (NVIDIA's declared figure) on 608.5 mm², PD 4.79: 3A090.b.1; China is D:5 (§ 742.6(a)(6)(iii))
        assertEquals(Tri.TRUE, l.licenseRequired());
        assertEquals("TRUE", l.licenseRequired().toString(), "what the comment says is printed");
        assertEquals(Tri.TRUE, l.asWritten().licenseRequired());
        assertEquals(Tri.TRUE, l.asEnforced().licenseRequired());
    }

    @Test
    void more(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("bill.json"), "{\"id\": \"bill\", \"title\": \"t\", \"citation\": \"c\","
            + " \"effective\": \"2026-01-01\", \"rules\": [{\"all\": [{\"quantity\": \"TPP\", \"atLeast\": 4800}]}]}");
        // snippet: more
        List<HistoryPeriod> history = Regimes.history(Catalog.builtin().part("A800"));
        CustomRegime bill = CustomRegime.parse(Files.readString(dir.resolve("bill.json")), "bill.json");
        // end snippet
        // the A800 was designed under the 2022 I/O line (400 + 64 GB/s < 600) and caught by the 2023 TPP line (4992)
        assertTrue(history.stream().flatMap(h -> h.determinations().stream())
            .anyMatch(d -> d.regimeId().equals("3a090-2022") && d.outcome() == Outcome.NOT_CONTROLLED), history::toString);
        assertTrue(history.stream().flatMap(h -> h.determinations().stream())
            .anyMatch(d -> d.regimeId().equals("3a090-2023") && d.outcome() == Outcome.ECCN_3A090_A_1), history::toString);
        assertEquals("bill", bill.id());
        assertEquals(Outcome.CONTROLLED, bill.classify(Catalog.builtin().part("H100"), LocalDate.of(2026, 11, 29)).outcome());
    }

    /** The README's blocks marked {@code <!-- snippet: NAME -->}, by name, in order. */
    static Map<String, List<String>> readmeSnippets() throws Exception {
        Map<String, List<String>> out = new LinkedHashMap<>();
        Matcher m = Pattern.compile("<!-- snippet: ([a-z0-9-]+) -->\\n```java\\n(.*?)```", Pattern.DOTALL).matcher(Files.readString(README));
        while (m.find()) {
            assertFalse(out.containsKey(m.group(1)), "two README snippets named " + m.group(1));
            out.put(m.group(1), m.group(2).lines().toList());
        }
        return out;
    }

    /** This file's regions between {@code // snippet: NAME} and {@code // end snippet}, dedented, with README paths. */
    static Map<String, List<String>> sourceSnippets() throws Exception {
        Map<String, List<String>> out = new LinkedHashMap<>();
        Matcher m = Pattern.compile("\\n( *)// snippet: ([a-z0-9-]+)\\n(.*?)\\n *// end snippet", Pattern.DOTALL).matcher(Files.readString(SOURCE));
        while (m.find()) {
            int indent = m.group(1).length();
            List<String> lines = new ArrayList<>();
            for (String line : m.group(3).lines().toList()) {
                String l = line.length() >= indent && line.substring(0, indent).isBlank() ? line.substring(indent) : line.strip();
                for (Map.Entry<String, String> e : HERE_FOR_README.entrySet()) {
                    l = l.replace(e.getKey(), e.getValue());
                }
                lines.add(l);
            }
            out.put(m.group(2), lines);
        }
        return out;
    }

    @Test
    void everyReadmeSnippetIsRunHereLineForLine() throws Exception {
        Map<String, List<String>> readme = readmeSnippets();
        Map<String, List<String>> here = sourceSnippets();
        assertTrue(readme.keySet().containsAll(TASKS), () -> "the README's five tasks: " + readme.keySet());
        assertEquals(here.keySet(), readme.keySet(), "every README snippet has its test, and every test its README snippet");
        for (String name : readme.keySet()) {
            assertEquals(here.get(name), readme.get(name), "README snippet " + name + " differs from the code this test runs");
        }
        for (String task : TASKS) {
            List<String> lines = readme.get(task).stream().filter(l -> !l.isBlank()).toList();
            assertTrue(lines.size() <= 3, () -> task + " takes " + lines.size() + " lines: " + lines);
        }
    }

    @Test
    void theSnippetMechanismSeesADifference() throws Exception {
        // the comparison is not vacuous: a README with one line changed no longer matches
        String changed = Files.readString(README).replace("LocalDate.of(2024, 6, 1)", "LocalDate.of(2024, 6, 2)");
        Matcher m = Pattern.compile("<!-- snippet: first -->\\n```java\\n(.*?)```", Pattern.DOTALL).matcher(changed);
        assertTrue(m.find());
        assertFalse(m.group(1).lines().toList().equals(sourceSnippets().get("first")));
        assertEquals(readmeSnippets().size(), sourceSnippets().size());
        assertTrue(readmeSnippets().size() >= 7, readmeSnippets().keySet()::toString);
    }

    @Test
    void theReadmeCommandsAreTheOnesCiRuns() throws Exception {
        String readme = Files.readString(README);
        String ci = Files.readString(Path.of("../.ci/run"));
        assertTrue(readme.contains("mvn -B -ntp verify"));
        assertTrue(ci.lines().anyMatch(l -> l.trim().equals("mvn -B -ntp verify")), ".ci/run must run the README's test command");
        assertTrue(readme.contains("mvn -B -ntp -DskipTests package && examples/target/chipgate matrix"),
            "the first screen runs the launcher; LauncherIT runs that command");
    }
}
