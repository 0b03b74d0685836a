package io.chipgate.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.chipgate.model.Part;
import io.chipgate.document.DocumentFormatException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * User catalogs never change an answer unseen (issue 12, point 4): every kind of collision is an error naming
 * both parts (and both files), unless the user part says {@code "replaces"}.
 */
class CatalogCollisionsTest {
    static final Catalog C = Catalog.builtin();

    @TempDir
    Path dir;

    Path write(String name, String json) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, json);
        return p;
    }

    DocumentFormatException refused(Path... files) {
        DocumentFormatException e = assertThrows(DocumentFormatException.class, () -> C.withFiles(files));
        assertEquals(1, e.getMessage().lines().count());
        return e;
    }

    @Test
    void anIdThatIsABuiltInAlias() throws IOException {
        DocumentFormatException e = refused(write("a.json", "{\"id\":\"h100\",\"vendor\":\"Me\",\"name\":\"Mine\"}"));
        assertTrue(e.getMessage().startsWith(dir.resolve("a.json") + ": $: invalid value \"h100\": expected an id, alias and name that do not already find built-in part nvidia-h100-sxm"), e.getMessage());
    }

    @Test
    void aBuiltInIdWithoutReplaces() throws IOException {
        DocumentFormatException e = refused(write("a.json", "{\"id\":\"nvidia-h20\",\"vendor\":\"NVIDIA\",\"name\":\"Mine\"}"));
        assertTrue(e.getMessage().contains("give the part its id and \"replaces\": \"nvidia-h20\""), e.getMessage());
    }

    @Test
    void anAliasOfABuiltIn() throws IOException {
        DocumentFormatException e = refused(write("a.json", "{\"id\":\"my-x\",\"vendor\":\"Me\",\"name\":\"Mine\",\"aliases\":[\"MI300X\"]}"));
        assertTrue(e.getMessage().contains("built-in part amd-mi300x"), e.getMessage());
    }

    @Test
    void aVendorPrefixedNameOfABuiltIn() throws IOException {
        DocumentFormatException e = refused(write("a.json", "{\"id\":\"my-x\",\"vendor\":\"NVIDIA\",\"name\":\"H20 96GB\"}"));
        assertTrue(e.getMessage().contains("built-in part nvidia-h20"), e.getMessage());
    }

    @Test
    void theSameIdInTwoFiles() throws IOException {
        Path a = write("a.json", "{\"id\":\"my-x\",\"vendor\":\"Me\",\"name\":\"One\"}");
        Path b = write("b.json", "{\"id\":\"my-x\",\"vendor\":\"Me\",\"name\":\"Two\"}");
        DocumentFormatException e = refused(a, b);
        assertEquals(b + ": $.id: invalid value \"my-x\": expected an id not already defined by " + a + " (the same id in two user files); correct the document and read it again", e.getMessage());
    }

    @Test
    void anAliasSharedByTwoUserParts() throws IOException {
        Path a = write("a.json", "{\"id\":\"my-x\",\"vendor\":\"Me\",\"name\":\"One\",\"aliases\":[\"Shared\"]}");
        Path b = write("b.json", "{\"id\":\"my-y\",\"vendor\":\"Me\",\"name\":\"Two\",\"aliases\":[\"shared\"]}");
        DocumentFormatException e = refused(a, b);
        assertTrue(e.getMessage().startsWith(b + ": "), e.getMessage());
        assertTrue(e.getMessage().contains("user part my-x of " + a), e.getMessage());
    }

    @Test
    void aUserPartOfAnEarlierLoad() throws IOException {
        Catalog first = C.withFiles(write("a.json", "{\"id\":\"my-x\",\"vendor\":\"Me\",\"name\":\"One\"}"));
        DocumentFormatException e = assertThrows(DocumentFormatException.class,
            () -> first.withFiles(write("b.json", "{\"id\":\"my-y\",\"vendor\":\"Me\",\"name\":\"Two\",\"aliases\":[\"my-x\"]}")));
        assertTrue(e.getMessage().contains("part my-x of " + dir.resolve("a.json")), e.getMessage());
    }

    @Test
    void replacesMustNameABuiltInPartByItsOwnId() throws IOException {
        DocumentFormatException unknown = refused(write("a.json", "{\"id\":\"no-such\",\"vendor\":\"Me\",\"name\":\"Mine\",\"replaces\":\"no-such\"}"));
        assertEquals("$.replaces", unknown.path());
        DocumentFormatException other = refused(write("b.json", "{\"id\":\"my-h20\",\"vendor\":\"Me\",\"name\":\"Mine\",\"replaces\":\"nvidia-h20\"}"));
        assertTrue(other.getMessage().contains("the part's own id \"my-h20\""), other.getMessage());
    }

    @Test
    void aReplacementKeepsTheBuiltInNamesAndIsNamedInANotice() throws IOException {
        Path a = write("a.json", "{\"id\":\"nvidia-h100-sxm\",\"vendor\":\"NVIDIA\",\"name\":\"H100 mine\",\"replaces\":\"nvidia-h100-sxm\"}");
        Catalog c = C.withFiles(a);
        for (String name : List.of("h100", "H100 SXM5", "nvidia-h100-sxm", "H100 mine")) {
            assertEquals("H100 mine", c.part(name).name(), name);
        }
        assertEquals(C.size(), c.size());
        assertEquals(List.of("nvidia-h100-sxm: the built-in part is replaced by " + a
            + "; answers about it rest on the user's entry, not the sourced catalog"), c.notices());
        assertTrue(c.notice("nvidia-h20").isEmpty());
        assertTrue(C.notices().isEmpty());
    }

    @Test
    void nothingIsAddedWhenOneFileCollides() throws IOException {
        Path good = write("a.json", "{\"id\":\"my-good\",\"vendor\":\"Me\",\"name\":\"Good\"}");
        Path bad = write("b.json", "{\"id\":\"h100\",\"vendor\":\"Me\",\"name\":\"Bad\"}");
        refused(good, bad);
        assertFalse(C.find("my-good").isPresent());
    }

    /** 32,000 user parts sharing one bare name load in linear time; the shared name then finds none of them. */
    @Test
    void manyPartsSharingANameLoadLinearly() {
        List<Part> parts = new ArrayList<>();
        for (int i = 0; i < 32_000; i++) {
            parts.add(Part.builder().id("user-part-" + i).vendor("Vendor" + i).name("Same Name").build());
        }
        long t0 = System.nanoTime();
        Catalog c = C.withParts(parts);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertEquals(C.size() + 32_000, c.size());
        assertTrue(c.find("Same Name").isEmpty(), "a shared bare name finds no part");
        assertEquals("Same Name", c.part("vendor7 same name").name());
        assertTrue(ms < 15_000, ms + " ms");
    }
}
