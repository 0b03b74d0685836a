package io.chipgate.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.chipgate.model.Part;
import io.chipgate.model.PartKind;
import io.chipgate.document.DocumentFormatException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogTest {
    static final Catalog C = Catalog.builtin();

    @Test
    void everyBuiltInEntryPassesValidation() {
        List<String> problems = CatalogValidator.problems(C);
        assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
    }

    @Test
    void everyResourceFileIsLoaded() throws IOException {
        Properties p = new Properties();
        try (var in = Catalog.class.getResourceAsStream("/io/chipgate/catalog/catalog.properties")) {
            p.load(in);
        }
        Set<String> listed = Stream.of(p.getProperty("files").split(",")).map(String::trim).collect(Collectors.toCollection(TreeSet::new));
        Set<String> present;
        try (Stream<Path> s = Files.list(Path.of("src/main/resources/io/chipgate/catalog/parts"))) {
            present = s.map(x -> x.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
        }
        assertEquals(present, listed);
    }

    @Test
    void sizeAndKinds() {
        assertTrue(C.byKind(PartKind.ACCELERATOR).size() >= 98, () -> "accelerators: " + C.byKind(PartKind.ACCELERATOR).size());
        assertTrue(C.byKind(PartKind.MEMORY).size() >= 4);
        assertTrue(C.byKind(PartKind.SYSTEM).size() >= 3);
    }

    @Test
    void thePartsUsersNameArePresentWithComputeAndDies() {
        for (String name : List.of("H100", "H800", "A800", "H20", "Ascend 910B")) {
            Part p = C.part(name);
            assertFalse(p.compute().isEmpty(), name);
            assertTrue(p.dies().stream().anyMatch(d -> d.areaMm2().isPresent()), name);
        }
    }

    @Test
    void lookupIsTolerant() {
        Part h100 = C.part("nvidia-h100-sxm");
        assertEquals(h100, C.part("h100"));
        assertEquals(h100, C.part("H100 SXM5"));
        assertEquals(h100, C.part("NVIDIA H100 SXM"));
        assertEquals(h100, C.part("h100_sxm"));
    }

    @Test
    void unknownNamesGetSuggestions() {
        UnknownPartException e = assertThrows(UnknownPartException.class, () -> C.part("h1000"));
        assertFalse(e.suggestions().isEmpty());
        assertTrue(e.getMessage().contains("did you mean"));
    }

    @Test
    void filters() {
        assertTrue(C.byVendor("nvidia").stream().allMatch(p -> p.vendor().equalsIgnoreCase("NVIDIA")));
        assertTrue(C.datacenter(false).stream().anyMatch(p -> p.id().equals("nvidia-rtx-4090")));
        assertFalse(C.byYear(2022).isEmpty());
    }

    static final String USER = "{\"id\": \"nvidia-h20\", \"vendor\": \"NVIDIA\", \"name\": \"H20 (override)\", \"year\": 2024,"
        + "\"compute\": [{\"precision\": \"FP8\", \"denseTops\": 300}], \"sources\": [], \"replaces\": \"nvidia-h20\"}";

    @Test
    void userFilesAddOrOverride(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("h20.json"), USER);
        Files.writeString(dir.resolve("new.yaml"), "id: my-chip\nvendor: Me\nname: My Chip\ncompute:\n  - precision: FP16\n    denseTops: 100.862\n");
        Catalog c = C.withFiles(dir);
        assertEquals("H20 (override)", c.part("nvidia-h20").name());
        assertEquals("H20 (override)", c.part("h20").name(), "a replacing part keeps the built-in's lookup names");
        assertEquals(1, c.notices().size());
        assertTrue(c.notices().get(0).startsWith("nvidia-h20: the built-in part is replaced by "), c.notices().get(0));
        assertEquals("100.862", c.part("my-chip").compute().get(0).denseTops().get().toPlainString());
        assertEquals(C.size() + 1, c.size());
    }

    @Test
    void aBadUserFileLoadsNothing(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.json"), USER);
        Files.writeString(dir.resolve("b.json"), USER.replace("300", "-300").replace("nvidia-h20", "other"));
        DocumentFormatException e = assertThrows(DocumentFormatException.class, () -> C.withFiles(dir));
        assertTrue(e.getMessage().contains("b.json"));
        assertEquals("$.compute[0].denseTops", e.path());
        assertThrows(DocumentFormatException.class, () -> C.withFiles(dir.resolve("missing.json")));
    }
}
