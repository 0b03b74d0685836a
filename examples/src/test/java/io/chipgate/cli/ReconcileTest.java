package io.chipgate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.chipgate.catalog.Catalog;
import io.chipgate.model.Part;
import io.chipgate.spec.SpecReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The reconciliation of chipgate's arithmetic with the vendors' tables, and part numbers on the command line. */
class ReconcileTest {
    static String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Chipgate.execute(args, new PrintWriter(out), new PrintWriter(err));
        return new String[] {Integer.toString(code), out.toString(), err.toString()};
    }

    @Test
    void noDifferenceOrDisagreementIsUnexplained() throws Exception {
        List<Reconciliation.Row> rows = Reconciliation.of(Catalog.builtin(), null);
        List<String> bad = rows.stream().filter(Reconciliation::unexplained).map(r -> r.part().id()).collect(Collectors.toList());
        assertEquals(List.of(), bad, "unexplained differences or disagreements");
        assertTrue(rows.stream().anyMatch(r -> r.vendor().equals("AMD")));
        assertTrue(rows.size() >= 50, "every NVIDIA and AMD accelerator and system: " + rows.size());
        String readme = java.nio.file.Files.readString(java.nio.file.Path.of("../README.md"));
        assertTrue(readme.contains("\n" + ReconcileCommand.summary(rows) + "\n"), "README's summary line is stale: " + ReconcileCommand.summary(rows));
    }

    @Test
    void anUnexplainedDifferenceIsFound() {
        Part p = SpecReader.instance().readPart("{\"id\": \"nvidia-x\", \"vendor\": \"NVIDIA\", \"name\": \"X\","
            + " \"compute\": [{\"precision\": \"FP8\", \"denseTops\": 1000, \"source\": \"s\"}],"
            + " \"dies\": [{\"role\": \"LOGIC\", \"areaMm2\": 800, \"nonPlanar\": true, \"source\": \"s\"}],"
            + " \"declared\": {\"tpp\": 8400, \"eccn\": \"4A090.a\", \"note\": \"no reason given\", \"source\": \"s\"},"
            + " \"sources\": [{\"id\": \"s\", \"title\": \"t\", \"grade\": \"VENDOR\"}]}", "x.json");
        Reconciliation.Row r = Reconciliation.row(Catalog.of("t", List.of(p)), p, Reconciliation.table("NVIDIA").get());
        assertEquals(0, new java.math.BigDecimal("-4.76").compareTo(r.differencePercent().get()));
        assertTrue(Reconciliation.unexplained(r), r.toString());
        // and a disagreement without an "ECCN difference: " explanation is unexplained too
        Part q = SpecReader.instance().readPart(new String(("{\"id\": \"nvidia-y\", \"vendor\": \"NVIDIA\", \"name\": \"Y\","
            + " \"compute\": [{\"precision\": \"FP8\", \"denseTops\": 1000, \"source\": \"s\"}],"
            + " \"dies\": [{\"role\": \"LOGIC\", \"areaMm2\": 800, \"nonPlanar\": true, \"source\": \"s\"}],"
            + " \"declared\": {\"eccn\": \"EAR99\", \"source\": \"s\"},"
            + " \"sources\": [{\"id\": \"s\", \"title\": \"t\", \"grade\": \"VENDOR\"}]}")), "y.json");
        Reconciliation.Row d = Reconciliation.row(Catalog.of("t", List.of(q)), q, Reconciliation.table("NVIDIA").get());
        assertEquals(Reconciliation.Status.DISAGREE, d.status());
        assertTrue(Reconciliation.unexplained(d));
    }

    @Test
    void vendorEccnsAreReadAsTheParagraphTheirICMeets() {
        assertEquals("a", Reconciliation.reading("4A090.a"));
        assertEquals("a", Reconciliation.reading("5A002.z.1"));
        assertEquals("a", Reconciliation.reading("4A003.z.1"));
        assertEquals("a", Reconciliation.reading("5A992.z.1.a1"));
        assertEquals("b", Reconciliation.reading("5A992.z.2.b1"));
        assertEquals("b", Reconciliation.reading("4A090.b"));
        assertEquals("a or b", Reconciliation.reading("5A992.z"));
        assertEquals("c", Reconciliation.reading("3A090.c"));
        assertEquals("none", Reconciliation.reading("4A994.l"));
        assertEquals("none", Reconciliation.reading("5A992.c"));
        assertEquals("none", Reconciliation.reading("EAR99"));
    }

    @Test
    void commandInTextJsonAndCsv() throws Exception {
        String[] t = run("reconcile", "--vendor", "NVIDIA");
        assertEquals("0", t[0], t[2]);
        assertTrue(t[1].contains("nvidia-h100-nvl"));
        assertTrue(t[1].contains("; 0 unexplained"), t[1]);
        assertFalse(t[1].contains("amd-mi300x"));
        JsonNode a = new ObjectMapper().readTree(run("reconcile", "--format", "json")[1]);
        JsonNode b200 = null;
        for (JsonNode n : a) {
            if (n.get("part").asText().equals("nvidia-b200")) {
                b200 = n;
            }
        }
        assertEquals(37248, b200.get("declaredTpp").asInt());
        assertEquals(36000, b200.get("computedTpp").asInt());
        assertEquals("-3.35", b200.get("differencePercent").decimalValue().toPlainString());
        assertEquals("5A002.z.1", b200.get("vendorEccn").asText());
        assertEquals("3a090-2024", b200.get("regime").asText());
        assertEquals("2026-07-31", b200.get("date").asText());
        assertEquals("EXPLAINED", b200.get("status").asText());
        assertTrue(run("reconcile", "--format", "csv")[1].startsWith("part,vendor,computed_tpp,declared_tpp,difference_percent,vendor_eccn"));
        assertEquals("2", run("reconcile", "--vendor", "Intel")[0]);
    }

    @Test
    void classifyAcceptsPartNumbers() throws Exception {
        String[] r = run("classify", "900-21010-0000-000", "--regime", "3a090-2024", "--on", "2026-07-31");
        assertEquals("0", r[0], r[2]);
        assertTrue(r[1].contains("nvidia-h100-pcie → 3A090.a.1"), r[1]);
        assertTrue(r[1].contains("TPP set by the vendor's declared 12224, higher than the computed 12104"), r[1]);
        String[] v = run("classify", "935-24287-0140-000", "--regime", "3a090-2024", "--on", "2026-07-31");
        assertTrue(v[1].contains("vendor declaration; chipgate has no figures for this product"), v[1]);
        assertTrue(v[1].contains("→ 3A090.a.1"), v[1]);
        String[] amd = run("classify", "100-000001798", "--regime", "3a090-2024", "--on", "2026-07-31");
        assertTrue(amd[1].contains("amd-pn-100-000001798 → INDETERMINATE"), amd[1]);
        assertTrue(amd[1].contains("vendor declaration; chipgate has no figures for this product: AMD part number 100-000001798, ECCN 3A090.a.1, meets 3A090.a.1: Y"), amd[1]);
        String[] miss = run("classify", "900-21010-0000-00O");
        assertEquals("2", miss[0]);
        assertTrue(miss[2].contains("did you mean 900-21010-0000-000"), miss[2]);
    }
}
