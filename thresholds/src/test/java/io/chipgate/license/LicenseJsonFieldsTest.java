package io.chipgate.license;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.chipgate.metrics.Interpretation;
import io.chipgate.metrics.Tri;
import io.chipgate.model.Part;
import io.chipgate.parties.PartyScreen;
import io.chipgate.testing.Chips;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The fields of the {@code license --format json} document that {@code docs/cli-json.md} ("## license") documents,
 * each filled from a case whose value is known from the source it cites: the Entity List entry of Moore Threads (88 FR
 * 71992, bundled Consolidated Screening List of 2026-07-31), the SDN entry of Al Wasel and Babel General Trading LLC, a
 * foreign-made H100 reached by § 734.9(h), and the answers' licence exceptions per reading.
 */
class LicenseJsonFieldsTest {
    static final LocalDate AUG_2026 = LocalDate.of(2026, 8, 1);
    static final LocalDate JUN_2024 = LocalDate.of(2024, 6, 1);
    static final ObjectMapper MAPPER = new ObjectMapper();

    static LicenseDetermination assess(Part p, String to, String endUser, LocalDate on, ItemOrigin origin) {
        Shipment s = Shipment.of(p, 1, CountryCode.of(to), on).withHeadquarters(CountryCode.of(to)).withItemOrigin(origin);
        if (endUser != null) {
            s = s.withEndUser(endUser);
        }
        return Licensing.assess(s, Interpretation.defaults(), Chips::find, CountryGroups.builtIn(), Embargoes.builtIn(),
            endUser == null ? null : PartyScreen.builtin());
    }

    static JsonNode json(LicenseDetermination d) throws IOException {
        JsonNode n = MAPPER.readTree(LicenseReports.json(d));
        assertEquals(n, MAPPER.readTree(LicenseReports.jsonLine(d)), "JSON Lines carries the same fields");
        assertFalse(LicenseReports.jsonLine(d).contains("\n"), "one line");
        return n;
    }

    static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    @Test
    void anEntityListHitGivesTheEntrysCitationRequirementPolicyAndCountries() throws IOException {
        // docs/cli-json.md parties[]: the entry of Moore Thread Intelligent Technology (Beijing) Co., Ltd. (alias Moore
        // Threads), CN, 88 FR 71992, "For all items subject to the EAR. (See §§ 734.9(e)(2) and 744.11 of the EAR)4",
        // "Presumption of denial", no entity number
        JsonNode sg = json(assess(Chips.L4, "SG", "Moore Threads", AUG_2026, ItemOrigin.notGiven()));
        JsonNode p = sg.get("parties").get(0);
        assertEquals("END_USER", p.get("role").asText());
        assertEquals("Moore Threads", p.get("name").asText());
        assertEquals("EL", p.get("list").asText());
        assertEquals("Moore Thread Intelligent Technology (Beijing) Co., Ltd.", p.get("listedName").asText());
        assertEquals("Moore Threads", p.get("matchedName").asText());
        assertEquals("PROBABLE", p.get("band").asText());
        assertTrue(p.get("entityNumber").isNull(), "the entry has no number: null, " + p);
        assertEquals("88 FR 71992", p.get("citation").asText());
        assertEquals("For all items subject to the EAR. (See §§ 734.9(e)(2) and 744.11 of the EAR)4", p.get("licenceRequirement").asText());
        assertEquals("Presumption of denial", p.get("reviewPolicy").asText());
        assertEquals(List.of("CN"), texts(p.get("countries")));
        assertFalse(p.get("countryCorroborates").asBoolean(), "Singapore is not among the entry's countries");
        assertTrue(json(assess(Chips.L4, "CN", "Moore Threads", AUG_2026, ItemOrigin.notGiven())).get("parties").get(0)
            .get("countryCorroborates").asBoolean(), "China is");
        // the text report names the entry's notice and its review policy beside the hit
        String text = LicenseReports.text(assess(Chips.L4, "SG", "Moore Threads", AUG_2026, ItemOrigin.notGiven()));
        assertTrue(text.contains("\n  - end user 'Moore Threads': Entity List — Moore Thread Intelligent Technology (Beijing) Co., Ltd. "
            + "(PROBABLE, score "), text);
        assertTrue(text.contains("); 88 FR 71992; review: Presumption of denial\n"), text);
    }

