package io.chipgate.cli;

import static io.chipgate.cli.ChipgateCliTest.json;
import static io.chipgate.cli.ChipgateCliTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 22 §2: "JSON escapes where a consumer needs ASCII". {@code --ascii} writes every character outside ASCII in
 * JSON and JSON Lines output as a \\u escape; the JSON is the same, and it survives a platform charset that is ASCII.
 */
class AsciiOutputTest {
    @TempDir
    Path dir;

    private static boolean ascii(String s) {
        return s.chars().allMatch(c -> c < 0x80);
    }

    @Test
    void theEscapesAreExactlyTheCharactersOutsideAscii() {
        assertEquals("Mo\\u2019er \\u2265 4800 \\u00E9 \\uD83D\\uDE00 plain", Json.ascii("Mo\u2019er \u2265 4800 \u00e9 \uD83D\uDE00 plain"));
        assertEquals("", Json.ascii(""));
        assertEquals("\"\\\\u2019\"", Json.ascii("\"\\\\u2019\""));   // an escape already in the text is left as it is
    }

    @Test
    void theByteStreamEscapesUtf8AsTheWriterDoes() throws Exception {
        String text = "{\"n\":\"Mo\u2019er Xianchen \u2265 \u00e9 \uD83D\uDE00\"}";
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (Json.AsciiOutputStream a = new Json.AsciiOutputStream(b)) {
            byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
            a.write(utf8, 0, 7);   // a write that ends inside a multi-byte character
            a.write(utf8, 7, utf8.length - 7);
        }
        assertEquals(Json.ascii(text), b.toString(StandardCharsets.US_ASCII));
    }

    @Test
    void partiesJsonIsAsciiAndTheSameJson() throws Exception {
        ChipgateCliTest.Run plain = run("parties", "Moore Threads", "--format", "json");
        ChipgateCliTest.Run escaped = run("parties", "Moore Threads", "--format", "json", "--ascii");
        assertEquals(0, escaped.code(), escaped.err());
        assertTrue(plain.out().contains("(See \u00a7\u00a7 734.9(e)(2)"), plain.out());
        assertTrue(ascii(escaped.out()), escaped.out());
        assertTrue(escaped.out().contains("(See \\u00A7\\u00A7 734.9(e)(2)"), escaped.out());
        assertEquals(json(plain.out()), json(escaped.out()));
        // given before the command's name, too
        ChipgateCliTest.Run before = run("--ascii", "parties", "Moore Threads", "--format", "json");
        assertEquals(0, before.code(), before.err());
        assertEquals(escaped.out(), before.out());
    }

    @Test
    void classifyJsonLinesAreAsciiAndTheSameJson() throws Exception {
        ChipgateCliTest.Run plain = run("classify", "h100", "h20", "--on", "2026-11-30", "--format", "jsonl");
        ChipgateCliTest.Run escaped = run("classify", "h100", "h20", "--on", "2026-11-30", "--format", "jsonl", "--ascii");
        assertEquals(0, escaped.code(), escaped.err());
        assertFalse(ascii(plain.out()), "the test needs output with characters outside ASCII");
        assertTrue(ascii(escaped.out()), escaped.out());
        String[] p = plain.out().split("\n");
        String[] e = escaped.out().split("\n");
        assertEquals(p.length, e.length);
        for (int i = 0; i < p.length; i++) {
            assertEquals(json(p[i]), json(e[i]), "line " + (i + 1));
        }
    }

    @Test
    void screenJsonLinesWrittenToAFileAreAscii() throws Exception {
        Path orders = dir.resolve("orders.csv");
        Files.writeString(orders, "part,quantity,destination,end_user\nH100,8,DE,Mo\u2019er Xianchen\n", StandardCharsets.UTF_8);
        Path plain = dir.resolve("plain.jsonl");
        Path escaped = dir.resolve("escaped.jsonl");
        assertEquals(0, run("screen", orders.toString(), "--on", "2026-11-30", "--format", "jsonl", "--out", plain.toString()).code());
        ChipgateCliTest.Run r = run("screen", orders.toString(), "--on", "2026-11-30", "--format", "jsonl", "--out",
            escaped.toString(), "--ascii");
        assertEquals(0, r.code(), r.err());
        String p = Files.readString(plain, StandardCharsets.UTF_8);
        String e = Files.readString(escaped, StandardCharsets.UTF_8);
        assertFalse(ascii(p), "the test needs output with characters outside ASCII");
        assertTrue(ascii(e), e);
        String[] pl = p.split("\n");
        String[] el = e.split("\n");
        assertEquals(pl.length, el.length);
        for (int i = 0; i < pl.length; i++) {
            if (!pl[i].contains("\"screenedAt\"")) {   // the stamp line carries the time of the run
                assertEquals(json(pl[i]), json(el[i]), "line " + (i + 1));
            }
        }
    }

    @Test
    void asciiWithATextFormatIsAUsageErrorOfOneLine() {
        ChipgateCliTest.Run r = run("classify", "h100", "--on", "2026-11-30", "--ascii");
        assertEquals(Chipgate.USAGE, r.code());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains("--ascii applies to JSON output: give --format json or jsonl (not text)"), r.err());
        assertEquals("", r.out());
    }

    /** Under an ASCII platform charset (LANG=C, file.encoding ANSI_X3.4-1968) the escaped JSON is the same JSON. */
    @Test
    void underAnAsciiPlatformCharsetTheEscapedJsonIsTheSame() throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Dfile.encoding=ANSI_X3.4-1968", "-Dsun.stdout.encoding=ANSI_X3.4-1968", "-XX:TieredStopAtLevel=1",
            "-cp", System.getProperty("java.class.path"), "io.chipgate.cli.Chipgate",
            "parties", "Moore Threads", "--format", "json", "--ascii"));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().put("LANG", "C");
        pb.environment().put("LC_ALL", "C");
        pb.environment().remove("JAVA_TOOL_OPTIONS");
        pb.environment().remove("JDK_JAVA_OPTIONS");
        pb.redirectError(ProcessBuilder.Redirect.DISCARD);
        Process p = pb.start();
        byte[] out = p.getInputStream().readAllBytes();
        assertEquals(0, p.waitFor());
        for (byte b : out) {
            assertTrue(b >= 0, "a byte outside ASCII: " + new String(out, StandardCharsets.UTF_8));
        }
        String text = new String(out, StandardCharsets.US_ASCII);
        assertTrue(text.contains("(See \\u00A7\\u00A7 734.9(e)(2)"), text);
        assertEquals(json(run("parties", "Moore Threads", "--format", "json").out()), json(text));
    }
}
