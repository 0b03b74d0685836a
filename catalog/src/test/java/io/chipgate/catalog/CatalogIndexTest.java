package io.chipgate.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.chipgate.metrics.Interpretation;
import io.chipgate.model.Part;
import io.chipgate.regime.Regimes;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The build-time index answers every lookup exactly as the whole catalog does, and is refused when it does not
 * match the files it was built from.
 */
class CatalogIndexTest {
    private static final Catalog WHOLE = Catalog.loadBuiltinWhole();

    private static String indexText() throws IOException {
        try (InputStream in = CatalogIndex.class.getResourceAsStream(CatalogIndex.RESOURCE)) {
            assertTrue(in != null, "the build writes catalog.index into the classes directory");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void theBuiltInCatalogIsReadThroughTheIndexUntilEveryPartIsNeeded() {
        Catalog c = Catalog.loadBuiltinIndexed();
        assertTrue(c.usesIndex());
        assertEquals("nvidia-h100-sxm", c.part("h100").id());
        assertTrue(c.usesIndex(), "one lookup reads one part");
        assertEquals(WHOLE.size(), c.size());
        assertFalse(c.usesIndex(), "the list of all parts reads them all");
        assertEquals(WHOLE.parts(), c.parts());
    }

    @Test
    void everyKeyFindsTheSamePartThroughTheIndexAsInTheWholeCatalog() {
        Catalog c = Catalog.loadBuiltinIndexed();
        Map<String, String> keys = WHOLE.keyIndex();
        assertTrue(keys.size() > 3 * WHOLE.size(), "ids, aliases, names and vendor-prefixed forms: " + keys.size());
        for (Map.Entry<String, String> e : keys.entrySet()) {
            Part p = c.find(e.getKey()).orElseThrow(() -> new AssertionError("index misses " + e.getKey()));
            assertEquals(WHOLE.find(e.getKey()).orElseThrow(), p, e.getKey());
            assertEquals(e.getValue(), p.id(), e.getKey());
        }
        assertTrue(c.usesIndex(), "lookups alone never read the whole catalog");
    }

    @Test
    void everyPartNumberFindsTheSamePartThroughTheIndexAsInTheWholeCatalog() {
        Catalog c = Catalog.loadBuiltinIndexed();
        int n = 0;
        for (Part p : WHOLE.parts()) {
            for (String pn : p.partNumbers()) {
                assertEquals(WHOLE.byPartNumber(pn), c.byPartNumber(pn), pn);
                assertEquals(WHOLE.find(pn.toLowerCase(java.util.Locale.ROOT)), c.find(pn.toLowerCase(java.util.Locale.ROOT)), pn);
                n++;
            }
        }
        assertTrue(n > 50, "catalog parts list vendor part numbers: " + n);
        // a number only a vendor table lists, and a name nothing knows, answer as the whole catalog does
        Part vendorOnly = c.find("920-23627-0020-000").orElseThrow(); // a tester NVIDIA's table lists, 3A992.a
        assertEquals(WHOLE.find("920-23627-0020-000").orElseThrow(), vendorOnly);
        assertTrue(c.usesIndex(), "a number only a vendor table lists is answered without reading every part");
        assertEquals(Optional.empty(), c.find("no-such-part"));
        UnknownPartException e = assertThrows(UnknownPartException.class, () -> c.part("h1000"));
        assertEquals(assertThrows(UnknownPartException.class, () -> WHOLE.part("h1000")).getMessage(), e.getMessage());
    }

    @Test
    void systemsResolveTheirPartsThroughTheIndex() {
        Catalog c = Catalog.loadBuiltinIndexed();
        LocalDate day = LocalDate.of(2025, 1, 15);
        for (String system : new String[] {"nvidia-dgx-h100", "nvidia-hgx-a100-8gpu", "nvidia-hgx-h20-8gpu", "nvidia-dgx-b200"}) {
            Part viaIndex = c.part(system);
            Part whole = WHOLE.part(system);
            assertEquals(whole, viaIndex);
            var r = Regimes.byId("3a090-2024");
            assertEquals(r.classify(whole, Interpretation.defaults(), day, WHOLE::find).outcome(),
                r.classify(viaIndex, Interpretation.defaults(), day, c::find).outcome(), system);
        }
        assertEquals("4A090.a", Regimes.byId("3a090-2024")
            .classify(c.part("nvidia-dgx-h100"), Interpretation.defaults(), day, c::find).outcome().code());
        assertTrue(c.usesIndex());
    }

    @Test
    void anIndexThatDoesNotMatchItsFilesIsNotUsed() throws IOException {
        String text = indexText();
        String version = WHOLE.version();
        java.util.function.Function<String, byte[]> files = f -> {
            try (InputStream in = Catalog.class.getResourceAsStream("/io/chipgate/catalog/parts/" + f)) {
                return in.readAllBytes();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        };
        CatalogIndex good = CatalogIndex.parse(text, version, files).orElseThrow();
        assertEquals(WHOLE.size(), good.size());
        assertEquals(WHOLE.part("h100"), good.find(Catalog.key("h100")).orElseThrow());
        // another catalog version, a part outside its file, an unknown record, a key to no part, nothing: not an index
        assertFalse(CatalogIndex.parse(text, "1999.1.0", files).isPresent());
        assertFalse(CatalogIndex.parse(text.replaceFirst("(part\t[^\t]+\t[^\t]+\t)\\d+", "$199999999"), version, files).isPresent());
        assertFalse(CatalogIndex.parse(text + "what\tever\n", version, files).isPresent());
        assertFalse(CatalogIndex.parse(text.replaceFirst("key\t([^\t]+)\t[^\n]+", "key\t$1\tno-such-id"), version, files).isPresent());
        assertFalse(CatalogIndex.parse("", version, files).isPresent());
        // an edited file is found out when a part is first read from it
        java.util.function.Function<String, byte[]> edited = f -> {
            byte[] b = files.apply(f);
            b[b.length / 2] ^= 1;
            return b;
        };
        CatalogIndex stale = CatalogIndex.parse(text, version, edited).orElseThrow();
        assertThrows(CatalogIndex.StaleIndexException.class, () -> stale.find(Catalog.key("h100")));
        // and a file shifted under the index (same length, parts moved) is found out by the id check
        java.util.function.Function<String, byte[]> shifted = f -> {
            byte[] b = files.apply(f);
            String t = new String(b, StandardCharsets.UTF_8);
            return (" " + t.substring(0, t.length() - 1)).getBytes(StandardCharsets.UTF_8);
        };
        assertThrows(CatalogIndex.StaleIndexException.class,
            () -> CatalogIndex.parse(text, version, shifted).orElseThrow().find(Catalog.key("h100")));
    }

    @Test
    void aCatalogWhoseIndexTurnsOutStaleReadsItsFilesWhole() {
        String text;
        try {
            text = indexText();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        CatalogIndex stale = CatalogIndex.parse(text, WHOLE.version(), f -> new byte[] {'{', '}'}).orElseThrow();
        Catalog c = Catalog.withIndexForTest(WHOLE.version(), stale);
        assertTrue(c.usesIndex());
        assertEquals(WHOLE.part("h100"), c.part("h100"), "the lookup falls back to the whole catalog");
        assertFalse(c.usesIndex(), "and the index is not used again");
        assertEquals(WHOLE.byPartNumber("920-23627-0020-000"), c.byPartNumber("920-23627-0020-000"));
    }
}
