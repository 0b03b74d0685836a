package io.chipgate.license;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.chipgate.metrics.Interpretation;
import io.chipgate.metrics.Tri;
import io.chipgate.model.Part;
import io.chipgate.regime.Outcome;
import io.chipgate.model.PartResolver;
import io.chipgate.testing.Chips;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Examples worked by hand from the rule texts in the digest (§§ 2.4, 2.5, 3, 4, 6). */
class LicensingExamplesTest {
    static final LocalDate MID_2024 = LocalDate.of(2024, 6, 1);

    static LicenseDetermination assess(Part p, String to, String hq, LocalDate on) {
        return Ship.assess(p, 8, to, hq, on, Interpretation.defaults(), Chips::find);
    }

    static Optional<Basis> basis(LicenseDetermination d, Ground g) {
        return d.basis().stream().filter(b -> b.ground() == g).findFirst();
    }

    static Optional<LicenseOption> option(LicenseDetermination d, String code) {
        return d.licenseExceptions().stream().filter(o -> o.code().equals(code)).findFirst();
    }

    @Test
    void h100ToChinaIn2024IsRequiredUnderPresumptionOfDenialWithoutNac() {
        LicenseDetermination d = assess(Chips.H100, "CN", null, MID_2024);
        assertEquals(Optional.of(Outcome.ECCN_3A090_A_1), d.classification());
        assertEquals(Tri.TRUE, d.licenseRequired());
        assertEquals("15 CFR 742.6(a)(6)(iii)", basis(d, Ground.DESTINATION).orElseThrow().paragraph());
        assertEquals(ReviewPolicy.Kind.PRESUMPTION_OF_DENIAL, d.reviewPolicy().kind());
        assertTrue(option(d, "NAC").isEmpty(), d::toString);
        assertTrue(option(d, "ACA").isEmpty());
        assertTrue(d.warnings().stream().anyMatch(w -> w.contains("§ 740.8(a) excludes")), () -> String.join("\n", d.warnings()));
        assertTrue(d.disclaimer().startsWith("Not legal advice"));
    }

    @Test
    void rtx4090ToChinaIn2024IsRequiredWithNacAvailable() {
        LicenseDetermination d = assess(Chips.RTX_4090, "CN", null, MID_2024);
        assertEquals(Optional.of(Outcome.ECCN_3A090_A_1), d.classification());
        assertEquals(Tri.TRUE, d.licenseRequired());
        LicenseOption nac = option(d, "NAC").orElseThrow(() -> new AssertionError(LicenseReports.text(d)));
        assertEquals(Tri.TRUE, nac.available());
        assertEquals(3, nac.notification().size());
        assertTrue(nac.conditions().contains("25 calendar days"));
        assertTrue(option(d, "ACA").isEmpty(), "ACA does not reach D:5");
        assertEquals("5284.8", d.aggregateTpp().orElseThrow().divide(io.chipgate.metrics.Exact.of(Chips.d("8"))).toString());
    }

    @Test
    void rtx4090ToVietnamForAVietnameseBuyerGetsAcaNotNac() {
        LicenseDetermination d = assess(Chips.RTX_4090, "VN", "VN", MID_2024);
        assertEquals(Tri.TRUE, d.licenseRequired());
        assertEquals(Tri.TRUE, option(d, "ACA").orElseThrow().available());
        assertTrue(option(d, "NAC").isEmpty());
        assertEquals(ReviewPolicy.Kind.PRESUMPTION_OF_APPROVAL, d.reviewPolicy().kind());
    }

    @Test
    void beforeApril2024OnlyNacExisted() {
        LicenseDetermination d = assess(Chips.RTX_4090, "CN", "CN", LocalDate.of(2024, 1, 10));
        assertEquals(Tri.TRUE, option(d, "NAC").orElseThrow().available());
        assertTrue(option(d, "ACA").isEmpty());
    }

    @Test
    void h100ToGermanyIn2024IsNotRequiredForAGermanBuyer() {
        LicenseDetermination d = assess(Chips.H100, "DE", "DE", MID_2024);
        assertEquals(Tri.FALSE, d.licenseRequired());
        assertEquals(ReviewPolicy.Kind.NONE, d.reviewPolicy().kind());
        assertTrue(d.basis().isEmpty());
    }

