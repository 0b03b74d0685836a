package io.chipgate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 22 §3 (one bounded line source for every {@code --from}) and §2 (UTF-8 whatever the platform encoding):
 * each reproducer ends in one line naming the file and the line, in bounded time and memory.
 */
class FromInputsTest {
    @TempDir
    Path dir;

    static final String[] COMMANDS = {"classify", "license"};

    Path file(String name, byte[] content) throws IOException {
        return Files.write(dir.resolve(name), content);
    }

    static ChipgateCliTest.Run run(String... args) {
        return assertTimeoutPreemptively(Duration.ofSeconds(20), () -> ChipgateCliTest.run(args), String.join(" ", args));
    }

    static void oneClearLine(ChipgateCliTest.Run r, String fragment) {
        assertEquals(Chipgate.BAD_DATA, r.code(), r.err());
        assertEquals(1, r.err().lines().count(), "one line: " + r.err());
        assertTrue(r.err().contains(fragment), "expected «" + fragment + "» in: " + r.err());
        assertFalse(r.err().contains("\tat ") || r.err().contains("Exception"), r.err());
    }

    @Test
    void aDeviceIsRefusedBeforeReading() {
        assumeTrue(Files.exists(Path.of("/dev/zero")));
        for (String c : COMMANDS) {
            oneClearLine(run(c, "--from", "/dev/zero", "--on", "2026-11-30"),
                "chipgate: bad input: /dev/zero: expected a regular file or a pipe (it is a device or a socket, which may never end)");
        }
    }

    @Test
    void aDirectoryIsOneLine() {
        for (String c : COMMANDS) {
            oneClearLine(run(c, "--from", dir.toString()), dir + ": expected a file of lines to read (it is a directory)");
        }
    }

    @Test
    void aHugeLineStopsAtTheCap() throws IOException {
        byte[] big = new byte[3 * 1024 * 1024];
        java.util.Arrays.fill(big, (byte) 'x');
        Path f = file("big.txt", big);
        for (String c : COMMANDS) {
            oneClearLine(run(c, "--from", f.toString()), "big.txt: line 1: longer than 16384 bytes");
        }
    }

    @Test
    void latin1AndNulNameTheirLine() throws IOException {
        Path latin1 = file("latin1.txt", "h100\nH100 M\u00fcnchen\n".getBytes(StandardCharsets.ISO_8859_1));
        ChipgateCliTest.Run r = run("classify", "--from", latin1.toString(), "--on", "2026-11-30", "--regime", "3a090-2024");
        oneClearLine(r, "latin1.txt: line 2: expected UTF-8 text (invalid byte 0xFC at byte 7 of the line");
        Path nul = file("nul.txt", new byte[] {'h', '1', '0', '0', 0, 0, '\n'});
        oneClearLine(run("license", "--from", nul.toString()), "nul.txt: line 1: a NUL byte at byte 5");
    }

