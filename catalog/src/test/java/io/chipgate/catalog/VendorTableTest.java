package io.chipgate.catalog;

import io.chipgate.document.DocumentFormatException;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The built-in vendor tables: row counts as the snapshots state them, and rows checked by hand against the
 * snapshot files (compliance_hub data/fallback/*.json at 7625951b).
 */
class VendorTableTest {
    static final VendorTable NV = VendorTable.nvidia();
    static final VendorTable AMD = VendorTable.amd();

    @Test
    void rowCountsAreThoseOfTheCaptures() {
        // NVIDIA: "syncScope": "nvidia_export_classification+1352_parts"; 29 part numbers are listed twice
        assertEquals(1352, NV.rowCount());
        assertEquals(1323, NV.rows().size());
        // AMD: "syncScope": "amd_export_classification+8554_parts"; every OPN once
        assertEquals(8554, AMD.rowCount());
        assertEquals(8554, AMD.rows().size());
    }

    @Test
    void datesAndSourcesAreTheVendorsPages() {
        assertEquals(LocalDate.of(2026, 7, 31), NV.captured());
        assertEquals(Optional.empty(), NV.asOf());
        assertEquals(LocalDate.of(2026, 7, 31), NV.effectiveDate());
        assertEquals("https://www.nvidia.com/en-us/about-nvidia/company-policies/export-regulations/", NV.url());
        assertEquals(LocalDate.of(2026, 6, 30), AMD.effectiveDate());
        assertEquals("https://www.amd.com/content/dam/amd/en/documents/legal/product-master.pdf", AMD.url());
        assertTrue(NV.citation().contains("strangeromo-cloud/compliance_hub"), NV.citation());
        assertEquals(io.chipgate.model.Grade.VENDOR, AMD.source("amd-pm").grade());
    }

    @Test
    void nvidiaRowsCheckedByHand() {
        VendorRow h100 = NV.row("900-21010-0000-000").orElseThrow();
        assertEquals("NVIDIA H100 PCIE GENERIC NVAIE, P1010 SK", h100.description().get());
        assertEquals("4A090.a", h100.eccn());
        assertEquals(List.of("8473.30"), h100.htsCodes());
        assertEquals(new BigDecimal("12224"), h100.tppPerGpu().get());
        assertEquals(Optional.empty(), h100.meets3A090a1());

        VendorRow l40g = NV.row("900-2G133-0050-000").orElseThrow();
        assertEquals("4A090.b", l40g.eccn());
        assertEquals(Optional.empty(), l40g.tppPerGpu(), "the vendor gives no TPP for the L40G");

        // listed twice in the snapshot, with two HTS codes: one part number here
        VendorRow twice = NV.row("935-24287-0140-000").orElseThrow();
        assertEquals(List.of("8471.80", "9903.79"), twice.htsCodes());
        assertEquals(new BigDecimal("15840"), twice.tppPerGpu().get());
        assertTrue(twice.isGeneric());

        VendorRow tester = NV.row("920-23627-0020-000").orElseThrow();
        assertEquals("3A992.a", tester.eccn());
        assertEquals("PRODUCTION", tester.lifecycleState().get());
    }

    @Test
    void amdRowsCheckedByHand() {
        VendorRow mi100 = AMD.row("100-506116").orElseThrow();
        assertEquals("4A090.b", mi100.eccn());
        assertEquals(List.of("8473301180"), mi100.htsCodes());
        assertEquals(Optional.of(false), mi100.meets3A090a1());
        assertEquals(Optional.empty(), mi100.description());

        VendorRow chip = AMD.row("100-000001798").orElseThrow();
        assertEquals("3A090.a.1", chip.eccn());
        assertEquals(Optional.of(true), chip.meets3A090a1());
        assertEquals(List.of("8542310045"), chip.htsCodes());
    }

    @Test
    void lookupIgnoresCaseAndHyphensOnlyWhenUnambiguous() {
        assertEquals("900-2G133-0050-000", NV.row("900-2g133-0050-000").get().partNumber());
        assertEquals("900-21010-0000-000", NV.row("900210100000000").get().partNumber());
        assertEquals("900-21010-0000-000", NV.row(" 900-21010-0000-000 ").get().partNumber());
        // two AMD OPNs differ only by a hyphen: each by its exact number, neither without hyphens
        assertEquals("DSC2A-2Q200-32S32F64P-S4C", AMD.row("DSC2A-2Q200-32S32F64P-S4C").get().partNumber());
        assertEquals("DSC2A-2Q200-32S32F64P-S4-C", AMD.row("DSC2A-2Q200-32S32F64P-S4-C").get().partNumber());
        assertFalse(AMD.row("DSC2A2Q20032S32F64PS4C").isPresent());
        assertFalse(NV.row("900-21010-0000-009").isPresent());
    }

    @Test
    void everyRowIsFoundByItsNumber() {
        int n = 0;
        for (VendorTable t : VendorTable.builtinTables()) {
            for (VendorRow r : t.rows()) {
                assertEquals(r, t.row(r.partNumber()).orElse(null), r.partNumber());
                n++;
            }
        }
        // NVIDIA's 1,323 part numbers and AMD's 8,554 OPNs (README, "What the vendors declare")
        assertEquals(1323 + 8554, n);
    }

    static final String HEAD = "{\"vendor\": \"V\", \"source\": {\"title\": \"T\", \"url\": \"https://v.example/t\", "
        + "\"captured\": \"2026-07-31\", \"asOf\": null, \"readFrom\": \"x\", \"retrieved\": \"2026-11-30\", \"grade\": \"VENDOR\"},";

    @Test
    void aTableWithoutItsSourceIsRejected() {
        DocumentFormatException e = assertThrows(DocumentFormatException.class, () -> VendorTable.read(
            "{\"vendor\": \"V\", \"rowCount\": 0, \"columns\": [\"partNumber\", \"eccn\", \"htsUs\"], \"rows\": []}", "t.json"));
        assertTrue(e.getMessage().startsWith("t.json: $.source: no value: expected an object citing the vendor's page"), e.getMessage());
        e = assertThrows(DocumentFormatException.class, () -> VendorTable.read(HEAD.replace("\"VENDOR\"", "\"ESTIMATE\"")
            + " \"rowCount\": 0, \"columns\": [\"partNumber\", \"eccn\", \"htsUs\"], \"rows\": []}", "t.json"));
        assertTrue(e.getMessage().startsWith("t.json: $.source.grade: invalid value \"ESTIMATE\": expected \"VENDOR\""), e.getMessage());
        e = assertThrows(DocumentFormatException.class, () -> VendorTable.read(HEAD.replace("\"2026-07-31\"", "\"31/07/2026\"")
            + " \"rowCount\": 0, \"columns\": [\"partNumber\", \"eccn\", \"htsUs\"], \"rows\": []}", "t.json"));
        assertTrue(e.getMessage().startsWith("t.json: $.source.captured: invalid value \"31/07/2026\": expected an ISO date"), e.getMessage());
    }

    @Test
    void badTablesAreOneClearError() {
        DocumentFormatException e = assertThrows(DocumentFormatException.class, () -> VendorTable.read(HEAD
            + " \"rowCount\": 2, \"columns\": [\"partNumber\", \"eccn\", \"htsUs\"], \"rows\": [[\"A\", \"EAR99\", \"1\"]]}", "t.json"));
        assertEquals("t.json: $.rowCount: invalid value 2: expected the number of rows (1); correct the document and read it again", e.getMessage());
        e = assertThrows(DocumentFormatException.class, () -> VendorTable.read(HEAD
            + " \"rowCount\": 1, \"columns\": [\"partNumber\", \"eccn\", \"htsUs\", \"tppPerGpu\"], \"rows\": [[\"A\", \"EAR99\", \"1\", \"12224\"]]}", "t.json"));
        assertEquals("t.json: $.rows[0][3]: invalid value \"12224\": expected a positive number or null (tppPerGpu); correct the document and read it again", e.getMessage());
        e = assertThrows(DocumentFormatException.class, () -> VendorTable.read(HEAD
            + " \"rowCount\": 1, \"columns\": [\"partNumber\", \"htsUs\"], \"rows\": [[\"A\", \"1\"]]}", "t.json"));
        assertEquals("t.json: $.columns: invalid value an array: expected a column \"eccn\" among [partNumber, htsUs]; correct the document and read it again", e.getMessage());
        e = assertThrows(DocumentFormatException.class, () -> VendorTable.read(HEAD
            + " \"rowCount\": 2, \"columns\": [\"partNumber\", \"eccn\", \"htsUs\"], \"rows\": [[\"A\", \"EAR99\", \"1\"], [\"A\", \"4A090.a\", \"2\"]]}", "t.json"));
        assertTrue(e.getMessage().startsWith("t.json: $.rows[1]: invalid value \"A\": expected a part number listed once"), e.getMessage());
    }
}
