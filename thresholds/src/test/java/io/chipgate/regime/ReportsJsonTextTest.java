package io.chipgate.regime;

import static io.chipgate.testing.Chips.H100;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The public JSON of reports is text (Jackson is not in the API): pretty and one-line forms hold the same fields. */
class ReportsJsonTextTest {
    static final LocalDate DAY = LocalDate.of(2025, 3, 1);
    static final ObjectMapper READ = JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    @Test
    void aDeterminationIsPlainJsonTextInBothForms() throws Exception {
        Determination d = Regimes.byId("3a090-2023").classify(H100, DAY);
        String pretty = Reports.json(d);
        String line = Reports.jsonLine(d);
        // H100: 1978.9 TOPS FP8 × 8 bits = 15831.2, written as a plain decimal, never 1.58312E+4
        assertTrue(line.contains("\"tpp\":15831.2,"), line);
        assertTrue(line.contains("\"tppExact\":\"15831.2\""), line);
        assertTrue(line.contains("\"outcome\":\"3A090.a.1\""), line);
        assertFalse(line.contains("\n") || line.contains("E+"), line);
        assertTrue(pretty.lines().count() > 10, pretty);
        JsonNode a = READ.readTree(pretty);
        JsonNode b = READ.readTree(line);
        assertEquals(a, b);
        assertEquals(H100.id(), b.get("part").asText());
    }

    @Test
    void aRegimeIsPlainJsonTextInBothForms() throws Exception {
        String line = Reports.jsonLine(Regimes.byId("3a090-2023"), DAY);
        assertTrue(line.startsWith("{\"id\":\"3a090-2023\","), line);
        assertTrue(line.contains("\"effective\":\"2023-11-17\""), line);
        assertTrue(line.contains("\"date\":\"2025-03-01\""), line);
        assertFalse(line.contains("\n"), line);
        assertEquals(READ.readTree(Reports.json(Regimes.byId("3a090-2023"), DAY)), READ.readTree(line));
    }
}
