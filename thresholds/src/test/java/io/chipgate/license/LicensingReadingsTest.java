package io.chipgate.license;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.chipgate.metrics.Interpretation;
import io.chipgate.model.Precision;
import io.chipgate.metrics.Tri;
import io.chipgate.model.Component;
import io.chipgate.model.Part;
import io.chipgate.model.PartKind;
import io.chipgate.model.PartResolver;
import io.chipgate.testing.Chips;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Licence answers where the text, its enforcement or a fact leaves several readings: each case written by hand
 * from the rule text and the dated country-group and part 746 data, with its citation.
 */
class LicensingReadingsTest {
    private static LicenseDetermination assess(Part p, String to, String hq, LocalDate on) {
        Shipment s = Shipment.of(p, 1, CountryCode.of(to), on);
        return Licensing.assess(hq == null ? s : s.withHeadquarters(CountryCode.of(hq)), Interpretation.defaults(), Chips::find);
    }

    private static Set<String> codes(List<LicenseOption> options) {
        return options.stream().map(LicenseOption::code).collect(Collectors.toSet());
    }

    private static Optional<LicenseOption> option(LicenseDetermination d, String code) {
        return d.licenseExceptions().stream().filter(o -> o.code().equals(code)).findFirst();
    }

    // --- as written vs as enforced -------------------------------------------------------------------------

    @Test
    void aParagraphADatacenterPartToTheUaeIsADefiniteYesUnderTheUaeRule() {
        // § 742.6(a)(6)(iii)(A) as written by 90 FR 4544: 3A090.a "to or within any destination worldwide"; BIS does not
        // enforce it since 2025-05-13. As enforced, the pre-2025 scope read with the table on the date would leave the
        // UAE (A:5 from 2026-07-10) free — but 91 FR 43034 keeps licences for advanced computing items to the UAE: no
        // reading gives "no".
        LicenseDetermination d = assess(Chips.B200, "AE", "AE", LocalDate.of(2026, 8, 1));
        assertEquals(Tri.TRUE, d.asWritten().licenseRequired());
        assertEquals(Tri.TRUE, d.asEnforced().licenseRequired());
        assertFalse(d.asEnforced().readingsDisagree());
        assertTrue(d.readings().stream().allMatch(r -> r.licenseRequired() == Tri.TRUE), () -> d.readings().toString());
        assertTrue(d.settledBy().isEmpty());
    }

    @Test
    void aParagraphBPartToTheUaeNeedsALicenceEitherWay() {
        // eCFR 2026-07-23: .b rows read "To or within the United Arab Emirates or destinations specified in D:1, D:4 and D:5"
        LicenseDetermination d = assess(Chips.L40, "AE", "AE", LocalDate.of(2026, 8, 1));
        assertEquals(Tri.TRUE, d.asWritten().licenseRequired());
        assertEquals(Tri.TRUE, d.asEnforced().licenseRequired());
        assertFalse(d.asEnforced().readingsDisagree());
    }

    @Test
    void theWorldwideRequirementCountsAsWrittenFromItsComplianceDate() {
        // 90 FR 4544: effective 2025-01-13, compliance 2025-05-15; BIS does not enforce it from 2025-05-13
        LicenseDetermination before = assess(Chips.H100, "DE", "DE", LocalDate.of(2025, 5, 14));
        LicenseDetermination at = assess(Chips.H100, "DE", "DE", LocalDate.of(2025, 5, 15));
        LicenseDetermination after = assess(Chips.H100, "DE", "DE", LocalDate.of(2025, 5, 16));
        assertEquals(Tri.FALSE, before.asWritten().licenseRequired());
        assertEquals(Tri.TRUE, at.asWritten().licenseRequired());
        assertEquals(Tri.TRUE, after.asWritten().licenseRequired());
        for (LicenseDetermination d : List.of(before, at, after)) {
            assertEquals(Tri.FALSE, d.asEnforced().licenseRequired(), d::toString);
        }
    }

