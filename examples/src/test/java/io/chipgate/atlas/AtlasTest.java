package io.chipgate.atlas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.chipgate.catalog.Catalog;
import io.chipgate.metrics.Interpretation;
import io.chipgate.model.Part;
import io.chipgate.regime.Regime;
import io.chipgate.regime.Regimes;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The written atlas, parsed with jsoup: every part appears, every internal link resolves, nothing is loaded from
 * outside the directory, the embedded data equals data.json and agrees with classify, and user text is text.
 */
class AtlasTest {
    static final LocalDate ON = LocalDate.of(2025, 1, 15);
    static final ObjectMapper M = new ObjectMapper();

    @TempDir
    static Path tmp;

    static Path site;
    static Catalog catalog;

    @BeforeAll
    static void write() throws IOException {
        catalog = Catalog.builtin().withFiles(Path.of("src/test/resources/atlas/hostile-part.json"));
        site = tmp.resolve("site");
        Atlas.of(catalog, ON, Atlas.defaultFrom(), Atlas.defaultTo(), "chipgate test").write(site);
    }

    static final java.util.Map<Path, Document> PARSED = new java.util.concurrent.ConcurrentHashMap<>();

    /** The parsed page, parsed once per run (tests only read the documents). */
    static Document parse(Path file) throws IOException {
        Document d = PARSED.get(file);
        if (d == null) {
            d = Jsoup.parse(file.toFile(), "UTF-8", file.toUri().toString());
            PARSED.put(file, d);
        }
        return d;
    }

