package io.chipgate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.chipgate.catalog.Catalog;
import io.chipgate.orderbook.OrderFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 22 §4: a book of 600,000 invalid lines ran out of memory at -Xmx256m because the validation held every one
 * for the error report. It now holds the first {@link OrderFile#MAX_INVALID_KEPT} and counts the rest; --skip-invalid
 * still lists every invalid line in the output (streamed). Checked on the held list, not on a heap.
 */
class InvalidLinesBoundTest {
    static final int INVALID = 2_500;

    @TempDir
    Path dir;

    Path book() throws IOException {
        StringBuilder b = new StringBuilder("part,quantity,destination,headquarters,date\nH100,8,DE,DE,2024-06-01\n");
        for (int i = 0; i < INVALID; i++) {
            b.append("H100,ten,DE,DE,2024-06-01\n");
        }
        Path p = dir.resolve("orders.csv");
        Files.writeString(p, b, StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void theValidationKeepsTheFirstThousandInvalidLinesAndCountsTheRest() throws IOException {
        OrderFile.Validation v = OrderFile.of(book(), Catalog.builtin(), LocalDate.of(2026, 11, 30)).validate();
        assertEquals(INVALID + 1, v.lines());
        assertEquals(INVALID, v.invalidCount());
        assertEquals(1000, v.invalid().size());
        assertEquals(1500, v.invalidNotKept());
        assertEquals(3, v.invalid().get(0).lineNumber(), "the first ones, in file order");
        assertEquals(1002, v.invalid().get(999).lineNumber());
        assertTrue(!v.ok());
    }

    @Test
    void theRefusalListsTheFirstThousandAndCountsTheRest() throws IOException {
        ChipgateCliTest.Run r = ChipgateCliTest.run("screen", book().toString(), "--on", "2026-11-30");
        assertEquals(Chipgate.BAD_DATA, r.code(), r.err());
        List<String> err = r.err().lines().toList();
        assertTrue(err.get(0).contains(": 2500 of 2501 lines are invalid; nothing was screened"), err.get(0));
        assertEquals(1000, err.stream().filter(l -> l.startsWith("  line ")).count());
        assertEquals("  … and 1500 more invalid lines (--skip-invalid lists every one in the output)", err.get(err.size() - 1));
    }

    @Test
    void skipInvalidStillListsEveryInvalidLine() throws IOException {
        ChipgateCliTest.Run r = ChipgateCliTest.run("screen", book().toString(), "--on", "2026-11-30", "--skip-invalid");
        assertEquals(0, r.code(), r.err());
        List<Map<String, String>> rows = ScreenCommandTest.lines(r.out());
        assertEquals(INVALID + 1, rows.size());
        assertEquals(INVALID, rows.stream().filter(m -> m.get("action").equals("INVALID")).count());
        assertEquals(Integer.toString(INVALID + 2), rows.get(INVALID).get("line"));
    }
}
