package io.chipgate.cli;

import static io.chipgate.cli.ChipgateCliTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.chipgate.catalog.Catalog;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Every subcommand answers --help and -h with its usage and exit 0; --version names the build, catalog and rules. */
class HelpAndVersionTest {
    /** Every subcommand registered on the root, read from picocli so that a new subcommand is covered too. */
    static Stream<String> subcommands() {
        return new CommandLine(new Chipgate()).getSubcommands().keySet().stream();
    }

    @ParameterizedTest
    @MethodSource("subcommands")
    void everySubcommandHasHelp(String name) {
        for (String flag : List.of("--help", "-h")) {
            ChipgateCliTest.Run r = run(name, flag);
            assertEquals(0, r.code(), name + " " + flag + ": " + r.err());
            assertTrue(r.out().contains("Usage: chipgate " + name + " "), r.out());
            assertTrue(r.out().contains("-h, --help"), r.out());
            assertEquals("", r.err());
        }
    }

    @ParameterizedTest
    @MethodSource("subcommands")
    void noHelpTextMakesPicocliWarn(String name) {
        // a bare % in a description is a format specifier to picocli: it warns on the process's own standard error
        // (not the command's writer) and prints the text unformatted ("above 1 % and" in reconcile's, once)
        java.io.PrintStream before = System.err;
        java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
        System.setErr(new java.io.PrintStream(captured, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            ChipgateCliTest.Run r = run(name, "--help");
            assertEquals(0, r.code(), r.err());
        } finally {
            System.setErr(before);
        }
        String err = captured.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertFalse(err.contains("picocli WARN"), name + ": " + err);
    }

    @Test
    void theListOfSubcommandsIsTheDocumentedOne() {
        List<String> names = new ArrayList<>(subcommands().toList());
        for (String n : List.of("regimes", "parts", "classify", "history", "matrix", "frontier", "quota", "chart", "spec",
            "license", "help")) {
            assertTrue(names.contains(n), n + " in " + names);
        }
    }

    @Test
    void helpSubcommandStillWorks() {
        ChipgateCliTest.Run r = run("help", "classify");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("Usage: chipgate classify"), r.out());
    }

    @Test
    void versionNamesBuildCatalogAndNewestRuleText() {
        ChipgateCliTest.Run r = run("--version");
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals(4, lines.size(), r.out());
        // the build writes the POM's version; tests run against target/classes, which is filtered too
        assertTrue(lines.get(0).matches("chipgate \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?"), lines.get(0));
        assertFalse(lines.get(0).contains("unknown"), lines.get(0));
        assertEquals("catalog " + Catalog.builtin().version(), lines.get(1));
        // 91 FR 1684 (china-review-2026) is the newest instrument in Regimes.all(), published in January 2026
        assertTrue(lines.get(2).startsWith("rule texts up to 2026-01-"), lines.get(2));
        assertTrue(lines.get(2).contains("91 FR 1684"), lines.get(2));
        // the as-of dates of the licence data (issue 19 § 5)
        assertEquals("licence data: country groups eCFR of 2026-07-23, part 746 as of 2026-07-23, reported requirements as of "
            + "2026-07-23, screening list of 2026-07-31 (docs/legal-sources.md)", lines.get(3));
        assertEquals(0, run("classify", "--version").code());
    }
}
