package io.chipgate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the command line in-process and checks output and exit codes. */
class ChipgateCliTest {
    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Chipgate.execute(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    static JsonNode json(String s) throws IOException {
        return new ObjectMapper().readTree(s);
    }

    @Test
    void regimes() throws IOException {
        Run r = run("regimes", "--on", "2026-11-29", "--format", "json");
        assertEquals(0, r.code(), r.err());
        JsonNode a = json(r.out());
        assertEquals(7, a.size());
        assertEquals("3a090-2022", a.get(0).get("id").asText());
        assertEquals("SUPERSEDED", a.get(0).get("status").asText());
        assertEquals("NOT_ENFORCED", a.get(3).get("status").asText());
        assertTrue(run("regimes").out().contains("89 FR 96790"));
    }

    @Test
    void parts() throws IOException {
        Run text = run("parts", "--vendor", "NVIDIA");
        assertEquals(0, text.code(), text.err());
        assertTrue(text.out().contains("nvidia-h100-sxm"));
        Run js = run("parts", "--kind", "MEMORY", "--format", "json");
        assertTrue(json(js.out()).size() >= 4);
        Run csv = run("parts", "--format", "csv");
        String header = csv.out().lines().findFirst().get();
        assertTrue(header.startsWith("id,vendor,name,year,kind,datacenter,tpp,performance_density"), header);
        assertTrue(csv.out().contains("nvidia-h20,"));
    }

    @Test
    void classifyJsonHasTheStableFields() throws IOException {
        Run r = run("classify", "h20", "--regime", "3a090-2023", "--on", "2026-11-29", "--format", "json");
        assertEquals(0, r.code(), r.err());
        JsonNode d = json(r.out()).get(0);
        for (String f : new String[] {"part", "regime", "date", "outcome", "tpp", "performanceDensity", "clauses", "margins",
            "citations", "warnings"}) {
            assertTrue(d.has(f), f);
        }
        assertEquals("nvidia-h20", d.get("part").asText());
        assertEquals("NOT_CONTROLLED", d.get("outcome").asText());
        assertEquals("SUPERSEDED", d.get("status").asText());
        assertEquals("2368", d.get("tpp").asText());
    }

    @Test
    void classifyEveryRegimeInForceToday() {
        Run r = run("classify", "H800", "--on", "2026-11-29");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("3a090-2024"));
        assertTrue(r.out().contains("3A090.a.1"));
        assertFalse(r.out().contains("3a090-2022 on"));
    }

    @Test
    void classifyASpecFileAndStrictIndeterminate(@TempDir Path dir) throws IOException {
        Path ok = Path.of("specs/example-accelerator.json");
        Run r = run("classify", "--spec", ok.toString(), "--regime", "3a090-2023", "--format", "json");
        assertEquals(0, r.code(), r.err());
        assertEquals("3A090.a.2", json(r.out()).get(0).get("outcome").asText());
        Path open = dir.resolve("open.json");
        Files.writeString(open, "{\"id\": \"x\", \"vendor\": \"v\", \"name\": \"n\", \"compute\": [{\"precision\": \"FP16\", \"denseTops\": 200}]}");
        assertEquals(0, run("classify", "--spec", open.toString(), "--regime", "3a090-2023").code());
        Run strict = run("classify", "--spec", open.toString(), "--regime", "3a090-2023", "--strict");
        assertEquals(1, strict.code());
        assertTrue(strict.out().contains("INDETERMINATE"));
    }

    @Test
    void badSpecFilesExitWith3AndOneLine(@TempDir Path dir) throws IOException {
        String good = Files.readString(Path.of("specs/example-accelerator.json"));
        String[][] cases = {
            {"negative.json", good.replace("\"areaMm2\": 272.6", "\"areaMm2\": -272.6"), "$.dies[0].areaMm2"},
            {"type.json", good.replace("\"areaMm2\": 272.6", "\"areaMm2\": \"272.6\""), "$.dies[0].areaMm2"},
            {"truncated.json", good.substring(0, good.length() / 3), "well-formed JSON"},
            {"unknown.json", good.replace("\"year\": 2026", "\"year\": 2026, \"colour\": \"red\""), "$.colour"}};
        for (String[] c : cases) {
            Path f = dir.resolve(c[0]);
            Files.writeString(f, c[1]);
            Run r = run("classify", "--spec", f.toString());
            assertEquals(3, r.code(), c[0] + ": " + r.err());
            assertEquals(1, r.err().lines().count(), r.err());
            assertTrue(r.err().contains(c[0]) && r.err().contains(c[2]), r.err());
            assertFalse(r.err().contains("\tat "), "no stack trace");
        }
    }

