package io.chipgate.license;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.chipgate.metrics.Interpretation;
import io.chipgate.metrics.Tri;
import io.chipgate.model.Component;
import io.chipgate.model.Part;
import io.chipgate.model.PartKind;
import io.chipgate.regime.Outcome;
import io.chipgate.model.PartResolver;
import io.chipgate.testing.Chips;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Details of determinations worked out from the digest (§§ 2.4, 2.5, 3, 4, 6): paragraphs, reasons, review
 * policies, exception conditions, warnings and the JSON and text surfaces.
 */
class LicensingDetailsTest {
    static final LocalDate MID_2024 = LocalDate.of(2024, 6, 1);
    static final LocalDate MID_2025 = LocalDate.of(2025, 6, 1);
    static final LocalDate AUG_2025 = LocalDate.of(2025, 8, 1);

    static LicenseDetermination assess(Part p, String to, String hq, LocalDate on) {
        return Ship.assess(p, 8, to, hq, on, Interpretation.defaults(), Chips::find);
    }

    static Basis ground(LicenseDetermination d, Ground g) {
        return d.grounds().stream().filter(b -> b.ground() == g).findFirst()
            .orElseThrow(() -> new AssertionError(g + " not evaluated:\n" + LicenseReports.text(d)));
    }

    static boolean evaluated(LicenseDetermination d, Ground g) {
        return d.grounds().stream().anyMatch(b -> b.ground() == g);
    }

    static Optional<LicenseOption> option(LicenseDetermination d, String code) {
        return d.licenseExceptions().stream().filter(o -> o.code().equals(code)).findFirst();
    }

    static boolean warns(LicenseDetermination d, String part) {
        return d.warnings().stream().anyMatch(w -> w.contains(part));
    }

    /** Whether the determination carries a warning with this code (what a program tests; the words may change). */
    static boolean warns(LicenseDetermination d, LicenceNotice.Code code) {
        return d.notices().stream().anyMatch(n -> n.code() == code);
    }

    // --- grounds: paragraphs, reasons, citations -------------------------------------------------------------

    @Test
    void theDestinationGroundNamesTheDestinationAndItsGroups() {
        LicenseDetermination d = assess(Chips.H100, "CN", "CN", MID_2024);
        Basis b = ground(d, Ground.DESTINATION);
        assertEquals(Tri.TRUE, b.applies());
        assertEquals(Ground.DESTINATION.text(), b.text());
        assertTrue(b.text().contains("Country Groups D:1, D:4, and D:5, excluding destinations also specified in Country Groups A:5 or A:6"));
        assertTrue(b.reason().contains("China (PRC) (CN) in D:1 ∪ D:4 ∪ D:5 minus A:5 ∪ A:6 on 2024-06-01: true"), b.reason());
        assertTrue(b.citation().contains("88 FR 73458"), b.citation());
        assertTrue(b.citation().contains("15 CFR 742.6(a)(6)(iii)"));
        assertTrue(d.citations().contains(b.citation()), "the citation of a ground that applies is listed");
        assertTrue(b.toString().startsWith("15 CFR 742.6(a)(6)(iii): true — "), b.toString());
        assertFalse(d.reported(), "no REPORTED ground in 2024");
        assertEquals("h100 × 8 → CN (HQ CN) on 2024-06-01: licence required true", d.toString());
        assertEquals("h100 × 8 → CN on 2024-06-01: licence required true", assess(Chips.H100, "CN", null, MID_2024).toString());
    }