    @Test
    void aByteOrderMarkIsSkippedByEveryFrom() throws IOException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        Path q = file("q.txt", HostileInputCliTest.concat(bom, "h100\n"));
        ChipgateCliTest.Run classify = run("classify", "--from", q.toString(), "--on", "2026-11-30", "--regime", "3a090-2024");
        assertEquals(0, classify.code(), classify.err());
        assertTrue(classify.out().contains("nvidia-h100-sxm"), classify.out());
        Path s = file("s.txt", HostileInputCliTest.concat(bom, "h100,DE,DE,2026-11-30\n"));
        ChipgateCliTest.Run license = run("license", "--from", s.toString());
        assertEquals(0, license.code(), license.err());
    }

    @Test
    void crlfLinesAreRead() throws IOException {
        Path q = file("crlf.txt", "h100\r\nh20,2025-01-15\r\n".getBytes(StandardCharsets.UTF_8));
        ChipgateCliTest.Run r = run("classify", "--from", q.toString(), "--regime", "3a090-2024", "--format", "jsonl");
        assertEquals(0, r.code(), r.err());
        assertEquals(2, r.out().lines().count(), r.out());
    }

    /** Standard input that never ends: "h100\n" for ever, counting the bytes taken. */
    static final class Endless extends InputStream {
        final AtomicLong read = new AtomicLong();
        private final byte[] line;

        Endless(String line) {
            this.line = line.getBytes(StandardCharsets.UTF_8);
        }

        @Override
        public int read() {
            return line[(int) (read.getAndIncrement() % line.length)] & 0xFF;
        }
    }

    /** A standard output whose reader went away after a few bytes ({@code | head -1}). */
    static final class ClosedAfter extends OutputStream {
        private long left;

        ClosedAfter(long bytes) {
            left = bytes;
        }

        @Override
        public void write(int b) throws IOException {
            if (--left < 0) {
                throw new IOException("Broken pipe");
            }
        }
    }

    @Test
    void aClosedStandardOutputStopsTheReading() {
        InputStream stdin = System.in;
        try {
            for (String[] args : List.of(new String[] {"classify", "--from", "-", "--regime", "3a090-2024", "--on", "2026-11-30", "--format", "jsonl"},
                new String[] {"license", "--from", "-", "--on", "2026-11-30"})) {
                Endless endless = new Endless(args[0].equals("classify") ? "h100\n" : "h100,DE,DE\n");
                System.setIn(endless);
                StringWriter err = new StringWriter();
                int code = assertTimeoutPreemptively(Duration.ofSeconds(20),
                    () -> Chipgate.execute(args, StandardStream.of(new ClosedAfter(2000)), new PrintWriter(err)));
                assertEquals(Chipgate.BAD_DATA, code, err.toString());
                assertEquals("chipgate: cannot write standard output: Broken pipe; the output is incomplete", err.toString().trim());
                assertTrue(endless.read.get() < 1 << 20, "stopped reading: " + endless.read.get() + " bytes");
            }
        } finally {
            System.setIn(stdin);
        }
    }

    @Test
    void zerosThroughAPipeStopAtTheCap() {
        InputStream stdin = System.in;
        try {
            Endless zeros = new Endless("\0");
            System.setIn(zeros);
            ChipgateCliTest.Run r = run("classify", "--from", "-");
            oneClearLine(r, "standard input: line 1: longer than 16384 bytes");
            assertTrue(zeros.read.get() < 1 << 20, "bounded: " + zeros.read.get());
        } finally {
            System.setIn(stdin);
        }
    }

    /**
     * Seeded fuzzing of 200 {@code --from} files through both commands: truncation, hostile bytes (invalid UTF-8,
     * NUL, ESC, C1, U+2028, BOMs, CR, long lines) and malformed fields. Each ends in exit 0 or exit 3 with every line
     * on stderr naming the file; never 2 or 4, never a stack trace or a raw control character.
     */
    @Test
    void fuzzedFromFiles() throws IOException {
        SplittableRandom random = new SplittableRandom(Long.getLong("FUZZ_SEED", 20261130L));
        String[] seeds = {"# queries\nh100\nH20,2024-06-01\n\nAMD MI300X\n", "part,to,hq\nh100,DE,DE,2026-11-30,8\nH20,CN,,2025-01-15\n"};
        byte[][] hostile = {{0}, {0x1B, '[', '2', 'J'}, {(byte) 0xFF}, {(byte) 0xC3}, {(byte) 0xE9}, {(byte) 0xC2, (byte) 0x9B},
            {(byte) 0xE2, (byte) 0x80, (byte) 0xA8}, {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, {'\r'}, {'\n'}, {','}, {'"'},
            "x".repeat(20_000).getBytes(StandardCharsets.UTF_8), "9999-99-99".getBytes(StandardCharsets.UTF_8), {'#'}};
        int refused = 0;
        for (int i = 0; i < 200; i++) {
            String command = COMMANDS[i % 2];
            byte[] d = seeds[i % 2].getBytes(StandardCharsets.UTF_8);
            for (int k = 1 + random.nextInt(3); k > 0; k--) {
                int at = random.nextInt(d.length + 1);
                ByteArrayOutputStream b = new ByteArrayOutputStream();
                b.write(d, 0, at);
                if (random.nextBoolean()) {
                    b.writeBytes(hostile[random.nextInt(hostile.length)]);
                    b.write(d, at, d.length - at);
                } else if (at < d.length) {
                    b.write(d, at + 1, d.length - at - 1);
                }
                d = b.toByteArray();
            }
            Path f = file("fz-" + i + ".txt", d);
            ChipgateCliTest.Run r = run(command, "--from", f.toString(), "--on", "2026-11-30", "--format", command.equals("classify") ? "jsonl" : "text");
            assertTrue(r.code() == 0 || r.code() == 3, "exit " + r.code() + " for " + new String(d, StandardCharsets.UTF_8) + ": " + r.err());
            if (r.code() == 3) {
                refused++;
                r.err().lines().forEach(l -> assertTrue(l.startsWith("chipgate: ") && l.contains(f.toString()), l));
            }
            assertFalse(r.err().contains("\tat ") || r.err().contains("Exception"), r.err());
            assertFalse(r.err().chars().anyMatch(c -> c < 0x20 && c != '\n' || c >= 0x7F && c < 0xA0 || c == 0x2028), r.err());
        }
        assertTrue(refused > 40 && refused < 200, "both outcomes generated: " + refused);
    }

    @Test
    void screenRefusesDevicesInOneLine() throws Exception {
        assumeTrue(Files.exists(Path.of("/dev/zero")));
        oneClearLine(run("screen", "/dev/zero"), "/dev/zero: expected a regular file or a pipe (it is a device or a socket, which may never end)");
    }

    /** Feeds a FIFO from another thread (opening it for writing waits for the reader). */
    static Path fifo(Path dir, String name, String text) throws Exception {
        Path fifo = dir.resolve(name);
        assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0);
        Thread w = new Thread(() -> {
            try {
                Files.writeString(fifo, text, StandardCharsets.UTF_8);
            } catch (IOException e) {
                // the reader went away: the test's assertions say so
            }
        });
        w.setDaemon(true);
        w.start();
        return fifo;
    }

    static long leftovers(Path tmp) throws IOException {
        try (var s = Files.list(tmp)) {
            return s.filter(p -> p.getFileName().toString().startsWith("chipgate-orders-")).count();
        }
    }

    @Test
    void screenReadsAPipeOnceThroughATemporaryCopyNamedAsThePipe() throws Exception {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        long before = leftovers(tmp);
        Path good = fifo(dir, "orders.fifo", "part,quantity,destination,headquarters,date\nH100,8,DE,DE,2024-06-01\nL40,2,CN,CN,2024-06-01\n");
        ChipgateCliTest.Run r = run("screen", good.toString(), "--on", "2026-11-30");
        assertEquals(Chipgate.OK, r.code(), r.err());
        assertEquals(3, r.out().lines().count(), r.out());
        assertTrue(r.out().contains("L40"), r.out());
        Path bad = fifo(dir, "bad.fifo", "part,quantity,destination\nH100,ten,DE\n");
        ChipgateCliTest.Run b = run("screen", bad.toString(), "--on", "2026-11-30");
        assertEquals(Chipgate.BAD_DATA, b.code(), b.err());
        assertTrue(b.err().startsWith("chipgate: bad input: " + bad + ": 1 of 1 lines are invalid"), b.err());
        Path empty = fifo(dir, "empty.fifo", "");
        oneClearLine(run("screen", empty.toString()), empty + ": the file is empty");
        assertEquals(before, leftovers(tmp), "the copies are deleted");
    }

    @Test
    void screenWithAHugeFieldIsOneLine() throws IOException {
        byte[] head = "part,quantity,destination\n".getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[head.length + 20_000_100 + 6];
        System.arraycopy(head, 0, all, 0, head.length);
        java.util.Arrays.fill(all, head.length, head.length + 20_000_100, (byte) 'x');
        System.arraycopy(",8,DE\n".getBytes(StandardCharsets.UTF_8), 0, all, head.length + 20_000_100, 6);
        Path f = file("huge.csv", all);
        oneClearLine(run("screen", f.toString(), "--on", "2026-11-30"), "huge.csv: not readable as CSV");
    }

    @Test
    void aDayThatDoesNotExistIsCalledSo() throws IOException {
        ChipgateCliTest.Run option = run("classify", "h100", "--on", "2026-02-29");
        assertEquals(Chipgate.USAGE, option.code());
        assertTrue(option.err().contains("'2026-02-29' is no such day (Invalid date 'February 29' as '2026' is not a leap year)"), option.err());
        Path q = file("days.txt", "h100,2025-04-31\n".getBytes(StandardCharsets.UTF_8));
        oneClearLine(run("classify", "--from", q.toString()), "days.txt: line 1: date: invalid value \"2025-04-31\": expected an ISO date such as"
            + " 2025-01-15 after the part; it is no such day");
        ChipgateCliTest.Run notADate = run("classify", "h100", "--on", "15/01/2025");
        assertTrue(notADate.err().contains("'15/01/2025' is not an ISO date such as 2025-01-15"), notADate.err());
    }

    @Test
    void controlCharactersFromOrderCellsAreEscapedOnStderr() throws IOException {
        Path f = file("c1.csv", "part,quantity,destination\n\u009B2J\u2028x,8,DE\n".getBytes(StandardCharsets.UTF_8));
        ChipgateCliTest.Run r = run("screen", f.toString(), "--on", "2026-11-30");
        assertEquals(Chipgate.BAD_DATA, r.code(), r.err());
        assertTrue(r.err().contains("\\u009B2J\\u2028x"), r.err());
        assertFalse(r.err().chars().anyMatch(c -> c >= 0x7F && c < 0xA0 || c == 0x2028 || c == 0x2029), r.err());
    }

    @Test
    void quotaRefusesADuplicatedColumnAsScreenDoes() throws IOException {
        Path f = file("dup.csv", "part,quantity,part\nh100,8,h20\n".getBytes(StandardCharsets.UTF_8));
        oneClearLine(run("quota", "--order", f.toString(), "--on", "2026-11-30"),
            "dup.csv: line 1: header \"part,quantity,part\": expected one column named 'part' (found it in columns 1 and 3)");
    }

    @Test
    void anInvisibleSecondBomInAHeaderIsShown() throws IOException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] two = HostileInputCliTest.concat(HostileInputCliTest.concat(bom, new String(bom, StandardCharsets.UTF_8)
            + "part,quantity,destination\nh100,8,DE\n"), "");
        Path f = file("bom2.csv", two);
        oneClearLine(run("screen", f.toString(), "--on", "2026-11-30"), "no column for part: expected a header such as part (or item, item no, "
            + "item number), or a mapping --columns 'HEADER=part'; found \\uFEFFpart, quantity, destination");
    }

    /** §2: under LANG=C (cron, a bare container) the output is UTF-8 all the same: ≥ and … are not turned into '?'. */
    @Test
    void utf8UnderLangC() throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-cp", System.getProperty("java.class.path"), "io.chipgate.cli.Chipgate",
            "classify", "h100", "--regime", "3a090-2024", "--on", "2026-11-30"));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().put("LANG", "C");
        pb.environment().put("LC_ALL", "C");
        pb.environment().remove("JAVA_TOOL_OPTIONS");
        pb.environment().remove("JDK_JAVA_OPTIONS");
        pb.redirectErrorStream(true);
        Process p = pb.start();
        byte[] out = p.getInputStream().readAllBytes();
        assertEquals(0, p.waitFor(), new String(out, StandardCharsets.UTF_8));
        String text = new String(out, StandardCharsets.UTF_8);
        assertTrue(text.contains("TPP ≥ 4800"), text);
        assertFalse(text.contains("TPP ? 4800"), text);
    }
}
