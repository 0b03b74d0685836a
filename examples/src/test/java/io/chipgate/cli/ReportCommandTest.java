package io.chipgate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code chipgate report}: the files it writes, its options and its errors. */
class ReportCommandTest {
    @TempDir
    Path tmp;

    @Test
    void writesTheSiteWithChosenDates() throws IOException {
        Path out = tmp.resolve("site");
        ChipgateCliTest.Run r = ChipgateCliTest.run("report", "--out", out.toString(), "--on", "2024-06-01",
            "--from", "2022-10-06", "--to", "2022-10-07");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("wrote "), r.out());
        assertTrue(r.out().contains(out.resolve("index.html").toString()), r.out());
        for (String f : new String[] {"index.html", "plane.html", "changes.html", "data.json", "assets/echarts.min.js",
            "assets/atlas.js", "assets/atlas.css", "parts/nvidia-h100-sxm.html", "regimes/3a090-2022.html"}) {
            assertTrue(Files.isRegularFile(out.resolve(f)), f);
        }
        JsonNode data = new ObjectMapper().readTree(out.resolve("data.json").toFile());
        assertEquals("2024-06-01", data.at("/meta/date").asText());
        assertEquals("2022-10-06", data.at("/changes/from").asText());
        assertEquals("chipgate " + BuildInfo.version(), data.at("/meta/tool").asText());
        // on 2022-10-07 the first rule took effect: the A100 became controlled, the H800 (not yet on the list) did not
        boolean a100 = false;
        for (JsonNode row : data.at("/changes/rows")) {
            assertFalse(row.get("part").asText().equals("nvidia-h800-sxm"), "H800 stays free under the 2022 text");
            a100 |= row.get("part").asText().equals("nvidia-a100-sxm") && row.get("after").asText().equals("CONTROLLED");
        }
        assertTrue(a100, "the A100 is newly controlled on 2022-10-07");
    }

    @Test
    void userCatalogPartsAreInTheReport() throws IOException {
        Path out = tmp.resolve("site");
        ChipgateCliTest.Run r = ChipgateCliTest.run("report", "--out", out.toString(), "--on", "2025-01-15",
            "--catalog", "specs/example-accelerator.json");
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.isRegularFile(out.resolve("parts/example-accelerator.html")));
        assertTrue(Files.readString(out.resolve("index.html")).contains("data-part=\"example-accelerator\""));
    }

    @Test
    void errorsAreOneLine() {
        ChipgateCliTest.Run missing = ChipgateCliTest.run("report");
        assertEquals(Chipgate.USAGE, missing.code());
        assertTrue(missing.err().contains("--out"), missing.err());
        ChipgateCliTest.Run badDate = ChipgateCliTest.run("report", "--out", tmp.toString(), "--on", "15/01/2025");
        assertEquals(Chipgate.USAGE, badDate.code());
        assertTrue(badDate.err().contains("'15/01/2025' is not an ISO date"), badDate.err());
        ChipgateCliTest.Run order = ChipgateCliTest.run("report", "--out", tmp.toString(), "--from", "2025-01-02", "--to", "2025-01-01");
        assertEquals(Chipgate.USAGE, order.code());
        assertEquals("chipgate: Invalid dates for changes: --from 2025-01-02 is after --to 2025-01-01", order.err().trim());
    }

    @Test
    void anOutputThatIsAFileIsOneClearError() throws IOException {
        Path file = Files.writeString(tmp.resolve("not-a-dir"), "x");
        ChipgateCliTest.Run r = ChipgateCliTest.run("report", "--out", file.toString(), "--on", "2025-01-15");
        assertEquals(Chipgate.BAD_DATA, r.code(), r.err()); // a file problem, like chart --out (issue 12)
        assertTrue(r.err().startsWith("chipgate: bad input: cannot write the report to " + file), r.err());
        assertTrue(r.err().contains("choose a writable directory"), r.err());
        assertEquals(1, r.err().trim().lines().count(), r.err());
    }
}
