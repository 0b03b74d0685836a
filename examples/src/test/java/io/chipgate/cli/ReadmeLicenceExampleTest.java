package io.chipgate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Keeps the README's licence examples true (the foreign-made server of issue 24 among them): every line shown (but elided
 * ones) is what the command prints.
 */
class ReadmeLicenceExampleTest {
    @ParameterizedTest
    @ValueSource(strings = {"license H100 --to SG --on 2026-08-01",
        "license L4 --to SG --hq SG --end-user \"Zhipu AI\" --on 2026-08-01",
        "license nvidia-hgx-h100-8gpu --to MY --on 2026-08-01 --origin foreign --us-tech yes --us-content 18 --end-user "
            + "\"Example Data Centre Sdn Bhd\""})
    void theExampleIsWhatTheCommandPrints(String args) throws Exception {
        String readme = Files.readString(Path.of("../README.md"));
        String command = "$ java -jar examples/target/chipgate.jar " + args;
        int at = readme.indexOf(command);
        assertTrue(at > 0, "the README's licence example moved: update this test");
        String block = readme.substring(at + command.length(), readme.indexOf("```", at)).strip();
        List<String> argv = new java.util.ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"([^\"]*)\"|(\\S+)").matcher(args);
        while (m.find()) {
            argv.add(m.group(1) != null ? m.group(1) : m.group(2));
        }
        StringWriter out = new StringWriter();
        int code = Chipgate.execute(argv.toArray(new String[0]), new PrintWriter(out), new PrintWriter(new StringWriter()));
        assertEquals(0, code);
        String printed = out.toString();
        List<String> shown = block.lines().filter(l -> !l.contains("…")).toList();
        assertFalse(shown.isEmpty());
        for (String line : shown) {
            assertTrue(printed.contains(line), () -> "README line not printed: " + line + "\n--- printed:\n" + printed);
        }
    }
}