    @Test
    void h100ToGermanyWithUnknownHeadquartersIsUnknownNotFree() {
        LicenseDetermination d = assess(Chips.H100, "DE", null, MID_2024);
        assertEquals(Tri.UNKNOWN, d.licenseRequired());
        assertEquals(Tri.UNKNOWN, basis(d, Ground.HEADQUARTERS).orElseThrow().applies());
        assertEquals(ReviewPolicy.Kind.PRESUMPTION_OF_DENIAL, d.reviewPolicy().kind());
        assertTrue(d.reviewPolicy().conditions().startsWith("if a licence is required"));
    }

    @Test
    void h100ToGermanyForAChinaHeadquarteredBuyerIsRequiredUnder74423a3() {
        LicenseDetermination d = assess(Chips.H100, "DE", "CN", MID_2024);
        assertEquals(Tri.TRUE, d.licenseRequired());
        Basis b = basis(d, Ground.HEADQUARTERS).orElseThrow();
        assertEquals("15 CFR 744.23(a)(3)", b.paragraph());
        assertEquals(Tri.TRUE, b.applies());
        assertEquals(ReviewPolicy.Kind.PRESUMPTION_OF_DENIAL, d.reviewPolicy().kind());
        assertTrue(basis(d, Ground.DESTINATION).isEmpty(), "Germany is outside D:1/D:4/D:5");
        assertTrue(option(d, "NAC").isEmpty(), "datacenter 3A090.a");
    }

    @Test
    void a800EscapedThe2022TestButNotThe2023One() {
        LicenseDetermination y2023 = assess(Chips.A800, "CN", null, LocalDate.of(2023, 7, 1));
        assertEquals(Optional.of(Outcome.NOT_CONTROLLED), y2023.classification());
        assertEquals("3a090-2022", y2023.classifications().get(0).regimeId());
        assertEquals(Tri.FALSE, y2023.licenseRequired());
        LicenseDetermination y2024 = assess(Chips.A800, "CN", null, MID_2024);
        assertEquals("3a090-2023", y2024.classifications().get(0).regimeId());
        assertEquals(Tri.TRUE, y2024.licenseRequired());
    }

    private static Basis ground(LicenseDetermination d, Ground g) {
        return d.grounds().stream().filter(b -> b.ground() == g).findFirst().orElseThrow(() -> new AssertionError(g + " not evaluated"));
    }

    @Test
    void h100UnderThe2022RuleReachesMacauOnlyFromJanuary2023() {
        assertEquals(Tri.TRUE, assess(Chips.H100, "CN", null, LocalDate.of(2022, 12, 1)).licenseRequired());
        assertEquals(Tri.FALSE, assess(Chips.H100, "MO", null, LocalDate.of(2022, 12, 1)).licenseRequired());
        LicenseDetermination mo = assess(Chips.H100, "MO", null, LocalDate.of(2023, 2, 1));
        assertEquals(Tri.TRUE, mo.licenseRequired());
        assertEquals(Ground.CHINA_2022, mo.basis().get(0).ground());
        assertEquals(ReviewPolicy.Kind.UNKNOWN, mo.reviewPolicy().kind(), "the 2022 review policy is not in the digest");
        LicenseDetermination ru = assess(Chips.H100, "RU", null, LocalDate.of(2023, 2, 1));
        assertEquals(Tri.FALSE, ground(ru, Ground.CHINA_2022).applies(), "the 2022 rule named China (and Macau) only");
        assertEquals(Tri.TRUE, ru.licenseRequired(), "15 CFR 746.8: items on the CCL to Russia");
        assertEquals(List.of(Ground.EMBARGO), ru.basis().stream().map(Basis::ground).toList());
    }

