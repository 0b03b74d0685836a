package io.chipgate.license;

import static io.chipgate.testing.Qt.pick;
import static io.chipgate.testing.Qt.qt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.chipgate.metrics.Interpretation;
import io.chipgate.metrics.Tri;
import io.chipgate.model.Part;
import io.chipgate.testing.Chips;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The licence law as written and as enforced, point by point of issue 19 (§ 2 as written, § 3 what an export is,
 * § 6 systems, § 7 settledBy), each test naming the paragraph it checks.
 */
class LicenceLawTest {
    static final LocalDate AUG_2025 = LocalDate.of(2025, 8, 1);

    static LicenseDetermination assess(Part p, long n, String to, String hq, LocalDate on) {
        Shipment s = Shipment.of(p, n, CountryCode.of(to), on);
        if (hq != null) {
            s = s.withHeadquarters(CountryCode.of(hq));
        }
        return Licensing.assess(s, Interpretation.defaults(), Chips::find);
    }

    static Optional<LicenseOption> option(LicenseAnswer a, String code) {
        return a.licenseExceptions().stream().filter(o -> o.code().equals(code)).findFirst();
    }

    // --- § 740.8(a) as amended by 90 FR 4544: ACA to or within any destination except Macau/D:5 ------------------

    @Test
    void asWrittenAcaReachesAnyDestinationOutsideMacauAndD5() {
        // RTX 4090: 3A090.a.1, not designed for datacenters: NAC/ACA-eligible; Brazil is in no D group
        LicenseDetermination d = assess(Chips.RTX_4090, 10, "BR", "BR", AUG_2025);
        assertEquals(Tri.TRUE, d.asWritten().licenseRequired(), "§ 742.6(a)(6)(iii)(A) as written: worldwide");
        assertEquals(Tri.TRUE, option(d.asWritten(), "ACA").orElseThrow().available(), () -> LicenseReports.text(d));
        assertTrue(option(d.asWritten(), "ACA").orElseThrow().conditions().startsWith("as written after 90 FR 4544"));
        assertEquals(Tri.FALSE, d.asEnforced().licenseRequired(), "as enforced: Brazil is outside D:1/D:4/D:5");
        LicenseDetermination hqChina = assess(Chips.RTX_4090, 10, "BR", "CN", AUG_2025);
        assertTrue(option(hqChina.asWritten(), "ACA").isEmpty(), "not to D:5-headquartered parties");
        assertTrue(option(hqChina.asWritten(), "NAC").isPresent(), "NAC with notification instead");
    }

    @Test
    void theNacNotificationHasSixItemsAsWrittenAfter2025AndThreeBefore() {
        // § 740.8(c)(1)(i)–(vi) as written after 90 FR 4544; (i)–(iii) in the 2024 text
        LicenseDetermination d = assess(Chips.L40, 1, "CN", "CN", AUG_2025);
        assertEquals(6, option(d.asWritten(), "NAC").orElseThrow().notification().size());
        assertEquals(3, option(d.asEnforced(), "NAC").orElseThrow().notification().size());
        assertEquals(3, option(assess(Chips.L40, 1, "CN", "CN", LocalDate.of(2024, 6, 1)).asWritten(), "NAC").orElseThrow()
            .notification().size());
    }

    // --- § 740.27 AIA, § 740.29 LPP, § 740.2(a)(9)(ii) --------------------------------------------------------------

    @Test
    void aiaIsForSupplement5aDestinationsAndHeadquarters() {
        LicenseDetermination de = assess(Chips.H100, 8, "DE", "DE", AUG_2025);
        assertEquals(Tri.TRUE, option(de.asWritten(), "AIA").orElseThrow().available(), () -> LicenseReports.text(de));
        assertTrue(option(assess(Chips.H100, 8, "DE", "SG", AUG_2025).asWritten(), "AIA").isEmpty(), "headquartered outside 5(a)");
        assertEquals(Tri.UNKNOWN, option(assess(Chips.H100, 8, "DE", null, AUG_2025).asWritten(), "AIA").orElseThrow().available());
        assertTrue(option(assess(Chips.H100, 8, "BR", "BR", AUG_2025).asWritten(), "AIA").isEmpty(), "Brazil is not in 5(a)");
        assertTrue(option(assess(Chips.H100, 8, "DE", "DE", LocalDate.of(2024, 6, 1)).asWritten(), "AIA").isEmpty(), "before 2025");
    }

