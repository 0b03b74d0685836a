package io.chipgate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The minimal reproducers of issue 12 (hostile and careless input), each through the command line in-process:
 * one line on stderr naming the file and what was expected, the right exit code (3 for a user's file, 2 for a
 * command-line mistake, never 4), no stack trace, and a bounded time (5 s here, to allow for a loaded CI machine;
 * each takes well under a second alone).
 */
class HostileInputCliTest {
    @TempDir
    static Path dir;

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Chipgate.execute(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    static String file(String name, String content) {
        return file(name, content.getBytes(StandardCharsets.UTF_8));
    }

    static String file(String name, byte[] content) {
        try {
            Path p = dir.resolve(name);
            Files.createDirectories(p.getParent());
            Files.write(p, content);
            return p.toString();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static String spec(String areaMm2, String denseTops) {
        return "{\"id\":\"x\",\"vendor\":\"V\",\"name\":\"X\",\"dies\":[{\"role\":\"LOGIC\",\"areaMm2\":" + areaMm2
            + "}],\"compute\":[{\"precision\":\"FP8\",\"denseTops\":" + denseTops + "}]}";
    }

    static final String REGIME = "{\"id\":\"r\",\"title\":\"t\",\"citation\":\"c\",\"effective\":\"2026-01-01\","
        + "\"rules\":[{\"all\":[{\"quantity\":\"TPP\",\"atLeast\":LINE}]}]}";

    /** name, arguments (files created on the way), exit code, a fragment the one line must hold. */
    static Stream<Arguments> reproducers() {
        List<Arguments> a = new ArrayList<>();
        // 1. numbers that explode
        a.add(Arguments.of("area 1e-99999999", new String[] {"classify", "--spec", file("n1.json", spec("1e-99999999", "100"))}, 3, "n1.json: $.dies[0].areaMm2: invalid value 1E-99999999"));
        a.add(Arguments.of("area 1e999999999", new String[] {"classify", "--spec", file("n2.json", spec("1e999999999", "100"))}, 3, "n2.json: $.dies[0].areaMm2: invalid value 1E+999999999"));
        a.add(Arguments.of("denseTops 1e-999999999", new String[] {"classify", "--spec", file("n3.json", spec("800", "1e-999999999"))}, 3, "$.compute[0].denseTops"));
        a.add(Arguments.of("area below the smallest die", new String[] {"classify", "--spec", file("n4.json", spec("0.001", "100"))}, 3, "expected a number from 0.01 to 100000 (mm²)"));
        a.add(Arguments.of("year 1e2147483648", new String[] {"classify", "--spec", file("n5.json", "{\"id\":\"x\",\"vendor\":\"V\",\"name\":\"X\",\"year\":1e2147483648}")}, 3, "n5.json: $: no value: expected a number of at most 30 significant digits"));
        a.add(Arguments.of("regime line 1e-99999999", new String[] {"classify", "h100", "--regime-file", file("n6.json", REGIME.replace("LINE", "1e-99999999"))}, 3, "n6.json: $.rules[0].all[0].atLeast"));
        a.add(Arguments.of("frontier --die-area 1e9999999", new String[] {"frontier", "--regime", "3a090-2024", "--die-area", "1e9999999"}, 2, "--die-area: invalid value 1E+9999999"));
        a.add(Arguments.of("frontier --io -600", new String[] {"frontier", "--regime", "3a090-2022", "--die-area", "800", "--io", "-600"}, 2, "--io: invalid value -600"));
        a.add(Arguments.of("order quantity 2e18", new String[] {"quota", "--order", file("n7.csv", "nvidia-dgx-h100,2000000000000000000\n")}, 3, "n7.csv: line 1, quantity: invalid value \"2000000000000000000\""));
        // 2. structures
        a.add(Arguments.of("system containing itself", new String[] {"--catalog", file("s1/c.json", "{\"id\":\"sys-s\",\"vendor\":\"V\",\"name\":\"S\",\"kind\":\"SYSTEM\",\"contains\":[{\"part\":\"sys-s\",\"count\":1}]}"), "classify", "h100"}, 3, "cycle: sys-s → sys-s"));
        a.add(Arguments.of("systems containing each other", new String[] {"--catalog", file("s2/c.json", "[{\"id\":\"sys-a\",\"vendor\":\"V\",\"name\":\"A\",\"kind\":\"SYSTEM\",\"contains\":[{\"part\":\"sys-b\",\"count\":1}]},"
            + "{\"id\":\"sys-b\",\"vendor\":\"V\",\"name\":\"B\",\"kind\":\"SYSTEM\",\"contains\":[{\"part\":\"sys-a\",\"count\":2}]}]"), "matrix"}, 3, "cycle: sys-a → sys-b → sys-a"));
        a.add(Arguments.of("quota --order /dev/zero", new String[] {"quota", "--order", "/dev/zero"}, 3, "/dev/zero: $: no value: expected a regular file"));
        a.add(Arguments.of("--regime-file /dev/zero", new String[] {"classify", "h100", "--regime-file", "/dev/zero"}, 3, "/dev/zero: $: no value: expected a regular file"));
        a.add(Arguments.of("16k dies", new String[] {"classify", "--spec", file("s3.json", manyDies(16_000))}, 3, "$.dies: invalid value an array of 16000 entries: expected at most 256 entries"));
        // 3. data read silently wrong
        a.add(Arguments.of("YAML alias", new String[] {"classify", "--spec", file("y1.yaml", "id: x\nvendor: &v NVIDIA\nname: *v\n")}, 3, "y1.yaml: $: no value: expected no YAML aliases (write the value out; found *v) (line 3, column 7)"));
        a.add(Arguments.of("YAML two documents", new String[] {"classify", "--spec", file("y2.yaml", "id: x\nvendor: V\nname: X\n---\nid: y\nvendor: V\nname: Y\n")}, 3, "expected one YAML document"));
        a.add(Arguments.of("YAML octal", new String[] {"classify", "--spec", file("y3.yaml", "id: x\nvendor: V\nname: X\ncompute:\n  - precision: FP8\n    denseTops: 0454\n")}, 3, "found \"0454\""));
        a.add(Arguments.of("regime trailing object", new String[] {"classify", "h100", "--regime-file", file("t1.json", REGIME.replace("LINE", "4800") + "{\"id\":\"second\"}")}, 3, "t1.json: $: no value: expected well-formed JSON"));
        a.add(Arguments.of("regime trailing brackets", new String[] {"classify", "h100", "--regime-file", file("t2.json", REGIME.replace("LINE", "4800") + "]]]")}, 3, "t2.json: $: no value: expected well-formed JSON"));
        a.add(Arguments.of("newline in id", new String[] {"classify", "--spec", file("c1.json", "{\"id\":\"x\\n\",\"vendor\":\"V\",\"name\":\"X\"}")}, 3, "c1.json: $.id: invalid value \"x\\n\": expected text without control characters"));
        a.add(Arguments.of("NUL in kind", new String[] {"classify", "--spec", file("c2.json", "{\"id\":\"x\",\"vendor\":\"V\",\"name\":\"X\",\"kind\":\"ACCELERATOR\\u0000\"}")}, 3, "\"ACCELERATOR\\u0000\""));
        a.add(Arguments.of("dotless i in a link kind", new String[] {"classify", "--spec", file("c3.json", "{\"id\":\"x\",\"vendor\":\"V\",\"name\":\"X\",\"io\":[{\"kind\":\"NVLıNK\",\"bidirectionalGBs\":900}]}")}, 3, "$.io[0].kind: invalid value \"NVLıNK\""));
        a.add(Arguments.of("dotless i in a precision", new String[] {"classify", "--spec", file("c4.json", "{\"id\":\"x\",\"vendor\":\"V\",\"name\":\"X\",\"compute\":[{\"precision\":\"ınt8\",\"denseTops\":900}]}")}, 3, "$.compute[0].precision: invalid value \"ınt8\""));
        a.add(Arguments.of("invalid UTF-8", new String[] {"classify", "--spec", file("u1.json", bytes("{\"id\":\"x\",\"vendor\":\"V", 0xFF, "\",\"name\":\"X\"}"))}, 3, "u1.json: $: no value: expected UTF-8 text (invalid byte sequence at byte offset 21)"));
        // 4. collisions
        a.add(Arguments.of("user id h100", new String[] {"--catalog", file("k1/a.json", "{\"id\":\"h100\",\"vendor\":\"Me\",\"name\":\"Mine\",\"compute\":[{\"precision\":\"FP8\",\"denseTops\":20}]}"), "classify", "H100"}, 3, "already find built-in part nvidia-h100-sxm"));
        a.add(Arguments.of("same id in two files", new String[] {"--catalog", file("k2/a.json", "{\"id\":\"my-x\",\"vendor\":\"Me\",\"name\":\"Mine\"}"), "--catalog", file("k2/b.json", "{\"id\":\"my-x\",\"vendor\":\"Me\",\"name\":\"Other\"}"), "classify", "h100"}, 3, "b.json: $.id: invalid value \"my-x\": expected an id not already defined by"));
        a.add(Arguments.of("user alias of a built-in", new String[] {"--catalog", file("k3/a.json", "{\"id\":\"my-x\",\"vendor\":\"Me\",\"name\":\"Mine\",\"aliases\":[\"H100 SXM5\"]}"), "classify", "h100"}, 3, "already find built-in part nvidia-h100-sxm"));
        a.add(Arguments.of("override without replaces", new String[] {"--catalog", file("k4/a.json", "{\"id\":\"nvidia-h100-sxm\",\"vendor\":\"NVIDIA\",\"name\":\"H100 mine\"}"), "classify", "h100"}, 3, "\"replaces\": \"nvidia-h100-sxm\""));
        a.add(Arguments.of("replaces an unknown part", new String[] {"--catalog", file("k5/a.json", "{\"id\":\"no-such\",\"vendor\":\"Me\",\"name\":\"Mine\",\"replaces\":\"no-such\"}"), "classify", "h100"}, 3, "$.replaces: invalid value \"no-such\": expected the id of a built-in part"));
        // 5. messages and exit codes
        a.add(Arguments.of("empty document", new String[] {"classify", "--spec", file("m1.json", "")}, 3, "m1.json: $: no value: expected a JSON document, but the input is empty"));
        a.add(Arguments.of("empty array", new String[] {"classify", "--spec", file("m2.json", "[]")}, 3, "m2.json: $: invalid value []: expected at least one part"));
        a.add(Arguments.of("a directory as a regime file", new String[] {"classify", "h100", "--regime-file", dir.toString()}, 3, "expected a file (it is a directory)"));
        a.add(Arguments.of("a missing file", new String[] {"classify", "--spec", dir.resolve("missing.json").toString()}, 3, "missing.json: $: no value: expected an existing file"));
        a.add(Arguments.of("unknown part in an order", new String[] {"quota", "--order", file("m3.csv", "part,quantity\nnvidia-h100-sxm,2\n# note\nnope-chip,3\n")}, 3, "m3.csv: line 4, part: invalid value \"nope-chip\": expected a catalog part"));
        a.add(Arguments.of("a megabyte-long part name in an order", new String[] {"quota", "--order", file("m7.csv", "x".repeat(1_000_000) + ",1\n")}, 3, "m7.csv: line 1, part: invalid value \"xxxx"));
        a.add(Arguments.of("a megabyte-long part name on the command line", new String[] {"classify", "y".repeat(1_000_000)}, 2, "Unknown part 'yyyy"));
        a.add(Arguments.of("ESC in a part name on the command line", new String[] {"classify", "h\u001B[2J"}, 2, "Unknown part 'h\\u001B[2J'"));
        a.add(Arguments.of("ESC in a regime id on the command line", new String[] {"classify", "h100", "--regime", "r\u001B[2J"}, 2, "Unknown regime 'r\\u001B[2J'"));
        a.add(Arguments.of("ESC in a YAML value", new String[] {"classify", "--spec", file("m4.yaml", "id: x\nvendor: \"V\\e[2J\"\nname: X\n")}, 3, "invalid value \"V\\u001B[2J\""));
        a.add(Arguments.of("a YAML error is one line", new String[] {"classify", "--spec", file("m5.yaml", "id: x\nvendor: V\nname: X\nnotes: [\n  a: b\n  - c\n")}, 3, "): while parsing a flow sequence; expected ',' or ']'"));
        a.add(Arguments.of("a long value is cut", new String[] {"classify", "--spec", file("m6.json", "{\"id\":\"x\",\"vendor\":\"V\",\"name\":\"X\",\"kind\":\"" + "A".repeat(5000) + "\"}")}, 3, "AAAA…: expected one of [ACCELERATOR, MEMORY, SYSTEM]"));
        a.add(Arguments.of("chart --out a directory", new String[] {"chart", "--out", file("ch/x.png/keep", "").replace("/keep", "")}, 3, "x.png: expected a file to write to (it is a directory); choose another --out FILE"));
        a.add(Arguments.of("chart --out under a regular file", new String[] {"chart", "--out", file("ch2/plain", "x") + "/c.png"}, 3, "c.png: Not a directory; nothing was written there; choose a writable --out FILE"));
        a.add(Arguments.of("chart --width 60000", new String[] {"chart", "--out", dir.resolve("w.png").toString(), "--width", "60000"}, 2, "--width/--height: invalid value 60000×900"));
        return a.stream();
    }

    static String manyDies(int n) {
        StringBuilder b = new StringBuilder("{\"id\":\"x\",\"vendor\":\"V\",\"name\":\"X\",\"dies\":[");
        for (int i = 0; i < n; i++) {
            b.append(i == 0 ? "" : ",").append("{\"role\":\"LOGIC\",\"areaMm2\":1}");
        }
        return b.append("]}").toString();
    }

    static byte[] bytes(String before, int bad, String after) {
        byte[] x = before.getBytes(StandardCharsets.UTF_8);
        byte[] y = after.getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[x.length + 1 + y.length];
        System.arraycopy(x, 0, all, 0, x.length);
        all[x.length] = (byte) bad;
        System.arraycopy(y, 0, all, x.length + 1, y.length);
        return all;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("reproducers")
    void endsInOneClearLine(String name, String[] args, int exit, String fragment) {
        Run r = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> run(args), name);
        assertEquals(exit, r.code(), r.err());
        assertEquals(1, r.err().lines().count(), "one line: " + r.err());
        assertTrue(r.err().contains(fragment), "expected «" + fragment + "» in: " + r.err());
        assertFalse(r.err().contains("\tat "), "no stack trace");
        assertFalse(r.err().chars().anyMatch(c -> c == 0x1B || c == 0), "no raw control characters");
        assertTrue(r.err().length() < 1200, "a capped message: " + r.err().length());
        assertTrue(r.out().isEmpty(), "nothing half-done on stdout: " + r.out());
    }

    @Test
    void aFifoIsRefusedNotOpened() throws Exception {
        Path fifo = dir.resolve("spec.fifo");
        Process p;
        try {
            p = new ProcessBuilder("mkfifo", fifo.toString()).start();
        } catch (IOException e) {
            assumeTrue(false, "mkfifo not available");
            return;
        }
        assumeTrue(p.waitFor() == 0, "mkfifo failed");
        Run r = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> run("classify", "--spec", fifo.toString()));
        assertEquals(3, r.code(), r.err());
        assertTrue(r.err().contains("spec.fifo: $: no value: expected a regular file (not a device, FIFO or socket)"), r.err());
    }

    @Test
    void aByteOrderMarkIsSkippedEverywhere() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        String json = file("b1.json", concat(bom, "{\"id\":\"bom-x\",\"vendor\":\"V\",\"name\":\"X\"}"));
        String yaml = file("b2.yaml", concat(bom, "id: bom-y\nvendor: V\nname: Y\n"));
        String csv = file("b3.csv", concat(bom, "part,quantity\n\"H100\",8\n"));
        String regime = file("b4.json", concat(bom, REGIME.replace("LINE", "4800")));
        Run a = run("classify", "--spec", json, "--spec", yaml, "--regime-file", regime, "--on", "2026-11-29");
        assertTrue(a.code() == 0 || a.code() == 1, a.err());
        assertTrue(a.out().contains("bom-x") && a.out().contains("bom-y"), a.out() + a.err());
        Run q = run("quota", "--order", csv, "--on", "2026-11-29");
        assertEquals(0, q.code(), q.err());
        assertTrue(q.out().contains("H100-equivalents: 8.0"), "a quoted CSV field is read without its quotes: " + q.out());
    }

    /**
     * Seeded fuzzing of 250 order files through the command line (each run builds the whole command line, so
     * this is slower per document than the reader fuzzers of the catalog module): truncation, hostile characters, quotes, extra and
     * missing fields, extreme and malformed quantities, unknown parts, BOMs and long fields. Each ends in exit 0,
     * or exit 3 with one line naming the file; never 2 or 4, never a stack trace.
     */
    @Test
    void fuzzedOrders() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(Long.getLong("FUZZ_SEED", 20261130L));
        String seed = "part,quantity\nnvidia-h100-sxm,8\n# a comment\nH20,100\n\"AMD MI300X\",2\nnvidia-dgx-h100,1\n";
        String[] hostile = {"\u0000", "\u001B[2J", "\"", ",", "\n", "\r", "\uFEFF", "ı", "-", "1e3", "9223372036854775808",
            "0", "-1", "2000000000", "\"\"", ",,,", "no-such-part", "#", "x".repeat(5000), "\t"};
        int refused = 0;
        for (int i = 0; i < 250; i++) {
            String d = seed;
            for (int k = 1 + random.nextInt(3); k > 0; k--) {
                int at = random.nextInt(d.length() + 1);
                switch (random.nextInt(4)) {
                    case 0 -> d = d.substring(0, at);
                    case 1 -> d = d.substring(0, at) + hostile[random.nextInt(hostile.length)] + d.substring(at);
                    case 2 -> d = at < d.length() ? d.substring(0, at) + d.substring(at + 1) : d;
                    default -> d = "\uFEFF" + d;
                }
            }
            String f = file("fz/order-" + i + ".csv", d);
            long t0 = System.nanoTime();
            Run r = run("quota", "--order", f, "--on", "2026-11-29");
            long ms = (System.nanoTime() - t0) / 1_000_000;
            assertTrue(r.code() == 0 || r.code() == 3, "exit " + r.code() + " for " + d + ": " + r.err());
            if (r.code() == 3) {
                refused++;
                assertEquals(1, r.err().lines().count(), r.err());
                assertTrue(r.err().startsWith("chipgate: bad input: " + f), r.err());
                assertFalse(r.err().chars().anyMatch(c -> c == 0x1B || c == 0), r.err());
            }
            assertTrue(ms < 2000, "order " + i + " took " + ms + " ms");
        }
        assertTrue(refused > 75 && refused < 250, "both outcomes generated: " + refused);
    }