    @Test
    void h20ToChinaIsFreeIn2024AndRequiredPerTheReportedLettersFromApril2025() {
        LicenseDetermination y2024 = assess(Chips.H20, "CN", null, MID_2024);
        assertEquals(Optional.of(Outcome.NOT_CONTROLLED), y2024.classification());
        assertEquals(Tri.FALSE, y2024.licenseRequired());
        assertEquals(Tri.FALSE, assess(Chips.H20, "CN", null, LocalDate.of(2025, 4, 8)).licenseRequired());
        LicenseDetermination y2025 = assess(Chips.H20, "CN", null, LocalDate.of(2025, 4, 9));
        assertEquals(Tri.TRUE, y2025.licenseRequired());
        assertTrue(y2025.reported());
        Basis b = basis(y2025, Ground.REPORTED_REQUIREMENT).orElseThrow();
        assertEquals("nvidia-8k-2025-04-15", b.key(), "the H20 is named in NVIDIA's 8-K of 2025-04-15");
        assertEquals(BasisStatus.REPORTED, b.status());
        assertTrue(y2025.notices().stream().anyMatch(n -> n.code() == LicenceNotice.Code.REPORTED_LETTERS || n.code() == LicenceNotice.Code.REPORTED_REQUIREMENT),
            y2025.warnings()::toString);
        assertEquals(Tri.TRUE, assess(Chips.H20, "HK", null, LocalDate.of(2025, 6, 1)).licenseRequired(), "Hong Kong is named");
        assertEquals(Tri.TRUE, assess(Chips.H20, "SG", "CN", LocalDate.of(2025, 6, 1)).licenseRequired(), "China-headquartered");
        assertEquals(Tri.FALSE, assess(Chips.H20, "SG", "SG", LocalDate.of(2025, 6, 1)).licenseRequired());
    }

    @Test
    void hbm3eStackToChinaIn2025IsRequiredUnder7426a6iB() {
        LicenseDetermination d = assess(Chips.HBM3E_STACK, "CN", "CN", LocalDate.of(2025, 3, 1));
        assertEquals(Optional.of(Outcome.ECCN_3A090_C), d.classification());
        assertEquals(Tri.TRUE, d.licenseRequired());
        assertEquals("15 CFR 742.6(a)(6)(i)(B)", basis(d, Ground.HBM_DESTINATION).orElseThrow().paragraph());
        assertTrue(option(d, "HBM").isEmpty(), "9.75 GB/s/mm² is not below 3.3");
        assertEquals(ReviewPolicy.Kind.PRESUMPTION_OF_DENIAL, d.reviewPolicy().kind());
        LicenseDetermination korean = assess(Chips.HBM3E_STACK, "CN", "KR", LocalDate.of(2025, 3, 1));
        assertEquals(ReviewPolicy.Kind.PRESUMPTION_OF_APPROVAL, korean.reviewPolicy().kind());
        assertEquals(Tri.FALSE, assess(Chips.HBM3E_STACK, "CN", "CN", MID_2024).licenseRequired(), "3A090.c from 2024-12-02");
        assertEquals(Tri.FALSE, assess(Chips.HBM3E_STACK, "VN", "VN", LocalDate.of(2025, 3, 1)).licenseRequired(), "D:5 and Macau only");
    }

    @Test
    void slowHbmMayUseLicenseExceptionHbm() {
        Part slow = Chips.memory("slow-hbm", "300", "121");  // 2.48 GB/s/mm²: 3A090.c, below 3.3
        LicenseDetermination d = assess(slow, "CN", "CN", LocalDate.of(2025, 3, 1));
        assertEquals(Tri.TRUE, d.licenseRequired());
        LicenseOption hbm = option(d, "HBM").orElseThrow();
        assertEquals(Tri.TRUE, hbm.available());
        assertTrue(hbm.conditions().contains("packaging site"));
    }

    @Test
    void theJanuary2026ChinaBoxGivesCaseByCaseForH200AndDenialForB200() {
        LocalDate on = LocalDate.of(2026, 3, 1);
        LicenseDetermination h200 = assess(Chips.H200, "CN", "CN", on);
        assertEquals(Tri.TRUE, h200.licenseRequired());
        assertEquals(ReviewPolicy.Kind.CASE_BY_CASE, h200.reviewPolicy().kind());
        assertTrue(h200.reviewPolicy().citation().contains("91 FR 1684"));
        assertEquals(ReviewPolicy.Kind.PRESUMPTION_OF_DENIAL, assess(Chips.B200, "CN", "CN", on).reviewPolicy().kind());
        assertEquals(ReviewPolicy.Kind.PRESUMPTION_OF_DENIAL, assess(Chips.H200, "CN", "CN", LocalDate.of(2025, 12, 1)).reviewPolicy().kind());
        assertEquals(ReviewPolicy.Kind.PRESUMPTION_OF_DENIAL, assess(Chips.H200, "RU", "RU", on).reviewPolicy().kind(),
            "the box is for China and Macau");
    }