    @Test
    void unknownPartSuggestsAndUnknownRegimeIsAUsageError() {
        Run p = run("classify", "h1000");
        assertEquals(2, p.code());
        assertTrue(p.err().contains("did you mean"), p.err());
        Run r = run("classify", "h100", "--regime", "3a090-2032");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("Unknown regime"), r.err());
        assertEquals(2, run("frobnicate").code());
        assertEquals(2, run("classify", "h100", "--bogus").code());
    }

    @Test
    void history() {
        Run r = run("history", "a800");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("2022-10-07 → 2023-11-16"), r.out());
        assertTrue(r.out().contains("3a090-2022=NOT_CONTROLLED"));
        assertTrue(r.out().contains("3a090-2023=3A090.a.1"));
    }

    @Test
    void matrix() throws IOException {
        Run t = run("matrix", "--on", "2026-11-29");
        assertEquals(0, t.code(), t.err());
        assertTrue(t.out().contains("nvidia-h20"));
        Run c = run("matrix", "--on", "2026-11-29", "--format", "csv");
        assertTrue(c.out().startsWith("part,3a090-2022,3a090-2023,3a090-2024"));
        assertTrue(json(run("matrix", "--format", "json").out()).size() > 60);
    }

    @Test
    void frontier() throws IOException {
        Run r = run("frontier", "--regime", "3a090-2023", "--die-area", "814", "--format", "json");
        assertEquals(0, r.code(), r.err());
        assertEquals("2400", json(r.out()).get("tppBoundary").asText());
        assertEquals("1920", json(run("frontier", "--regime", "3a090-2023", "--die-area", "600", "--format", "json").out()).get("tppBoundary").asText());
        assertEquals("4800", json(run("frontier", "--regime", "3a090-2023", "--die-area", "600", "--non-datacenter", "--format", "json").out()).get("tppBoundary").asText());
        Run p = run("frontier", "--part", "h20", "--regime", "3a090-2023");
        assertTrue(p.out().contains("raise TPP to 2400 (+32)"), p.out());
    }

    @Test
    void quota(@TempDir Path dir) throws IOException {
        Path order = dir.resolve("order.csv");
        Files.writeString(order, "part,quantity\nnvidia-hgx-h100-8gpu,100\nh20,50\n");
        Run r = run("quota", "--order", order.toString(), "--format", "json");
        assertEquals(0, r.code(), r.err());
        JsonNode q = json(r.out());
        assertFalse(q.get("enforced").asBoolean());
        assertTrue(q.get("h100Equivalents").decimalValue().signum() > 0);
        Files.writeString(order, "part,quantity\nh100,-3\n");
        Run bad = run("quota", "--order", order.toString());
        assertEquals(3, bad.code());
        assertTrue(bad.err().contains("quantity"), bad.err());
    }

    @Test
    void chartsAreValidPngAndSvg(@TempDir Path dir) throws IOException {
        Path png = dir.resolve("c.png");
        Path svg = dir.resolve("c.svg");
        assertEquals(0, run("chart", "--out", png.toString()).code());
        assertEquals(0, run("chart", "--out", svg.toString(), "--regime", "3a090-2022").code());
        byte[] b = Files.readAllBytes(png);
        assertTrue(b.length > 20_000, "PNG size " + b.length);
        assertEquals((byte) 0x89, b[0]);
        assertEquals('P', b[1]);
        assertEquals('N', b[2]);
        assertEquals('G', b[3]);
        String s = Files.readString(svg);
        assertTrue(s.length() > 20_000, "SVG size " + s.length());
        org.w3c.dom.Element root;
        try {
            javax.xml.parsers.DocumentBuilderFactory f = javax.xml.parsers.DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            root = f.newDocumentBuilder().parse(svg.toFile()).getDocumentElement();
        } catch (javax.xml.parsers.ParserConfigurationException | org.xml.sax.SAXException e) {
            throw new AssertionError("the SVG is not well-formed XML: " + e.getMessage(), e);
        }
        assertEquals("svg", root.getTagName());
        assertEquals("0 0 1400 900", root.getAttribute("viewBox"), "scales: a viewBox matching the drawing size");
        java.util.Set<String> families = new java.util.TreeSet<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("font-family:\\s*([^;\"]+)").matcher(s);
        while (m.find()) {
            families.add(m.group(1).trim());
        }
        assertEquals(java.util.Set.of("sans-serif"), families, "only generic font families render the same everywhere");
    }

    @Test
    void specSummary() {
        Run r = run("spec", "specs/example-accelerator.json");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("1613.792"));
        assertTrue(r.out().contains("performance density      5.92"), r.out());
    }

    @Test
    void license() throws IOException {
        Run r = run("license", "h100", "--to", "CN", "--hq", "CN", "--on", "2024-06-01", "--format", "json");
        assertEquals(0, r.code(), r.err());
        JsonNode d = json(r.out());
        for (String f : new String[] {"part", "destination", "headquarters", "date", "licenseRequired", "basis",
            "licenseExceptions", "reviewPolicy", "asWritten", "asEnforced", "readings", "readingsDisagree", "citations", "warnings"}) {
            assertTrue(d.has(f), f);
        }
        assertTrue(d.get("licenseRequired").asBoolean());
        Run de = run("license", "h100", "--to", "DE", "--hq", "DE", "--on", "2024-06-01", "--format", "json");
        assertFalse(json(de.out()).get("licenseRequired").asBoolean(), de.out());
        Run unknown = run("license", "h100", "--to", "DE", "--on", "2024-06-01", "--strict");
        assertEquals(1, unknown.code(), "headquarters unknown: § 744.23(a)(3) could apply");
        assertEquals(2, run("license", "h100", "--to", "China").code());
    }
}
