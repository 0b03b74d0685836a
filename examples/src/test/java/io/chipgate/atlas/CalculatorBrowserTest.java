package io.chipgate.atlas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.chipgate.catalog.Catalog;
import io.chipgate.metrics.Figure;
import io.chipgate.metrics.Interpretation;
import io.chipgate.metrics.PartMetrics;
import io.chipgate.model.Part;
import io.chipgate.regime.Regime;
import io.chipgate.regime.Regimes;
import io.chipgate.regime.Reports;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The atlas's calculator page in headless Chromium, against the Java answers: TPP, performance density and the
 * outcome under every regime, for inputs right at the lines (TPP exactly 4800, 1600, 2400 and 21,000; density exactly
 * 5.92, 3.2 and 1.6), one unit of the last digit either side, and ordinary parts. The Java side is the part
 * {@code chipgate tpp} classifies ({@link Calculator#part}), classified by each regime; the expected values at the
 * lines are also written out by hand. Skipped, saying so, without Chromium.
 */
class CalculatorBrowserTest {
    static final LocalDate ON = LocalDate.of(2026, 11, 29);

    @TempDir
    static Path tmp;

    static Chromium browser;
    static String session;

    @BeforeAll
    static void start() throws Exception {
        Optional<Path> exe = Chromium.find();
        if (exe.isEmpty()) {
            System.out.println("SKIPPED the calculator browser check: no Chromium found; install it with apt-get install -y chromium");
            return;
        }
        Path site = tmp.resolve("site");
        Atlas.of(Catalog.builtin(), ON, Atlas.defaultFrom(), Atlas.defaultTo(), "chipgate test").write(site);
        browser = Chromium.launch(exe.get(), tmp.resolve("profile"));
        session = browser.newPage(1400, 900);
        browser.navigate(session, site.resolve("calculator.html").toUri().toString());
        browser.waitFor(session, "window.atlas && window.atlas.ready", 10_000);
    }

    @BeforeEach
    void needsChromium() {
        Assumptions.assumeTrue(browser != null, "no Chromium installed: the calculator browser check is skipped");
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    /** Types the inputs into the form and returns what the page computed. */
    static JsonNode type(String tops, int bits, boolean sparse, String area, boolean datacenter) throws Exception {
        String js = "(() => { const set = (id, v) => { document.getElementById(id).value = v; };"
            + " set('c-tops', " + Chromium.M.writeValueAsString(tops) + "); set('c-bits', '" + bits + "');"
            + " set('c-area', " + Chromium.M.writeValueAsString(area == null ? "" : area) + ");"
            + " document.getElementById('c-sparse').checked = " + sparse + "; document.getElementById('c-dc').checked = " + datacenter + ";"
            + " document.getElementById('c-tops').dispatchEvent(new Event('input'));"
            + " const r = window.atlas.compute();"
            + " r.shownTpp = document.getElementById('c-tpp').textContent; r.shownPd = document.getElementById('c-pd').textContent;"
            + " r.rows = Array.from(document.querySelectorAll('#c-regimes tbody tr')).map(tr => [tr.dataset.regime, tr.cells[2].dataset.code]);"
            + " return r; })()";
        return browser.eval(session, js);
    }

    static Stream<Arguments> cases() {
        // tops, bits, sparse, area, datacenter, expected TPP, expected PD (null: unknown) — worked out by hand
        return Stream.of(
            Arguments.of("600", 8, false, null, true, "4800", null),                   // Technical Note 2's own example
            Arguments.of("300", 16, false, null, true, "4800", null),                  // the other example
            Arguments.of("599.999", 8, false, null, true, "4799.992", null),
            Arguments.of("600.001", 8, false, null, false, "4800.008", null),
            Arguments.of("1200", 8, true, "814", true, "4800", "5.89680589681"),        // sparse halved: 600 × 8
            Arguments.of("100.862", 16, false, "272.6", true, "1613.792", "5.92"),     // exactly on the 5.92 line
            Arguments.of("100.862", 16, false, "272.6", false, "1613.792", "5.92"),
            Arguments.of("100.861", 16, false, "272.6", true, "1613.776", "5.91994130594"),
            Arguments.of("100", 16, false, "270.27", true, "1600", "5.92000592001"),
            Arguments.of("200", 8, false, "500", true, "1600", "3.2"),                  // b.2 lower edge: 1600 and 3.2
            Arguments.of("300", 8, false, "1500", true, "2400", "1.6"),                 // b.1 lower edge: 2400 and 1.6
            Arguments.of("300", 8, false, "1500.001", true, "2400", "1.59999893333"),
            Arguments.of("2625", 8, false, "1000", true, "21000", "21"),               // the 2026 China box's TPP line
            Arguments.of("2624.999", 8, false, "1000", true, "20999.992", "20.999992"),
            Arguments.of("1979", 8, false, "814", true, "15832", "19.4496314496"),    // H100/H200 FP8
            Arguments.of("0.001", 1, false, "1", true, "0.001", "0.001"),
            Arguments.of("1e3", 8, false, "8e2", true, "8000", "10"));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void thePageAgreesWithJavaAtTheLines(String tops, int bits, boolean sparse, String area, boolean dc, String tpp, String pd) throws Exception {
        JsonNode page = type(tops, bits, sparse, area, dc);
        String what = tops + " × " + bits + (sparse ? " sparse" : "") + " on " + area + (dc ? " (datacenter)" : " (non-datacenter)");
        assertTrue(page.path("error").isMissingNode(), what + ": " + page.path("error").asText());
        // by hand
        assertEquals(tpp, page.get("tpp").asText(), what);
        assertEquals(tpp, page.get("shownTpp").asText(), what);
        assertEquals(pd == null ? "unknown" : pd, page.get("shownPd").asText(), what);
        // the Java answers: the part chipgate tpp builds, its metrics, and each regime's outcome
        Part part = Calculator.part(new BigDecimal(tops), bits, sparse, area == null ? null : new BigDecimal(area), dc);
        Interpretation in = sparse ? Interpretation.defaults().with("sparseOnly=HALVE") : Interpretation.defaults();
        PartMetrics m = PartMetrics.of(part, in);
        assertEquals(0, m.tpp().value().get().compareTo(new BigDecimal(tpp)), what + ": Java TPP " + m.tpp());
        Figure jpd = m.performanceDensity();
        assertEquals(pd == null ? "unknown" : Reports.number(jpd.value().get()).toPlainString(), page.get("shownPd").asText(), what);
        Map<String, String> expected = new TreeMap<>();
        for (Regime r : Regimes.all()) {
            expected.put(r.id(), r.classify(part, in, ON, id -> Optional.empty()).outcome().code());
        }
        Map<String, String> shown = new TreeMap<>();
        page.get("rows").forEach(row -> shown.put(row.get(0).asText(), row.get(1).asText()));
        assertEquals(expected, shown, what);
    }

    /** At the lines the outcomes are the rule's, written by hand (88 FR 73458; 91 FR 1684). */
    @Test
    void theOutcomesAtTheLinesAreTheRules() throws Exception {
        // 3A090.a.1: TPP 4800 "or more", no die area needed
        assertEquals("3A090.a.1", outcome(type("600", 8, false, null, true), "3a090-2024"));
        // Note to 3A090: a part not for datacenters is not 3A090 below TPP 4800, whatever its density
        assertEquals("NOT_CONTROLLED", outcome(type("599.999", 8, false, null, false), "3a090-2024"));
        // 3A090.a.2: TPP ≥ 1600 and PD ≥ 5.92, exactly on the line; a unit of the last digit less is .b.2 (3.2 ≤ PD < 5.92)
        assertEquals("3A090.a.2", outcome(type("100.862", 16, false, "272.6", true), "3a090-2024"));
        assertEquals("3A090.b.2", outcome(type("100.861", 16, false, "272.6", true), "3a090-2024"));
        // the 2026 China box: TPP "less than 21,000": at 21,000 the part is outside (presumption of denial) whatever its
        // DRAM bandwidth; just below, the unknown DRAM bandwidth decides
        assertEquals("PRESUMPTION_OF_DENIAL", outcome(type("2625", 8, false, "1000", true), "china-review-2026"));
        assertEquals("INDETERMINATE", outcome(type("2624.999", 8, false, "1000", true), "china-review-2026"));
    }

    private static String outcome(JsonNode page, String regime) {
        return page.get("outcomes").get(regime).asText();
    }

    /** Between and around the lines, a sweep of inputs: the page and Java agree on every regime. */
    @Test
    void aSweepAgrees() throws Exception {
        List<String[]> inputs = new ArrayList<>();
        for (String tops : new String[] {"100", "199.99", "200", "200.01", "299.999", "300", "450", "599.9999", "600", "600.0001", "2624.9999", "2625", "2625.0001", "9000"}) {
            for (String area : new String[] {"", "50", "250", "405.4054", "810.81081", "1000", "1500", "3000", "6000"}) {
                inputs.add(new String[] {tops, area});
            }
        }
        int checked = 0;
        for (String[] i : inputs) {
            for (boolean dc : new boolean[] {true, false}) {
                JsonNode page = type(i[0], 8, false, i[1].isEmpty() ? null : i[1], dc);
                Part part = Calculator.part(new BigDecimal(i[0]), 8, false, i[1].isEmpty() ? null : new BigDecimal(i[1]), dc);
                for (Regime r : Regimes.all()) {
                    String java = r.classify(part, Interpretation.defaults(), ON, id -> Optional.empty()).outcome().code();
                    assertEquals(java, outcome(page, r.id()), r.id() + " for " + i[0] + " × 8 on " + i[1] + " dc=" + dc);
                    checked++;
                }
            }
        }
        assertTrue(checked > 1000, "checked " + checked);
        assertTrue(browser.problems.isEmpty(), "console errors: " + browser.problems);
    }

    @Test
    void badInputIsOneLineNamingTheFieldAndTheValue() throws Exception {
        JsonNode page = type("12,5", 8, false, null, true);
        assertEquals("rate: invalid value \u201812,5\u2019: expected a decimal above 0 and at most 1000000000000 TOPS", page.get("error").asText());
        page = type("600", 0, false, "0", true);
        assertTrue(page.get("error").asText().startsWith("bit length: invalid value \u20180\u2019: expected a whole number from 1 to 128; die area:"),
            page.get("error").asText());
        assertEquals("", browser.eval(session, "document.querySelectorAll('#c-regimes tbody tr').length + ''").asText().replace("0", ""));
    }

    /** The table the page looks up is cut at every TPP and density line of every regime. */
    @Test
    void theCellsAreCutAtEveryLine() {
        List<BigDecimal> tpp = Calculator.cuts(Regimes.all(), io.chipgate.regime.Quantity.TPP);
        List<BigDecimal> pd = Calculator.cuts(Regimes.all(), io.chipgate.regime.Quantity.PERFORMANCE_DENSITY);
        for (String line : new String[] {"1600", "2400", "4800", "21000"}) {
            assertTrue(tpp.stream().anyMatch(c -> c.compareTo(new BigDecimal(line)) == 0), "TPP line " + line + " in " + tpp);
        }
        for (String line : new String[] {"1.6", "3.2", "5.92"}) {
            assertTrue(pd.stream().anyMatch(c -> c.compareTo(new BigDecimal(line)) == 0), "density line " + line + " in " + pd);
        }
        assertEquals(1, Calculator.index(new BigDecimal("1600"), List.of(new BigDecimal("1600"), new BigDecimal("4800"))));
        assertEquals(0, Calculator.index(new BigDecimal("1599.999"), List.of(new BigDecimal("1600"), new BigDecimal("4800"))));
        assertEquals(2, Calculator.index(new BigDecimal("1600.001"), List.of(new BigDecimal("1600"), new BigDecimal("4800"))));
        assertEquals(4, Calculator.index(new BigDecimal("1e9"), List.of(new BigDecimal("1600"), new BigDecimal("4800"))));
        // 4800 on 5.92 needs an area of 810.8108…: no decimal input lands there, and the cell says so
        assertTrue(Calculator.inCell(3, Optional.of(5), List.of(new BigDecimal("1600"), new BigDecimal("4800")),
            List.of(new BigDecimal("1.6"), new BigDecimal("3.2"), new BigDecimal("5.92")), true).isEmpty());
    }
}