    @Test
    void aiDiffusionWorldwideRequirementIsShownButDoesNotCount() {
        LicenseDetermination d = assess(Chips.H100, "DE", "DE", LocalDate.of(2025, 8, 1));
        assertEquals(Tri.FALSE, d.licenseRequired());
        Basis b = basis(d, Ground.AI_DIFFUSION_WORLDWIDE).orElseThrow();
        assertEquals(BasisStatus.NOT_ENFORCED, b.status());
        assertEquals(Tri.TRUE, b.applies());
        assertEquals(Tri.FALSE, b.requires());
        LicenseOption lpp = option(d, "LPP").orElseThrow();
        assertTrue(lpp.note().contains("NOT ENFORCED"));
        assertEquals(Tri.TRUE, lpp.available(), "8 × 15,831.2 is within 26,900,000");
        LicenseDetermination many = Ship.assess(Chips.H100, 2000, "DE", "DE", LocalDate.of(2025, 8, 1));
        assertTrue(option(many, "LPP").isEmpty(), "2000 × 15,831.2 exceeds 26,900,000");
    }

    @Test
    void theUaeKeepsLicencesForAdvancedComputingItemsAfterItsMoveToA5() {
        // 91 FR 43034 (effective 2026-07-10 as reported): the UAE joins A:5, is named for .b items, and licences are
        // kept for advanced computing items except for the UAE Government and approved entities (STA)
        LocalDate asOf = LocalDate.of(2026, 7, 23);
        assertEquals(Tri.TRUE, assess(Chips.L40, "AE", "AE", asOf).licenseRequired(), "named for .b");
        LicenseDetermination h100 = assess(Chips.H100, "AE", "AE", asOf);
        assertEquals(Tri.TRUE, h100.asWritten().licenseRequired(), "§ 742.6(a)(6)(iii)(A) as written: worldwide");
        assertEquals(Tri.TRUE, h100.licenseRequired(), "as enforced: the UAE rule keeps the licence; no 'no' reading survives");
        assertEquals(Tri.TRUE, ground(h100, Ground.UAE_2026).applies());
        assertEquals(Tri.UNKNOWN, option(h100, "STA").orElseThrow().available(), "approved end user not given");
        LicenseDetermination approved = Licensing.assess(Shipment.of(Chips.H100, 1, CountryCode.of("AE"), asOf)
            .withHeadquarters(CountryCode.of("AE")).withUaeApprovedEndUser(true));
        assertEquals(Tri.TRUE, option(approved, "STA").orElseThrow().available());
        LicenseDetermination y2024 = assess(Chips.H100, "AE", "AE", MID_2024);
        assertEquals(Tri.TRUE, y2024.licenseRequired(), "the UAE was in D:4 until 2026-07-10: in the destination scope");
        assertEquals(Tri.TRUE, assess(Chips.H100, "AE", "AE", LocalDate.of(2026, 7, 9)).licenseRequired(), "D:4 the day before");
        assertEquals(Tri.TRUE, assess(Chips.H100, "AE", "AE", LocalDate.of(2023, 12, 1)).licenseRequired(), "D:4 in 2023");
    }

    @Test
    void hongKongIsAssessedAsChina() {
        LicenseDetermination d = assess(Chips.H100, "HK", null, MID_2024);
        assertEquals(Tri.TRUE, d.licenseRequired());
        assertTrue(d.warnings().stream().anyMatch(w -> w.contains("Hong Kong (HK) is assessed as China")));
    }

