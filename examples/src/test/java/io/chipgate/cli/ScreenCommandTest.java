package io.chipgate.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** chipgate screen: decided lines, the bad-line report, --skip-invalid, determinism, Excel CSV, the HTML report. */
class ScreenCommandTest {
    @TempDir
    Path dir;

    Path resource(String name) throws IOException {
        Path p = dir.resolve(name);
        try (InputStream in = getClass().getResourceAsStream("/orderbook/" + name)) {
            Files.copy(in, p);
        }
        return p;
    }

    Path file(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    /**
     * The screening CSV read strictly: a byte-order mark, then one header row and rows of exactly its width (as
     * pandas.read_csv and Excel need), as maps by column name in output order.
     */
    static List<Map<String, String>> lines(String csv) throws IOException {
        assertTrue(csv.startsWith("\uFEFF"), "a UTF-8 byte-order mark for Excel");
        List<Map<String, String>> out = new ArrayList<>();
        try (MappingIterator<String[]> it = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY)
            .enable(CsvParser.Feature.FAIL_ON_MISSING_COLUMNS).readerFor(String[].class).readValues(csv.substring(1))) {
            String[] header = it.nextValue();
            assertEquals(io.chipgate.orderbook.LineTable.COLUMNS, List.of(header), "the documented columns, in order");
            while (it.hasNextValue()) {
                String[] row = it.nextValue();
                assertEquals(header.length, row.length, "a rectangular table: " + String.join(",", row));
                Map<String, String> m = new LinkedHashMap<>();
                for (int i = 0; i < header.length; i++) {
                    m.put(header[i], row[i]);
                }
                out.add(m);
            }
        }
        return out;
    }

    static JsonNode json(Path p) throws IOException {
        return new ObjectMapper().readTree(p.toFile());
    }

    @Test
    void everyLineOfTheHandWrittenFileIsDecidedAsTheTextDecidesIt() throws IOException {
        Path in = resource("decided-by-the-text.csv");
        ChipgateCliTest.Run r = ChipgateCliTest.run("screen", in.toString(), "--on", "2026-11-30");
        assertEquals(0, r.code(), r.err());
        List<Map<String, String>> lines = lines(r.out());
        // one row per line, in file order
        assertEquals(List.of("K1", "R1", "R2", "U1", "D1", "D2", "H1"), lines.stream().map(m -> m.get("id")).toList());
        Map<String, Map<String, String>> byId = new LinkedHashMap<>();
        lines.forEach(m -> byId.put(m.get("id"), m));
        Map<String, String> k1 = byId.get("K1");
        assertEquals("yes", k1.get("license_required"));
        assertEquals("EXCEPTION_OR_LICENCE", k1.get("action"));
        assertTrue(k1.get("usable_exceptions").startsWith("NAC (available: true)"), k1.get("usable_exceptions"));
        assertTrue(k1.get("review_policy").startsWith("presumption of denial"), k1.get("review_policy"));
        assertEquals("yes", k1.get("notification_needed"), "NAC asks for a prior notification");
        assertEquals("2", k1.get("line"));
        ChipgateCliTest.Run j = ChipgateCliTest.run("screen", in.toString(), "--on", "2026-11-30", "--format", "jsonl");
        for (String id : List.of("R1", "R2")) {
            assertEquals("yes", byId.get(id).get("license_required"), id);
            assertEquals("", byId.get(id).get("usable_exceptions"), id);
            assertEquals("no", byId.get(id).get("notification_needed"), id);
            assertEquals("APPLY_FOR_LICENCE", byId.get(id).get("action"), id);
            String record = j.out().lines().filter(l -> l.contains("\"id\":\"" + id + "\"")).findFirst().orElseThrow();
            assertTrue(record.contains("746.8"), record);
        }
        Map<String, String> u1 = byId.get("U1");
        assertEquals("yes", u1.get("license_required"), "91 FR 43034 keeps licences to the UAE");
        assertTrue(u1.get("review_policy").contains("91 FR 43034"), u1.get("review_policy"));
        assertEquals("no", byId.get("D1").get("license_required"));
        assertEquals("", byId.get("D1").get("unknown_because"));
        assertEquals(byId.get("D1").get("decision"), byId.get("D2").get("decision"), "the same facts are decided once");
        Map<String, String> h1 = byId.get("H1");
        assertEquals("unknown", h1.get("license_required"));
        assertEquals("unknown", h1.get("headquarters"));
        assertTrue(h1.get("unknown_because").contains("the end user's headquarters"), h1.get("unknown_because"));
        // unknown is never rendered as "no"
        for (Map<String, String> m : lines) {
            assertEquals(m.get("license_required").equals("unknown"), !m.get("unknown_because").isEmpty(), m.get("id"));
        }
    }

