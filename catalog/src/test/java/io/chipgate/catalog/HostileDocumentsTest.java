package io.chipgate.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.chipgate.model.Component;
import io.chipgate.model.Part;
import io.chipgate.model.PartKind;
import io.chipgate.regime.CustomRegime;
import io.chipgate.document.DocumentFormatException;
import io.chipgate.spec.SpecWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Fuzzes the readers with seeded, generated malformed documents (issue 12): spec JSON, YAML catalogs, custom
 * regimes and catalogs of systems with random containment graphs. Mutations: truncation, deleted and inserted
 * characters, type swaps, extreme numbers, control characters, byte-order marks, trailing content, duplicate keys,
 * deep nesting, YAML anchors, aliases, extra documents and YAML 1.1 number forms, and cycles.
 *
 * <p>Each document must either load or end in the documented exception ({@link DocumentFormatException}) whose
 * message is one line, starts with the file name and is capped; and it must take at most
 * {@value #MAX_MILLIS} ms at best of three runs (to forgive a garbage-collection or compilation pause on a
 * loaded machine; a super-linear cost is slow every time). The
 * seed is fixed (system property {@code FUZZ_SEED} overrides it). Nothing is half-loaded: a reader that throws
 * returns nothing, and the catalog a failed merge started from is unchanged.
 */
class HostileDocumentsTest {
    static final int MAX_MILLIS = 200;
    static final long SEED = Long.getLong("FUZZ_SEED", 20261130L);

    static final String[] EXTREME_NUMBERS = {"1e-99999999", "1e999999999", "1e2147483648", "-1e-2147483649", "0", "-0", "-1",
        "1e31", "1e-31", "0.0000000000000000000000000000001", "1234567890123456789012345678901", "9223372036854775808",
        "NaN", "Infinity", "-Infinity", "0x10", "0454", "1_000", "1:30", ".inf", "+12", "1.", ".5", "1e", "99999999999999999999e-99999"};
    static final String[] HOSTILE_TEXT = {"\u0000", "\u001B[2J", "\n", "\r\n", "\t", "\u007F", "\u0085", "\u2028", "\uFEFF",
        "ı", "\uD800", "\"", "\\", "\\u0000", "\\n", "{", "}", "[", "]", ",", ":", "&a ", "*a", "---\n", "!!binary ", "%YAML 1.1\n"};
    static final String[] TYPE_SWAPS = {"[]", "{}", "null", "true", "\"text\"", "[1,2]", "{\"a\":1}", "-5", "\"\"", "\" \""};

    final SplittableRandom random = new SplittableRandom(SEED);
    final ObjectMapper json = new ObjectMapper();
    final YAMLMapper yaml = new YAMLMapper();
    int loaded;
    int refused;

    /** Valid spec documents to start from: real catalog parts, written back as JSON. */
    static List<String> specSeeds() {
        List<String> seeds = new ArrayList<>();
        Catalog c = Catalog.builtin();
        for (String id : List.of("nvidia-h100-sxm", "nvidia-h20", "amd-mi300x", "nvidia-dgx-h100", "nvidia-rtx-4090")) {
            c.find(id).ifPresent(p -> seeds.add(SpecWriter.instance().write(p)));
        }
        seeds.add("{\"id\":\"x\",\"vendor\":\"V\",\"name\":\"X\",\"dies\":[{\"role\":\"LOGIC\",\"areaMm2\":814,\"count\":2}],"
            + "\"compute\":[{\"precision\":\"FP8\",\"denseTops\":1979,\"sparseTops\":3958}],\"year\":2023}");
        seeds.add("[" + seeds.get(0) + "," + seeds.get(seeds.size() - 1) + "]");
        return seeds;
    }

    static final String REGIME = "{\"id\":\"bill\",\"title\":\"A bill\",\"citation\":\"S. 1\",\"effective\":\"2026-01-01\","
        + "\"datacenterOnly\":false,\"rules\":[{\"paragraph\":\"(A)\",\"all\":[{\"quantity\":\"TPP\",\"atLeast\":4800}]},"
        + "{\"paragraph\":\"(B)\",\"all\":[{\"quantity\":\"TPP\",\"atLeast\":2400},{\"quantity\":\"PERFORMANCE_DENSITY\",\"greaterThan\":1.6}]}]}";

    String mutate(String doc, boolean forYaml) {
        int n = 1 + random.nextInt(3);
        for (int i = 0; i < n; i++) {
            doc = mutateOnce(doc, forYaml);
        }
        return doc;
    }

