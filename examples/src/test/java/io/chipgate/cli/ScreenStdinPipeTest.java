package io.chipgate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Issue 22 §3: {@code cat orders.csv | chipgate screen /dev/stdin} failed with "Illegal seek". The order book is an
 * anonymous pipe here (the child's standard input), as in the shell, not a named FIFO (FromInputsTest has those).
 */
class ScreenStdinPipeTest {
    @Test
    void anOrderBookPipedToDevStdinIsScreened() throws Exception {
        assumeTrue(Files.exists(Path.of("/dev/stdin")), "no /dev/stdin here");
        ProcessBuilder pb = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), "io.chipgate.cli.Chipgate",
            "screen", "/dev/stdin", "--on", "2026-11-30"));
        pb.environment().remove("JAVA_TOOL_OPTIONS");
        pb.environment().remove("JDK_JAVA_OPTIONS");
        Process p = pb.start();
        try (OutputStream in = p.getOutputStream()) {
            in.write("part,quantity,destination,headquarters,date\nH100,8,DE,DE,2024-06-01\nL40,2,CN,CN,2024-06-01\n"
                .getBytes(StandardCharsets.UTF_8));
        }
        byte[] err = p.getErrorStream().readAllBytes();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the command did not end");
        String e = new String(err, StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), e);
        assertTrue(!e.contains("Illegal seek"), e);
        assertEquals(3, out.lines().count(), out);   // the header and the two lines
        assertTrue(out.contains("H100") && out.contains("L40"), out);
    }
}