    @Test
    void jsonCarriesBothPosturesAndTheReadings() throws Exception {
        // 2,000 GB/s of DRAM, not named in a filing: the FT-reported criteria catch it, the H20's figures do not
        Part mid = Chips.chip("mid-bandwidth", true, Precision.FP16, "100", "800", null, "64", "2000");
        JsonNode n = new ObjectMapper().readTree(LicenseReports.json(assess(mid, "CN", "CN", LocalDate.of(2025, 6, 1))));
        assertTrue(n.get("licenseRequired").isNull());
        assertTrue(n.get("readingsDisagree").asBoolean());
        assertEquals("informed-criteria", n.get("settledBy").get(0).get("id").asText(), n.get("settledBy").toString());
        assertFalse(n.get("asWritten").get("licenseRequired").isBoolean());
        assertTrue(n.get("asEnforced").get("licenseRequired").isNull());
        JsonNode readings = n.get("readings");
        assertTrue(readings.size() >= 2);
        JsonNode first = readings.get(0).get("assume").get(0);
        assertEquals("informed-criteria", first.get("question").asText());
        assertEquals("ft-reported", first.get("reading").asText());
        assertFalse(first.get("citation").asText().isBlank());
        assertTrue(readings.get(0).get("licenseRequired").asBoolean(), "2,000 GB/s ≥ 1,400 GB/s (FT)");
        assertFalse(readings.get(1).get("licenseRequired").asBoolean(), "2,000 GB/s < 4,000 GB/s (the H20's figures)");
    }

    // --- part 746 ----------------------------------------------------------------------------------------------

    @ParameterizedTest
    @MethodSource("embargoed")
    void noLicenceExceptionToAPart746Destination(String to, String section) {
        // § 740.8(b): "No exports … may be made under License Exception NAC or ACA that are subject to a license
        // requirement under part 744 or 746"; § 740.2(a)(6) for the sanctioned destinations
        LicenseDetermination d = assess(Chips.L40, to, to, LocalDate.of(2024, 6, 1));
        assertEquals(Tri.TRUE, d.licenseRequired());
        assertTrue(d.licenseExceptions().isEmpty(), () -> LicenseReports.text(d));
        assertTrue(d.basis().stream().anyMatch(b -> b.ground() == Ground.EMBARGO && b.paragraph().contains(section)),
            () -> d.basis().toString());
        assertTrue(d.notices().stream().anyMatch(n -> n.code() == LicenceNotice.Code.EXCEPTIONS_BARRED), d.warnings()::toString);
    }

    static Stream<Arguments> embargoed() {
        return Stream.of(Arguments.of("RU", "746.8"), Arguments.of("BY", "746.8"), Arguments.of("IR", "746.7"),
            Arguments.of("KP", "746.4"), Arguments.of("CU", "746.2"), Arguments.of("SY", "746.9"));
    }

    @Test
    void anItemOutsideThe3A090ParagraphsToRussiaIsUnknownNotNo() {
        // § 746.8(a)(1) reaches every item on the CCL; chipgate does not classify outside 3A090/4A090
        LicenseDetermination d = assess(Chips.memory("dram", "100", "500"), "RU", "RU", LocalDate.of(2024, 6, 1));
        assertEquals(Tri.UNKNOWN, d.licenseRequired());
        assertEquals(Tri.TRUE, assess(Chips.memory("dram", "100", "500"), "CU", "CU", LocalDate.of(2024, 6, 1)).licenseRequired(),
            "§ 746.2: all items subject to the EAR to Cuba");
    }

    // --- Cambodia, Nicaragua, Cyprus: dated groups ------------------------------------------------------------

    @Test
    void cambodiaWasAD5DestinationIn2024() {
        // 86 FR 70015 (2021-12-09) added Cambodia to D:5: NAC with notification and presumption of denial, not ACA
        LicenseDetermination d = assess(Chips.L40, "KH", "KH", LocalDate.of(2024, 6, 1));
        assertEquals(Tri.TRUE, d.licenseRequired());
        assertEquals(Set.of("NAC"), codes(d.licenseExceptions()));
        assertEquals(3, option(d, "NAC").orElseThrow().notification().size());
        assertEquals(ReviewPolicy.Kind.PRESUMPTION_OF_DENIAL, d.reviewPolicy().kind());
    }

