package io.chipgate.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import io.chipgate.catalog.Catalog;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code chipgate dataset}: the package validates against its own Table Schemas, is byte-identical across runs, holds
 * the H100 SXM as its published figures give it, and follows the shared output rules.
 */
class DatasetCommandTest {
    @TempDir
    Path tmp;

    private static final ObjectMapper JSON = new ObjectMapper();

    private Path write(String name) {
        Path out = tmp.resolve(name);
        ChipgateCliTest.Run r = ChipgateCliTest.run("dataset", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("wrote 7 files for "), r.out());
        return out;
    }

    /** A CSV file as rows of cells, header first; the reader is Jackson's, independent of how the file was written. */
    private static List<List<String>> read(Path csv) throws IOException {
        CsvMapper m = new CsvMapper();
        m.enable(CsvParser.Feature.WRAP_AS_ARRAY);
        List<List<String>> rows = new ArrayList<>();
        try (MappingIterator<List<String>> it = m.readerForListOf(String.class).readValues(csv.toFile())) {
            while (it.hasNext()) {
                rows.add(it.next());
            }
        }
        return rows;
    }

    @Test
    void packageValidatesAgainstItsOwnSchemas() throws IOException {
        Path out = write("data");
        JsonNode dp = JSON.readTree(out.resolve("datapackage.json").toFile());
        assertEquals("chipgate-catalog", dp.get("name").asText());
        assertEquals(Catalog.builtin().version(), dp.get("version").asText());
        assertFalse(dp.get("title").asText().isEmpty());
        assertEquals("Apache-2.0", dp.at("/licenses/0/name").asText());
        assertFalse(dp.at("/sources/0/title").asText().isEmpty());
        List<String> names = new ArrayList<>();
        dp.get("resources").forEach(r -> names.add(r.get("name").asText()));
        assertEquals(List.of("parts", "figures", "outcomes", "sources"), names);

        Map<String, List<List<String>>> tables = new HashMap<>();
        Map<String, List<String>> headers = new HashMap<>();
        for (JsonNode r : dp.get("resources")) {
            String name = r.get("name").asText();
            assertEquals(name + ".csv", r.get("path").asText());
            assertEquals("csv", r.get("format").asText());
            assertEquals("text/csv", r.get("mediatype").asText());
            assertEquals("utf-8", r.get("encoding").asText());
            List<List<String>> rows = read(out.resolve(r.get("path").asText()));
            List<String> fields = new ArrayList<>();
            List<String> types = new ArrayList<>();
            for (JsonNode f : r.at("/schema/fields")) {
                fields.add(f.get("name").asText());
                types.add(f.get("type").asText());
                assertFalse(f.get("description").asText().isEmpty(), name + "." + f.get("name"));
            }
            assertEquals(fields, rows.get(0), name + ": the header is the schema's field names in order");
            assertTrue(rows.size() > 1, name + " has rows");
            for (List<String> row : rows.subList(1, rows.size())) {
                assertEquals(fields.size(), row.size(), name + " " + row);
                for (int i = 0; i < row.size(); i++) {
                    assertParses(types.get(i), row.get(i), name + "." + fields.get(i) + " in " + row);
                }
            }
            // the primary key: never missing, never twice
            List<Integer> pk = new ArrayList<>();
            r.at("/schema/primaryKey").forEach(k -> pk.add(fields.indexOf(k.asText())));
            assertFalse(pk.isEmpty() || pk.contains(-1), name + " primary key " + pk);
            Set<List<String>> keys = new HashSet<>();
            for (List<String> row : rows.subList(1, rows.size())) {
                List<String> key = pick(row, pk);
                assertFalse(key.contains(""), name + ": a primary key cell is empty in " + row);
                assertTrue(keys.add(key), name + ": primary key " + key + " appears twice");
            }
            tables.put(name, rows.subList(1, rows.size()));
            headers.put(name, fields);
        }
        // every foreign key resolves (a key with a missing cell is not a reference, as the spec says)
        int checked = 0;
        for (JsonNode r : dp.get("resources")) {
            String name = r.get("name").asText();
            for (JsonNode fk : r.at("/schema/foreignKeys")) {
                String target = fk.at("/reference/resource").asText();
                List<Integer> from = new ArrayList<>();
                fk.get("fields").forEach(f -> from.add(headers.get(name).indexOf(f.asText())));
                List<Integer> to = new ArrayList<>();
                fk.at("/reference/fields").forEach(f -> to.add(headers.get(target).indexOf(f.asText())));
                assertFalse(from.contains(-1) || to.contains(-1), name + " → " + target);
                Set<List<String>> targets = new HashSet<>();
                tables.get(target).forEach(row -> targets.add(pick(row, to)));
                for (List<String> row : tables.get(name)) {
                    List<String> key = pick(row, from);
                    if (!key.contains("")) {
                        assertTrue(targets.contains(key), name + " " + key + " has no row in " + target);
                        checked++;
                    }
                }
            }
        }
        assertTrue(checked > 1000, "foreign keys checked: " + checked);
        // every part has outcomes
        Set<String> withOutcomes = new TreeSet<>();
        tables.get("outcomes").forEach(row -> withOutcomes.add(row.get(0)));
        assertEquals(tables.get("parts").size(), withOutcomes.size());
    }

