package io.chipgate.cli;

import static io.chipgate.cli.ChipgateCliTest.json;
import static io.chipgate.cli.ChipgateCliTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.chipgate.catalog.Catalog;
import io.chipgate.model.Part;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** classify --from: one query a line, answers streamed, the same answers as one call per part. */
class BatchTest {
    @Test
    void aThousandLinesGiveTheSameAnswersAsSingleCalls(@TempDir Path dir) throws IOException {
        List<Part> parts = Catalog.builtin().parts();
        List<String> queries = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            Part p = parts.get(i % parts.size());
            // every third query names its own date; the others take --on
            queries.add(i % 3 == 0 ? p.id() + ",2024-06-01" : p.id());
        }
        Path file = dir.resolve("queries.txt");
        Files.write(file, queries);
        ChipgateCliTest.Run r = run("classify", "--from", file.toString(), "--regime", "3a090-2024", "--on", "2026-11-29", "--format", "jsonl");
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals(1000, lines.size(), "one regime asked: one line per query");
        for (int i = 0; i < 1000; i += 97) {
            String[] q = queries.get(i).split(",");
            String date = q.length > 1 ? q[1] : "2026-11-29";
            JsonNode single = json(run("classify", q[0], "--regime", "3a090-2024", "--on", date, "--format", "json").out()).get(0);
            assertEquals(single, json(lines.get(i)), "line " + (i + 1) + ": " + queries.get(i));
        }
    }

    @Test
    void everyRegimeInForceGivesOneLinePerRegimeAndCsvHasOneHeader(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("q.txt");
        Files.writeString(file, "# parts to check\nh20\n\nH100 SXM5, 2023-01-01\n");
        ChipgateCliTest.Run jsonl = run("classify", "--from", file.toString(), "--on", "2026-11-29", "--format", "jsonl");
        assertEquals(0, jsonl.code(), jsonl.err());
        List<String> lines = jsonl.out().lines().toList();
        // 2026-11-29: 3a090-2024, foundry-2025, h20-informed-2025, china-review-2026 in force (ai-diffusion not enforced);
        // 2023-01-01: only 3a090-2022
        int inForce2026 = io.chipgate.regime.Regimes.inForceOn(java.time.LocalDate.of(2026, 11, 29)).size();
        assertEquals(inForce2026 + 1, lines.size(), jsonl.out());
        JsonNode last = json(lines.get(lines.size() - 1));
        assertEquals("nvidia-h100-sxm", last.get("part").asText());
        assertEquals("3a090-2022", last.get("regime").asText());
        assertEquals("2023-01-01", last.get("date").asText());
        ChipgateCliTest.Run csv = run("classify", "--from", file.toString(), "--on", "2026-11-29", "--format", "csv");
        assertEquals(1, csv.out().lines().filter(l -> l.startsWith("part,")).count(), csv.out());
        assertEquals(inForce2026 + 2, csv.out().lines().count());
    }

    @Test
    void badLinesAreReportedWithTheirNumberAndTheOthersAnswered(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("q.txt");
        Files.writeString(file, "h20\nh1000\nh100,2024-13-01\nh100\n");
        ChipgateCliTest.Run r = run("classify", "--from", file.toString(), "--regime", "3a090-2024", "--on", "2026-11-29", "--format", "jsonl");
        assertEquals(Chipgate.BAD_DATA, r.code());
        List<String> lines = r.out().lines().toList();
        assertEquals(4, lines.size(), r.out());
        assertEquals("nvidia-h20", json(lines.get(0)).get("part").asText());
        assertEquals(2, json(lines.get(1)).get("line").asInt());
        assertTrue(json(lines.get(1)).get("error").asText().contains("did you mean"), lines.get(1));
        assertEquals(3, json(lines.get(2)).get("line").asInt());
        assertTrue(json(lines.get(2)).get("error").asText().contains("2024-13-01"), lines.get(2));
        assertEquals("nvidia-h100-sxm", json(lines.get(3)).get("part").asText());
        assertTrue(r.err().contains(file + ": line 2: ") && r.err().contains(file + ": line 3: "), r.err());
        assertEquals(2, r.err().lines().count(), r.err());
        ChipgateCliTest.Run missing = run("classify", "--from", dir.resolve("nope.txt").toString());
        assertEquals(Chipgate.BAD_DATA, missing.code());
        assertTrue(missing.err().contains("nope.txt: no such file"), missing.err());
        assertEquals(2, run("classify", "h100", "--from", file.toString()).code(), "parts as arguments and --from: usage error");
    }

    @Test
    void readsStandardInputForADash() throws IOException {
        InputStream saved = System.in;
        try {
            System.setIn(new ByteArrayInputStream("h20\nl40\n".getBytes(StandardCharsets.UTF_8)));
            ChipgateCliTest.Run r = run("classify", "--from", "-", "--regime", "3a090-2023", "--on", "2026-11-29", "--format", "jsonl");
            assertEquals(0, r.code(), r.err());
            List<String> lines = r.out().lines().toList();
            assertEquals(2, lines.size());
            assertEquals("NOT_CONTROLLED", json(lines.get(0)).get("outcome").asText());
            assertEquals("3A090.b.1", json(lines.get(1)).get("outcome").asText(), "L40: 3A090.b.1 under the 2023 text");
        } finally {
            System.setIn(saved);
        }
    }
}
