package io.chipgate.atlas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.chipgate.cli.Chipgate;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The screening report for legal, in headless Chromium: it loads without a console error or a request elsewhere,
 * and the 50-line ERP book prints (A4 landscape, the page's print stylesheet) to a few pages. Skipped without
 * Chromium ({@code apt-get install -y chromium}).
 */
class ScreeningReportBrowserTest {
    /**
     * The bound for the 50-line book with 44 distinct decisions, each detailed once: measured 5 pages in Chromium 150
     * (the lines on the first page, the decisions and the notes in four columns, the caps and the stamp on the last;
     * 12 before the print stylesheet was made compact, 15 before the notes were split, 158 before issue 21).
     */
    static final int MAX_PAGES = 5;

    @TempDir
    Path tmp;

    @Test
    void theFiftyLineBookPrintsToAFewPages() throws Exception {
        Optional<Path> exe = Chromium.find();
        Assumptions.assumeTrue(exe.isPresent(), "no Chromium installed: the screening print check is skipped (apt-get install -y chromium)");
        Path in = tmp.resolve("erp-export.csv");
        try (var s = getClass().getResourceAsStream("/orderbook/erp-export.csv")) {
            Files.copy(s, in);
        }
        Path html = tmp.resolve("screening.html");
        StringWriter err = new StringWriter();
        assertEquals(0, Chipgate.execute(new String[] {"screen", in.toString(), "--on", "2026-11-30", "--format", "html", "--out", html.toString()},
            new PrintWriter(new StringWriter()), new PrintWriter(err)), err.toString());
        Chromium browser = Chromium.launch(exe.get(), tmp.resolve("profile"));
        try {
            String s = browser.newPage(1400, 900);
            browser.navigate(s, html.toUri().toString());
            browser.waitFor(s, "document.readyState === 'complete' && document.querySelectorAll('table.lines tbody tr').length > 0", 20_000);
            assertTrue(browser.problems.isEmpty(), "console errors or failed requests: " + browser.problems);
            assertEquals(50, browser.eval(s, "document.querySelectorAll('table.lines tbody tr').length").asInt());
            browser.send(s, "Emulation.setEmulatedMedia", Chromium.M.createObjectNode().put("media", "print"));
            browser.send(s, "Emulation.setDeviceMetricsOverride", Chromium.M.createObjectNode().put("width", 1047).put("height", 718)
                .put("deviceScaleFactor", 1).put("mobile", false));
            System.out.println("ScreeningReportBrowserTest: sections at print height (A4 landscape pages of 718 px): " + browser.eval(s,
                "Array.from(document.querySelectorAll('h2, section.notes > h3')).map(h => h.textContent.slice(0, 30) + ' @ ' + (h.getBoundingClientRect().top / 718).toFixed(1)).join('; ')"
                + " + '; end @ ' + (document.body.scrollHeight / 718).toFixed(1)").asText());
            // in print every line is one row of text: long cells are cut (the decision has them whole), nothing wraps
            String[] h = browser.eval(s, "(() => { const h = Array.from(document.querySelectorAll('table.lines tbody tr'))"
                + ".map(r => r.getBoundingClientRect().height); return Math.min(...h) + ' ' + Math.max(...h); })()").asText().split(" ");
            assertTrue(Double.parseDouble(h[1]) < 1.5 * Double.parseDouble(h[0]), "a line's row wraps in print: row heights from " + h[0] + " to " + h[1] + " px");
            String pdf = browser.send(s, "Page.printToPDF", Chromium.M.createObjectNode().put("preferCSSPageSize", true)).get("data").asText();
            byte[] bytes = Base64.getDecoder().decode(pdf);
            Files.write(tmp.resolve("screening.pdf"), bytes);
            Matcher m = Pattern.compile("/Type\\s*/Page[^s]").matcher(new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1));
            int pages = 0;
            while (m.find()) {
                pages++;
            }
            System.out.println("ScreeningReportBrowserTest: the 50-line book prints to " + pages + " A4 landscape pages");
            assertTrue(pages >= 2 && pages <= MAX_PAGES, pages + " pages");
        } finally {
            browser.close();
        }
    }
}