    @Test
    void cambodiaAcrossItsRemovalFromD5() {
        // State lifted the embargo 2025-11-07; BIS's conforming rule removed Cambodia from D:5 effective 2026-02-03 [S]
        LicenseDetermination before = assess(Chips.L40, "KH", "KH", LocalDate.of(2025, 11, 6));
        LicenseDetermination first = assess(Chips.L40, "KH", "KH", LocalDate.of(2025, 11, 7));
        LicenseDetermination last = assess(Chips.L40, "KH", "KH", LocalDate.of(2026, 2, 2));
        LicenseDetermination removed = assess(Chips.L40, "KH", "KH", LocalDate.of(2026, 2, 3));
        LicenseDetermination after = assess(Chips.L40, "KH", "KH", LocalDate.of(2026, 2, 4));
        assertEquals(ReviewPolicy.Kind.PRESUMPTION_OF_DENIAL, before.reviewPolicy().kind());
        assertEquals(Set.of("NAC"), codes(before.licenseExceptions()));
        for (LicenseDetermination d : List.of(first, last)) {
            assertEquals(Tri.TRUE, d.licenseRequired(), "in D:1 whichever reading: a licence either way");
            assertEquals(ReviewPolicy.Kind.UNKNOWN, d.reviewPolicy().kind(), d::toString);
            assertEquals(Set.of("NAC", "ACA"), codes(d.licenseExceptions()));
            d.licenseExceptions().forEach(o -> assertEquals(Tri.UNKNOWN, o.available(), o::toString));
            assertTrue(d.readings().stream().anyMatch(a -> a.label().contains("group-change:KH:D:5=before")), d.readings()::toString);
            assertTrue(d.readings().stream().anyMatch(a -> a.label().contains("group-change:KH:D:5=after")));
        }
        for (LicenseDetermination d : List.of(removed, after)) {
            assertEquals(ReviewPolicy.Kind.PRESUMPTION_OF_APPROVAL, d.reviewPolicy().kind());
            assertEquals(Set.of("ACA"), codes(d.licenseExceptions()));
        }
    }

    @Test
    void nicaraguaJoinedD5OnMarch15_2024() {
        // 89 FR 18780 (FR Doc 2024-05696), effective 2024-03-15: "BIS adds Nicaragua to Country Group D:5"
        assertEquals(Tri.FALSE, assess(Chips.L40, "NI", "NI", LocalDate.of(2024, 3, 14)).licenseRequired());
        LicenseDetermination on = assess(Chips.L40, "NI", "NI", LocalDate.of(2024, 3, 15));
        assertEquals(Tri.TRUE, on.licenseRequired());
        assertEquals(ReviewPolicy.Kind.PRESUMPTION_OF_DENIAL, on.reviewPolicy().kind());
        assertEquals(Tri.TRUE, assess(Chips.L40, "NI", "NI", LocalDate.of(2024, 3, 16)).licenseRequired());
    }

    @Test
    void anEndUserHeadquarteredInCyprusBeforeMay2024IsAReadingOfTheStateList() {
        // 89 FR 40369, effective 2024-05-30; the State Department's denial policy for Cyprus was lifted from 2022-10-01
        // and the note to D:5 says the State list controls: § 744.23(a)(3) for a Cyprus-headquartered end user is unknown
        assertEquals(Tri.UNKNOWN, assess(Chips.L40, "DE", "CY", LocalDate.of(2024, 5, 29)).licenseRequired());
        assertEquals(Tri.FALSE, assess(Chips.L40, "DE", "CY", LocalDate.of(2024, 5, 30)).licenseRequired());
        assertEquals(Tri.FALSE, assess(Chips.L40, "DE", "CY", LocalDate.of(2024, 5, 31)).licenseRequired());
    }

    // --- NAC before April 2024 -------------------------------------------------------------------------------