    @Test
    void theHeadquartersGroundNamesTheHeadquartersAndMovedIntoTheAiDiffusionTextForParagraphAItems() {
        Basis before = ground(assess(Chips.H100, "DE", "CN", MID_2024), Ground.HEADQUARTERS);
        assertEquals("15 CFR 744.23(a)(3)", before.paragraph());
        assertTrue(before.reason().contains("end user headquartered in China (PRC) (CN) (Macau or D:5: true)"), before.reason());
        assertTrue(before.reason().contains("Germany (DE) outside D:1 ∪ D:4 ∪ D:5 minus A:5 ∪ A:6: true"), before.reason());

        // § 6.5: the AI Diffusion Rule moved the requirement for .a items into § 742.6(a)(6)(iii)(A); BIS says it continues
        LicenseDetermination after = assess(Chips.H100, "DE", "CN", AUG_2025);
        assertEquals(Tri.TRUE, after.licenseRequired());
        Basis moved = ground(after, Ground.HEADQUARTERS);
        assertTrue(moved.paragraph().startsWith("15 CFR 742.6(a)(6)(iii)(A)"), moved.paragraph());
        assertTrue(moved.citation().contains("90 FR 4544"));
        assertTrue(moved.citation().contains("bis-guidance-may-31-2026.pdf"));
        assertTrue(after.citations().contains(moved.citation()));
        assertTrue(warns(after, LicenceNotice.Code.HEADQUARTERS_ENFORCEMENT_2025));
        assertTrue(warns(after, LicenceNotice.Code.HEADQUARTERS_REVIEW_POLICY));

        // .b items were not moved: § 744.23(a)(3) still
        LicenseDetermination l40 = assess(Chips.L40, "DE", "CN", AUG_2025);
        assertEquals(Tri.TRUE, l40.licenseRequired());
        assertEquals("15 CFR 744.23(a)(3)", ground(l40, Ground.HEADQUARTERS).paragraph());
        assertFalse(warns(l40, LicenceNotice.Code.HEADQUARTERS_ENFORCEMENT_2025), "the unclear period concerns .a items");

        assertFalse(warns(assess(Chips.H100, "DE", "CN", LocalDate.of(2025, 3, 1)), LicenceNotice.Code.HEADQUARTERS_ENFORCEMENT_2025));
        assertFalse(warns(assess(Chips.H100, "DE", "CN", LocalDate.of(2026, 6, 15)), LicenceNotice.Code.HEADQUARTERS_ENFORCEMENT_2025));
        LicenseDetermination notApplying = assess(Chips.H100, "CN", "CN", MID_2024);
        assertEquals(Tri.FALSE, ground(notApplying, Ground.HEADQUARTERS).applies(), "China is inside the destination scope");
        assertFalse(warns(notApplying, LicenceNotice.Code.HEADQUARTERS_REVIEW_POLICY));
    }

    @Test
    void unknownHeadquartersAreFlagged() {
        LicenseDetermination d = assess(Chips.H100, "DE", null, MID_2024);
        assertTrue(warns(d, "end user's headquarters not given: § 744.23(a)(3) requires a licence"));
        assertTrue(ground(d, Ground.HEADQUARTERS).reason().contains("end user headquarters unknown"));
        assertFalse(warns(assess(Chips.H100, "DE", "DE", MID_2024), LicenceNotice.Code.HEADQUARTERS_NOT_GIVEN));
    }

    @Test
    void theHeadquartersWarningsOfAnotherCountryAreGiven() {
        LicenseDetermination d = assess(Chips.H100, "DE", "HK", MID_2024);
        assertEquals(Tri.TRUE, d.licenseRequired(), "a Hong Kong headquarters counts as China (D:5)");
        assertTrue(warns(d, "Hong Kong (HK) is assessed as China (PRC) (CN)"), () -> String.join("\n", d.warnings()));
    }

    @Test
    void afterTheAiDiffusionRuleTheDestinationParagraphDependsOnTheParagraphOfTheItem() {
        LicenseDetermination a = assess(Chips.H100, "CN", "CN", AUG_2025);
        Basis dest = ground(a, Ground.DESTINATION);
        assertTrue(dest.paragraph().startsWith("15 CFR 742.6(a)(6)(iii) as before 90 FR 4544"), dest.paragraph());
        assertTrue(warns(a, LicenceNotice.Code.PRE_DIFFUSION_SCOPE));
        LicenseDetermination b = assess(Chips.L40, "CN", "CN", AUG_2025);
        assertEquals("15 CFR 742.6(a)(6)(iii)(B)", ground(b, Ground.DESTINATION).paragraph());
        assertFalse(warns(b, LicenceNotice.Code.PRE_DIFFUSION_SCOPE));
        assertEquals("15 CFR 742.6(a)(6)(iii)", ground(assess(Chips.H100, "CN", "CN", MID_2024), Ground.DESTINATION).paragraph());
        assertFalse(warns(assess(Chips.H100, "CN", "CN", MID_2024), LicenceNotice.Code.PRE_DIFFUSION_SCOPE));
        assertFalse(warns(assess(Chips.H100, "DE", "DE", AUG_2025), LicenceNotice.Code.PRE_DIFFUSION_SCOPE), "the destination ground does not apply");
    }