    static List<Path> htmlFiles() throws IOException {
        try (Stream<Path> s = Files.walk(site)) {
            return s.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }

    @Test
    void everyCatalogPartHasARowAPageAndAPoint() throws IOException {
        Document index = parse(site.resolve("index.html"));
        Set<String> rows = new HashSet<>();
        for (Element tr : index.select("#matrix tbody tr")) {
            rows.add(tr.attr("data-part"));
            assertEquals(Regimes.all().size(), tr.select("td.cell").size(), "one cell per regime in " + tr.attr("data-part"));
        }
        for (Part p : catalog.parts()) {
            assertTrue(rows.contains(p.id()), "row for " + p.id());
            Path page = site.resolve("parts").resolve(p.id() + ".html");
            assertTrue(Files.exists(page), "page for " + p.id());
            assertEquals(p.name(), parse(page).selectFirst("h1").text());
        }
        assertEquals(catalog.size(), rows.size());
        for (Regime r : Regimes.all()) {
            assertTrue(Files.exists(site.resolve("regimes").resolve(r.id() + ".html")), r.id());
            assertNotNull(index.selectFirst("#matrix thead th[data-regime=" + r.id() + "]"), "column " + r.id());
        }
        // every regime page lists every part once, grouped by outcome
        Document reg = parse(site.resolve("regimes/3a090-2023.html"));
        assertEquals(catalog.size(), reg.select("ul.parts li").size());
    }

    @Test
    void everyInternalLinkResolves() throws IOException {
        int checked = 0;
        for (Path file : htmlFiles()) {
            Document d = parse(file);
            for (Element e : d.select("a[href], link[href], script[src], img[src]")) {
                String ref = e.hasAttr("href") ? e.attr("href") : e.attr("src");
                if (ref.startsWith("http://") || ref.startsWith("https://")) {
                    assertEquals("a", e.tagName(), "only links may point outside: " + ref + " in " + file);
                    continue;
                }
                int hash = ref.indexOf('#');
                String path = hash < 0 ? ref : ref.substring(0, hash);
                String fragment = hash < 0 ? "" : ref.substring(hash + 1);
                assertFalse(path.contains(":"), "no scheme in an internal link: " + ref + " in " + file);
                Path target = path.isEmpty() ? file : file.getParent().resolve(URLDecoder.decode(path, StandardCharsets.UTF_8)).normalize();
                assertTrue(target.startsWith(site), "link " + ref + " stays inside the site");
                assertTrue(Files.isRegularFile(target), "link " + ref + " in " + site.relativize(file) + " resolves to " + target);
                if (!fragment.isEmpty()) {
                    assertNotNull(parse(target).getElementById(fragment), "anchor #" + fragment + " of " + ref + " in " + file);
                }
                checked++;
            }
        }
        assertTrue(checked > 1000, "links checked: " + checked);
    }

    @Test
    void nothingIsLoadedFromOutside() throws IOException {
        Pattern external = Pattern.compile("(?i)(https?:)?//[a-z0-9.-]+\\.[a-z]{2,}");
        // every page is looked at: one per part and per regime, the matrix, the plane, the changes
        int pages = htmlFiles().size();
        assertTrue(pages >= catalog.size() + Regimes.all().size() + 3, "pages: " + pages);
        for (Path file : htmlFiles()) {
            Document d = parse(file);
            for (Element e : d.select("script[src], link[href], img, iframe, object, embed, video, audio, source, form[action]")) {
                for (String attr : List.of("src", "href", "action", "data", "srcset")) {
                    assertFalse(external.matcher(e.attr(attr)).find(), "external " + attr + " " + e.attr(attr) + " in " + file);
                }
            }
            for (Element e : d.select("[style], style")) {
                assertFalse((e.attr("style") + e.data()).contains("url("), "no CSS url() in " + file);
            }
        }
        String css = Files.readString(site.resolve("assets/atlas.css"));
        assertFalse(css.contains("url(") || css.contains("@import"), "atlas.css loads nothing");
        String js = Files.readString(site.resolve("assets/atlas.js"));
        assertFalse(Pattern.compile("(?i)fetch\\(|XMLHttpRequest|https?://").matcher(js).find(), "atlas.js loads nothing");
    }

    @Test
    void embeddedJsonEqualsDataJsonAndAgreesWithClassify() throws IOException {
        JsonNode file = M.readTree(site.resolve("data.json").toFile());
        for (String page : List.of("index.html", "plane.html")) {
            Element script = parse(site.resolve(page)).getElementById("atlas-data");
            assertNotNull(script, page);
            assertEquals("application/json", script.attr("type"));
            assertEquals(file, M.readTree(script.data()), "embedded data of " + page + " equals data.json");
        }
        assertEquals(ON.toString(), file.at("/meta/date").asText());
        assertEquals(catalog.version(), file.at("/meta/catalogVersion").asText());
        assertEquals(catalog.size(), file.get("parts").size());
        Document index = parse(site.resolve("index.html"));
        int n = 0;
        for (JsonNode p : file.get("parts")) {
            Part part = catalog.part(p.get("id").asText());
            for (Regime r : Regimes.all()) {
                String classify = r.classify(part, Interpretation.defaults(), ON, catalog::find).outcome().code();
                assertEquals(classify, p.get("outcomes").get(r.id()).asText(), part.id() + " under " + r.id());
                Element cell = index.selectFirst("tr[data-part=" + part.id() + "] td[data-regime=" + r.id() + "]");
                assertEquals(classify, cell.attr("data-outcome"), "matrix cell " + part.id() + " " + r.id());
                n++;
            }
        }
        assertEquals(catalog.size() * Regimes.all().size(), n);
    }

    @Test
    void userTextIsRenderedAsTextNeverAsMarkup() throws IOException {
        Part hostile = catalog.part("hostile-x1");
        int pages = htmlFiles().size();
        assertTrue(pages >= catalog.size() + Regimes.all().size() + 3, "pages: " + pages);
        for (Path file : htmlFiles()) {
            Document d = parse(file);
            for (Element s : d.select("script")) {
                assertFalse(s.data().contains("__pwned") && !"application/json".equals(s.attr("type")),
                    "no user script element in " + file);
            }
            assertTrue(d.select("[onerror], [onload], svg, img, i").isEmpty(), "no user element in " + file);
            assertTrue(d.select("b").stream().noneMatch(e -> e.text().equals("Corp") || e.text().equals("die")), "no user <b> in " + file);
            for (Element a : d.select("a[href]")) {
                assertFalse(a.attr("href").toLowerCase().startsWith("javascript:"), "no javascript: link in " + file);
            }
        }
        Document page = parse(site.resolve("parts/hostile-x1.html"));
        assertEquals(hostile.name(), page.selectFirst("h1").text(), "the name reads as written, as text");
        assertTrue(page.text().contains("</td></tr><script>window.__pwned=3</script>"));
        assertTrue(page.text().contains("\"><svg onload=window.__pwned=5>"));
        assertTrue(page.text().contains("javascript:window.__pwned=4"), "the unsafe address is shown as text");
        // the embedded JSON cannot close its script element
        String raw = Files.readString(site.resolve("index.html"));
        int start = raw.indexOf("id=\"atlas-data\">");
        int end = raw.indexOf("</script>", start);
        String embedded = raw.substring(start, end);
        assertFalse(embedded.contains("<"), "no '<' inside the embedded JSON");
        assertTrue(M.readTree(site.resolve("data.json").toFile()).toString().contains("<script>window.__pwned=1</script>"));
    }

    @Test
    void partPageShowsSourcesDeterminationsHistoryAndFrontier() throws IOException {
        Document d = parse(site.resolve("parts/nvidia-h100-sxm.html"));
        for (Regime r : Regimes.all()) {
            Element sec = d.getElementById("regime-" + r.id());
            assertNotNull(sec, r.id());
            assertEquals(r.classify(catalog.part("nvidia-h100-sxm"), ON).outcome().code(), sec.selectFirst("h3 code").text());
        }
        assertTrue(d.getElementById("regime-3a090-2023").text().contains("TPP ≥ 4800"));
        assertTrue(d.getElementById("regime-3a090-2023").text().contains("88 FR 73458"));
        assertFalse(d.select("#figures + table a[href^=https]").isEmpty(), "sources are linked");
        assertTrue(d.select("table.timeline tbody tr").size() >= 3);
        assertFalse(d.select("li.flip").isEmpty(), "frontier shown");
        assertTrue(d.text().contains("vendor-declared TPP"));
        assertFalse(d.text().toLowerCase().contains("licence exception"), "no licence answers in the atlas");
    }

    @Test
    void changesListWhatTheRuleOf2023NewlyControlled() throws IOException {
        Document d = parse(site.resolve("changes.html"));
        Set<String> changed = new HashSet<>();
        d.select("#changes tbody tr").forEach(tr -> changed.add(tr.attr("data-part")));
        // the H800 and A800 were designed under the 2022 I/O line and caught by the 2023 TPP line
        assertTrue(changed.contains("nvidia-h800-sxm"), changed.toString());
        assertTrue(changed.contains("nvidia-a800-sxm"), changed.toString());
        assertFalse(changed.contains("nvidia-h100-sxm"), "controlled on both dates");
        Element row = d.selectFirst("#changes tr[data-part=nvidia-h800-sxm]");
        assertEquals("FREE", row.child(2).text());
        assertEquals("CONTROLLED", row.child(4).text());
    }

    @Test
    void planeRegionsComeFromTheRegime() throws IOException {
        JsonNode file = M.readTree(site.resolve("data.json").toFile());
        JsonNode r2023 = null;
        for (JsonNode r : file.get("regimes")) {
            if (r.get("id").asText().equals("3a090-2023")) {
                r2023 = r;
            }
        }
        assertEquals("density", r2023.get("plane").asText());
        // a datacenter part with TPP between 4800 and the axis end is 3A090.a.1 at every density
        List<String> above = new ArrayList<>();
        for (JsonNode g : r2023.at("/regions/datacenter")) {
            if (g.get("x0").decimalValue().compareTo(new java.math.BigDecimal("4800")) == 0) {
                above.add(g.get("outcome").asText());
            }
        }
        assertFalse(above.isEmpty());
        assertTrue(above.stream().allMatch("3A090.a.1"::equals), above.toString());
        // below TPP 1600 nothing is controlled
        int below1600 = 0;
        for (JsonNode g : r2023.at("/regions/datacenter")) {
            if (g.get("x1").decimalValue().compareTo(new java.math.BigDecimal("1600")) <= 0) {
                assertEquals("NOT_CONTROLLED", g.get("outcome").asText());
                below1600++;
            }
        }
        assertTrue(below1600 > 0, "no datacenter region below TPP 1600 was checked");
        // non-datacenter parts are free below 4800 (Note 2), whatever the density
        int nonDatacenterBelow4800 = 0;
        for (JsonNode g : r2023.at("/regions/nonDatacenter")) {
            if (g.get("x1").decimalValue().compareTo(new java.math.BigDecimal("4800")) <= 0) {
                assertEquals("NOT_CONTROLLED", g.get("outcome").asText(), g.toString());
                nonDatacenterBelow4800++;
            }
        }
        assertTrue(nonDatacenterBelow4800 > 0, "no non-datacenter region below TPP 4800 was checked");
    }

    @Test
    void regimePagesQuoteTheRule() throws IOException {
        Document d = parse(site.resolve("regimes/3a090-2024.html"));
        Element a1 = d.select("table.thresholds tbody tr").stream().filter(tr -> tr.child(1).text().equals("ECCN 3A090.a.1")).findFirst().orElseThrow();
        assertEquals("TPP ≥ 4800", a1.child(0).text());
        assertTrue(a1.child(2).selectFirst("q").text().endsWith("a.1. A 'total processing performance' of 4800 or more; or"), a1.text());
        assertTrue(a1.child(2).text().contains("[eCFR]"), a1.text());
        Element b1 = d.select("table.thresholds tbody tr").stream().filter(tr -> tr.child(1).text().equals("ECCN 3A090.b.1")).findFirst().orElseThrow();
        assertTrue(b1.text().contains("of 2400 or more and less than 4800 and a 'performance density' of 1.6 or more and less than 5.92"), b1.text());
        Document d2022 = parse(site.resolve("regimes/3a090-2022.html"));
        assertTrue(d2022.text().contains("600 Gbyte/s or more to or from integrated circuits other than volatile memories"));
        assertTrue(d2022.text().contains("[FR via secondary]"));
        // every built-in threshold has its words quoted with where they were read
        for (String regime : List.of("foundry-2025", "h20-informed-2025", "china-review-2026", "3a090-2024", "ai-diffusion-2025")) {
            Document doc = parse(site.resolve("regimes/" + regime + ".html"));
            assertFalse(doc.text().contains("not quoted here"), regime);
        }
        Document foundry = parse(site.resolve("regimes/foundry-2025.html"));
        assertTrue(foundry.select("table.thresholds q").first().text().contains("below 30 billion transistors"));
        assertTrue(parse(site.resolve("regimes/china-review-2026.html")).text().contains("TPP less than 21,000"));
    }

    @Test
    void fileNamesAreSafeAndDistinct() {
        Set<String> taken = new HashSet<>();
        assertEquals("nvidia-h100-sxm.html", Atlas.fileName("nvidia-h100-sxm", taken));
        assertEquals("nvidia-h100-sxm-2.html", Atlas.fileName("nvidia-h100-sxm", taken));
        assertEquals("_.._x.html", Atlas.fileName("../x", taken));
        assertEquals("a_b.html", Atlas.fileName("A/B", taken));
    }

    @Test
    void datesOutOfOrderAreRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> Atlas.of(catalog, ON, LocalDate.of(2025, 1, 2), LocalDate.of(2025, 1, 1), "x"));
        assertTrue(e.getMessage().contains("--from 2025-01-02 is after --to 2025-01-01"), e.getMessage());
    }
}
