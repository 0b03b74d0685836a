package io.chipgate.license;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.chipgate.metrics.Tri;
import io.chipgate.model.Part;
import io.chipgate.testing.Chips;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Licence warnings carry stable codes a program acts on (issue 19 § 1: "licence warnings as coded Notices like the regime
 * warnings (nothing matches text by prefix)"); their texts are what {@link LicenseDetermination#warnings()} and the
 * reports print, unchanged.
 */
class LicenceNoticeCodesTest {
    static LicenseDetermination assess(Part p, String to, String hq, LocalDate on) {
        return Ship.assess(p, 8, to, hq, on);
    }

    static Set<LicenceNotice.Code> codes(LicenseDetermination d) {
        return d.notices().stream().map(LicenceNotice::code).collect(Collectors.toSet());
    }

    @Test
    void theTextsAreTheWarningsInTheSameOrder() {
        for (LicenseDetermination d : List.of(assess(Chips.H100, "CN", null, LocalDate.of(2025, 8, 1)),
                assess(Chips.L40, "AE", "AE", LocalDate.of(2024, 6, 1)), assess(Chips.A100, "MO", "MO", LocalDate.of(2023, 1, 20)),
                assess(Chips.H20, "HK", null, LocalDate.of(2025, 6, 1)))) {
            assertEquals(d.warnings(), d.notices().stream().map(LicenceNotice::text).toList());
            assertEquals(LicenceNotice.Code.SCOPE, d.notices().get(0).code(), "what was assessed comes first");
            assertEquals(LicenceNotice.Code.TPP_READING, d.notices().get(1).code());
            assertEquals(Readings.TPP_NOTE, d.notices().get(1).text());
        }
    }

    @Test
    void theHeadquartersNotGivenIsACodeWhereAGroundDependsOnIt() {
        // § 744.23(a)(3): an H100 to Germany is decided by where the end user is headquartered
        LicenseDetermination unknown = assess(Chips.H100, "DE", null, LocalDate.of(2024, 6, 1));
        assertEquals(Tri.UNKNOWN, unknown.licenseRequired());
        assertTrue(codes(unknown).contains(LicenceNotice.Code.HEADQUARTERS_NOT_GIVEN), unknown.warnings()::toString);
        assertFalse(codes(assess(Chips.H100, "DE", "DE", LocalDate.of(2024, 6, 1))).contains(LicenceNotice.Code.HEADQUARTERS_NOT_GIVEN));
        // the destination decides alone (China is in D:5): the headquarters is not asked for
        assertFalse(codes(assess(Chips.H100, "CN", null, LocalDate.of(2024, 6, 1))).contains(LicenceNotice.Code.HEADQUARTERS_NOT_GIVEN));
    }

    @Test
    void eachSituationHasItsCode() {
        // 15 CFR 734.13-734.16: within the United States is not an export
        assertTrue(codes(assess(Chips.H100, "US", "US", LocalDate.of(2024, 6, 1))).contains(LicenceNotice.Code.NOT_AN_EXPORT));
        // ECCN 3A090 first in force 2022-10-07 (87 FR 62186)
        assertTrue(codes(assess(Chips.H100, "CN", "CN", LocalDate.of(2022, 10, 6))).contains(LicenceNotice.Code.NO_ECCN_3A090));
        assertFalse(codes(assess(Chips.H100, "CN", "CN", LocalDate.of(2022, 10, 7))).contains(LicenceNotice.Code.NO_ECCN_3A090));
        // Hong Kong is assessed as China (its own membership notice)
        assertTrue(codes(assess(Chips.H100, "HK", "HK", LocalDate.of(2024, 6, 1))).contains(LicenceNotice.Code.COUNTRY_MEMBERSHIP));
        // part 746 (Iran, § 746.7) requires a licence: every licence exception is barred
        assertTrue(codes(assess(Chips.L40, "IR", "IR", LocalDate.of(2024, 6, 1))).contains(LicenceNotice.Code.EXCEPTIONS_BARRED));
        // 3a090-2022's warnings are prefixed by the regime id, coded REGIME_WARNING
        LicenseDetermination y2022 = assess(Chips.A100, "CN", "CN", LocalDate.of(2022, 12, 1));
        assertTrue(y2022.notices().stream().filter(n -> n.code() == LicenceNotice.Code.REGIME_WARNING)
            .allMatch(n -> n.text().startsWith("3a090-2022: ")));
        assertTrue(codes(y2022).contains(LicenceNotice.Code.NO_EXCEPTIONS_2022));
    }

    @Test
    void theJsonCarriesTheCodesBesideTheTexts() throws Exception {
        LicenseDetermination d = assess(Chips.H100, "DE", null, LocalDate.of(2024, 6, 1));
        JsonNode j = new ObjectMapper().readTree(LicenseReports.json(d));
        assertEquals(j.get("warnings").size(), j.get("warningCodes").size());
        assertEquals("SCOPE", j.get("warningCodes").get(0).asText());
        for (int i = 0; i < d.notices().size(); i++) {
            assertEquals(d.notices().get(i).code().name(), j.get("warningCodes").get(i).asText());
            assertEquals(d.warnings().get(i), j.get("warnings").get(i).asText());
        }
    }

    @Test
    void noticesAreValues() {
        LicenceNotice a = LicenceNotice.of(LicenceNotice.Code.SCOPE, "x");
        assertEquals(a, LicenceNotice.of(LicenceNotice.Code.SCOPE, "x"));
        assertEquals(a.hashCode(), LicenceNotice.of(LicenceNotice.Code.SCOPE, "x").hashCode());
        assertNotEquals(a, LicenceNotice.of(LicenceNotice.Code.TPP_READING, "x"));
        assertNotEquals(a, LicenceNotice.of(LicenceNotice.Code.SCOPE, "y"));
        assertEquals("x", a.toString());
    }
}
