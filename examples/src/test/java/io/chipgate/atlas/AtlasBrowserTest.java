package io.chipgate.atlas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.chipgate.catalog.Catalog;
import io.chipgate.model.Part;
import io.chipgate.regime.Regimes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The atlas in a real browser: headless Chromium opens the written site from disk, with no server and no network.
 * Fails on any console error, uncaught exception or failed request; filters the matrix; clicks a point of the
 * plane and lands on the part's page; takes screenshots at 1400×900 into {@code target/atlas-screenshots/}.
 * Skipped, saying so plainly, when no Chromium is installed ({@code apt-get install -y chromium}).
 */
class AtlasBrowserTest {
    static final LocalDate ON = LocalDate.of(2025, 1, 15);
    static final Path SHOTS = Path.of("target/atlas-screenshots");

    @TempDir
    static Path tmp;

    static Chromium browser;
    static Catalog catalog;
    static Path site;

    @BeforeAll
    static void start() throws Exception {
        Optional<Path> exe = Chromium.find();
        if (exe.isEmpty()) {
            System.out.println("SKIPPED the atlas browser check: no Chromium found (-Dchipgate.chromium, $CHROMIUM, /usr/bin/chromium); install it with apt-get install -y chromium");
        }
        if (exe.isEmpty()) {
            return;
        }
        catalog = Catalog.builtin();
        site = tmp.resolve("site");
        Atlas.of(catalog, ON, Atlas.defaultFrom(), Atlas.defaultTo(), "chipgate 0.1.0").write(site);
        browser = Chromium.launch(exe.get(), tmp.resolve("profile"));
    }