    @Test
    void theUaeNamedForParagraphBItemsIsExplainedInTheReason() {
        Basis b = ground(assess(Chips.L40, "AE", "AE", LocalDate.of(2026, 7, 23)), Ground.DESTINATION);
        assertEquals(Tri.TRUE, b.applies());
        assertTrue(b.reason().endsWith("; named for 3A090.b items: true"), b.reason());
        assertFalse(ground(assess(Chips.L40, "CN", "CN", AUG_2025), Ground.DESTINATION).reason().contains("named for"));
    }

    @Test
    void before2024The2023ReviewPolicyTextIsFlaggedAsMissing() {
        LicenseDetermination d = assess(Chips.H100, "CN", "CN", LocalDate.of(2024, 1, 10));
        assertTrue(warns(d, LicenceNotice.Code.REVIEW_POLICY_2024_TEXT));
        assertFalse(warns(assess(Chips.H100, "CN", "CN", MID_2024), LicenceNotice.Code.REVIEW_POLICY_2024_TEXT));
        assertFalse(warns(assess(Chips.H100, "DE", "DE", LocalDate.of(2024, 1, 10)), LicenceNotice.Code.REVIEW_POLICY_2024_TEXT));
    }

    @Test
    void theDestinationPolicyIsUnknownWhileD5MembershipIsUnknown() {
        // Cyprus left D:5 between 2022-10-01 (State) and 2024-05-30 (BIS): § 742.6(b)(10)(ii) gives denial in D:5, approval outside
        Basis b = ground(assess(Chips.H100, "CY", "CY", LocalDate.of(2023, 12, 1)), Ground.DESTINATION);
        assertEquals(Tri.FALSE, b.applies(), "Cyprus is in A:6");
        assertEquals(ReviewPolicy.Kind.UNKNOWN, b.reviewPolicy().kind());
        assertTrue(b.reviewPolicy().conditions().startsWith("the readings disagree: presumption of denial; presumption of approval"),
            b.reviewPolicy().conditions());
    }

    @Test
    void the2022RuleOffersNoExceptionAndSaysWhy() {
        LicenseDetermination d = assess(Chips.H100, "CN", "CN", LocalDate.of(2022, 12, 1));
        assertTrue(d.licenseExceptions().isEmpty());
        assertTrue(warns(d, LicenceNotice.Code.NO_EXCEPTIONS_2022));
        assertTrue(ground(d, Ground.CHINA_2022).reason().endsWith(" — scope: China"));
        assertTrue(ground(assess(Chips.H100, "MO", "MO", LocalDate.of(2023, 3, 1)), Ground.CHINA_2022).reason()
            .endsWith(" — scope: China and Macau (Macau from 2023-01-17)"));
        // 88 FR 2821's savings clause: goods en route on 2023-01-17 could ship until 2023-02-16
        assertFalse(warns(assess(Chips.H100, "MO", "MO", LocalDate.of(2023, 1, 16)), LicenceNotice.Code.MACAU_SAVINGS));
        assertTrue(warns(assess(Chips.H100, "MO", "MO", LocalDate.of(2023, 1, 17)), LicenceNotice.Code.MACAU_SAVINGS));
        assertTrue(warns(assess(Chips.H100, "MO", "MO", LocalDate.of(2023, 2, 16)), LicenceNotice.Code.MACAU_SAVINGS));
        assertFalse(warns(assess(Chips.H100, "MO", "MO", LocalDate.of(2023, 2, 17)), LicenceNotice.Code.MACAU_SAVINGS));
        assertFalse(warns(assess(Chips.H100, "CN", "CN", LocalDate.of(2023, 2, 1)), LicenceNotice.Code.MACAU_SAVINGS), "Macau only");
        assertFalse(warns(assess(Chips.A800, "CN", "CN", LocalDate.of(2023, 7, 1)), LicenceNotice.Code.NO_EXCEPTIONS_2022),
            "the A800 escaped the 2022 rule: nothing to except");
    }

    @Test
    void classificationWarningsCarryTheRegime() {
        LicenseDetermination d = assess(Chips.H100, "CN", "CN", LocalDate.of(2022, 12, 1));
        assertTrue(d.notices().stream().anyMatch(n -> n.code() == LicenceNotice.Code.REGIME_WARNING && n.text().startsWith("3a090-2022: ")),
            () -> String.join("\n", d.warnings()));
        assertEquals("3a090-2022", d.classifications().get(0).regimeId());
    }