    @Test
    void nacToD1OrD4BeforeApril2024NeededNoNotification() {
        // 2023 text: NAC to D:1/D:4 other than Macau/D:5 without notification; 89 FR 23876 renamed that path ACA
        LicenseDetermination vn = assess(Chips.L40, "VN", "VN", LocalDate.of(2024, 3, 1));
        assertEquals(Set.of("NAC (no notification)"), codes(vn.licenseExceptions()));
        assertTrue(option(vn, "NAC (no notification)").orElseThrow().notification().isEmpty());
        LicenseDetermination cn = assess(Chips.L40, "CN", "CN", LocalDate.of(2024, 3, 1));
        assertEquals(Set.of("NAC"), codes(cn.licenseExceptions()));
        assertEquals(3, option(cn, "NAC").orElseThrow().notification().size(), "TPP, PD and the datasheet (§ 740.8(c))");
        assertEquals(Set.of("NAC (no notification)"), codes(assess(Chips.L40, "VN", "VN", LocalDate.of(2024, 4, 3)).licenseExceptions()));
        assertEquals(Set.of("ACA"), codes(assess(Chips.L40, "VN", "VN", LocalDate.of(2024, 4, 4)).licenseExceptions()));
        assertEquals(Set.of("ACA"), codes(assess(Chips.L40, "VN", "VN", LocalDate.of(2024, 4, 5)).licenseExceptions()));
        LicenseDetermination hq = assess(Chips.L40, "VN", "CN", LocalDate.of(2024, 3, 1));
        assertEquals(Set.of("NAC"), codes(hq.licenseExceptions()), "a D:5-headquartered end user needs the notification");
    }

    // --- the "is informed" letters --------------------------------------------------------------------------

    @Test
    void theH20IsCaughtUnderBothReadingsOfTheLetters() {
        // H20: 4,000 GB/s HBM3 and 900 GB/s NVLink — at the 8-K figures and above the FT's 1,400 / 1,100 / 1,700
        LicenseDetermination d = assess(Chips.H20, "CN", "CN", LocalDate.of(2025, 6, 1));
        assertEquals(Tri.TRUE, d.licenseRequired());
        assertTrue(d.reported());
        assertEquals(1, d.readings().size(), "named in NVIDIA's 8-K of 2025-04-15: the criteria are not needed");
        assertTrue(d.basis().stream().anyMatch(b -> b.key().equals("nvidia-8k-2025-04-15")));
    }

    @Test
    void aPartBetweenTheTwoReadingsOfTheLettersIsUnknown() {
        // 2,000 GB/s of DRAM: ≥ 1,400 (FT) but below the H20's 4,000 (8-K): an NVIDIA part the readings treat differently
        Part mid = Part.builder().from(Chips.hypothetical(new BigDecimal("1000"), new BigDecimal("500"), true, new BigDecimal("400"),
            new BigDecimal("2000"))).vendor("NVIDIA").build();
        LicenseDetermination d = assess(mid, "CN", "CN", LocalDate.of(2025, 6, 1));
        assertEquals(Tri.UNKNOWN, d.licenseRequired());
        Map<String, Tri> by = d.readings().stream().collect(Collectors.toMap(ReadingAnswer::label, ReadingAnswer::licenseRequired));
        assertEquals(Tri.TRUE, by.get("informed-criteria=ft-reported"));
        assertEquals(Tri.FALSE, by.get("informed-criteria=h20-figures"));
    }

    @Test
    void anotherVendorsPartIsUnknownUnderTheLetters() {
        // letters reported to NVIDIA, AMD and Intel only; § 744.23(b) binds the persons informed
        Part other = Part.builder().from(Chips.H20).id("other").vendor("Biren").build();
        LicenseDetermination d = assess(other, "CN", "CN", LocalDate.of(2025, 6, 1));
        assertEquals(Tri.UNKNOWN, d.licenseRequired());
        assertTrue(d.readings().stream().anyMatch(r -> r.label().contains("informed-recipient=not-informed")
            && r.licenseRequired() == Tri.FALSE));
    }

