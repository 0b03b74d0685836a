package io.chipgate.orderbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.chipgate.catalog.Catalog;
import io.chipgate.examples.OrderBookGenerator;
import io.chipgate.metrics.Interpretation;
import io.chipgate.screening.ScreenedLine;
import io.chipgate.screening.Screening;
import io.chipgate.screening.ScreeningSummary;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Iterator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A generated order book through the streaming path (file → validation → decisions → spooled report → file): the
 * heap in use after the first fifth of the lines and after the last differ by far less than the lines would take
 * if they were held. Run at 100,000 lines to keep CI fast; the million is the benchmark (docs/benchmarks.md).
 */
class StreamingScreeningTest {
    static final int LINES = 100_000;

    @TempDir
    Path dir;

    static long usedAfterGc(MemoryMXBean m) {
        System.gc();
        System.gc();
        return m.getHeapMemoryUsage().getUsed();
    }

    @Test
    void memoryDoesNotGrowWithTheNumberOfLines() throws IOException {
        Path in = dir.resolve("orders.csv");
        try (Writer w = new BufferedWriter(Files.newBufferedWriter(in, StandardCharsets.UTF_8))) {
            w.write(OrderBookGenerator.HEADER + "\n");
            // two parts, one date: a few hundred distinct decisions, so the test measures the streaming, not the rules
            Iterator<String> it = OrderBookGenerator.lines(LINES, 200, 2, 1);
            while (it.hasNext()) {
                w.write(it.next());
                w.write('\n');
            }
        }
        Catalog catalog = Catalog.builtin();
        OrderFile file = OrderFile.of(in, catalog, LocalDate.of(2026, 11, 30));
        OrderFile.Validation v = file.validate();
        assertTrue(v.ok(), () -> v.invalid().get(0).message());
        assertEquals(LINES, v.lines());
        Screening.Run run = Screening.of(Interpretation.defaults(), catalog::find).newRun();
        ScreeningSummary summary = new ScreeningSummary();
        MemoryMXBean mem = ManagementFactory.getMemoryMXBean();
        long[] at = new long[2];
        Path out = dir.resolve("screening.csv");
        Stamp stamp = Stamp.of("chipgate test", catalog.version(), io.chipgate.license.CountryGroups.builtIn(),
            io.chipgate.license.Embargoes.builtIn(), LocalDate.of(2026, 11, 30), "orders.csv", v.sha256());
        try (ScreeningReport report = new ScreeningReport(ScreeningReport.Format.csv, stamp, dir)) {
            file.read(e -> {
                ScreenedLine l = run.screen(((OrderFile.Valid) e).order());
                summary.add(l);
                report.line(l, ((OrderFile.Valid) e).partAsGiven());
                if (summary.lines() == LINES / 5) {
                    at[0] = usedAfterGc(mem);
                }
            });
            at[1] = usedAfterGc(mem);
            try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
                report.finish(summary, run.decisions(), w);
            }
        }
        assertEquals(LINES, summary.lines());
        assertTrue(run.decisions() < 1000, "decisions: " + run.decisions());
        long growth = at[1] - at[0];
        // 80,000 screened lines held would take well over 80 MB (a Shipment, an OrderLine, a ScreenedLine, strings each)
        assertTrue(growth < 16L << 20, "heap grew by " + (growth >> 20) + " MB over 80,000 lines");
        long rows;
        try (var s = Files.lines(out)) {
            rows = s.filter(x -> x.startsWith("\"") && x.matches("^\"\\d+\",.*")).count();
        }
        assertEquals(LINES, rows, "every line is in the output");
        System.out.println("StreamingScreeningTest: " + LINES + " lines, " + run.decisions() + " decisions, heap growth "
            + (growth >> 10) + " KiB between 20% and 100%");
    }
}