    @Test
    void anIndeterminateClassificationSaysWhatIsMissing() {
        Part unknownDie = Chips.hypothetical(new BigDecimal("3000"), null, true, null, null);
        LicenseDetermination d = assess(unknownDie, "CN", "CN", MID_2024);
        assertEquals(Optional.of(Outcome.INDETERMINATE), d.classification());
        assertEquals(Tri.UNKNOWN, d.licenseRequired());
        assertTrue(warns(d, "classification under 3a090-2023 is INDETERMINATE (missing: "), () -> String.join("\n", d.warnings()));
        // a datacenter item of unknown paragraph: NAC unless it is 3A090.a (§ 740.8(a))
        LicenseOption nac = option(d, "NAC").orElseThrow();
        assertEquals(Tri.UNKNOWN, nac.available());
        assertTrue(nac.conditions().contains("(paragraph unknown)"), nac.conditions());
        ObjectNode json = LicenseReports.tree(d);
        JsonNode cls = json.get("classification").get(0);
        assertEquals("3a090-2023", cls.get("regime").asText());
        assertTrue(cls.get("missing").size() > 0);
        assertEquals(d.classifications().get(0).missing().get(0), cls.get("missing").get(0).asText());
    }

    @Test
    void memoryOfUnknownDensityIsUnknownOnlyOnceParagraphCExists() {
        Part noArea = Chips.memory("hbm-no-area", "1180", null);
        LicenseDetermination y2025 = assess(noArea, "CN", "CN", LocalDate.of(2025, 3, 1));
        assertEquals(Tri.UNKNOWN, y2025.licenseRequired(), "3A090.c (from 2024-12-02) if its density exceeds 2 GB/s/mm²");
        assertEquals(Tri.FALSE, assess(noArea, "CN", "CN", MID_2024).licenseRequired(), "no 3A090.c before 2024-12-02");
        assertTrue(option(y2025, "HBM").orElseThrow().conditions().contains("(here unknown)"));
    }

    @Test
    void hbmWarnsOfTheComplianceDateAndShowsTheDensity() {
        LicenseDetermination dec = assess(Chips.HBM3E_STACK, "CN", "CN", LocalDate.of(2024, 12, 10));
        assertEquals(Tri.TRUE, dec.licenseRequired());
        assertTrue(warns(dec, LicenceNotice.Code.HBM_COMPLIANCE_DATE));
        LicenseDetermination mar = assess(Chips.HBM3E_STACK, "CN", "CN", LocalDate.of(2025, 3, 1));
        assertFalse(warns(mar, LicenceNotice.Code.HBM_COMPLIANCE_DATE));
        // 1,180 GB/s over 121 mm² = 9.75 GB/s/mm², not below 3.3 (§ 740.25(c))
        assertTrue(warns(mar, "memory bandwidth density 9.75 GB/s/mm² is not below 3.3 GB/s/mm²"), () -> String.join("\n", mar.warnings()));
        assertFalse(warns(assess(Chips.HBM3E_STACK, "VN", "VN", LocalDate.of(2024, 12, 10)), "compliance date"));
        // 300 / 121 = 2.479… → 2.48
        LicenseOption hbm = option(assess(Chips.memory("slow-hbm", "300", "121"), "CN", "CN", LocalDate.of(2025, 3, 1)), "HBM").orElseThrow();
        assertTrue(hbm.conditions().contains("(here 2.48 GB/s/mm²)"), hbm.conditions());
        assertTrue(hbm.citation().startsWith("15 CFR 740.25"));
    }

    @Test
    void hbmToAD5HeadquarteredBuyerOutsideTheScopeIsUnconfirmed() {
        LicenseDetermination d = assess(Chips.HBM3E_STACK, "DE", "CN", LocalDate.of(2025, 3, 1));
        Basis hq = ground(d, Ground.HEADQUARTERS);
        assertEquals(Tri.UNKNOWN, hq.applies());
        assertTrue(hq.reason().contains("whether it reaches 3A090.c after 89 FR 96790 is UNCONFIRMED"), hq.reason());
        assertFalse(ground(assess(Chips.H100, "DE", "CN", MID_2024), Ground.HEADQUARTERS).reason().contains("3A090.c"));
    }

