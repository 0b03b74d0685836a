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
    void theTablesCheckedAgainstThemselvesFindTheThreeKindsOfAnomalyTheAuditReported() throws Exception {
        // issue 23 § 2, worked by hand from the 3A090 text of 89 FR 96790 (in force on both tables' dates):
        // - HGX A100 40GB (935-23587-0000-0R1): TPP 3,822 on the GA100 die of 826 mm² is PD 4.63, so 3A090.b.1
        //   (2,400 <= TPP < 4,800 and 1.6 <= PD < 5.92) for a datacenter product, not .a as 4A090.a says;
        // - IGX Thor DevKit (940-25840-0011-000): TPP 7,024 >= 4,800 is 3A090.a.1 whatever the area, but 5A992.c
        //   (not a .z item) reads as neither .a nor .b;
        // - board 900-2G147: generic rows at 3,248 where the one described product (RTX PRO 4500 BSE) is 3,200.
        List<TableChecks.Finding> f = TableChecks.of(Catalog.builtin(), (String) null);
        TableChecks.Finding hgx = f.stream().filter(x -> x.partNumbers().contains("935-23587-0000-0R1")).findFirst().orElseThrow();
        assertEquals(TableChecks.Kind.ECCN_VS_TPP, hgx.kind());
        assertEquals("4A090.a", hgx.eccn());
        assertTrue(hgx.explanation().contains("on 826 mm²") && hgx.explanation().contains("3A090.b (3A090.b.1) if designed or marketed for datacenters"),
            hgx.explanation());
        TableChecks.Finding thor = f.stream().filter(x -> x.partNumbers().contains("940-25840-0011-000")).findFirst().orElseThrow();
        assertTrue(thor.explanation().contains("3A090.a (3A090.a.1) whatever the die area") && thor.explanation().contains("5A992.c"),
            thor.explanation());
        TableChecks.Finding board = f.stream().filter(x -> x.kind() == TableChecks.Kind.BOARD_TPP).filter(x -> x.partNumbers().contains("900-2G147-0900-000"))
            .findFirst().orElseThrow();
        assertEquals(0, board.tppPerGpu().orElseThrow().compareTo(new java.math.BigDecimal("3248")));
        assertTrue(board.explanation().contains("described: 3200 (NVIDIA RTX PRO 4500 BSE"), board.explanation());
        // rows that agree with their ECCN are not findings: the 80 GB HGX A100 at 4,989 (>= 4,800, 4A090.a), and
        // boards holding several products each described (900-21010: H100 PCIe 12,224 and H200 NVL 14,144)
        assertFalse(f.stream().anyMatch(x -> x.partNumbers().contains("935-23587-0000-2R1")));
        assertFalse(f.stream().anyMatch(x -> x.partNumbers().stream().anyMatch(pn -> pn.startsWith("900-21010-"))));
        // AMD's "Meets 3A090.a.1" = N beside 3A090.a.2 is consistent (.a.2 is not .a.1)
        assertFalse(f.stream().anyMatch(x -> x.partNumbers().contains("100-200000295G")), f.toString());

        String[] r = run("reconcile", "--tables", "--format", "json");
        assertEquals("0", r[0], r[2]);
        JsonNode a = new ObjectMapper().readTree(r[1]);
        assertEquals(f.size(), a.size());
        assertEquals("ECCN_VS_TPP", a.get(0).get("kind").asText());
        String[] csv = run("reconcile", "--tables", "--format", "csv");
        assertTrue(csv[1].startsWith("vendor,kind,part_numbers,description,eccn,tpp_per_gpu,explanation\n"), csv[1]);
        String[] text = run("reconcile", "--tables", "--vendor", "NVIDIA");
        assertTrue(text[1].contains("within the vendors' tables: " + f.stream().filter(x -> x.vendor().equals("NVIDIA")).count() + " finding"), text[1]);
    }

    @Test
    void aRowBetweenTheLinesWithoutADieAreaIsNotAFinding() {
        // TPP 3,000 without an area: 3A090.a.2 needs PD >= 5.92 (an area <= 506.7 mm²), so .a may be right
        io.chipgate.regime.Regime r = Reconciliation.regimeOn(java.time.LocalDate.of(2026, 7, 31));
        io.chipgate.regime.Determination d = r.classify(TableChecks.declared(new java.math.BigDecimal("3000"), null, true),
            io.chipgate.metrics.Interpretation.defaults(), java.time.LocalDate.of(2026, 7, 31), io.chipgate.model.PartResolver.none());
        assertEquals("open", Reconciliation.reading(d.outcome()));
        // and with 500 mm² (PD 6) it is .a.2, with 600 mm² (PD 5) .b.1
        assertEquals("3A090.a.2", r.classify(TableChecks.declared(new java.math.BigDecimal("3000"), new java.math.BigDecimal("500"), true),
            io.chipgate.metrics.Interpretation.defaults(), java.time.LocalDate.of(2026, 7, 31), io.chipgate.model.PartResolver.none()).outcome().code());
        assertEquals("3A090.b.1", r.classify(TableChecks.declared(new java.math.BigDecimal("3000"), new java.math.BigDecimal("600"), true),
            io.chipgate.metrics.Interpretation.defaults(), java.time.LocalDate.of(2026, 7, 31), io.chipgate.model.PartResolver.none()).outcome().code());
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