    @Test
    void theStampGoesBesideTheTableAndTheSummaryToItsOwnFile() throws IOException {
        Path in = resource("decided-by-the-text.csv");
        Path out = dir.resolve("screening.csv");
        Path sum = dir.resolve("summary.json");
        ChipgateCliTest.Run r = ChipgateCliTest.run("screen", in.toString(), "--on", "2026-11-30", "--out", out.toString(),
            "--summary", sum.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("(stamp: screening.csv.stamp.json)"), r.out());
        JsonNode stamp = json(dir.resolve("screening.csv.stamp.json"));
        assertEquals("chipgate " + BuildInfo.version(), stamp.get("chipgate").asText());
        assertEquals(io.chipgate.catalog.Catalog.builtin().version(), stamp.get("catalog").asText());
        assertTrue(stamp.get("countryGroups").asText().contains("eCFR of 2026-07-23"));
        assertEquals("2026-11-30", stamp.get("screeningDate").asText());
        assertEquals(sha256(Files.readAllBytes(in)), stamp.get("sha256").asText());
        JsonNode s = json(sum);
        assertEquals(stamp, s.get("stamp"), "the summary carries the same stamp");
        JsonNode summary = s.get("summary");
        assertEquals(7, summary.get("lines").asInt());
        assertEquals(5, summary.get("needingAction").asInt());
        assertEquals(4, summary.get("licenceRequired").asInt(), "U1: 91 FR 43034 keeps the licence to the UAE");
        assertEquals(1, summary.get("unknown").asInt());
        assertTrue(summary.at("/unknownBecause/the readings of the law disagree").isMissingNode());
        assertEquals(1, summary.at("/unknownBecause/the end user's headquarters not given").asInt());
        assertEquals(1, summary.get("nacNotifications").asInt());
        assertEquals(6, summary.get("decisions").asInt()); // D1 and D2 share one
        assertEquals(List.of("AE", "DE", "KH", "RU"), s.get("byDestination").findValuesAsText("key"));
        // issue 19 § 2: the country allocation (§ 742.6(b)(10)(iii)(B), as written) applies only outside supplement 5(a)
        // and outside Macau and D:5: Germany (5(a)) and Russia (D:5) are never shown against it; the UAE (A:5, not 5(a)) is
        Map<String, JsonNode> byKey = new LinkedHashMap<>();
        s.get("byDestination").forEach(t -> byKey.put(t.get("key").asText(), t));
        assertTrue(byKey.get("DE").at("/capsAsWritten/countryAllocation").asText().startsWith("not applicable: supplement 5(a)"),
            byKey.get("DE").toString());
        assertTrue(byKey.get("RU").at("/capsAsWritten/countryAllocation").isTextual());
        assertTrue(byKey.get("AE").at("/capsAsWritten/countryAllocation/cap").isNumber(), byKey.get("AE").toString());
        // the table in the file is the table on standard output
        assertEquals(ChipgateCliTest.run("screen", in.toString(), "--on", "2026-11-30").out(), Files.readString(out));
    }