    @Test
    void systemsFollowFromTheirIcs() {
        LicenseDetermination board = assess(Chips.HGX_H100, "CN", null, MID_2024);
        assertEquals(Optional.of(Outcome.ECCN_4A090_A), board.classification());
        assertEquals(Tri.TRUE, board.licenseRequired());
        assertTrue(option(board, "NAC").isEmpty(), "a board of datacenter H100s is a datacenter 3A090.a item");
        LicenseDetermination unresolved = Ship.assess(Chips.HGX_H100, 1, "CN", null, MID_2024, Interpretation.defaults(), PartResolver.none());
        assertEquals(Optional.of(Outcome.INDETERMINATE), unresolved.classification());
        assertEquals(Tri.UNKNOWN, unresolved.licenseRequired());
        LicenseDetermination free = Ship.assess(Chips.HGX_H100, 1, "DE", "DE", MID_2024, Interpretation.defaults(), PartResolver.none());
        assertEquals(Tri.FALSE, free.licenseRequired(), "no outcome needs a licence to Germany for a German buyer");
        Part hbmBoard = Part.builder().from(Chips.HGX_H100).id("hbm-board").contains(java.util.List.of(io.chipgate.model.Component.of("hbm3e", 4))).build();
        assertEquals(Tri.FALSE, assess(hbmBoard, "CN", "CN", LocalDate.of(2025, 3, 1)).licenseRequired(),
            "3A090.c never makes a system controlled");
    }

    @Test
    void unknownDatacenterDesignationKeepsNacOpenAndTheAnswerUnknownWhereItMatters() {
        Part rtxUnknown = Part.builder().from(Chips.RTX_4090).datacenter(Optional.empty()).build();
        LicenseDetermination d = assess(rtxUnknown, "CN", null, MID_2024);
        assertEquals(Tri.TRUE, d.licenseRequired(), "TPP ≥ 4800 is 3A090.a.1 whatever the designation");
        assertEquals(Tri.UNKNOWN, option(d, "NAC").orElseThrow().available());
        Part l40Unknown = Part.builder().from(Chips.L40).datacenter(Optional.empty()).build();
        LicenseDetermination l40 = assess(l40Unknown, "CN", null, MID_2024);
        assertEquals(Optional.of(Outcome.INDETERMINATE), l40.classification());
        assertEquals(Tri.UNKNOWN, l40.licenseRequired());
        assertEquals(Tri.FALSE, assess(l40Unknown, "DE", "DE", MID_2024).licenseRequired());
    }

    @Test
    void beforeEccn3A090ExistedOnlyTheReportedNoticeAndEmbargoesApply() {
        // NVIDIA 8-K of 2022-08-31: from 2022-08-26 a licence for A100 and H100 to China (incl. Hong Kong) and Russia
        LicenseDetermination h100 = assess(Chips.H100, "CN", null, LocalDate.of(2022, 10, 6));
        assertEquals(Tri.TRUE, h100.licenseRequired(), "named in NVIDIA's 8-K of 2022-08-31");
        assertTrue(h100.reported());
        assertEquals(List.of(Ground.REPORTED_REQUIREMENT), h100.basis().stream().map(Basis::ground).toList());
        assertTrue(h100.classification().isEmpty());
        assertTrue(h100.notices().stream().anyMatch(n -> n.code() == LicenceNotice.Code.NO_ECCN_3A090), h100.warnings()::toString);
        assertEquals(Tri.FALSE, assess(Chips.H100, "CN", null, LocalDate.of(2022, 8, 25)).licenseRequired(), "the day before the notice");
        assertEquals(Tri.FALSE, assess(Chips.H20, "CN", null, LocalDate.of(2022, 10, 6)).licenseRequired(), "a part not named");
        assertEquals(Tri.FALSE, assess(Chips.H100, "DE", "DE", LocalDate.of(2022, 10, 6)).licenseRequired(), "not a destination named");
        // 15 CFR 746.4: North Korea, all items subject to the EAR, since FR Doc E7-1180 (effective 2007-01-26)
        LicenseDetermination kp = assess(Chips.H20, "KP", null, LocalDate.of(2022, 10, 6));
        assertEquals(Tri.TRUE, kp.licenseRequired());
        assertEquals(List.of(Ground.EMBARGO), kp.basis().stream().map(Basis::ground).toList());
        assertEquals(Tri.TRUE, assess(Chips.H20, "KP", null, LocalDate.of(2010, 1, 1)).licenseRequired());
        // Cuba's period is recorded from 2022-10-07 only: an earlier date is unknown, never 'no'
        LicenseDetermination cu = assess(Chips.H20, "CU", null, LocalDate.of(2020, 1, 1));
        assertEquals(Tri.UNKNOWN, cu.licenseRequired());
        assertTrue(cu.settledBy().stream().anyMatch(q -> q.id().equals("embargo-start:CU:ALL_ITEMS")), () -> cu.settledBy().toString());
    }