    @Test
    void anOtherListsHitHasNullEntityListFieldsAndItsEntryNumber() throws IOException {
        // the SDN entry (OFAC, outside the EAR) of Al Wasel and Babel General Trading LLC: number 8210, AE and IQ, programme
        // IRAQ2; the Entity List fields are null for other lists (docs/cli-json.md)
        LicenseDetermination d = assess(Chips.L4, "AE", "Al Wasel and Babel General Trading LLC", AUG_2026, ItemOrigin.notGiven());
        JsonNode p = json(d).get("parties").get(0);
        assertEquals("SDN", p.get("list").asText());
        assertEquals("8210", p.get("entityNumber").asText());
        assertTrue(p.get("licenceRequirement").isNull(), p.toString());
        assertTrue(p.get("reviewPolicy").isNull(), p.toString());
        assertTrue(p.get("citation").isNull(), p.toString());
        assertEquals(List.of("AE", "IQ"), texts(p.get("countries")));
        assertTrue(p.get("countryCorroborates").asBoolean(), "the UAE is among the entry's countries");
        assertTrue(d.notices().stream().anyMatch(n -> n.code() == LicenceNotice.Code.OUTSIDE_THE_EAR && n.text().contains("programmes IRAQ2")
            && n.text().contains(", entry 8210)")),
            () -> String.join("\n", d.warnings()));
    }

    @Test
    void eachJurisdictionRuleAndProngHasItsValue() throws IOException {
        // a foreign-made H100 that is a direct product, to China in 2024, 0 % US content: § 734.9(h) (2023 text) reaches it,
        // both prongs met; § 734.4 does not (0 % is at or below every level)
        JsonNode j = json(assess(Chips.H100, "CN", null, JUN_2024, ItemOrigin.foreign(Tri.TRUE, BigDecimal.ZERO))).get("jurisdiction");
        assertTrue(j.get("subjectToEar").asBoolean());
        assertFalse(j.get("assumed").asBoolean());
        JsonNode h = j.get("rules").get(0);
        assertEquals(AdvancedComputingFdpRule.ID, h.get("rule").asText());
        assertTrue(h.get("subjects").isBoolean() && h.get("subjects").asBoolean(), h.toString());
        assertEquals(2, h.get("prongs").size());
        for (JsonNode prong : h.get("prongs")) {
            assertTrue(prong.get("value").isBoolean() && prong.get("value").asBoolean(), prong.toString());
            assertEquals(0, prong.get("settledBy").size(), "a decided prong needs nothing to settle it");
        }
        JsonNode dm = null;
        for (JsonNode r : j.get("rules")) {
            if (r.get("rule").asText().equals(DeMinimisRule.ID)) {
                dm = r;
            }
        }
        assertTrue(dm != null, j.toString());
        assertTrue(dm.get("subjects").isBoolean() && !dm.get("subjects").asBoolean(), dm.toString());
        assertEquals("US-controlled content", dm.get("prongs").get(1).get("name").asText());
        assertFalse(dm.get("prongs").get(1).get("value").asBoolean(), dm.toString());
    }

    @Test
    void eachReadingsLicenceExceptionsSayWhetherAvailable() throws IOException {
        // an L40 (3A090.b) to China in 2024: License Exception NAC (§ 740.8) is offered, under each reading too
        JsonNode n = json(assess(Chips.L40, "CN", null, JUN_2024, ItemOrigin.notGiven()));
        JsonNode top = n.get("licenseExceptions").get(0);
        JsonNode perReading = n.get("readings").get(0).get("licenseExceptions").get(0);
        assertEquals(top.get("code").asText(), perReading.get("code").asText());
        assertTrue(perReading.has("available"), perReading.toString());
        assertEquals(top.get("available"), perReading.get("available"), n.get("readings").toString());
    }
}