    private static List<String> pick(List<String> row, List<Integer> columns) {
        List<String> key = new ArrayList<>();
        columns.forEach(i -> key.add(row.get(i)));
        return key;
    }

    /** A cell against its Table Schema type; an empty cell is the missing value. */
    private static void assertParses(String type, String cell, String where) {
        if (cell.isEmpty()) {
            return;
        }
        switch (type) {
            case "string" -> assertFalse(cell.startsWith(" ") || cell.endsWith(" "), where + ": '" + cell + "'");
            // plain decimals only: no exponent, no grouping, no locale's decimal comma
            case "number" -> assertTrue(cell.matches("-?[0-9]+(\\.[0-9]+)?"), where + ": '" + cell + "' is not a number");
            case "integer" -> assertTrue(cell.matches("-?[0-9]+"), where + ": '" + cell + "' is not an integer");
            case "boolean" -> assertTrue(cell.equals("true") || cell.equals("false"), where + ": '" + cell + "' is not a boolean");
            case "date" -> assertEquals(cell, LocalDate.parse(cell).toString(), where);
            default -> throw new AssertionError(where + ": unexpected type " + type);
        }
    }

    @Test
    void twoRunsGiveTheSameBytesInAnyLocale() throws IOException {
        Path a = write("a");
        // the second run under another locale: decimal commas, other digits and case rules must not reach the files
        java.util.Locale before = java.util.Locale.getDefault();
        Path b;
        try {
            java.util.Locale.setDefault(java.util.Locale.forLanguageTag("tr-TR"));
            write("tr");
            java.util.Locale.setDefault(java.util.Locale.forLanguageTag("ar-EG-u-nu-arab"));
            b = write("b");
        } finally {
            java.util.Locale.setDefault(before);
        }
        assertEquals(list(a), list(tmp.resolve("tr")));
        for (String f : list(a)) {
            assertArrayEquals(Files.readAllBytes(a.resolve(f)), Files.readAllBytes(tmp.resolve("tr").resolve(f)), f + " under tr-TR");
        }
        List<String> files = list(a);
        assertEquals(files, list(b));
        assertEquals(List.of(".chipgate-site", "CITATION.cff", "README.md", "datapackage.json", "figures.csv", "outcomes.csv",
            "parts.csv", "sources.csv"), files);
        for (String f : files) {
            byte[] bytes = Files.readAllBytes(a.resolve(f));
            assertArrayEquals(bytes, Files.readAllBytes(b.resolve(f)), f);
            assertFalse(new String(bytes, StandardCharsets.UTF_8).contains("\r"), f + ": LF line ends only");
        }
        String readme = Files.readString(a.resolve("README.md"));
        String version = Catalog.builtin().version();
        assertTrue(readme.contains(version) && readme.contains("not legal advice"), readme);
        String cff = Files.readString(a.resolve("CITATION.cff"));
        assertTrue(cff.startsWith("cff-version: 1.2.0\n") && cff.contains("version: \"" + version + "\"\n"), cff);
    }