    String mutateOnce(String d, boolean forYaml) {
        int at = d.isEmpty() ? 0 : random.nextInt(d.length() + 1);
        switch (random.nextInt(forYaml ? 13 : 11)) {
            case 0:
                return d.substring(0, at); // truncation
            case 1:
                return at < d.length() ? d.substring(0, at) + d.substring(at + 1) : d; // deletion
            case 2:
                return d.substring(0, at) + pick(HOSTILE_TEXT) + d.substring(at); // hostile character
            case 3:
                return replaceNumber(d, pick(EXTREME_NUMBERS));
            case 4:
                return replaceValue(d, pick(TYPE_SWAPS));
            case 5:
                return d + pick(new String[] {"{\"id\":\"second\"}", "]]]", "\n---\nid: y\n", " x", "\u0000", "{}", "\n# end\n"});
            case 6:
                return "\uFEFF" + d;
            case 7: {
                int brace = d.indexOf('{', at);
                return brace < 0 ? d : d.substring(0, brace + 1) + "\"id\":\"dup\"," + d.substring(brace + 1);
            }
            case 8: {
                int depth = 1 + random.nextInt(3000);
                return "[".repeat(depth) + d + "]".repeat(random.nextInt(depth + 1));
            }
            case 9:
                return replaceString(d, pick(HOSTILE_TEXT) + "x".repeat(random.nextInt(8) == 0 ? 20_000 : 3));
            case 10:
                return d.replaceFirst("\"(LOGIC|FP8|NVLINK|ACCELERATOR|TPP)\"", "\"" + pick(new String[] {"logıc", "fp8\\u0000", "NVL\u0131NK", "ACCELERATOR ", "tpp"}) + "\"");
            case 11:
                return d.replaceFirst("(?m)^(\\s*)(vendor|name): (.*)$", "$1$2: &a $3\n$1notes: *a");
            default:
                return d.replaceFirst("(?m)(areaMm2|denseTops|year): (\\S+)", "$1: " + pick(new String[] {"0454", "0x1F", "1:30", ".inf", "1_000", "0o17", "yes", "~", "!!str 5"}));
        }
    }

    String replaceNumber(String d, String number) {
        List<int[]> spans = new ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?<=[:\\[,]\\s?)-?[0-9][0-9.eE+-]*").matcher(d);
        while (m.find()) {
            spans.add(new int[] {m.start(), m.end()});
        }
        if (spans.isEmpty()) {
            return d;
        }
        int[] s = spans.get(random.nextInt(spans.size()));
        return d.substring(0, s[0]) + number + d.substring(s[1]);
    }

    String replaceValue(String d, String value) {
        List<Integer> colons = new ArrayList<>();
        for (int i = 0; i < d.length(); i++) {
            if (d.charAt(i) == ':') {
                colons.add(i);
            }
        }
        if (colons.isEmpty()) {
            return d;
        }
        int c = colons.get(random.nextInt(colons.size())) + 1;
        int end = c;
        while (end < d.length() && ",}]\n".indexOf(d.charAt(end)) < 0) {
            end++;
        }
        return d.substring(0, c) + value + d.substring(end);
    }

    String replaceString(String d, String inner) {
        int q = d.indexOf('"', random.nextInt(Math.max(1, d.length())));
        if (q < 0) {
            return d;
        }
        int close = d.indexOf('"', q + 1);
        if (close < 0) {
            return d;
        }
        String escaped = inner.replace("\\", "\\\\").replace("\"", "\\\"");
        if (random.nextBoolean()) {
            escaped = inner; // raw: control characters unescaped inside JSON text
        }
        return d.substring(0, q + 1) + escaped + d.substring(close);
    }

    <T> T pick(T[] a) {
        return a[random.nextInt(a.length)];
    }

    String toYaml(String jsonDoc) throws Exception {
        JsonNode tree = json.readTree(jsonDoc);
        return yaml.writeValueAsString(tree);
    }

    /** Runs one document through a reader under the contract; counts loads and refusals. */
    void check(String file, String doc, Supplier<Object> read) {
        long t0 = System.nanoTime();
        boolean ok = once(file, doc, read);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        for (int retry = 0; retry < 2 && ms > MAX_MILLIS; retry++) {
            long t1 = System.nanoTime();
            once(file, doc, read);
            ms = Math.min(ms, (System.nanoTime() - t1) / 1_000_000);
        }
        assertTrue(ms <= MAX_MILLIS, file + " took " + ms + " ms at best of three: " + head(doc));
        if (ok) {
            loaded++;
        } else {
            refused++;
        }
    }