    @Test
    void lppIsNotAmongTheExceptionsOf74029aFor9iiDestinationsNorForD5Headquarters() {
        // § 740.2(a)(9)(ii): Vietnam (D:1, D:4, not A:5/A:6) — LPP is not listed
        LicenseDetermination vn = assess(Chips.H100, 1, "VN", "VN", AUG_2025);
        assertTrue(option(vn.asWritten(), "LPP").isEmpty(), () -> LicenseReports.text(vn));
        assertTrue(vn.warnings().stream().anyMatch(w -> w.contains("§ 740.2(a)(9)(ii)")));
        assertEquals(Tri.TRUE, option(assess(Chips.H100, 1, "BR", "BR", AUG_2025).asWritten(), "LPP").orElseThrow().available());
        // § 740.29(c)(2): not for consignees headquartered in Macau or D:5
        assertTrue(option(assess(Chips.H100, 1, "BR", "CN", AUG_2025).asWritten(), "LPP").isEmpty());
    }

    @Test
    void lppCountsTheIcsOfASystemTowardsItsCap() {
        // § 740.29(h): 4A090.a items count; HGX H100 = 8 × 15,831.2 = 126,649.6 TPP;
        // 212 × 126,649.6 = 26,849,715.2 ≤ 26,900,000 < 26,976,364.8 = 213 × 126,649.6
        LicenseDetermination at212 = assess(Chips.HGX_H100, 212, "BR", "BR", AUG_2025);
        assertEquals(0, at212.aggregateTpp().orElseThrow().compareTo(new BigDecimal("26849715.2")),
            "the system's aggregate TPP is its ICs' sum");
        assertEquals(Tri.TRUE, option(at212.asWritten(), "LPP").orElseThrow().available(), () -> LicenseReports.text(at212));
        LicenseDetermination at213 = assess(Chips.HGX_H100, 213, "BR", "BR", AUG_2025);
        assertTrue(option(at213.asWritten(), "LPP").isEmpty(), () -> LicenseReports.text(at213));
    }

    // --- § 742.6(b)(10)(iii): supplement 5(a) presumption of approval; allocations only outside 5(a) ---------------

    @Test
    void theWrittenReviewPolicyGivesSupplement5aApprovalAndCapsOnlyOutsideIt() {
        Basis de = assess(Chips.H100, 1, "DE", "DE", AUG_2025).asWritten().grounds().stream()
            .filter(b -> b.ground() == Ground.AI_DIFFUSION_WORLDWIDE).findFirst().orElseThrow();
        assertEquals(ReviewPolicy.Kind.PRESUMPTION_OF_APPROVAL, de.reviewPolicy().kind());
        assertEquals("15 CFR 742.6(b)(10)(iii)(A)(2) (as written)", de.reviewPolicy().citation());
        Basis br = assess(Chips.H100, 1, "BR", "BR", AUG_2025).asWritten().grounds().stream()
            .filter(b -> b.ground() == Ground.AI_DIFFUSION_WORLDWIDE).findFirst().orElseThrow();
        assertTrue(br.reviewPolicy().conditions().contains("790,000,000"));
        assertEquals(Tri.FALSE, Licensing.countryAllocationApplies(CountryCode.of("DE"), AUG_2025), "Germany is in 5(a)");
        assertEquals(Tri.TRUE, Licensing.countryAllocationApplies(CountryCode.of("BR"), AUG_2025));
        assertEquals(Tri.FALSE, Licensing.countryAllocationApplies(CountryCode.of("CN"), AUG_2025), "D:5: denial, no allocation");
        assertEquals(Tri.FALSE, Licensing.countryAllocationApplies(CountryCode.of("MO"), AUG_2025), "Macau");
    }

