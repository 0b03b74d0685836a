package io.chipgate.license;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.chipgate.metrics.Tri;
import io.chipgate.testing.Chips;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The notices a determination carries about its own data (the codes of {@link LicenceNotice.Code} under "the data on
 * the date" and "the classification"): what the country code cannot show (the covered regions of Ukraine, 15 CFR
 * 746.6), a date after the newest part 746 text in the data, Macau as a headquarters (never in D:5, always named beside
 * it by the advanced-computing rules), and a date before ECCN 3A090 existed.
 */
class DataNoticesTest {
    static final LocalDate MID_2024 = LocalDate.of(2024, 6, 1);

    static List<LicenceNotice> notices(LicenseDetermination d, LicenceNotice.Code code) {
        return d.notices().stream().filter(n -> n.code() == code).toList();
    }

    @Test
    void aShipmentToUkraineNamesTheRegionsItsCountryCodeCannotShow() {
        // 15 CFR 746.6: Crimea and the so-called Donetsk and Luhansk People's Republics (87 FR 12226) need a licence for all
        // items subject to the EAR; a country code cannot say whether the consignee is there (embargoes.json, regionsNotAssessed)
        List<LicenceNotice> ua = notices(Ship.assess(Chips.L4, 1, "UA", "UA", MID_2024), LicenceNotice.Code.EMBARGO_REGION);
        assertEquals(1, ua.size(), ua.toString());
        assertTrue(ua.get(0).text().startsWith("15 CFR 746.6: the Crimea region of Ukraine"), ua.get(0).text());
        assertTrue(notices(Ship.assess(Chips.L4, 1, "PL", "PL", MID_2024), LicenceNotice.Code.EMBARGO_REGION).isEmpty(),
            "Poland has no region the data leaves unassessed");
    }

    @Test
    void aDateAfterTheNewestPart746TextSaysLaterChangesAreUnknown() {
        // unknown is not "no": the part 746 data is read as of its asOf date (2026-07-23); a later date is flagged, that day is not
        LocalDate asOf = Embargoes.builtIn().asOf();
        assertEquals(LocalDate.of(2026, 7, 23), asOf);
        assertTrue(notices(Ship.assess(Chips.L4, 1, "SG", "SG", asOf), LicenceNotice.Code.EMBARGO_DATA_DATE).isEmpty());
        List<LicenceNotice> after = notices(Ship.assess(Chips.L4, 1, "SG", "SG", asOf.plusDays(1)), LicenceNotice.Code.EMBARGO_DATA_DATE);
        assertEquals(1, after.size(), after.toString());
        assertTrue(after.get(0).text().contains("2026-07-24") && after.get(0).text().contains("(2026-07-23)"), after.get(0).text());
    }

    @Test
    void aHeadquartersInMacauIsExplainedOnce() {
        // § 742.6(b)(10) and § 744.23(a)(3) write "Macau or a destination specified in Country Group D:5": Macau is not in
        // D:5 (eCFR notes), so the answer says how it is read, for the headquarters as for the destination, and once only
        String note = "Macau is not in Country Group D:5";
        List<LicenceNotice> hq = notices(Ship.assess(Chips.H100, 1, "DE", "MO", MID_2024), LicenceNotice.Code.COUNTRY_MEMBERSHIP);
        assertEquals(1, hq.stream().filter(n -> n.text().startsWith(note)).count(), hq.toString());
        List<LicenceNotice> both = notices(Ship.assess(Chips.H100, 1, "MO", "MO", MID_2024), LicenceNotice.Code.COUNTRY_MEMBERSHIP);
        assertEquals(1, both.stream().filter(n -> n.text().startsWith(note)).count(), "the same country is explained once: " + both);
        assertTrue(notices(Ship.assess(Chips.H100, 1, "DE", "DE", MID_2024), LicenceNotice.Code.COUNTRY_MEMBERSHIP).isEmpty());
    }

    @Test
    void beforeEccn3a090TheEmbargoReasonSaysNoRegimeWasInForce() {
        // 15 CFR 746.4: North Korea needs a licence for all items subject to the EAR since 2007-01-26; on 2022-06-01 ECCN 3A090
        // did not exist (first in force 2022-10-07), so the embargo is the only ground and its reason says so
        LicenseDetermination d = Ship.assess(Chips.H100, 1, "KP", "KP", LocalDate.of(2022, 6, 1));
        assertEquals(Tri.TRUE, d.licenseRequired());
        assertEquals(1, notices(d, LicenceNotice.Code.NO_ECCN_3A090).size());
        Basis embargo = d.basis().stream().filter(b -> b.ground() == Ground.EMBARGO).findFirst().orElseThrow();
        assertEquals(Tri.TRUE, embargo.applies());
        assertTrue(embargo.reason().endsWith("15 CFR 746.4 (North Korea) (all items subject to the EAR); no 3A090 regime in force"),
            embargo.reason());
        assertFalse(d.basis().stream().anyMatch(b -> b.ground() == Ground.DESTINATION), "no advanced-computing ground before 3A090");
    }
}
