package io.chipgate.license;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.chipgate.metrics.Interpretation;
import io.chipgate.metrics.Tri;
import io.chipgate.model.Part;
import io.chipgate.testing.Chips;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What settles an UNKNOWN licence answer ({@link LicenseDetermination#settledBy()}), through {@link Licensing#assess}:
 * the smallest set of facts or readings whose every answer gives a definite licence answer, else every candidate and
 * the part's missing figures. Each expectation is worked out from the rule: § 742.6(a)(6)(iii) and § 744.23(a)(3)
 * (destination or D:5/Macau headquarters), the datacenter note to 3A090.b, 91 FR 43034 for the UAE, and the two
 * reported readings of the 2025 "is informed" letters.
 */
class SettledByTest {
    static final LocalDate JUN_2024 = LocalDate.of(2024, 6, 1);
    static final LocalDate AUG_2026 = LocalDate.of(2026, 8, 1);

    /** TPP 2,400 on 500 mm² (PD 4.8): 3A090.b if designed for datacenters (88 FR 73458), else outside 3A090; designation unknown. */
    static final Part MID_NO_DC = Chips.hypothetical(new BigDecimal("2400"), new BigDecimal("500"), null, new BigDecimal("600"), null);
    /** A datacenter part with no compute rate: its 3A090 classification is INDETERMINATE. */
    static final Part NO_COMPUTE = Chips.hypothetical(null, new BigDecimal("500"), true, new BigDecimal("600"), null);

    static LicenseDetermination assess(Part p, String to, String hq, LocalDate on) {
        return assess(Ship.of(p, 1, to, hq, on));
    }

    static LicenseDetermination assess(Shipment s) {
        return Licensing.assess(s, Interpretation.defaults(), Chips::find, CountryGroups.builtIn(), Embargoes.builtIn(), null);
    }

    static List<String> ids(LicenseDetermination d) {
        return d.settledBy().stream().map(OpenQuestion::id).toList();
    }

    @Test
    void aDatacenterItemToGermanyIsSettledByTheHeadquartersAlone() {
        // § 742.6(a)(6)(iii) / § 744.23(a)(3): to Germany a 3A090.a item needs a licence only for a D:5/Macau-headquartered end user
        LicenseDetermination d = assess(Chips.H100, "DE", null, JUN_2024);
        assertEquals(Tri.UNKNOWN, d.licenseRequired());
        assertEquals(List.of("headquarters"), ids(d));
        OpenQuestion q = d.settledBy().get(0);
        assertEquals("not given", q.known());
        assertEquals("15 CFR 744.23(a)(3); 742.6(b)(10); the reported 'is informed' letters", q.citation());
    }

    @Test
    void anUndesignatedPartIsSettledByItsDatacenterDesignationNotItsFigures() {
        // end user headquartered in China: a licence iff the part is 3A090.b, i.e. iff designed/marketed for datacenters
        LicenseDetermination d = assess(MID_NO_DC, "DE", "CN", JUN_2024);
        assertEquals(Tri.UNKNOWN, d.licenseRequired());
        assertEquals(List.of("datacenter"), ids(d), d.settledBy().toString());
        assertEquals("Is the part designed or marketed for use in a datacenter?", d.settledBy().get(0).question());
        assertEquals("no designation for hypothetical", d.settledBy().get(0).known());
        // with the headquarters unknown too, both facts are needed (a licence needs 3A090.b and a D:5 headquarters)
        assertEquals(List.of("headquarters", "datacenter"), ids(assess(MID_NO_DC, "DE", null, JUN_2024)));
    }

    @Test
    void aMissingComputeFigureIsNamedWhenNoFactCanSettleTheAnswer() {
        // to China (D:5) a licence depends only on the classification, which needs the compute rates
        LicenseDetermination d = assess(NO_COMPUTE, "CN", "CN", JUN_2024);
        assertEquals(Tri.UNKNOWN, d.licenseRequired());
        assertEquals(1, d.settledBy().size(), d.settledBy().toString());
        OpenQuestion q = d.settledBy().get(0);
        assertEquals("figures:3a090-2023", q.id());
        assertEquals("What are the part's missing figures: compute (no compute rates given)?", q.question());
        assertEquals("3a090-2023: INDETERMINATE", q.known());
        assertEquals(true, q.citation().startsWith("88 FR 73458"), q.citation());
        // a headquarters that cannot settle it alone is named alongside the figures
        assertEquals(List.of("headquarters", "figures:3a090-2023"), ids(assess(NO_COMPUTE, "DE", null, JUN_2024)));
    }

    @Test
    void theUaeApprovalIsAskedOnlyForTheUaeFromTheRulesDateWhenNotGiven() {
        // to the UAE in 2024 (D:4 then): 91 FR 43034 was not yet in force; only the figures are open
        assertEquals(List.of("figures:3a090-2023"), ids(assess(NO_COMPUTE, "AE", "AE", JUN_2024)));
        // in 2026 nothing smaller than every candidate settles a part without compute rates: all are named, then the
        // figures (3A090 as amended by 89 FR 96790); the UAE approval only where it is a fact not given for the UAE
        List<String> germany = ids(assess(NO_COMPUTE, "DE", "CN", AUG_2026));
        assertEquals("figures:3a090-2024", germany.get(germany.size() - 1), germany.toString());
        assertEquals(false, germany.contains("uae-approved-end-user"), germany.toString());
        List<String> approved = ids(assess(Ship.of(NO_COMPUTE, 1, "AE", "AE", AUG_2026).withUaeApprovedEndUser(true)));
        assertEquals("figures:3a090-2024", approved.get(approved.size() - 1), approved.toString());
        assertEquals(false, approved.contains("uae-approved-end-user"), approved.toString());
        List<String> notGiven = ids(assess(NO_COMPUTE, "AE", "AE", AUG_2026));
        assertEquals("figures:3a090-2024", notGiven.get(notGiven.size() - 1), notGiven.toString());
        assertEquals(true, notGiven.contains("uae-approved-end-user"), notGiven.toString());
    }

    @Test
    void aReadingQuestionIsNamedWithItsBuiltInTextReadingsAndCitations() {
        // 2,000 GB/s of DRAM on an NVIDIA part to China in 2025: ≥ 1,400 GB/s (FT report) but < 4,000 GB/s (8-K): the two
        // readings of the letters' criteria disagree, and fixing either settles the answer
        Part mid = Part.builder().from(Chips.hypothetical(new BigDecimal("1000"), new BigDecimal("500"), true, new BigDecimal("400"),
            new BigDecimal("2000"))).vendor("NVIDIA").build();
        LicenseDetermination d = assess(mid, "CN", "CN", LocalDate.of(2025, 6, 1));
        assertEquals(Tri.UNKNOWN, d.licenseRequired());
        assertEquals(List.of("informed-criteria"), ids(d));
        OpenQuestion q = d.settledBy().get(0);
        assertEquals("Which criteria do the 'is informed' letters of 2025-04-09 use?", q.question());
        assertEquals("open: ft-reported | h20-figures", q.known());
        List<Reading> rs = Readings.INFORMED_CRITERIA.readings();
        assertEquals(rs.get(0).citation() + "; " + rs.get(1).citation(), q.citation());
    }
}
