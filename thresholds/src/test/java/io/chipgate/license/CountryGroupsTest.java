package io.chipgate.license;

import io.chipgate.document.DocumentFormatException;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.chipgate.metrics.Tri;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class CountryGroupsTest {
    static final CountryGroups G = CountryGroups.builtIn();
    static final LocalDate AS_OF = LocalDate.of(2026, 7, 23);

    /**
     * The 45 destinations of D:1 ∪ D:4 ∪ D:5 minus (A:5 ∪ A:6) listed in the digest (§ 2.4), converted to ISO
     * 3166-1 alpha-2 by hand.
     */
    static final Map<String, String> DIGEST_45 = new LinkedHashMap<>();

    static {
        String[][] pairs = {
            {"Afghanistan", "AF"}, {"Armenia", "AM"}, {"Azerbaijan", "AZ"}, {"Bahrain", "BH"}, {"Belarus", "BY"},
            {"Burma", "MM"}, {"Cambodia", "KH"}, {"Central African Republic", "CF"}, {"China (PRC)", "CN"}, {"DR Congo", "CD"},
            {"Cuba", "CU"}, {"Egypt", "EG"}, {"Eritrea", "ER"}, {"Georgia", "GE"}, {"Haiti", "HT"}, {"Iran", "IR"},
            {"Iraq", "IQ"}, {"Jordan", "JO"}, {"Kazakhstan", "KZ"}, {"North Korea", "KP"}, {"Kuwait", "KW"},
            {"Kyrgyzstan", "KG"}, {"Laos", "LA"}, {"Lebanon", "LB"}, {"Libya", "LY"}, {"Macau", "MO"}, {"Moldova", "MD"},
            {"Mongolia", "MN"}, {"Nicaragua", "NI"}, {"Oman", "OM"}, {"Pakistan", "PK"}, {"Qatar", "QA"}, {"Russia", "RU"},
            {"Saudi Arabia", "SA"}, {"Somalia", "SO"}, {"South Sudan", "SS"}, {"Sudan", "SD"}, {"Syria", "SY"},
            {"Tajikistan", "TJ"}, {"Turkmenistan", "TM"}, {"Uzbekistan", "UZ"}, {"Venezuela", "VE"}, {"Vietnam", "VN"},
            {"Yemen", "YE"}, {"Zimbabwe", "ZW"}};
        for (String[] p : pairs) {
            DIGEST_45.put(p[0], p[1]);
        }
    }

    @Test
    void theAdvancedComputingScopeRecomputedFromTheGroupsIsTheDigests45() {
        assertEquals(45, DIGEST_45.size());
        Set<String> computed = new TreeSet<>();
        for (String c : new TreeSet<>(G.members("D:1", AS_OF))) {
            computed.add(c);
        }
        computed.addAll(G.members("D:4", AS_OF));
        computed.addAll(G.members("D:5", AS_OF));
        computed.removeAll(G.members("A:5", AS_OF));
        computed.removeAll(G.members("A:6", AS_OF));
        assertEquals(new TreeSet<>(DIGEST_45.values()), computed);
        assertEquals(computed, G.advancedComputingScope(AS_OF));
        assertEquals(Tri.FALSE, G.inAdvancedComputingScope("IL", AS_OF), "Israel is in D:4 and A:6");
        assertEquals(Tri.FALSE, G.inAdvancedComputingScope("AE", AS_OF), "UAE in A:5 in 2026");
    }

    @Test
    void macauIsNamedBesideD5AndIsNotInIt() {
        assertEquals(Tri.FALSE, G.member("MO", "D:5", AS_OF));
        assertEquals(Tri.TRUE, G.inD5OrMacau("MO", AS_OF));
        assertEquals(Tri.TRUE, G.member("MO", "D:1", AS_OF));
        assertTrue(G.countryWarnings("MO", AS_OF).stream().anyMatch(w -> w.contains("not in Country Group D:5")));
    }

    @Test
    void hongKongIsAssessedAsChina() {
        assertEquals("CN", G.groupCode("hk"));
        assertEquals(Tri.TRUE, G.inD5OrMacau("HK", AS_OF));
        assertTrue(G.countryWarnings("HK", AS_OF).get(0).contains("Hong Kong"));
        assertFalse(G.members("D:5", AS_OF).contains("HK"));
    }

    @Test
    void theUaeMovesFromD4ToA5On20260710() {
        // 91 FR 43034 (FR Doc 2026-14132), effective 2026-07-10 as reported: D:4 -> A:5, and named for .b items
        LocalDate before = LocalDate.of(2026, 7, 9);
        LocalDate on = LocalDate.of(2026, 7, 10);
        assertEquals(Tri.TRUE, G.member("AE", "D:4", LocalDate.of(2023, 12, 1)));
        assertEquals(Tri.TRUE, G.member("AE", "D:4", LocalDate.of(2025, 6, 1)), "no window any more: the rule has a date");
        assertEquals(Tri.TRUE, G.member("AE", "D:4", before));
        assertEquals(Tri.FALSE, G.member("AE", "A:5", before));
        assertEquals(Tri.FALSE, G.member("AE", "D:4", on));
        assertEquals(Tri.TRUE, G.member("AE", "A:5", on));
        assertEquals(Tri.TRUE, G.member("AE", "A:5", AS_OF));
        assertEquals(Tri.FALSE, G.namedFor("AE", "3A090.b", LocalDate.of(2025, 6, 1)));
        assertEquals(Tri.FALSE, G.namedFor("AE", "3A090.b", before));
        assertEquals(Tri.TRUE, G.namedFor("AE", "3A090.b", on));
        assertEquals(Tri.FALSE, G.namedFor("AE", "3A090.a", AS_OF));
        assertTrue(G.countryWarnings("AE", LocalDate.of(2023, 12, 1)).stream().anyMatch(w -> w.contains("UNCONFIRMED")));
    }

    @Test
    void cyprusLeftD5Between2022And2024() {
        // 89 FR 40369, effective 2024-05-30; the State Department lifted its denial policy from 2022-10-01 and the
        // note to D:5 says the State list controls: membership in between is a reading
        assertEquals(Tri.TRUE, G.member("CY", "D:5", LocalDate.of(2022, 9, 30)));
        assertEquals(Tri.UNKNOWN, G.member("CY", "D:5", LocalDate.of(2022, 10, 1)));
        assertEquals(Tri.UNKNOWN, G.member("CY", "D:5", LocalDate.of(2024, 5, 29)));
        assertEquals(Tri.FALSE, G.member("CY", "D:5", LocalDate.of(2024, 5, 30)));
        assertEquals(Tri.FALSE, G.member("CY", "D:5", LocalDate.of(2024, 5, 31)));
        assertEquals(Tri.UNKNOWN, G.inD5OrMacau("CY", LocalDate.of(2023, 6, 1)));
    }

    @Test
    void everyDateButAsOfCarriesTheVersioningWarning() {
        assertTrue(G.dateWarnings(LocalDate.of(2024, 6, 1)).get(0).contains("not versioned"));
        assertTrue(G.dateWarnings(LocalDate.of(2027, 1, 1)).get(0).contains("after the newest text"));
        assertFalse(G.dateWarnings(AS_OF).stream().anyMatch(w -> w.contains("not versioned") || w.contains("after the newest")));
        assertEquals(AS_OF, G.asOf());
        assertTrue(G.citation().contains("2026-07-23"));
    }

    @Test
    void unknownGroupsAreRejectedWithTheKnownOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> G.member("CN", "D:9", AS_OF));
        assertTrue(e.getMessage().contains("D:5"));
    }

    // --- bad data --------------------------------------------------------------------------------------------

    static ObjectNode builtInTree() throws IOException {
        try (InputStream in = CountryGroups.class.getResourceAsStream(CountryGroups.RESOURCE)) {
            return (ObjectNode) new ObjectMapper().readTree(in);
        }
    }

    static DocumentFormatException rejects(Consumer<ObjectNode> edit) throws IOException {
        ObjectNode tree = builtInTree();
        edit.accept(tree);
        byte[] bytes = new ObjectMapper().writeValueAsBytes(tree);
        return assertThrows(DocumentFormatException.class,
            () -> CountryGroups.load(new ByteArrayInputStream(bytes), "edited.json"));
    }


    /** A second, earlier change of Cambodia in D:5: joined on 2021-12-09 (86 FR 70015), before the change that removed it. */
    static void cambodiaJoined(ObjectNode t, String memberBefore, String effective) {
        ArrayNode cs = t.withArray("changes");
        ObjectNode joined = new ObjectMapper().createObjectNode();
        joined.put("country", "KH").put("group", "D:5").put("memberBefore", Boolean.parseBoolean(memberBefore))
            .put("effective", effective).put("source", "86 FR 70015").put("confirmed", true);
        ArrayNode rebuilt = new ObjectMapper().createArrayNode();
        for (int i = 0; i < cs.size(); i++) {
            if ("KH".equals(cs.get(i).get("country").asText())) {
                rebuilt.add(joined);
            }
            rebuilt.add(cs.get(i));
        }
        t.set("changes", rebuilt);
    }

    @Test
    void aCountryMayChangeGroupSeveralTimesInOrder() throws IOException {
        ObjectNode tree = builtInTree();
        cambodiaJoined(tree, "false", "2021-12-09");
        CountryGroups g = CountryGroups.load(new ByteArrayInputStream(new ObjectMapper().writeValueAsBytes(tree)), "kh.json");
        assertEquals(Tri.FALSE, g.member("KH", "D:5", LocalDate.of(2021, 12, 8)));
        assertEquals(Tri.TRUE, g.member("KH", "D:5", LocalDate.of(2021, 12, 9)));
        assertEquals(Tri.TRUE, g.member("KH", "D:5", LocalDate.of(2025, 11, 6)));
        assertEquals(Tri.UNKNOWN, g.member("KH", "D:5", LocalDate.of(2025, 11, 7)));
        assertEquals(Tri.FALSE, g.member("KH", "D:5", LocalDate.of(2026, 2, 3)));

        DocumentFormatException same = rejects(t -> cambodiaJoined(t, "true", "2021-12-09"));
        assertTrue(same.getMessage().contains("a change must change something"), same.getMessage());
        DocumentFormatException late = rejects(t -> cambodiaJoined(t, "false", "2025-12-01"));
        assertTrue(late.getMessage().contains("in date order without overlapping windows"), late.getMessage());
    }

    @Test
    void twoChangesOfUnknownDateInOneGroupAreRejected() throws IOException {
        DocumentFormatException e = rejects(t -> {
            ArrayNode cs = t.withArray("changes");
            ObjectNode first = new ObjectMapper().createObjectNode();
            first.put("country", "KH").put("group", "D:5").put("memberBefore", false).put("source", "s").put("confirmed", false);
            first.putArray("effectiveBetween").add("2021-01-01").add("2021-12-31");
            ArrayNode rebuilt = new ObjectMapper().createArrayNode();
            for (int i = 0; i < cs.size(); i++) {
                if ("KH".equals(cs.get(i).get("country").asText())) {
                    rebuilt.add(first);
                }
                rebuilt.add(cs.get(i));
            }
            t.set("changes", rebuilt);
        });
        assertTrue(e.getMessage().contains("at most one change of unknown date"), e.getMessage());
    }

    @Test
    void trailingContentAndLowerCaseKeysAreRejected() throws IOException {
        DocumentFormatException trailing = assertThrows(DocumentFormatException.class, () -> {
            try (InputStream in = CountryGroups.class.getResourceAsStream(CountryGroups.RESOURCE)) {
                byte[] doc = in.readAllBytes();
                byte[] twice = (new String(doc, java.nio.charset.StandardCharsets.UTF_8) + "{\"id\":\"second\"}")
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8);
                CountryGroups.load(new ByteArrayInputStream(twice), "twice.json");
            }
        });
        assertEquals("$", trailing.path());
        DocumentFormatException lower = rejects(t -> {
            ObjectNode ta = (ObjectNode) t.get("treatedAs");
            ta.set("hk", ta.remove("HK"));
        });
        assertEquals("$.treatedAs.hk", lower.path());
        assertTrue(lower.getMessage().contains("upper-case"), lower.getMessage());
    }

    @Test
    void theBuiltInFileLoadsAndRoundTrips() throws IOException {
        byte[] bytes = new ObjectMapper().writeValueAsBytes(builtInTree());
        CountryGroups again = CountryGroups.load(new ByteArrayInputStream(bytes), "copy.json");
        assertEquals(G.advancedComputingScope(AS_OF), again.advancedComputingScope(AS_OF));
    }

    @Test
    void badDataIsRejectedNamingTheFileAndField() throws IOException {
        DocumentFormatException unknown = rejects(t -> t.put("colour", "red"));
        assertEquals("edited.json", unknown.file());
        assertEquals("$.colour", unknown.path());

        DocumentFormatException code = rejects(t -> ((ArrayNode) t.with("groups").with("D:5").get("members")).set(3, "XX"));
        assertEquals("$.groups.D:5.members[3]", code.path());
        assertTrue(code.getMessage().contains("ISO 3166-1 alpha-2"));

        DocumentFormatException macau = rejects(t -> ((ArrayNode) t.with("groups").with("D:5").get("members")).add("MO"));
        assertTrue(macau.getMessage().contains("Macau is not in D:5"));

        DocumentFormatException missing = rejects(t -> t.remove("asOf"));
        assertEquals("$.asOf", missing.path());

        DocumentFormatException date = rejects(t -> t.put("asOf", "23/07/2026"));
        assertTrue(date.getMessage().contains("ISO date"));

        DocumentFormatException noop = rejects(t -> ((ObjectNode) t.withArray("changes").get(0)).put("memberBefore", false));
        assertEquals("$.changes[0].memberBefore", noop.path());

        DocumentFormatException order = rejects(t -> {
            ArrayNode w = ((ObjectNode) t.withArray("changes").get(0)).putArray("effectiveBetween");
            w.add("2025-01-01").add("2024-01-01");
        });
        assertTrue(order.getMessage().contains("earliest date first"));

        DocumentFormatException both = rejects(t -> ((ObjectNode) t.withArray("changes").get(0)).put("effective", "2024-05-01"));
        assertTrue(both.getMessage().contains("exactly one of"));

        DocumentFormatException noName = rejects(t -> t.with("names").remove("CN"));
        assertTrue(noName.getMessage().contains("$.names"));
    }

    @Test
    void malformedAndDuplicateKeyJsonIsRejected() {
        DocumentFormatException trunc = assertThrows(DocumentFormatException.class, () -> CountryGroups.load(
            new ByteArrayInputStream("{\"table\": ".getBytes(StandardCharsets.UTF_8)), "trunc.json"));
        assertEquals("$", trunc.path());
        DocumentFormatException dup = assertThrows(DocumentFormatException.class, () -> CountryGroups.load(
            new ByteArrayInputStream("{\"table\": \"a\", \"table\": \"b\"}".getBytes(StandardCharsets.UTF_8)), "dup.json"));
        assertTrue(dup.getMessage().contains("dup.json"));
    }
}
