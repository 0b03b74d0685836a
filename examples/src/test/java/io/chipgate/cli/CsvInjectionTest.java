package io.chipgate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 22 §6: a user catalog's text reaches CSV cells (part names, vendors, ids in citations); every such cell is
 * neutralised for spreadsheets as order cells already were, while plain numbers stay numbers.
 */
class CsvInjectionTest {
    @TempDir
    Path dir;

    static final String EVIL = "=HYPERLINK(\"http://example.invalid\",\"click\")";

    Path catalog() throws IOException {
        return Files.writeString(dir.resolve("evil.json"), "{\"id\":\"evil-part\",\"vendor\":\"@vendor\",\"name\":\"" + EVIL.replace("\"", "\\\"")
            + "\",\"aliases\":[\"+alias\"],\"dies\":[{\"role\":\"LOGIC\",\"areaMm2\":800,\"nonPlanar\":true}],"
            + "\"compute\":[{\"precision\":\"FP8\",\"denseTops\":2000}]}");
    }

    /** Every cell of a CSV text (or of its sections), parsed as a spreadsheet would. */
    static List<String> cells(String csv) throws IOException {
        List<String> all = new ArrayList<>();
        try (MappingIterator<String[]> it = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY).readerFor(String[].class)
            .readValues(csv.replace("\uFEFF", ""))) {
            while (it.hasNextValue()) {
                all.addAll(List.of(it.nextValue()));
            }
        }
        return all;
    }

    static void noFormula(String csv) throws IOException {
        List<String> cells = cells(csv);
        assertTrue(cells.stream().anyMatch(c -> c.equals("'" + EVIL)), "the name is there, neutralised: " + csv);
        for (String c : cells) {
            assertFalse(!c.isEmpty() && "=+@\t\r".indexOf(c.charAt(0)) >= 0, "a cell a spreadsheet would run: " + c);
            assertFalse(c.startsWith("-") && !c.matches("-?[0-9]+(\\.[0-9]+)?"), "a cell a spreadsheet would run: " + c);
        }
    }

    @Test
    void partsCsv() throws IOException {
        ChipgateCliTest.Run r = ChipgateCliTest.run("--catalog", catalog().toString(), "parts", "--format", "csv");
        assertEquals(0, r.code(), r.err());
        noFormula(r.out());
        assertTrue(cells(r.out()).contains("'@vendor"), r.out());
    }

    @Test
    void classifyCsv() throws IOException {
        ChipgateCliTest.Run r = ChipgateCliTest.run("--catalog", catalog().toString(), "classify", "evil-part", "--on", "2026-11-30",
            "--format", "csv");
        assertTrue(r.code() == 0 || r.code() == 1, r.err());
        noFormula(r.out());
    }

    @Test
    void screenCsv() throws IOException {
        Path orders = Files.writeString(dir.resolve("o.csv"), "part,quantity,destination\nevil-part,8,DE\nh100,-1,DE\n");
        ChipgateCliTest.Run r = ChipgateCliTest.run("--catalog", catalog().toString(), "screen", orders.toString(), "--on", "2026-11-30",
            "--skip-invalid");
        assertEquals(0, r.code(), r.err());
        noFormula(r.out());
    }

    @Test
    void plainNumbersStayNumbers() {
        assertEquals("-12.5", io.chipgate.orderbook.ScreeningReport.cell("-12.5"));
        assertEquals("4800", io.chipgate.orderbook.ScreeningReport.cell("4800"));
        assertEquals("'-1+A1", io.chipgate.orderbook.ScreeningReport.cell("-1+A1"));
        assertEquals("'" + EVIL, io.chipgate.orderbook.ScreeningReport.cell("'" + EVIL));
    }
}
