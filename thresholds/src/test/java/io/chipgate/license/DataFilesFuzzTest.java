package io.chipgate.license;

import io.chipgate.document.DocumentFormatException;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Malformed country-group and embargo documents, generated from the built-in files with a fixed seed
 * ({@code FUZZ_SEED} to change it): truncation, deleted or doubled characters, type swaps, extreme numbers, control
 * characters, byte-order marks, trailing content, duplicate keys and deep nesting. Each must load or fail with a
 * {@link DocumentFormatException} on one line naming the file, in bounded time; nothing else may escape.
 */
class DataFilesFuzzTest {
    private static final long SEED = Long.getLong("FUZZ_SEED", 20221007L);
    private static final int DOCUMENTS = 1500;

    private static String resource(String name) throws IOException {
        try (InputStream in = CountryGroups.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static String mutate(String doc, Random r) {
        int at = r.nextInt(doc.length());
        switch (r.nextInt(12)) {
            case 0:
                return doc.substring(0, at);
            case 1:
                return doc.substring(0, at) + doc.substring(Math.min(doc.length(), at + 1 + r.nextInt(20)));
            case 2:
                return doc.substring(0, at) + doc.charAt(at) + doc.substring(at);
            case 3:
                return doc.replaceFirst("\"effective\": \"[0-9-]+\"", "\"effective\": " + (r.nextBoolean() ? "1e999999999" : "true"));
            case 4:
                return doc.replaceFirst("\"confirmed\": (true|false)", "\"confirmed\": \"" + (char) r.nextInt(32) + "\"");
            case 5:
                return "\uFEFF" + doc;
            case 6:
                return doc + (r.nextBoolean() ? "{\"id\":\"second\"}" : "]]]");
            case 7:
                return doc.replaceFirst("\\{", "{\"asOf\": \"2026-07-23\", ");
            case 8:
                return "[".repeat(2000 + r.nextInt(3000)) + doc;
            case 9:
                return doc.replaceFirst("\"[A-Z]{2}\"", "\"" + (r.nextBoolean() ? "xx" : "C\u0000") + "\"");
            case 10:
                return doc.replaceFirst("\\[", "{").replaceFirst("\\]", "}");
            default:
                return doc.substring(0, at) + (char) r.nextInt(0x3000) + doc.substring(at);
        }
    }

    static void fuzz(String doc, String name, Consumer<InputStream> load) {
        Random r = new Random(SEED ^ name.hashCode());
        int rejected = 0;
        for (int i = 0; i < DOCUMENTS; i++) {
            String bad = mutate(doc, r);
            long start = System.nanoTime();
            try {
                load.accept(new ByteArrayInputStream(bad.getBytes(StandardCharsets.UTF_8)));
            } catch (DocumentFormatException e) {
                rejected++;
                assertTrue(e.getMessage().startsWith(name + ": "), e.getMessage());
                assertFalse(e.getMessage().contains("\n"), "one line: " + e.getMessage());
            } catch (RuntimeException e) {
                fail("document " + i + " of " + name + " escaped as " + e + " (seed " + SEED + ")", e);
            }
            long ms = (System.nanoTime() - start) / 1_000_000;
            assertTrue(ms < 2_000, "document " + i + " took " + ms + " ms");
        }
        assertTrue(rejected > DOCUMENTS / 2, "most mutations are rejected: " + rejected);
    }

    @Test
    void countryGroupDocuments() throws IOException {
        fuzz(resource(CountryGroups.RESOURCE), "groups.json", in -> CountryGroups.load(in, "groups.json"));
    }

    @Test
    void embargoDocuments() throws IOException {
        fuzz(resource(Embargoes.RESOURCE), "embargoes.json", in -> Embargoes.load(in, "embargoes.json"));
    }

    @Test
    void theUnmutatedFilesLoad() throws IOException {
        assertEquals(CountryGroups.builtIn().asOf(),
            CountryGroups.load(new ByteArrayInputStream(resource(CountryGroups.RESOURCE).getBytes(StandardCharsets.UTF_8)), "g").asOf());
        assertEquals(Embargoes.builtIn().periods().size(),
            Embargoes.load(new ByteArrayInputStream(resource(Embargoes.RESOURCE).getBytes(StandardCharsets.UTF_8)), "e").periods().size());
    }
}
