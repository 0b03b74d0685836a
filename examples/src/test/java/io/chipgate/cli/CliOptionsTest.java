package io.chipgate.cli;

import static io.chipgate.cli.ChipgateCliTest.json;
import static io.chipgate.cli.ChipgateCliTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Options behave alike across commands: formats, case-insensitive values, "did you mean", CSV that keeps ~ and ≤. */
class CliOptionsTest {
    static List<List<String>> csv(String text) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (MappingIterator<List<String>> it = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY)
            .readerForListOf(String.class).readValues(text)) {
            it.forEachRemaining(rows::add);
        }
        return rows;
    }

    /** Each command with arguments that make it answer, and the formats it offers. */
    static Stream<Arguments> commands() {
        return Stream.of(
            Arguments.of(List.of("regimes", "--on", "2026-11-29"), EnumSet.of(Format.text, Format.json)),
            Arguments.of(List.of("parts"), EnumSet.of(Format.text, Format.json, Format.csv)),
            Arguments.of(List.of("classify", "h20", "--regime", "3a090-2023", "--on", "2026-11-29"),
                EnumSet.of(Format.text, Format.json, Format.csv, Format.jsonl)),
            Arguments.of(List.of("history", "a800"), EnumSet.of(Format.text, Format.json)),
            Arguments.of(List.of("matrix", "--on", "2026-11-29"), EnumSet.of(Format.text, Format.json, Format.csv)),
            Arguments.of(List.of("frontier", "--regime", "3a090-2023", "--die-area", "814"), EnumSet.of(Format.text, Format.json)),
            Arguments.of(List.of("quota", "--order", "specs/shipments.csv", "--on", "2025-03-01"), EnumSet.of(Format.text, Format.json)));
    }

    @ParameterizedTest
    @MethodSource("commands")
    void eachFormatIsHonouredOrRefusedWithExit2(List<String> command, Set<Format> offered) throws IOException {
        for (Format f : Format.values()) {
            List<String> args = new ArrayList<>(command);
            args.addAll(List.of("--format", f.name()));
            ChipgateCliTest.Run r = run(args.toArray(new String[0]));
            String what = String.join(" ", args);
            if (!offered.contains(f)) {
                assertEquals(2, r.code(), what + ": " + r.out());
                assertTrue(r.err().contains("--format " + f + " is not offered") && r.err().contains("use text"), r.err());
                assertEquals("", r.out(), what);
                continue;
            }
            assertEquals(0, r.code(), what + ": " + r.err());
            String out = r.out().strip();
            switch (f) {
                case json -> assertTrue(json(out).isContainerNode(), what);
                case jsonl -> out.lines().forEach(l -> {
                    try {
                        assertTrue(json(l).isObject(), l);
                    } catch (IOException e) {
                        throw new AssertionError(what + ": not JSON Lines: " + l, e);
                    }
                });
                case csv -> {
                    List<List<String>> rows = csv(out);
                    assertTrue(rows.size() >= 2, what);
                    rows.forEach(row -> assertEquals(rows.get(0).size(), row.size(), what + ": ragged row " + row));
                }
                default -> assertFalse(out.startsWith("[") || out.startsWith("{") || out.isEmpty(), what + ": " + out);
            }
        }
    }

    @Test
    void enumValuesAreCaseInsensitive() throws IOException {
        ChipgateCliTest.Run lower = run("parts", "--kind", "accelerator", "--format", "csv");
        assertEquals(0, lower.code(), lower.err());
        assertEquals(lower.out(), run("parts", "--kind", "ACCELERATOR", "--format", "CSV").out());
        assertTrue(csv(lower.out()).stream().skip(1).allMatch(row -> row.get(4).equals("ACCELERATOR")));
        assertEquals(0, run("parts", "--kind", "Memory").code());
        assertEquals(0, run("regimes", "--format", "Json").code());
    }

    @Test
    void unknownVendorIsAUsageErrorWithSuggestion() {
        ChipgateCliTest.Run r = run("parts", "--vendor", "huwei");
        assertEquals(2, r.code());
        assertEquals("", r.out());
        assertTrue(r.err().contains("Unknown vendor 'huwei'; did you mean Huawei?"), r.err());
        ChipgateCliTest.Run none = run("parts", "--vendor", "zzzzzz");
        assertEquals(2, none.code());
        assertFalse(none.err().contains("did you mean"), none.err());
        assertTrue(none.err().contains("NVIDIA"), "lists the vendors: " + none.err());
        assertEquals(0, run("parts", "--vendor", "huawei").code(), "vendor names are case-insensitive");
    }

    @Test
    void didYouMeanForCommandsOptionsPartsAndRegimes() {
        Map<List<String>, String> cases = Map.of(
            List.of("clasify", "h100"), "Unknown command 'clasify'; did you mean classify?",
            List.of("matrx"), "Unknown command 'matrx'; did you mean matrix?",
            List.of("classify", "h100", "--regme", "3a090-2024"), "Unknown option: '--regme'; did you mean --regime?",
            List.of("parts", "--formt", "json"), "Unknown option: '--formt'; did you mean --format?",
            List.of("classify", "h1000"), "did you mean",
            List.of("classify", "h100", "--regime", "3a090-2032"), "did you mean");
        cases.forEach((args, expected) -> {
            ChipgateCliTest.Run r = run(args.toArray(new String[0]));
            assertEquals(2, r.code(), args + ": " + r.err());
            assertTrue(r.err().contains(expected), args + ": " + r.err());
            assertEquals(1, r.err().lines().count(), r.err());
        });
        ChipgateCliTest.Run far = run("frobnicate");
        assertEquals(2, far.code());
        assertTrue(far.err().startsWith("chipgate: Unknown command 'frobnicate' (see 'chipgate --help')"), far.err());
    }

    @Test
    void severalSpecFilesFollowOneSpecOption() throws IOException {
        ChipgateCliTest.Run r = run("classify", "--spec", "specs/example-accelerator.json", "specs/example-accelerator.json",
            "--regime", "3a090-2024", "--format", "json");
        assertEquals(0, r.code(), r.err());
        assertEquals(2, json(r.out()).size());
    }

    @Test
    void quotaReadsTheProjectsShipmentListByItsHeader(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws IOException {
        ChipgateCliTest.Run r = run("quota", "--order", "specs/shipments.csv", "--on", "2025-03-01", "--format", "json");
        assertEquals(0, r.code(), r.err());
        // the same order written with only the two columns, reordered: the extra columns are ignored, not misread
        java.nio.file.Path plain = dir.resolve("plain.csv");
        java.nio.file.Files.writeString(plain, "quantity,part\n8,H100\n8,H100\n64,H20\n64,H20\n16,A800\n10,RTX 4090\n1000,skhynix-hbm3e-8h\n");
        ChipgateCliTest.Run p = run("quota", "--order", plain.toString(), "--on", "2025-03-01", "--format", "json");
        assertEquals(0, p.code(), p.err());
        assertEquals(json(p.out()), json(r.out()));
        assertTrue(json(r.out()).get("totalTpp").decimalValue().signum() > 0, r.out());
        java.nio.file.Files.writeString(plain, "part,destination\nH100,DE\n");
        ChipgateCliTest.Run bad = run("quota", "--order", plain.toString());
        assertEquals(3, bad.code());
        assertTrue(bad.err().contains("expected columns named 'part' and 'quantity'"), bad.err());
    }

    @Test
    void aDateBeforeEveryRegimeSaysSo() throws IOException {
        ChipgateCliTest.Run r = run("classify", "h100", "--on", "2020-01-01");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("no regime is in force on 2020-01-01 (the first, 3a090-2022, took effect 2022-10-07)"), r.out());
        assertEquals(0, json(run("classify", "h100", "--on", "2020-01-01", "--format", "json").out()).size());
    }

    @Test
    void historyAsJson() throws IOException {
        JsonNode h = json(run("history", "a800", "--format", "json").out()).get(0);
        assertEquals("nvidia-a800-sxm", h.get("part").asText());
        JsonNode first = h.get("periods").get(0);
        assertEquals("2022-10-07", first.get("from").asText());
        assertEquals("2023-11-16", first.get("to").asText());
        assertEquals("NOT_CONTROLLED", first.get("outcomes").get(0).get("outcome").asText());
        JsonNode second = h.get("periods").get(1);
        assertEquals("3A090.a.1", second.get("outcomes").get(0).get("outcome").asText());
    }

    /** Every abbreviation the matrix prints in its cells and headers is explained in its legend. */
    @Test
    void theMatrixLegendExplainsEveryAbbreviation() {
        String m = run("matrix", "--on", "2026-11-29").out();
        String legend = m.substring(m.indexOf("\nTPP = "));
        for (String term : List.of("TPP =", "PD =", "~ =", "≤ x", "NC =", "n/a =", "INDET =", "CbC =", "PoD =", "LIC-REP =",
            "WW-LIC =", "presumed-a =", "overcome =", "4A090")) {
            assertTrue(legend.contains(term), term + " in " + legend);
        }
        java.util.Set<String> cells = new java.util.TreeSet<>();
        m.substring(0, m.indexOf("\n\n")).lines().skip(1).forEach(l -> {
            String[] f = l.trim().split("\\s+");
            for (int i = f.length - 7; i < f.length; i++) {
                cells.add(f[i]);
            }
        });
        for (String c : cells) {
            boolean paragraph = c.matches("[34]A090(\\.[a-c](\\.[12])?)?");
            assertTrue(paragraph || legend.contains(c + " ="), "cell code " + c + " is explained");
        }
    }

    @Test
    void largeNumbersInTextHaveSeparatorsAndJsonStaysPlain() throws IOException {
        String foundry = run("classify", "h100", "--regime", "foundry-2025", "--on", "2026-11-29").out();
        assertTrue(foundry.contains("transistors < 30,000,000,000"), foundry);
        assertTrue(foundry.contains("(50,000,000,000 over)"), foundry);
        assertTrue(foundry.contains("FR Doc 2025-00711"), "document numbers untouched: " + foundry);
        String quota = run("quota", "--order", "specs/shipments.csv", "--on", "2025-03-01").out();
        assertTrue(quota.contains("% of 26,900,000"), quota);
        assertTrue(quota.contains("% of 790,000,000"), quota);
        JsonNode d = json(run("classify", "h100", "--regime", "foundry-2025", "--on", "2026-11-29", "--format", "json").out()).get(0);
        assertEquals("30000000000", d.get("clauses").get(0).get("threshold").asText());
        assertEquals("transistors < 30000000000", d.get("clauses").get(0).get("clause").asText(), "JSON text fields unchanged");
        assertEquals("4800", io.chipgate.regime.Reports.grouped("4800"));
        assertEquals("15,832 and 2024-06-01, FR Doc 2024-28270, 0.290909090909, 2.5/10000",
            io.chipgate.regime.Reports.grouped("15832 and 2024-06-01, FR Doc 2024-28270, 0.290909090909, 2.5/10000"));
        assertEquals("12,345.67891", io.chipgate.regime.Reports.grouped("12345.67891"));
    }

    /** The text shows H200's TPP as ~15840 (an estimate) and MI300A's density as ≤ 7.76 (a bound): CSV keeps both. */
    @Test
    void csvKeepsEstimatesAndBounds() throws IOException {
        assertTrue(run("classify", "h200", "--regime", "3a090-2024", "--on", "2026-11-29").out().contains("~15,840"));
        assertTrue(run("classify", "mi300a", "--regime", "3a090-2024", "--on", "2026-11-29").out().contains("≤ 7.76"));
        List<List<String>> rows = csv(run("classify", "h200", "mi300a", "--regime", "3a090-2024", "--on", "2026-11-29", "--format", "csv").out());
        List<String> h = rows.get(0);
        assertEquals(ClassifyCommand.CSV_COLUMNS, h);
        List<String> h200 = rows.get(1);
        assertEquals("nvidia-h200-sxm", h200.get(h.indexOf("part")));
        assertEquals("15840", h200.get(h.indexOf("tpp")));
        assertEquals("true", h200.get(h.indexOf("tpp_estimated")));
        List<String> mi300a = rows.get(2);
        assertEquals("", mi300a.get(h.indexOf("performance_density")));
        assertTrue(mi300a.get(h.indexOf("performance_density_upper")).startsWith("7.76"), mi300a.toString());
        assertEquals("", mi300a.get(h.indexOf("performance_density_lower")));
        assertEquals("false", mi300a.get(h.indexOf("tpp_estimated")));

        List<List<String>> parts = csv(run("parts", "--format", "csv").out());
        List<String> ph = parts.get(0);
        for (String c : List.of("tpp_estimated", "tpp_lower", "tpp_upper", "performance_density_estimated",
            "performance_density_lower", "performance_density_upper")) {
            assertTrue(ph.contains(c), c);
        }
        List<String> pm = parts.stream().filter(r -> r.get(0).equals("amd-mi300a")).findFirst().orElseThrow();
        assertTrue(pm.get(ph.indexOf("performance_density_upper")).startsWith("7.76"), pm.toString());
        List<String> ph200 = parts.stream().filter(r -> r.get(0).equals("nvidia-h200-sxm")).findFirst().orElseThrow();
        assertEquals("true", ph200.get(ph.indexOf("tpp_estimated")));
    }
}