    // --- § 7 settledBy -----------------------------------------------------------------------------------------

    @Test
    void anUnknownHeadquartersIsNamedAsWhatSettlesTheAnswer() {
        LicenseDetermination d = assess(Chips.H100, 1, "SG", null, LocalDate.of(2024, 6, 1));
        assertEquals(Tri.UNKNOWN, d.licenseRequired());
        assertEquals(List.of("headquarters"), d.settledBy().stream().map(OpenQuestion::id).toList());
        assertTrue(LicenseReports.text(d).contains("UNKNOWN — settled by:"), LicenseReports.text(d));
        assertTrue(d.settledBy().get(0).question().length() <= OpenQuestion.MAX_QUESTION);
        assertTrue(assess(Chips.H100, 1, "CN", "CN", LocalDate.of(2024, 6, 1)).settledBy().isEmpty(), "a definite answer");
    }

    @Test
    void settledByQuestionsOnceAnsweredEitherWayMakeTheAnswerDefinite() {
        List<Part> parts = List.of(Chips.H100, Chips.H20, Chips.L40, Chips.RTX_4090, Chips.A800,
            Part.builder().from(Chips.L40).datacenter(Optional.empty()).build());
        List<String> dests = List.of("CN", "SG", "VN", "AE", "DE", "BR", "KH", "MY", "US", "CU");
        qt().withExamples(150).forAll(pick(parts), pick(dests), LicensingPropertiesTest.dates()).checkAssert((p, to, on) -> {
            LicenseDetermination d = assess(p, 2, to, null, on);
            if (d.licenseRequired() != Tri.UNKNOWN) {
                assertTrue(d.settledBy().isEmpty());
                return;
            }
            assertFalse(d.settledBy().isEmpty(), () -> "an unknown answer names what settles it: " + LicenseReports.text(d));
            if (d.settledBy().stream().anyMatch(q -> q.id().startsWith("figures:"))) {
                return; // a missing figure cannot be answered by choosing
            }
            for (int way = 0; way < 2; way++) {
                boolean dcAsked = d.settledBy().stream().anyMatch(q -> q.id().equals("datacenter"));
                Part answeredPart = dcAsked ? Part.builder().from(p).datacenter(way == 0).build() : p;
                Shipment s = Shipment.of(answeredPart, 2, CountryCode.of(to), on);
                Map<String, String> answered = new HashMap<>();
                for (OpenQuestion q : d.settledBy()) {
                    switch (q.id()) {
                        case "headquarters" -> s = s.withHeadquarters(CountryCode.of(way == 0 ? "CN" : "DE"));
                        case "uae-approved-end-user" -> s = s.withUaeApprovedEndUser(way == 0);
                        case "datacenter" -> { }
                        default -> answered.put(q.id(), d.readings().stream().flatMap(r -> r.readings().stream())
                            .filter(r -> r.question().equals(q.id())).skip(way).findFirst()
                            .or(() -> d.readings().stream().flatMap(r -> r.readings().stream())
                                .filter(r -> r.question().equals(q.id())).findFirst()).orElseThrow().id());
                    }
                }
                LicenseDetermination settled = Licensing.evaluate(s, Interpretation.defaults(), Chips::find, CountryGroups.builtIn(),
                    Embargoes.builtIn(), answered, new HashMap<>(), List.of());
                int w = way;
                assertTrue(settled.licenseRequired() != Tri.UNKNOWN,
                    () -> "answering " + d.settledBy() + " (way " + w + ") left it unknown: " + LicenseReports.text(settled));
            }
        });
    }

    // --- § 3: no ground answers for a US destination; § 740.2: exceptions offered are permitted -----------------------

