package io.chipgate.atlas;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.chipgate.catalog.Catalog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The atlas pictures the README shows ({@code docs/atlas-*.png}) are screenshots of a fresh atlas of the built-in
 * catalog on 2026-11-29, taken in headless Chromium at 1400×900 into {@code target/docs-pictures/}, and must equal
 * the committed ones pixel for pixel (so they always show the current catalog version and part count); see
 * {@link DocsPictures} for the one command that refreshes them. Skipped, saying so, without Chromium.
 */
class DocsAtlasPicturesTest {
    static final LocalDate ON = LocalDate.of(2026, 11, 29);

    @Test
    void theAtlasPicturesAreCurrent(@TempDir Path tmp) throws Exception {
        Optional<Path> exe = Chromium.find();
        if (exe.isEmpty()) {
            System.out.println("SKIPPED the atlas pictures check: no Chromium found; install it with apt-get install -y chromium");
        }
        Assumptions.assumeTrue(exe.isPresent(), "no Chromium installed: the atlas pictures are not checked");
        Path site = tmp.resolve("site");
        // the version printed on every page is fixed, so that a release does not change the pictures
        Atlas.of(Catalog.builtin(), ON, Atlas.defaultFrom(), Atlas.defaultTo(), "chipgate").write(site);
        Files.createDirectories(DocsPictures.RENDERED);
        String[][] pages = {
            {"atlas-index.png", "index.html"},
            {"atlas-plane.png", "plane.html?labels=1"},
            {"atlas-plane-china-review-2026.png", "plane.html?regime=china-review-2026&labels=1"},
            {"atlas-calculator.png", "calculator.html?tops=100.862&bits=16&area=272.6"}};
        Catalog catalog = Catalog.builtin();
        String shows = "catalog " + catalog.version() + ", " + catalog.size() + " parts, " + ON;
        String environment;
        try (Chromium browser = Chromium.launch(exe.get(), tmp.resolve("profile"))) {
            // Chromium's version and its fonts' metrics: the screenshots' pixels depend on both
            String s0 = browser.newPage(200, 100);
            String fonts = browser.eval(s0, "(() => { const c = document.createElement('canvas').getContext('2d'); return ['14px system-ui', '10px sans-serif',"
                + " 'bold 12px sans-serif', '12px monospace'].map(f => { c.font = f; return c.measureText('3A090.a.2 TPP ≥ 1600 — MI325X 0123456789').width; }).join(','); })()").asText();
            environment = browser.send(null, "Browser.getVersion", null).get("product").asText() + ", fonts " + DocsPictures.hash(fonts);
            for (String[] p : pages) {
                String s = browser.newPage(1400, 900);
                browser.navigate(s, site.resolve("index.html").toUri().resolve(p[1]).toString());
                browser.waitFor(s, "window.atlas && window.atlas.ready && document.readyState === 'complete'", 10_000);
                Path shot = DocsPictures.RENDERED.resolve(p[0]);
                browser.screenshot(s, shot);
                assertTrue(browser.problems.isEmpty(), p[1] + ": " + browser.problems);
            }
        }
        for (String[] p : pages) {
            DocsPictures.check(DocsPictures.RENDERED.resolve(p[0]), shows, "environment.chromium", environment);
        }
    }
}
