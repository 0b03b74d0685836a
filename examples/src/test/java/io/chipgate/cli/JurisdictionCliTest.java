package io.chipgate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The jurisdiction facts on the command line ({@code license --origin --us-tech --us-content}) and in order files
 * ({@code origin}, {@code us_tech}, {@code us_content}), issue 24.
 */
class JurisdictionCliTest {
    @TempDir
    Path dir;

    @Test
    void withoutFactsTheAnswerStatesTheAssumption() {
        ChipgateCliTest.Run r = ChipgateCliTest.run("license", "H100", "--to", "DE", "--on", "2026-08-01");
        assertEquals(0, r.code(), r.err());
        assertEquals("Jurisdiction: assumed subject to the EAR (US-origin item) — give the origin (--origin us|foreign) to assess a "
            + "foreign-made item", r.out().lines().skip(1).findFirst().orElseThrow());
    }

    @Test
    void aForeignMadeServerToGermanyIsNotSubjectAndTheJsonSaysWhy() throws IOException {
        // § 734.4(d): 18 % ≤ 25 %; § 734.9(h) 2023 text: Germany is outside its destination scope
        ChipgateCliTest.Run r = ChipgateCliTest.run("license", "nvidia-hgx-h100-8gpu", "--to", "DE", "--on", "2026-08-01", "--origin",
            "foreign", "--us-tech", "yes", "--us-content", "18", "--end-user", "Zeta Quux Omega GmbH", "--format", "json");
        assertEquals(0, r.code(), r.err());
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertFalse(j.get("subjectToEar").asBoolean());
        assertTrue(j.get("subjectToEar").isBoolean());
        assertFalse(j.get("licenseRequired").asBoolean());
        JsonNode jur = j.get("jurisdiction");
        assertEquals("foreign", jur.get("origin").asText());
        assertTrue(jur.get("directProduct").asBoolean());
        assertEquals("18", jur.get("usContentPercent").asText());
        JsonNode h = jur.get("rules").get(0);
        assertEquals("15 CFR 734.9(h)", h.get("paragraph").asText());
        assertEquals("product scope", h.get("prongs").get(0).get("name").asText());
        assertTrue(h.get("prongs").get(0).get("value").asBoolean());
        assertFalse(h.get("prongs").get(1).get("value").asBoolean());
        assertEquals(0, j.get("basis").size());
    }

    @Test
    void unknownTechnologyIsNamedInSettledBy() throws IOException {
        ChipgateCliTest.Run r = ChipgateCliTest.run("license", "H100", "--to", "CN", "--on", "2024-06-01", "--origin", "foreign",
            "--us-content", "0", "--format", "json");
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertTrue(j.get("subjectToEar").isNull());
        assertTrue(j.get("licenseRequired").isNull());
        assertTrue(j.get("settledBy").findValuesAsText("id").contains("us-technology"), j.get("settledBy").toString());
    }

    @Test
    void badFactsAreOneLineErrorsNamingTheOption() {
        ChipgateCliTest.Run bad = ChipgateCliTest.run("license", "H100", "--to", "DE", "--origin", "foreign", "--us-content", "120");
        assertEquals(Chipgate.USAGE, bad.code());
        assertTrue(bad.err().contains("--us-content: invalid value \"120\": expected a percentage from 0 to 100"), bad.err());
        ChipgateCliTest.Run noOrigin = ChipgateCliTest.run("license", "H100", "--to", "DE", "--us-tech", "yes");
        assertEquals(Chipgate.USAGE, noOrigin.code());
        assertTrue(noOrigin.err().contains("--us-tech applies to a foreign-made item: give --origin foreign"), noOrigin.err());
        ChipgateCliTest.Run word = ChipgateCliTest.run("license", "H100", "--to", "DE", "--origin", "taiwan");
        assertEquals(Chipgate.USAGE, word.code());
        assertTrue(word.err().contains("--origin: invalid value \"taiwan\": expected us or foreign"), word.err());
    }

    @Test
    void orderFileColumnsCarryTheFacts() throws IOException {
        Path in = dir.resolve("orders.csv");
        Files.writeString(in, "Order No,Item,Qty,Ship-to Country,End user HQ,Ship date,Country of Origin,US tech,US content %\n"
            + "A1,H100,8,Germany,Germany,2024-06-01,,,\n"
            + "A2,H100,8,China,China,2024-06-01,Taiwan,yes,0\n"
            + "A3,H100,8,Germany,Germany,2024-06-01,TW,no,25%\n"
            + "A4,H100,8,Germany,Germany,2024-06-01,US,,\n"
            + "A5,H100,8,Germany,Germany,2024-06-01,Narnia,maybe,x\n"
            + "A6,H100,8,China,China,2024-06-01,TW,unknown,0\n");
        ChipgateCliTest.Run r = ChipgateCliTest.run("screen", in.toString(), "--on", "2026-11-30", "--skip-invalid");
        List<Map<String, String>> rows = ScreenCommandTest.lines(r.out());
        assertEquals(List.of("", "assumed"), List.of(rows.get(0).get("origin"), rows.get(0).get("subject_to_ear")));
        assertEquals(List.of("foreign", "yes", "0", "yes"), List.of(rows.get(1).get("origin"), rows.get(1).get("us_tech"),
            rows.get(1).get("us_content"), rows.get(1).get("subject_to_ear")));
        assertEquals(List.of("foreign", "no", "25", "no", "no"), List.of(rows.get(2).get("origin"), rows.get(2).get("us_tech"),
            rows.get(2).get("us_content"), rows.get(2).get("subject_to_ear"), rows.get(2).get("license_required")));
        assertEquals(List.of("us", "yes"), List.of(rows.get(3).get("origin"), rows.get(3).get("subject_to_ear")));
        String problems = rows.get(4).get("problems");
        assertTrue(problems.contains("origin 'Narnia' is not us, foreign or a country"), problems);
        assertFalse(rows.get(1).get("decision").equals(rows.get(0).get("decision")), "different origin facts, different decisions");
        assertEquals(List.of("unknown", "RESOLVE_UNKNOWN"), List.of(rows.get(5).get("subject_to_ear"), rows.get(5).get("action")));
        assertTrue(rows.get(5).get("unknown_because").startsWith("whether the item is subject to the EAR"), rows.get(5).get("unknown_because"));
        assertTrue(rows.get(5).get("settled_by").contains("direct product of US-origin technology"), rows.get(5).get("settled_by"));
    }
}