    static String sha256(byte[] b) {
        try {
            byte[] d = java.security.MessageDigest.getInstance("SHA-256").digest(b);
            StringBuilder s = new StringBuilder();
            for (byte x : d) {
                s.append(String.format("%02x", x));
            }
            return s.toString();
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    static final String BAD = String.join("\n",
        "part,quantity,destination,headquarters,date",
        "H100,8,DE,DE,2024-06-01",
        "H1000,8,DE,DE,2024-06-01",
        "H100,ten,DE,DE,2024-06-01",
        "H100,8,Germny,,2024-06-01",
        "H100,8,DE,DE,2021-03-01",
        "H100,8,DE,DE,6/1/2024",
        "L40,0,CN,ZZ,2024-06-01",
        "") ;

    @Test
    void everyBadLineIsReportedAtOnceAndNothingIsWritten() throws IOException {
        Path in = file("bad.csv", BAD);
        Path out = dir.resolve("out.csv");
        ChipgateCliTest.Run r = ChipgateCliTest.run("screen", in.toString(), "--on", "2026-11-30", "--out", out.toString());
        assertEquals(Chipgate.BAD_DATA, r.code(), r.err());
        assertEquals("", r.out());
        assertFalse(Files.exists(out), "no output on bad input");
        String e = r.err();
        assertTrue(e.contains("6 of 7 lines are invalid"), e);
        assertTrue(e.contains("line 3: part 'H1000' is not in the catalog; did you mean "), e);
        assertTrue(e.contains("nvidia-h100"), e);
        assertTrue(e.contains("line 4: quantity 'ten' is not a whole number"), e);
        assertTrue(e.contains("line 5: destination 'Germny' is not a country chipgate knows") && e.contains("did you mean Germany (DE)"), e);
        assertTrue(e.contains("line 6: date 2021-03-01 is outside the data"), e);
        assertTrue(e.contains("line 7: date '6/1/2024' is not an ISO date"), e);
        assertTrue(e.contains("line 8: quantity 0 is out of range") && e.contains("headquarters 'ZZ' is not a country chipgate knows"), e);
        assertFalse(e.contains("line 2:"), e);
        assertFalse(e.contains("Exception"), e);
    }

    @Test
    void aBadLineAfterManyChunksStillStopsEverythingAndTheLinesAfterItAreStillChecked() throws IOException {
        // the book is read once, checked and screened as it is read (chunks of ScreenCommand.CHUNK lines): 2,500 good
        // lines are screened before line 2,502 turns out bad; nothing may be written, no temporary file left, and the
        // bad lines after it (one of them after the screening stopped) are named too, with the count of every line
        StringBuilder b = new StringBuilder("part,quantity,destination,date\n");
        for (int i = 0; i < 2_500; i++) {
            b.append(i % 2 == 0 ? "H100" : "L40").append(',').append(1 + i % 7).append(",DE,2025-0").append(1 + i % 9).append("-01\n");
        }
        b.append("H100,ten,DE,2025-01-01\n");
        for (int i = 0; i < 1_500; i++) {
            b.append("L40,8,KH,2024-06-01\n");
        }
        b.append("H100,8,Germny,2025-01-01\n");
        Path in = file("late.csv", b.toString());
        Path out = dir.resolve("late-out.csv");
        ChipgateCliTest.Run r = ChipgateCliTest.run("screen", in.toString(), "--on", "2026-11-30", "--out", out.toString());
        assertEquals(Chipgate.BAD_DATA, r.code(), r.err());
        assertEquals("", r.out());
        String e = r.err();
        assertTrue(e.contains("2 of 4002 lines are invalid; nothing was screened"), e);
        assertTrue(e.contains("line 2502: quantity 'ten' is not a whole number"), e);
        assertTrue(e.contains("line 4003: destination 'Germny' is not a country chipgate knows"), e);
        assertFalse(Files.exists(out), "no output on bad input");
        assertFalse(Files.exists(io.chipgate.cli.ScreenCommand.stampFile(out)), "no stamp on bad input");
        try (java.util.stream.Stream<Path> left = Files.list(dir)) {
            assertEquals(List.of("late.csv"), left.map(p -> p.getFileName().toString()).toList(), "no temporary file left beside the output");
        }
        // the same book with --skip-invalid: every line, in order, the two bad ones listed where they are
        ChipgateCliTest.Run k = ChipgateCliTest.run("screen", in.toString(), "--on", "2026-11-30", "--skip-invalid");
        assertEquals(0, k.code(), k.err());
        List<Map<String, String>> rows = lines(k.out());
        assertEquals(4002, rows.size());
        assertEquals("INVALID", rows.get(2500).get("action"));
        assertEquals("INVALID", rows.get(4001).get("action"));
        assertEquals("EXCEPTION_OR_LICENCE", rows.get(2501).get("action"), rows.get(2501).toString());
        assertEquals("4003", rows.get(4001).get("line"));
    }

    @Test
    void twoLinesAlikeButForTheirConsigneeAreTwoDecisions() throws IOException {
        // the same part, quantity, place and date: the first consignee is not listed, the second is on the Entity List
        // (Huawei Cloud Singapore, 84 FR 22961 and later). Before, the second line reused the first line's "no".
        Path in = file("parties.csv", "part,quantity,destination,headquarters,date,consignee\n"
            + "L4,8,SG,SG,2026-06-01,Acme Robotics Pte\nL4,8,SG,SG,2026-06-01,Huawei Cloud Singapore\n");
        ChipgateCliTest.Run r = ChipgateCliTest.run("screen", in.toString(), "--on", "2026-12-07");
        List<Map<String, String>> rows = lines(r.out());
        assertEquals("no", rows.get(0).get("license_required"), rows.get(0).toString());
        assertEquals("no match (list of 2026-07-31)", rows.get(0).get("parties"));
        assertEquals("yes", rows.get(1).get("license_required"), rows.get(1).toString());
        assertTrue(rows.get(1).get("parties").contains("consignee: EL — Huawei Cloud Singapore (PROBABLE 100)"), rows.get(1).get("parties"));
        assertNotEquals(rows.get(0).get("decision"), rows.get(1).get("decision"));
    }

    @Test
    void aLineBeforeTheFirstRuleButAfterTheFirstReportedRequirementIsScreened() throws IOException {
        // NVIDIA's Form 8-K of 2022-08-31: a licence requirement from 2022-08-26 for the A100 and H100 to China;
        // the first rule (87 FR 62186) is of 2022-10-07. A line of 2022-09-01 is inside the data, one of 2022-08-25 is not.
        Path in = file("early.csv", "part,quantity,destination,date\nA100 SXM4 80GB,8,CN,2022-09-01\nA100 SXM4 80GB,8,CN,2022-08-25\n");
        ChipgateCliTest.Run r = ChipgateCliTest.run("screen", in.toString(), "--on", "2026-11-30", "--skip-invalid");
        assertEquals(0, r.code(), r.err());
        List<Map<String, String>> rows = lines(r.out());
        assertEquals("yes", rows.get(0).get("license_required"), rows.get(0).toString());
        assertEquals("INVALID", rows.get(1).get("action"));
        assertTrue(rows.get(1).get("problems").contains("date 2022-08-25 is outside the data: the licence rules assessed begin on 2022-08-26"),
            rows.get(1).get("problems"));
    }

    @Test
    void skipInvalidScreensTheRestAndListsTheInvalidLinesWithTheirReasons() throws IOException {
        Path in = file("bad.csv", BAD);
        ChipgateCliTest.Run r = ChipgateCliTest.run("screen", in.toString(), "--on", "2026-11-30", "--skip-invalid");
        assertEquals(0, r.code(), r.err());
        List<Map<String, String>> rows = lines(r.out());
        assertEquals(List.of("2", "3", "4", "5", "6", "7", "8"), rows.stream().map(m -> m.get("line")).toList(), "every line, in file order");
        assertEquals(List.of("NONE", "INVALID", "INVALID", "INVALID", "INVALID", "INVALID", "INVALID"),
            rows.stream().map(m -> m.get("action")).toList());
        assertTrue(rows.get(1).get("problems").contains("did you mean"), rows.get(1).get("problems"));
        assertEquals("H1000", rows.get(1).get("part_as_given"));
        assertEquals("", rows.get(1).get("license_required"), "an invalid line is not decided: no answer, not no");
        assertEquals("", rows.get(0).get("problems"));
        ChipgateCliTest.Run j = ChipgateCliTest.run("screen", in.toString(), "--on", "2026-11-30", "--skip-invalid", "--format", "jsonl");
        long invalidRecords = j.out().lines().filter(l -> l.startsWith("{\"record\":\"invalid\"")).count();
        assertEquals(6, invalidRecords);
    }

    @Test
    void theSameInputGivesTheSameBytesAndAChangedInputAnotherStamp() throws IOException {
        Path in = resource("decided-by-the-text.csv");
        for (String format : List.of("csv", "jsonl", "html")) {
            Path a = dir.resolve("a." + format);
            Path b = dir.resolve("b." + format);
            assertEquals(0, ChipgateCliTest.run("screen", in.toString(), "--on", "2026-11-30", "--format", format, "--out", a.toString()).code());
            assertEquals(0, ChipgateCliTest.run("screen", in.toString(), "--on", "2026-11-30", "--format", format, "--out", b.toString()).code());
            assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b), format);
        }
        Path changed = file("changed.csv", Files.readString(in) + "Z1,H20,1,CN,CN,2024-06-01,Beijing,no,\n");
        Path s1 = dir.resolve("s1.json");
        Path s2 = dir.resolve("s2.json");
        ChipgateCliTest.run("screen", in.toString(), "--on", "2026-11-30", "--summary", s1.toString());
        ChipgateCliTest.run("screen", changed.toString(), "--on", "2026-11-30", "--summary", s2.toString());
        assertNotEquals(json(s1).at("/stamp/sha256"), json(s2).at("/stamp/sha256"));
    }

