package io.chipgate.license;

import io.chipgate.document.DocumentFormatException;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.chipgate.metrics.Tri;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The part 746 data: the built-in periods, windows as readings, and bad files rejected naming the field. */
class EmbargoesTest {
    private static Embargoes load(String json) {
        return Embargoes.load(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "e.json");
    }

    private static String doc(String period) {
        return "{\"asOf\": \"2026-07-23\", \"source\": \"s\", \"periods\": [" + period + "]}";
    }

    @Test
    void theBuiltInPeriodsCoverTheSanctionedDestinations() {
        Embargoes e = Embargoes.builtIn();
        for (String c : List.of("CU", "KP", "IR", "SY", "RU", "BY")) {
            assertEquals(1, e.on(c, LocalDate.of(2024, 6, 1)).size(), c);
        }
        assertTrue(e.on("DE", LocalDate.of(2024, 6, 1)).isEmpty());
        assertTrue(e.on("CN", LocalDate.of(2024, 6, 1)).isEmpty(), "China is not a part 746 destination");
        assertTrue(e.on("RU", LocalDate.of(2022, 4, 7)).isEmpty(), "all CCL items from 87 FR 22130, effective 2022-04-08");
        assertEquals(1, e.on("RU", LocalDate.of(2022, 4, 8)).size());
        assertTrue(e.regionWarnings("UA").get(0).contains("15 CFR 746.6"));
        assertTrue(e.periods().stream().allMatch(p -> !p.source().isBlank()));
    }

    @Test
    void anEndKnownOnlyWithinAWindowIsAReading() {
        Embargoes e = load(doc("{\"country\": \"SY\", \"section\": \"x\", \"scope\": \"ALL_ITEMS\", \"from\": \"2022-10-07\","
            + " \"untilBetween\": [\"2025-05-13\", \"2025-09-02\"], \"source\": \"s\", \"confirmed\": false}"));
        Embargo p = e.periods().get(0);
        assertEquals(Tri.TRUE, p.inForce(LocalDate.of(2025, 5, 12)));
        assertEquals(Tri.UNKNOWN, p.inForce(LocalDate.of(2025, 5, 13)));
        assertEquals(Tri.UNKNOWN, p.inForce(LocalDate.of(2025, 9, 1)));
        assertEquals(Tri.FALSE, p.inForce(LocalDate.of(2025, 9, 2)));
        assertEquals(2, Embargoes.question(p).readings().size());
    }

    @Test
    void badFilesAreRejectedNamingTheField() {
        DocumentFormatException scope = assertThrows(DocumentFormatException.class, () -> load(doc(
            "{\"country\": \"RU\", \"section\": \"x\", \"scope\": \"SOME\", \"from\": \"2022-10-07\", \"source\": \"s\", \"confirmed\": true}")));
        assertEquals("$.periods[0].scope", scope.path());
        DocumentFormatException order = assertThrows(DocumentFormatException.class, () -> load(doc(
            "{\"country\": \"RU\", \"section\": \"x\", \"scope\": \"CCL_ITEMS\", \"from\": \"2022-10-07\", \"until\": \"2022-01-01\","
                + " \"source\": \"s\", \"confirmed\": true}")));
        assertTrue(order.getMessage().contains("after \"from\""), order.getMessage());
        DocumentFormatException code = assertThrows(DocumentFormatException.class, () -> load(doc(
            "{\"country\": \"ru\", \"section\": \"x\", \"scope\": \"CCL_ITEMS\", \"from\": \"2022-10-07\", \"source\": \"s\", \"confirmed\": true}")));
        assertEquals("$.periods[0].country", code.path());
        DocumentFormatException unknown = assertThrows(DocumentFormatException.class, () -> load(doc(
            "{\"country\": \"RU\", \"section\": \"x\", \"scope\": \"CCL_ITEMS\", \"from\": \"2022-10-07\", \"source\": \"s\", \"confirmed\": true,"
                + " \"colour\": \"red\"}")));
        assertEquals("$.periods[0].colour", unknown.path());
        assertThrows(DocumentFormatException.class, () -> load(doc("") + "{}"));
        DocumentFormatException control = assertThrows(DocumentFormatException.class, () -> load(doc(
            "{\"country\": \"RU\", \"section\": \"x\\u001b[2J\", \"scope\": \"CCL_ITEMS\", \"from\": \"2022-10-07\", \"source\": \"s\", \"confirmed\": true}")));
        assertEquals("$.periods[0].section", control.path());
        assertFalse(control.getMessage().contains("\u001b"), "the escape character is not echoed raw");
        assertThrows(DocumentFormatException.class, () -> load("{\"asOf\": \"2026-07-23\", \"source\": \"s\", \"periods\": []}"));
    }
}
