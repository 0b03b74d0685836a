package io.chipgate.license;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.chipgate.document.DocumentFormatException;
import io.chipgate.metrics.Tri;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Dated changes of the country-group data (supplement no. 1 to part 740): the question a change of unknown date opens,
 * a paragraph naming a destination within a window (as 91 FR 43034 names the UAE for .b items), the warnings that
 * state which changes are undone for an earlier date, and the loader's checks on names and successive changes.
 */
class CountryGroupChangesTest {
    static final LocalDate AS_OF = LocalDate.of(2026, 7, 23);

    @Test
    void aChangesQuestionSaysWhatChangedAndFlagsAnUnconfirmedDate() {
        // Cyprus left D:5 between 2022-10-01 and 2024-05-30 (89 FR 40369); Nicaragua joined D:5 on 2024-03-15 (89 FR 18780)
        CountryGroups.Change left = new CountryGroups.Change("CY", "D:5", true, LocalDate.of(2022, 10, 1), LocalDate.of(2024, 5, 30), "src", true);
        Question q = CountryGroups.question(left);
        assertEquals("group-change:CY:D:5", q.id());
        assertEquals("Had CY left Country Group D:5 by the date? It did so between 2022-10-01 and 2024-05-30.", q.text());
        assertEquals(List.of("src", "src"), q.readings().stream().map(Reading::citation).toList());
        assertEquals(List.of(CountryGroups.BEFORE, CountryGroups.AFTER), q.readings().stream().map(Reading::id).toList());
        CountryGroups.Change joined = new CountryGroups.Change("NI", "D:5", false, LocalDate.of(2024, 3, 15), LocalDate.of(2024, 3, 15), "s2", false);
        Question j = CountryGroups.question(joined);
        assertEquals("Had NI joined Country Group D:5 by the date? It did so on 2024-03-15.", j.text());
        assertEquals("s2 (date UNCONFIRMED)", j.readings().get(0).citation());
        CountryGroups.Change named = new CountryGroups.Change("AE", "3A090.b", false, LocalDate.of(2026, 7, 1), LocalDate.of(2026, 7, 20), "s3", true);
        String text = CountryGroups.question(named).text();
        assertEquals("Had AE become named for 3A090.b items by the date? It did so between 2026-07-01 and 2026-07-20.", text);
        assertTrue(!text.contains("Country Group"), text);
    }

    @Test
    void aDestinationNamedWithinAWindowIsUnknownInsideItAndWarned() throws IOException {
        CountryGroups g = CountryGroupsLoaderTest.load(t -> {
            ObjectNode n = (ObjectNode) t.withArray("namedDestinations").get(0);
            n.remove("effective");
            n.putArray("effectiveBetween").add("2026-07-01").add("2026-07-20");
        });
        assertEquals(Tri.FALSE, g.namedFor("AE", "3A090.b", LocalDate.of(2026, 6, 30)));
        assertEquals(Tri.UNKNOWN, g.namedFor("AE", "3A090.b", LocalDate.of(2026, 7, 1)));
        assertEquals(Tri.UNKNOWN, g.namedFor("AE", "3A090.b", LocalDate.of(2026, 7, 19)));
        assertEquals(Tri.TRUE, g.namedFor("AE", "3A090.b", LocalDate.of(2026, 7, 20)));
        List<String> w = g.countryWarnings("AE", LocalDate.of(2026, 7, 15));
        assertTrue(w.stream().anyMatch(s -> s.startsWith("whether ") && s.contains(" is named for 3A090.b items on 2026-07-15 is UNKNOWN: "
            + "named between 2026-07-01 and 2026-07-20 (")), w.toString());
        // a known date (the built-in 2026-07-10) gives no such warning once past it, nor do the UAE's dated group changes
        assertEquals(List.of(), CountryGroups.builtIn().countryWarnings("AE", LocalDate.of(2026, 8, 1)));
    }

    @Test
    void anEarlierDateNamesEveryChangeUndone() throws IOException {
        // a fresh load: the built-in instance caches the list, so a fresh one exercises its computation
        CountryGroups g = CountryGroupsLoaderTest.fresh();
        String undone = "with only these dated changes undone: CY D:5, NI D:1, NI D:5, KH D:5, AE D:4, AE A:5; check Supplement No. 1 "
            + "to part 740 as in force on 2024-01-01";
        for (int i = 0; i < 2; i++) {
            String first = g.dateWarnings(LocalDate.of(2024, 1, 1)).get(0);
            assertTrue(first.startsWith("country groups on 2024-01-01 are not versioned: membership is the " + g.table()
                + " as of the eCFR of 2026-07-23, "), first);
            assertTrue(first.endsWith(undone), first);
        }
        assertTrue(g.dateWarnings(LocalDate.of(2026, 8, 1)).get(0).equals("country groups on 2026-08-01: after the newest text in the "
            + "data (eCFR of 2026-07-23); later changes are unknown"));
        assertEquals(g.notes(), g.dateWarnings(AS_OF), "on the table's own date only the notes");
    }

    @Test
    void membersOfAnUnknownGroupAreRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CountryGroups.builtIn().members("E:1", AS_OF));
        assertTrue(e.getMessage().startsWith("Unknown country group 'E:1'"), e.getMessage());
    }

    @Test
    void theLoaderChecksNameKeysAndThatEachChangeChangesSomething() {
        DocumentFormatException key = assertThrows(DocumentFormatException.class,
            () -> CountryGroupsLoaderTest.load(t -> t.with("names").put("de", "Germany")));
        assertTrue(key.getMessage().contains("de"), key.getMessage());
        // a second change of Nicaragua in D:5 that again "joins": the first (2024-03-15) already left it a member
        DocumentFormatException again = assertThrows(DocumentFormatException.class, () -> CountryGroupsLoaderTest.load(t -> {
            ObjectNode c = t.withArray("changes").addObject();
            c.put("country", "NI").put("group", "D:5").put("memberBefore", false).put("effective", "2025-01-01").put("source", "x")
                .put("confirmed", true);
        }));
        assertTrue(again.getMessage().contains("the membership the previous change of NI in D:5 left (true): a change must change something"),
            again.getMessage());
    }
}
