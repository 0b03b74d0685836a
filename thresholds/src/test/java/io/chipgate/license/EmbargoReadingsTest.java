package io.chipgate.license;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.chipgate.document.DocumentFormatException;
import io.chipgate.metrics.Tri;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Part 746 periods under a chosen reading ({@link Embargoes#inForce(Embargo, LocalDate, Explorer.Chooser)}): a known
 * date decides alone; an unrecorded start or an end known only within a window follows the reading chosen; the
 * questions' citations flag unconfirmed dates; region notes and unknown fields in the file.
 */
class EmbargoReadingsTest {
    private static Embargoes load(String json) {
        return Embargoes.load(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "e.json");
    }

    private static String doc(String period) {
        return "{\"asOf\": \"2026-07-23\", \"source\": \"the source\", \"periods\": [" + period + "]}";
    }

    private static final String WINDOW = "{\"country\": \"SY\", \"section\": \"15 CFR 746.9\", \"scope\": \"ALL_ITEMS\", \"from\": \"2022-10-07\","
        + " \"untilBetween\": [\"2025-05-13\", \"2025-09-02\"], \"source\": \"s\", \"confirmed\": %s}";
    private static final String NO_START = "{\"country\": \"CU\", \"section\": \"15 CFR 746.2\", \"scope\": \"ALL_ITEMS\", \"from\": \"2020-01-01\","
        + " \"source\": \"s\", \"confirmed\": true%s}";

    /** A chooser that always picks the reading with this id. */
    private static Explorer.Chooser always(String readingId) {
        return q -> q.readings().stream().filter(r -> r.id().equals(readingId)).findFirst().orElseThrow();
    }

    @Test
    void aKnownDateDecidesWhateverTheReading() {
        Embargo p = load(doc(String.format(WINDOW, "true"))).periods().get(0);
        for (String r : List.of(CountryGroups.BEFORE, CountryGroups.AFTER)) {
            assertTrue(Embargoes.inForce(p, LocalDate.of(2025, 5, 12), always(r)), "before the window: in force");
            assertFalse(Embargoes.inForce(p, LocalDate.of(2025, 9, 2), always(r)), "from the window's last date: ended");
            assertFalse(Embargoes.inForce(p, LocalDate.of(2022, 10, 6), always(r)), "before a recorded start: not in force");
        }
    }

    @Test
    void insideTheEndWindowTheReadingDecides() {
        Embargo p = load(doc(String.format(WINDOW, "true"))).periods().get(0);
        LocalDate inside = LocalDate.of(2025, 7, 1);
        // reading BEFORE: "not yet: still in force"; reading AFTER: "already ended"
        assertTrue(Embargoes.inForce(p, inside, always(CountryGroups.BEFORE)));
        assertFalse(Embargoes.inForce(p, inside, always(CountryGroups.AFTER)));
    }

    @Test
    void beforeAnUnrecordedStartTheReadingDecides() {
        Embargo p = load(doc(String.format(NO_START, ", \"startKnown\": false"))).periods().get(0);
        assertFalse(p.startKnown());
        LocalDate before = LocalDate.of(2019, 6, 1);
        assertEquals(Tri.UNKNOWN, p.inForce(before));
        // reading AFTER: "already in force (it began earlier)"; reading BEFORE: "not yet in force"
        assertTrue(Embargoes.inForce(p, before, always(CountryGroups.AFTER)));
        assertFalse(Embargoes.inForce(p, before, always(CountryGroups.BEFORE)));
        // without the key the start is known: before it the period is not in force
        Embargo known = load(doc(String.format(NO_START, ""))).periods().get(0);
        assertTrue(known.startKnown());
        assertEquals(Tri.FALSE, known.inForce(before));
        assertTrue(load(doc(String.format(NO_START, ", \"startKnown\": true"))).periods().get(0).startKnown());
    }

    @Test
    void anUnconfirmedWindowSaysSoInEachReadingsCitation() {
        Question unconfirmed = Embargoes.question(load(doc(String.format(WINDOW, "false"))).periods().get(0));
        Question confirmed = Embargoes.question(load(doc(String.format(WINDOW, "true"))).periods().get(0));
        assertEquals("embargo-end:SY:ALL_ITEMS", confirmed.id());
        assertEquals(List.of("s (date UNCONFIRMED)", "s (date UNCONFIRMED)"), unconfirmed.readings().stream().map(Reading::citation).toList());
        assertEquals(List.of("s", "s"), confirmed.readings().stream().map(Reading::citation).toList());
        assertTrue(confirmed.text().endsWith("It ended between 2025-05-13 and 2025-09-02."), confirmed.text());
    }

    @Test
    void theFilesSourceAndRegionNotesAreRead() {
        Embargoes e = load("{\"asOf\": \"2026-07-23\", \"source\": \"the source\", \"periods\": [" + String.format(NO_START, "")
            + "], \"regionsNotAssessed\": [{\"country\": \"UA\", \"note\": \"Crimea: 15 CFR 746.6\"}, {\"country\": \"GE\", \"note\": \"n2\"}]}");
        assertEquals("the source", e.source());
        assertEquals(LocalDate.of(2026, 7, 23), e.asOf());
        assertEquals(List.of("Crimea: 15 CFR 746.6"), e.regionWarnings("UA"));
        assertEquals(List.of("n2"), e.regionWarnings("ge"));
        assertTrue(e.regionWarnings("DE").isEmpty());
        assertFalse(Embargoes.builtIn().source().isBlank());
        assertSame(Embargoes.builtIn(), Embargoes.builtIn(), "the built-in data is read once");
    }

    @Test
    void unknownFieldsAreRejectedNamingThem() {
        DocumentFormatException root = assertThrows(DocumentFormatException.class, () -> load(
            "{\"asOf\": \"2026-07-23\", \"source\": \"s\", \"colour\": 1, \"periods\": [" + String.format(NO_START, "") + "]}"));
        assertTrue(root.getMessage().contains("colour"), root.getMessage());
        DocumentFormatException region = assertThrows(DocumentFormatException.class, () -> load(
            "{\"asOf\": \"2026-07-23\", \"source\": \"s\", \"periods\": [" + String.format(NO_START, "")
                + "], \"regionsNotAssessed\": [{\"country\": \"UA\", \"note\": \"n\", \"colour\": 1}]}"));
        assertTrue(region.getMessage().contains("colour"), region.getMessage());
        assertTrue(region.path().startsWith("$.regionsNotAssessed[0]"), region.path());
    }
}
