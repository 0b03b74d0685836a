package io.chipgate.license;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.chipgate.metrics.Interpretation;
import io.chipgate.metrics.Tri;
import io.chipgate.model.Die;
import io.chipgate.model.DieRole;
import io.chipgate.model.Part;
import io.chipgate.testing.Chips;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The text and JSON reports of the jurisdiction step and the answers: each rule with its label and prongs, the
 * fabrication context, what settles an open jurisdiction, the facts in JSON (null for unknown), each answer's bases and
 * exceptions, and the readings listed under "where".
 */
class LicenseReportsJurisdictionTest {
    static final LocalDate JUN_2024 = LocalDate.of(2024, 6, 1);
    static final ObjectMapper MAPPER = new ObjectMapper();

    static LicenseDetermination assess(Part p, String to, String hq, LocalDate on, ItemOrigin origin) {
        Shipment s = Ship.of(p, 1, to, hq, on).withItemOrigin(origin);
        return Licensing.assess(s, Interpretation.defaults(), Chips::find, CountryGroups.builtIn(), Embargoes.builtIn(), null);
    }

    static JsonNode json(LicenseDetermination d) throws IOException {
        return MAPPER.readTree(LicenseReports.json(d));
    }

    static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.isTextual() ? n.asText() : n.get("id").asText()));
        return out;
    }

    @Test
    void eachRuleIsListedWithItsLabelAndProngs() {
        // a direct product H100 to China (D:5), 2024: § 734.9(h) reaches it
        String text = LicenseReports.text(assess(Chips.H100, "CN", "CN", JUN_2024, ItemOrigin.foreign(Tri.TRUE, new BigDecimal("0"))));
        assertTrue(text.contains("\n  - 15 CFR 734.9(h) Advanced computing FDP rule: reaches the item [2023 text (88 FR 73458), in force from "
            + "2023-11-17]\n      product scope: yes — specified in ECCN 3A090 or 4A090 (or a .z ECCN): yes ("), text);
        // not a direct product: no § 734.9 rule reaches it
        String not = LicenseReports.text(assess(Chips.H100, "DE", "DE", JUN_2024, ItemOrigin.foreign(Tri.FALSE, new BigDecimal("10"))));
        assertTrue(not.contains("\n  - 15 CFR 734.9(h) Advanced computing FDP rule: does not reach it ["), not);
        assertTrue(not.contains("\n  - 15 CFR 734.4 de minimis rule: does not reach it ["), not);
        // unknown facts: the rule's answer is UNKNOWN and the open jurisdiction names what settles it
        String open = LicenseReports.text(assess(Chips.H100, "CN", "CN", JUN_2024, ItemOrigin.foreign(Tri.UNKNOWN, null)));
        assertTrue(open.contains("\n  - 15 CFR 734.9(h) Advanced computing FDP rule: UNKNOWN ["), open);
        assertTrue(open.contains("\n  settled by: us-technology"), open);
        assertFalse(not.contains("  settled by: "), not);
        // an assumed US-origin item has no rules listed
        String us = LicenseReports.text(assess(Chips.H100, "CN", "CN", JUN_2024, ItemOrigin.notGiven()));
        assertFalse(us.contains("Advanced computing FDP rule"), us);
    }

    @Test
    void theCatalogsFabricationIsShownAsContextOnly() {
        Part withFab = Part.builder().from(Chips.H100).addDies(Die.builder().role(DieRole.IO).process("TSMC N6").build()).build();
        String text = LicenseReports.text(assess(withFab, "DE", "DE", JUN_2024, ItemOrigin.foreign(Tri.FALSE, BigDecimal.ZERO)));
        assertTrue(text.contains("\n  catalog, fabricated on (context, not a fact of origin): io die: TSMC N6 (source none)\n"), text);
        String none = LicenseReports.text(assess(Chips.H100, "DE", "DE", JUN_2024, ItemOrigin.foreign(Tri.FALSE, BigDecimal.ZERO)));
        assertFalse(none.contains("fabricated on"), none);
    }

    @Test
    void theLicenceLineSaysWhyItIsOpen() {
        String hq = LicenseReports.text(assess(Chips.H100, "DE", null, JUN_2024, ItemOrigin.notGiven()));
        assertTrue(hq.contains("\nLicence required: UNKNOWN (a fact is missing: see what settles it below)\n"), hq);
        String home = LicenseReports.text(assess(Chips.H100, "US", "US", JUN_2024, ItemOrigin.notGiven()));
        assertTrue(home.lines().anyMatch(l -> l.startsWith("Licence required: ") && l.contains(" — not an export: ")), home);
    }

    @Test
    void theJurisdictionJsonGivesTheFactsRulesAndQuestions() throws IOException {
        JsonNode j = json(assess(Chips.H100, "CN", "CN", JUN_2024, ItemOrigin.foreign(Tri.UNKNOWN, null))).get("jurisdiction");
        assertTrue(j.get("subjectToEar").isNull());
        assertEquals("foreign", j.get("origin").asText());
        assertTrue(j.get("directProduct").isNull(), "UNKNOWN is null");
        assertTrue(j.get("usContentPercent").isNull());
        JsonNode h = j.get("rules").get(0);
        assertEquals(AdvancedComputingFdpRule.ID, h.get("rule").asText());
        assertEquals("15 CFR 734.9(h)", h.get("paragraph").asText());
        assertEquals(List.of("us-technology"), texts(h.get("prongs").get(0).get("settledBy")));
        assertTrue(texts(j.get("settledBy")).contains("us-technology"), j.get("settledBy").toString());
        assertEquals("15 CFR 734.3(a)(3), (a)(4)", j.get("citations").get(0).asText());
        assertEquals(0, j.get("fabrication").size());
        JsonNode known = json(assess(Chips.H100, "DE", "DE", JUN_2024, ItemOrigin.foreign(Tri.TRUE, new BigDecimal("18.50")))).get("jurisdiction");
        assertTrue(known.get("directProduct").asBoolean());
        assertEquals("18.5", known.get("usContentPercent").asText());
        JsonNode us = json(assess(Chips.H100, "DE", "DE", JUN_2024, ItemOrigin.us())).get("jurisdiction");
        assertEquals("us", us.get("origin").asText());
        assertTrue(us.get("directProduct").isNull());
        assertTrue(us.get("subjectToEar").asBoolean());
        assertEquals(0, us.get("rules").size());
        JsonNode top = json(assess(Chips.H100, "DE", null, JUN_2024, ItemOrigin.notGiven()));
        assertTrue(top.get("subjectToEar").asBoolean());
        assertEquals("headquarters", top.get("settledBy").get(0).get("id").asText());
    }

    @Test
    void eachAnswersJsonListsItsBasesExceptionsAndReadings() throws IOException {
        // an H100 to China in 2024: § 742.6(a)(6)(iii) and the other grounds assessed are listed, also per reading
        JsonNode enforced = json(assess(Chips.H100, "CN", "CN", JUN_2024, ItemOrigin.notGiven())).get("asEnforced");
        assertTrue(enforced.get("basis").size() > 0, enforced.toString());
        JsonNode r = enforced.get("readings").get(0);
        assertTrue(r.get("basis").size() > 0, r.toString());
        assertTrue(r.get("basis").get(0).isTextual());
        // a 3A090.b part (L40) to China in 2024: the licence exceptions of § 740.8 are assessed and listed
        JsonNode l = json(assess(Chips.L40, "CN", "CN", JUN_2024, ItemOrigin.notGiven())).get("asEnforced");
        assertTrue(l.get("licenseExceptions").size() > 0, l.toString());
        assertTrue(l.get("readings").get(0).get("licenseExceptions").size() > 0, l.toString());
    }

    @Test
    void theReadingsAreListedUnderWhere() {
        // 2,000 GB/s of DRAM on an NVIDIA part to China in 2025: the two readings of the letters' criteria disagree
        Part mid = Part.builder().from(Chips.hypothetical(new BigDecimal("1000"), new BigDecimal("500"), true, new BigDecimal("400"),
            new BigDecimal("2000"))).vendor("NVIDIA").build();
        String text = LicenseReports.text(assess(mid, "CN", "CN", LocalDate.of(2025, 6, 1), ItemOrigin.notGiven()));
        int where = text.indexOf("\n  where:\n");
        assertTrue(where > 0, text);
        String after = text.substring(where);
        assertTrue(after.contains("\n    informed-criteria=ft-reported: DRAM bandwidth ≥ 1,400 GB/s"), after);
        assertTrue(after.contains("\n    informed-criteria=h20-figures: "), after);
    }
}