    @BeforeEach
    void needsChromium() {
        Assumptions.assumeTrue(browser != null, "no Chromium installed: the atlas browser check is skipped (apt-get install -y chromium)");
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    private static String open(String page) throws Exception {
        String s = browser.newPage(1400, 900);
        browser.navigate(s, site.resolve(page).toUri().toString());
        return s;
    }

    private static void noProblems(String where) {
        assertTrue(browser.problems.isEmpty(), "console errors or failed requests on " + where + ": " + browser.problems);
    }

    @Test
    void indexLoadsFiltersAndSorts() throws Exception {
        String s = open("index.html");
        browser.waitFor(s, "window.atlas && window.atlas.ready", 10_000);
        double readyMs = browser.eval(s, "window.atlas.readyAt").asDouble();
        System.out.printf("atlas browser check: index.html interactive %.0f ms after navigation start%n", readyMs);
        assertTrue(readyMs < 5000, "index interactive in " + readyMs + " ms");
        assertEquals(catalog.size(), browser.eval(s, "document.querySelectorAll('#matrix tbody tr:not([hidden])').length").asInt());
        browser.screenshot(s, SHOTS.resolve("index.png"));
        // vendor filter: exactly the vendor's parts stay visible
        String visible = "Array.from(document.querySelectorAll('#matrix tbody tr')).filter(tr => tr.offsetParent !== null).map(tr => tr.dataset.part)";
        JsonNode amd = browser.eval(s, "(() => { const v = document.getElementById('f-vendor'); v.value = 'AMD'; v.dispatchEvent(new Event('change')); return "
            + visible + "; })()");
        Set<String> expected = catalog.byVendor("AMD").stream().map(Part::id).collect(Collectors.toCollection(TreeSet::new));
        assertTrue(expected.size() > 2);
        assertEquals(expected, ids(amd));
        assertEquals(expected.size() + " of " + catalog.size() + " parts shown", browser.eval(s, "document.getElementById('count').textContent").asText());
        // outcome under a regime: the parts 3a090-2023 puts under 3A090.a.1
        JsonNode a1 = browser.eval(s, "(() => { const v = document.getElementById('f-vendor'); v.value = ''; "
            + "document.getElementById('f-regime').value = '3a090-2023'; const o = document.getElementById('f-outcome'); o.value = '3A090.a.1'; "
            + "o.dispatchEvent(new Event('change')); return " + visible + "; })()");
        Set<String> a1Expected = catalog.parts().stream()
            .filter(p -> Regimes.byId("3a090-2023").classify(p, io.chipgate.metrics.Interpretation.defaults(), ON, catalog::find).outcome().code().equals("3A090.a.1"))
            .map(Part::id).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(a1Expected, ids(a1));
        // in-force columns only
        int shownColumns = browser.eval(s, "(() => { const v = document.getElementById('f-status'); v.value = 'IN_FORCE'; v.dispatchEvent(new Event('change'));"
            + " return Array.from(document.querySelectorAll('#matrix thead th.regime')).filter(th => !th.hidden).length; })()").asInt();
        assertEquals(Regimes.inForceOn(ON).size(), shownColumns);
        // sorting by TPP, descending after two clicks: the first row has the largest TPP
        browser.eval(s, "(() => { ['f-status','f-outcome','f-regime'].forEach(id => document.getElementById(id).value = ''); "
            + "document.getElementById('f-outcome').dispatchEvent(new Event('change')); const th = document.querySelectorAll('#matrix thead th')[5]; th.click(); th.click(); return 1; })()");
        String first = browser.eval(s, visible + "[0]").asText();
        double firstTpp = Double.parseDouble(browser.eval(s, "document.querySelector('#matrix tbody tr td:nth-child(6)').dataset.v").asText());
        for (JsonNode p : browser.eval(s, "Array.from(document.querySelectorAll('#matrix tbody tr td:nth-child(6)')).map(td => td.dataset.v).filter(v => v !== '')")) {
            assertTrue(Double.parseDouble(p.asText()) <= firstTpp, first + " first by TPP");
        }
        noProblems("index.html");
    }

    @Test
    void planeDrawsAndAClickOnAPointOpensThePart() throws Exception {
        String s = open("plane.html");
        browser.waitFor(s, "window.atlas && window.atlas.ready", 10_000);
        double readyMs = browser.eval(s, "window.atlas.readyAt").asDouble();
        System.out.printf("atlas browser check: plane.html drawn and interactive %.0f ms after navigation start%n", readyMs);
        assertTrue(browser.eval(s, "window.atlas.plotted.length").asInt() > 20, "points plotted");
        assertTrue(browser.eval(s, "document.querySelectorAll('#unplotted-list li').length").asInt() > 0, "unplottable parts listed");
        browser.screenshot(s, SHOTS.resolve("plane.png"));
        // the 2022 plane (TPP × I/O) draws too
        browser.eval(s, "(() => { const r = document.getElementById('p-regime'); r.value = '3a090-2022'; r.dispatchEvent(new Event('change')); return 1; })()");
        assertTrue(browser.eval(s, "window.atlas.chart.getOption().title[0].text.indexOf('I/O') >= 0").asBoolean());
        browser.eval(s, "(() => { const r = document.getElementById('p-regime'); r.value = '3a090-2024'; r.dispatchEvent(new Event('change')); return 1; })()");
        // the date control: on 2023-11-17 the 2024 text was not yet in force, and the page says so
        String status = browser.eval(s, "(() => { const d = document.getElementById('p-date'); d.value = String(window.atlas.data.dates.indexOf('2023-11-17'));"
            + " d.dispatchEvent(new Event('input')); return document.getElementById('p-status').textContent + '|' + document.getElementById('p-date-text').textContent; })()").asText();
        assertEquals("3a090-2024 is NOT_YET on 2023-11-17: the points show the rule as written.|2023-11-17", status);
        browser.eval(s, "(() => { const d = document.getElementById('p-date'); d.value = String(window.atlas.data.dates.indexOf('" + ON + "'));"
            + " d.dispatchEvent(new Event('input')); return 1; })()");
        assertEquals("", browser.eval(s, "document.getElementById('p-status').textContent").asText());
        // a point that no other point overlaps, clicked with the mouse
        JsonNode target = browser.eval(s, "(() => { const pts = window.atlas.chart.getOption().series.slice(2).flatMap(x => x.data).map(d => [d.id, window.atlas.pointOf(d.id)]);"
            + " for (const [id, p] of pts) { if (p && p.x > 120 && pts.every(([j, q]) => j === id || Math.hypot(p.x - q.x, p.y - q.y) > 16)) return {id: id, x: p.x, y: p.y}; } return null; })()");
        assertNotNull(target.get("id"), "an isolated point");
        browser.click(s, target.get("x").asDouble(), target.get("y").asDouble());
        String page = "parts/" + target.get("id").asText() + ".html";
        browser.waitFor(s, "location.href.endsWith('" + page + "') && document.readyState === 'complete'", 10_000);
        assertEquals(catalog.part(target.get("id").asText()).name(), browser.eval(s, "document.querySelector('h1').textContent").asText());
        noProblems("plane.html and " + page);
    }

    /**
     * The China review plane (TPP × total DRAM bandwidth) chosen by the page's address, with the names on the points
     * as a printable figure: every plotted part has one label, inside the plot, none overlapping another or covering
     * a point; every point lies within the axes (parts below TPP 300, such as the A2, widen them).
     */
    @Test
    void theChinaPlaneWithStaticLabelsPrintsAsAFigure() throws Exception {
        String s = browser.newPage(1400, 900);
        browser.navigate(s, site.resolve("plane.html").toUri() + "?regime=china-review-2026&labels=1");
        browser.waitFor(s, "window.atlas && window.atlas.ready", 10_000);
        assertEquals("china-review-2026", browser.eval(s, "document.getElementById('p-regime').value").asText());
        assertTrue(browser.eval(s, "window.atlas.chart.getOption().title[0].text.indexOf('TPP × total DRAM bandwidth') >= 0").asBoolean());
        JsonNode labels = browser.eval(s, "window.atlas.labels");
        JsonNode area = browser.eval(s, "window.atlas.labelArea");
        int plotted = browser.eval(s, "window.atlas.plotted.length").asInt();
        assertTrue(plotted > 40, "plotted " + plotted);
        assertEquals(plotted, labels.size(), "one label per point");
        java.util.List<java.awt.geom.Rectangle2D> boxes = new java.util.ArrayList<>();
        java.awt.geom.Rectangle2D plot = new java.awt.geom.Rectangle2D.Double(area.get("x").asDouble(), area.get("y").asDouble(),
            area.get("w").asDouble(), area.get("h").asDouble());
        for (JsonNode l : labels) {
            JsonNode b = l.get("box");
            java.awt.geom.Rectangle2D r = new java.awt.geom.Rectangle2D.Double(b.get("x").asDouble(), b.get("y").asDouble(), b.get("w").asDouble(), b.get("h").asDouble());
            assertTrue(plot.contains(l.get("x").asDouble(), l.get("y").asDouble()), l.get("text") + ": its point is off the axes");
            assertTrue(plot.contains(r), l.get("text") + " outside the plot");
            for (java.awt.geom.Rectangle2D o : boxes) {
                assertTrue(!o.intersects(r), l.get("text") + " overlaps another label");
            }
            boxes.add(r);
        }
        for (JsonNode l : labels) {
            java.awt.geom.Rectangle2D marker = new java.awt.geom.Rectangle2D.Double(l.get("x").asDouble() - 4, l.get("y").asDouble() - 4, 8, 8);
            for (java.awt.geom.Rectangle2D r : boxes) {
                assertTrue(!r.intersects(marker), "a label covers the point of " + l.get("text"));
            }
        }
        // every part with a TPP and a DRAM bandwidth is a point, and each is coloured by its china-review-2026 outcome
        JsonNode outcomes = browser.eval(s, "Object.fromEntries(window.atlas.chart.getOption().series.slice(2).flatMap(x => x.data).map(d => [d.id, d.outcome]))");
        for (String id : new String[] {"nvidia-h200-sxm", "nvidia-h20", "nvidia-b200"}) {
            assertEquals(Regimes.byId("china-review-2026").classify(catalog.part(id), io.chipgate.metrics.Interpretation.defaults(), ON, catalog::find)
                .outcome().code(), outcomes.path(id).asText(), id);
        }
        browser.screenshot(s, SHOTS.resolve("plane-china-review-2026.png"));
        noProblems("plane.html?regime=china-review-2026&labels=1");
    }

    @Test
    void partPageAndHostileTextLoadCleanly() throws Exception {
        String s = open("parts/nvidia-h20.html");
        browser.waitFor(s, "document.readyState === 'complete'", 10_000);
        assertTrue(browser.eval(s, "document.querySelectorAll('section.det').length").asInt() == Regimes.all().size());
        browser.screenshot(s, SHOTS.resolve("part-nvidia-h20.png"));
        noProblems("parts/nvidia-h20.html");
        // a user catalog whose text is markup: nothing runs, nothing is requested
        Path hostileSite = tmp.resolve("hostile");
        Atlas.of(Catalog.builtin().withFiles(Path.of("src/test/resources/atlas/hostile-part.json")), ON, Atlas.defaultFrom(), Atlas.defaultTo(), "x")
            .write(hostileSite);
        for (String page : new String[] {"index.html", "plane.html", "parts/hostile-x1.html", "regimes/3a090-2024.html"}) {
            String t = browser.newPage(1400, 900);
            browser.navigate(t, hostileSite.resolve(page).toUri().toString());
            browser.waitFor(t, "document.readyState === 'complete'", 10_000);
            Thread.sleep(200);
            assertTrue(browser.eval(t, "typeof window.__pwned === 'undefined'").asBoolean(), "user markup ran on " + page);
            if (page.startsWith("parts/")) {
                assertEquals(Catalog.builtin().withFiles(Path.of("src/test/resources/atlas/hostile-part.json")).part("hostile-x1").name(),
                    browser.eval(t, "document.querySelector('h1').textContent").asText());
            }
        }
        // the hostile point's tooltip shows its name as text (shown through ECharts' own action: at TPP 4800 and PD 8
        // the point sits under the RTX 4090 D's, so a mouse would hover that one); its static label is canvas text
        String p = browser.newPage(1400, 900);
        browser.navigate(p, hostileSite.resolve("plane.html").toUri() + "?labels=1");
        browser.waitFor(p, "window.atlas && window.atlas.ready", 10_000);
        assertTrue(browser.eval(p, "window.atlas.labels.some(l => l.id === 'hostile-x1')").asBoolean(), "the hostile part is labelled");
        browser.eval(p, "(() => { const ss = window.atlas.chart.getOption().series; for (let si = 0; si < ss.length; si++) {"
            + " const di = (ss[si].data || []).findIndex(d => d && d.id === 'hostile-x1');"
            + " if (di >= 0) { window.atlas.chart.dispatchAction({type: 'showTip', seriesIndex: si, dataIndex: di}); return [si, di]; } } return null; })()");
        browser.waitFor(p, "document.getElementById('plane').innerText.indexOf('hostile') >= 0 || document.getElementById('plane').innerText.indexOf('__pwned=1') >= 0", 5_000);
        assertTrue(browser.eval(p, "document.getElementById('plane').innerText").asText().contains("<script>window.__pwned=1</script>"),
            "the tooltip shows the name as text");
        assertTrue(browser.eval(p, "typeof window.__pwned === 'undefined'").asBoolean(), "tooltip ran user markup");
        noProblems("the hostile catalog's pages");
        assertTrue(Files.size(SHOTS.resolve("part-nvidia-h20.png")) > 10_000);
    }

    private static Set<String> ids(JsonNode a) {
        Set<String> s = new TreeSet<>();
        a.forEach(n -> s.add(n.asText()));
        return s;
    }
}
