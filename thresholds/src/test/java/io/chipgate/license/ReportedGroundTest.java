package io.chipgate.license;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.chipgate.metrics.Interpretation;
import io.chipgate.metrics.Tri;
import io.chipgate.model.Part;
import io.chipgate.testing.Chips;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The licence requirements known only from company filings (reported-requirements.json), each case from the filing's
 * own words: NVIDIA's 8-K of 2022-08-31 (A100/H100 and systems incorporating them, to China, Hong Kong and Russia,
 * until the rule of 2022-10-07), its 8-K of 2023-10-24 (the 2023 rule's destinations and headquarters, early), and
 * its 8-K of 2025-04-15 (H20: China incl. Hong Kong and Macau, D:5, or companies headquartered there).
 */
class ReportedGroundTest {
    static final LocalDate JUN_2025 = LocalDate.of(2025, 6, 1);

    static Optional<Basis> reported(Part p, String to, String hq, LocalDate on, String id) {
        LicenseDetermination d = Licensing.assess(Ship.of(p, 1, to, hq, on), Interpretation.defaults(), Chips::find);
        return d.grounds().stream().filter(b -> b.ground() == Ground.REPORTED_REQUIREMENT && b.key().equals(id)).findFirst();
    }

    static Basis h20(String to, String hq) {
        return reported(Chips.H20, to, hq, JUN_2025, "nvidia-8k-2025-04-15").orElseThrow();
    }

    @Test
    void theH20FilingReachesItsDestinationsD5AndHeadquarters() {
        // "requires a license for export to China (including Hong Kong and Macau) and D:5 countries, or to companies
        // headquartered or with an ultimate parent therein"
        assertEquals(Tri.TRUE, h20("MO", "MO").applies(), "Macau, named");
        assertEquals(Tri.TRUE, h20("VE", "VE").applies(), "Venezuela: a D:5 country");
        assertEquals(Tri.TRUE, h20("DE", "CN").applies(), "to Germany for a company headquartered in China");
        assertEquals(Tri.TRUE, h20("DE", "VE").applies(), "to Germany for a company headquartered in a D:5 country");
        assertEquals(Tri.FALSE, h20("DE", "DE").applies());
        Basis open = h20("DE", null);
        assertEquals(Tri.UNKNOWN, open.applies(), "headquarters not given");
        assertTrue(open.reason().contains("among the headquarters reported: unknown"), open.reason());
        Basis hq = h20("DE", "CN");
        assertTrue(hq.reason().startsWith(Chips.H20.name() + " is named by the filing (or incorporates a named product: H20); "), hq.reason());
        assertTrue(hq.reason().contains("among the destinations reported: false; end user "), hq.reason());
        assertTrue(hq.reason().contains("among the headquarters reported: true"), hq.reason());
        assertTrue(hq.reason().endsWith("; in force 2025-04-09 onwards (REPORTED, not regulatory text)"), hq.reason());
    }

    @Test
    void theFilingsWarningSaysItWasReadInReproductions() {
        LicenseDetermination d = Licensing.assess(Ship.of(Chips.H20, 1, "CN", "CN", JUN_2025), Interpretation.defaults(), Chips::find);
        assertTrue(d.warnings().stream().anyMatch(w -> w.startsWith("REPORTED: NVIDIA Corporation, Form 8-K filed 2025-04-15")
            && w.endsWith("the notice is not public (the filing was read in secondary reproductions)")), d.warnings().toString());
    }

    @Test
    void the2023FilingUsesTheRulesHeadquartersTest() {
        // 8-K of 2023-10-24: the 2023 rule's requirements applied from 2023-10-23, incl. § 744.23(a)(3) headquarters
        LocalDate on = LocalDate.of(2023, 11, 1);
        assertEquals(Tri.TRUE, reported(Chips.H100, "DE", "CN", on, "nvidia-8k-2023-10-24").orElseThrow().applies());
        assertEquals(Tri.FALSE, reported(Chips.H100, "DE", "DE", on, "nvidia-8k-2023-10-24").orElseThrow().applies());
    }

    @Test
    void the2022FilingReachesASystemIncorporatingANamedPartUntilTheRule() {
        // 8-K of 2022-08-31: A100 and H100 "and any future NVIDIA integrated circuit ... and any system that incorporates one"
        Basis hgx = reported(Chips.HGX_H100, "CN", "CN", LocalDate.of(2022, 9, 1), "nvidia-8k-2022-08-31").orElseThrow();
        assertEquals(Tri.TRUE, hgx.applies());
        assertTrue(hgx.reason().endsWith("; in force 2022-08-26 to 2022-10-06 (REPORTED, not regulatory text)"), hgx.reason());
        assertEquals(Tri.FALSE, reported(Chips.HGX_H100, "DE", "DE", LocalDate.of(2022, 9, 1), "nvidia-8k-2022-08-31").orElseThrow()
            .applies());
        assertEquals(Optional.empty(), reported(Chips.H100, "CN", "CN", LocalDate.of(2022, 8, 25), "nvidia-8k-2022-08-31"),
            "before the event of 2022-08-26");
    }

    @Test
    void whichRequirementsNameAnIcIsTheSameFromTheCache() {
        List<ReportedRequirements.Requirement> all = ReportedRequirements.builtIn().requirements();
        List<String> ids = all.stream().map(ReportedRequirements.Requirement::id).toList();
        boolean[] h20 = new boolean[all.size()];
        h20[ids.indexOf("nvidia-8k-2025-04-15")] = true;
        boolean[] h100 = new boolean[all.size()];
        h100[ids.indexOf("nvidia-8k-2022-08-31")] = true;
        h100[ids.indexOf("nvidia-8k-2023-10-24")] = true;
        for (int i = 0; i < 2; i++) {
            assertArrayEquals(h20, ReportedGround.namedIc(Chips.H20, all));
            assertArrayEquals(h100, ReportedGround.namedIc(Chips.H100, all));
            assertArrayEquals(new boolean[all.size()], ReportedGround.namedIc(Chips.L4, all));
        }
        assertEquals(Ground.REPORTED_REQUIREMENT, new ReportedGround().key());
    }
}
