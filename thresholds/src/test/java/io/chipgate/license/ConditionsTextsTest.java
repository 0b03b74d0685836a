package io.chipgate.license;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.chipgate.metrics.Interpretation;
import io.chipgate.parties.PartyScreen;
import io.chipgate.testing.Chips;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The words of review policies, licence exceptions and the scope notice say what the rule they cite says for the case
 * at hand: a reader of the text report must find the presumption and its condition in {@code conditions}, not only in
 * the policy's code.
 */
class ConditionsTextsTest {
    static final LocalDate JUN_2024 = LocalDate.of(2024, 6, 1);
    static final LocalDate JAN_2024 = LocalDate.of(2024, 1, 15);
    static final LocalDate AUG_2025 = LocalDate.of(2025, 8, 1);

    static Basis ground(LicenseDetermination d, Ground g) {
        return d.grounds().stream().filter(b -> b.ground() == g).findFirst()
            .orElseThrow(() -> new AssertionError(g + " not evaluated:\n" + LicenseReports.text(d)));
    }

    static Basis writtenGround(LicenseDetermination d, Ground g) {
        return d.asWritten().grounds().stream().filter(b -> b.ground() == g).findFirst()
            .orElseThrow(() -> new AssertionError(g + " not evaluated as written:\n" + LicenseReports.text(d)));
    }

    static LicenseOption option(LicenseAnswer a, String code, LicenseDetermination d) {
        return a.licenseExceptions().stream().filter(o -> o.code().equals(code)).findFirst()
            .orElseThrow(() -> new AssertionError(code + " not offered:\n" + LicenseReports.text(d)));
    }

    /**
     * § 742.6(b)(10)(ii) (2024 text): to or within destinations not in D:5 (except Macau), "a presumption of approval
     * basis, unless … to an entity headquartered in, whose ultimate parent company is headquartered in, either Macau or
     * a destination specified in Country Group D:5, in which case … presumption of denial". Vietnam is in D:1, not D:5.
     */
    @Test
    void theDestinationPolicyOutsideD5NamesTheHeadquartersItTurnsOn() {
        ReviewPolicy cn = ground(Ship.assess(Chips.H100, 1, "VN", "CN", JUN_2024), Ground.DESTINATION).reviewPolicy();
        assertEquals(ReviewPolicy.Kind.PRESUMPTION_OF_DENIAL, cn.kind());
        assertTrue(cn.conditions().contains("headquartered in (or whose ultimate parent is headquartered in) Macau or D:5: presumption of denial"),
            cn.conditions());
        assertTrue(cn.conditions().startsWith("to or within destinations not specified in Country Group D:5 (except Macau)"), cn.conditions());

        ReviewPolicy vn = ground(Ship.assess(Chips.H100, 1, "VN", "VN", JUN_2024), Ground.DESTINATION).reviewPolicy();
        assertEquals(ReviewPolicy.Kind.PRESUMPTION_OF_APPROVAL, vn.kind());
        assertTrue(vn.conditions().contains("not headquartered in Macau or D:5: presumption of approval"), vn.conditions());

        ReviewPolicy unknown = ground(Ship.assess(Chips.H100, 1, "VN", null, JUN_2024), Ground.DESTINATION).reviewPolicy();
        assertEquals(ReviewPolicy.Kind.UNKNOWN, unknown.kind());
        assertTrue(unknown.conditions().contains("presumption of approval, or of denial if the entity (or its ultimate parent) is "
            + "headquartered in Macau or D:5 — headquarters unknown"), unknown.conditions());
    }

    /**
     * § 742.6(b)(10)(iii)(A)(2) as written by 90 FR 4544: supplement 5(a) destinations (Germany) get a presumption of
     * approval and no country allocation; with the headquarters unknown, denial remains possible under (A)(1).
     */
    @Test
    void theWrittenDiffusionPolicyForSupplement5aSaysApprovalAndNoAllocation() {
        ReviewPolicy de = writtenGround(Ship.assess(Chips.H100, 1, "DE", "DE", AUG_2025), Ground.AI_DIFFUSION_WORLDWIDE).reviewPolicy();
        assertTrue(de.conditions().startsWith("Germany (DE) is in paragraph (a) of supplement no. 5 to part 740"), de.conditions());
        assertTrue(de.conditions().contains("presumption of approval; the country allocations do not apply"), de.conditions());

        ReviewPolicy unknown = writtenGround(Ship.assess(Chips.H100, 1, "DE", null, AUG_2025), Ground.AI_DIFFUSION_WORLDWIDE).reviewPolicy();
        assertEquals(ReviewPolicy.Kind.UNKNOWN, unknown.kind());
        assertTrue(unknown.conditions().startsWith("Germany (DE) is in supplement 5(a): presumption of approval, or of denial for an "
            + "entity headquartered in Macau or D:5"), unknown.conditions());
        assertTrue(unknown.conditions().endsWith("headquarters unknown"), unknown.conditions());
    }

