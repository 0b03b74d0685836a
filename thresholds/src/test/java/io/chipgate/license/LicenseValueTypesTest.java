package io.chipgate.license;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.chipgate.metrics.Interpretation;
import io.chipgate.metrics.Tri;
import io.chipgate.testing.Chips;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link LicenseOption} and {@link LicenseDetermination} as values: the typed exception behind a code, which options
 * can relieve an enforced requirement (§ 740.8 NAC/ACA, § 740.20 STA yes; § 740.29 LPP and § 740.27 AIA, written by
 * the rescinded AI-diffusion rule, no), equality, the shipment kept, and what settles an answer open both on
 * jurisdiction and on the grounds.
 */
class LicenseValueTypesTest {
    static final LocalDate JUN_2024 = LocalDate.of(2024, 6, 1);

    static LicenseOption option(String code, Tri available) {
        return LicenseOption.of(code, available, "conditions", List.of(), "15 CFR 740.8", null);
    }

    @Test
    void eachCodeIsItsTypedException() {
        for (LicenceException e : LicenceException.values()) {
            assertSame(e, option(e.code(), Tri.TRUE).exception(), e.code());
        }
    }

    @Test
    void onlyAnOfferedExceptionThatRelievesEnforcedRequirementsIsUsableAsEnforced() {
        for (String code : List.of("NAC", "ACA", "HBM", "STA", "NAC (no notification)")) {
            assertTrue(option(code, Tri.TRUE).usableAsEnforced(), code);
            assertTrue(option(code, Tri.UNKNOWN).usableAsEnforced(), code + ": offered, conditions unknown");
            assertFalse(option(code, Tri.FALSE).usableAsEnforced(), code + ": not available");
        }
        for (String code : List.of("LPP", "AIA")) {
            assertFalse(option(code, Tri.TRUE).usableAsEnforced(), code + " relieves only requirements BIS does not enforce");
        }
    }

    @Test
    void optionsAreEqualExactlyWhenEveryFieldIs() {
        LicenseOption a = LicenseOption.of("NAC", Tri.TRUE, "c", List.of("n"), "15 CFR 740.8", "note");
        LicenseOption same = LicenseOption.of("NAC", Tri.TRUE, "c", List.of("n"), "15 CFR 740.8", "note");
        assertEquals(a, a);
        assertEquals(a, same);
        assertEquals(a.hashCode(), same.hashCode());
        List<LicenseOption> others = List.of(LicenseOption.of("ACA", Tri.TRUE, "c", List.of("n"), "15 CFR 740.8", "note"),
            LicenseOption.of("NAC", Tri.UNKNOWN, "c", List.of("n"), "15 CFR 740.8", "note"),
            LicenseOption.of("NAC", Tri.TRUE, "d", List.of("n"), "15 CFR 740.8", "note"),
            LicenseOption.of("NAC", Tri.TRUE, "c", List.of(), "15 CFR 740.8", "note"),
            LicenseOption.of("NAC", Tri.TRUE, "c", List.of("n"), "15 CFR 740.20", "note"),
            LicenseOption.of("NAC", Tri.TRUE, "c", List.of("n"), "15 CFR 740.8", null));
        for (LicenseOption o : others) {
            assertNotEquals(a, o, o.toString());
        }
        assertNotEquals(a, "NAC");
        assertTrue(others.stream().anyMatch(o -> o.hashCode() != a.hashCode()), "the hash depends on the fields");
    }

    @Test
    void aDeterminationKeepsItsShipmentAndIsAValue() {
        Shipment s = Ship.of(Chips.H100, 8, "DE", "DE", JUN_2024);
        LicenseDetermination d = Licensing.assess(s, Interpretation.defaults(), Chips::find);
        assertSame(s, d.shipment());
        LicenseDetermination again = Licensing.assess(Ship.of(Chips.H100, 8, "DE", "DE", JUN_2024), Interpretation.defaults(), Chips::find);
        assertEquals(d, d);
        assertEquals(d, again);
        assertEquals(d.hashCode(), again.hashCode());
        LicenseDetermination china = Licensing.assess(Ship.of(Chips.H100, 8, "CN", "CN", JUN_2024), Interpretation.defaults(), Chips::find);
        assertNotEquals(d, china);
        assertNotEquals(d.hashCode(), china.hashCode(), "different shipments and answers");
        assertNotEquals(d, s);
    }

    @Test
    void anAnswerOpenOnJurisdictionAndOnTheGroundsNamesWhatSettlesBoth() {
        // a foreign-made H100 to Germany, direct-product status and US content unknown (§ 734.9(h), § 734.4), and the end
        // user's headquarters unknown (§ 742.6(a)(6)(iii) / § 744.23(a)(3)): both steps are open
        Shipment s = Shipment.of(Chips.H100, 1, CountryCode.of("DE"), JUN_2024).withItemOrigin(ItemOrigin.foreign(Tri.UNKNOWN, null));
        LicenseDetermination d = Licensing.assess(s, Interpretation.defaults(), Chips::find, CountryGroups.builtIn(), Embargoes.builtIn(), null);
        assertEquals(Tri.UNKNOWN, d.subjectToEar());
        assertEquals(Tri.UNKNOWN, d.asEnforced().licenseRequired());
        assertEquals(Tri.UNKNOWN, d.licenseRequired());
        List<String> ids = d.settledBy().stream().map(OpenQuestion::id).toList();
        assertTrue(ids.contains("us-technology") && ids.contains("us-content"), ids.toString());
        assertTrue(ids.contains("headquarters"), ids.toString());
        assertEquals("headquarters", ids.get(ids.size() - 1), "the jurisdiction's questions first, then the grounds'");
        // with the headquarters in Germany the grounds require no licence, subject or not: nothing is open
        LicenseDetermination de = Licensing.assess(s.withHeadquarters(CountryCode.of("DE")), Interpretation.defaults(), Chips::find,
            CountryGroups.builtIn(), Embargoes.builtIn(), null);
        assertEquals(Tri.FALSE, de.licenseRequired());
        assertEquals(List.of(), de.settledBy());
    }
}