    boolean once(String file, String doc, Supplier<Object> read) {
        try {
            Object result = read.get();
            if (result instanceof List<?> l) {
                assertFalse(l.isEmpty(), "a document that loads has parts: " + head(doc));
            }
            return true;
        } catch (DocumentFormatException e) {
            String m = e.getMessage();
            assertTrue(m.startsWith(file + ": "), "names the file: " + m);
            assertFalse(m.contains("\n") || m.contains("\r"), "one line: " + m);
            assertFalse(m.chars().anyMatch(c -> c < 0x20 || c == 0x7F), "no raw control characters: " + m);
            assertTrue(m.length() <= 800, "capped (" + m.length() + "): " + head(m));
            return false;
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            fail("not the documented exception for " + file + ": " + e + " on " + head(doc), e);
            return false;
        }
    }

    static String head(String s) {
        return s.length() <= 300 ? s : s.substring(0, 300) + "…";
    }

    @Test
    void specJson() {
        List<String> seeds = specSeeds();
        for (int i = 0; i < 5000; i++) {
            String doc = mutate(seeds.get(random.nextInt(seeds.size())), false);
            String name = "fuzz-" + i + ".json";
            check(name, doc, () -> SpecFiles.readText(doc, name, false));
        }
        assertTrue(refused > 3000, "most mutants are refused: " + refused);
        assertTrue(loaded > 50, "some mutants still load (the generator is not all noise): " + loaded);
    }

    @Test
    void yamlCatalogs() throws Exception {
        List<String> seeds = new ArrayList<>();
        for (String s : specSeeds()) {
            seeds.add(toYaml(s));
        }
        for (int i = 0; i < 3000; i++) {
            String doc = mutate(seeds.get(random.nextInt(seeds.size())), true);
            String name = "fuzz-" + i + ".yaml";
            check(name, doc, () -> SpecFiles.readText(doc, name, true));
        }
        assertTrue(refused > 1500, "most mutants are refused: " + refused);
        assertTrue(loaded > 50, "some mutants still load: " + loaded);
    }

    @Test
    void customRegimes() {
        for (int i = 0; i < 2000; i++) {
            String doc = mutate(REGIME, false);
            String name = "regime-" + i + ".json";
            check(name, doc, () -> CustomRegime.parse(doc, name));
        }
        assertTrue(refused > 1000, "most mutants are refused: " + refused);
        assertTrue(loaded > 20, "some mutants still load: " + loaded);
    }

    /** Random containment among systems: the catalog loads exactly when an independent oracle finds no cycle. */
    @Test
    void systemCycles() {
        Catalog base = Catalog.of("fuzz", List.of(Catalog.builtin().part("nvidia-h100-sxm")));
        int cycles = 0;
        for (int i = 0; i < 500; i++) {
            int n = 1 + random.nextInt(6);
            Map<String, List<String>> edges = new HashMap<>();
            List<Part> parts = new ArrayList<>();
            for (int s = 0; s < n; s++) {
                List<String> to = new ArrayList<>();
                int k = random.nextInt(3);
                for (int j = 0; j < k; j++) {
                    String t = "fz-sys-" + random.nextInt(n);
                    if (!to.contains(t)) {
                        to.add(t);
                    }
                }
                edges.put("fz-sys-" + s, to);
                var b = Part.builder().id("fz-sys-" + s).vendor("Fuzz").name("Fuzz system " + s).kind(PartKind.SYSTEM)
                    .addContains(Component.of("nvidia-h100-sxm", 8));
                to.forEach(t -> b.addContains(Component.of(t, 1)));
                parts.add(b.build());
            }
            boolean cyclic = hasCycle(edges);
            try {
                Catalog c = base.withParts(parts);
                assertFalse(cyclic, "a cycle was accepted: " + edges);
                assertEquals(base.size() + n, c.size());
            } catch (DocumentFormatException e) {
                assertTrue(cyclic, "refused without a cycle: " + edges + ": " + e.getMessage());
                assertTrue(e.getMessage().contains("cycle: "), e.getMessage());
                cycles++;
            }
            assertEquals(1, base.size(), "the base catalog is unchanged");
        }
        assertTrue(cycles > 50 && cycles < 450, "both kinds generated: " + cycles);
    }

    static boolean hasCycle(Map<String, List<String>> edges) {
        Set<String> done = new HashSet<>();
        for (String s : edges.keySet()) {
            if (reaches(s, s, edges, new HashSet<>())) {
                return true;
            }
            done.add(s);
        }
        return false;
    }

    static boolean reaches(String from, String target, Map<String, List<String>> edges, Set<String> seen) {
        for (String t : edges.getOrDefault(from, List.of())) {
            if (t.equals(target)) {
                return true;
            }
            if (seen.add(t) && reaches(t, target, edges, seen)) {
                return true;
            }
        }
        return false;
    }
}
