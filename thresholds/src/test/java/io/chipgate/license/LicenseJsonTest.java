package io.chipgate.license;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.chipgate.testing.Chips;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class LicenseJsonTest {
    static final LocalDate MID_2024 = LocalDate.of(2024, 6, 1);

    @Test
    void theJsonHasThePublicFields() throws Exception {
        ObjectNode n = LicenseReports.tree(Ship.assess(Chips.RTX_4090, 8, "CN", null, MID_2024));
        for (String f : List.of("part", "destination", "headquarters", "date", "licenseRequired", "basis", "licenseExceptions",
            "reviewPolicy", "citations", "warnings", "disclaimer")) {
            assertTrue(n.has(f), f);
        }
        assertEquals("rtx-4090", n.get("part").asText());
        assertEquals("CN", n.get("destination").asText());
        assertTrue(n.get("headquarters").isNull());
        assertEquals("2024-06-01", n.get("date").asText());
        assertTrue(n.get("licenseRequired").isBoolean() && n.get("licenseRequired").asBoolean());
        assertEquals("15 CFR 742.6(a)(6)(iii)", n.get("basis").get(0).get("paragraph").asText());
        assertEquals("NAC", n.get("licenseExceptions").get(0).get("code").asText());
        assertEquals(3, n.get("licenseExceptions").get(0).get("notification").size());
        assertEquals("PRESUMPTION_OF_DENIAL", n.get("reviewPolicy").get("policy").asText());
        assertEquals("42278.4", n.get("aggregateTpp").asText());
        assertTrue(n.get("disclaimer").asText().startsWith("Not legal advice"));
        ObjectMapper mapper = new ObjectMapper();
        String written = mapper.writeValueAsString(n);
        JsonNode back = mapper.readTree(written);
        assertEquals(written, mapper.writeValueAsString(back), "the JSON round-trips");
    }

    @Test
    void unknownIsNullAndNotRequiredIsFalse() {
        ObjectNode unknown = LicenseReports.tree(Ship.assess(Chips.H100, 1, "DE", null, MID_2024));
        assertTrue(unknown.get("licenseRequired").isNull());
        assertTrue(unknown.get("basis").get(0).get("applies").isNull());
        ObjectNode free = LicenseReports.tree(Ship.assess(Chips.H100, 1, "DE", "DE", MID_2024));
        assertTrue(free.get("licenseRequired").isBoolean() && !free.get("licenseRequired").asBoolean());
        assertEquals("NONE", free.get("reviewPolicy").get("policy").asText());
        assertEquals(0, free.get("basis").size());
        assertEquals("DE", free.get("headquarters").asText());
    }

    @Test
    void reportedBasesAreFlagged() {
        ObjectNode n = LicenseReports.tree(Ship.assess(Chips.H20, 1, "CN", null, LocalDate.of(2025, 6, 1)));
        assertTrue(n.get("reported").asBoolean());
        assertEquals("REPORTED", n.get("basis").get(0).get("status").asText());
    }

    @Test
    void theTextLeadsWithTheAnswer() {
        String text = LicenseReports.text(Ship.assess(Chips.H100, 8, "DE", "CN", MID_2024));
        assertTrue(text.contains("Licence required: YES"), text);
        assertTrue(text.contains("15 CFR 744.23(a)(3)"));
        assertTrue(text.contains("Review policy: presumption of denial"));
        assertTrue(text.trim().endsWith("published figures."));
        String unknown = LicenseReports.text(Ship.assess(Chips.H100, 8, "DE", null, MID_2024));
        assertTrue(unknown.contains("Licence required: UNKNOWN"));
    }
}