    @Test
    void excelCsvWithABomQuotesAndCrlfReadsCorrectly() throws IOException {
        String text = "\uFEFFOrder,Part,Quantity,Destination,HQ,Date,Consignee,Notes\r\n"
            + "\"PO-1\",\"H100\",\"8\",\"de\",\"DE\",\"2024-06-01\",\"Müller, \"\"Rechenzentrum\"\" GmbH\",\"two\r\nlines\"\r\n"
            + "PO-2,L40,8,KH,,2024-06-01,=HYPERLINK(\"x\"),\r\n";
        Path in = file("excel.csv", text);
        ChipgateCliTest.Run r = ChipgateCliTest.run("screen", in.toString(), "--on", "2026-11-30");
        assertEquals(0, r.code(), r.err());
        List<Map<String, String>> lines = lines(r.out());
        assertEquals(List.of("PO-1", "PO-2"), lines.stream().map(m -> m.get("id")).toList());
        Map<String, String> po1 = lines.get(0);
        assertEquals("Müller, \"Rechenzentrum\" GmbH", po1.get("consignee"));
        assertEquals("DE", po1.get("destination"));
        assertEquals("2", po1.get("line"));
        assertEquals("4", lines.get(1).get("line"), "the quoted line break makes PO-2 start on line 4");
        assertEquals("'=HYPERLINK(\"x\")", lines.get(1).get("consignee"), "a formula is written as text");
    }