    /**
     * Before 2024-04-04 NAC had two paths (the 2023 text; CBP CSMS #61882672 [S]): with the 25-day prior notification to
     * Macau, D:5 or a D:5-headquartered entity, and "no notification required" to other D:1/D:4 destinations. The L40
     * (3A090.b, datacenter) is eligible: "yes, for 3A090.b, if the item is designed or marketed for use in datacenters".
     */
    @Test
    void the2023NacPathsSayWhetherANotificationIsDue() {
        LicenseDetermination cn = Ship.assess(Chips.L40, 1, "CN", "CN", JAN_2024);
        LicenseOption nac = option(cn.asEnforced(), "NAC", cn);
        assertTrue(nac.conditions().startsWith("2023 text: \"Yes, for 3A090.a, if the item is not designed or marketed for use in "
            + "datacenters"), nac.conditions());
        assertTrue(nac.conditions().contains("prior notification to BIS at least 25 calendar days before export"), nac.conditions());

        LicenseDetermination vn = Ship.assess(Chips.L40, 1, "VN", "VN", JAN_2024);
        LicenseOption none = option(vn.asEnforced(), "NAC (no notification)", vn);
        assertTrue(none.conditions().startsWith("2023 text, to D:1/D:4 destinations other than Macau and D:5"), none.conditions());
        assertTrue(none.conditions().contains("no prior notification required"), none.conditions());
    }

    /**
     * ACA (§ 740.8(a), 89 FR 23876): its note says, from 2025-01-13, that the post-2025 text was not read verbatim and
     * which scope is applied (as enforced: the 2024 scope); before 2025 there is no such note.
     */
    @Test
    void theAcaNoteNamesThePost2025TextOnlyFrom2025() {
        LicenseDetermination before = Ship.assess(Chips.L40, 1, "VN", "VN", JUN_2024);
        assertEquals("", option(before.asEnforced(), "ACA", before).note());
        LicenseDetermination after = Ship.assess(Chips.L40, 1, "VN", "VN", AUG_2025);
        assertEquals("as enforced: the 2024 scope of ACA (the AI-diffusion rule's broadening is not enforced); the post-2025 § 740.8 "
            + "text is UNCONFIRMED (read in an independent reading, not verbatim)", option(after.asEnforced(), "ACA", after).note());
        assertTrue(option(after.asWritten(), "ACA", after).note().startsWith("as written by 90 FR 4544 (§ 740.8(a) opens ACA to any "
            + "destination outside Macau and D:5)"));
    }

    /** The scope notice (first of the warnings) says whether the parties were screened. */
    @Test
    void theScopeNoticeSaysWhetherThePartiesWereScreened() {
        LicenseDetermination unnamed = Ship.assess(Chips.L4, 1, "SG", "SG", AUG_2025);
        assertEquals(LicenceNotice.Code.SCOPE, unnamed.notices().get(0).code());
        assertTrue(unnamed.warnings().get(0).contains("Not assessed: the parties (none named"), unnamed.warnings().get(0));

        Shipment s = Ship.of(Chips.L4, 1, "SG", "SG", AUG_2025).withEndUser("Temasek Polytechnic Teaching Lab");
        LicenseDetermination named = Licensing.assess(s, Interpretation.defaults(), Chips::find, CountryGroups.builtIn(),
            Embargoes.builtIn(), PartyScreen.builtin());
        assertTrue(named.partiesScreened());
        assertEquals(LicenceNotice.Code.SCOPE, named.notices().get(0).code());
        assertTrue(named.warnings().get(0).contains("the parties named against the Consolidated Screening List"), named.warnings().get(0));
    }

    /**
     * License Exception AIA as written (§ 740.27, 90 FR 4559): to an entity located in a supplement 5(a) destination and
     * headquartered in one; reporting "if the ultimate consignee is receiving items … with a cumulative total processing
     * performance (TPP) of 253,000,000".
     */
    @Test
    void theAiaConditionsNameWhereTheEntityIsAndTheReportingThreshold() {
        LicenseDetermination d = Ship.assess(Chips.H100, 1, "DE", "DE", AUG_2025);
        LicenseOption aia = option(d.asWritten(), "AIA", d);
        assertEquals("as written: 3A090.a/4A090.a items to an entity located in Germany (DE) (supplement no. 5(a)) and headquartered "
            + "in a supplement 5(a) destination (headquartered in Germany (DE)); the consignee certifies as § 740.27 requires; reporting "
            + "to BIS once the ultimate consignee's cumulative TPP reaches 253,000,000", aia.conditions());
    }
}
