package io.chipgate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.chipgate.orderbook.LineTable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A realistic 50-line order book as an ERP exports it (headers {@code Order No, Customer, Item, Qty, Ship-to
 * Country, End user HQ, Ship date}; countries by name and variant; quantities such as "1,024"; parts by name, alias
 * and vendor part number), in CSV and in .xlsx (date and number cells), screened end to end into each output.
 */
class ErpScreeningTest {
    @TempDir
    Path dir;

    Path resource(String name) throws IOException {
        Path p = dir.resolve(name);
        try (InputStream in = getClass().getResourceAsStream("/orderbook/" + name)) {
            Files.copy(in, p);
        }
        return p;
    }

    static Map<String, Map<String, String>> byId(List<Map<String, String>> rows) {
        Map<String, Map<String, String>> m = new LinkedHashMap<>();
        rows.forEach(r -> m.put(r.get("id"), r));
        return m;
    }

    @Test
    void theErpExportIsReadAsItComesAndEveryLineDecided() throws IOException {
        Path in = resource("erp-export.csv");
        ChipgateCliTest.Run r = ChipgateCliTest.run("screen", in.toString(), "--on", "2026-11-30");
        assertEquals(0, r.code(), r.err());
        List<Map<String, String>> rows = ScreenCommandTest.lines(r.out());
        assertEquals(50, rows.size());
        Map<String, Map<String, String>> id = byId(rows);
        // countries by name and variant, quantities with separators
        assertEquals(List.of("DE", "DE"), List.of(id.get("SO-24001").get("destination"), id.get("SO-24001").get("headquarters")));
        assertEquals(List.of("KR", "KR", "1024"), List.of(id.get("SO-24008").get("destination"), id.get("SO-24008").get("headquarters"),
            id.get("SO-24008").get("quantity")), "Korea, Republic of / South Korea / \"1,024\"");
        assertEquals("1024", id.get("SO-24020").get("quantity"), "\"1 024\"");
        assertEquals("4096", id.get("SO-24031").get("quantity"));
        assertEquals(List.of("VN", "VN"), List.of(id.get("SO-24010").get("destination"), id.get("SO-24011").get("headquarters")));
        assertEquals(List.of("TR", "TR", "MO", "CZ", "AE", "AE", "RU", "CN", "NL", "GB"), Stream.of("SO-24014", "SO-24015", "SO-24013",
            "SO-24016", "SO-24006", "SO-24043", "SO-24004", "SO-24028", "SO-24024", "SO-24025").map(x -> id.get(x).get("destination")).toList());
        // a vendor part number: the part, and the vendor's ECCN and HTS code from NVIDIA's table (900-2G133-0010-000: L40, 4A090.b, 8473.30)
        Map<String, String> pn = id.get("SO-24004");
        assertEquals(List.of("900-2G133-0010-000", "nvidia-l40", "900-2G133-0010-000", "4A090.b", "8473.30"),
            List.of(pn.get("part_as_given"), pn.get("part"), pn.get("vendor_part_number"), pn.get("vendor_eccn"), pn.get("hts")));
        assertEquals("nvidia-l40", id.get("SO-24003").get("part"), "by name: L40 48GB");
        assertEquals("nvidia-h100-pcie", id.get("SO-24025").get("part"), "900-21010-0000-000 is listed for the H100 PCIe");
        // the lines of the hand-written file decided-by-the-text.csv, here in ERP spelling, decided as the text decides them
        assertEquals(List.of("EXCEPTION_OR_LICENCE", "yes", "NAC (available: true)", "yes"), List.of(id.get("SO-24003").get("action"),
            id.get("SO-24003").get("license_required"), id.get("SO-24003").get("usable_exceptions"), id.get("SO-24003").get("notification_needed")),
            "L40 to Cambodia (D:5), 2024: 742.6(a)(6)(iii), NAC");
        for (String ru : List.of("SO-24004", "SO-24005")) {
            assertEquals(List.of("APPLY_FOR_LICENCE", "yes", ""), List.of(id.get(ru).get("action"), id.get(ru).get("license_required"),
                id.get(ru).get("usable_exceptions")), ru + ": Russia, 746.8, no licence exception");
        }
        assertEquals(List.of("yes", "EXCEPTION_OR_LICENCE", "STA (available: unknown)"), List.of(id.get("SO-24006").get("license_required"),
            id.get("SO-24006").get("action"), id.get("SO-24006").get("usable_exceptions")),
            "B200 to the UAE, 2026: 91 FR 43034 keeps the licence; STA only for approved end users");
        assertTrue(id.get("SO-24007").get("settled_by").startsWith("Where is the end user (or its ultimate parent) headquartered"),
            id.get("SO-24007").get("settled_by"));
        assertEquals("unknown", id.get("SO-24007").get("license_required"), "headquarters not given");
        assertEquals("unknown", id.get("SO-24007").get("headquarters"));
        assertTrue(id.get("SO-24007").get("unknown_because").contains("the end user's headquarters"));
        assertEquals(List.of("no", "NONE"), List.of(id.get("SO-24001").get("license_required"), id.get("SO-24001").get("action")),
            "H100 to Germany, HQ Germany, 2024");
        assertEquals(id.get("SO-24001").get("decision"), id.get("SO-24049").get("decision"), "the same facts are decided once");
        for (Map<String, String> row : rows) {
            assertTrue(row.get("unknown_because").length() <= LineTable.MAX_UNKNOWN_BECAUSE, row.get("id"));
            assertEquals(row.get("license_required").equals("unknown"), !row.get("unknown_because").isEmpty(), row.get("id"));
            // the book names consignees: each is screened; none of these is listed as a PROBABLE match
            assertTrue(row.get("parties").startsWith("no match (list of 2026-07-31)") || row.get("parties").contains("POSSIBLE"),
                row.get("id") + ": " + row.get("parties"));
            assertEquals("", row.get("problems"));
        }
        ChipgateCliTest.Run j = ChipgateCliTest.run("screen", in.toString(), "--on", "2026-11-30", "--format", "jsonl");
        JsonNode line = new com.fasterxml.jackson.databind.ObjectMapper().readTree(j.out().lines().filter(x -> x.contains("\"SO-24004\""))
            .findFirst().orElseThrow());
        assertEquals(List.of("4A090.b", "8473.30", "APPLY_FOR_LICENCE"), List.of(line.get("vendorEccn").asText(), line.get("hts").asText(),
            line.get("action").asText()), "the JSON lines carry the same facts as the table");
        assertTrue(line.get("settledBy").isEmpty() && line.get("parties").isEmpty() && line.get("partiesScreened").asBoolean(),
            line.toString());
        long bytesIn = Files.size(in);
        assertTrue(r.out().getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= 100 * bytesIn,
            "the CSV output is at most 100 times the input");
    }