    static byte[] concat(byte[] a, String b) {
        byte[] y = b.getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[a.length + y.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(y, 0, all, a.length, y.length);
        return all;
    }

    @Test
    void aReplacedPartKeepsItsNamesAndEveryRunSaysSo() {
        String f = file("r1/a.json", "{\"id\":\"nvidia-h100-sxm\",\"vendor\":\"NVIDIA\",\"name\":\"H100 mine\",\"replaces\":\"nvidia-h100-sxm\","
            + "\"compute\":[{\"precision\":\"FP8\",\"denseTops\":20}]}");
        Run r = run("--catalog", f, "classify", "h100", "--regime", "3a090-2024", "--on", "2026-11-29");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("nvidia-h100-sxm"), r.out());
        assertTrue(r.err().contains("chipgate: notice: nvidia-h100-sxm: the built-in part is replaced by " + f), r.err());
        // and every answer that rests on it says so: the part itself, a system containing it, text and JSON
        String notice = "notice: nvidia-h100-sxm: the built-in part is replaced by " + f;
        assertTrue(r.out().contains(notice), r.out());
        Run system = run("--catalog", f, "classify", "nvidia-dgx-h100", "--regime", "3a090-2024", "--on", "2026-11-29", "--format", "json");
        assertEquals(0, system.code(), system.err());
        assertTrue(system.out().contains("\"notices\""), system.out());
        Run licence = run("--catalog", f, "license", "h100", "--to", "DE", "--hq", "DE", "--on", "2026-11-29", "--format", "json");
        assertTrue(licence.out().contains("\"notices\""), licence.out());
        Run text = run("--catalog", f, "license", "h100", "--to", "DE", "--hq", "DE", "--on", "2026-11-29");
        assertTrue(text.out().contains(notice), text.out());
        Run other = run("--catalog", f, "classify", "a100", "--regime", "3a090-2024", "--on", "2026-11-29", "--format", "json");
        assertFalse(other.out().contains("\"notices\""), "an answer that does not rest on the replaced part carries no notice");
    }

    @Test
    void quotaPrintsEachDistinctWarningOnceWithACount() {
        // a user part without figures: INDETERMINATE whatever the built-in catalog holds
        String unknown = file("w1/unknown.json", "{\"id\":\"fuzz-unknown-chip\",\"vendor\":\"Fuzz\",\"name\":\"Unknown chip\"}");
        StringBuilder b = new StringBuilder("part,quantity\n");
        for (int i = 0; i < 2000; i++) {
            b.append("fuzz-unknown-chip,1\n");
        }
        Run r = run("--catalog", unknown, "quota", "--order", file("w1.csv", b.toString()), "--on", "2026-11-29");
        assertEquals(0, r.code(), r.err());
        long warnings = r.out().lines().filter(l -> l.startsWith("warning: fuzz-unknown-chip")).count();
        assertEquals(1, warnings, r.out());
        assertTrue(r.out().contains("(×2000)"), r.out());
    }
}
