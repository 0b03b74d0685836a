package io.chipgate.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.chipgate.model.Part;
import io.chipgate.document.DocumentFormatException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** YAML read strictly (issue 12, point 3): what YAML would read silently wrong is refused, on one line. */
class YamlSpecTest {
    static List<Part> read(String yaml) {
        return assertTimeoutPreemptively(Duration.ofSeconds(2), () -> SpecFiles.readText(yaml, "f.yaml", true));
    }

    static String refused(String yaml) {
        DocumentFormatException e = assertThrows(DocumentFormatException.class, () -> read(yaml));
        assertEquals(1, e.getMessage().lines().count(), e.getMessage());
        assertTrue(e.getMessage().startsWith("f.yaml: $"), e.getMessage());
        return e.getMessage();
    }

    @Test
    void anAliasIsRefusedNotReadAsItsName() {
        assertTrue(refused("id: x\nvendor: &v NVIDIA\nname: *v\n").contains("expected no YAML aliases (write the value out; found *v)"));
    }

    @Test
    void aSecondDocumentIsRefused() {
        assertTrue(refused("id: x\nvendor: V\nname: X\n---\nid: y\nvendor: V\nname: Y\n").contains("expected one YAML document"));
    }

    @Test
    void yaml11NumberFormsAreRefused() {
        for (String n : List.of("0454", "0x1F", "1_000", ".inf", "+12", "0o17")) {
            String m = refused("id: x\nvendor: V\nname: X\ncompute:\n  - precision: FP8\n    denseTops: " + n + "\n");
            assertTrue(m.contains("expected a number written as a decimal") || m.contains("written without quotes"), n + ": " + m);
        }
        assertTrue(refused("id: x\nvendor: V\nname: X\ndatacenter: yes\n").contains("true or false"));
    }

    @Test
    void decimalsAreReadAsWritten() {
        Part p = read("id: x\nvendor: V\nname: X\nyear: 2023\ncompute:\n  - precision: FP16\n    denseTops: 30000e-2\n").get(0);
        assertEquals(0, p.compute().get(0).denseTops().get().compareTo(new java.math.BigDecimal("300")));
        assertEquals(2023, p.year().getAsInt());
        assertEquals("x", read("\uFEFFid: x\nvendor: V\nname: X\n").get(0).id(), "a byte-order mark is skipped");
    }

    @Test
    void deepFlowNestingIsRefusedBeforeTheScanner() {
        assertTrue(refused("[".repeat(1_000_000)).contains("expected nesting at most 64 levels deep"));
        assertTrue(refused("notes: it's\n" + "[".repeat(1_000_000)).contains("expected nesting at most 64 levels deep"));
        assertEquals("it's [a] 'q' # [[[", read("id: x\nvendor: V\nname: X\nnotes: \"it's [a] 'q' # [[[\"\n").get(0).notes().get());
    }

    @Test
    void aMultiLineScannerErrorIsOneLine() {
        String m = refused("id: x\nvendor: V\nname: X\nnotes: [\n  a: b\n  - c\n");
        assertTrue(m.contains("expected well-formed YAML (line ") && m.contains("): while parsing a flow sequence; expected ',' or ']'"), m);
    }
}