    private static List<String> list(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** A row of a table by its first cells, as a map from header to cell. */
    private static Map<String, String> row(Path csv, String... first) throws IOException {
        List<List<String>> rows = read(csv);
        List<Map<String, String>> found = new ArrayList<>();
        for (List<String> r : rows.subList(1, rows.size())) {
            if (r.subList(0, first.length).equals(List.of(first))) {
                Map<String, String> m = new HashMap<>();
                for (int i = 0; i < r.size(); i++) {
                    m.put(rows.get(0).get(i), r.get(i));
                }
                found.add(m);
            }
        }
        assertEquals(1, found.size(), csv.getFileName() + " " + List.of(first));
        return found.get(0);
    }

    /**
     * H100 SXM5 80GB, worked by hand from the published figures: NVIDIA's product page gives 3,958 sparse FP8 TFLOPS,
     * "one-half lower without sparsity", so 1,979 dense × 8 bits = TPP 15,832 computed; NVIDIA's export table declares
     * TPP 15,840 per GPU, the higher one the rules use; the Hopper whitepaper's GH100 is 814 mm² and 80 billion
     * transistors, so the density is 15,840 / 814 = 720 / 37 (814 = 2 × 11 × 37) = 19.459459…; memory 3,350 GB/s; NVLink 900 GB/s and
     * PCIe Gen5 x16 128 GB/s give 1,028 GB/s of I/O.
     */
    @Test
    void h100RowAsThePublishedFiguresGiveIt() throws IOException {
        Path out = write("data");
        Map<String, String> h = row(out.resolve("parts.csv"), "nvidia-h100-sxm");
        assertEquals("NVIDIA", h.get("vendor"));
        assertEquals("ACCELERATOR", h.get("kind"));
        assertEquals("2022", h.get("year"));
        assertEquals("true", h.get("datacenter"));
        assertEquals("15840", h.get("tpp"));
        assertEquals("15832", h.get("tpp_computed"));
        assertEquals("15840", h.get("tpp_declared"));
        assertEquals("4A090.a", h.get("declared_eccn"));
        assertEquals("814", h.get("applicable_die_area_mm2"));
        assertEquals("720/37", h.get("performance_density_exact"));
        assertEquals("19.4594594595", h.get("performance_density"));
        assertEquals("false", h.get("performance_density_estimated"));
        assertEquals("3350", h.get("memory_bandwidth_gbs"));
        assertEquals("1028", h.get("io_bidirectional_gbs"));
        assertEquals("80000000000", h.get("transistors"));
        assertEquals("VENDOR", h.get("tpp_declared_grade"));
        assertEquals("nv-export", h.get("tpp_declared_sources"));
        assertEquals("VENDOR", h.get("tpp_computed_grade"));
        assertEquals("nv-h100-page", h.get("tpp_computed_sources"));
        assertEquals("DATASHEET", h.get("die_area_grade"));
        assertEquals("nv-hopper-wp", h.get("die_area_sources"));
        assertEquals("DATASHEET", h.get("transistors_grade"));
        assertEquals("VENDOR", h.get("memory_bandwidth_grade"));
        assertEquals("nv-h100-page", h.get("io_sources"));

        Map<String, String> fp8 = row(out.resolve("figures.csv"), "nvidia-h100-sxm", "compute[FP8].denseTops");
        assertEquals("1979", fp8.get("value"));
        assertEquals("TOPS", fp8.get("unit"));
        assertEquals("VENDOR", fp8.get("grade"));
        assertEquals("nv-h100-page", fp8.get("source"));
        Map<String, String> area = row(out.resolve("figures.csv"), "nvidia-h100-sxm", "dies[0].areaMm2");
        assertEquals("814", area.get("value"));
        assertEquals("nv-hopper-wp", area.get("source"));

        Map<String, String> wp = row(out.resolve("sources.csv"), "nvidia-h100-sxm", "nv-hopper-wp");
        assertEquals("DATASHEET", wp.get("grade"));
        assertEquals("2026-11-29", wp.get("retrieved"));

        // TPP 15,840 ≥ 4,800 under the first rule (in force from 2022-10-07): 3A090.a; free before it
        Map<String, String> first = row(out.resolve("outcomes.csv"), "nvidia-h100-sxm", "3a090-2022", "2022-10-07");
        assertEquals("3A090.a", first.get("outcome"));
    }

    @Test
    void outputPathRules() throws IOException {
        Path foreign = tmp.resolve("mine");
        Files.createDirectories(foreign);
        Files.writeString(foreign.resolve("notes.txt"), "my own file");
        ChipgateCliTest.Run r = ChipgateCliTest.run("dataset", "--out", foreign.toString());
        assertEquals(Chipgate.BAD_DATA, r.code(), r.err());
        assertTrue(r.err().startsWith("chipgate: bad input: cannot write the data package to ") && r.err().contains("chipgate did not write")
            && r.err().lines().count() == 1, r.err());
        assertEquals(List.of("notes.txt"), list(foreign));

        Path file = tmp.resolve("file");
        Files.writeString(file, "x");
        ChipgateCliTest.Run f = ChipgateCliTest.run("dataset", "--out", file.toString());
        assertEquals(Chipgate.BAD_DATA, f.code(), f.err());
        assertEquals("x", Files.readString(file));

        ChipgateCliTest.Run missing = ChipgateCliTest.run("dataset");
        assertEquals(Chipgate.USAGE, missing.code(), missing.err());

        // an earlier package is replaced whole: a stray file in it goes
        Path data = write("data");
        Files.writeString(data.resolve("stray.csv"), "a\n");
        write("data");
        assertFalse(Files.exists(data.resolve("stray.csv")));
        // an empty directory is fine
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        assertEquals(0, ChipgateCliTest.run("dataset", "--out", empty.toString()).code());
        assertTrue(Files.isRegularFile(empty.resolve("datapackage.json")));
    }
}