    @Test
    void theAiDiffusionGroundIsOnlyEvaluatedFromJanuary2025() {
        assertFalse(evaluated(assess(Chips.H100, "DE", "DE", MID_2024), Ground.AI_DIFFUSION_WORLDWIDE));
        LicenseDetermination mar = assess(Chips.H100, "DE", "DE", LocalDate.of(2025, 3, 1));
        assertTrue(ground(mar, Ground.AI_DIFFUSION_WORLDWIDE).reason().contains("compliance not required before 2025-05-15"));
        LicenseDetermination aug = assess(Chips.H100, "DE", "DE", AUG_2025);
        Basis b = ground(aug, Ground.AI_DIFFUSION_WORLDWIDE);
        assertTrue(b.reason().contains("NOT ENFORCED since 2025-05-13"), b.reason());
        assertTrue(b.toString().contains(" [NOT_ENFORCED] — "), b.toString());
        assertTrue(warns(aug, "ai-diffusion-2025: the worldwide licence requirement for 3A090.a/4A090.a is in the CFR but NOT ENFORCED"));
        assertTrue(aug.classifications().stream().anyMatch(c -> c.regimeId().equals("ai-diffusion-2025")));
        LicenseDetermination l40 = assess(Chips.L40, "DE", "DE", AUG_2025);
        assertEquals(Tri.FALSE, ground(l40, Ground.AI_DIFFUSION_WORLDWIDE).applies(), "the worldwide requirement is for .a items");
        assertFalse(warns(l40, "ai-diffusion-2025:"));
    }

    @Test
    void lppIsWithinTheCapUpToExactly26900000Tpp() {
        // 1,000 × TPP 26,900 = 26,900,000: "up to 26,900,000"
        Part p = Chips.hypothetical(new BigDecimal("26900"), new BigDecimal("1000"), true, BigDecimal.ZERO, BigDecimal.ZERO);
        LicenseDetermination d = Ship.assess(p, 1000, "DE", "DE", AUG_2025);
        LicenseOption lpp = option(d, "LPP").orElseThrow(() -> new AssertionError(LicenseReports.text(d)));
        assertEquals(Tri.TRUE, lpp.available());
        assertTrue(lpp.citation().startsWith("15 CFR 740.29"));
        assertTrue(lpp.toString().startsWith("LPP: true — "));
        assertTrue(lpp.toString().endsWith("[" + lpp.note() + "]"));
        assertTrue(option(Ship.assess(p, 1001, "DE", "DE", AUG_2025), "LPP").isEmpty());
    }

    // --- the reported letters ------------------------------------------------------------------------------

    @Test
    void theReportedLettersNameTheirSourceAndTheHeadquarters() {
        // the H200 is not named in a filing: the letters' criteria (readings) decide; the H20 itself is named
        LicenseDetermination h20 = assess(Chips.H20, "CN", "SG", MID_2025);
        assertFalse(evaluated(h20, Ground.INFORMED_LETTERS), "a named part needs no criteria");
        assertTrue(ground(h20, Ground.REPORTED_REQUIREMENT).reason().contains("end user headquartered in Singapore (SG)"));
        LicenseDetermination d = assess(Chips.H200, "CN", "SG", MID_2025);
        Basis b = ground(d, Ground.INFORMED_LETTERS);
        assertTrue(b.reason().contains("end user headquartered in Singapore (SG) (China/Macau/D:5: false)"), b.reason());
        assertTrue(b.citation().contains("https://"), b.citation());
        assertTrue(d.notices().stream().anyMatch(n -> n.code() == LicenceNotice.Code.REGIME_WARNING && n.text().startsWith("h20-informed-2025: ")),
            () -> String.join("\n", d.warnings()));
        assertTrue(d.reported());
        assertFalse(warns(d, "the reported letters also reach companies headquartered"), "the destination is China");

        LicenseDetermination sg = assess(Chips.H200, "SG", null, MID_2025);
        assertEquals(Tri.UNKNOWN, sg.licenseRequired());
        assertTrue(warns(sg, "end user's headquarters not given: the reported letters also reach companies headquartered"));
        assertTrue(ground(sg, Ground.INFORMED_LETTERS).reason().endsWith("end user headquarters unknown"));

        assertFalse(evaluated(assess(Chips.H200, "CN", "CN", MID_2024), Ground.INFORMED_LETTERS), "letters from 2025-04-09");
    }