    // --- the 2026 China box for systems -------------------------------------------------------------------------

    @Test
    void theChinaBoxForASystemIsPerIcOrAggregate() {
        // 91 FR 1684: TPP < 21,000 and total DRAM bandwidth < 6,500 GB/s; an 8 × H200 board is 8 × 15,831.2 TPP in all
        Part board = Part.builder().id("hgx-h200").vendor("NVIDIA").name("HGX H200").kind(PartKind.SYSTEM)
            .addContains(Component.of("h200", 8)).build();
        PartResolver r = id -> Optional.ofNullable(Map.of("h200", Chips.H200).get(id));
        LicenseDetermination d = Licensing.assess(Shipment.of(board, 1, CountryCode.of("CN"), LocalDate.of(2026, 3, 1))
            .withHeadquarters(CountryCode.of("CN")), Interpretation.defaults(), r);
        assertEquals(Tri.TRUE, d.licenseRequired());
        assertEquals(ReviewPolicy.Kind.UNKNOWN, d.reviewPolicy().kind(), d.reviewPolicy()::toString);
        Map<String, ReviewPolicy.Kind> by = d.readings().stream()
            .filter(a -> a.label().contains("china-box-system"))
            .collect(Collectors.toMap(a -> a.label().replaceAll(".*china-box-system=([a-z-]+).*", "$1"), a -> a.reviewPolicy().kind(),
                (a, b) -> a));
        assertEquals(ReviewPolicy.Kind.CASE_BY_CASE, by.get("per-ic"), by::toString);
        assertEquals(ReviewPolicy.Kind.PRESUMPTION_OF_DENIAL, by.get("aggregate"), by::toString);
    }


    @Test
    void theWorldwideGroundCountsAsWrittenOnlyFromItsComplianceDate() {
        for (String date : List.of("2025-02-01", "2025-05-14")) {
            LicenseDetermination d = assess(Chips.H100, "DE", "DE", LocalDate.parse(date));
            for (LicenseAnswer a : List.of(d.asWritten(), d.asEnforced())) {
                Basis b = a.grounds().stream().filter(x -> x.ground() == Ground.AI_DIFFUSION_WORLDWIDE).findFirst().orElseThrow();
                assertEquals(BasisStatus.NOT_ENFORCED, b.status(), date);
                assertTrue(b.reason().contains("compliance not required before 2025-05-15"), b.reason());
            }
        }
        LicenseDetermination d = assess(Chips.H100, "DE", "DE", LocalDate.of(2025, 6, 1));
        Basis written = d.asWritten().grounds().stream().filter(x -> x.ground() == Ground.AI_DIFFUSION_WORLDWIDE).findFirst().orElseThrow();
        Basis enforced = d.asEnforced().grounds().stream().filter(x -> x.ground() == Ground.AI_DIFFUSION_WORLDWIDE).findFirst().orElseThrow();
        assertEquals(BasisStatus.IN_FORCE, written.status());
        assertTrue(written.reason().contains("AS WRITTEN"), written.reason());
        assertEquals("15 CFR 742.6(b)(10)(iii)(A)(2) (as written)", written.reviewPolicy().citation(), "Germany is in supplement 5(a)");
        assertEquals(BasisStatus.NOT_ENFORCED, enforced.status());
        assertTrue(enforced.reason().endsWith("does not count towards the licence requirement as enforced"), enforced.reason());
        assertTrue(d.notices().stream().anyMatch(n -> n.code() == LicenceNotice.Code.POSTURES_DIFFER), d.warnings()::toString);
        Basis destination = d.asWritten().grounds().stream().filter(x -> x.ground() == Ground.DESTINATION).findFirst().orElseThrow();
        assertTrue(destination.paragraph().contains("replaced for 3A090.a by the worldwide (iii)(A)"), destination.paragraph());
        assertEquals(Tri.FALSE, destination.applies());
    }

