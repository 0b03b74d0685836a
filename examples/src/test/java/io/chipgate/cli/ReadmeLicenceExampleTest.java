package io.chipgate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Keeps the README's licence example true: every line shown (but elided ones) is what the command prints. */
class ReadmeLicenceExampleTest {
    @Test
    void theUnknownExampleIsWhatTheCommandPrints() throws Exception {
        String readme = Files.readString(Path.of("../README.md"));
        String command = "$ java -jar examples/target/chipgate.jar license H100 --to SG --on 2026-08-01";
        int at = readme.indexOf(command);
        assertTrue(at > 0, "the README's licence example moved: update this test");
        String block = readme.substring(at + command.length(), readme.indexOf("```", at)).strip();
        StringWriter out = new StringWriter();
        int code = Chipgate.execute(new String[] {"license", "H100", "--to", "SG", "--on", "2026-08-01"},
            new PrintWriter(out), new PrintWriter(new StringWriter()));
        assertEquals(0, code);
        String printed = out.toString();
        List<String> shown = block.lines().filter(l -> !l.contains("…")).toList();
        assertFalse(shown.isEmpty());
        for (String line : shown) {
            assertTrue(printed.contains(line), () -> "README line not printed: " + line + "\n--- printed:\n" + printed);
        }
    }
}