    @Test
    void aWholeFileFaultIsOneLineAndExitThree() throws IOException {
        ChipgateCliTest.Run noColumn = ChipgateCliTest.run("screen", file("h.csv", "part,amount,destination\nH100,8,DE\n").toString());
        assertEquals(Chipgate.BAD_DATA, noColumn.code());
        assertTrue(noColumn.err().contains("no column for quantity") && noColumn.err().contains("--columns"), noColumn.err());
        Path latin1 = dir.resolve("latin1.csv");
        Files.write(latin1, "part,quantity,destination,consignee\nH100,8,DE,M\u00fcller\n".getBytes(StandardCharsets.ISO_8859_1));
        ChipgateCliTest.Run notUtf8 = ChipgateCliTest.run("screen", latin1.toString());
        assertEquals(Chipgate.BAD_DATA, notUtf8.code());
        assertTrue(notUtf8.err().contains("is not UTF-8 text"), notUtf8.err());
        assertEquals(Chipgate.BAD_DATA, ChipgateCliTest.run("screen", dir.resolve("missing.csv").toString()).code());
        Path ok = file("ok.csv", "part,quantity,destination\nH100,8,DE\n");
        ChipgateCliTest.Run noDir = ChipgateCliTest.run("screen", ok.toString(), "--out", dir.resolve("no/such/dir/out.csv").toString());
        assertEquals(Chipgate.BAD_DATA, noDir.code()); // an output path problem is a file problem, as for chart and report (issue 22)
        assertTrue(noDir.err().contains("is not a directory") && noDir.err().lines().count() == 1, noDir.err());
    }

