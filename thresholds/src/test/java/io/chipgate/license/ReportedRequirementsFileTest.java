package io.chipgate.license;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.chipgate.document.DocumentFormatException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The reported-requirements file format: its optional flags as written, and no unknown field at the top. */
class ReportedRequirementsFileTest {
    static final String ONE = "{\"asOf\":\"2026-07-23\",\"requirements\":[{\"id\":\"x\",\"filing\":\"f\",\"from\":\"2025-01-01\","
        + "\"vendor\":\"V\",\"products\":[\"P1\"],\"destinations\":[\"CN\"],\"text\":\"t\",\"source\":\"s\",\"confirmed\":true}]}";

    static ReportedRequirements read(String json) {
        return ReportedRequirements.load(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "reported.json");
    }

    @Test
    void theOptionalFlagsAreFalseWhenAbsentAndAsWrittenWhenGiven() {
        ReportedRequirements.Requirement plain = read(ONE).requirements().get(0);
        assertFalse(plain.systemsIncorporating() || plain.d5() || plain.headquarters() || plain.advancedComputingScope());
        assertTrue(plain.confirmed());
        ReportedRequirements.Requirement flagged = read(ONE.replace("\"confirmed\":true", "\"confirmed\":false,\"systemsIncorporating\":true,"
            + "\"d5\":true,\"headquarters\":true")).requirements().get(0);
        assertTrue(flagged.systemsIncorporating() && flagged.d5() && flagged.headquarters());
        assertFalse(flagged.confirmed());
        ReportedRequirements.Requirement off = read(ONE.replace("\"confirmed\":true", "\"confirmed\":true,\"d5\":false,\"headquarters\":false"))
            .requirements().get(0);
        assertFalse(off.d5() || off.headquarters());
    }

    @Test
    void anUnknownFieldAtTheTopIsRefusedByName() {
        DocumentFormatException e = assertThrows(DocumentFormatException.class,
            () -> read(ONE.replace("{\"asOf\"", "{\"asof2\":1,\"asOf\"")));
        assertTrue(e.getMessage().contains("asof2"), e.getMessage());
        assertTrue(e.getMessage().contains("reported.json"), e.getMessage());
        read(ONE.replace("{\"asOf\"", "{\"$comment\":\"a note\",\"asOf\""));
    }
}
