package io.chipgate.orderbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.chipgate.catalog.Catalog;
import io.chipgate.examples.OrderBookGenerator;
import io.chipgate.license.CountryGroups;
import io.chipgate.license.Embargoes;
import io.chipgate.metrics.Interpretation;
import io.chipgate.screening.ScreenedLine;
import io.chipgate.screening.Screening;
import io.chipgate.screening.ScreeningSummary;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The chunked, parallel path of the screening (rows read on a thread of their own and parsed in parallel batches;
 * each chunk's decisions made ahead in parallel workers; its CSV rows and JSON lines made in parallel, written in order) against the plain path (each line
 * parsed, decided and written one after the other): the same bytes, for a realistic book with invalid lines among
 * the valid ones, and with a memo small enough that decisions leave it and are made again.
 */
class ChunkedScreeningTest {
    static final int LINES = 1_500;
    static final LocalDate ON = LocalDate.of(2026, 12, 7);

    @TempDir
    Path dir;

    /** A realistic book (nearly every line a decision of its own) with a bad quantity on every 97th line. */
    private Path book() throws IOException {
        Path in = dir.resolve("erp.csv");
        try (Writer w = new BufferedWriter(Files.newBufferedWriter(in, StandardCharsets.UTF_8))) {
            w.write(OrderBookGenerator.ERP_HEADER + "\n");
            Iterator<String> it = OrderBookGenerator.erpLines(LINES);
            for (int i = 1; it.hasNext(); i++) {
                String line = it.next();
                if (i % 97 == 0) {
                    line = line.replaceFirst("^(SO-\\d+,Customer \\d+,\"[^\"]*\"),(\"[^\"]*\"|[^,]*),", "$1,ten,");
                }
                w.write(line);
                w.write('\n');
            }
        }
        return in;
    }

    private static Stamp stamp(Catalog catalog, String sha) {
        return Stamp.of("chipgate test", catalog.version(), CountryGroups.builtIn(), Embargoes.builtIn(), ON, "erp.csv", sha);
    }

    /** Line by line: parse, decide, write; nothing ahead, nothing in parallel but the parse. */
    private String plain(OrderFile file, Catalog catalog, String sha, ScreeningReport.Format format, int memo) throws IOException {
        Screening.Run run = Screening.of(Interpretation.defaults(), catalog::find).withMemoSize(memo).newRun();
        ScreeningSummary summary = new ScreeningSummary();
        StringWriter out = new StringWriter();
        try (ScreeningReport report = new ScreeningReport(format, stamp(catalog, sha), dir)) {
            file.read(e -> {
                if (e instanceof OrderFile.Valid v) {
                    ScreenedLine l = run.screen(v.order());
                    summary.add(l);
                    report.line(l, v);
                } else {
                    summary.addInvalid();
                    report.invalid((OrderFile.Invalid) e);
                }
            });
            report.finish(summary, run.decisions(), out);
        }
        return out.toString();
    }

    /** As the command does it: chunks of 1,024 lines, each chunk's facts decided ahead in parallel, its rows made in parallel. */
    private String chunked(OrderFile file, Catalog catalog, String sha, ScreeningReport.Format format, int memo) throws IOException {
        Screening.Run run = Screening.of(Interpretation.defaults(), catalog::find).withMemoSize(memo).newRun();
        ScreeningSummary summary = new ScreeningSummary();
        StringWriter out = new StringWriter();
        List<OrderFile.Entry> chunk = new ArrayList<>();
        try (ScreeningReport report = new ScreeningReport(format, stamp(catalog, sha), dir)) {
            Runnable flush = () -> {
                report.screen(run, chunk, summary);
                chunk.clear();
            };
            file.read(e -> {
                chunk.add(e);
                if (chunk.size() == 1024) {
                    flush.run();
                }
            });
            flush.run();
            report.finish(summary, run.decisions(), out);
        }
        return out.toString();
    }

    @Test
    void aConsumerThatStopsStopsTheReadingThreadAndItsExceptionIsTheOneThrown() throws IOException {
        Catalog catalog = Catalog.builtin();
        OrderFile file = OrderFile.of(book(), catalog, ON);
        IllegalStateException stop = new IllegalStateException("stopped by the consumer");
        long[] seen = {0};
        IllegalStateException thrown = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class, () -> file.read(e -> {
            if (++seen[0] == 1_100) {
                throw stop;
            }
        }));
        assertTrue(thrown == stop, "the consumer's own exception: " + thrown);
        assertEquals(1_100, seen[0], "no line after the one that stopped");
        assertTrue(Thread.getAllStackTraces().keySet().stream().noneMatch(t -> t.getName().equals("chipgate-order-reader") && t.isAlive()),
            "the reading thread has ended");
        // every line, in order, when the consumer does not stop
        List<Long> numbers = new ArrayList<>();
        file.read(e -> numbers.add(e.lineNumber()));
        assertEquals(LINES, numbers.size());
        for (int i = 0; i < numbers.size(); i++) {
            assertEquals(i + 2L, numbers.get(i), "line numbers in file order");
        }
    }

    @Test
    void theChunkedParallelPathWritesTheSameBytesAsTheLineByLinePath() throws IOException {
        Catalog catalog = Catalog.builtin();
        OrderFile file = OrderFile.of(book(), catalog, ON);
        OrderFile.Validation v = file.validate();
        assertEquals(LINES, v.lines());
        assertEquals(LINES / 97, v.invalidCount(), "a bad quantity on every 97th line");
        // the invalid lines come in the order of the file, with their own line numbers (the header is line 1)
        assertEquals(List.of(98L, 195L, 292L), v.invalid().subList(0, 3).stream().map(OrderFile.Invalid::lineNumber).toList());
        for (ScreeningReport.Format format : List.of(ScreeningReport.Format.csv, ScreeningReport.Format.jsonl)) {
            // a memo of 300 decisions: facts leave it and are decided again (new decision numbers), in both paths alike
            String a = plain(file, catalog, v.sha256(), format, 300);
            String b = chunked(file, catalog, v.sha256(), format, 300);
            assertTrue(a.length() > LINES * 100, format + ": " + a.length() + " characters");
            assertEquals(a, b, format + ": the chunked, parallel output differs from the line-by-line output");
        }
    }
}
