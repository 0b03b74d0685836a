package io.chipgate.cli;

import static io.chipgate.cli.ChipgateCliTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps docs/cli-json.md true: for each documented command, every field the command prints is in its table, and every
 * field the table marks "always" is printed. Samples are chosen to print the conditional fields too.
 */
class CliJsonDocsTest {
    /** A documented field: its path (a.b, a[].b), type and presence. */
    record Field(String path, String type, String present) {
    }

    static Map<String, List<Field>> tables = new LinkedHashMap<>();

    @BeforeAll
    static void readTheDoc() throws IOException {
        String doc = Files.readString(Path.of("../docs/cli-json.md"));
        String section = null;
        Pattern row = Pattern.compile("^\\| `([^`]+)` \\| ([^|]+) \\| ([^|]+) \\|");
        for (String line : doc.lines().toList()) {
            if (line.startsWith("## ")) {
                section = line.substring(3).trim();
            } else if (line.startsWith("`chipgate ")) {
                // a section may hold several tables (frontier): the first word after the command keys it
                Matcher m = Pattern.compile("^`chipgate ([a-z]+)(?: --([a-z-]+))?").matcher(line);
                if (m.find()) {
                    section = m.group(1) + (m.group(1).equals("frontier") ? " --" + m.group(2) : "");
                }
            } else if (line.startsWith("With `--from FILE --format jsonl`")) {
                section = "classify errors";
            }
            Matcher m = row.matcher(line);
            if (section != null && m.find()) {
                tables.computeIfAbsent(section, k -> new ArrayList<>()).add(new Field(m.group(1), m.group(2).trim(), m.group(3).trim()));
            }
        }
    }

    /** Paths of every field printed; maps (documented with type "map") are leaves. */
    static void paths(JsonNode node, String prefix, Set<String> maps, Set<String> out) {
        if (node.isArray()) {
            node.forEach(x -> paths(x, prefix, maps, out));
            return;
        }
        if (!node.isObject()) {
            return;
        }
        node.fieldNames().forEachRemaining(name -> {
            String p = prefix + name;
            out.add(p);
            JsonNode v = node.get(name);
            if (maps.contains(p)) {
                return;
            }
            if (v.isArray()) {
                v.forEach(x -> paths(x, p + "[].", maps, out));
            } else if (v.isObject()) {
                paths(v, p + ".", maps, out);
            }
        });
    }

    static void check(String section, String... args) throws IOException {
        List<Field> documented = tables.get(section);
        assertTrue(documented != null && !documented.isEmpty(), "docs/cli-json.md documents " + section + ": " + tables.keySet());
        Set<String> maps = new TreeSet<>();
        documented.stream().filter(f -> f.type().equals("map")).forEach(f -> maps.add(f.path()));
        Set<String> printed = new TreeSet<>();
        for (String sample : args) {
            ChipgateCliTest.Run r = run(sample.split("\\|"));
            assertEquals(0, r.code(), sample + ": " + r.err());
            paths(new ObjectMapper().readTree(r.out()), "", maps, printed);
        }
        Set<String> names = new TreeSet<>();
        documented.forEach(f -> names.add(f.path()));
        for (String p : printed) {
            assertTrue(names.contains(p), section + ": field '" + p + "' is printed but not documented in docs/cli-json.md");
        }
        for (Field f : documented) {
            if (f.present().equals("always")) {
                assertTrue(printed.contains(f.path()), section + ": '" + f.path() + "' is documented as always present but not printed");
            }
        }
        assertEquals(names.size(), documented.size(), section + ": a field is documented twice");
    }

    @Test
    void license() throws IOException {
        // readings disagree (UAE), part 746 (Russia), NAC with notification (Cambodia), the letters (H20), NAC before 2024
        check("license", "license|B200|--to|AE|--hq|AE|--on|2026-08-01|--format|json",
            "license|L40|--to|RU|--on|2024-06-01|--format|json", "license|L40|--to|KH|--on|2024-06-01|--format|json",
            "license|H20|--to|CN|--hq|CN|--on|2025-06-01|--format|json", "license|RTX-4090|--to|VN|--hq|VN|--on|2024-03-01|--format|json",
            "license|H100|--to|CN|--on|2024-06-01|--origin|foreign|--us-tech|unknown|--us-content|20|--format|json",
            "license|L4|--to|BE|--on|2026-08-01|--origin|foreign|--us-tech|yes|--us-content|0|--end-user|"
                + "Huawei Technologies Research & Development Belgium NV|--format|json");
    }

    @Test
    void classify() throws IOException {
        // b200 carries an estimate interval (clauses[].robust); aws-trainium-1 has a sensitivity; h20 margins
        check("classify", "classify|h20|b200|aws-trainium-1|mi300a|--on|2026-11-29|--format|json",
            "classify|h20|a800|--regime|3a090-2023|--on|2024-06-01|--format|json");
        Set<String> robustSeen = new TreeSet<>();
        paths(new ObjectMapper().readTree(run("classify", "b200", "--regime", "3a090-2024", "--on", "2026-11-29", "--format", "json").out()),
            "", Set.of("interpretation", "sensitivity"), robustSeen);
        assertTrue(robustSeen.contains("clauses[].robust"), "the sample prints the conditional field clauses[].robust");
    }

    @Test
    void classifyBatchErrors(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Path q = dir.resolve("q.txt");
        Files.writeString(q, "h1000\n");
        ChipgateCliTest.Run r = run("classify", "--from", q.toString(), "--format", "jsonl");
        assertEquals(Chipgate.BAD_DATA, r.code());
        Set<String> printed = new TreeSet<>();
        paths(new ObjectMapper().readTree(r.out()), "", Set.of(), printed);
        Set<String> documented = new TreeSet<>();
        tables.get("classify errors").forEach(f -> documented.add(f.path()));
        assertEquals(documented, printed);
    }

    @Test
    void regimes() throws IOException {
        check("regimes", "regimes|--on|2026-11-29|--format|json");
    }

    @Test
    void history() throws IOException {
        check("history", "history|a800|h20|--format|json");
    }

    @Test
    void matrix() throws IOException {
        check("matrix", "matrix|--on|2026-11-29|--format|json");
    }

    @Test
    void frontier() throws IOException {
        check("frontier --regime", "frontier|--regime|3a090-2023|--die-area|814|--format|json",
            "frontier|--regime|3a090-2022|--die-area|814|--format|json");
        check("frontier --part", "frontier|--part|h20|--on|2026-11-29|--format|json");
    }

    @Test
    void tpp() throws IOException {
        check("tpp", "tpp|--tops|275|--bits|16|--die-area|600|--on|2026-12-07|--format|json",
            "tpp|--tops|3957.8|--bits|8|--sparse|--interpretation|sparseOnly=UNKNOWN|--on|2026-12-07|--format|json");
    }

    @Test
    void quota() throws IOException {
        check("quota", "quota|--order|specs/shipments.csv|--on|2025-03-01|--format|json");
    }

    @Test
    void theReadmePointsToTheFieldDocumentation() throws IOException {
        String readme = Files.readString(Path.of("../README.md"));
        assertTrue(readme.contains("docs/cli-json.md"), "the README links the JSON field documentation");
        assertFalse(readme.contains("the known margins as text"), "margins[] are objects, not text");
    }
}
