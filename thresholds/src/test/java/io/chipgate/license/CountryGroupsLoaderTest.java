package io.chipgate.license;

import io.chipgate.document.DocumentFormatException;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.chipgate.metrics.Tri;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * The data loader read afresh (not the cached built-in instance), against the content of country-groups.json,
 * and its error messages: file, JSON path, value and what was expected.
 */
class CountryGroupsLoaderTest {
    static final LocalDate AS_OF = LocalDate.of(2026, 7, 23);

    static CountryGroups load(Consumer<ObjectNode> edit) throws IOException {
        ObjectNode tree = CountryGroupsTest.builtInTree();
        edit.accept(tree);
        byte[] bytes = new ObjectMapper().writeValueAsBytes(tree);
        return CountryGroups.load(new ByteArrayInputStream(bytes), "fresh.json");
    }

    static CountryGroups fresh() throws IOException {
        return load(t -> { });
    }

    @Test
    void theBuiltInDataIsReadOnceAndShared() {
        assertSame(CountryGroups.builtIn(), CountryGroups.builtIn());
    }

    @Test
    void theTableSourceNotesAndLabelsAreThoseOfTheFile() throws IOException {
        CountryGroups g = fresh();
        assertEquals("15 CFR part 740, Supplement No. 1 (Country Groups)", g.table());
        assertEquals(AS_OF, g.asOf());
        assertEquals("eCFR issue 2026-07-23, title 15 part 740, Supplement No. 1 (Country Groups); "
            + "https://www.ecfr.gov/api/versioner/v1/full/2026-07-23/title-15.xml?part=740; machine copy of that eCFR issue in the public "
            + "GitHub repository seelpeed-debug/export-controls-agent-mcp (src/data/country-groups.json), retrieved 2026-07-31, converted "
            + "to ISO codes by hand", g.source());
        assertEquals(g.table() + ", as of the eCFR of 2026-07-23 — " + g.source(), g.citation());
        assertEquals(1, g.notes().size());
        assertTrue(g.notes().get(0).contains("the State Department list controls"));
        assertTrue(g.dateWarnings(AS_OF).contains(g.notes().get(0)), "the table's note goes with every assessment");
        assertEquals("Country Group D:5 (US arms embargoed)", g.label("D:5"));
        assertEquals("Country Group A:6 (additional STA-eligible)", g.label("A:6"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> g.label("E:1"));
        assertTrue(e.getMessage().contains("Unknown country group 'E:1'"));
        assertTrue(g.toString().contains("15 CFR part 740, Supplement No. 1 (Country Groups)"));
        assertTrue(g.toString().contains("2026-07-23"));
        assertTrue(g.toString().contains("fresh.json"));
    }

    @Test
    void namesComeFromTheFileAndOtherwiseFromTheIsoName() throws IOException {
        CountryGroups g = fresh();
        assertEquals("China (PRC)", g.name("CN"));
        assertEquals("Korea, North", g.name("kp"));
        assertEquals("United States", g.name("US"), "not in the file: the English ISO name");
    }

    @Test
    void aFreshLoadKeepsHongKongTheDatedChangesAndTheNamedUae() throws IOException {
        CountryGroups g = fresh();
        assertEquals("CN", g.groupCode("HK"));
        assertEquals(Tri.TRUE, g.inD5OrMacau("HK", AS_OF));
        assertEquals(Tri.UNKNOWN, g.member("CY", "D:5", LocalDate.of(2023, 12, 31)));
        assertEquals(Tri.FALSE, g.member("CY", "D:5", LocalDate.of(2024, 6, 1)));
        assertEquals(Tri.FALSE, g.member("NI", "D:5", LocalDate.of(2024, 3, 14)));
        assertEquals(Tri.TRUE, g.member("NI", "D:5", LocalDate.of(2024, 3, 15)));
        assertEquals(Tri.TRUE, g.member("KH", "D:5", LocalDate.of(2025, 11, 6)));
        assertEquals(Tri.UNKNOWN, g.member("KH", "D:5", LocalDate.of(2025, 11, 7)));
        assertEquals(Tri.UNKNOWN, g.member("KH", "D:5", LocalDate.of(2026, 2, 2)));
        assertEquals(Tri.FALSE, g.member("KH", "D:5", LocalDate.of(2026, 2, 3)));
        assertEquals(Tri.TRUE, g.member("AE", "D:4", LocalDate.of(2023, 12, 1)));
        assertEquals(Tri.TRUE, g.namedFor("AE", "3A090.b", AS_OF));
        assertEquals(Tri.FALSE, g.namedFor("AE", "3A090.b", LocalDate.of(2025, 6, 1)));
        assertEquals(Tri.TRUE, g.namedFor("AE", "3A090.b", LocalDate.of(2026, 7, 10)));
        assertEquals(Tri.FALSE, g.namedFor("AE", "3A090.b", LocalDate.of(2024, 6, 1)));
    }

    @Test
    void theVersioningWarningListsTheChangesUndone() {
        CountryGroups g = CountryGroups.builtIn();
        String w = g.dateWarnings(LocalDate.of(2024, 6, 1)).get(0);
        assertTrue(w.contains("with only these dated changes undone: CY D:5, NI D:1, NI D:5, KH D:5, AE D:4, AE A:5;"), w);
        assertTrue(w.contains("check Supplement No. 1 to part 740 as in force on 2024-06-01"), w);
    }

    @Test
    void hongKongsWarningSaysItsTreatmentIsUnconfirmed() {
        String w = CountryGroups.builtIn().countryWarnings("HK", AS_OF).get(0);
        assertTrue(w.startsWith("Hong Kong (HK) is assessed as China (PRC) (CN): "), w);
        assertTrue(w.endsWith("(UNCONFIRMED)"), w);
    }

    @Test
    void uaeWarningsFollowTheDatesOfItsChanges() {
        CountryGroups g = CountryGroups.builtIn();
        // 91 FR 43034: a dated change (2026-07-10, as reported): before it, membership is taken as known and flagged
        List<String> in2025 = g.countryWarnings("AE", LocalDate.of(2025, 6, 1));
        assertTrue(in2025.stream().anyMatch(w -> w.startsWith(
            "United Arab Emirates (AE) taken as in D:4 on 2025-06-01, before a change on 2026-07-10 whose source is UNCONFIRMED")),
            () -> String.join("\n", in2025));
        assertTrue(in2025.stream().anyMatch(w -> w.startsWith("United Arab Emirates (AE) taken as not in A:5 on 2025-06-01")));
        assertFalse(in2025.stream().anyMatch(w -> w.contains("UNKNOWN")), () -> String.join("\n", in2025));

        // a change known only within a window (Cambodia leaving D:5) is UNKNOWN inside it, and nothing is taken as known
        List<String> kh = g.countryWarnings("KH", LocalDate.of(2026, 1, 1));
        assertTrue(kh.stream().anyMatch(w -> w.startsWith(
            "membership of Cambodia (KH) in D:5 on 2026-01-01 is UNKNOWN: it changed between 2025-11-07 and 2026-02-03 (left; ")),
            () -> String.join("\n", kh));
        assertFalse(kh.stream().anyMatch(w -> w.contains("taken as")), "inside the window nothing is taken as known");

        assertTrue(g.countryWarnings("AE", AS_OF).isEmpty(), "on the date of the data nothing is reconstructed");
        assertTrue(g.countryWarnings("DE", LocalDate.of(2025, 6, 1)).isEmpty(), "Germany has no change and is named for nothing");
        assertTrue(g.countryWarnings("CN", LocalDate.of(2025, 6, 1)).isEmpty());
    }

    @Test
    void aChangeOnAKnownDateSwitchesMembershipThatDay() throws IOException {
        CountryGroups g = load(t -> {
            ObjectNode cy = (ObjectNode) t.withArray("changes").get(0);
            cy.remove("effectiveBetween");
            cy.put("effective", "2024-05-01");
            cy.put("confirmed", false);
        });
        assertEquals(Tri.TRUE, g.member("CY", "D:5", LocalDate.of(2024, 4, 30)));
        assertEquals(Tri.FALSE, g.member("CY", "D:5", LocalDate.of(2024, 5, 1)));
        List<String> w = g.countryWarnings("CY", LocalDate.of(2024, 4, 30));
        assertTrue(w.stream().anyMatch(s -> s.startsWith("Cyprus (CY) taken as in D:5 on 2024-04-30, before a change on 2024-05-01 whose")),
            () -> String.join("\n", w));
    }

    @Test
    void aChangedCountryWithoutANameStillCountsAsAMember() throws IOException {
        // Panama is in no group in the file; a (hypothetical) change says it was in D:1 before 2024-01-01
        CountryGroups g = load(t -> {
            ObjectNode pa = t.withArray("changes").addObject();
            pa.put("country", "PA").put("group", "D:1").put("memberBefore", true).put("effective", "2024-01-01")
                .put("source", "test").put("confirmed", false);
        });
        assertTrue(g.members("D:1", LocalDate.of(2023, 6, 1)).contains("PA"));
        assertFalse(g.members("D:1", AS_OF).contains("PA"));
        assertEquals("Panama", g.name("PA"));
    }

    @Test
    void aFileWithoutTheOptionalPartsLoads() throws IOException {
        CountryGroups g = load(t -> {
            t.remove("notes");
            t.remove("treatedAs");
            t.remove("changes");
            t.remove("namedDestinations");
            t.with("names").remove("HK");
        });
        assertTrue(g.notes().isEmpty());
        assertEquals("HK", g.groupCode("HK"));
        assertEquals(Tri.FALSE, g.member("CY", "D:5", LocalDate.of(2023, 1, 1)), "no change: the 2026 membership");
        assertEquals(Tri.FALSE, g.namedFor("AE", "3A090.b", AS_OF));
    }

    // --- error messages ------------------------------------------------------------------------------------

    static DocumentFormatException rejects(Consumer<ObjectNode> edit) throws IOException {
        return CountryGroupsTest.rejects(edit);
    }

    @Test
    void anInvalidValueIsQuotedInTheMessage() throws IOException {
        DocumentFormatException e = rejects(t -> t.put("asOf", "23/07/2026"));
        assertEquals("edited.json", e.file());
        assertEquals("$.asOf", e.path());
        assertEquals("\"23/07/2026\"", e.value());
        assertEquals("an ISO date such as 2024-12-02", e.expected());
        assertEquals("edited.json: $.asOf: invalid value \"23/07/2026\": expected an ISO date such as 2024-12-02; "
            + "correct the document and read it again", e.getMessage());
    }

    @Test
    void anUnknownFieldIsNamedWithTheKnownOnes() throws IOException {
        DocumentFormatException e = rejects(t -> t.put("colour", "red"));
        assertEquals("\"red\"", e.value());
        assertEquals("edited.json: $.colour: invalid value \"red\": expected a known field (unknown field \"colour\"; valid fields "
            + "are [$comment, asOf, changes, groups, macau, namedDestinations, names, notes, source, table, treatedAs]); "
            + "correct the document and read it again", e.getMessage());
    }

    @Test
    void aChangeAfterTheDateOfTheDataIsRejectedWithoutAValue() throws IOException {
        DocumentFormatException e = rejects(t -> {
            ObjectNode cy = (ObjectNode) t.withArray("changes").get(0);
            cy.remove("effectiveBetween");
            cy.put("effective", "2027-01-01");
        });
        assertEquals("$.changes[0]", e.path());
        assertNull(e.value());
        assertTrue(e.expected().contains("on or before asOf (2026-07-23)"), e.expected());
    }

    @Test
    void unknownFieldsAreRejectedAtEveryLevel() throws IOException {
        assertEquals("$.source.colour", rejects(t -> t.with("source").put("colour", "red")).path());
        assertEquals("$.groups.D:9", rejects(t -> t.with("groups").putObject("D:9")).path());
        assertEquals("$.groups.A:5.note", rejects(t -> t.with("groups").with("A:5").put("note", "x")).path());
        assertEquals("$.macau.colour", rejects(t -> t.with("macau").put("colour", "red")).path());
        assertEquals("$.treatedAs.HK.colour", rejects(t -> t.with("treatedAs").with("HK").put("colour", "red")).path());
        assertEquals("$.changes[0].colour", rejects(t -> ((ObjectNode) t.withArray("changes").get(0)).put("colour", "red")).path());
        assertEquals("$.namedDestinations[0].colour",
            rejects(t -> ((ObjectNode) t.withArray("namedDestinations").get(0)).put("colour", "red")).path());
    }

    @Test
    void sectionsThatMustBeObjectsAreCheckedAsSuch() throws IOException {
        DocumentFormatException names = rejects(t -> t.put("names", "CN"));
        assertEquals("$.names", names.path());
        assertEquals("an object", names.expected());
        assertEquals("\"CN\"", names.value());
        DocumentFormatException aliases = rejects(t -> t.putArray("treatedAs").add("HK"));
        assertEquals("$.treatedAs", aliases.path());
        assertEquals("an object", aliases.expected());
        DocumentFormatException notes = rejects(t -> t.put("notes", "one note"));
        assertEquals("$.notes", notes.path());
        assertEquals("an array of strings", notes.expected());
        DocumentFormatException note = rejects(t -> t.withArray("notes").add(""));
        assertEquals("$.notes[1]", note.path());
        assertEquals("a non-empty string", note.expected());
        DocumentFormatException named = rejects(t -> t.put("namedDestinations", "AE"));
        assertEquals("$.namedDestinations", named.path());
        DocumentFormatException namedCountry = rejects(t -> ((ObjectNode) t.withArray("namedDestinations").get(0)).put("country", "ae"));
        assertEquals("$.namedDestinations[0].country", namedCountry.path());
        assertTrue(namedCountry.expected().contains("upper-case ISO 3166-1 alpha-2"));
    }
}