    @Test
    void theLettersReachASystemThroughItsIcs() {
        Part board = Part.builder().id("hgx-h20").vendor("NVIDIA").name("HGX H20").kind(PartKind.SYSTEM)
            .addContains(Component.of("h20", 8)).build();
        LicenseDetermination d = Licensing.assess(Shipment.of(board, 1, CountryCode.of("CN"), LocalDate.of(2025, 6, 1))
            .withHeadquarters(CountryCode.of("CN")), Interpretation.defaults(), Chips::find);
        assertEquals(Tri.TRUE, d.licenseRequired(), () -> LicenseReports.text(d));
        Part lost = Part.builder().from(board).id("lost").name("mystery board").contains(List.of(Component.of("nowhere", 8))).build();
        LicenseDetermination u = Licensing.assess(Shipment.of(lost, 1, CountryCode.of("CN"), LocalDate.of(2025, 6, 1))
            .withHeadquarters(CountryCode.of("CN")), Interpretation.defaults(), Chips::find);
        assertEquals(Tri.UNKNOWN, u.licenseRequired());
        assertTrue(u.readings().stream().allMatch(r -> r.licenseRequired() == Tri.UNKNOWN), "an IC not found is a missing fact");
    }

    @Test
    void part746ReachesItemsOutside3A090OnlyWhereItsScopeSaysSo() {
        LicenseDetermination ru = assess(Chips.memory("dram", "100", "500"), "RU", "RU", LocalDate.of(2024, 6, 1));
        Basis b = ru.basis().stream().filter(x -> x.ground() == Ground.EMBARGO).findFirst().orElseThrow();
        assertEquals(Tri.UNKNOWN, b.applies());
        assertTrue(b.reason().endsWith("whether part 746 reaches an item outside 3A090/4A090 is not assessed"), b.reason());
        assertTrue(b.paragraph().contains("(items on the CCL)"));
        LicenseDetermination cu = assess(Chips.memory("dram", "100", "500"), "CU", "CU", LocalDate.of(2024, 6, 1));
        Basis c = cu.basis().stream().filter(x -> x.ground() == Ground.EMBARGO).findFirst().orElseThrow();
        assertEquals(Tri.TRUE, c.applies());
        assertTrue(c.paragraph().contains("(all items subject to the EAR)"));
        assertFalse(c.reason().contains("not assessed"));
        assertTrue(assess(Chips.L40, "DE", "DE", LocalDate.of(2024, 6, 1)).grounds().stream().noneMatch(x -> x.ground() == Ground.EMBARGO));
    }

    // --- standing notes -----------------------------------------------------------------------------------------

    @Test
    void everyDeterminationStatesHowTppIsRead() {
        assertTrue(assess(Chips.L40, "DE", "DE", LocalDate.of(2024, 6, 1)).warnings().contains(Readings.TPP_NOTE));
    }

    @Test
    void readingsAndQuestionsAreWellFormed() {
        assertFalse(Readings.builtIn().isEmpty());
        for (Question q : Readings.builtIn()) {
            assertTrue(q.readings().size() >= 2);
            q.readings().forEach(rd -> assertEquals(q.id(), rd.question()));
        }
        assertThrowsIllegal(() -> new Question("q", "?", List.of(new Reading("a", "q", "x", "y"))));
        assertThrowsIllegal(() -> new Question("q", "?", List.of(new Reading("a", "q", "x", "y"), new Reading("a", "q", "x", "y"))));
        assertThrowsIllegal(() -> new Question("q", "?", List.of(new Reading("a", "q", "x", "y"), new Reading("b", "p", "x", "y"))));
        assertThrowsIllegal(() -> new Reading(" ", "q", "x", "y"));
        assertThrowsIllegal(() -> CountryCode.of("UK"));
        assertThrowsIllegal(() -> CountryCode.of("XX"));
        assertEquals("CN", CountryCode.of(" cn ").code());
        assertThrowsIllegal(() -> Shipment.of(Chips.L40, 0, CountryCode.of("CN"), LocalDate.of(2024, 1, 1)));
    }

    private static void assertThrowsIllegal(org.junit.jupiter.api.function.Executable e) {
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, e);
    }
}
