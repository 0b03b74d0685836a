package io.chipgate.license;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.chipgate.metrics.Interpretation;
import io.chipgate.metrics.Tri;
import io.chipgate.model.Component;
import io.chipgate.model.Part;
import io.chipgate.model.PartKind;
import io.chipgate.model.PartResolver;
import io.chipgate.testing.Chips;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Conditions that state the fact they rest on (answers explain themselves): License Exception STA for the UAE from
 * 2026-07-10 (91 FR 43034, § 740.2(a)(26)) says whether the end user was given as approved, and the 2026 China box
 * (91 FR 1684, § 742.6(b)(10)(iii)(A)(1)) read on a system's aggregate says "outside" when both sums are known, "possibly
 * outside" only when one is not.
 */
class ConditionsWordsTest {
    static final LocalDate AUG_2026 = LocalDate.of(2026, 8, 1);

    static LicenseOption sta(Shipment s) {
        LicenseDetermination d = Licensing.assess(s, Interpretation.defaults(), Chips::find);
        return d.licenseExceptions().stream().filter(o -> o.code().equals("STA")).findFirst()
            .orElseThrow(() -> new AssertionError("STA not offered:\n" + LicenseReports.text(d)));
    }

    @Test
    void staForTheUaeSaysWhetherTheEndUserWasGivenAsApproved() {
        Shipment s = Ship.of(Chips.H100, 1, "AE", "AE", AUG_2026);
        LicenseOption open = sta(s);
        assertEquals(Tri.UNKNOWN, open.available(), "approval not given: possibly available");
        assertTrue(open.conditions().contains("; end user approved: not given; "), open.conditions());
        LicenseOption approved = sta(s.withUaeApprovedEndUser(true));
        assertEquals(Tri.TRUE, approved.available());
        assertTrue(approved.conditions().contains("; end user approved: true; "), approved.conditions());
        assertFalse(sta(s.withUaeApprovedEndUser(false)).conditions().contains("not given"));
    }

    @Test
    void anotherVendorsLetterIsAssumedReceivedUnderOneReadingAndNotUnderTheOther() {
        // § 744.23(b) binds the persons BIS informed; the letters of 2025-04-09 were reported sent to NVIDIA, AMD and Intel
        Part other = Part.builder().from(Chips.H20).id("other").vendor("Biren").name("BR-H20-like").build();
        LicenseDetermination d = Ship.assess(other, 1, "CN", "CN", LocalDate.of(2025, 6, 1), Interpretation.defaults(), Chips::find);
        assertTrue(d.notices().stream().anyMatch(n -> n.code() == LicenceNotice.Code.REPORTED_LETTERS), d.warnings()::toString);
        Basis letters = d.asEnforced().grounds().stream().filter(b -> b.ground() == Ground.INFORMED_LETTERS).findFirst().orElseThrow();
        assertEquals(Tri.UNKNOWN, letters.applies());
        assertTrue(letters.reason().contains("vendor Biren not among the reported recipients (NVIDIA, AMD, Intel): letter assumed received"),
            letters.reason());
        assertTrue(letters.reason().contains("letter assumed not received"), letters.reason());
        ReadingAnswer informed = d.readings().stream().filter(a -> a.label().contains("informed-recipient=informed")).findFirst()
            .orElseThrow();
        Basis under = informed.basis().stream().filter(b -> b.ground() == Ground.INFORMED_LETTERS).findFirst().orElseThrow();
        assertTrue(under.reason().contains("letter assumed received"), under.reason());
    }

    static ReviewPolicy aggregateReading(Part board, PartResolver r) {
        LicenseDetermination d = Licensing.assess(Shipment.of(board, 1, CountryCode.of("CN"), LocalDate.of(2026, 3, 1))
            .withHeadquarters(CountryCode.of("CN")), Interpretation.defaults(), r);
        return d.readings().stream().filter(a -> a.label().contains("china-box-system=aggregate")).findFirst()
            .orElseThrow(() -> new AssertionError(LicenseReports.text(d))).reviewPolicy();
    }

    @Test
    void theAggregateBoxSaysOutsideWhenBothSumsAreKnown() {
        // 8 × H200: each inside the box (TPP 15,831.2 < 21,000; 4,800 < 6,500 GB/s), the board's sums outside it
        Part board = Part.builder().id("hgx-h200").vendor("NVIDIA").name("HGX H200").kind(PartKind.SYSTEM)
            .addContains(Component.of("h200", 8)).build();
        ReviewPolicy known = aggregateReading(board, id -> Optional.ofNullable(Map.of("h200", Chips.H200).get(id)));
        assertEquals(ReviewPolicy.Kind.PRESUMPTION_OF_DENIAL, known.kind());
        assertTrue(known.conditions().contains(" are outside the 2026 box "), known.conditions());
        assertFalse(known.conditions().contains("possibly"), known.conditions());
    }
}
