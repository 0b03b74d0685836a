package io.chipgate.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.chipgate.document.DocumentFormatException;
import io.chipgate.model.Part;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The short path: Spec.parse and Spec.read give what SpecReader gives, with the file named in every error. */
class SpecTest {
    static final String TWO = "[{\"id\":\"a\",\"vendor\":\"V\",\"name\":\"A\",\"compute\":[{\"precision\":\"FP16\",\"denseTops\":300.0}]},"
        + "{\"id\":\"b\",\"vendor\":\"V\",\"name\":\"B\"}]";

    @TempDir
    Path dir;

    @Test
    void parseReadsEveryPartExactly() {
        List<Part> parts = Spec.parse(TWO);
        assertEquals(List.of("a", "b"), parts.stream().map(Part::id).toList());
        assertEquals("300.0", parts.get(0).compute().get(0).denseTops().get().toPlainString());
        assertEquals(SpecReader.instance().readParts(TWO, "x.json"), parts);
    }

    @Test
    void readNamesTheFileInEveryError() throws IOException {
        Path f = dir.resolve("mine.json");
        Files.writeString(f, TWO);
        assertEquals(2, Spec.read(f).size());
        Files.writeString(f, "{\"id\":\"a\",\"vendor\":\"V\",\"name\":\"A\",\"year\":\"2024\"}");
        DocumentFormatException e = assertThrows(DocumentFormatException.class, () -> Spec.read(f));
        assertEquals(f.toString(), e.file());
        assertEquals("$.year", e.path());
        assertEquals("\"2024\"", e.value());
        DocumentFormatException parsed = assertThrows(DocumentFormatException.class, () -> Spec.parse("{\"id\":\"a\"}"));
        assertEquals("spec", parsed.file());
        assertEquals("$.vendor", parsed.path());
    }

    @Test
    void aYamlFileIsRefusedWithWhereToReadIt() throws IOException {
        Path y = dir.resolve("mine.yaml");
        Files.writeString(y, "id: a\nvendor: V\nname: A\n");
        DocumentFormatException e = assertThrows(DocumentFormatException.class, () -> Spec.read(y));
        assertTrue(e.getMessage().contains("SpecFiles.read"), e.getMessage());
        assertTrue(assertThrows(DocumentFormatException.class, () -> Spec.read(dir.resolve("none.json"))).getMessage()
            .contains("expected an existing file"));
    }
}