    @Test
    void theOctober2023RuleWasImmediateForTheFiveNamedProducts() {
        // NVIDIA 8-K of 2023-10-24: requirements of 88 FR 73458 effective 2023-10-23 for A100, A800, H100, H800, L40S
        LocalDate between = LocalDate.of(2023, 11, 1);
        LicenseDetermination h800 = assess(Chips.H800, "CN", "CN", between);
        assertEquals(Tri.TRUE, h800.licenseRequired(), "the H800 passed the 2022 rule but is named in the 2023 notice");
        assertTrue(h800.basis().stream().anyMatch(b -> b.key().equals("nvidia-8k-2023-10-24")));
        assertEquals(Tri.FALSE, assess(Chips.H800, "CN", "CN", LocalDate.of(2023, 10, 22)).licenseRequired(), "the day before");
        assertEquals(Tri.FALSE, assess(Chips.H800, "DE", "DE", between).licenseRequired(), "Germany is outside the rule's scope");
        assertEquals(Tri.FALSE, assess(Chips.H20, "CN", "CN", between).licenseRequired(), "the H20 is not named");
    }

    @Test
    void aShipmentWithinTheUnitedStatesIsNotAnExport() {
        // 15 CFR 734.13-734.16; "United States" per § 772.1 includes Puerto Rico and the territories
        for (String us : List.of("US", "PR", "GU")) {
            LicenseDetermination d = Licensing.assess(Shipment.of(Chips.H100, 8, CountryCode.of(us), MID_2024)
                .withHeadquarters(CountryCode.of("CN")));
            assertEquals(Tri.FALSE, d.licenseRequired(), us);
            assertEquals(Transaction.WITHIN_UNITED_STATES, d.transaction());
            assertTrue(d.grounds().isEmpty(), "no ground answers for a US destination");
            assertTrue(LicenseReports.text(d).contains("not an export"));
            assertTrue(LicenseReports.json(d).contains("\"transaction\" : \"WITHIN_UNITED_STATES\""));
        }
        assertEquals(Transaction.EXPORT_REEXPORT_OR_TRANSFER, assess(Chips.H100, "CN", null, MID_2024).transaction());
    }

    @Test
    void everyDeterminationCarriesCitationsScopeAndDisclaimer() {
        LicenseDetermination d = assess(Chips.H100, "CN", "CN", MID_2024);
        assertTrue(d.citations().stream().anyMatch(c -> c.contains("88 FR 73458")));
        assertTrue(d.citations().stream().anyMatch(c -> c.contains("Supplement No. 1")));
        assertEquals(LicenceNotice.Code.SCOPE, d.notices().get(0).code());
        assertTrue(d.notices().stream().anyMatch(n -> n.code() == LicenceNotice.Code.COUNTRY_GROUP_DATA && n.text().contains("not versioned")));
        assertTrue(LicenseReports.text(d).contains("Not legal advice"));
    }

    @Test
    void badInputsSayWhatToGive() {
        IllegalArgumentException q = assertThrows(IllegalArgumentException.class,
            () -> Ship.assess(Chips.H100, 0, "CN", null, MID_2024));
        assertTrue(q.getMessage().contains("at least 1"));
        IllegalArgumentException x = assertThrows(IllegalArgumentException.class,
            () -> Ship.assess(Chips.H100, 1, "XX", null, MID_2024));
        assertTrue(x.getMessage().contains("ISO 3166-1 alpha-2"));
        IllegalArgumentException uk = assertThrows(IllegalArgumentException.class,
            () -> Ship.assess(Chips.H100, 1, "DE", "UK", MID_2024));
        assertTrue(uk.getMessage().contains("GB"));
        assertFalse(Ship.assess(Chips.H100, 1, " de ", "de", MID_2024).licenseRequired().isTrue(), "codes are normalized");
    }
}
