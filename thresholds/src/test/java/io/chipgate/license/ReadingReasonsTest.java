package io.chipgate.license;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.chipgate.metrics.Interpretation;
import io.chipgate.metrics.Tri;
import io.chipgate.model.Component;
import io.chipgate.model.Part;
import io.chipgate.model.PartKind;
import io.chipgate.testing.Chips;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Reasons that depend on readings or on facts read from a system's ICs: the § 744.23(b) letters' two readings of their
 * criteria, a licence exception offered under some readings only, a system's datacenter designation taken from ICs that
 * give none.
 */
class ReadingReasonsTest {
    static final LocalDate JUN_2025 = LocalDate.of(2025, 6, 1);

    static Basis informed(LicenseDetermination d) {
        return d.grounds().stream().filter(b -> b.ground() == Ground.INFORMED_LETTERS).findFirst()
            .orElseThrow(() -> new AssertionError(LicenseReports.text(d)));
    }

    /**
     * The letters of 2025-04-09 are not public: the criteria are read either as the Intel e-mail reported by the FT
     * (DRAM ≥ 1,400 GB/s, I/O ≥ 1,100 GB/s, or both ≥ 1,700 GB/s) or as the 8-K's "the H20's memory bandwidth,
     * interconnect bandwidth, or combination thereof" (H20: 4,000 GB/s, 900 GB/s). The H200 (4,800 GB/s) meets both,
     * and the reason names each reading's criteria.
     */
    @Test
    void theLettersReasonNamesTheCriteriaOfEachReading() {
        String cn = informed(Ship.assess(Chips.H200, 1, "CN", "CN", JUN_2025)).reason();
        assertTrue(cn.contains("reported criteria (FT: DRAM ≥ 1,400 GB/s or I/O ≥ 1,100 GB/s or both ≥ 1,700 GB/s): true"), cn);
        assertTrue(cn.contains("the H20's figures (8-K wording: memory ≥ 4,000 GB/s or interconnect ≥ 900 GB/s or both ≥ 4,900 GB/s): true"), cn);
        assertTrue(cn.contains("China (PRC) (CN) is China (incl. Hong Kong, Macau) or D:5: true"), cn);
    }

    /** Outside China, Macau and D:5, with an end user headquartered outside them too, the criteria are not read. */
    @Test
    void outsideChinaAndD5TheCriteriaAreNotEvaluated() {
        Basis sg = informed(Ship.assess(Chips.H200, 1, "SG", "SG", JUN_2025));
        assertTrue(sg.reason().startsWith("not evaluated (destination and end user outside China, Macau and D:5); Singapore (SG) is "
            + "China (incl. Hong Kong, Macau) or D:5: false"), sg.reason());
        assertEquals(Tri.FALSE, sg.applies());
    }

    /**
     * Cambodia between the State Department's lifting of its embargo (2025-11-07) and BIS's conforming rule (2026-02-03):
     * in D:5 under one reading (NAC with notification), in D:1 only under the other (ACA, § 740.8(a)). ACA is then
     * possibly available, says so, and keeps its note.
     */
    @Test
    void anExceptionOfferedUnderSomeReadingsKeepsItsNote() {
        LicenseDetermination d = Ship.assess(Chips.L40, 1, "KH", "KH", LocalDate.of(2025, 12, 15));
        LicenseOption aca = d.asEnforced().licenseExceptions().stream().filter(o -> o.code().equals("ACA")).findFirst()
            .orElseThrow(() -> new AssertionError(LicenseReports.text(d)));
        assertEquals(Tri.UNKNOWN, aca.available());
        assertTrue(aca.conditions().endsWith("; available under some readings only (see readings)"), aca.conditions());
        assertEquals("as enforced: the 2024 scope of ACA (the AI-diffusion rule's broadening is not enforced); the post-2025 § 740.8 "
            + "text is UNCONFIRMED (read in an independent reading, not verbatim)", aca.note());
    }

    /** A system without a designation whose ICs give none is not known to be a datacenter item (§ 740.8(a)). */
    @Test
    void aSystemOfIcsWithoutADesignationIsOfUnknownDesignation() {
        Part ic = Part.builder().from(Chips.L40).id("nodc").name("no designation").datacenter(Optional.empty()).build();
        Part box = Part.builder().id("box").vendor("NVIDIA").name("box").kind(PartKind.SYSTEM).addContains(Component.of("nodc", 2)).build();
        LicenseDetermination d = Ship.assess(box, 1, "VN", "VN", LocalDate.of(2024, 6, 1), Interpretation.defaults(),
            id -> id.equals("nodc") ? Optional.of(ic) : Optional.empty());
        assertTrue(d.notices().stream().anyMatch(n -> n.code() == LicenceNotice.Code.SYSTEM_DATACENTER_FROM_ICS
            && n.text().equals("the system gives no datacenter designation: taken from its ICs (unknown) for § 740.8(a)")),
            () -> String.join("\n", d.warnings()));
    }
}