    @Test
    void theHtmlReportIsSelfContainedPrintableAndEscapesUserText() throws IOException {
        String text = "line,part,quantity,destination,headquarters,date,consignee\n"
            + "<b>1</b>,L40,8,KH,,2024-06-01,<script>alert('x')</script>\n"
            + "2,H100,8,DE,DE,2024-06-01,\"Berlin \"\"&\"\" Co\"\n";
        Path in = file("xss.csv", text);
        Path out = dir.resolve("screening.html");
        ChipgateCliTest.Run r = ChipgateCliTest.run("screen", in.toString(), "--on", "2026-11-30", "--format", "html", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        String html = Files.readString(out);
        assertFalse(html.contains("<script>"), "user text is escaped");
        assertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;") || html.contains("&lt;script&gt;alert('x')&lt;/script&gt;"), html);
        Document d = Jsoup.parse(html);
        assertTrue(d.select("script").isEmpty());
        assertTrue(html.contains("&lt;b&gt;1&lt;/b&gt;"), "the id's <b> is text, not markup");
        assertTrue(d.select("[src], link[href]").isEmpty(), "self-contained: nothing loaded from elsewhere");
        assertTrue(d.select("style").html().contains("@media print"));
        List<String> h2 = d.select("h2").eachText().stream().map(t -> t.replaceAll("\\s*[(:].*", "")).toList();
        assertEquals(List.of("Summary", "Lines needing action", "Unknown lines", "Other lines", "Decisions", "AI-diffusion caps as written",
            "Reproducibility stamp"), h2, "summary, action, unknown, the rest, each decision once, caps last, then the stamp");
        Element action = d.select("h2:contains(Lines needing action) + table").first();
        assertTrue(action.text().contains("<script>alert('x')</script>"), "the consignee shows as typed");
        String decision = action.select("a").first().text();
        assertTrue(d.getElementById(decision).text().contains("15 CFR 742.6(a)(6)(iii)"), "the line's decision gives the reasons with their citations");
    }

    @Test
    void jsonLinesCarryTheWholeLicenceDocumentOncePerDecision() throws IOException {
        Path in = resource("decided-by-the-text.csv");
        ChipgateCliTest.Run r = ChipgateCliTest.run("screen", in.toString(), "--on", "2026-11-30", "--format", "jsonl");
        assertEquals(0, r.code(), r.err());
        ObjectMapper m = new ObjectMapper();
        List<JsonNode> records = new ArrayList<>();
        for (String l : r.out().lines().toList()) {
            records.add(m.readTree(l));
        }
        assertEquals("stamp", records.get(0).get("record").asText());
        assertEquals("summary", records.get(1).get("record").asText());
        assertEquals(7, records.stream().filter(n -> n.get("record").asText().equals("line")).count());
        List<JsonNode> decisions = records.stream().filter(n -> n.get("record").asText().equals("decision")).toList();
        assertEquals(6, decisions.size()); // 7 lines, D1 and D2 share one
        JsonNode h1 = records.stream().filter(n -> "H1".equals(n.path("id").asText())).findFirst().orElseThrow();
        assertEquals("unknown", h1.get("licenseRequired").asText());
        JsonNode doc = decisions.stream().filter(n -> n.get("decision").asText().equals(h1.get("decision").asText())).findFirst().orElseThrow();
        assertTrue(doc.at("/determination/licenseRequired").isNull(), "the licence document's unknown is null, never false");
        assertEquals("headquarters", doc.at("/determination/settledBy/0/id").asText(), doc.toString());
    }

    @Test
    void jsonLinesWriteEachRepeatedTextOnceAndStayWithinAHundredTimesTheInput() throws IOException {
        // issue 21 § 3: each distinct decision's explanation once, texts repeated between decisions once
        Path in = resource("erp-export.csv");
        ChipgateCliTest.Run r = ChipgateCliTest.run("screen", in.toString(), "--on", "2026-11-30", "--format", "jsonl");
        assertEquals(0, r.code(), r.err());
        long bytesIn = Files.size(in);
        long bytesOut = r.out().getBytes(StandardCharsets.UTF_8).length;
        assertTrue(bytesOut <= 100 * bytesIn, bytesOut + " bytes out for " + bytesIn + " in");
        ObjectMapper m = new ObjectMapper();
        Map<String, String> texts = new LinkedHashMap<>();
        java.util.Set<String> seenText = new java.util.HashSet<>();
        for (String l : r.out().lines().toList()) {
            JsonNode n = m.readTree(l);
            if (n.get("record").asText().equals("text")) {
                assertTrue(seenText.add(n.get("text").asText()), "a text is written once: " + n.get("text").asText());
                texts.put(n.get("id").asText(), n.get("text").asText());
            } else if (n.get("record").asText().equals("decision")) {
                // every reference resolves to a text record written before it
                java.util.List<String> refs = new ArrayList<>();
                n.findValues("citation").forEach(v -> refs.add(v.asText()));
                n.findValues("disclaimer").forEach(v -> refs.add(v.asText()));
                for (String ref : refs) {
                    if (ref.matches("T[0-9]+")) {
                        assertTrue(texts.containsKey(ref), "unresolved " + ref);
                    }
                }
                assertTrue(texts.get(n.at("/determination/disclaimer").asText()).startsWith("Not legal advice"));
            }
        }
    }
}