    @Test
    void aParagraphAItemCaughtByTheLettersIsFlaggedAndBarredFromNacAndAca() {
        LicenseDetermination h100 = assess(Chips.H100, "CN", "CN", MID_2025);
        assertEquals(Tri.TRUE, ground(h100, Ground.INFORMED_LETTERS).applies(), "3,350 GB/s ≥ 1,400");
        assertTrue(warns(h100, "the reported § 744.23(b) letters may also apply: their review policy is not public"));
        assertEquals(ReviewPolicy.Kind.PRESUMPTION_OF_DENIAL, h100.reviewPolicy().kind(), "the codified policy first");
        assertFalse(warns(assess(Chips.H100, "CN", "CN", MID_2024), "letters may also apply"));
        assertFalse(warns(assess(Chips.RTX_4090, "VN", "VN", MID_2025), "letters may also apply"));

        // non-datacenter .a item with H20-class memory: NAC eligible under § 740.8(a), but barred by § 740.8(b)
        Part fastConsumer = Part.builder().from(Chips.hypothetical(new BigDecimal("5000"), new BigDecimal("600"), false, null,
            new BigDecimal("4000"))).vendor("NVIDIA").build();
        LicenseDetermination barred = assess(fastConsumer, "CN", "CN", MID_2025);
        assertEquals(Tri.TRUE, barred.licenseRequired());
        assertTrue(option(barred, "NAC").isEmpty(), () -> LicenseReports.text(barred));
        assertTrue(warns(barred, "§ 740.8(b) bars them"));
    }

    // --- licence exceptions --------------------------------------------------------------------------------

    @Test
    void nacConditionsAndNotesFollowTheDate() {
        LicenseOption nac2024 = option(assess(Chips.RTX_4090, "CN", "CN", MID_2024), "NAC").orElseThrow();
        assertEquals("", nac2024.note());
        assertTrue(nac2024.citation().startsWith("15 CFR 740.8(a), (c)"), nac2024.citation());
        assertTrue(nac2024.citation().contains("89 FR 23876"));
        assertFalse(nac2024.conditions().contains("eligible only if"), "a non-datacenter 3A090.a item is eligible");
        assertFalse(nac2024.conditions().contains("§ 744.23(b)"));
        assertFalse(nac2024.toString().contains("["), "no note");

        Part rtxUnknown = Part.builder().from(Chips.RTX_4090).datacenter(Optional.empty()).build();
        LicenseOption unknownDc = option(assess(rtxUnknown, "CN", "CN", MID_2024), "NAC").orElseThrow();
        assertTrue(unknownDc.conditions().contains("(datacenter designation unknown)"), unknownDc.conditions());

        Part rtxNoMemory = Chips.RTX_4090;  // memory bandwidth not given: the letters may apply (§ 740.8(b))
        LicenseDetermination y2025 = assess(rtxNoMemory, "CN", "CN", MID_2025);
        LicenseOption nac2025 = option(y2025, "NAC").orElseThrow(() -> new AssertionError(LicenseReports.text(y2025)));
        assertTrue(nac2025.note().contains("the post-2025 § 740.8 text is UNCONFIRMED"));
        assertTrue(nac2025.conditions().contains("not where the reported § 744.23(b) letters apply (§ 740.8(b))"), nac2025.conditions());
        assertFalse(nac2025.conditions().contains("part 746"), "no embargo on China");
    }

    @Test
    void aSystemOfNonDatacenterIcsIsNotADatacenterItem() {
        Part board = Part.builder().id("rtx-box").vendor("-").name("RTX box").kind(PartKind.SYSTEM)
            .addContains(Component.of("rtx-4090", 4)).build();
        PartResolver resolver = id -> Optional.ofNullable(Map.of("rtx-4090", Chips.RTX_4090).get(id));
        LicenseDetermination d = Ship.assess(board, 1, "CN", "CN", MID_2024, Interpretation.defaults(), resolver);
        assertEquals(Tri.TRUE, d.licenseRequired());
        assertEquals(Tri.TRUE, option(d, "NAC").orElseThrow(() -> new AssertionError(LicenseReports.text(d))).available());
        assertTrue(warns(d, "the system gives no datacenter designation: taken from its ICs (false)"));
        assertTrue(ground(d, Ground.DESTINATION).reason().contains("(system: follows from its ICs)"));
    }

    // --- review policies -----------------------------------------------------------------------------------