    @Test
    void noGroundAnswersForAUsDestinationAndNoExceptionIsOfferedWhereNoneIsPermitted() {
        qt().withExamples(200).forAll(LicensingPropertiesTest.facts(), pick(LicensingPropertiesTest.DESTINATIONS),
            LicensingPropertiesTest.headquarters(), LicensingPropertiesTest.dates()).checkAssert((f, to, hq, on) -> {
                LicenseDetermination d = assess(f.part(), 3, to, hq, on);
                if (Transaction.UNITED_STATES.contains(to)) {
                    assertEquals(Tri.FALSE, d.licenseRequired());
                    assertTrue(d.grounds().isEmpty());
                    return;
                }
                boolean embargoed = d.grounds().stream().anyMatch(b -> b.ground() == Ground.EMBARGO && b.requires() == Tri.TRUE);
                for (LicenseAnswer a : List.of(d.asWritten(), d.asEnforced())) {
                    if (embargoed) {
                        assertTrue(a.licenseExceptions().isEmpty(), "§ 740.2(a): part 746 bars licence exceptions");
                    }
                    for (LicenseOption o : a.licenseExceptions()) {
                        if (o.code().equals("LPP")) {
                            assertTrue(CountryGroups.builtIn().inAdvancedComputingScope(to, on) != Tri.TRUE,
                                "§ 740.2(a)(9)(ii): no LPP to " + to);
                        }
                        if (o.code().equals("ACA")) {
                            assertTrue(CountryGroups.builtIn().inD5OrMacau(to, on) != Tri.TRUE, "ACA never to Macau or D:5");
                        }
                    }
                }
            });
    }

    // --- § 6: one discipline of readings in both layers ------------------------------------------------------------

    @Test
    void theChinaBoxForASystemIsAReadingInClassifyAsInLicense() {
        // 91 FR 1684: TPP < 21,000 and total DRAM bandwidth < 6,500 GB/s. Each H200 (TPP 15,831.2; 4,800 GB/s) is inside;
        // eight together (126,649.6; 38,400 GB/s) are outside. Per IC: CASE_BY_CASE; aggregate: PRESUMPTION_OF_DENIAL.
        Part board = Part.builder().id("hgx-h200").vendor("NVIDIA").name("HGX H200 8-GPU").kind(io.chipgate.model.PartKind.SYSTEM)
            .addContains(io.chipgate.model.Component.of("h200", 8)).build();
        LocalDate on = LocalDate.of(2026, 3, 1);
        io.chipgate.regime.Determination d = io.chipgate.regime.Regimes.byId("china-review-2026")
            .classify(board, Interpretation.defaults(), on, Chips::find);
        assertEquals(io.chipgate.regime.Outcome.INDETERMINATE, d.outcome(), "never a definite CASE_BY_CASE when the readings differ");
        assertTrue(d.missing().get(0).startsWith("reading china-box-system"), d.missing().toString());
        assertEquals(io.chipgate.regime.Outcome.CASE_BY_CASE, io.chipgate.regime.Regimes.byId("china-review-2026")
            .classify(Chips.H200, Interpretation.defaults(), on, Chips::find).outcome(), "one H200 is inside the box");
        LicenseDetermination lic = assess(board, 1, "CN", "CN", on);
        assertEquals(Tri.TRUE, lic.licenseRequired());
        assertEquals(ReviewPolicy.Kind.UNKNOWN, lic.reviewPolicy().kind(), "the readings' policies disagree");
        assertTrue(lic.readings().stream().anyMatch(r -> r.readings().stream().anyMatch(x -> x.id().equals("aggregate"))
            && r.reviewPolicy().kind() == ReviewPolicy.Kind.PRESUMPTION_OF_DENIAL), () -> lic.readings().toString());
        assertTrue(lic.readings().stream().anyMatch(r -> r.readings().stream().anyMatch(x -> x.id().equals("per-ic"))
            && r.reviewPolicy().kind() == ReviewPolicy.Kind.CASE_BY_CASE), () -> lic.readings().toString());
    }
}
