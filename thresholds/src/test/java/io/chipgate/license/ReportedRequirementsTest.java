package io.chipgate.license;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.chipgate.document.DocumentFormatException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The reported requirements as data: the built-in filings, the matching of named products, the reader's errors. */
class ReportedRequirementsTest {
    static ReportedRequirements.Requirement byId(String id) {
        return ReportedRequirements.builtIn().requirements().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    static ReportedRequirements read(String json) {
        return ReportedRequirements.load(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "reported.json");
    }

    @Test
    void theBuiltInFilingsAreDatedAsTheFilingsSay() {
        assertEquals(LocalDate.of(2026, 7, 23), ReportedRequirements.builtIn().asOf());
        assertEquals(4, ReportedRequirements.builtIn().requirements().size());
        ReportedRequirements.Requirement y2022 = byId("nvidia-8k-2022-08-31");
        assertFalse(y2022.inForce(LocalDate.of(2022, 8, 25)));
        assertTrue(y2022.inForce(LocalDate.of(2022, 8, 26)), "effective immediately on 2022-08-26");
        assertTrue(y2022.inForce(LocalDate.of(2022, 10, 6)));
        assertFalse(y2022.inForce(LocalDate.of(2022, 10, 7)), "from 2022-10-07 the 2022 rule covers these items");
        ReportedRequirements.Requirement y2023 = byId("nvidia-8k-2023-10-24");
        assertEquals(List.of("A100", "A800", "H100", "H800", "L40S"), y2023.products());
        assertTrue(y2023.advancedComputingScope() && y2023.headquarters());
        assertTrue(y2023.inForce(LocalDate.of(2023, 11, 16)) && !y2023.inForce(LocalDate.of(2023, 11, 17)));
        assertTrue(byId("nvidia-8k-2025-04-15").inForce(LocalDate.of(2026, 12, 7)), "no end reported");
        assertTrue(y2023.citation().contains("REPORTED"));
    }

    @Test
    void aProductIsNamedByAWordOfThePartsNameOrAnAliasOfTheFilingsVendor() {
        ReportedRequirements.Requirement h20 = byId("nvidia-8k-2025-04-15");
        assertTrue(h20.names("NVIDIA", "H20 96GB", List.of()));
        assertTrue(h20.names("nvidia corporation", "HGX board", List.of("H20")), "an alias, any case");
        assertFalse(h20.names("NVIDIA", "H200 SXM 141GB", List.of("H200")), "H200 is not H20");
        assertFalse(h20.names("AMD", "H20", List.of()), "another vendor's part");
        ReportedRequirements.Requirement mi308 = byId("amd-2025-04-mi308");
        assertTrue(mi308.names("Advanced Micro Devices", "Instinct MI308X", List.of()), "AMD by its full name");
        assertTrue(mi308.names("AMD", "Instinct MI308X", List.of()));
        assertFalse(mi308.names("AMD", "Instinct MI300X", List.of("MI300X")));
    }

    @Test
    void aMalformedFileIsRefusedNamingTheFieldAndWhatIsExpected() {
        String ok = "{\"asOf\":\"2026-07-23\",\"requirements\":[{\"id\":\"x\",\"filing\":\"f\",\"from\":\"2025-01-01\",\"vendor\":\"V\","
            + "\"products\":[\"P1\"],\"destinations\":[\"CN\"],\"text\":\"t\",\"source\":\"s\",\"confirmed\":false}]}";
        ReportedRequirements r = read(ok);
        assertEquals(Optional.empty(), r.requirements().get(0).until());
        assertTrue(r.requirements().get(0).names("V", "P1 board", List.of()));
        assertThrows(DocumentFormatException.class, () -> read(ok.replace("\"products\":[\"P1\"]", "\"products\":[]")),
            "at least one product");
        assertThrows(DocumentFormatException.class, () -> read(ok.replace("\"destinations\":[\"CN\"],", "")),
            "destinations or the advanced-computing scope");
        assertThrows(DocumentFormatException.class, () -> read(ok.replace("\"CN\"", "\"cn\"")), "upper-case ISO codes");
        assertThrows(DocumentFormatException.class, () -> read(ok.replace("\"from\":\"2025-01-01\"",
            "\"from\":\"2025-01-01\",\"until\":\"2024-12-31\"")), "until before from");
        assertThrows(DocumentFormatException.class, () -> read(ok.replace("\"confirmed\":false", "\"confirmed\":false,\"extra\":1")),
            "no unknown field");
        assertThrows(DocumentFormatException.class, () -> read("{\"asOf\":\"2026-07-23\",\"requirements\":{}}"), "an array");
        assertThrows(IllegalArgumentException.class, () -> new ReportedRequirements.Requirement("x", "f", LocalDate.of(2025, 2, 1),
            Optional.of(LocalDate.of(2025, 1, 1)), "V", List.of("P"), false, List.of("CN"), false, false, false, "t", "s", false));
    }

    @Test
    void licenceExceptionsAreTypedKeys() {
        assertEquals(LicenceException.NAC_NO_NOTIFICATION, LicenceException.ofCode("NAC (no notification)"));
        assertFalse(LicenceException.LPP.relievesEnforced());
        assertFalse(LicenceException.AIA.relievesEnforced());
        assertTrue(LicenceException.STA.relievesEnforced() && LicenceException.ACA.relievesEnforced());
        assertEquals("15 CFR 740.29", LicenceException.LPP.section());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> LicenceException.ofCode("XYZ")).getMessage().contains("NAC"));
    }
}