    @Test
    void theMostRestrictivePolicyOfTheGroundsThatMayApplyIsGiven() {
        // end user headquartered anywhere, destination Vietnam (D:1, outside D:5): the destination ground applies with
        // approval for a non-D:5 headquarters; the headquarters ground (denial) may apply only where the end user is D:5
        LicenseDetermination d = assess(Chips.H100, "DE", null, MID_2024);
        assertEquals(Tri.UNKNOWN, d.licenseRequired());
        assertEquals(ReviewPolicy.Kind.PRESUMPTION_OF_DENIAL, d.reviewPolicy().kind());
        assertTrue(d.reviewPolicy().conditions().startsWith("if a licence is required: "));
        assertTrue(d.citations().contains(d.reviewPolicy().citation()));
        // Cambodia between the State Department's lifting (2025-11-07) and BIS's removal from D:5 (2026-02-03): whether
        // it is in D:5 is a reading, and the review policies of the readings disagree (denial in D:5, approval outside)
        LicenseDetermination kh = assess(Chips.L40, "KH", "KH", LocalDate.of(2026, 1, 1));
        assertEquals(ReviewPolicy.Kind.UNKNOWN, kh.reviewPolicy().kind(), () -> LicenseReports.text(kh));
        assertTrue(kh.reviewPolicy().conditions().startsWith("the readings disagree:"), kh.reviewPolicy().conditions());
    }

    @Test
    void theChinaBoxOf2026GivesDenialOutsideAndUnknownWithoutFigures() {
        LocalDate on = LocalDate.of(2026, 3, 1);
        ReviewPolicy b200 = assess(Chips.B200, "CN", "CN", on).reviewPolicy();
        assertEquals(ReviewPolicy.Kind.PRESUMPTION_OF_DENIAL, b200.kind());
        assertTrue(b200.citation().contains("91 FR 1684"), b200.citation());
        assertTrue(b200.conditions().startsWith("outside the 2026 box"), b200.conditions());
        Part h200NoMemory = Chips.chip("h200-nomem", true, io.chipgate.model.Precision.FP8, "1978.9", "814", "900", "128", null);
        LicenseDetermination d = assess(h200NoMemory, "CN", "CN", on);
        assertEquals(ReviewPolicy.Kind.UNKNOWN, d.reviewPolicy().kind(), () -> LicenseReports.text(d));
        assertTrue(d.reviewPolicy().conditions().contains("missing: "));
        LicenseDetermination h200 = assess(Chips.H200, "CN", "CN", on);
        assertTrue(h200.notices().stream().anyMatch(n -> n.code() == LicenceNotice.Code.REGIME_WARNING && n.text().startsWith("china-review-2026: ")),
            () -> String.join("\n", h200.warnings()));
    }

    // --- surfaces ------------------------------------------------------------------------------------------

    @Test
    void theJsonCarriesEveryListOfTheDetermination() {
        LicenseDetermination d = assess(Chips.RTX_4090, "CN", "CN", MID_2025);
        ObjectNode n = LicenseReports.tree(d);
        assertEquals("rtx-4090", n.get("partName").asText());
        assertEquals(8, n.get("quantity").asLong());
        assertEquals(d.grounds().size(), n.get("groundsConsidered").size());
        assertTrue(d.grounds().size() > d.basis().size() || d.grounds().size() == n.get("basis").size());
        assertEquals(d.citations().size(), n.get("citations").size());
        assertEquals(d.citations().get(0), n.get("citations").get(0).asText());
        assertEquals(d.warnings().size(), n.get("warnings").size());
        assertEquals(d.warnings().get(0), n.get("warnings").get(0).asText());
        JsonNode nac = n.get("licenseExceptions").get(0);
        assertEquals("NAC", nac.get("code").asText());
        assertTrue(nac.get("available").isNull(), "UNKNOWN while the letters may apply");
        assertTrue(nac.get("note").asText().contains("UNCONFIRMED"));
        JsonNode b = n.get("basis").get(0);
        assertEquals(Ground.DESTINATION.text(), b.get("text").asText());
        assertTrue(b.get("reason").asText().contains("China (PRC) (CN)"));
        assertTrue(b.get("citation").asText().contains("88 FR 73458"));

        ObjectNode free = LicenseReports.tree(assess(Chips.H100, "DE", "DE", MID_2024));
        assertTrue(free.get("groundsConsidered").size() >= 2, "destination and headquarters were evaluated");
        assertFalse(free.get("groundsConsidered").get(0).get("applies").asBoolean());

        ObjectNode early = LicenseReports.tree(assess(Chips.RTX_4090, "CN", "CN", MID_2024));
        JsonNode nac2024 = early.get("licenseExceptions").get(0);
        assertTrue(nac2024.get("available").isBoolean() && nac2024.get("available").asBoolean());
        assertTrue(nac2024.get("note").isNull());
    }