    @Test
    void theWorkbookGivesTheSameTableAsTheCsvAndItsDateAndNumberCellsReadAsWhatTheyAre() throws IOException {
        Path csv = resource("erp-export.csv");
        Path xlsx = resource("erp-export.xlsx");
        ChipgateCliTest.Run a = ChipgateCliTest.run("screen", csv.toString(), "--on", "2026-11-30");
        ChipgateCliTest.Run b = ChipgateCliTest.run("screen", xlsx.toString(), "--on", "2026-11-30");
        assertEquals(0, b.code(), b.err());
        assertEquals("", b.err(), "nothing on stderr (no logging noise from the workbook library)");
        assertEquals(ScreenCommandTest.lines(a.out()), ScreenCommandTest.lines(b.out()),
            "the sheet (quantities as number cells shown 1,024, dates as date cells shown 01/06/2024) reads as the CSV");
        ChipgateCliTest.Run archive = ChipgateCliTest.run("screen", xlsx.toString(), "--sheet", "Archive", "--on", "2026-11-30");
        assertEquals(0, archive.code(), archive.err());
        List<Map<String, String>> rows = ScreenCommandTest.lines(archive.out());
        assertEquals(1, rows.size(), "the blank row is skipped");
        assertEquals(List.of("PO-1", "DE", "8", "2024-06-01"), List.of(rows.get(0).get("id"), rows.get(0).get("destination"),
            rows.get(0).get("quantity"), rows.get(0).get("date")));
        ChipgateCliTest.Run none = ChipgateCliTest.run("screen", xlsx.toString(), "--sheet", "Invoices");
        assertEquals(Chipgate.BAD_DATA, none.code());
        assertTrue(none.err().contains("no sheet named 'Invoices': the workbook has Orders, Archive"), none.err());
        Path xls = dir.resolve("old.xls");
        Files.write(xls, new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0});
        ChipgateCliTest.Run old = ChipgateCliTest.run("screen", xls.toString());
        assertEquals(Chipgate.BAD_DATA, old.code());
        assertTrue(old.err().contains("an Excel 97-2003 workbook (.xls) is not read: save it as .xlsx"), old.err());
        ChipgateCliTest.Run over = ChipgateCliTest.run("screen", csv.toString(), "--out", csv.toString());
        assertEquals(Chipgate.BAD_DATA, over.code(), "the shared output rules: an output that is an input is exit 3");
        assertTrue(over.err().contains("(it would be destroyed)"), over.err());
        assertEquals(a.out(), ChipgateCliTest.run("screen", csv.toString(), "--on", "2026-11-30").out(), "the order book is untouched");
        ChipgateCliTest.Run twice = ChipgateCliTest.run("screen", csv.toString(), "--out", dir.resolve("s.csv").toString(),
            "--summary", dir.resolve("s.csv.stamp.json").toString());
        assertEquals(Chipgate.USAGE, twice.code());
        Path fake = dir.resolve("fake.xlsx");
        Files.write(fake, new byte[] {'P', 'K', 3, 4, 0, 0, 0});
        ChipgateCliTest.Run broken = ChipgateCliTest.run("screen", fake.toString());
        assertEquals(Chipgate.BAD_DATA, broken.code());
        assertTrue(broken.err().contains("not readable as an Excel workbook") && broken.err().lines().count() == 1, broken.err());
    }

    @Test
    void badErpLinesAreAllNamedAtOnceWithWhatWasMeant() throws IOException {
        Path in = dir.resolve("bad.csv");
        Files.writeString(in, String.join("\n",
            "Order No,Customer,Item,Qty,Ship-to Country,End user HQ,Ship date",
            "A1,X,H100,8,Germany,Germany,2024-06-01",
            "A2,X,H100,1.024,Germany,Germany,2024-06-01",
            "A3,X,H100,8,Korea,Germany,2024-06-01",
            "A4,X,H100,8,Germny,Germany,2024-06-01",
            "A5,X,H1000,\"10,24\",Germany,Narnia,2024-06-01", ""));
        ChipgateCliTest.Run r = ChipgateCliTest.run("screen", in.toString(), "--on", "2026-11-30");
        assertEquals(Chipgate.BAD_DATA, r.code());
        String e = r.err();
        assertTrue(e.contains("4 of 5 lines are invalid"), e);
        assertTrue(e.contains("line 3: quantity '1.024' is not a whole number"), e);
        assertTrue(e.contains("line 4: destination 'Korea' is not a country chipgate knows") && e.contains("did you mean Korea, South (KR), Korea, North (KP)?"), e);
        assertTrue(e.contains("line 5: destination 'Germny'") && e.contains("did you mean Germany (DE)"), e);
        assertTrue(e.contains("line 6: part 'H1000' is not in the catalog") && e.contains("quantity '10,24' is not a whole number")
            && e.contains("headquarters 'Narnia' is not a country"), e);
    }

    @Test
    void aColumnMappingReadsAnyHeader() throws IOException {
        Path in = dir.resolve("de.csv");
        Files.writeString(in, "Auftrag,Kunde,Artikel,Menge,Land,Konzernsitz,Versanddatum\n"
            + "B-1,Rechenzentrum,H100,\"1,024\",DE,DE,2024-06-01\n");
        ChipgateCliTest.Run without = ChipgateCliTest.run("screen", in.toString());
        assertEquals(Chipgate.BAD_DATA, without.code());
        assertTrue(without.err().contains("no column for part, quantity, destination"), without.err());
        ChipgateCliTest.Run r = ChipgateCliTest.run("screen", in.toString(), "--on", "2026-11-30", "--columns",
            "Auftrag=id,Kunde=consignee,Artikel=part,Menge=quantity,Land=destination,Konzernsitz=headquarters,Versanddatum=date");
        assertEquals(0, r.code(), r.err());
        Map<String, String> row = ScreenCommandTest.lines(r.out()).get(0);
        assertEquals(List.of("B-1", "Rechenzentrum", "1024", "DE", "DE", "2024-06-01"), List.of(row.get("id"), row.get("consignee"),
            row.get("quantity"), row.get("destination"), row.get("headquarters"), row.get("date")));
        ChipgateCliTest.Run badMap = ChipgateCliTest.run("screen", in.toString(), "--columns", "Auftrag=order_number");
        assertEquals(Chipgate.USAGE, badMap.code());
        assertTrue(badMap.err().contains("'order_number' is not a field"), badMap.err());
    }

    @Test
    void theWorkbookOutputHasItsFourSheetsAndNeutralisesFormulas() throws IOException {
        Path in = dir.resolve("orders.csv");
        Files.writeString(in, "Order No,Customer,Item,Qty,Ship-to Country,End user HQ,Ship date\n"
            + "=1+1,=HYPERLINK(\"http://x\"),L40,\"1,024\",Cambodia,,2024-06-01\n"
            + "@SUM(A1),+cmd,H100,8,Germany,Germany,2024-06-01\n"
            + "-2,Berlin,H100,8,Germany,Germany,2024-06-01\n");
        Path out = dir.resolve("screening.xlsx");
        ChipgateCliTest.Run r = ChipgateCliTest.run("screen", in.toString(), "--on", "2026-11-30", "--format", "xlsx", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err());
        try (XSSFWorkbook wb = new XSSFWorkbook(out.toFile())) {
            assertEquals(List.of("Lines", "Decisions", "Summary", "Stamp"), List.of(wb.getSheetName(0), wb.getSheetName(1),
                wb.getSheetName(2), wb.getSheetName(3)));
            XSSFSheet lines = wb.getSheet("Lines");
            assertNotNull(lines.getPaneInformation(), "the header row is frozen");
            assertEquals(1, lines.getPaneInformation().getHorizontalSplitPosition());
            assertTrue(lines.getCTWorksheet().isSetAutoFilter(), "an autofilter");
            assertTrue(lines.getColumnWidth(LineTable.COLUMNS.indexOf("unknown_because")) > lines.getColumnWidth(LineTable.QUANTITY),
                "column widths set");
            Row header = lines.getRow(0);
            for (int i = 0; i < LineTable.COLUMNS.size(); i++) {
                assertEquals(LineTable.COLUMNS.get(i), header.getCell(i).getStringCellValue());
            }
            assertEquals(4, lines.getPhysicalNumberOfRows());
            Row first = lines.getRow(1);
            Cell qty = first.getCell(LineTable.QUANTITY);
            assertEquals(CellType.NUMERIC, qty.getCellType());
            assertEquals(1024.0, qty.getNumericCellValue());
            Cell date = first.getCell(LineTable.DATE);
            assertTrue(DateUtil.isCellDateFormatted(date), "the date is a date cell");
            assertEquals(java.time.LocalDate.of(2024, 6, 1), date.getLocalDateTimeCellValue().toLocalDate());
            Set<String> hostile = new HashSet<>(List.of("=1+1", "=HYPERLINK(\"http://x\")", "@SUM(A1)", "+cmd", "-2"));
            int seen = 0;
            for (Row row : lines) {
                for (Cell c : row) {
                    assertFalse(c.getCellType() == CellType.FORMULA, "no formula cell: " + c.getAddress());
                    if (c.getCellType() == CellType.STRING && hostile.contains(c.getStringCellValue())) {
                        assertTrue(c.getCellStyle().getQuotePrefixed(), "quote-prefixed like typed text: " + c.getStringCellValue());
                        seen++;
                    }
                }
            }
            assertEquals(5, seen, "each hostile cell kept as written, as text");
            XSSFSheet decisions = wb.getSheet("Decisions");
            assertEquals(3, decisions.getPhysicalNumberOfRows(), "a header and one row per distinct decision (the two H100 lines share one)");
            assertTrue(decisions.getRow(1).getCell(0).getStringCellValue().matches("D\\d+"));
            Map<String, String> summary = new LinkedHashMap<>();
            for (Row row : wb.getSheet("Summary")) {
                if (row.getCell(1) != null) {
                    Cell v = row.getCell(1);
                    summary.put(row.getCell(0).getStringCellValue(), v.getCellType() == CellType.NUMERIC
                        ? Long.toString((long) v.getNumericCellValue()) : v.getStringCellValue());
                }
            }
            assertEquals("3", summary.get("lines screened"));
            assertEquals("1", summary.get("licence required (as enforced)"));
            Map<String, String> stamp = new LinkedHashMap<>();
            for (Row row : wb.getSheet("Stamp")) {
                stamp.put(row.getCell(0).getStringCellValue(), row.getCell(1).getStringCellValue());
            }
            assertEquals(ScreenCommandTest.sha256(Files.readAllBytes(in)), stamp.get("input SHA-256"));
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new AssertionError(e);
        }
        // the CSV neutralises the same cells with an apostrophe
        ChipgateCliTest.Run csv = ChipgateCliTest.run("screen", in.toString(), "--on", "2026-11-30");
        List<Map<String, String>> rows = ScreenCommandTest.lines(csv.out());
        // a plain number ("-2") stays a number: Excel reads it as -2, not a formula (the shared CSV rule of issue 22)
        assertEquals(List.of("'=1+1", "'@SUM(A1)", "-2"), rows.stream().map(m -> m.get("id")).toList());
        assertEquals(List.of("'=HYPERLINK(\"http://x\")", "'+cmd", "Berlin"), rows.stream().map(m -> m.get("consignee")).toList());
        ChipgateCliTest.Run noOut = ChipgateCliTest.run("screen", in.toString(), "--format", "xlsx");
        assertEquals(Chipgate.USAGE, noOut.code());
        assertTrue(noOut.err().contains("give --out FILE.xlsx"), noOut.err());
    }

    @Test
    void theHtmlPutsActionFirstDetailsOnceAndCapsLast() throws IOException {
        Path in = resource("erp-export.csv");
        Path out = dir.resolve("screening.html");
        Path sum = dir.resolve("summary.json");
        ChipgateCliTest.Run r = ChipgateCliTest.run("screen", in.toString(), "--on", "2026-11-30", "--format", "html", "--out", out.toString(),
            "--summary", sum.toString());
        assertEquals(0, r.code(), r.err());
        Document d = Jsoup.parse(out.toFile());
        JsonNode s = ScreenCommandTest.json(sum).get("summary");
        List<Element> decisions = d.select("div.decision");
        assertEquals(s.get("decisions").asInt(), decisions.size(), "each distinct decision's detail once");
        Set<String> ids = new HashSet<>();
        decisions.forEach(x -> ids.add(x.id()));
        List<Element> links = d.select("table.lines a[href^=#D]");
        assertEquals(50, links.size(), "every line refers to its decision");
        links.forEach(a -> assertTrue(ids.contains(a.attr("href").substring(1)), a.attr("href")));
        Element action = d.select("h2:contains(Lines needing action) + table").first();
        assertEquals(s.get("licenceRequired").asInt(), action.select("tbody tr").size());
        Element unknown = d.select("h2:contains(Unknown lines) + table").first();
        assertEquals(s.get("unknown").asInt(), unknown.select("tbody tr").size());
        assertTrue(unknown.text().contains("the end user's headquarters"), "each unknown line says why");
        assertTrue(d.text().contains("1,024") && d.text().contains("4,096"), "thousands separators");
        List<Element> numbers = new java.util.ArrayList<>(d.select("table.lines td.n, table.kv:not(.stamp) td:eq(1)"));
        d.select("h2:contains(AI-diffusion caps) ~ table tbody tr").forEach(tr -> numbers.addAll(tr.select("td").subList(1, 6)));
        assertTrue(numbers.size() > 60, "quantities, counts and totals: " + numbers.size());
        for (Element td : numbers) {
            assertTrue(td.text().matches("~?\\d{1,3}(,\\d{3})*(\\.\\d)?") || !td.text().matches(".*\\d.*"), "thousands separated: " + td.text());
        }
        List<String> h2 = d.select("h2").eachText();
        assertTrue(h2.get(h2.size() - 2).startsWith("AI-diffusion caps as written"), "caps last, before the stamp");
        Element caps = d.select("h2:contains(AI-diffusion caps) ~ table").first();
        assertNotNull(caps);
        for (Element row : caps.select("tbody tr")) {
            assertFalse(row.select("td").get(5).text().equals("0"), "only destinations the caps apply to: " + row.text());
        }
        assertTrue(d.select("style").html().contains("@media print"));
        // every note a decision refers to is there (notes alike but for a date or a country share one item, each keeping its anchor)
        List<Element> refs = d.select("div.decision a[href^=#N]");
        assertTrue(refs.size() > 100, "note references: " + refs.size());
        refs.forEach(a -> assertNotNull(d.getElementById(a.attr("href").substring(1)), a.attr("href")));
        assertTrue(d.select("ol.notes li").size() < d.select("ol.notes [id^=N]").size(), "some notes share an item");
        // an unknown decision gives what settles it, whole (the lines' table cuts it)
        assertTrue(d.select("div.decision").stream().anyMatch(x -> x.text().contains("What settles it: Where is the end user")),
            "what settles an unknown answer is in its decision");
    }
}
