package io.chipgate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.chipgate.metrics.ApplicableDieArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 22 §5: only command-line mistakes are exit 2. Before, every {@link IllegalArgumentException} was "usage", so
 * a defect of the library looked like the user's mistake.
 */
class ExitCodesTest {
    @Test
    void aLibraryIllegalArgumentIsAnInternalError() {
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
            () -> ApplicableDieArea.ofSquareMillimetres("-1"));
        assertEquals(Chipgate.INTERNAL, Chipgate.exitCode(e));
        assertTrue(Chipgate.errorLine(e).startsWith("chipgate: internal error — please report it: java.lang.IllegalArgumentException"),
            Chipgate.errorLine(e));
        assertEquals(Chipgate.USAGE, Chipgate.exitCode(new UsageException("give PART and --to CC")));
        assertEquals(Chipgate.USAGE, Chipgate.exitCode(UsageException.of("--to", e)));
        assertEquals(Chipgate.BAD_DATA, Chipgate.exitCode(new BadInputException("x.csv: line 2: …")));
    }

    /** Command-line mistakes that reach the library's checks are still exit 2, naming the option. */
    @ParameterizedTest
    @ValueSource(strings = {"classify h100 --interpretation bogus=1|--interpretation: Unknown interpretation key 'bogus'",
        "license h100 --to ZZ|--to: country code 'ZZ'", "license h100 --to DE --quantity 0|--quantity: quantity must be at least 1",
        "license h100 --to DE --hq 12|--hq: country code '12'", "frontier --regime 3a090-2024|give --regime ID",
        "classify h100 --from x.txt|give parts either as arguments or with --from, not both",
        "chart --out c.gif|--out must end in .png or .svg", "chart --out c.png --regime foundry-2025|has no TPP plane to draw",
        "report --out site --from 2025-01-02 --to 2025-01-01|Invalid dates for changes"})
    void commandLineMistakesAreUsage(String c) {
        String[] parts = c.split("\\|");
        ChipgateCliTest.Run r = ChipgateCliTest.run(parts[0].split(" "));
        assertEquals(Chipgate.USAGE, r.code(), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().contains(parts[1]), r.err());
    }
}