    @Test
    void theTextShowsEverySection() {
        LicenseDetermination d = assess(Chips.H100, "DE", "CN", AUG_2025);
        String t = LicenseReports.text(d);
        assertTrue(t.startsWith("h100 (h100) × 8 → Germany (DE), end user headquartered in China (PRC) (CN), on 2025-08-01\n"), t);
        assertTrue(t.contains("\nClassification: 3a090-2024: "), t);
        assertTrue(t.contains("\nAggregate TPP: 126649.6\n"), "8 × 15,831.2");
        assertTrue(t.contains("\nLicence required: YES [rests in part on REPORTED criteria]\n"), t);  // China-headquartered: the letters reach it
        assertTrue(t.contains("\nBasis:\n"));
        assertTrue(t.contains("— applies: true\n"));
        assertTrue(t.contains("— applies: true [NOT ENFORCED]\n"), t);
        assertFalse(d.citations().isEmpty(), "a licence requirement cites its grounds");
        assertFalse(d.warnings().isEmpty(), "the reported letters and the unenforced rule are warned about");
        for (String c : d.citations()) {
            assertTrue(t.contains("\n  - " + c + "\n"), c);
        }
        for (String w : d.warnings()) {
            assertTrue(t.contains("\n  - " + w + "\n"), w);
        }
        // a China-headquartered consignee: no LPP (§ 740.29(c)(2)), and NAC/ACA exclude datacenter .a items
        assertTrue(t.contains("Licence exceptions: none offered"), t);
        String br = LicenseReports.text(assess(Chips.H100, "BR", "BR", AUG_2025));
        assertTrue(br.contains("\n      note: relieves only the AI-diffusion worldwide requirement"), br);

        String reported = LicenseReports.text(assess(Chips.H20, "CN", "CN", MID_2025));
        assertTrue(reported.contains("Licence required: YES [rests in part on REPORTED criteria]\n"), reported);
        assertTrue(reported.contains("[REPORTED]"));

        String free = LicenseReports.text(assess(Chips.H100, "DE", "DE", MID_2024));
        assertTrue(free.contains("Licence required: NO (on the grounds assessed); parties not screened (name the end user and consignee)\n"), free);
        assertTrue(free.contains("Parties: not screened (no end user or consignee named)\n"));
        assertFalse(free.contains("Basis:"));
        assertTrue(free.contains("Licence exceptions: none offered\n"));
        assertFalse(free.contains("[rests in part"));

        String early = LicenseReports.text(assess(Chips.H100, "CN", null, LocalDate.of(2022, 10, 6)));
        assertTrue(early.contains("Classification: no 3A090 regime in force\n"), early);
        assertTrue(early.contains("end user headquartered in an unknown country"));
        assertFalse(early.contains("Aggregate TPP"));
        // H100 (3A090.a.1) to China in mid-2024: D:5 destination under § 742.6(a)(6)(iii) (88 FR 73458), licence required
        String china2024 = LicenseReports.text(assess(Chips.H100, "CN", null, MID_2024));
        assertTrue(china2024.contains("\nClassification: 3a090-2023: 3A090.a.1\n"), china2024);
        assertTrue(china2024.contains("\nLicence required: YES"), china2024);
    }

    @Test
    void aPartClassifiedUnderAnyRegimeCarriesItsGroundsCitations() {
        LicenseDetermination free = assess(Chips.H100, "DE", "DE", MID_2024);
        assertFalse(free.citations().contains("-"), "no review policy is cited when none applies");
        assertFalse(free.citations().contains(ground(free, Ground.HEADQUARTERS).citation()), "a ground that does not apply is not cited");
        LicenseDetermination nac = assess(Chips.RTX_4090, "CN", "CN", MID_2024);
        assertFalse(nac.licenseExceptions().isEmpty(), "NAC is considered for a 3A090 item to China");
        for (LicenseOption o : nac.licenseExceptions()) {
            assertTrue(nac.citations().contains(o.citation()), o.citation());
        }
        assertTrue(nac.citations().contains(nac.reviewPolicy().citation()));
    }
}
