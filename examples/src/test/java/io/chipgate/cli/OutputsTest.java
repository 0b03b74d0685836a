package io.chipgate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 22 §1: a command never loses or corrupts a user's data through its outputs. Each test is a reproducer of
 * the adversarial round: it failed before the one output helper ({@link Output}) and passes with it.
 */
class OutputsTest {
    @TempDir
    Path dir;

    static final String ORDERS = "part,quantity,destination\nH100,8,DE\nH20,100,CN\n";

    Path file(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        return Files.writeString(p, content);
    }

    static ChipgateCliTest.Run run(String... args) {
        return ChipgateCliTest.run(args);
    }

    static void oneLine(ChipgateCliTest.Run r) {
        assertEquals(1, r.err().lines().count(), "one line: " + r.err());
        assertFalse(r.err().contains("\tat "), r.err());
    }

    /** No ".chipgate-…" temporary file or directory is left beside the outputs. */
    void noTemporaryLeft(Path where) throws IOException {
        try (Stream<Path> s = Files.list(where)) {
            List<String> left = s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".chipgate-") && !n.equals(Output.SITE_MARKER)).toList();
            assertTrue(left.isEmpty(), "temporary files left: " + left);
        }
    }

    @Test
    void screenRefusesItsOwnInputAsOutput() throws IOException {
        Path orders = file("orders.csv", ORDERS);
        ChipgateCliTest.Run r = run("screen", orders.toString(), "--on", "2026-11-30", "--out", orders.toString());
        assertEquals(Chipgate.BAD_DATA, r.code(), r.err());
        oneLine(r);
        assertTrue(r.err().contains("orders.csv: the output is the input"), r.err());
        assertEquals(ORDERS, Files.readString(orders), "the order book is untouched");
        // through another name for the same file: a hard link, and a symbolic link
        Path hard = Files.createLink(dir.resolve("hard.csv"), orders);
        Path soft = Files.createSymbolicLink(dir.resolve("soft.csv"), orders);
        for (Path other : List.of(hard, soft)) {
            ChipgateCliTest.Run o = run("screen", orders.toString(), "--on", "2026-11-30", "--out", other.toString());
            assertEquals(Chipgate.BAD_DATA, o.code(), o.err());
            assertEquals(ORDERS, Files.readString(orders));
        }
        assertTrue(Files.isSymbolicLink(soft));
    }

    @Test
    void aUserCatalogIsNeverAnOutput() throws IOException {
        Path spec = file("mine.json", "{\"id\":\"my-x\",\"vendor\":\"Me\",\"name\":\"Mine\"}");
        String before = Files.readString(spec);
        ChipgateCliTest.Run r = run("--catalog", spec.toString(), "screen", file("o.csv", ORDERS).toString(), "--on", "2026-11-30",
            "--out", spec.toString());
        assertEquals(Chipgate.BAD_DATA, r.code(), r.err());
        assertEquals(before, Files.readString(spec));
    }

    @Test
    void aFifoIsWrittenIntoNotReplaced() throws Exception {
        Path fifo = dir.resolve("out.fifo");
        Process p = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assumeTrue(p.waitFor() == 0, "mkfifo failed");
        Path orders = file("orders.csv", ORDERS);
        CompletableFuture<String> reader = CompletableFuture.supplyAsync(() -> {
            try {
                return Files.readString(fifo, StandardCharsets.UTF_8);
            } catch (IOException e) {
                return "read failed: " + e;
            }
        });
        ChipgateCliTest.Run r = assertTimeoutPreemptively(Duration.ofSeconds(20),
            () -> run("screen", orders.toString(), "--on", "2026-11-30", "--format", "jsonl", "--out", fifo.toString()));
        assertEquals(0, r.code(), r.err());
        String got = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> reader.get());
        assertTrue(got.contains("\"part\""), got);
        assertFalse(Files.isRegularFile(fifo), "still a FIFO");
        assertTrue(Files.exists(fifo));
        noTemporaryLeft(dir);
    }

    @Test
    void aLinkToADeviceIsWrittenThroughAndKept() throws IOException {
        Path devNull = Path.of("/dev/null");
        assumeTrue(Files.exists(devNull));
        Path link = Files.createSymbolicLink(dir.resolve("sink.csv"), devNull);
        ChipgateCliTest.Run r = run("screen", file("orders.csv", ORDERS).toString(), "--on", "2026-11-30", "--out", link.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.isSymbolicLink(link), "the link is kept");
        assertFalse(Files.isRegularFile(devNull), "/dev/null is still a device");
    }

    @Test
    void aLongFileNameIsWritten() throws IOException {
        String name = "x".repeat(251) + ".csv"; // 255 bytes, the usual limit of a file name
        Path out = dir.resolve(name);
        ChipgateCliTest.Run r = run("screen", file("orders.csv", ORDERS).toString(), "--on", "2026-11-30", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.readString(out).contains("H100"));
        noTemporaryLeft(dir);
    }

    @Test
    void aDirectoryAsOutputIsExitThreeForEveryCommand() throws IOException {
        Path d = Files.createDirectories(dir.resolve("a-dir.png"));
        ChipgateCliTest.Run screen = run("screen", file("orders.csv", ORDERS).toString(), "--on", "2026-11-30", "--out", d.toString());
        ChipgateCliTest.Run chart = run("chart", "--on", "2026-11-30", "--out", d.toString());
        for (ChipgateCliTest.Run r : List.of(screen, chart)) {
            assertEquals(Chipgate.BAD_DATA, r.code(), r.err());
            oneLine(r);
            assertTrue(r.err().contains("a-dir.png: expected a file to write to (it is a directory)"), r.err());
        }
        ChipgateCliTest.Run missingParent = run("screen", file("orders.csv", ORDERS).toString(), "--out", dir.resolve("no/such/out.csv").toString());
        assertEquals(Chipgate.BAD_DATA, missingParent.code(), missingParent.err());
    }

    @Test
    void reportRefusesAFolderOfTheUsersOwnFiles() throws IOException {
        Path site = dir.resolve("mine");
        Path index = file("mine/index.html", "<p>my own page</p>");
        Path data = file("mine/data.json", "{\"mine\":true}");
        ChipgateCliTest.Run r = run("report", "--out", site.toString(), "--on", "2025-01-15");
        assertEquals(Chipgate.BAD_DATA, r.code(), r.err());
        oneLine(r);
        assertTrue(r.err().contains("holds files chipgate did not write"), r.err());
        assertEquals("<p>my own page</p>", Files.readString(index));
        assertEquals("{\"mine\":true}", Files.readString(data));
        assertTrue(r.out().isEmpty(), r.out());
    }

    @Test
    void reportReplacesItsOwnEarlierSiteWhole() throws IOException {
        Path site = dir.resolve("site");
        assertEquals(0, run("report", "--out", site.toString(), "--on", "2025-01-15").code());
        assertTrue(Files.isRegularFile(site.resolve(Output.SITE_MARKER)));
        Files.writeString(site.resolve("parts/stale.html"), "from an earlier catalog");
        ChipgateCliTest.Run again = run("report", "--out", site.toString(), "--on", "2026-01-15");
        assertEquals(0, again.code(), again.err());
        assertFalse(Files.exists(site.resolve("parts/stale.html")), "the earlier site is replaced whole, not page by page");
        assertTrue(Files.readString(site.resolve("data.json")).contains("2026-01-15"));
        noTemporaryLeft(dir);
        // an empty directory is fine too
        Path empty = Files.createDirectories(dir.resolve("empty"));
        assertEquals(0, run("report", "--out", empty.toString(), "--on", "2025-01-15").code());
    }

    @Test
    void aSiteThatFailsPartWayLeavesTheEarlierOneWhole() throws IOException {
        Path site = dir.resolve("site");
        Output.site("--out", site).writeSite(d -> Files.writeString(d.resolve("data.json"), "{\"v\":1}"));
        BadInputException e = assertThrows(BadInputException.class, () -> Output.site("--out", site).writeSite(d -> {
            Files.writeString(d.resolve("data.json"), "{\"v\":");
            throw new java.nio.file.FileSystemException(d.resolve("index.html").toString(), null, "No space left on device");
        }));
        assertTrue(e.getMessage().startsWith("cannot write the report to " + site + ": No space left on device"), e.getMessage());
        assertEquals("{\"v\":1}", Files.readString(site.resolve("data.json")));
        noTemporaryLeft(dir);
    }

    @Test
    void aChartAndItsCaptionAreWrittenTogetherOrNotAtAll() throws IOException {
        Path png = file("c.png", "earlier chart");
        Path caption = file("c.caption.txt", "earlier caption");
        Output a = Output.file("--out", png, false, List.of());
        Output b = Output.file("--out", caption, false, List.of());
        assertThrows(BadInputException.class, () -> Output.writeAll(List.of(a, b), List.of(
            o -> o.write(new byte[100_000]),
            o -> {
                throw new IOException("No space left on device");
            })));
        assertEquals("earlier chart", Files.readString(png), "the PNG is not replaced when its caption fails");
        assertEquals("earlier caption", Files.readString(caption));
        noTemporaryLeft(dir);
        // through the command: a caption path that is a directory stops the chart before its PNG is touched
        Files.createDirectories(dir.resolve("d.caption.txt"));
        Path d = file("d.png", "earlier chart");
        ChipgateCliTest.Run r = run("chart", "--on", "2026-11-30", "--out", d.toString());
        assertEquals(Chipgate.BAD_DATA, r.code(), r.err());
        assertEquals("earlier chart", Files.readString(d));
    }

    @Test
    void aFullStandardOutputIsExitThree() throws IOException {
        Path full = Path.of("/dev/full");
        assumeTrue(Files.exists(full), "no /dev/full");
        for (String[] args : List.of(new String[] {"classify", "h100", "--on", "2026-11-30"}, new String[] {"regimes"},
            new String[] {"parts", "--format", "csv"}, new String[] {"screen", file("o.csv", ORDERS).toString(), "--on", "2026-11-30"})) {
            StringWriter err = new StringWriter();
            int code;
            try (FileOutputStream sink = new FileOutputStream(full.toFile())) {
                code = Chipgate.execute(args, StandardStream.of(sink), new PrintWriter(err));
            }
            assertEquals(Chipgate.BAD_DATA, code, String.join(" ", args) + ": " + err);
            assertEquals("chipgate: cannot write standard output: No space left on device; the output is incomplete", err.toString().trim());
        }
    }

    /**
     * Seeded fuzzing of output paths for {@code screen --out} and {@code chart --out}: an existing or missing folder, a
     * file used as a folder, the input itself, links (to a folder, dangling, in a loop), FIFOs, names of 255 and 256
     * bytes, control characters, trailing separators. Each ends in exit 0 or exit 3 with one line and no stack trace;
     * the order book is never changed and no temporary file is left behind.
     */
    @Test
    void fuzzedOutputPaths() throws Exception {
        java.util.SplittableRandom random = new java.util.SplittableRandom(Long.getLong("FUZZ_SEED", 20261130L));
        Path orders = file("in/orders.csv", ORDERS);
        Path plain = file("in/plain.txt", "x");
        Path folder = Files.createDirectories(dir.resolve("out"));
        Files.createSymbolicLink(dir.resolve("link-dir"), folder);
        Files.createSymbolicLink(dir.resolve("dangling"), dir.resolve("nowhere/at/all"));
        Files.createSymbolicLink(dir.resolve("loop-a"), dir.resolve("loop-b"));
        Files.createSymbolicLink(dir.resolve("loop-b"), dir.resolve("loop-a"));
        String[] bases = {folder.toString(), dir.resolve("link-dir").toString(), dir.resolve("missing").toString(), plain.toString(),
            dir.resolve("dangling").toString(), dir.resolve("loop-a").toString(), dir.resolve("in").toString()};
        String[] names = {"r", "x".repeat(251), "x".repeat(252), "a\nb", "e\u001B[2J", "ü ñ 漢", "", ".", "..", "orders.csv",
            "loop-a", "dangling"};
        int written = 0;
        int refused = 0;
        for (int i = 0; i < 40; i++) {
            boolean chart = i % 4 == 3;
            String name = names[random.nextInt(names.length)];
            String path = bases[random.nextInt(bases.length)] + "/" + name + (chart ? ".png" : random.nextInt(4) == 0 ? "/" : ".csv");
            ChipgateCliTest.Run r = chart ? run("chart", "--on", "2026-11-30", "--out", path)
                : run("screen", orders.toString(), "--on", "2026-11-30", "--out", path);
            assertTrue(r.code() == 0 || r.code() == 3, "exit " + r.code() + " for " + path + ": " + r.err());
            written += r.code() == 0 ? 1 : 0;
            if (r.code() == 3) {
                refused++;
                oneLine(r);
                assertTrue(r.err().startsWith("chipgate: bad input: "), r.err());
                assertFalse(r.err().chars().anyMatch(c -> c == 0x1B || c == '\r'), r.err());
            }
            assertEquals(ORDERS, Files.readString(orders), "the input is intact after " + path);
        }
        noTemporaryLeft(folder);
        noTemporaryLeft(dir.resolve("in"));
        assertTrue(written > 5 && refused > 5, "both outcomes generated: " + written + " written, " + refused + " refused");
    }
}
